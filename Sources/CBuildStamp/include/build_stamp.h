#ifndef KIRA_BUILD_STAMP_H
#define KIRA_BUILD_STAMP_H

/// The build stamp of this binary: a fixed-size, NUL-padded text that
/// `scripts/stamp-binary` writes into an installed copy (version, commit,
/// how it was built). An unstamped binary returns the empty string.
const char *kira_build_stamp(void);

#endif
