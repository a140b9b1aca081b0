#!/usr/bin/env bash
# Rebuild every file in lexicons/ and check them. Run inside the venv made by setup.sh:
#   bash scripts/lexicons/setup.sh /path/to/venv && . /path/to/venv/bin/activate
#   bash scripts/lexicons/build_all.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-python3}"
"$PY" "$HERE/build_words.py"
"$PY" "$HERE/build_names.py"
"$PY" "$HERE/build_places_cn.py"
"$PY" "$HERE/build_places_world.py"
"$PY" "$HERE/build_handwritten.py"
"$PY" "$HERE/check_lexicons.py"
