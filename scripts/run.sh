#!/usr/bin/env bash
# Set everything up, bring the index up to date with corpus/, and start the search site.
# Usage: scripts/run.sh [--host 0.0.0.0] [--port 8000]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/minutes index --corpus corpus --index index
exec .venv/bin/minutes serve --corpus corpus --index index "$@"
