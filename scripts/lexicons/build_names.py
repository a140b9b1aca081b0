#!/usr/bin/env python3
"""Build lexicons/name-chars-zh.tsv from lexicons/words-zh.tsv (run build_words.py first).

The characters of Chinese personal names, from the person names jieba's dictionary lists (part
of speech `nr`, two or three characters, simplified and traditional):
  surname  a character that begins at least SURNAME_MIN of those names (王, 張, 欧 …);
  given    a character whose count inside names (after the first character) is more than
           GIVEN_RATIO of its frequency as a word of its own, plus GIVEN_SMOOTH (华, 敏, 钧 …:
           common in names, rare alone; 是, 的, 说 appear in a few names but are words far
           more often, so they are not given-name characters).
The segmenter joins a surname with the one or two given-name characters after it when the word
path leaves them as single characters (游|景|玉 -> 游景玉). Stdlib only; deterministic.
Never reads the SIGHAN bakeoff data (evaluation only).
"""
from __future__ import annotations

import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import LEXICONS, write_tsv  # noqa: E402

SURNAME_MIN = 30
GIVEN_RATIO = 0.05
GIVEN_SMOOTH = 50


def main() -> None:
    surname: Counter[str] = Counter()
    given: Counter[str] = Counter()
    single: dict[str, int] = {}
    with open(LEXICONS / "words-zh.tsv", encoding="utf-8") as f:
        next(f), next(f)  # comment, header
        for line in f:
            word, freq, pos = line.rstrip("\n").split("\t")
            if len(word) == 1:
                single[word] = int(freq)
            if pos == "nr" and len(word) in (2, 3):
                surname[word[0]] += 1
                for ch in word[1:]:
                    given[ch] += 1
    rows = [(c, "surname", str(n)) for c, n in surname.items() if n >= SURNAME_MIN]
    rows += [(c, "given", str(n)) for c, n in given.items()
             if n > GIVEN_RATIO * (single.get(c, 0) + GIVEN_SMOOTH)]
    write_tsv(
        "name-chars-zh.tsv",
        "name-chars-zh: surname and given-name characters of Chinese personal names · source: the "
        "person names (pos nr) of lexicons/words-zh.tsv, i.e. jieba 0.42.1 dict.txt (PyPI, licence MIT) "
        f"+ OpenCC variants · surname: begins >= {SURNAME_MIN} names; given: count in names > "
        f"{GIVEN_RATIO} x (frequency as a word + {GIVEN_SMOOTH}) · licence: MIT · built by "
        "scripts/lexicons/build_names.py",
        ["char", "role", "names"],
        rows,
    )


if __name__ == "__main__":
    main()
