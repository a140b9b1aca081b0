#!/usr/bin/env python3
"""Main-text extraction from HTML: Gleaner vs trafilatura, readability-lxml, resiliparse.

Corpora (../shared/corpora/html, each page's raw bytes, ungzipped once into .bench-data/html/):
scrapinghub-aeb (gold articleBody), zh-cwced (hand gold), cleaneval dev+final (gold, markers
removed), gne-zh (SILVER: GNE's own output, 20 pages). Metric per page: bag-of-units precision and
recall (units = lower-cased \\w+ tokens, each Han character its own unit; multiset overlap), averaged
over pages; F1 of the two means. An empty/failed extraction scores P = R = 0.
Also: published-date accuracy on zh-cwced pages whose date/<id>.txt holds a date.
"""
import gzip
import json
import logging
import re
from collections import Counter

import common as C

HTML = C.SHARED / 'corpora' / 'html'
HAN = r'\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f'
UNIT = re.compile(rf'[{HAN}]|(?:(?![{HAN}])\w)+')
DATE = re.compile(r'(\d{4})(?:\D{1,3}(\d{1,2}))?(?:\D{1,3}(\d{1,2}))?')


def units(text):
    return Counter(m.group(0) for m in UNIT.finditer((text or '').lower()))


def pr(pred, gold):
    p, g = units(pred), units(gold)
    if not g:
        return None
    tp = sum((p & g).values())
    return (tp / sum(p.values()) if p else 0.0), tp / sum(g.values())


def _gunzip_to(src, dst):
    if not dst.exists():
        dst.write_bytes(gzip.decompress(src.read_bytes()) if src.suffix == '.gz' else src.read_bytes())
    return dst


def load_corpora():
    """{corpus: [(page_path, gold_text, truth_date_or_None)]}"""
    out = {}
    d = C.data_dir('html', 'scrapinghub-aeb')
    gt = json.loads((HTML / 'scrapinghub-aeb' / 'ground-truth.json').read_text(encoding='utf-8'))
    out['scrapinghub-aeb'] = [(_gunzip_to(HTML / 'scrapinghub-aeb' / 'html' / f'{k}.html.gz', d / f'{k}.html'),
                               v['articleBody'], None) for k, v in sorted(gt.items())]
    z = HTML / 'zh-cwced'
    out['zh-cwced'] = []
    for p in sorted((z / 'original').glob('*.html')):
        date = (z / 'date' / f'{p.stem}.txt')
        date = date.read_text(encoding='utf-8', errors='replace').strip() if date.exists() else ''
        out['zh-cwced'].append((p, (z / 'cleaned' / f'{p.stem}.txt').read_text(encoding='utf-8', errors='replace'),
                                date if re.match(r'\d{4}', date) else None))
    out['cleaneval'] = []
    for part in ('cleaneval-dev', 'cleaneval-final'):
        base, d = HTML / 'cleaneval' / part, C.data_dir('html', 'cleaneval', part)
        for g in sorted((base / 'GoldStandard').glob('*.txt.gz'), key=lambda p: int(p.name.split('.')[0])):
            n = g.name.split('.')[0]
            src = next((s for s in (base / 'input' / f'{n}.html.gz', base / 'input' / f'{n}.txt.gz') if s.exists()),
                       None)
            if src:
                gold = gzip.decompress(g.read_bytes()).decode('utf-8', 'replace')
                gold = re.sub(r'^URL:.*\n', '', gold)
                gold = re.sub(r'<[phl]>', ' ', gold)
                out['cleaneval'].append((_gunzip_to(src, d / f'{n}.html'), gold, None))
    out['gne-zh (silver)'] = []
    res = (HTML / 'gne-zh' / 'result.txt').read_text(encoding='utf-8')
    d = C.data_dir('html', 'gne-zh')
    for m in re.finditer(r'^>{5,}(\S+?)>{5,}\n(.*?)\n<{5,}', res, re.S | re.M):
        src = HTML / 'gne-zh' / (m.group(1) + '.gz')
        if src.exists():
            meta = json.loads(m.group(2))
            out['gne-zh (silver)'].append((_gunzip_to(src, d / m.group(1).replace('/', '_')), meta['content'], None))
    return out


def peers():
    systems = {}
    traf = C.peer('trafilatura')
    if traf:
        systems[f'trafilatura {C.version("trafilatura")}'] = lambda b: traf.extract(b)
    rd = C.peer('readability')
    if rd:
        import lxml.html

        def readability(b):
            return lxml.html.fromstring(rd.Document(b).summary()).text_content()
        systems[f'readability-lxml {C.version("readability-lxml")}'] = readability
    rp = C.peer('resiliparse.extract.html2text')
    if rp:
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding
        systems[f'resiliparse {C.version("resiliparse")}'] = \
            lambda b: rp.extract_plain_text(bytes_to_str(b, detect_encoding(b)), main_content=True)
    return systems, traf


