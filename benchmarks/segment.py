#!/usr/bin/env python3
"""Chinese word segmentation on SIGHAN 2005 (pku, msr, cityu, as): Gleaner vs jieba (and PyICU).

Scoring as icwb2's `score`: a word is correct when its [start,end) span over the line's
non-whitespace characters equals a gold span; P, R, F1, R_oov (gold words not in the training
word list) and R_iv. All systems get the same normalised input lines (BOM and CR removed).
"""
import re

import common as C

SEG = C.SHARED / 'benchmarks' / 'segment'
CORPORA = {  # name: (test, gold, training words)
    'pku': ('testing/pku_test.utf8', 'gold/pku_test_gold.utf8', 'gold/pku_training_words.utf8'),
    'msr': ('testing/msr_test.utf8', 'gold/msr_test_gold.utf8', 'gold/msr_training_words.utf8'),
    'cityu': ('testing/cityu_test.utf8', 'gold/cityu_test_gold.utf8', 'gold/cityu_training_words.utf8'),
    'as': ('testing/as_test.utf8', 'gold/as_testing_gold.utf8', 'gold/as_training_words.utf8'),
}
WS = re.compile(r'\s+')
REPEAT = 10


def lines(path):
    text = (SEG / path).read_text(encoding='utf-8-sig')
    ls = [l.rstrip('\r') for l in text.split('\n')]
    return ls[:-1] if ls and ls[-1] == '' else ls


def spans(words):
    """[(start, end, word)] over the concatenation of the words with all whitespace removed."""
    out, pos = [], 0
    for w in words:
        w = WS.sub('', w)
        if w:
            out.append((pos, pos + len(w), w))
            pos += len(w)
    return out


def score(pred_lines, gold_lines, train):
    tp = n_pred = n_gold = oov = oov_hit = iv = iv_hit = 0
    for k, gl in enumerate(gold_lines):
        g = spans(WS.split(gl))
        p = set((s, e) for s, e, _ in spans(pred_lines[k].split() if k < len(pred_lines) else []))
        n_pred += len(p)
        n_gold += len(g)
        for s, e, w in g:
            hit = (s, e) in p
            tp += hit
            if w in train:
                iv += 1; iv_hit += hit
            else:
                oov += 1; oov_hit += hit
    P = tp / n_pred if n_pred else 0.0
    R = tp / n_gold if n_gold else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F, (oov_hit / oov if oov else None), (iv_hit / iv if iv else None)


