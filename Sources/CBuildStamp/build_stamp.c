#include "build_stamp.h"

/* The marker and the padding after it are replaced in place by
 * scripts/stamp-binary (same length, NUL-padded): the binary is stamped after
 * the link, so stamping never costs a rebuild. The array is read through a
 * volatile pointer so the compiler cannot fold the unstamped text into the
 * code that reads it. */
#define KIRA_STAMP_SIZE 256
__attribute__((used)) static const char kira_stamp_area[KIRA_STAMP_SIZE] =
    "@@KIRA-BUILD-STAMP@@";

static const char kira_marker[] = "@@KIRA-BUILD-STAMP@@";

const char *kira_build_stamp(void) {
  const volatile char *area = kira_stamp_area;
  /* Unstamped: the area still starts with the marker. */
  for (unsigned index = 0; index < sizeof(kira_marker) - 1; index++) {
    if (area[index] != kira_marker[index]) {
      return (const char *)area;
    }
  }
  return "";
}
