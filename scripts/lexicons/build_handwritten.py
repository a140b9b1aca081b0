#!/usr/bin/env python3
"""Build the small hand-curated lexicons from scripts/lexicons/hand/*.tsv.

The sources under hand/ are written by hand (Chinese in simplified form only). This script
validates them (columns, allowed values, no duplicate keys), adds the traditional-Chinese
forms of every zh word (OpenCC 1.4.2: s2t, s2tw, s2hk and char-by-char s2tw; same other
columns), sorts, and writes lexicons/<name>.tsv with the comment line.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import require_version, write_tsv  # noqa: E402

import opencc  # noqa: E402

OPENCC_V = "1.4.2"
HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"zh", "es", "en", "mul"}

SPECS = {
    # name: (description, columns, key columns, {column: allowed values})
    "org-suffixes.tsv": (
        "org-suffixes: words that end (zh) or head (es, en) organization names, with the kind of organization",
        ["suffix", "lang", "kind"], ["suffix", "lang"],
        {"kind": {"government", "party-mass", "community", "association", "education", "health",
                  "media", "business", "service", "research", "justice", "culture"}}),
    "date-words.tsv": (
        "date-words: month and weekday names, ordinals, relative dates (value unit:offset[:part of the day, or late/end/rest/todate of the period]; units day, week, weekend, month, year), parts of day and of periods, "
        "Chinese era names with their first year (民国 1912, 康熙 1662), months and days of the Chinese lunar calendar (正月 1, 大年初一 1-1) and the words that name it (农历), holidays on a fixed day (国庆节 10-01, Christmas 12-25), seasons as the months they cover in the northern hemisphere",
        ["word", "lang", "kind", "value"], ["word", "lang"],
        {"kind": {"month", "month-abbr", "weekday", "weekday-abbr", "ordinal", "relative",
                  "part-of-day", "part-of-period", "era", "holiday", "season", "lunar-month",
                  "lunar-day", "calendar"}}),
    "classifiers.tsv": (
        "classifiers: counting classifiers/units (person, person-times, household, thing, money) and approximate qualifiers with their bound",
        ["word", "lang", "kind", "bound"], ["word", "lang", "kind"],
        {"kind": {"person", "person-times", "household", "thing", "money", "approx-before",
                  "approx-after"},
         "bound": {"", "lower", "upper", "about", "exact"}}),
    "people-nouns.tsv": (
        "people-nouns: nouns for people that headcounts count",
        ["word", "lang"], ["word", "lang"], {}),
    "event-triggers.tsv": (
        "event-triggers: event verbs/nouns (kind trigger), organizer-role markers (kind organizer-role), "
        "words that open a sentence about the event just reported (kind follow-up: anaphora at the start, "
        "meeting in 在…会上) and words that make a sentence no event report (kind not-event: totals as of a day, "
        "instructions to report; opener at the start, anywhere)",
        ["word", "lang", "kind", "role"], ["word", "lang", "kind"],
        {"kind": {"trigger", "organizer-role", "follow-up", "not-event"},
         "role": {"hold", "launch", "attend", "noun", "host", "undertaker", "co-organizer",
                  "joint", "organizer", "guide", "sponsor", "by", "anaphora", "meeting", "opener", "anywhere"}}),
    "number-words.tsv": (
        "number-words: number words of Spanish and English (cardinal, scale, ordinal denominators, signs, "
        "decimal points, connectors, dozens) and Chinese words that hold a numeral but are no number "
        "(not-number: 四川, 队伍) or after which a lone numeral is none (not-after-single: 一美元)",
        ["word", "lang", "kind", "value"], ["word", "lang", "kind"],
        {"kind": {"cardinal", "hundred", "scale", "ordinal", "sign", "point", "and", "over", "dozen",
                  "article", "half", "not-number", "not-after-single"}}),
    "currencies.tsv": (
        "currencies: currency symbols, codes and words with the currency's name (as Recognizers-Text names it: "
        "Dollar for a bare $, United States dollar for US$ or USD), for the money a number is",
        ["word", "lang", "name"], ["word", "lang"], {}),
    "units.tsv": (
        "units: units of measure, ages and temperatures with their names (as Recognizers-Text names them), "
        "for the dimensions, ages and temperatures a number is; a reading with a cue (libras a weight, grados an "
        "angle) is taken only near a word of that cue (kind cue: pesa, bebé; girar, ángulo); unit names that stand "
        "alone where a text converts between units (alone: fahrenheit), the words before the unit converted to "
        "(to-unit: a, en, to) and the words that ask for an amount in a unit (how-many: cuántos, how much)",
        ["word", "lang", "kind", "name", "cue"], ["word", "lang", "kind"],
        {"kind": {"dimension", "age", "temperature", "cue", "alone", "to-unit", "how-many"}}),
    "time-words.tsv": (
        "time-words: clock marks (点, o'clock), a.m./p.m., the hours of each part of the day (as Recognizers-Text "
        "sets them), duration units in seconds, approximate and before/after words, and words of recurrence "
        "(每, every, daily: ISO 8601 period)",
        ["word", "lang", "kind", "value"], ["word", "lang", "kind"],
        {"kind": {"part-hours", "hour-mark", "minute-mark", "second-mark", "minutes", "am-pm", "approx",
                  "approx-after", "now", "duration-unit", "some", "one", "every", "recurring", "after", "before"}}),
    "stopwords.tsv": (
        "stopwords: short Spanish and English stopword lists",
        ["word", "lang"], ["word", "lang"], {}),
}


def main() -> None:
    require_version("OpenCC", OPENCC_V)
    convs = [opencc.OpenCC(c + ".json") for c in ("s2t", "s2tw", "s2hk")]
    tw = convs[1]

    def variants(w: str) -> set[str]:
        out = {c.convert(w) for c in convs}
        out.add("".join(tw.convert(ch) for ch in w))
        out.discard(w)
        return out

    for name, (desc, cols, key, allowed) in SPECS.items():
        path = os.path.join(HERE, "hand", name)
        with open(path, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f if l.strip()]
        if lines[0].split("\t") != cols:
            sys.exit(f"{path}: header {lines[0]!r}, want {cols}")
        rows = []
        for n, line in enumerate(lines[1:], 2):
            f = line.split("\t")
            if len(f) < len(cols):
                f += [""] * (len(cols) - len(f))
            if len(f) != len(cols) or not f[0].strip() or f[0] != f[0].strip():
                sys.exit(f"{path}:{n}: bad row {line!r}")
            r = dict(zip(cols, f))
            if r["lang"] not in LANGS:
                sys.exit(f"{path}:{n}: lang {r['lang']!r}")
            for c, ok in allowed.items():
                if r[c] not in ok:
                    sys.exit(f"{path}:{n}: {c} {r[c]!r} not in {sorted(ok)}")
            if name == "classifiers.tsv" and (r["kind"].startswith("approx")) != bool(r["bound"]):
                sys.exit(f"{path}:{n}: bound is required exactly for approx-* kinds")
            if name == "units.tsv" and r["cue"] and r["kind"] not in ("dimension", "age", "temperature"):
                sys.exit(f"{path}:{n}: only a unit's reading has a cue")
            if name == "units.tsv" and bool(r["name"]) == (r["kind"] in ("to-unit", "how-many")):
                sys.exit(f"{path}:{n}: a name is required exactly for units, cues and names standing alone")
            rows.append(r)
        if name == "units.tsv":
            cues = {(r["lang"], r["name"]) for r in rows if r["kind"] == "cue"}
            for r in rows:
                if r["cue"] and (r["lang"], r["cue"]) not in cues:
                    sys.exit(f"{path}: {r['word']!r} ({r['lang']}) needs cue {r['cue']!r}, which no cue row names")
        hand_keys = {tuple(r[c] for c in key) for r in rows}
        if len(hand_keys) != len({tuple(r.values()) for r in rows}):
            seen = {}
            for r in rows:
                k = tuple(r[c] for c in key)
                if k in seen and seen[k] != r:
                    sys.exit(f"{path}: conflicting rows {seen[k]} / {r}")
                seen[k] = r
        out = {tuple(r[c] for c in key): r for r in rows}
        added = 0
        for r in rows:
            if r["lang"] != "zh":
                continue
            for v in sorted(variants(r[cols[0]])):
                nr = dict(r)
                nr[cols[0]] = v
                k = tuple(nr[c] for c in key)
                if k not in out:  # a hand-written row always wins
                    out[k] = nr
                    added += 1
        write_tsv(
            name,
            f"{desc} · source: hand-written for Gleaner (scripts/lexicons/hand/{name}) + "
            f"traditional Chinese forms by OpenCC {OPENCC_V} (PyPI, Apache-2.0) · licence: MIT · "
            "built by scripts/lexicons/build_handwritten.py",
            cols,
            (tuple(r[c] for c in cols) for r in out.values()),
        )
        print(f"  {name}: {len(rows)} hand rows, {added} traditional variants", file=sys.stderr)


if __name__ == "__main__":
    main()
