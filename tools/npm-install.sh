# Sourced, not run: installs the npm packages pinned in $npm_src/package-lock.json once per lock
# file into $cache_base/<sha256 of the lock file> and sets $install_dir to it. Shared by the
# policy check (.ci/policy-check.d/install.sh) and tools/access-scan/scan.
# Needs $npm_src, $cache_base and a die() function.
command -v node >/dev/null 2>&1 || die "node is not installed (Node.js >= 20 is needed)"
command -v npm >/dev/null 2>&1 || die "npm is not installed"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js >= 20 is needed, found $(node --version)"
[ -f "$npm_src/package-lock.json" ] || die "missing $npm_src/package-lock.json"

lock_hash="$(sha256sum "$npm_src/package-lock.json" | cut -c1-16)"
install_dir="$cache_base/$lock_hash"

# Install once per lock file: npm ci into a temporary folder, then move it into place, so that
# an interrupted install never leaves a half-filled folder that looks complete. A lock serialises
# installs started side by side (.ci/run starts several checks at once): the second waits, then
# finds the install complete (without it, it would replace the folder the first is running from).
mkdir -p "$cache_base" || die "cannot create $cache_base"
exec {install_lock}>"$cache_base/.lock" || die "cannot open $cache_base/.lock"
flock "$install_lock" || die "cannot lock $cache_base/.lock"
if [ ! -f "$install_dir/.complete" ]; then
  tmp="$(mktemp -d "$cache_base/.install.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  cp "$npm_src/package.json" "$npm_src/package-lock.json" "$tmp/"
  if ! (cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error \
      </dev/null >"$tmp/npm.log" 2>&1); then
    cat "$tmp/npm.log" >&2
    die "npm ci in $tmp failed"
  fi
  touch "$tmp/.complete"
  rm -rf "$install_dir"
  mv -T "$tmp" "$install_dir" 2>/dev/null || [ -f "$install_dir/.complete" ] \
    || die "cannot move the install into $install_dir"
  rm -rf "$tmp"
  trap - EXIT
fi
flock -u "$install_lock"
exec {install_lock}>&-
