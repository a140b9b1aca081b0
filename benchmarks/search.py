#!/usr/bin/env python3
"""Chinese archive search: Gleaner vs SQLite FTS5 `trigram` (Python sqlite3), same docs, same queries.

Archive: ../shared/benchmarks/search/gen_archive.py --seed 7 (100,000 docs; --docs N for a quick
run) generated into <repo>/.bench-data/search[-N]/. Ground truth, computed here: a document
matches a query when every space-separated part is a substring of its title or text.
"""
import os
import sqlite3

import common as C

SRC = C.SHARED / 'benchmarks' / 'search'
KINDS = ['zh1', 'zh2', 'zh3', 'zh4', 'and2x2']


def ensure_archive(n, seed):
    d = C.data_dir('search' if (n, seed) == (100000, 7) else f'search-{n}-seed{seed}')
    docs = d / 'docs.jsonl'
    if not docs.exists():
        print(f'generating {n} docs into {d} ...')
        C.run_python_script(SRC / 'gen_archive.py', ['--seed', seed, '--docs', n, '--out', d])
    return d, docs


def truth_for(queries, bodies):
    hits = {}
    for p in {p for q in queries for p in q['q'].split()}:
        hits[p] = {i for i, b in bodies if p in b}
    return [set.intersection(*(hits[p] for p in q['q'].split())) for q in queries]


def fts5_build(path, bodies):
    for ext in ('', '-wal', '-shm', '-journal'):
        if os.path.exists(f'{path}{ext}'):
            os.remove(f'{path}{ext}')
    db = sqlite3.connect(path)
    _, secs = C.timed(lambda: (db.execute("CREATE VIRTUAL TABLE t USING fts5(doc, tokenize='trigram')"),
                               db.executemany('INSERT INTO t(rowid, doc) VALUES (?, ?)', bodies), db.commit()))
    return db, secs


def fts5_search(db, queries, scan_short):
    """MATCH with the trigram index; scan_short: parts < 3 characters (which trigram MATCH cannot
    find, and which SQLite 3.40's trigram LIKE also misses) become instr(doc, part) > 0 filters."""
    out = []
    for q in queries:
        parts = q['q'].split()
        long = [p for p in parts if len(p) >= 3 or not scan_short]
        short = [p for p in parts if len(p) < 3 and scan_short]
        where = (['t MATCH ?'] if long else []) + ['instr(doc, ?) > 0'] * len(short)
        args = ([' AND '.join('"%s"' % p.replace('"', '""') for p in long)] if long else []) + short
        sql = 'SELECT rowid FROM t WHERE ' + ' AND '.join(where)
        ids, secs = C.timed(lambda: {r[0] for r in db.execute(sql, args)})
        out.append((ids, secs * 1000))
    return out


def gleaner_search(d, docs, queries_file, n_queries):
    arch = d / 'gleaner.sqlite'
    for ext in ('', '-wal', '-shm'):
        if os.path.exists(f'{arch}{ext}'):
            os.remove(f'{arch}{ext}')
    ing = C.run_gleaner(['ingest', '--archive', arch, docs], ok_codes=(0, 1))
    if not ing.ok:
        return None, ing.err, None
    C.say_gleaner_error(ing.err)  # exit 1: some records skipped (warning)
    # --limit 10: the ranked first page plus the total count, timed as a reader waits for it
    # (elapsed_ms); --all-ids: then every matching id, unranked, timed apart (ids_elapsed_ms),
    # which is what the trigram baseline's timing covers.
    run = C.run_gleaner(['search', '--archive', arch, '--batch', queries_file, '--limit', '10', '--all-ids',
                         '--format', 'jsonl'])
    if not run.ok:
        return None, run.err, ing
    res = run.jsonl()
    if len(res) != n_queries:
        return None, f'gleaner search: {len(res)} result lines for {n_queries} queries', ing
    ids = [{_id(x) for x in (r.get('ids') if 'ids' in r else r.get('results') or [])} for r in res]
    ranked = [(i, r.get('elapsed_ms')) for i, r in zip(ids, res)]
    unranked = [(i, r.get('ids_elapsed_ms', r.get('elapsed_ms'))) for i, r in zip(ids, res)]
    return (ranked, unranked), None, ing


def _id(x):
    """a doc id as an int; accepts "17", 17 or {"id": 17} (a `results` list of objects)"""
    if isinstance(x, dict):
        x = x.get('id')
    try:
        return int(x)
    except (TypeError, ValueError):
        return x


def by_kind(queries, truth, results):
    rows = {}
    for kind in KINDS:
        rec, prec, lat, n_rel = [], [], [], 0
        for q, t, (ids, ms) in zip(queries, truth, results):
            if q['kind'] != kind:
                continue
            lat.append(ms)
            if t:
                n_rel += 1
                rec.append(len(ids & t) / len(t))
            if ids:
                prec.append(len(ids & t) / len(ids))
        rows[kind] = [n_rel, C.mean(rec), C.mean(prec), C.percentile(lat, 50), C.percentile(lat, 95),
                      C.percentile(lat, 99)]
    return rows


