// Generated from Debian's iso-codes 4.15.0 (`/usr/share/iso-codes/json/iso_3166-1.json` and its
// Spanish translation `iso_3166-1.mo`), with short common names for a few entries and search aliases
// (each entry whose Spanish name is not ISO's has ISO's as an alias; the test that compares them with
// Tests/Fixtures/iso-3166-1-es.json lists why each differs).
// One line per country: alpha-2 | alpha-3 | English name | Spanish name | aliases separated by ";".

/// The embedded ISO 3166-1 table, parsed lazily by `Countries`.
let countryTableSource = """
  AW|ABW|Aruba|Aruba|
  AF|AFG|Afghanistan|Afganistán|Islamic Republic of Afghanistan
  AO|AGO|Angola|Angola|Republic of Angola
  AI|AIA|Anguilla|Anguila|
  AX|ALA|Åland Islands|Islas Äland|
  AL|ALB|Albania|Albania|Republic of Albania
  AD|AND|Andorra|Andorra|Principality of Andorra
  AE|ARE|United Arab Emirates|Emiratos Árabes Unidos|UAE;Emiratos
  AR|ARG|Argentina|Argentina|Argentine Republic
  AM|ARM|Armenia|Armenia|Republic of Armenia
  AS|ASM|American Samoa|Samoa Estadounidense|
  AQ|ATA|Antarctica|Antártida|
  TF|ATF|French Southern Territories|Territorios Franceses del Sur|
  AG|ATG|Antigua and Barbuda|Antigua y Barbuda|
  AU|AUS|Australia|Australia|
  AT|AUT|Austria|Austria|Republic of Austria
  AZ|AZE|Azerbaijan|Azerbaiyán|Republic of Azerbaijan
  BI|BDI|Burundi|Burundi|Republic of Burundi
  BE|BEL|Belgium|Bélgica|Kingdom of Belgium
  BJ|BEN|Benin|Benín|Republic of Benin
  BQ|BES|Bonaire, Sint Eustatius and Saba|Islas BES (Caribe Neerlandés)|
  BF|BFA|Burkina Faso|Burquina Faso|
  BD|BGD|Bangladesh|Bangladés|People's Republic of Bangladesh
  BG|BGR|Bulgaria|Bulgaria|Republic of Bulgaria
  BH|BHR|Bahrain|Baréin|Kingdom of Bahrain
  BS|BHS|Bahamas|Bahamas|Commonwealth of the Bahamas
  BA|BIH|Bosnia and Herzegovina|Bosnia y Herzegovina|Republic of Bosnia and Herzegovina
  BL|BLM|Saint Barthélemy|San Bartolomé|
  BY|BLR|Belarus|Bielorrusia|Republic of Belarus
  BZ|BLZ|Belize|Belice|
  BM|BMU|Bermuda|Islas Bermudas|
  BO|BOL|Bolivia|Bolivia|Plurinational State of Bolivia;Bolivia, Plurinational State of;Bolivia, Estado plurinacional de
  BR|BRA|Brazil|Brasil|Federative Republic of Brazil
  BB|BRB|Barbados|Barbados|
  BN|BRN|Brunei Darussalam|Brunei Darussalam|
  BT|BTN|Bhutan|Bután|Kingdom of Bhutan
  BV|BVT|Bouvet Island|Isla Bouvet|
  BW|BWA|Botswana|Botsuana|Republic of Botswana
  CF|CAF|Central African Republic|República Centroafricana|
  CA|CAN|Canada|Canadá|
  CC|CCK|Cocos (Keeling) Islands|Islas Cocos (Keeling)|
  CH|CHE|Switzerland|Suiza|Swiss Confederation
  CL|CHL|Chile|Chile|Republic of Chile
  CN|CHN|China|China|People's Republic of China
  CI|CIV|Côte d'Ivoire|Costa de Marfil|Republic of Côte d'Ivoire;Cote d'Ivoire;Ivory Coast
  CM|CMR|Cameroon|Camerún|Republic of Cameroon
  CD|COD|Congo (Democratic Republic)|República Democrática del Congo|Congo, The Democratic Republic of the;DR Congo;Congo-Kinshasa;RDC;Congo, República Democrática del
  CG|COG|Congo|Congo|Republic of the Congo;Congo-Brazzaville
  CK|COK|Cook Islands|Islas Cook|
  CO|COL|Colombia|Colombia|Republic of Colombia
  KM|COM|Comoros|Comoras|Union of the Comoros;Comores, Islas
  CV|CPV|Cabo Verde|Cabo Verde|Republic of Cabo Verde;Cape Verde
  CR|CRI|Costa Rica|Costa Rica|Republic of Costa Rica
  CU|CUB|Cuba|Cuba|Republic of Cuba
  CW|CUW|Curaçao|Curazao|
  CX|CXR|Christmas Island|Isla de Navidad|
  KY|CYM|Cayman Islands|Islas Caimán|
  CY|CYP|Cyprus|Chipre|Republic of Cyprus
  CZ|CZE|Czechia|Chequia|Czech Republic;República Checa
  DE|DEU|Germany|Alemania|Federal Republic of Germany
  DJ|DJI|Djibouti|Yibuti|Republic of Djibouti
  DM|DMA|Dominica|Dominica|Commonwealth of Dominica
  DK|DNK|Denmark|Dinamarca|Kingdom of Denmark
  DO|DOM|Dominican Republic|República Dominicana|
  DZ|DZA|Algeria|Algeria|People's Democratic Republic of Algeria
  EC|ECU|Ecuador|Ecuador|Republic of Ecuador
  EG|EGY|Egypt|Egipto|Arab Republic of Egypt
  ER|ERI|Eritrea|Eritrea|the State of Eritrea
  EH|ESH|Western Sahara|Sahara Occidental|
  ES|ESP|Spain|España|Kingdom of Spain
  EE|EST|Estonia|Estonia|Republic of Estonia
  ET|ETH|Ethiopia|Etiopía|Federal Democratic Republic of Ethiopia
  FI|FIN|Finland|Finlandia|Republic of Finland
  FJ|FJI|Fiji|Fiyi|Republic of Fiji
  FK|FLK|Falkland Islands (Malvinas)|Islas Falkland (Malvinas)|
  FR|FRA|France|Francia|French Republic
  FO|FRO|Faroe Islands|Islas Feroe|
  FM|FSM|Micronesia|Micronesia|Federated States of Micronesia;Micronesia, Federated States of;Micronesia, Estados Federados de
  GA|GAB|Gabon|Gabón|Gabonese Republic
  GB|GBR|United Kingdom|Reino Unido|United Kingdom of Great Britain and Northern Ireland;Great Britain;Britain;UK;England;Inglaterra
  GE|GEO|Georgia|Georgia|
  GG|GGY|Guernsey|Guernsey|
  GH|GHA|Ghana|Ghana|Republic of Ghana
  GI|GIB|Gibraltar|Gibraltar|
  GN|GIN|Guinea|Guinea|Republic of Guinea
  GP|GLP|Guadeloupe|Guadalupe|
  GM|GMB|Gambia|Gambia|Republic of the Gambia
  GW|GNB|Guinea-Bissau|Guinea-Bisáu|Republic of Guinea-Bissau
  GQ|GNQ|Equatorial Guinea|Guinea Ecuatorial|Republic of Equatorial Guinea
  GR|GRC|Greece|Grecia|Hellenic Republic
  GD|GRD|Grenada|Granada|
  GL|GRL|Greenland|Groenlandia|
  GT|GTM|Guatemala|Guatemala|Republic of Guatemala
  GF|GUF|French Guiana|Guayana Francesa|
  GU|GUM|Guam|Guam|
  GY|GUY|Guyana|Guyana|Republic of Guyana
  HK|HKG|Hong Kong|Hong Kong|Hong Kong Special Administrative Region of China
  HM|HMD|Heard Island and McDonald Islands|Islas Heard y McDonald|
  HN|HND|Honduras|Honduras|Republic of Honduras
  HR|HRV|Croatia|Croacia|Republic of Croatia
  HT|HTI|Haiti|Haití|Republic of Haiti
  HU|HUN|Hungary|Hungría|
  ID|IDN|Indonesia|Indonesia|Republic of Indonesia
  IM|IMN|Isle of Man|Isla de Man|
  IN|IND|India|India|Republic of India
  IO|IOT|British Indian Ocean Territory|Territorio Británico del Océano Índico|
  IE|IRL|Ireland|Irlanda|
  IR|IRN|Iran|Irán|Islamic Republic of Iran;Iran, Islamic Republic of;Irán, República islámica de
  IQ|IRQ|Iraq|Irak|Republic of Iraq
  IS|ISL|Iceland|Islandia|Republic of Iceland
  IL|ISR|Israel|Israel|State of Israel
  IT|ITA|Italy|Italia|Italian Republic
  JM|JAM|Jamaica|Jamaica|
  JE|JEY|Jersey|Jersey|
  JO|JOR|Jordan|Jordania|Hashemite Kingdom of Jordan
  JP|JPN|Japan|Japón|
  KZ|KAZ|Kazakhstan|Kazajistán|Republic of Kazakhstan
  KE|KEN|Kenya|Kenia|Republic of Kenya
  KG|KGZ|Kyrgyzstan|Kirguistán|Kyrgyz Republic
  KH|KHM|Cambodia|Camboya|Kingdom of Cambodia
  KI|KIR|Kiribati|Kiribati|Republic of Kiribati
  KN|KNA|Saint Kitts and Nevis|San Cristóbal y Nieves|
  KR|KOR|South Korea|Corea del Sur|Korea, Republic of;Korea;Corea;Corea, República de
  KW|KWT|Kuwait|Kuwait|State of Kuwait
  LA|LAO|Laos|República Democrática Popular de Lao|Lao People's Democratic Republic
  LB|LBN|Lebanon|Líbano|Lebanese Republic
  LR|LBR|Liberia|Liberia|Republic of Liberia
  LY|LBY|Libya|Libia|
  LC|LCA|Saint Lucia|Santa Lucía|
  LI|LIE|Liechtenstein|Liechtenstein|Principality of Liechtenstein
  LK|LKA|Sri Lanka|Sri Lanka|Democratic Socialist Republic of Sri Lanka
  LS|LSO|Lesotho|Lesoto|Kingdom of Lesotho
  LT|LTU|Lithuania|Lituania|Republic of Lithuania
  LU|LUX|Luxembourg|Luxemburgo|Grand Duchy of Luxembourg
  LV|LVA|Latvia|Letonia|Republic of Latvia
  MO|MAC|Macao|Macao|Macao Special Administrative Region of China
  MF|MAF|Saint Martin (French part)|San Martín (parte francesa)|San Martín (zona francesa)
  MA|MAR|Morocco|Marruecos|Kingdom of Morocco
  MC|MCO|Monaco|Mónaco|Principality of Monaco
  MD|MDA|Moldova|Moldavia|Republic of Moldova;Moldova, Republic of;Moldavia, República de
  MG|MDG|Madagascar|Madagascar|Republic of Madagascar
  MV|MDV|Maldives|Islas Maldivas|Republic of Maldives
  MX|MEX|Mexico|México|United Mexican States
  MH|MHL|Marshall Islands|Islas Marshall|Republic of the Marshall Islands
  MK|MKD|North Macedonia|Macedonia del Norte|Republic of North Macedonia;Macedonia
  ML|MLI|Mali|Malí|Republic of Mali
  MT|MLT|Malta|Malta|Republic of Malta
  MM|MMR|Myanmar|Birmania|Republic of Myanmar;Burma
  ME|MNE|Montenegro|Montenegro|
  MN|MNG|Mongolia|Mongolia|
  MP|MNP|Northern Mariana Islands|Islas Marianas del Norte|Commonwealth of the Northern Mariana Islands
  MZ|MOZ|Mozambique|Mozambique|Republic of Mozambique
  MR|MRT|Mauritania|Mauritania|Islamic Republic of Mauritania
  MS|MSR|Montserrat|Montserrat|
  MQ|MTQ|Martinique|Martinica|
  MU|MUS|Mauritius|Mauricio|Republic of Mauritius
  MW|MWI|Malawi|Malaui|Republic of Malawi
  MY|MYS|Malaysia|Malasia|
  YT|MYT|Mayotte|Mayotte|
  NA|NAM|Namibia|Namibia|Republic of Namibia
  NC|NCL|New Caledonia|Nueva Caledonia|
  NE|NER|Niger|Niger|Republic of the Niger
  NF|NFK|Norfolk Island|Isla Norfolk|
  NG|NGA|Nigeria|Nigeria|Federal Republic of Nigeria
  NI|NIC|Nicaragua|Nicaragua|Republic of Nicaragua
  NU|NIU|Niue|Niue|
  NL|NLD|Netherlands|Países Bajos|Kingdom of the Netherlands;Holland;Holanda
  NO|NOR|Norway|Noruega|Kingdom of Norway
  NP|NPL|Nepal|Nepal|Federal Democratic Republic of Nepal
  NR|NRU|Nauru|Nauru|Republic of Nauru
  NZ|NZL|New Zealand|Nueva Zelanda|
  OM|OMN|Oman|Omán|Sultanate of Oman
  PK|PAK|Pakistan|Pakistán|Islamic Republic of Pakistan
  PA|PAN|Panama|Panamá|Republic of Panama
  PN|PCN|Pitcairn|Pitcairn|
  PE|PER|Peru|Perú|Republic of Peru
  PH|PHL|Philippines|Filipinas|Republic of the Philippines
  PW|PLW|Palau|Palaos|Republic of Palau
  PG|PNG|Papua New Guinea|Papúa Nueva Guinea|Independent State of Papua New Guinea
  PL|POL|Poland|Polonia|Republic of Poland
  PR|PRI|Puerto Rico|Puerto Rico|
  KP|PRK|North Korea|Corea del Norte|Democratic People's Republic of Korea;Korea, Democratic People's Republic of;Corea, República Democrática Popular de
  PT|PRT|Portugal|Portugal|Portuguese Republic
  PY|PRY|Paraguay|Paraguay|Republic of Paraguay
  PS|PSE|Palestine|Palestina|the State of Palestine;Palestine, State of;Palestina, Estado de
  PF|PYF|French Polynesia|Polinesia Francesa|
  QA|QAT|Qatar|Catar|State of Qatar
  RE|REU|Réunion|Reunión|
  RO|ROU|Romania|Rumanía|
  RU|RUS|Russian Federation|Federación Rusa|Russia;Rusia
  RW|RWA|Rwanda|Ruanda|Rwandese Republic
  SA|SAU|Saudi Arabia|Arabia Saudí|Kingdom of Saudi Arabia
  SD|SDN|Sudan|Sudán|Republic of the Sudan
  SN|SEN|Senegal|Senegal|Republic of Senegal
  SG|SGP|Singapore|Singapur|Republic of Singapore
  GS|SGS|South Georgia and the South Sandwich Islands|Islas Georgias del Sur y Sándwich del Sur|
  SH|SHN|Saint Helena, Ascension and Tristan da Cunha|Santa Elena, Ascensión y Tristán de Acuña|
  SJ|SJM|Svalbard and Jan Mayen|Svalbard y Jan Mayen|
  SB|SLB|Solomon Islands|Islas Salomón|
  SL|SLE|Sierra Leone|Sierra Leona|Republic of Sierra Leone
  SV|SLV|El Salvador|El Salvador|Republic of El Salvador
  SM|SMR|San Marino|San Marino|Republic of San Marino
  SO|SOM|Somalia|Somalia|Federal Republic of Somalia
  PM|SPM|Saint Pierre and Miquelon|San Pedro y Miquelon|
  RS|SRB|Serbia|Serbia|Republic of Serbia
  SS|SSD|South Sudan|Sudán del Sur|Republic of South Sudan
  ST|STP|Sao Tome and Principe|Santo Tomé y Príncipe|Democratic Republic of Sao Tome and Principe
  SR|SUR|Suriname|Surinám|Republic of Suriname
  SK|SVK|Slovakia|Eslovaquia|Slovak Republic
  SI|SVN|Slovenia|Eslovenia|Republic of Slovenia
  SE|SWE|Sweden|Suecia|Kingdom of Sweden
  SZ|SWZ|Eswatini|Esuatini|Kingdom of Eswatini;Swaziland;Suazilandia
  SX|SXM|Sint Maarten (Dutch part)|San Martín (parte neerlandesa)|Isla de San Martín (zona holandsea)
  SC|SYC|Seychelles|Seychelles|Republic of Seychelles
  SY|SYR|Syria|República árabe de Siria|Syrian Arab Republic
  TC|TCA|Turks and Caicos Islands|Islas Turcas y Caicos|
  TD|TCD|Chad|Chad|Republic of Chad
  TG|TGO|Togo|Togo|Togolese Republic
  TH|THA|Thailand|Tailandia|Kingdom of Thailand
  TJ|TJK|Tajikistan|Tayikistán|Republic of Tajikistan
  TK|TKL|Tokelau|Tokelau|
  TM|TKM|Turkmenistan|Turkmenistán|
  TL|TLS|Timor-Leste|Timor Oriental|Democratic Republic of Timor-Leste;East Timor
  TO|TON|Tonga|Tonga|Kingdom of Tonga
  TT|TTO|Trinidad and Tobago|Trinidad y Tobago|Republic of Trinidad and Tobago
  TN|TUN|Tunisia|Tunez|Republic of Tunisia
  TR|TUR|Türkiye|Türkiye|Republic of Türkiye;Turkey;Turquía
  TV|TUV|Tuvalu|Tuvalu|
  TW|TWN|Taiwan|Taiwán|Taiwan, Province of China;Taiwán, Provincia de China
  TZ|TZA|Tanzania|Tanzania|United Republic of Tanzania;Tanzania, United Republic of;Tanzania, República unida de
  UG|UGA|Uganda|Uganda|Republic of Uganda
  UA|UKR|Ukraine|Ucrania|
  UM|UMI|United States Minor Outlying Islands|Islas Ultramarinas Menores de Estados Unidos|
  UY|URY|Uruguay|Uruguay|Eastern Republic of Uruguay
  US|USA|United States of America|Estados Unidos|United States;US;America;EEUU;EE. UU.
  UZ|UZB|Uzbekistan|Uzbekistán|Republic of Uzbekistan
  VA|VAT|Holy See (Vatican City)|Santa Sede (Ciudad Estado del Vaticano)|Holy See (Vatican City State);Vatican;Vaticano
  VC|VCT|Saint Vincent and the Grenadines|San Vicente y las Granadinas|
  VE|VEN|Venezuela|Venezuela|Bolivarian Republic of Venezuela;Venezuela, Bolivarian Republic of;Venezuela, República Bolivariana de
  VG|VGB|British Virgin Islands|Islas Vírgenes Británicas|Virgin Islands, British;Islas Vírgenes, Británicas
  VI|VIR|U.S. Virgin Islands|Islas Vírgenes de los Estados Unidos|Virgin Islands of the United States;Virgin Islands, U.S.;Islas Vírgenes, de EEUU
  VN|VNM|Vietnam|Vietnam|Socialist Republic of Viet Nam;Viet Nam
  VU|VUT|Vanuatu|Vanuatu|Republic of Vanuatu
  WF|WLF|Wallis and Futuna|Wallis y Futuna|
  WS|WSM|Samoa|Samoa|Independent State of Samoa
  YE|YEM|Yemen|Yemen|Republic of Yemen
  ZA|ZAF|South Africa|Sudáfrica|Republic of South Africa
  ZM|ZMB|Zambia|Zambia|Republic of Zambia
  ZW|ZWE|Zimbabwe|Zimbabue|Republic of Zimbabwe
  """
