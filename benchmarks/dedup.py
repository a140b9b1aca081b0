#!/usr/bin/env python3
"""Near-duplicate detection: Gleaner vs datasketch MinHashLSH and rensa, same documents.

Data: ../shared/benchmarks/dedup/gen_neardup.py --seed S --docs N --dup-frac 0.3 (default seed 11,
20,000 docs) into <repo>/.bench-data/dedup/. Peers: MinHash (128 permutations) over character
5-gram shingles of each document's full text; LSH candidate pairs kept when the estimated Jaccard
>= threshold; predicted clusters = connected components. Scoring per the dedup README: P/R/F1 over
all pairs inside predicted clusters vs true clusters; per-op recall = share of (dup, base) pairs found.
"""
import json
import os
import time
from collections import defaultdict
from itertools import combinations

import common as C

SRC = C.SHARED / 'benchmarks' / 'dedup'
NUM_PERM = 128


def shingles(text, k=5):
    return {text[i:i + k] for i in range(max(1, len(text) - k + 1))}


def components(ids, edges):
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups = defaultdict(list)
    for i in ids:
        groups[find(i)].append(i)
    return list(groups.values())


def pairs_of(clusters):
    out = set()
    for c in clusters:
        if len(c) > 1:
            out.update(tuple(sorted(p)) for p in combinations(c, 2))
    return out


def score(pred, true_pairs, truth):
    tp = len(pred & true_pairs)
    P = tp / len(pred) if pred else 0.0
    R = tp / len(true_pairs) if true_pairs else 0.0
    per_op = defaultdict(lambda: [0, 0])
    for t in truth:
        if t['id'] != t['base']:
            found = tuple(sorted((t['id'], t['base']))) in pred
            for op in {o.split(':')[0] for o in t['ops']}:
                per_op[op][0] += 1
                per_op[op][1] += found
    return P, R, (2 * P * R / (P + R) if P + R else 0.0), len(pred), {k: v[1] / v[0] for k, v in per_op.items()}


def best_bands(threshold):
    """Band count (dividing NUM_PERM) whose LSH threshold (1/b)^(1/r) is the largest not above `threshold`."""
    cands = [(((1 / b) ** (b / NUM_PERM)), b) for b in range(1, NUM_PERM + 1) if NUM_PERM % b == 0]
    below = [c for c in cands if c[0] <= threshold]
    return max(below)[1] if below else NUM_PERM


def sign_datasketch(ds, docs):
    sigs = []
    for d in docs:
        m = ds.MinHash(num_perm=NUM_PERM)
        m.update_batch([s.encode('utf-8') for s in shingles(d['text'])])
        sigs.append(m)
    return sigs


def cluster_datasketch(ds, docs, sigs, threshold):
    lsh = ds.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for d, m in zip(docs, sigs):
        lsh.insert(d['id'], m)
    idx = {d['id']: m for d, m in zip(docs, sigs)}
    edges = [(d['id'], k) for d, m in zip(docs, sigs) for k in lsh.query(m)
             if k != d['id'] and m.jaccard(idx[k]) >= threshold]
    return components([d['id'] for d in docs], edges)


def sign_rensa(rensa, docs):
    sigs = []
    for d in docs:
        m = rensa.RMinHash(num_perm=NUM_PERM, seed=42)
        m.update(list(shingles(d['text'])))
        sigs.append(m)
    return sigs


def cluster_rensa(rensa, docs, sigs, threshold):
    lsh = rensa.RMinHashLSH(threshold=threshold, num_perm=NUM_PERM, num_bands=best_bands(threshold))
    for i, m in enumerate(sigs):
        lsh.insert(i, m)
    edges = [(docs[i]['id'], docs[k]['id']) for i, m in enumerate(sigs) for k in lsh.query(m)
             if k != i and m.jaccard(sigs[k]) >= threshold]
    return components([d['id'] for d in docs], edges)


def run_peer(sign, cluster, mod, docs, thresholds):
    """{threshold: (clusters, sig wall s, sig CPU s, total s)}; signatures computed once."""
    c0, t0 = time.process_time(), time.perf_counter()
    sigs = sign(mod, docs)
    sig_wall, sig_cpu = time.perf_counter() - t0, time.process_time() - c0
    out = {}
    for t in thresholds:
        clusters, secs = C.timed(cluster, mod, docs, sigs, t)
        out[t] = (clusters, sig_wall, sig_cpu, sig_wall + secs)
    return out


