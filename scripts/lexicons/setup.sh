#!/usr/bin/env bash
# Create the virtualenv the lexicon builders run in, with pinned package versions.
#   bash scripts/lexicons/setup.sh [VENV_DIR]     (default: $LEXICON_VENV or <repo>/.venv-lexicons)
# Packages with heavy dependencies we only need data from (jionlp, cpca) are fetched as
# wheels with --no-deps into VENV_DIR/wheels and read by the builders straight from the archive.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="${1:-${LEXICON_VENV:-$REPO/.venv-lexicons}}"
PY="${PYTHON:-python3}"
"$PY" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
mkdir -p "$VENV/wheels"
"$VENV/bin/pip" download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    -d "$VENV/wheels" jionlp==1.5.31 cpca==0.5.5
echo "lexicon venv ready: $VENV"
echo "activate with: . $VENV/bin/activate"
