#!/usr/bin/env python3
"""Date/number extraction: Gleaner vs Recognizers-Text (Python port) on ../shared/benchmarks/extract,
plus throughput on the Chinese seeds vs Recognizers-Text and JioNLP.

A case's expected spans come from text.find(expected.text) (README rule; searched left to right
from the previous match), with case-folded and NFKC fallbacks (the spec's surface is sometimes
normalised, e.g. full-width digits); an expectation still not found is matched by NFKC surface.
span match = the system's entities of that spec's family pair one-to-one with the expected ones
(no missing, no extra). value match = span match and
every resolved value matches (rules in value_ok()). Cases whose not_supported_in names python fail
in the reference port by design; the last column excludes them.
"""
import datetime
import json
import logging
import re
import time
import unicodedata
from collections import defaultdict

import common as C

EXT = C.SHARED / 'benchmarks' / 'extract'
FILES = {'datetime': 'recognizers-datetime-model.jsonl', 'datetime-extractor': 'recognizers-datetime-extractor.jsonl',
         'number': 'recognizers-number-model.jsonl', 'numberwithunit': 'recognizers-numberwithunit-model.jsonl'}
DEFAULT_REF = '2016-11-07T00:00:00'
CULTURE = {'zh': 'zh-cn', 'es': 'es-es', 'en': 'en-us'}
# Gleaner entity types counted for each spec family (others, e.g. places or headcounts, are ignored)
FAMILY_TYPES = {
    'datetime': {'date', 'time', 'datetime', 'daterange', 'timerange', 'datetimerange', 'duration', 'set'},
    'number': {'number'},  # gleaner extract --numbers
    'currency': {'currency', 'money'}, 'dimension': {'dimension', 'quantity', 'length', 'weight', 'area',
                                                     'volume', 'speed', 'information'},
    'age': {'age'}, 'temperature': {'temperature'},
}
UNIT_MODEL = {'CurrencyModel': 'currency', 'DimensionModel': 'dimension', 'AgeModel': 'age',
              'TemperatureModel': 'temperature'}


def nfkc(s):
    return unicodedata.normalize('NFKC', s or '')


def family_of(spec, case):
    if spec.startswith('datetime'):
        return 'datetime'
    if spec == 'number':
        return 'number'
    return UNIT_MODEL[case['id'].split('/')[1]]


def type_in_family(t, fam):
    t = (t or '').lower()
    t = t.split('.', 1)[1] if t.startswith('datetimev2.') else t
    return t in FAMILY_TYPES[fam]


def expected_spans(case):
    """[(span or None, NFKC surface, value)]: each expected surface searched left to right from the
    end of the previous one (then from the start), in the text, then case-folded, then NFKC."""
    text, norm, out, cur = case['text'], nfkc(case['text']), [], 0
    for e in case['expected']:
        s = -1
        hays = [(text, e['text']), (text.lower(), e['text'].lower())] + \
            ([(norm, nfkc(e['text']))] if len(norm) == len(text) else [])
        for hay, needle in hays:
            s = hay.find(needle, cur)
            s = hay.find(needle) if s < 0 else s
            if s >= 0:
                break
        if s >= 0:
            cur = s + len(e['text'])
        out.append(((s, s + len(e['text'])) if s >= 0 else None, nfkc(e['text']), e.get('value')))
    return out


def _num(v):
    if isinstance(v, dict):
        v = v.get('value')
    s = str(v)
    # Spanish values write a decimal comma (2,75; 1,232E+15): a comma before the last digits
    # with no point is that mark, not a thousands separator (both systems' values alike).
    if re.fullmatch(r'-?\d*,\d+(E[+-]?\d+)?', s):
        s = s.replace(',', '.')
    try:
        return float(s.replace(',', ''))
    except (TypeError, ValueError):
        return str(v)


def _rt_time(s):
    """gleaner's ISO date-time or time (2016-11-08T17:00, T17:00) as RT writes it (2016-11-08 17:00:00, 17:00:00)."""
    day, _, clock = s.partition('T')
    clock = clock + ':00' * (2 - clock.count(':'))
    return (day + ' ' + clock) if day else clock


