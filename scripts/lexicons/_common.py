"""Shared helpers for the lexicon builders (stdlib only)."""
from __future__ import annotations

import importlib.metadata
import os
import sys
import unicodedata
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LEXICONS = REPO / "lexicons"


def wheels_dir() -> Path:
    """Where setup.sh put the --no-deps wheels (jionlp, cpca)."""
    env = os.environ.get("LEXICON_WHEELS")
    return Path(env) if env else Path(sys.prefix) / "wheels"


def wheel_path(dist: str, version: str) -> Path:
    name = dist.replace("-", "_")
    for p in sorted(wheels_dir().glob(f"{name}-{version}-*.whl")):
        return p
    sys.exit(f"missing wheel {dist}=={version} in {wheels_dir()}: run scripts/lexicons/setup.sh")


def read_from_wheel(dist: str, version: str, member: str) -> bytes:
    with zipfile.ZipFile(wheel_path(dist, version)) as z:
        return z.read(member)


def version_of(dist: str) -> str:
    return importlib.metadata.version(dist)


def require_version(dist: str, version: str) -> None:
    got = version_of(dist)
    if got != version:
        sys.exit(f"{dist} {got} installed, {version} expected: run scripts/lexicons/setup.sh")


def clean(field: str) -> str:
    """NFC, no tabs/newlines (TSV safety)."""
    s = unicodedata.normalize("NFC", str(field))
    return " ".join(s.replace("\t", " ").replace("\r", " ").replace("\n", " ").split())


def write_tsv(name: str, comment: str, columns: list[str], rows, sort: bool = True) -> Path:
    """Write lexicons/<name>: '# comment', header line, rows (tuples), '\\n' endings, UTF-8."""
    out = []
    seen = set()
    for r in rows:
        t = tuple(clean(x) for x in r)
        if len(t) != len(columns):
            raise ValueError(f"{name}: row {t!r} has {len(t)} fields, want {len(columns)}")
        if t in seen:
            continue
        seen.add(t)
        out.append(t)
    if sort:
        out.sort()
    path = LEXICONS / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + comment.strip() + "\n")
        f.write("\t".join(columns) + "\n")
        for t in out:
            f.write("\t".join(t) + "\n")
    print(f"{path.relative_to(REPO)}: {len(out)} rows, {path.stat().st_size} bytes", file=sys.stderr)
    return path
