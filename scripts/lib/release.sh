# shellcheck shell=bash
# The shipped build, in one place: scripts/bench measures it, scripts/install
# and scripts/package install it, scripts/dev demo runs it. Release, the Swift
# runtime and Foundation linked statically (--static-swift-stdlib, which needs
# libcurl's development files), every module compiled with one section per
# function so the link can place the code a session runs side by side
# (linker/kira-onboard.order; Package.swift adds lld, no exported symbols and
# packed relocations to the release link). Built into .build-bench so the
# debug build in .build is untouched.
#
# Callers set ROOT (the repository) before sourcing this file.

RELEASE_SCRATCH="$ROOT/.build-bench"
RELEASE_PRODUCTS="$RELEASE_SCRATCH/release"
RELEASE_FLAGS=(-c release --static-swift-stdlib --scratch-path "$RELEASE_SCRATCH"
  -Xswiftc -Xfrontend -Xswiftc -function-sections -Xcc -ffunction-sections)
# What --version says of a stamped build (scripts/stamp-binary).
RELEASE_DESCRIPTION="release, static Swift runtime and Foundation, lld, order file"

# True when libcurl's development files are there (static Foundation links libcurl).
release_has_libcurl() {
  ldconfig -p 2>/dev/null | grep -q 'libcurl\.so ' || [ -e /usr/lib/x86_64-linux-gnu/libcurl.so ] \
    || [ -e /usr/lib/aarch64-linux-gnu/libcurl.so ]
}

# Builds the named products the shipped way.
release_build() {
  local product
  for product in "$@"; do
    swift build "${RELEASE_FLAGS[@]}" --product "$product"
  done
}
