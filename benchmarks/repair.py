#!/usr/bin/env python3
"""Encoding repair: Gleaner vs ftfy on ../shared/benchmarks/repair (ftfy-cases, cjk-cases).

Quality uses that folder's score.py (imported; its score() is the protocol). Throughput: MB/s of
ftfy.fix_text (in-process) vs `gleaner repair FILE` (process wall time, start-up included) on the
same large files.
"""
import contextlib
import difflib
import io
import json
import sys

import common as C

REPAIR = C.SHARED / 'benchmarks' / 'repair'
SUITES = ['ftfy-cases.jsonl', 'cjk-cases.jsonl']
sys.path.insert(0, str(REPAIR))
import score as S  # noqa: E402  (../shared/benchmarks/repair/score.py)


def is_lossy(c):
    return c['garbled'] != c['expected'] and 'lossy' in c['kind']  # score.py's definition


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def lossy_not_worse(cases, outs):
    """Share of lossy cases where the output is not further from `expected` than the input was
    (difflib similarity to expected: output >= garbled)."""
    lossy = [c for c in cases if is_lossy(c)]
    if not lossy:
        return None
    ok = sum(similarity(outs.get(c['id']) or '', c['expected']) >= similarity(c['garbled'], c['expected'])
             for c in lossy)
    return 100.0 * ok / len(lossy)


def quality_row(system, suite, cases, outs, wall):
    with contextlib.redirect_stdout(io.StringIO()):
        r = S.score(cases, outs, wall, 0, system)
    return [system, suite, r['exact'], r['clean_unchanged'], r['fixed_nonlossy'], lossy_not_worse(cases, outs),
            r['mb_per_s']]


# ftfy's own cases expect ftfy's output policy (straight quotes, folded width); Gleaner keeps
# both by default and applies ftfy's on request with these flags.
FTFY_POLICY = ['--uncurl-quotes', '--fold-width']


def gleaner_batch(cases, flags=()):
    data = ''.join(json.dumps({'id': c['id'], 'text': c['garbled']}, ensure_ascii=False) + '\n' for c in cases)
    run = C.run_gleaner(['repair', '--format', 'jsonl', *flags], stdin=data)
    if not run.ok:
        return None, None, run.err
    outs = {o['id']: o['text'] for o in run.jsonl() if 'id' in o and 'text' in o}
    return outs, run.wall, None


