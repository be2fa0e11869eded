import ArgumentParser
import KYCForm

/// Every `--help` text of the command line (abstracts, discussions, the
/// options' and arguments' help), English and Spanish side by side so a
/// missing translation does not compile. Read in `CLILanguage.current`;
/// ArgumentParser's own words ("USAGE:", "OPTIONS:") stay its own. Commands,
/// flags, variables, file names and Kira's words stay as they are.
enum CLIHelp: CaseIterable, Sendable {
  // kira-onboard
  case rootAbstract

  // ConnectionOptions
  case baseURL, baseURLDiscussion, production, apiVersion, connectTimeout, requestTimeout, maxAttempts
  case maxRetryTime, logFile, logFileDiscussion

  // StoreOptions
  case storePath, storePathDiscussion, operatorName, draftMaxAge

  // WizardDraftOptions, DraftRetentionOptions
  case resume, fresh, load, attempt, keepDrafts

  // wizard
  case wizardAbstract, wizardDiscussion, demo, wizardMinimumAge, dateOrder, accessible, language, noQR

  // validate
  case validateAbstract, validateDiscussion, validateFile, validateJSON, printPayload, minimumAge

  // submit
  case submitAbstract, submitDiscussion, submitFile, submitJSON, idempotencyKey, wait, waitTimeout
  case allowExistingEmail

  // import
  case importAbstract, importDiscussion, importFile, skipInvalid, rate, concurrency, results

  // attempts, attempts open
  case attemptsAbstract, attemptsDiscussion, attemptsAll, printJSONText, limit
  case openAbstract, openDiscussion, openID

  // drafts
  case draftsAbstract, draftsListAbstract, draftsListDiscussion, printJSONTable, draftsPurgeAbstract
  case olderThan, draftsDeleteAbstract, draftID

  // users
  case usersAbstract, usersDiscussion, email, status, verificationStatus, since, usersJSON

  // fix
  case fixAbstract, fixDiscussion, userID, set, reissue, redirectURI, field, fixMinimumAge

  // sandbox, webhooks, events, queue
  case sandboxAbstract, sandboxArguments
  case webhooksAbstract, registerAbstract, registerURL, listenAbstract, listenDiscussion, port, host
  case eventsAbstract, eventsUser, eventsJSON
  case queueAbstract, queueDiscussion, queueSince, queueLanguage

  /// The text in this process's language.
  var text: String { text(in: CLILanguage.current) }

  /// The text in `language`.
  func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  /// The text as an option's or argument's help.
  var help: ArgumentHelp { ArgumentHelp(text) }

  /// The text as an option's help with a value name and, maybe, a discussion.
  func help(valueName: String?, discussion: CLIHelp? = nil) -> ArgumentHelp {
    ArgumentHelp(text, discussion: discussion?.text, valueName: valueName)
  }

