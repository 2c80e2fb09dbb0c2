#!/usr/bin/env bash
# The test suite needs two things from the operating system: Debian's Chromium (browser tests)
# and PostgreSQL's server binaries (the throw-away test cluster; not needed when DATABASE_URL is
# set). As root with apt-get they are installed when missing; otherwise we stop at once and
# name the package to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [[ -n "${CHROMIUM_PATH:-}" ]] || missing+=(chromium)
if [[ -z "${DATABASE_URL:-}" ]] && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  missing+=(postgresql)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "The test suite needs these Debian packages: ${missing[*]}" >&2
echo "Install them with: sudo apt-get install ${missing[*]}" >&2
exit 1