def main():
    rep = C.Report('dedup', __doc__)
    rep.ap.add_argument('--seed', type=int, default=11)
    rep.ap.add_argument('--docs', type=int, default=20000)
    rep.ap.add_argument('--thresholds', default='0.3,0.5,0.7',
                        help='peer LSH/Jaccard thresholds (comma list; the README names none)')
    rep.parse()
    rep.header(['datasketch', 'rensa'])
    a = rep.args
    thresholds = [float(x) for x in a.thresholds.split(',') if x.strip()]
    d = C.data_dir('dedup', f'seed{a.seed}-{a.docs}')
    if not (d / 'docs.jsonl').exists() or not (d / 'truth.jsonl').exists():
        print(f'generating into {d} ...')
        C.run_python_script(SRC / 'gen_neardup.py', ['--seed', a.seed, '--docs', a.docs, '--dup-frac', 0.3,
                                                      '--out', d])
    docs, truth = C.read_jsonl(d / 'docs.jsonl'), C.read_jsonl(d / 'truth.jsonl')
    by_cluster = defaultdict(list)
    for t in truth:
        by_cluster[t['cluster']].append(t['id'])
    true_pairs = pairs_of(by_cluster.values())
    ndup = sum(t['id'] != t['base'] for t in truth)
    rep.note(f'gen_neardup.py --seed {a.seed} --docs {a.docs} --dup-frac 0.3: {len(docs)} docs, {ndup} dups, '
             f'{len(true_pairs)} true duplicate pairs; peer thresholds {thresholds} (the README names no value; rensa '
             f'bands {[best_bands(t) for t in thresholds]}), {NUM_PERM} permutations, char 5-gram shingles of the '
             f'whole text (boilerplate included)')
    results, peer_of = {}, {}
    for mod_name, label, sign, cluster in (
            ('datasketch', f'datasketch {C.version("datasketch")} MinHashLSH', sign_datasketch, cluster_datasketch),
            ('rensa', f'rensa {C.version("rensa")} RMinHash+RMinHashLSH', sign_rensa, cluster_rensa)):
        mod = C.peer(mod_name)
        if mod:
            by_t = run_peer(sign, cluster, mod, docs, thresholds)
            for t in thresholds:
                results[f'{label} t={t}'] = by_t[t]
                peer_of[f'{label} t={t}'] = label
    run = C.run_gleaner(['dedup', '--timings', d / 'docs.jsonl'])
    if run.ok:
        label = defaultdict(list)
        for o in run.jsonl():
            if 'id' in o:
                label[json_key(o.get('cluster'))].append(o['id'])
        seen = {i for c in label.values() for i in c}
        clusters = list(label.values()) + [[x['id']] for x in docs if x['id'] not in seen]
        # --timings prints {"documents","read","phases":{"countLines","sign","cluster"}} on stderr
        # (run.stderr: run.err holds only a warning, None on success).
        # The sign phase (body, fold, shingle, MinHash) is the step the peers' figures time; its
        # per-core rate is counted as if every core were busy all along (a lower bound).
        phases = next((json.loads(l) for l in reversed((run.stderr or b'').decode('utf-8', 'replace').splitlines()) if l.startswith('{')), None)
        results['gleaner (whole process)'] = (clusters, run.wall, run.cpu, run.wall)
        if phases:
            sign = phases['phases']['sign']
            results['gleaner'] = (clusters, sign, sign * (os.cpu_count() or 1), run.wall)
    else:
        C.say_gleaner_error(run.err)
        results['gleaner'] = None
    rows, op_rows, ops = [], [], sorted({o.split(':')[0] for t in truth for o in t['ops']})
    for name, r in results.items():
        if r is None:
            rows.append([name] + [None] * 7)
            op_rows.append([name] + [None] * len(ops))
            continue
        clusters, sig_wall, sig_cpu, total = r
        P, R, F, npred, per_op = score(pairs_of(clusters), true_pairs, truth)
        rows.append([name, P, R, F, npred, C.ratio(len(docs), sig_wall), C.ratio(len(docs), sig_cpu), total])
        op_rows.append([name] + [per_op.get(o) for o in ops])
    rep.table('pairs inside predicted clusters', ['system', 'P', 'R', 'F1', 'pred pairs', 'signatures/s (wall)',
                                                  'signatures/s per core', 'total s'], rows,
              {'signatures/s (wall)': ',.0f', 'signatures/s per core': ',.0f', 'total s': '.2f'})
    rep.table('recall per operation kind ((dup, base) pairs found)', ['system'] + ops, op_rows)
    best = {}  # each peer at its best-F1 threshold
    for r in rows:
        if r[0] in peer_of and r[3] is not None and (peer_of[r[0]] not in best or r[3] > best[peer_of[r[0]]][3]):
            best[peer_of[r[0]]] = r
    g = rows[-1]
    rep.table('gleaner vs each peer at its best-F1 threshold',
              ['peer', 'F1 margin (gleaner - peer)', 'recall margin', 'signatures/s per core ratio'],
              [[r[0], None if g[3] is None else g[3] - r[3], None if g[2] is None else g[2] - r[2],
                C.ratio(g[6], r[6])] for r in best.values()],
              {'F1 margin (gleaner - peer)': '+.3f', 'recall margin': '+.3f', 'signatures/s per core ratio': '.2f'})
    rep.note('peers: signatures/s = docs / seconds to shingle + MinHash every doc (single thread; per core = '
             'docs / process CPU seconds of that step); total s = signatures + LSH + clustering. gleaner: one '
             '`gleaner dedup --timings FILE` process; "gleaner" = its sign phase (body, fold, shingle, MinHash; '
             'per core = docs / (phase wall seconds x nproc), a lower bound), "gleaner (whole process)" = the whole '
             'job (read JSON, count lines, sign, cluster, write): docs / wall seconds, per core = docs / child CPU '
             'seconds.')
    rep.finish()


def json_key(v):
    return v if isinstance(v, (str, int, float)) else str(v)


if __name__ == '__main__':
    main()
