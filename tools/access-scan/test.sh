#!/usr/bin/env bash
# The scanner's tests (node's test runner), run from a copy inside the scanner's install folder
# so that they import its pinned packages. Each test writes the small apps it scans.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
install_dir="$("$here/scan" --install-only)"
run_dir="$(mktemp -d "$install_dir/.test.XXXXXX")"
trap 'rm -rf "$run_dir"' EXIT
cp -R "$here/src" "$here/test" "$run_dir/"
ACCESS_SCAN_HOME="$here" node --test --test-reporter=spec "$run_dir"/test/*.test.mjs </dev/null