def main():
    rep = C.Report('segment', __doc__)
    rep.ap.add_argument('--corpora', default='pku,msr,cityu,as')
    rep.ap.add_argument('--no-icu', action='store_true', help='skip the PyICU word-break baseline')
    rep.parse()
    rep.header(['jieba', 'pyicu'])
    jieba = C.peer('jieba')
    icu = None if rep.args.no_icu else C.peer('icu')
    if jieba:
        import logging
        jieba.setLogLevel(logging.WARNING)
        _, t_init = C.timed(jieba.initialize)
        rep.note(f'jieba: jieba.cut(line) default mode (cut_all=False, HMM=True); dictionary load {t_init:.2f} s '
                 f'done before timing.')
    if icu:
        bi = icu.BreakIterator.createWordInstance(icu.Locale('zh'))

        def icu_cut(line):
            bi.setText(line)
            us, st, out = icu.UnicodeString(line), bi.first(), []
            for e in bi:
                out.append(str(us[st:e]))
                st = e
            return out
    d = C.data_dir('segment')
    empty = d / 'empty.txt'
    empty.write_text('')
    start = C.run_gleaner(['segment', '--words', empty])
    if start.ok:
        rep.note(f'gleaner start-up (empty input): {start.wall * 1000:.0f} ms, included in its chars/s')
    rows, ratios, excl, steady = [], [], {}, {}
    for name in rep.args.corpora.split(','):
        test, gold, train = CORPORA[name]
        src, gl = lines(test), lines(gold)
        words = set(w for w in (l.strip() for l in lines(train)) if w)
        nchars = sum(len(WS.sub('', l)) for l in src)
        inp = d / f'{name}.txt'
        data = ('\n'.join(src) + '\n').encode('utf-8')
        if not inp.exists() or inp.read_bytes() != data:
            inp.write_bytes(data)
        res = {}
        if jieba:
            out, secs = C.timed(lambda: [' '.join(jieba.cut(l)) for l in src])
            res['jieba'] = (score(out, gl, words), nchars / secs)
        if icu:
            out, secs = C.timed(lambda: [' '.join(icu_cut(l)) for l in src])
            res['icu'] = (score(out, gl, words), nchars / secs)
        run = C.run_gleaner(['segment', '--words', inp])
        # Throughput also on the test text repeated REPEAT times in one process: one copy is
        # 40-80 ms of work, as short as the start-up and near the timer's grain.
        rep_inp = d / f'{name}x{REPEAT}.txt'
        if not rep_inp.exists() or rep_inp.stat().st_size != len(data) * REPEAT:
            rep_inp.write_bytes(data * REPEAT)
        rep_run = C.run_gleaner(['segment', '--words', rep_inp])
        if rep_run.ok:
            steady[name] = nchars * REPEAT / rep_run.wall
        if run.ok:
            out = run.stdout.decode('utf-8', 'replace').split('\n')
            if len(out) and out[-1] == '':
                out.pop()
            if len(out) != len(src):
                print(f'gleaner: {name}: {len(out)} output lines for {len(src)} input lines (scored as is)')
            res['gleaner'] = (score(out, gl, words), nchars / run.wall)
            # jieba's dictionary load is done before its timing; the like-for-like figure for
            # gleaner leaves out its start-up (lexicon load, measured on empty input above).
            if start.ok and run.wall > start.wall:
                excl[name] = nchars / (run.wall - start.wall)
        else:
            C.say_gleaner_error(run.err)
        for sysname, label in (('jieba', f'jieba {C.version("jieba") or ""} (HMM on)'),
                               ('icu', f'PyICU {C.version("pyicu")} word break'), ('gleaner', 'gleaner')):
            if sysname == 'icu' and not icu:
                continue
            (P, R, F, Roov, Riv), cps = res.get(sysname, ((None,) * 5, None))
            rows.append([label, name, P, R, F, Roov, Riv, cps])
        j, g = res.get('jieba'), res.get('gleaner')
        ratios.append([name, g and j and g[0][2] - j[0][2], g and j and g[0][3] - j[0][3],
                       C.ratio(g and g[1], j and j[1]), C.ratio(excl.get(name), j and j[1]),
                       C.ratio(steady.get(name), j and j[1])])
    rep.table('SIGHAN 2005 span scores', ['system', 'corpus', 'P', 'R', 'F1', 'R_oov', 'R_iv', 'chars/s'], rows,
              {'chars/s': ',.0f'})
    rep.table('gleaner vs jieba', ['corpus', 'F1 margin (gleaner - jieba)', 'R_oov margin',
                                   'chars/s ratio (gleaner/jieba)', 'ratio excl. start-up', f'ratio, text x{REPEAT}'],
              ratios,
              {'F1 margin (gleaner - jieba)': '+.3f', 'R_oov margin': '+.3f', 'chars/s ratio (gleaner/jieba)': '.2f',
               'ratio excl. start-up': '.2f', f'ratio, text x{REPEAT}': '.2f'})
    rep.note('chars/s = non-whitespace characters of the test file / seconds; peers in-process, gleaner = wall time '
             'of one `gleaner segment --words FILE` process per corpus (start-up included); "ratio excl. start-up" '
             'subtracts the empty-input start-up, as jieba\'s dictionary load is outside its timing; '
             f'"ratio, text x{REPEAT}" = one gleaner process over the test text repeated {REPEAT} times, start-up '
             'included, against jieba\'s chars/s on the text.')
    rep.finish()


if __name__ == '__main__':
    main()