def _as_resolution(got):
    """gleaner's date value in recognizers-text's shape: one day is a `value`, a span of days
    (a week, a month, a year, a range) `start` and an exclusive `end` (gleaner's end is the last
    day, RT's the day after); times and date-times as RT writes them; a duration's seconds as its
    value; a recurrence `not resolved`, as RT resolves sets. Gleaner gives one value where RT
    lists readings (a partial date's past and future year, an hour's a.m. and p.m.), which the
    judge accepts when it is one of them. Other values are left as they are."""
    if isinstance(got, dict) and 'seconds' in got:
        n = got['seconds']
        return {'value': str(int(n)) if float(n).is_integer() else str(n)}
    if isinstance(got, dict) and 'every' in got:
        return {'value': 'not resolved'}
    if not (isinstance(got, dict) and 'granularity' in got):
        return got
    s, e = got.get('start'), got.get('end')
    if got.get('unknown') and got.get('granularity') == 'day':
        return {'value': 'not resolved'}  # a day no calendar has (2月30日), as RT leaves it
    if (s is None) != (e is None) and not got.get('unknown'):
        # an open range (before 2010, since August): RT ends it where the date starts
        if 'T' in (s or e):  # a time or a date-time: the moment itself
            return {'end': _rt_time(e)} if e else {'start': _rt_time(s)}
        if e:
            return {'end': (datetime.date.fromisoformat(e) + datetime.timedelta(days=1)).isoformat()}
        return {'start': s}
    if isinstance(s, str) and isinstance(e, str) and 'T' in s:
        # gleaner resolves one reading (an hour said on a 12-hour clock is flagged twelveHour,
        # its value the morning one): one value, as for a partial date
        s, e = _rt_time(s), _rt_time(e)
        return {'value': s} if s == e else {'start': s, 'end': e}
    if not (isinstance(s, str) and isinstance(e, str) and len(s) == 10 and len(e) == 10 and s[0].isdigit()):
        return got
    if s == e:
        return {'value': s}
    if got.get('range'):
        # both ends said (10日到12日, 2016年至2018年): RT ends the range where the last unit said
        # begins (the 12th, 2018-01-01), gleaner at its last day
        g = got.get('granularity')
        return {'start': s, 'end': e[:4] + '-01-01' if g == 'year' else e[:7] + '-01' if g == 'month' else e}
    try:
        after = (datetime.date.fromisoformat(e) + datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return got
    return {'start': s, 'end': after}


def _res(d):
    return (d.get('value'), d.get('start'), d.get('end')) if isinstance(d, dict) else None


def value_ok(exp, got, spec):
    """number: numeric equality (dict {"value"} accepted); numberwithunit: value numerically + unit
    case-insensitively; datetime: resolutions compared on their resolved (value, start, end) only
    (timex spelling and flags such as isLunar ignored): a list must equal the spec's list as a set; a
    single dict matches if it equals one of them; a string matches one's value or timex."""
    if spec == 'datetime-extractor' or exp is None:
        return True
    if spec == 'number':
        return _num(exp) == _num(got)
    if spec == 'numberwithunit':
        # gleaner's money carries its amount in `number` and the currency's name in `currency`
        # (`unit` is the word as written); recognizers-text's in `value` and `unit`.
        if isinstance(got, dict) and 'number' in got:
            got = {'value': got.get('number'), 'unit': got.get('currency') or got.get('unit')}
        return isinstance(got, dict) and _num(exp.get('value')) == _num(got.get('value')) and \
            str(exp.get('unit', '')).lower() == str(got.get('unit', '')).lower()
    want = {_res(r) for r in exp}
    got = _as_resolution(got)
    if isinstance(got, list):
        return {_res(r) for r in got} == want
    if isinstance(got, dict):
        return _res(got) in want
    return isinstance(got, str) and any(got in (r.get('timex'), r.get('value')) for r in exp)


def judge(case, spec, ents):
    """(span_ok, value_ok) for one case; ents = [{"type","text","start","end","value"}]."""
    fam = family_of(spec, case)
    pred = [e for e in ents if type_in_family(e.get('type'), fam)]
    used, pairs = set(), []
    for span, text, val in expected_spans(case):
        hit = next((i for i, p in enumerate(pred) if i not in used and (
            (p.get('start'), p.get('end')) == span if span else nfkc(p.get('text')).lower() == text.lower())), None)
        if hit is None:
            return False, False
        used.add(hit)
        pairs.append((val, pred[hit].get('value')))
    if len(used) != len(pred):
        return False, False
    return True, all(value_ok(v, g, spec) for v, g in pairs)


class Recognizers:
    def __init__(self, mods):
        self.dt_mod, self.num_mod, self.unit_mod = mods
        self.cache = {}

    def model(self, lang, kind):
        k = (lang, kind)
        if k not in self.cache:
            c = CULTURE[lang]
            if kind == 'datetime':
                self.cache[k] = self.dt_mod.DateTimeRecognizer(c).get_datetime_model()
            elif kind == 'number':
                self.cache[k] = self.num_mod.NumberRecognizer(c).get_number_model()
            else:
                self.cache[k] = getattr(self.unit_mod.NumberWithUnitRecognizer(c), f'get_{kind}_model')()
        return self.cache[k]

    def run(self, lang, kind, text, ref=None):
        m = self.model(lang, kind)
        res = m.parse(text, ref) if kind == 'datetime' else m.parse(text)
        out = []
        for r in res:
            res_ = r.resolution or {}
            val = res_.get('values') if kind == 'datetime' else (res_.get('value') if kind == 'number' else res_)
            out.append({'type': r.type_name, 'text': r.text, 'start': r.start, 'end': r.end + 1,  # end is inclusive
                        'value': val})
        return out


def load_cases():
    out = []
    for spec, fn in FILES.items():
        out += [(spec, c) for c in C.read_jsonl(EXT / fn)]
    return out


def quality(rep, cases, rec):
    results = defaultdict(dict)  # system -> id -> (span, value)
    if rec:
        for spec, c in cases:
            ref = datetime.datetime.fromisoformat(c['reference_datetime'] or DEFAULT_REF)
            try:
                ents = rec.run(c['lang'], family_of(spec, c), c['text'], ref)
            except Exception:
                ents = []
            results['recognizers-text'][c['id']] = judge(c, spec, ents)
    recs = [{'id': c['id'], 'text': c['text'], 'published': c['reference_datetime'] or DEFAULT_REF, 'lang': c['lang']}
            for _, c in cases]
    run = C.run_gleaner(['extract', '--format', 'jsonl', '--numbers', '--units'], stdin=''.join(json.dumps(r, ensure_ascii=False) + '\n'
                                                                      for r in recs))
    if run.ok:
        got = {o['id']: o.get('entities') or [] for o in run.jsonl() if 'id' in o}
        for spec, c in cases:
            results['gleaner'][c['id']] = judge(c, spec, got.get(c['id'], []))
    else:
        C.say_gleaner_error(run.err)
    rows = []
    groups = defaultdict(list)
    for spec, c in cases:
        groups[(c['lang'], spec)].append(c)
    for (lang, spec), cs in sorted(groups.items()):
        sup = [c for c in cs if 'python' not in (c.get('not_supported_in') or '').lower()]
        for system in ('recognizers-text', 'gleaner'):
            r = results.get(system)
            pct = lambda sel, k: 100.0 * sum(r[c['id']][k] for c in sel) / len(sel) if r and sel else None
            rows.append([system, lang, spec, len(cs), len(cs) - len(sup), pct(cs, 0),
                         None if spec == 'datetime-extractor' else pct(cs, 1),
                         pct(sup, 0), None if spec == 'datetime-extractor' else pct(sup, 1)])
    rep.table('share of cases matching the spec', ['system', 'lang', 'spec', 'cases', 'not in python port',
                                                   'span %', 'value %', 'span % (py-supported)',
                                                   'value % (py-supported)'], rows, {
        'span %': '.1f', 'value %': '.1f', 'span % (py-supported)': '.1f', 'value % (py-supported)': '.1f'})


def throughput(rep, rec, reps):
    seeds = sorted((C.SHARED / 'seeds').glob('*.txt'))
    zh = [p.read_text(encoding='utf-8', errors='replace') for p in seeds if p.name[:3] in ('000', '001', '003', '004')]
    docs = zh * reps
    kb = sum(len(d.encode()) for d in docs) / 1e3
    rows = []
    if rec:
        kinds = ['datetime', 'number', 'currency', 'dimension', 'age', 'temperature']
        for k in kinds:
            rec.run('zh', k, zh[0], datetime.datetime(2024, 4, 1))  # warm-up: load the models
        _, secs = C.timed(lambda: [rec.run('zh', k, d, datetime.datetime(2024, 4, 1)) for d in docs for k in kinds])
        rows.append(['recognizers-text (datetime+number+currency+dimension+age+temperature)', len(docs) / secs])
    else:
        rows.append(['recognizers-text', None])
    jio = C.peer('jionlp')
    if jio:
        logging.disable(logging.CRITICAL)  # jionlp logs tracebacks for strings it cannot parse
        base = time.time()
        fn = lambda d: (jio.ner.extract_time(d, time_base=base), jio.ner.extract_money(d), jio.recognize_location(d))
        fn(zh[0])  # warm-up: lexicons load on first call (~12 s)
        _, secs = C.timed(lambda: [fn(d) for d in docs])
        logging.disable(logging.NOTSET)
        rows.append([f'JioNLP {C.version("jionlp")} (extract_time+extract_money+recognize_location)', len(docs) / secs])
    else:
        rows.append(['JioNLP', None])
    data = ''.join(json.dumps({'id': f's{i}', 'text': d, 'published': '2024-04-01T00:00:00'}, ensure_ascii=False)
                   + '\n' for i, d in enumerate(docs))
    run = C.run_gleaner(['extract', '--format', 'jsonl'], stdin=data)
    C.say_gleaner_error(run.err)
    g = len(docs) / run.wall if run.ok else None
    rows.append(['gleaner extract (one process, start-up included)', g])
    rows = [r + [C.ratio(g, r[1]) if not r[0].startswith('gleaner') else None] for r in rows]
    rep.table(f'throughput on the Chinese seeds 000/001/003/004 x{reps} ({len(docs)} docs, {kb:.0f} kB)',
              ['system', 'docs/s', 'gleaner / system'], rows, {'docs/s': '.1f', 'gleaner / system': '.2f'})


SEED_PUBLISHED = {'000': '2017-03-28', '001': '2016-03-01', '002': '2016-04-20', '003': '2024-04-01', '004': '2022-03-28'}
SEED_LANG = {'000': 'zh-Hant', '001': 'zh-Hant', '002': 'es', '003': 'zh-Hans', '004': 'zh-Hans'}


def _repaired(s):
    """社區(qū) → 社區, backticks dropped: the fixture's surfaces, as SeedFixtureTests compares them."""
    s = re.sub(r'(?<=[\u3400-\u9fff])\([a-z\u00e0-\u01dc]{1,7}\)', '', s)
    return s.replace('`', '')


def _days(a, b):
    return f'{(a or "?")[:10]}/{(b or "?")[:10]}'


def seeds(rep, rec):
    """Dates and places on the five seeds against their hand-annotated entities
    (Tests/GleanerExtractTests/Fixtures/seeds-entities.tsv), per seed language: gleaner (release
    build) beside JioNLP's extract_time and recognizers-text's DateTimeModel on the same texts.
    A prediction matches a gold entity of its type with the same surface (ruby-pinyin removed,
    case folded: recognizers-text gives its texts in lower case);
    a date's value is right when its first and last days are."""
    gold = defaultdict(list)
    for line in (C.REPO / 'Tests/GleanerExtractTests/Fixtures/seeds-entities.tsv').read_text(encoding='utf-8').splitlines()[2:]:
        f = line.split('\t')
        if len(f) >= 4:
            gold[f[0]].append((f[1], f[2], f[3]))
    texts = {p.name[:3]: p.read_text(encoding='utf-8') for p in sorted((C.REPO / 'corpora' / 'seeds').glob('*.txt'))}
    data = ''.join(json.dumps({'id': k, 'text': v, 'published': SEED_PUBLISHED[k]}, ensure_ascii=False) + '\n' for k, v in texts.items())
    run = C.run_gleaner(['extract', '--format', 'jsonl'], stdin=data)
    C.say_gleaner_error(run.err)
    got = {}
    if run.ok:
        for l in run.stdout.decode().splitlines():
            r = json.loads(l)
            got[r['id']] = [(e['type'], e['text'], _days(e['value'].get('start'), e['value'].get('end')) if e['type'] == 'date' and not e['value'].get('unknown')
                             else 'unknown' if e['type'] == 'date' else (e['value'].get('id') or '-') if e['type'] == 'place' else '')
                            for e in r['entities']]
    peers = {'gleaner': got}
    jio = C.peer('jionlp')
    if jio:
        logging.disable(logging.CRITICAL)
        out = {}
        for k, v in texts.items():
            base = time.mktime(datetime.datetime.fromisoformat(SEED_PUBLISHED[k]).timetuple())
            try:
                res = jio.ner.extract_time(v, time_base=base)
            except Exception:
                res = []
            out[k] = [('date', r['text'], _days(*(r['detail'].get('time') or [None, None])[:2]) if isinstance(r['detail'].get('time'), list) else '?')
                      for r in res]
        logging.disable(logging.NOTSET)
        peers[f'JioNLP {C.version("jionlp")} extract_time'] = out
    if rec:
        out = {}
        for k, v in texts.items():
            lang = 'es' if SEED_LANG[k] == 'es' else 'zh'
            # line by line: on a whole page the port returns nothing for seed 002
            ref = datetime.datetime.fromisoformat(SEED_PUBLISHED[k])
            res = [r for line in v.split('\n') if line.strip() for r in rec.run(lang, 'datetime', line, ref)]
            preds = []
            for r in res:
                vals = r['value'] or [{}]
                v0 = vals[-1]
                preds.append(('date', r['text'], _days(v0.get('start') or v0.get('value'), v0.get('end') or v0.get('value'))))
            out[k] = preds
        peers['recognizers-text DateTimeModel'] = out
    rows = []
    for name, pred in peers.items():
        for typ in (['date', 'place'] if name == 'gleaner' else ['date']):
            for lang in ('zh-Hans', 'zh-Hant', 'es'):
                tp = fp = fn = ok = 0
                for k in (k for k in texts if SEED_LANG[k] == lang):
                    left = [p for p in pred.get(k, []) if p[0] == typ]
                    for gt, gs, gv in (g for g in gold[k] if g[0] == typ):
                        hit = next((i for i, p in enumerate(left) if _repaired(p[1]).lower() == gs.lower()), None)
                        if hit is None:
                            fn += 1
                            continue
                        tp += 1
                        # (a place below the gazetteer has no id: "-" in the fixture)
                        ok += left[hit][2] == gv or gv == '-' or (typ == 'date' and gv.endswith('T'))
                        left.pop(hit)
                    fp += len(left)
                if tp + fn == 0:
                    continue
                rows.append([name, typ, lang, tp + fn, tp / max(1, tp + fp), tp / (tp + fn), ok / max(1, tp + fn)])
    rep.table('the seeds: dates and places against the hand-annotated fixture',
              ['system', 'type', 'language', 'gold', 'P', 'R', 'right value / gold'], rows,
              {'P': '.2f', 'R': '.2f', 'right value / gold': '.2f'})


def main():
    rep = C.Report('entities', __doc__)
    rep.ap.add_argument('--reps', type=int, default=25, help='seed repetitions for throughput')
    rep.ap.add_argument('--skip-throughput', action='store_true')
    rep.ap.add_argument('--skip-quality', action='store_true', help='throughput only')
    rep.parse()
    rep.header(['recognizers-text-suite', 'jionlp'])
    mods = [C.peer(m) for m in ('recognizers_date_time', 'recognizers_number', 'recognizers_number_with_unit')]
    rec = Recognizers(mods) if all(mods) else None
    if not rep.args.skip_quality:
        seeds(rep, rec)
        quality(rep, load_cases(), rec)
    rep.note('recognizers-text: the Python port, the model for the spec family (DateTimeModel for the extractor '
             'specs too, spans only); gleaner: one `gleaner extract --format jsonl` process, entities filtered to '
             'the spec family by type (FAMILY_TYPES). published = reference_datetime or 2016-11-07T00:00:00.')
    if not rep.args.skip_throughput:
        throughput(rep, rec, rep.args.reps)
    rep.finish()


if __name__ == '__main__':
    main()
