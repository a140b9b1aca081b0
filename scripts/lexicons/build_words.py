#!/usr/bin/env python3
"""Build lexicons/words-zh.tsv and lexicons/han-freq.tsv.

words-zh.tsv  (word, freq, pos): jieba 0.42.1 dict.txt, plus traditional variants of every
  word made with OpenCC 1.4.2: s2t (OpenCC standard), s2tw (Taiwan), s2hk (Hong Kong), and a
  character-by-character s2tw conversion (what many sites' automatic converters produce,
  e.g. 发布 -> 發布 where the phrase tables give 發佈). A variant that differs from its source
  is added with the source's pos; its freq is the sum of the freqs of all source words that
  give it (max'ed with jieba's own freq when jieba already lists that string).
han-freq.tsv  (char, freq): for every Han character c, M(c) + min(S(c), 10*M(c)), where
  M(c) = sum of freq over the multi-character words of words-zh.tsv containing c (each
  occurrence counts) and S(c) = freq of c as a one-character word. The cap matters: jieba's
  dict.txt carries mojibake characters as one-character words with high counts (紝 11651,
  銆 6982, 殑 6399, 鐨 5901, 鍙 2979 — UTF-8 read as GBK), which occur in no real word; with
  the cap they get 1 (present, rarest), while 的/很/了 keep their counts. Every character of
  jieba + OpenCC output is listed (freq >= 1); a character not listed counts as rare too.

Never reads the SIGHAN bakeoff data (evaluation only).
"""
from __future__ import annotations

import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import require_version, write_tsv  # noqa: E402

import jieba  # noqa: E402
import opencc  # noqa: E402

JIEBA_V = "0.42.1"
OPENCC_V = "1.4.2"
CONFIGS = ("s2t", "s2tw", "s2hk")


def is_han(ch: str) -> bool:
    o = ord(ch)
    return (0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F or o == 0x3007)


def load_jieba() -> dict[str, tuple[int, str]]:
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words: dict[str, tuple[int, str]] = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.split()
            if len(parts) != 3:
                raise SystemExit(f"dict.txt:{n}: unexpected line {line!r}")
            w, freq, pos = parts[0], int(parts[1]), parts[2]
            if w in words:  # keep the larger entry (dict.txt has no duplicates in 0.42.1)
                if words[w][0] >= freq:
                    continue
            words[w] = (freq, pos)
    return words


def main() -> None:
    require_version("jieba", JIEBA_V)
    require_version("OpenCC", OPENCC_V)
    base = load_jieba()
    converters = [opencc.OpenCC(c + ".json") for c in CONFIGS]
    tw = converters[1]
    char_map: dict[str, str] = {}

    def char_by_char(w: str) -> str:
        out = []
        for ch in w:
            t = char_map.get(ch)
            if t is None:
                t = tw.convert(ch)
                char_map[ch] = t
            out.append(t)
        return "".join(out)

    # variant -> [summed freq, best source freq, pos of best source]
    var: dict[str, list] = {}
    for w in sorted(base):
        freq, pos = base[w]
        forms = {c.convert(w) for c in converters}
        forms.add(char_by_char(w))
        forms.discard(w)
        for v in sorted(forms):
            if len(v) != len(w):  # OpenCC maps char-to-char here; guard anyway
                continue
            e = var.get(v)
            if e is None:
                var[v] = [freq, freq, pos]
            else:
                e[0] += freq
                if freq > e[1]:
                    e[1], e[2] = freq, pos

    final: dict[str, tuple[int, str]] = dict(base)
    added = raised = 0
    for v, (s, _, pos) in var.items():
        if v in final:
            f0, p0 = final[v]
            if s > f0:
                final[v] = (s, p0)
                raised += 1
        else:
            final[v] = (s, pos)
            added += 1
    print(f"jieba words {len(base)}, traditional variants added {added}, "
          f"existing entries raised {raised}", file=sys.stderr)

    write_tsv(
        "words-zh.tsv",
        f"words-zh: Chinese word list, simplified + traditional · source: jieba {JIEBA_V} dict.txt "
        f"(PyPI, licence MIT) + traditional variants by OpenCC {OPENCC_V} (PyPI, licence Apache-2.0; "
        f"configs {'/'.join(CONFIGS)} + char-by-char s2tw) · licence: MIT · "
        "built by scripts/lexicons/build_words.py",
        ["word", "freq", "pos"],
        ((w, str(f), p) for w, (f, p) in final.items()),
    )

    multi: dict[str, int] = defaultdict(int)
    single: dict[str, int] = {}
    for w, (f, _) in final.items():
        if len(w) == 1:
            if is_han(w):
                single[w] = f
            continue
        for ch in w:
            if is_han(ch):
                multi[ch] += f
    han: dict[str, int] = {}
    for ch in set(multi) | set(single):
        m = multi.get(ch, 0)
        han[ch] = m + min(single.get(ch, 0), 10 * m) if m else 1
    write_tsv(
        "han-freq.tsv",
        f"han-freq: Han character frequency (simplified + traditional) from the words of "
        f"words-zh.tsv (multi-character words; one-character entries capped at 10x that) · source: jieba {JIEBA_V} dict.txt (PyPI, licence "
        f"MIT) + OpenCC {OPENCC_V} (PyPI, licence Apache-2.0) · licence: MIT · "
        "built by scripts/lexicons/build_words.py",
        ["char", "freq"],
        ((c, str(f)) for c, f in han.items()),
    )


if __name__ == "__main__":
    main()
