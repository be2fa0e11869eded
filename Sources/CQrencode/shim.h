// Debian's libqrencode (libqrencode-dev), the QR encoder of the link hand-off.
#ifndef KIRA_CQRENCODE_SHIM_H
#define KIRA_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
