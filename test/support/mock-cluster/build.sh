#!/usr/bin/env bash
# Builds bin/mock-cluster, the librdkafka mock cluster the broker-fault tests drive (needs librdkafka-dev and a C compiler).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f /usr/include/librdkafka/rdkafka_mock.h ]; then
  echo "mock-cluster: librdkafka-dev is not installed (no /usr/include/librdkafka/rdkafka_mock.h)" >&2
  exit 1
fi
mkdir -p "$here/bin"
# Into a temporary name first, so that a concurrent build never leaves a half-written binary in place.
tmp="$(mktemp "$here/bin/.mock-cluster.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
"${CC:-cc}" -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -Wall -Wextra -o "$tmp" "$here/mock-cluster.c" -lrdkafka
chmod 755 "$tmp"
mv -f "$tmp" "$here/bin/mock-cluster"
trap - EXIT
echo "mock-cluster: built $here/bin/mock-cluster" >&2
