#!/usr/bin/env python3
"""Check every lexicons/*.tsv (stdlib only; no venv needed):
comment line naming source + licence + build script, expected header, field counts, UTF-8/NFC,
sorted unique rows, and a few entries the pipeline relies on (seed places, Xi'an, ...).
Prints one line per check and a closing 'N passed, N failed'; exit 1 on any failure."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

LEX = Path(__file__).resolve().parents[2] / "lexicons"
COLUMNS = {
    "words-zh.tsv": ["word", "freq", "pos"],
    "han-freq.tsv": ["char", "freq"],
    "name-chars-zh.tsv": ["char", "role", "names"],
    "places-cn.tsv": ["code", "name", "short", "level", "parent_code"],
    "places-world.tsv": ["id", "kind", "en", "es", "zh", "zh_hant", "country", "population", "alt"],
    "org-suffixes.tsv": ["suffix", "lang", "kind"],
    "date-words.tsv": ["word", "lang", "kind", "value"],
    "time-words.tsv": ["word", "lang", "kind", "value"],
    "classifiers.tsv": ["word", "lang", "kind", "bound"],
    "people-nouns.tsv": ["word", "lang"],
    "event-triggers.tsv": ["word", "lang", "kind", "role"],
    "stopwords.tsv": ["word", "lang"],
    "number-words.tsv": ["word", "lang", "kind", "value"],
    "currencies.tsv": ["word", "lang", "name"],
    "units.tsv": ["word", "lang", "kind", "name", "cue"],
}
passed = failed = 0


def check(ok: bool, what: str) -> None:
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}")


def load(name: str) -> list[list[str]]:
    raw = (LEX / name).read_bytes()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    check(text.endswith("\n") and "\r" not in text, f"{name}: LF line endings")
    lines = lines[:-1]
    c = lines[0]
    check(c.startswith("# ") and "source:" in c and "licence:" in c and "scripts/lexicons/" in c,
          f"{name}: comment line names source, licence and script")
    check(lines[1].split("\t") == COLUMNS[name], f"{name}: header {COLUMNS[name]}")
    rows = [l.split("\t") for l in lines[2:]]
    n = len(COLUMNS[name])
    check(all(len(r) == n for r in rows), f"{name}: {len(rows)} rows of {n} fields")
    check(text == unicodedata.normalize("NFC", text), f"{name}: NFC")
    check(rows == sorted(rows) and len({tuple(r) for r in rows}) == len(rows), f"{name}: sorted, unique")
    return rows


def main() -> None:
    data = {name: load(name) for name in COLUMNS}
    words = {r[0] for r in data["words-zh.tsv"]}
    check(all(w in words for w in ("发布", "發布", "發佈", "社区", "社區", "社會工作者", "為")),
          "words-zh: simplified and traditional forms present")
    check(len({r[0] for r in data["words-zh.tsv"]}) == len(data["words-zh.tsv"]), "words-zh: words unique")
    hf = {r[0]: int(r[1]) for r in data["han-freq.tsv"]}
    check(all(hf.get(c, 0) > hf.get(m, 0) for c, m in zip("发布", "鍙戝")), "han-freq: 发布 far above 鍙戝")
    cn = {r[0]: r for r in data["places-cn.tsv"]}
    byname = {}
    for r in data["places-cn.tsv"]:
        byname.setdefault(r[1], []).append(r)
    check(all(r[3] in ("province", "prefecture", "county", "township") for r in cn.values()),
          "places-cn: levels")
    check(all(r[4] == "" or r[4] in cn for r in cn.values()), "places-cn: parents exist")
    check(all(len(s) >= 2 for r in cn.values() for s in r[2].split("|") if r[2]), "places-cn: no 1-char short")

    def chain(name: str) -> list[str]:
        out = []
        for r in byname.get(name, []):
            names, p = [r[1]], r[4]
            while p:
                names.append(cn[p][1])
                p = cn[p][4]
            out.append("/".join(reversed(names)))
        return out
    for name, want in [("包头市", "内蒙古自治区/包头市"), ("昆都仑区", "内蒙古自治区/包头市/昆都仑区"),
                       ("秀洲区", "浙江省/嘉兴市/秀洲区"), ("新塍镇", "浙江省/嘉兴市/秀洲区/新塍镇"),
                       ("渝中区", "重庆市/渝中区"), ("七星岗街道", "重庆市/渝中区/七星岗街道"),
                       ("重庆市", "重庆市"), ("嘉兴市", "浙江省/嘉兴市")]:
        check(want in chain(name), f"places-cn: {want}")
    check("昆区" in cn["150203"][2].split("|"), "places-cn: 昆都仑区 short 昆区")
    xian = [r for r in data["places-world.tsv"] if r[2] == "Xi'an"]
    check(len(xian) == 1 and xian[0][3] == "Xi'an" and xian[0][4] == "西安", "places-world: Xi'an 西安")
    print(f"check_lexicons: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