def main():
    rep = C.Report('search', __doc__)
    rep.ap.add_argument('--docs', type=int, default=100000)
    rep.ap.add_argument('--seed', type=int, default=7)
    rep.parse()
    rep.header([])
    d, docs_path = ensure_archive(rep.args.docs, rep.args.seed)
    qfile = SRC / 'queries.jsonl'
    gen_q = d / 'queries.jsonl'
    if rep.args.docs == 100000 and rep.args.seed == 7 and gen_q.exists() and gen_q.read_bytes() != qfile.read_bytes():
        rep.note('WARNING: generated queries.jsonl differs from ../shared/benchmarks/search/queries.jsonl')
    if rep.args.docs != 100000:
        rep.note(f'quick run: {rep.args.docs} docs (not the 100,000-doc benchmark); queries are still the shared file')
    queries = C.read_jsonl(qfile)
    docs = C.read_jsonl(docs_path)
    bodies = [(int(x['id']), x.get('title', '') + '\n' + x['text']) for x in docs]
    mb = os.path.getsize(docs_path) / 1e6
    rep.note(f'{len(docs):,} docs ({mb:.0f} MB jsonl) from {docs_path}; {len(queries)} queries from {qfile}')
    truth, tsecs = C.timed(truth_for, queries, bodies)
    rep.note(f'ground truth (substring containment in title or text) computed in {tsecs:.1f} s')

    db, build = fts5_build(str(d / 'fts5-trigram.sqlite'), bodies)
    fts = fts5_search(db, queries, scan_short=False)
    scan = fts5_search(db, queries, scan_short=True)
    fsize = os.path.getsize(d / 'fts5-trigram.sqlite') / 1e6
    gl, gerr, ing = gleaner_search(d, docs_path, qfile, len(queries))
    C.say_gleaner_error(gerr)

    systems = [(f'fts5 trigram MATCH (sqlite {sqlite3.sqlite_version})', fts),
               ('fts5 trigram + instr() scan if <3 chars', scan),
               ('gleaner: top 10 by BM25 + count', gl and gl[0]), ('gleaner', gl and gl[1])]
    table = {name: by_kind(queries, truth, res) if res else None for name, res in systems}
    rows = []
    for kind in KINDS:
        for name, _ in systems:
            r = table[name][kind] if table[name] else [None] * 6
            rows.append([name, kind] + r)
    rep.table('recall / precision / latency per query kind',
              ['system', 'kind', 'queries w/ hits', 'recall', 'precision', 'p50 ms', 'p95 ms', 'p99 ms'], rows,
              {'p50 ms': '.2f', 'p95 ms': '.2f', 'p99 ms': '.2f'})
    ratios = []
    f, x, g = table[systems[0][0]], table[systems[1][0]], table['gleaner']
    for kind in KINDS:
        ratios.append([kind, g and f and g[kind][1] - f[kind][1],
                       g and f and f[kind][1] and C.ratio(f[kind][3], g[kind][3]) or None,  # n/a when MATCH finds nothing
                       g and x and C.ratio(x[kind][3], g[kind][3]), g and x and C.ratio(x[kind][5], g[kind][5])])
    rep.table('gleaner vs fts5 trigram', ['kind', 'recall margin vs MATCH', 'p50 speed-up vs MATCH',
                                          'p50 speed-up vs MATCH+instr', 'p99 speed-up vs MATCH+instr'], ratios,
              {'recall margin vs MATCH': '+.3f', 'p50 speed-up vs MATCH': '.2f', 'p50 speed-up vs MATCH+instr': '.2f',
               'p99 speed-up vs MATCH+instr': '.2f'})
    gsize = None
    if ing is not None and ing.ok:
        gsize = sum(os.path.getsize(f'{d / "gleaner.sqlite"}{e}') for e in ('', '-wal')
                    if os.path.exists(f'{d / "gleaner.sqlite"}{e}')) / 1e6
    rep.table('index build', ['system', 'seconds', 'docs/s', 'size MB'], [
        ['fts5 trigram (executemany, one transaction)', build, len(docs) / build, fsize],
        ['gleaner ingest (process wall)', ing and ing.ok and ing.wall or None,
         ing and ing.ok and len(docs) / ing.wall or None, gsize]], {'docs/s': ',.0f', 'size MB': '.1f'})
    rep.note('recall = mean over queries with >=1 true hit; precision = mean over queries returning >=1 id. '
             'fts5 latency = perf_counter around execute + fetching all rowids (Python); gleaner latency = its '
             'ids_elapsed_ms (every matching id, unranked, like the baseline); "top 10 by BM25 + count" is the '
             'ranked first page and the total, what `gleaner search` shows a reader. Trigram MATCH cannot match parts shorter than 3 characters (and SQLite 3.40 trigram LIKE '
             'returns no rows for them either), hence the instr() scan variant.')
    rep.finish()


if __name__ == '__main__':
    main()
