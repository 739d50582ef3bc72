#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer + UBSan) and runs each for a bounded time on a copy of
# its seed corpus.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# UPROOT_FUZZ_SEED (default 1) fixes libFuzzer's seed so that a run is a prefix of the same sequence of inputs on
# every machine: what fails in CI fails here with the same seed. UPROOT_FUZZ_SEED=0 lets libFuzzer pick a seed
# (for exploring). On a failure the fuzzer's report is printed in full, with the failing input as hex, and a
# crashing (or leaking) input is copied into tests/fuzz/corpus/<target>/ so that it joins the seeds every later
# run starts from: commit it with the fix, and the fuzz_<target>_seeds test replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
seed=${UPROOT_FUZZ_SEED:-1}
bash scripts/install-deps.sh clang libclang-rt-14-dev
cmake --preset fuzz >/dev/null
targets=(fuzz_delimited fuzz_xlsx fuzz_json fuzz_xml fuzz_directive fuzz_project)
cmake --build build/fuzz --target "${targets[@]}" -j"$(nproc)"
status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  mkdir -p "$work/corpus"
  cp -r "tests/fuzz/corpus/$t/." "$work/corpus/"
  extra=()
  [ "$t" = fuzz_xlsx ] && extra=(-dict=tests/fuzz/xlsx.dict)
  echo "fuzzing $t for ${seconds}s (seed $seed)"
  rc=0
  build/fuzz/tests/fuzz/$t -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$work/" "${extra[@]}" "$work/corpus" >"$work/log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    tail -n 1 "$work/log"
  else
    echo "$t failed (exit $rc):"
    grep -v '^#[0-9]' "$work/log" | tail -n 80
    for a in "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$work"/oom-*; do
      [ -f "$a" ] || continue
      echo "failing input $(basename "$a") ($(stat -c %s "$a") bytes), first 4 KiB as hex:"
      head -c 4096 "$a" | od -An -tx1 -v
      case "$(basename "$a")" in
        crash-* | leak-*)
          cp "$a" "tests/fuzz/corpus/$t/"
          echo "copied to tests/fuzz/corpus/$t/$(basename "$a")"
          ;;
      esac
    done
    status=$rc
  fi
  rm -rf "$work"
done
exit "$status"