def build_corpora():
    seeds = sorted(p for p in (C.SHARED / 'seeds').glob('*.txt'))
    d = C.data_dir('repair')
    files = {}
    txt = lambda p: p.read_text(encoding='utf-8', errors='replace')
    clean = ''.join(txt(p) for p in seeds if p.name[:3] in ('002', '003', '004'))
    files['clean: seeds 002-004 x200'] = clean * 200
    files['as crawled: seeds 000-004 x200'] = ''.join(txt(p) for p in seeds) * 200
    garbled = []
    for suite in SUITES:
        garbled += [c['garbled'] for c in S.load(REPAIR / suite) if c['garbled'] != c['expected']]
    g = '\n'.join(garbled) + '\n'
    files['garbled: all garbled cases x%d' % (4_000_000 // len(g.encode()) + 1)] = g * (4_000_000 // len(g.encode()) + 1)
    out = {}
    for i, (name, text) in enumerate(files.items()):
        p = d / f'corpus{i}.txt'
        data = text.encode('utf-8')
        if not p.exists() or p.read_bytes() != data:
            p.write_bytes(data)
        out[name] = (p, text)
    return out


def main():
    rep = C.Report('repair', __doc__)
    rep.ap.add_argument('--skip-throughput', action='store_true')
    rep.parse()
    rep.header(['ftfy'])
    ftfy = C.peer('ftfy')
    safe = ftfy and ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False)
    rows, gerr = [], None
    for suite in SUITES:
        cases = S.load(REPAIR / suite)
        rows.append(quality_row('identity (floor)', suite, cases, *S.run_inproc(cases, lambda s: s)))
        if ftfy:
            rows.append(quality_row(f'ftfy {ftfy.__version__} fix_text', suite, cases,
                                    *S.run_inproc(cases, ftfy.fix_text)))
            rows.append(quality_row(f'ftfy {ftfy.__version__} safe', suite, cases,
                                    *S.run_inproc(cases, lambda s: ftfy.fix_text(s, safe))))
        else:
            rows.append(['ftfy fix_text', suite] + [None] * 5)
        for label, flags in [('gleaner', ()), ('gleaner ' + ' '.join(FTFY_POLICY), FTFY_POLICY)]:
            outs, wall, err = gleaner_batch(cases, flags)
            if err:
                gerr = err
                rows.append([label, suite] + [None] * 5)
            else:
                rows.append(quality_row(label, suite, cases, outs, wall))
    C.say_gleaner_error(gerr)
    rep.table('quality (score.py protocol)',
              ['system', 'suite', 'exact %', 'clean unchanged %', 'recoverable fixed %', 'lossy not worse %',
               'MB/s (cases)'], rows, {'exact %': '.1f', 'clean unchanged %': '.1f', 'recoverable fixed %': '.1f',
                                       'lossy not worse %': '.1f', 'MB/s (cases)': '.3f'})
    rep.note('exact = output == expected; clean unchanged = output == input on clean cases; recoverable fixed = exact '
             'on garbled non-lossy cases; lossy not worse = on *-lossy cases, difflib similarity(output, expected) >= '
             'similarity(garbled, expected). ftfy "safe" = uncurl_quotes=False, fix_character_width=False; '
             f'gleaner {" ".join(FTFY_POLICY)} = ftfy\'s output policy, which ftfy-cases\' expected texts embed. '
             'MB/s (cases) = UTF-8 input bytes / wall seconds over the case file (gleaner: one batch process).')
    print()
    if rep.args.skip_throughput:
        return rep.finish()

    trows = []
    rep.note('The repair README defines no clean corpus; "clean" = seeds 002-004 (002 Spanish, 003/004 simplified '
             'Chinese) concatenated x200. Seeds 000/001 carry real damage (ruby pinyin, GBK misalignment).')
    for name, (path, text) in build_corpora().items():
        mb = len(text.encode('utf-8')) / 1e6
        f_mbs = f_same = None
        if ftfy:
            out, secs = C.timed(ftfy.fix_text, text)
            f_mbs, f_same = mb / secs, out == text
        run = C.run_gleaner(['repair', path])
        g_mbs = g_same = g_wall = g_cpu = None
        if run.ok:
            g_mbs, g_same, g_wall, g_cpu = mb / run.wall, run.stdout == text.encode('utf-8'), run.wall, run.cpu
        else:
            C.say_gleaner_error(run.err)
        f_secs = f_mbs and mb / f_mbs
        trows.append([name, mb, f_secs, f_mbs, g_wall, g_cpu, g_mbs, C.ratio(g_mbs, f_mbs),
                      C.ratio(f_secs, g_cpu), f_same, g_same])
    rep.table('throughput (ftfy.fix_text in-process vs `gleaner repair FILE` process wall time)',
              ['corpus', 'MB', 'ftfy s', 'ftfy MB/s', 'gleaner wall s', 'gleaner CPU s', 'gleaner MB/s',
               'gleaner/ftfy', 'by CPU time', 'ftfy output==input', 'gleaner output==input'], trows,
              {'MB': '.2f', 'ftfy s': '.2f', 'ftfy MB/s': '.2f', 'gleaner wall s': '.2f', 'gleaner CPU s': '.2f',
               'gleaner MB/s': '.2f', 'gleaner/ftfy': '.2f', 'by CPU time': '.2f'})
    rep.note('gleaner/ftfy = ratio of wall-clock throughput (Gleaner repairs a large text on every core; ftfy uses '
             'one). by CPU time = ftfy seconds / Gleaner user+sys seconds: the ratio on one core.')
    rep.finish()


if __name__ == '__main__':
    main()
