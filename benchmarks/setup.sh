#!/usr/bin/env bash
# Peer tools for the Gleaner benchmarks, in a virtualenv at <repo>/.venv-bench (gitignored).
# Idempotent: an installed peer at the pinned version is left alone. A peer that fails to
# install is reported and skipped; the benchmark scripts then show `n/a` in its column.
# Usage: bash benchmarks/setup.sh        (env PYTHON=python3.11 to choose the interpreter)
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
venv="$repo/.venv-bench"
py=${PYTHON:-python3}

# PyICU builds against the system ICU: needs libicu-dev + pkg-config (+ a C++ compiler, python3-dev).
need=()
for p in libicu-dev pkg-config python3-venv python3-dev g++; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "apt-get install: ${need[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
      || echo "WARN: apt-get install failed for ${need[*]} (pyicu may not build)"
  else
    echo "WARN: not root; install ${need[*]} by hand (pyicu may not build)"
  fi
fi

if [ ! -x "$venv/bin/python" ]; then
  "$py" -m venv "$venv" || { echo "FATAL: cannot create venv with $py"; exit 1; }
  "$venv/bin/python" -m pip install -q --upgrade pip setuptools wheel
fi
pip=("$venv/bin/python" -m pip install -q --disable-pip-version-check)

# name==version [extra==version ...] import-name   (one line each; light first, heavy last)
# recognizers-text 1.0.2a2 imports emoji.UNICODE_EMOJI, removed in emoji 1.0+: pin emoji 0.6.0.
peers="
ftfy==6.3.1 ftfy
jieba==0.42.1 jieba
trafilatura==2.3.1 trafilatura
readability-lxml==0.9 readability
lxml-html-clean==0.4.6 lxml_html_clean
resiliparse==2.0.1 resiliparse
datasketch==2.0.0 datasketch
rensa==0.5.0 rensa
warcio==1.8.1 warcio
dateparser==1.5.0 dateparser
opencc==1.4.2 opencc
pyicu==2.17 icu
recognizers-text-suite==1.0.2a2 emoji==0.6.0 recognizers_suite
jionlp==1.5.31 jionlp
"
ok=(); failed=()
while read -r line; do
  [ -n "$line" ] || continue
  specs=(${line% *}); mod=${line##* }; spec=${specs[0]}
  name=${spec%%==*}; ver=${spec##*==}
  have=$("$venv/bin/python" -m pip show "$name" 2>/dev/null | sed -n 's/^Version: //p')
  if [ "$have" = "$ver" ] && "$venv/bin/python" -c "import $mod" >/dev/null 2>&1; then
    ok+=("$spec"); continue
  fi
  echo "installing $spec ..."
  log=$(mktemp)
  if "${pip[@]}" "${specs[@]}" >"$log" 2>&1 && "$venv/bin/python" -c "import $mod" >>"$log" 2>&1; then
    ok+=("$spec")
  else
    failed+=("$spec")
    echo "FAILED: $spec -- $(grep -iE 'error|exception' "$log" | tail -n 3 | tr '\n' ' ' | cut -c1-400)"
  fi
  rm -f "$log"
done <<<"$peers"

echo "venv: $venv"
echo "installed (${#ok[@]}): ${ok[*]}"
echo "failed (${#failed[@]}): ${failed[*]:-none}"
bin="${GLEANER_BIN:-$repo/.build/release/gleaner}"
[ -x "$bin" ] || echo "note: $bin missing: run 'swift build -c release' before the benchmarks"
exit 0
