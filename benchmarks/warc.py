#!/usr/bin/env python3
"""WARC/ARC reading: record counts by type per file, warcio vs `gleaner ingest --summary-json`.

Every file under ../shared/corpora/warc/ (README.md excepted). warcio: ArchiveIterator(arc2warc=True,
so ARC records count as warcinfo/response like WARC ones), every record's payload read through
content_stream() (decodes chunked / gzip / brotli). A file is "unreadable" by warcio when iteration
raises before the end; counts up to that point are kept.
"""
import contextlib
import io
import os
import tempfile
from collections import Counter

import common as C

WARC = C.SHARED / 'corpora' / 'warc'


def warcio_counts(wa, path):
    """(counts by type, payload errors, warnings printed by warcio, error that stopped iteration)"""
    counts, payload_err, err, warn = Counter(), 0, None, io.StringIO()
    with contextlib.redirect_stderr(warn):
        err = _iterate(wa, path, counts)
    return counts, payload_err + err[1], warn.getvalue().count('WARNING'), err[0]


def _iterate(wa, path, counts):
    payload_err, err = 0, None
    try:
        with open(path, 'rb') as f:
            for rec in wa.ArchiveIterator(f, arc2warc=True):
                counts[rec.rec_type] += 1
                try:
                    rec.content_stream().read()
                except Exception:
                    payload_err += 1
    except Exception as e:
        err = f'{type(e).__name__}: {str(e).splitlines()[0][:80] if str(e).strip() else "(no message)"}'
    return err, payload_err


def gleaner_counts(path, tmp):
    arch = os.path.join(tmp, 'a.sqlite')
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    run = C.run_gleaner(['ingest', '--archive', arch, '--report', os.path.join(tmp, 'R.jsonl'), '--summary-json',
                         path], timeout=600, ok_codes=(0, 1))  # 1 = some input skipped: still a summary
    summary = next((o for o in reversed(run.jsonl()) if isinstance(o, dict)), None)
    if summary is None:
        return None, (run.err if not run.ok else None) or 'gleaner ingest: no summary JSON object on stdout', run
    by_type = summary.get('records') if isinstance(summary.get('records'), dict) else summary.get('recordsByType')
    if not isinstance(by_type, dict):
        return summary, 'gleaner ingest --summary-json: no records-by-type object ("records": {"response": n, ...}) ' \
                        f'got keys {",".join(sorted(summary))}', run
    return dict(summary, records=by_type), None, run


def fmt_counts(c):
    return ' '.join(f'{k}:{v}' for k, v in sorted(c.items()) if v) or '-'


def main():
    rep = C.Report('warc', __doc__)
    rep.parse()
    rep.header(['warcio'])
    wa = C.peer('warcio.archiveiterator')
    files = sorted(p for p in WARC.rglob('*') if p.is_file() and p.name != 'README.md')
    rows, unreadable, agree, compared = [], [], 0, 0
    wsecs = gsecs = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for p in files:
            rel = str(p.relative_to(WARC))
            wc = perr = werr = nwarn = None
            if wa:
                (wc, perr, nwarn, werr), s = C.timed(warcio_counts, wa, p)
                wsecs += s
                if werr:
                    unreadable.append((rel, werr))
            gs, gerr, run = gleaner_counts(str(p), tmp)
            C.say_gleaner_error(gerr)
            gc = Counter({k: v for k, v in gs['records'].items() if isinstance(v, int)}) if gs and not gerr else None
            if gs and run.wall:
                gsecs += run.wall
            same = None
            if wc is not None and gc is not None:
                compared += 1
                same = +wc == +gc
                agree += same
            rows.append([rel, os.path.getsize(p), fmt_counts(wc) if wc is not None else None, perr, nwarn,
                         'yes' if wa and not werr else ('NO' if wa else None),
                         fmt_counts(gc) if gc is not None else None,
                         gs.get('skipped') if gs else None, gs.get('failed') if gs else None,
                         None if same is None else ('same' if same else 'DIFF')])
    rep.table('records by type per file', ['file', 'bytes', 'warcio records', 'payload errors', 'warnings',
                                           'read to end', 'gleaner records', 'gleaner skipped',
                                           'gleaner failed', 'agree'], rows)
    rep.note(f'{len(files)} files; warcio could not read to the end: {len(unreadable)}')
    for rel, e in unreadable:
        print(f'  {rel}: {e}')
    rep.note(f'agreement (identical counts by type): {agree}/{compared} files compared')
    rep.note(f'total seconds: warcio {wsecs:.2f} (iterate + read payloads), gleaner {gsecs:.2f} '
             f'(full ingest into an archive; one process per file; not a like-for-like speed figure)')
    rep.finish()


if __name__ == '__main__':
    main()
