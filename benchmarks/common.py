"""Shared helpers for the Gleaner benchmark scripts.

Paths: the repo is this file's parent's parent; test data is read from <repo>/../shared (never
copied into the repo); generated data goes to <repo>/.bench-data/ (gitignored). The gleaner binary
is <repo>/.build/release/gleaner unless GLEANER_BIN is set; the scripts never build it.
"""
import argparse
import contextlib
import io
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO / '..' / 'shared').resolve()
BENCH_DATA = REPO / '.bench-data'
VENV_PY = REPO / '.venv-bench' / 'bin' / 'python'
NA = 'n/a'


def nproc():
    return len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()


def gleaner_bin():
    return Path(os.environ.get('GLEANER_BIN') or REPO / '.build' / 'release' / 'gleaner')


def data_dir(*parts):
    d = BENCH_DATA.joinpath(*parts)
    d.mkdir(parents=True, exist_ok=True)
    return d


# ---------------------------------------------------------------- peers

def peer(module):
    """Import a peer; return the module or None (its column then shows n/a)."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # some peers print banners at import (jionlp)
            return __import__(module, fromlist=['_'])
    except Exception as e:  # ImportError, or a peer that breaks at import time
        print(f'note: peer {module!r} unavailable: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ""}'
              f' (run benchmarks/setup.sh)', file=sys.stderr)
        return None


def version(dist):
    try:
        from importlib.metadata import version as v
        return v(dist)
    except Exception:
        return None


# ---------------------------------------------------------------- gleaner

class Run:
    """Result of one gleaner process: ok, stdout (bytes), err (first stderr line), wall and CPU seconds."""

    def __init__(self, ok, stdout=b'', stderr=b'', wall=None, cpu=None, err=None, code=None):
        self.ok, self.stdout, self.stderr, self.wall, self.cpu, self.err, self.code = \
            ok, stdout, stderr, wall, cpu, err, code

    def jsonl(self):
        """stdout parsed as JSON lines (unparseable lines skipped)."""
        out = []
        for line in self.stdout.decode('utf-8', 'replace').splitlines():
            line = line.strip()
            if line:
                try:
                    out.append(json.loads(line))
                except ValueError:
                    pass
        return out


def run_gleaner(args, stdin=None, timeout=3600, cwd=None, ok_codes=(0,)):
    """Run `gleaner ARGS`, feeding stdin (str or bytes), collecting stdout. Never raises.
    wall = perf_counter around the process; cpu = user+sys seconds of the child (getrusage).
    ok_codes: exit codes taken as success (gleaner ingest exits 1 when it skipped some input;
    the first stderr line is then kept in .err as a warning)."""
    exe = gleaner_bin()
    if not exe.exists():
        return Run(False, err=f'{exe} missing: run `swift build -c release` first (or set GLEANER_BIN)')
    if isinstance(stdin, str):
        stdin = stdin.encode('utf-8')
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        p = subprocess.run([str(exe), *map(str, args)], input=stdin if stdin is not None else b'',
                           capture_output=True, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired:
        return Run(False, err=f'timed out after {timeout} s')
    except OSError as e:
        return Run(False, err=f'cannot run {exe}: {e}')
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    lines = [l for l in p.stderr.decode('utf-8', 'replace').splitlines() if l.strip()]
    if p.returncode not in ok_codes:
        first = lines[0] if lines else f'exit code {p.returncode}, no stderr'
        return Run(False, p.stdout, p.stderr, wall, cpu, f'gleaner {args[0]}: {first}', p.returncode)
    warn = f'gleaner {args[0]} exit {p.returncode}: {lines[0] if lines else ""}' if p.returncode else None
    return Run(True, p.stdout, p.stderr, wall, cpu, warn, p.returncode)


_said = set()


def say_gleaner_error(err):
    """Print a gleaner failure once (its stderr's first line); the row then shows n/a."""
    key = err and ' '.join('<path>' if '/' in w else w for w in err.split())  # same failure, other file
    if err and key not in _said:
        _said.add(key)
        print(f'gleaner: {err}', file=sys.stdout)


def gleaner_version():
    r = run_gleaner(['--version'], timeout=30)
    return r.stdout.decode('utf-8', 'replace').strip().splitlines()[0] if r.ok and r.stdout.strip() else None


# ---------------------------------------------------------------- timing

def timed(fn, *a, **kw):
    """(result, seconds) of one call, by time.perf_counter."""
    t0 = time.perf_counter()
    r = fn(*a, **kw)
    return r, time.perf_counter() - t0


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100); None for no values."""
    v = sorted(x for x in values if x is not None)
    if not v:
        return None
    k = max(0, min(len(v) - 1, int(-(-p * len(v) // 100)) - 1))
    return v[k]


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def mean(xs):
    xs = [x for x in xs if x is not None]
    return sum(xs) / len(xs) if xs else None


# ---------------------------------------------------------------- output

def fmt(v, spec='.3f'):
    if v is None:
        return NA
    if isinstance(v, float):
        if v != v:
            return NA
        return format(v, spec)
    return str(v)


class Report:
    """Collects tables and notes; prints plain aligned text; writes JSON with --json."""

    def __init__(self, name, description):
        self.name = name
        self.ap = argparse.ArgumentParser(description=description)
        self.ap.add_argument('--json', metavar='OUT', help='also write the results as JSON to OUT')
        self.tables, self.notes = [], []

    def parse(self):
        self.args = self.ap.parse_args()
        return self.args

    def header(self, peers=()):
        cpu = ''
        try:
            for line in open('/proc/cpuinfo'):
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
        except OSError:
            pass
        exe = gleaner_bin()
        self.machine = {'nproc': nproc(), 'cpu': cpu, 'python': platform.python_version(),
                        'platform': platform.platform(), 'gleaner': str(exe),
                        'gleaner_version': gleaner_version() if exe.exists() else None,
                        'peers': {p: version(p) for p in peers}}
        print(f'# {self.name} — {time.strftime("%Y-%m-%d %H:%M:%S")}')
        print(f'# machine: nproc={self.machine["nproc"]}  cpu={cpu or "?"}  python {self.machine["python"]}')
        gv = self.machine['gleaner_version'] or ('MISSING: run `swift build -c release`' if not exe.exists() else '?')
        print(f'# gleaner: {exe} ({gv})')
        if peers:
            print('# peers: ' + '  '.join(f'{p} {v or NA}' for p, v in self.machine['peers'].items()))
        print()

    def note(self, text):
        self.notes.append(text)
        print(text)

    def table(self, title, columns, rows, specs=None):
        """rows: lists of values (None → n/a). specs: per-column format spec for floats."""
        specs = specs or {}
        cells = [[fmt(v, specs.get(c, '.3f')) for c, v in zip(columns, r)] for r in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        print(f'## {title}')
        num = [all(_numeric(r[i]) for r in cells) for i in range(len(columns))]
        line = lambda vals: '  '.join(v.rjust(w) if n else v.ljust(w) for v, w, n in zip(vals, widths, num)).rstrip()
        print(line(columns))
        print('  '.join('-' * w for w in widths))
        for r in cells:
            print(line(r))
        print()
        self.tables.append({'title': title, 'columns': columns,
                            'rows': [[None if isinstance(v, float) and v != v else v for v in r] for r in rows]})

    def finish(self):
        if getattr(self, 'args', None) and self.args.json:
            with open(self.args.json, 'w', encoding='utf-8') as f:
                json.dump({'benchmark': self.name, 'date': time.strftime('%Y-%m-%dT%H:%M:%S'),
                           'machine': getattr(self, 'machine', None), 'tables': self.tables, 'notes': self.notes},
                          f, ensure_ascii=False, indent=1, default=str)
            print(f'(json written to {self.args.json})')


def _numeric(s):
    if s == NA:
        return True
    try:
        float(s.rstrip('%x').replace(',', ''))
        return True
    except ValueError:
        return False


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def run_python_script(script, args):
    """Run a data generator from ../shared with the venv's python (it needs the peers' packages)."""
    py = str(VENV_PY) if VENV_PY.exists() else sys.executable
    p = subprocess.run([py, str(script), *map(str, args)], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f'{script} failed:\n{p.stderr[-2000:]}')
    return p.stderr.strip()
