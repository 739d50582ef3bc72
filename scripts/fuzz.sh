#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer + UBSan) and runs each for a bounded time on a copy of
# its seed corpus. Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bash scripts/install-deps.sh clang libclang-rt-14-dev
cmake --preset fuzz >/dev/null
targets=(fuzz_delimited fuzz_xlsx fuzz_json fuzz_xml)
cmake --build build/fuzz --target "${targets[@]}" -j"$(nproc)"
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$t/." "$work/"
  extra=()
  [ "$t" = fuzz_xlsx ] && extra=(-dict=tests/fuzz/xlsx.dict)
  echo "fuzzing $t for ${seconds}s"
  build/fuzz/tests/fuzz/$t -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${extra[@]}" "$work" \
    2>&1 | tail -n 3
  rm -rf "$work"
done
