# Sourced, not run: installs the npm packages pinned in .ci/policy-check.d/package-lock.json
# once per lock file into
#   ${XDG_CACHE_HOME:-$HOME/.cache}/amplify-compute-role/policy-check/<sha256 of the lock file>
# (override the base folder with POLICY_CHECK_CACHE_DIR) and sets $install_dir to it. Shared by
# .ci/policy-check and tools/service-reference/generate, so the repository has one iam-data pin.
# Needs $root (the repository) and a die() function.
npm_src="$root/.ci/policy-check.d"
cache_base="${POLICY_CHECK_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/amplify-compute-role/policy-check}"
# shellcheck source=../../tools/npm-install.sh
. "$root/tools/npm-install.sh"
