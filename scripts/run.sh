#!/usr/bin/env bash
# Set up (once) and run the main job: ingest the sample articles, then serve the graph.
# Store: ./data/store (override with CKG_STORE); port: 8000 (override with CKG_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
export CKG_STORE="${CKG_STORE:-$PWD/data/store}"
.venv/bin/ckg ingest seeds
.venv/bin/ckg stats
exec .venv/bin/ckg serve