def run_peer(fn, pages):
    try:
        fn(pages[0].read_bytes())  # warm-up (lazy imports, caches) before timing
    except Exception:
        pass
    texts, secs, fails = [], 0.0, 0
    for path in pages:
        data = path.read_bytes()
        try:
            t, s = C.timed(fn, data)
        except Exception:
            t, s = None, 0.0
        secs += s
        fails += not t
        texts.append(t or '')
    return texts, secs, fails


def run_gleaner(pages):
    run = C.run_gleaner(['text', '--format', 'jsonl', *pages])
    if not run.ok:
        return None, None, run.err
    res = run.jsonl()
    if len(res) != len(pages):
        return None, None, f'gleaner text: {len(res)} result lines for {len(pages)} files'
    return res, run.wall, None


def date_parts(s):
    m = DATE.search(s or '')
    return tuple(int(x) for x in m.groups() if x) if m else None


def date_ok(pred, truth):
    """Match at the truth's granularity (year / year-month / day)."""
    t, p = date_parts(truth), date_parts(pred)
    return bool(t and p and p[:len(t)] == t)


def main():
    rep = C.Report('html_extract', __doc__)
    rep.ap.add_argument('--corpora', help='comma list (default: all)')
    rep.parse()
    rep.header(['trafilatura', 'readability-lxml', 'resiliparse'])
    corpora = load_corpora()
    if rep.args.corpora:
        corpora = {k: v for k, v in corpora.items() if k.split(' ')[0] in rep.args.corpora.split(',')}
    systems, traf = peers()
    logging.disable(logging.CRITICAL)  # readability/trafilatura log tracebacks for pages they fail on (counted as empty)
    rows, dates = [], {}
    for corpus, items in corpora.items():
        pages = [p for p, _, _ in items]
        results = {}
        for name, fn in systems.items():
            texts, secs, fails = run_peer(fn, pages)
            results[name] = (texts, secs, fails)
        g, wall, err = run_gleaner(pages)
        C.say_gleaner_error(err)
        results['gleaner'] = ([x.get('text') or '' for x in g], wall, sum(not x.get('text') for x in g)) if g \
            else None
        base = None
        for name, r in results.items():
            if r is None:
                rows.append([name, corpus, sum(1 for _, g, _ in items if units(g))] + [None] * 6)
                continue
            texts, secs, fails = r
            scores = [s for s in (pr(t, gold) for t, (_, gold, _) in zip(texts, items)) if s]
            P, R = C.mean([s[0] for s in scores]), C.mean([s[1] for s in scores])
            F = 2 * P * R / (P + R) if P and R else 0.0
            pps = len(pages) / secs if secs else None
            base = pps if name.startswith('trafilatura') else base
            rows.append([name, corpus, len(scores), P, R, F, fails, pps, None])
        for row in rows[-len(results):]:
            row[-1] = C.ratio(row[-2], base)
        if corpus == 'zh-cwced':
            dated = [(i, t) for i, (_, _, t) in enumerate(items) if t]
            if traf:
                got = []
                for i, t in dated:
                    try:
                        md = traf.extract_metadata(pages[i].read_bytes())
                        got.append(date_ok(md.date if md else None, t))
                    except Exception:
                        got.append(False)
                dates[f'trafilatura {C.version("trafilatura")} (htmldate)'] = got
            dates['gleaner'] = [date_ok(g[i].get('published'), t) for i, t in dated] if g else None
    rep.table('main text: bag-of-units P/R (mean over pages), F1 of means',
              ['system', 'corpus', 'pages', 'P', 'R', 'F1', 'empty', 'pages/s', 'x trafilatura'], rows,
              {'pages/s': '.1f', 'x trafilatura': '.2f'})
    if dates:
        n = len([1 for _, _, t in corpora.get('zh-cwced', []) if t])
        rep.table(f'published date on zh-cwced ({n} pages with a date in date/<id>.txt; matched at its granularity)',
                  ['system', 'correct', 'accuracy'],
                  [[k, v and sum(v), v and sum(v) / len(v)] for k, v in dates.items()])
    rep.note('pages/s: peers = pages / summed in-process extraction seconds (bytes in, text out; readability '
             'includes summary() -> text_content()); gleaner = pages / wall time of one `gleaner text --format jsonl '
             'FILE...` process per corpus. readability-lxml and resiliparse extract no dates.')
    rep.finish()


if __name__ == '__main__':
    main()