  // swiftlint:disable:next cyclomatic_complexity function_body_length
  var translations: (String, String) {
    switch self {
    case .rootAbstract:
      (
        "Onboard individual customers onto Kira through its KYC user-creation API.",
        "Da de alta a clientes individuales en Kira con su API KYC de creación de usuarios."
      )

    case .baseURL:
      (
        "Talk to this URL instead of Kira's sandbox (https, or http on loopback).",
        "Usar esta URL en lugar del sandbox de Kira (https, o http en loopback)."
      )
    case .baseURLDiscussion:
      (
        "Default: $KIRA_BASE_URL, else base_url in the credentials file, else Kira's sandbox.",
        "Por omisión: $KIRA_BASE_URL, si no base_url del archivo de credenciales, si no el sandbox de Kira."
      )
    case .production:
      (
        "Talk to Kira's production API (https://api.balampay.com).",
        "Usar la API de producción de Kira (https://api.balampay.com)."
      )
    case .apiVersion: ("X-Api-Version to send.", "X-Api-Version que se envía.")
    case .connectTimeout:
      (
        "Seconds without progress (connecting included) before giving up.",
        "Segundos sin avance (incluida la conexión) antes de desistir."
      )
    case .requestTimeout:
      (
        "Seconds for a whole request before giving up.",
        "Segundos para una solicitud completa antes de desistir."
      )
    case .maxAttempts:
      (
        "Attempts per call, retries included (retries: refused, timeouts, 429, 502-504).",
        "Intentos por llamada, reintentos incluidos (se reintenta: rechazo, timeout, 429, 502-504)."
      )
    case .maxRetryTime:
      (
        "Stop retrying when the next wait would end later than this many seconds.",
        "Dejar de reintentar si la próxima espera terminaría después de estos segundos."
      )
    case .logFile:
      ("Redacted log file, or \"off\".", "Archivo de log (con los datos sensibles ocultos), u \"off\".")
    case .logFileDiscussion:
      (
        "Default: $KIRA_ONBOARD_LOG, else $XDG_STATE_HOME/kira-onboard/kira-onboard.log.",
        "Por omisión: $KIRA_ONBOARD_LOG, si no $XDG_STATE_HOME/kira-onboard/kira-onboard.log."
      )

    case .storePath:
      (
        "Folder of the local store (drafts, journal, key).",
        "Carpeta del almacén local (borradores, registro de envíos, clave)."
      )
    case .storePathDiscussion:
      (
        "Default: $KIRA_ONBOARD_STORE, else $XDG_DATA_HOME/kira-onboard, else ~/.local/share/kira-onboard.",
        "Por omisión: $KIRA_ONBOARD_STORE, si no $XDG_DATA_HOME/kira-onboard, si no "
          + "~/.local/share/kira-onboard."
      )
    case .operatorName:
      (
        "Operator name for the journal (default: login name).",
        "Nombre del operador para el registro (por omisión: el usuario de la sesión)."
      )
    case .draftMaxAge:
      (
        "Unsubmitted drafts older than this are wiped when the store opens (e.g. 7d, 12h).",
        "Al abrir el almacén se borran los borradores sin enviar de más de esta antigüedad (p. ej. 7d, 12h)."
      )

    case .resume:
      (
        "Resume this saved draft (an id from `drafts list`), skipping the list.",
        "Retomar este borrador (un id de `drafts list`) sin pasar por la lista."
      )
    case .fresh:
      (
        "Start a fresh form without offering the saved drafts.",
        "Empezar un formulario nuevo sin ofrecer los borradores guardados."
      )
    case .load:
      (
        "Open a JSON body (API format) on Review with every local error shown.",
        "Abrir un cuerpo JSON (formato de la API) en Revisión, con todos los errores locales a la vista."
      )
    case .attempt:
      (
        "Open a failed journal attempt (an id from `attempts`) on Review with Kira's field errors.",
        "Abrir un intento fallido del registro (un id de `attempts`) en Revisión con los errores de Kira."
      )
    case .keepDrafts:
      (
        "Keep a draft after Kira created its user (default: wipe it).",
        "Conservar el borrador cuando Kira ya creó su usuario (por omisión se borra)."
      )

    case .wizardAbstract:
      (
        "Onboard a customer interactively (the default command).",
        "Da de alta a un cliente paso a paso (el comando por omisión)."
      )
    case .wizardDiscussion:
      (
        """
        With Kira credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD, or the credentials file) \
        it talks to Kira's sandbox, or to production with --production. Without them, or with --demo, \
        it runs an embedded sandbox on 127.0.0.1 and shows a SANDBOX banner on every screen \
        (KIRA_ONBOARD_SANDBOX_PORT pins its port). F1 in the wizard lists every key.
        """,
        """
        Con credenciales de Kira (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD o el archivo de \
        credenciales) trabaja con el sandbox de Kira, o con producción si se indica --production. Sin \
        ellas, o con --demo, levanta un sandbox integrado en 127.0.0.1 y muestra el aviso SANDBOX en \
        cada pantalla (KIRA_ONBOARD_SANDBOX_PORT fija su puerto). F1 en el asistente muestra todas \
        las teclas.
        """
      )
    case .demo:
      (
        "Use the embedded sandbox even when credentials are configured.",
        "Usar el sandbox integrado aunque haya credenciales configuradas."
      )
    case .wizardMinimumAge: ("Youngest applicant accepted.", "Edad mínima aceptada para el solicitante.")
    case .dateOrder:
      (
        "How 05/04/1990 is read: dmy (day first, the default) or mdy (month first, US desks).",
        "Cómo se lee 05/04/1990: dmy (día primero, por omisión) o mdy (mes primero, como en EE. UU.)."
      )
    case .accessible:
      (
        """
        The accessible line mode: plain numbered prompts, one question at a time, no screen drawing \
        (for screen readers, and over a pipe). Also when TERM=dumb or KIRA_ONBOARD_ACCESSIBLE=1.
        """,
        """
        El modo accesible en líneas: preguntas numeradas, una a la vez, sin dibujar la pantalla \
        (para lectores de pantalla y por una tubería). También con TERM=dumb o KIRA_ONBOARD_ACCESSIBLE=1.
        """
      )
    case .language:
      (
        "The operator's language: es or en (default: KIRA_ONBOARD_LANG, else LC_ALL, LC_MESSAGES, LANG).",
        "El idioma del operador: es o en (por omisión: KIRA_ONBOARD_LANG, si no LC_ALL, LC_MESSAGES, LANG)."
      )
    case .noQR:
      (
        "Show a verification link as text only, without its QR code.",
        "Mostrar el enlace de verificación solo como texto, sin código QR."
      )

    case .validateAbstract:
      (
        "Check a POST /v1/users JSON body against the KYC form's rules (offline).",
        "Revisa un cuerpo JSON de POST /v1/users con las reglas del formulario KYC (sin conexión)."
      )
    case .validateDiscussion:
      (
        """
        Prints one line per problem, `path: message [code]`, warnings marked
        `warning:`. Document files in the body may be data URIs or local paths;
        relative paths are read from the JSON file's folder. Exit status: 0 valid, 65
        invalid, 66 the file cannot be read, 64 usage error.
        """,
        """
        Imprime una línea por problema, `ruta: mensaje [código]`, y marca las \
        advertencias con `advertencia:`. Los archivos de documentos del cuerpo pueden ser \
        data URI o rutas locales; las rutas relativas se leen desde la carpeta del JSON. \
        Código de salida: 0 válido, 65 inválido, 66 no se puede leer el archivo, 64 error \
        de uso.
        """
      )
    case .validateFile:
      (
        "The JSON body to check (`-` reads standard input).",
        "El cuerpo JSON a revisar (`-` lee la entrada estándar)."
      )
    case .validateJSON:
      (
        "Print {\"valid\", \"errors\", \"warnings\"} as JSON instead of lines.",
        "Imprimir {\"valid\", \"errors\", \"warnings\"} como JSON en lugar de líneas."
      )
    case .printPayload:
      (
        "Print the normalised body that would be sent (when valid).",
        "Imprimir el cuerpo normalizado que se enviaría (si es válido)."
      )
    case .minimumAge: ("Minimum customer age in years.", "Edad mínima del cliente, en años.")

    case .submitAbstract:
      (
        "Validate a POST /v1/users JSON body, then create the user on Kira.",
        "Valida un cuerpo JSON de POST /v1/users y luego crea el usuario en Kira."
      )
    case .submitDiscussion:
      (
        """
        The body is checked with the same rules as `validate` first; nothing is sent
        when it is invalid. Every retry of the create reuses one idempotency key, so a
        create is never duplicated. Every attempt is written to the local journal
        (`kira-onboard attempts`) before it leaves: running the same submit again
        after no definite answer replays the same body under the same key, and once a
        user exists for this e-mail nothing is sent again. Without credentials the
        embedded sandbox is used (and said so on stderr). When Kira already has a
        user with the body's e-mail nothing is sent (exit 65) unless
        --allow-existing-email says to create a second customer (or
        --idempotency-key retries an earlier attempt). With --wait the user is
        then followed (GET /v1/users/{id}, fast at first, then slower) until Kira
        reaches a final state or --wait-timeout passes; each new status goes to
        stderr, the final one and its history to stdout.

        Exit status: 0 created; 65 invalid (locally or per Kira, one field error per
        line); 69 Kira unavailable after retries; 75 no definite answer (the
        idempotency key and the exact command to retry safely are printed); 77
        credentials refused; 66 unreadable file; 75 also when --wait ends before a
        final state (the user exists).
        """,
        """
        Primero se revisa el cuerpo con las mismas reglas que `validate`; si no es \
        válido, no se envía nada. Todos los reintentos de la creación usan una misma \
        clave de idempotencia, así que nunca se crea un usuario dos veces. Cada intento \
        queda en el registro local (`kira-onboard attempts`) antes de salir: si no hubo \
        respuesta definitiva, repetir el mismo submit reenvía el mismo cuerpo con la \
        misma clave, y cuando ya existe un usuario con ese correo no se vuelve a enviar \
        nada. Sin credenciales se usa el sandbox integrado (y se avisa por stderr). Si \
        Kira ya tiene un usuario con el correo del cuerpo, no se envía nada (salida 65) \
        salvo que --allow-existing-email pida crear un segundo cliente (o que \
        --idempotency-key reintente un intento anterior). Con --wait se sigue después al \
        usuario (GET /v1/users/{id}, rápido al principio y luego más espaciado) hasta \
        que Kira llegue a un estado final o venza --wait-timeout; cada estado nuevo va a \
        stderr, y el final con su historial, a stdout.

        Código de salida: 0 creado; 65 inválido (localmente o según Kira, un error de \
        campo por línea); 69 Kira no disponible tras los reintentos; 75 sin respuesta \
        definitiva (se imprimen la clave de idempotencia y el comando exacto para \
        reintentar sin riesgo); 77 credenciales rechazadas; 66 archivo ilegible; 75 \
        también si --wait termina antes de un estado final (el usuario existe).
        """
      )
    case .submitFile:
      (
        "The JSON body to submit (`-` reads standard input).",
        "El cuerpo JSON a enviar (`-` lee la entrada estándar)."
      )
    case .submitJSON: ("Print the created user as JSON.", "Imprimir el usuario creado como JSON.")
    case .idempotencyKey:
      (
        "Reuse the key of an earlier attempt to retry it safely (a UUID).",
        "Reusar la clave de un intento anterior para reintentarlo sin riesgo (un UUID)."
      )
    case .wait:
      (
        "After the create, follow the user (GET /v1/users/{id}) until Kira reaches a final state.",
        "Tras crearlo, seguir al usuario (GET /v1/users/{id}) hasta que Kira llegue a un estado final."
      )
    case .waitTimeout:
      (
        "With --wait: give up after this many seconds (1...3600).",
        "Con --wait: desistir pasados estos segundos (1...3600)."
      )
    case .allowExistingEmail:
      (
        "Create even when Kira has a user with this e-mail (a second customer).",
        "Crear aunque Kira ya tenga un usuario con este correo (un segundo cliente)."
      )

    case .importAbstract:
      (
        "Validate and create a batch of users from a CSV or JSON Lines file, at Kira's rate limit.",
        "Valida y crea un lote de usuarios desde un CSV o JSON Lines, al ritmo que Kira permite."
      )
    case .importDiscussion:
      (
        """
        CSV: a header row of Kira field keys (first_name, document.front_image...) or
        field labels in English or Spanish ("Date of birth", "Fecha de nacimiento"),
        then one applicant a row; image paths are read from the CSV's folder. JSON
        Lines (.jsonl): one POST /v1/users body a line, as `submit` takes.

        Every row is validated first; nothing is sent while a row is invalid unless
        --skip-invalid. Rows are sent through the local journal, each under its own
        idempotency key: running the same import again skips the rows already created
        and replays those left without an answer under their key, so nobody is
        created twice, even after kill -9.

        Exit status: 0 every row has a user; 65 a row is invalid (nothing sent) or was
        rejected; 69 Kira unavailable for some rows; 75 some rows have no definite
        answer or were not sent (run the import again); 77 credentials refused; 66
        unreadable file.
        """,
        """
        CSV: una fila de encabezado con las claves de campo de Kira (first_name, \
        document.front_image...) o los nombres de los campos en inglés o en español \
        ("Date of birth", "Fecha de nacimiento"), y luego un solicitante por fila; las \
        rutas de imágenes se leen desde la carpeta del CSV. JSON Lines (.jsonl): un \
        cuerpo de POST /v1/users por línea, como el que recibe `submit`.

        Primero se validan todas las filas; mientras haya una inválida no se envía nada, \
        salvo con --skip-invalid. Las filas se envían a través del registro local, cada \
        una con su propia clave de idempotencia: al repetir el mismo import se saltan \
        las filas ya creadas y se reenvían con su clave las que quedaron sin respuesta, \
        así que nadie se crea dos veces, ni siquiera después de un kill -9.

        Código de salida: 0 todas las filas tienen usuario; 65 hay una fila inválida \
        (no se envió nada) o rechazada; 69 Kira no estuvo disponible para algunas filas; \
        75 algunas filas quedaron sin respuesta definitiva o sin enviar (repita el \
        import); 77 credenciales rechazadas; 66 archivo ilegible.
        """
      )
    case .importFile:
      (
        "The batch: a .csv file or a .jsonl file (`-` reads standard input).",
        "El lote: un archivo .csv o .jsonl (`-` lee la entrada estándar)."
      )
    case .skipInvalid:
      (
        "Send the valid rows even when some are invalid.",
        "Enviar las filas válidas aunque haya filas inválidas."
      )
    case .rate:
      (
        "Requests per second (Kira's default plan: 10).",
        "Solicitudes por segundo (plan estándar de Kira: 10)."
      )
    case .concurrency:
      (
        "Requests in flight at once (Kira's default plan: 2).",
        "Solicitudes simultáneas en curso (plan estándar de Kira: 2)."
      )
    case .results:
      (
        "Write every row's outcome (row, user id, status, error) to a .csv or .json file.",
        "Escribir el resultado de cada fila (fila, id de usuario, estado, error) en un .csv o .json."
      )

    case .attemptsAbstract:
      (
        "Show recent failed or unknown submission attempts from the local journal.",
        "Muestra los intentos de envío recientes fallidos o sin respuesta del registro local."
      )
    case .attemptsDiscussion:
      (
        """
        Each attempt shows its outcome, Kira's status and error code, the field paths
        Kira rejected, the idempotency key and what to do next. The journal stores
        codes, paths, hashes and ids only: no applicant data. An attempt with outcome
        "unknown" is sent again with the same key and body on the next submit of that
        applicant.
        """,
        """
        Cada intento muestra su resultado, el estado y el código de error de Kira, las \
        rutas de los campos que Kira rechazó, la clave de idempotencia y qué hacer a \
        continuación. El registro guarda solo códigos, rutas, hashes e ids: ningún dato \
        del solicitante. Un intento con resultado "unknown" se reenvía con la misma \
        clave y el mismo cuerpo en el próximo submit de ese solicitante.
        """
      )
    case .attemptsAll:
      (
        "Include attempts that created a user, and failures a later create resolved.",
        "Incluir los intentos que crearon un usuario y los fallos que resolvió una creación posterior."
      )
    case .printJSONText: ("Print JSON instead of text.", "Imprimir JSON en lugar de texto.")
    case .limit: ("How many attempts to show at most.", "Cuántos intentos mostrar como máximo.")
    case .openAbstract:
      (
        "Open a failed attempt in the wizard: Review with Kira's field errors on their fields.",
        "Abre un intento fallido en el asistente: Revisión con los errores de Kira en sus campos."
      )
    case .openDiscussion:
      (
        """
        The answers come from the attempt's draft (or the body kept for an attempt whose outcome \
        is unknown); Kira's field errors come from the journal. Enter on Review edits the first \
        rejected field; F10 submits again safely (same key after an unknown outcome, a new key \
        only after a definite rejection). Same as `kira-onboard --attempt ID`.
        """,
        """
        Las respuestas salen del borrador del intento (o del cuerpo guardado si el resultado \
        fue unknown); los errores de campo de Kira salen del registro. Enter en Revisión edita \
        el primer campo rechazado; F10 vuelve a enviar sin riesgo (la misma clave tras un \
        resultado unknown, una nueva solo tras un rechazo definitivo). Equivale a \
        `kira-onboard --attempt ID`.
        """
      )
    case .openID:
      (
        "The attempt's number (the #N of `kira-onboard attempts`).",
        "El número del intento (el #N de `kira-onboard attempts`)."
      )

    case .draftsAbstract:
      (
        "List, purge or delete saved drafts (answers are encrypted at rest).",
        "Lista, depura o borra borradores guardados (las respuestas se guardan cifradas)."
      )
    case .draftsListAbstract:
      (
        "List saved drafts, newest first: masked name, step reached, age, last error.",
        "Lista los borradores, del más reciente al más antiguo: nombre enmascarado, paso, antigüedad, "
          + "último error."
      )
    case .draftsListDiscussion:
      (
        "Resume one with `kira-onboard --resume ID`. Reads only unencrypted columns.",
        "Retome uno con `kira-onboard --resume ID`. Solo lee las columnas sin cifrar."
      )
    case .printJSONTable: ("Print JSON instead of a table.", "Imprimir JSON en lugar de una tabla.")
    case .draftsPurgeAbstract:
      (
        "Securely wipe drafts not saved for a while (default: older than 7 days).",
        "Borra de forma segura los borradores que no se guardan hace tiempo (por omisión: más de 7 días)."
      )
    case .olderThan:
      (
        "Wipe drafts last saved longer ago than this (7d, 12h, 30m, 0s for all).",
        "Borrar los borradores guardados por última vez hace más de este tiempo (7d, 12h, 30m; 0s: todos)."
      )
    case .draftsDeleteAbstract:
      (
        "Securely wipe one draft (its row and its key material).",
        "Borra de forma segura un borrador (su fila y su material de clave)."
      )
    case .draftID: ("The draft id (from `drafts list`).", "El id del borrador (de `drafts list`).")

    case .usersAbstract:
      (
        "Find Kira users by e-mail, status, verification status or creation time (GET /v1/users).",
        "Busca usuarios de Kira por correo, estado, estado de verificación o fecha de creación "
          + "(GET /v1/users)."
      )
    case .usersDiscussion:
      (
        "Prints id, masked name, status, verification status and creation time of each match (pages of 100).",
        "Imprime id, nombre enmascarado, estado, estado de verificación y fecha de creación de cada "
          + "resultado (páginas de 100)."
      )
    case .email: ("Only users with this e-mail.", "Solo los usuarios con este correo.")
    case .status:
      (
        "Only users in this status (CREATED, REJECTED, ...).",
        "Solo los usuarios en este estado (CREATED, REJECTED, ...)."
      )
    case .verificationStatus:
      (
        "Only users with this verification status (in_review, ...).",
        "Solo los usuarios con este estado de verificación (in_review, ...)."
      )
    case .since:
      (
        "Only users created at or after this time (2026-12-01 or an ISO 8601 time).",
        "Solo los usuarios creados desde este momento (2026-12-01 o una hora ISO 8601)."
      )
    case .usersJSON:
      ("Print the users Kira returned as JSON.", "Imprimir como JSON los usuarios que devolvió Kira.")

    case .fixAbstract:
      (
        "Show a Kira user's status and missing fields; fix them with --set, re-issue with --reissue.",
        "Muestra el estado y los campos faltantes de un usuario de Kira; corríjalos con --set y "
          + "reemita con --reissue."
      )
    case .fixDiscussion:
      (
        """
        Without options: loads the user (GET /v1/users/{id}) and prints status,
        verification_status, missing_fields per product and the form fields to fix.
        --set field=value (repeatable; a field id, an API path or a missing_fields
        token) validates each value with the form's rules and sends PUT /v1/users/{id}
        with ONLY the changed fields, then reloads the user and prints the new state.
        --reissue, for a REJECTED user, calls POST /v1/users/{id}/verifications
        (embedded-link) and prints the new verification link.
        """,
        """
        Sin opciones: carga el usuario (GET /v1/users/{id}) e imprime status, \
        verification_status, missing_fields por producto y los campos del formulario por \
        corregir. --set campo=valor (repetible; un id de campo, una ruta de la API o un \
        token de missing_fields) valida cada valor con las reglas del formulario y envía \
        PUT /v1/users/{id} SOLO con los campos cambiados; luego vuelve a cargar el \
        usuario e imprime el estado nuevo. --reissue, para un usuario REJECTED, llama a \
        POST /v1/users/{id}/verifications (embedded-link) e imprime el nuevo enlace de \
        verificación.
        """
      )
    case .userID: ("The Kira user id.", "El id del usuario en Kira.")
    case .set:
      (
        "A field to change, as field=value (repeatable).",
        "Un campo a cambiar, como campo=valor (repetible)."
      )
    case .reissue:
      (
        "Re-issue verification (embedded link) when the user is REJECTED.",
        "Reemitir la verificación (enlace embebido) cuando el usuario está REJECTED."
      )
    case .redirectURI:
      (
        "Where the hosted verification page sends the customer back (with --reissue).",
        "Adónde regresa al cliente la página de verificación de Kira (con --reissue)."
      )
    case .field:
      (
        "At a terminal: also ask for this field (one Kira rejected; a field id, API path or token).",
        "En una terminal: preguntar también por este campo (uno que Kira rechazó; id, ruta de API o token)."
      )
    case .fixMinimumAge:
      (
        "Minimum customer age in years, for --set birth_date.",
        "Edad mínima del cliente, en años, para --set birth_date."
      )

    case .sandboxAbstract:
      (
        "Run a local Kira sandbox (for demos and tests) until Ctrl-C.",
        "Ejecuta un sandbox local de Kira (para demos y pruebas) hasta Ctrl-C."
      )
    case .sandboxArguments:
      (
        "The sandbox's options (see kira-onboard sandbox --help).",
        "Las opciones del sandbox (vea kira-onboard sandbox --help)."
      )
    case .webhooksAbstract:
      (
        "Receive Kira's user events (webhooks) into the local store.",
        "Recibe los eventos de usuario de Kira (webhooks) en el almacén local."
      )
    case .registerAbstract:
      (
        "Tell Kira to send its user events to URL (POST /webhooks/register).",
        "Indica a Kira que envíe sus eventos de usuario a URL (POST /webhooks/register)."
      )
    case .registerURL:
      (
        "The receiver's public URL (https; http only on loopback).",
        "La URL pública del receptor (https; http solo en loopback)."
      )
    case .listenAbstract:
      (
        "Receive Kira's signed user events until Ctrl-C, storing each once.",
        "Recibe los eventos firmados de Kira hasta Ctrl-C y guarda cada uno una sola vez."
      )
    case .listenDiscussion:
      (
        """
        Kira signs each delivery: x-signature-sha256 is the hex HMAC-SHA256 of
        the raw body with the webhook secret, read from KIRA_WEBHOOK_SECRET or
        the credentials file's "webhook_secret" (never printed). A missing or
        wrong signature gets 401, a body over 64 KiB 413, anything else 200 at
        once. Kept per event: its name, user id, event id, time and reasons
        (cleaned); nothing else of the customer. `kira-onboard events` lists
        them.
        """,
        """
        Kira firma cada entrega: x-signature-sha256 es el HMAC-SHA256 en hexadecimal del \
        cuerpo tal cual, con el secreto del webhook, que se lee de KIRA_WEBHOOK_SECRET o \
        de "webhook_secret" en el archivo de credenciales (nunca se imprime). Una firma \
        ausente o incorrecta recibe 401, un cuerpo de más de 64 KiB 413, y todo lo demás \
        200 de inmediato. De cada evento se guarda su nombre, id de usuario, id de \
        evento, hora y motivos (depurados); nada más del cliente. `kira-onboard events` \
        los lista.
        """
      )
    case .port:
      ("Port to listen on (0: any free port).", "Puerto en el que escuchar (0: cualquier puerto libre).")
    case .host:
      (
        "Address to listen on (0.0.0.0 for every interface).",
        "Dirección en la que escuchar (0.0.0.0 para todas las interfaces)."
      )
    case .eventsAbstract:
      (
        "List Kira's user events received by `kira-onboard webhooks listen`.",
        "Lista los eventos de usuario de Kira recibidos por `kira-onboard webhooks listen`."
      )
    case .eventsUser: ("Only this Kira user's events.", "Solo los eventos de este usuario de Kira.")
    case .eventsJSON: ("Print the events as JSON.", "Imprimir los eventos como JSON.")
    case .queueAbstract:
      (
        "The support queue: Kira's users that need action and this desk's open attempts.",
        "La cola de soporte: usuarios de Kira que requieren acción e intentos abiertos de este puesto."
      )
    case .queueDiscussion:
      (
        """
        Lists Kira's users that are REJECTED or whose verification needs action (GET /v1/users, \
        masked names, Kira's reasons when its webhooks brought them) and the attempts of this desk's \
        journal that are still open (rejected, or without a definite answer). Enter opens the row's \
        flow: kira-onboard fix USER for a user, the wizard on the attempt (kira-onboard --attempt N) \
        for an attempt; the queue is read again when it ends. r reads again, q quits.
        """,
        """
        Lista los usuarios de Kira que están REJECTED o cuya verificación requiere acción \
        (GET /v1/users, nombres enmascarados, los motivos de Kira si llegaron por sus webhooks) y \
        los intentos del registro de este puesto que siguen abiertos (rechazados o sin respuesta \
        definitiva). Enter abre el flujo de la fila: kira-onboard fix USER para un usuario, el \
        asistente sobre el intento (kira-onboard --attempt N) para un intento; al terminar, la \
        cola se vuelve a leer. r la vuelve a leer, q sale.
        """
      )
    case .queueSince:
      (
        "Only Kira users created at or after this time (2026-12-01 or an ISO 8601 time).",
        "Solo los usuarios de Kira creados desde este momento (2026-12-01 o una hora ISO 8601)."
      )
    case .queueLanguage:
      (
        "The operator's language: es or en (default: KIRA_ONBOARD_LANG, else LC_ALL, LC_MESSAGES, LANG); "
          + "the flows the queue opens speak it too.",
        "El idioma del operador: es o en (por omisión: KIRA_ONBOARD_LANG, si no LC_ALL, LC_MESSAGES, "
          + "LANG); los flujos que abre la cola también lo usan."
      )
    }
  }

  /// Every text, for the strings-table test.
  static let examples: [CLIHelp] = allCases
}
