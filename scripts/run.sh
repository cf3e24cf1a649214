#!/usr/bin/env bash
# Set everything up and read the minutes in corpus/ (the search site joins this command when it lands).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/minutes index --corpus corpus --index index
exec .venv/bin/minutes stats --index index
