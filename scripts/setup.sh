#!/usr/bin/env bash
# Set up (or bring up to date) the project's virtual environment in .venv.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh test
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
for candidate in python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "setup: Python 3.11 or newer is needed (none found on PATH)" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$python" --version)"
  "$python" -m venv .venv
fi

spec="."
[ -n "${1:-}" ] && spec=".[$1]"
# Reinstall only when pyproject.toml changed since the last install.
hash=$(sha1sum pyproject.toml | cut -c1-12)
stamp=".venv/.installed-$hash-${1:-base}"
# An install with the test extras also serves a plain run.
if [ ! -f "$stamp" ] && { [ -n "${1:-}" ] || [ ! -f ".venv/.installed-$hash-test" ]; }; then
  echo "setup: installing minutes-search $spec"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi

# The browser tests drive Debian's chromium through Playwright (never `playwright install`).
if [ "${1:-}" = "test" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing chromium for the browser tests (apt)"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  if ! { $sudo_cmd apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
         { $sudo_cmd apt-get update -qq && $sudo_cmd apt-get install -y --no-install-recommends chromium >/dev/null; }; }; then
    echo "setup: could not install chromium; the browser tests will be skipped" >&2
  fi
fi
