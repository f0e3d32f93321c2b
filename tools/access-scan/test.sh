#!/usr/bin/env bash
# The scanner's tests (node's test runner), run from a copy inside the scanner's install folder
# so that they import its pinned packages. Each test writes the small apps it scans; the files
# run side by side (most scan in-process; the --check ones wait on the program's render-stack).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
install_dir="$("$here/scan" --install-only)"
run_dir="$(mktemp -d "$install_dir/.test.XXXXXX")"
trap 'rm -rf "$run_dir"' EXIT
cp -R "$here/src" "$here/test" "$run_dir/"
# render-stack (the program, for --check) is built once here when stale, not by two test files
# at the same time.
node --input-type=module -e "import { ensureBuilt } from '$run_dir/src/check.mjs'; ensureBuilt('$(cd "$here/../.." && pwd)');" </dev/null
set +e
ACCESS_SCAN_HOME="$here" node --test --test-concurrency=4 --test-reporter=spec "$run_dir"/test/*.test.mjs </dev/null | tee "$run_dir/out"
rc=${PIPESTATUS[0]}
set -e
# The runner's own totals, as the one closing line .ci/run repeats.
pass=$(sed -nE 's/^ℹ pass ([0-9]+)$/\1/p' "$run_dir/out")
fail=$(sed -nE 's/^ℹ fail ([0-9]+)$/\1/p' "$run_dir/out")
todo=$(sed -nE 's/^ℹ todo ([0-9]+)$/\1/p' "$run_dir/out")
echo "access-scan tests: ${pass:-0} passed, ${fail:-0} failed"
# A test marked todo asserts nothing that can fail the run: none may be left.
[ "${todo:-0}" -eq 0 ] || echo "access-scan: ${todo} test(s) marked todo; finish or remove them"
[ "$rc" -eq 0 ] && [ "${pass:-0}" -gt 0 ] && [ "${todo:-0}" -eq 0 ]
