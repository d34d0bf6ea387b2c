import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildBundle } from '../../src/ingest/buildBundle';
import { checkSources } from '../../src/ingest/checkSources';
import { bundleSchema, type EventDate } from '../../src/data/bundleSchema';
import { loadKnowledge, loadSeedTexts, seedText } from '../seedFixtures';
import { EVAL_DIR } from './evalFixtures';

const knowledge = loadKnowledge();
// Text built from pieces of real articles, dates and odd characters, so the extractors see
// plenty of what they look for, in every order.
const pieces = [
  ...seedText('002')
    .split(/(?<=[.,”"])\s/)
    .slice(0, 40),
  'DUSHANBE, 24.06.2021 (NIAT Khovar) –',
  'Yesterday,',
  'On September 4-5,',
  '“',
  '”',
  '"',
  'Mr. Alimov said',
  '\u00a0',
  '\n\n',
  '31.02.2020',
  '<script>alert(1)</script>',
  '🙂',
  '\u0000',
];
const articleArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(' ')),
);

describe('the ingest on any text', () => {
  it('never throws, and every offset it returns lies in the text and slices what it claims', () => {
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 3 }), (texts) => {
        const { bundle } = buildBundle(
          texts.map((text, i) => ({ id: `doc-${i}`, text })),
          knowledge,
        );
        expect(bundleSchema.safeParse(bundle).success).toBe(true);
        const docs = new Map(bundle.documents.map((d) => [d.id, d]));
        for (const m of bundle.mentions) {
          const d = docs.get(m.documentId)!;
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(d.text.length);
        }
        for (const e of bundle.events)
          for (const s of e.sources)
            for (const ev of s.evidence) expect(docs.get(s.documentId)!.text.slice(ev.start, ev.end)).toBe(ev.text);
        for (const d of bundle.documents) {
          for (const q of d.quotes) expect(d.text.slice(q.start, q.end)).toBe(q.text);
          for (const f of d.figures) expect(d.text.slice(f.start, f.end)).toBe(f.text);
          for (const p of d.paragraphs) expect(p.end).toBeLessThanOrEqual(d.text.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('checkSources never throws on any bytes and explains every rejection', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { accepted, rejected } = checkSources([{ name: 'x.txt', bytes }]);
        expect(accepted.length + rejected.length).toBe(1);
        for (const r of rejected) expect(r.message.length).toBeGreaterThan(5);
      }),
    );
  });
});

// Real reports cut, shuffled and joined: the datelines, stamps, ranges and year-less dates the
// ingest reads, in orders and company no article has. Every annotated report and every seed is
// used, so the fuzz sees all the ways of writing a date the real texts have.
const realLines = [
  ...readdirSync(join(EVAL_DIR, 'articles')).map((f) => readFileSync(join(EVAL_DIR, 'articles', f), 'utf8')),
  ...loadSeedTexts().map((d) => d.text),
]
  .flatMap((t) => t.split(/\n/))
  .filter((l) => l.trim().length > 0);
// Words chrono reads as certain dates though the text gives no day, month or year (issue 22):
// spans of time from an unknown now, two-digit years, days counted from other days.
const trouble = [
  'within 3 days',
  'in a week',
  'in a few days',
  'tonight',
  'in 2 hours',
  'in the coming days',
  'on 5 March 99',
  '05.03.99',
  'two days after 5 March 2021',
  '3 days before March 5',
  '12 May 2020 - 2 days',
  'a week after June 3',
  'on 12.05.21',
  'March 99',
  'DUSHANBE, 24.06.21 (NIAT Khovar) –',
  'yesterday',
  'on Friday',
  'next year',
  '2019',
  'on 18-19 October 2022',
  'September 16-17, 2021',
];
const lineArb = fc.constantFrom(...realLines);
const mutatedArb = fc
  .array(
    fc.oneof(
      lineArb,
      lineArb.chain((l) => fc.nat(l.length).map((cut) => l.slice(cut))),
      // A phrase dropped into the middle of a real sentence, where the event sentence may take it.
      fc
        .tuple(lineArb, fc.nat(), fc.constantFrom(...trouble))
        .map(([l, at, w]) => `${l.slice(0, at % (l.length + 1))} ${w} ${l.slice(at % (l.length + 1))}`),
      // A real line with its years cut to two digits: "5 March 2021" becomes "5 March 21".
      lineArb.map((l) => l.replace(/\b(?:19|20)(\d{2})\b/g, '$1')),
      fc.constantFrom('\n', '\n\n', ' – ', '(', ')', '\u00a0', ...trouble),
    ),
    { minLength: 1, maxLength: 25 },
  )
  .map((parts) => parts.join('\n'));

const MONTH_WORDS = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (m, i) => [[m, i + 1] as const, [m.slice(0, 3), i + 1] as const, ...(m === 'september' ? [['sept', 9] as const] : [])],
  ),
);
const RUSSIAN_MONTHS = [/^янв/, /^фев/, /^мар/, /^апр/, /^ма[йя]$/, /^июн/, /^июл/, /^авг/, /^сен/, /^окт/, /^ноя/, /^дек/];
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

/** A written word of a date: a day or month number, a four-digit year, or a month name. */
interface DateWord {
  kind: 'number' | 'year' | 'month';
  value: number;
}

/** The date words of a piece of text in order; a clock time ("10:00") writes no day. */
function dateWords(words: string): DateWord[] {
  const out: DateWord[] = [];
  for (const m of words.replace(/\d{1,2}:\d{2}/g, ' ').matchAll(/(\d+)(?:st|nd|rd|th)?|((?:twenty|thirty)[-\s]?[a-z]+|[a-zа-яё]+)/giu)) {
    if (m[1]?.length === 4) out.push({ kind: 'year', value: Number(m[1]) });
    else if (m[1] && m[1].length <= 2) out.push({ kind: 'number', value: Number(m[1]) });
    if (!m[2]) continue;
    const w = m[2].toLowerCase();
    const month = MONTH_WORDS.get(w) ?? (RUSSIAN_MONTHS.findIndex((r) => r.test(w)) + 1 || undefined);
    if (month) out.push({ kind: 'month', value: month });
    // "fifth", "twenty-first", "thirtieth": a day written as a word.
    const tens = /^twenty/.test(w) ? 20 : /^thirty/.test(w) ? 30 : 0;
    const unit = w.replace(/^(?:twenty|thirty)[-\s]?/, '');
    const day = w === 'twentieth' ? 20 : w === 'thirtieth' ? 30 : ORDINAL_WORDS.includes(unit) ? tens + ORDINAL_WORDS.indexOf(unit) + 1 : 0;
    if (day > 0) out.push({ kind: 'number', value: day });
  }
  return out;
}

/**
 * True when a piece of text writes every part of a date it is said to state: the four-digit
 * year, the month by name or number, and the day by number; a range's first day comes before
 * its last ("18-19 October 2022", "September 16-17, 2021", "May 30-June 1, 2019").
 */
function writesDate(words: string, date: EventDate): boolean {
  const found = dateWords(words);
  const named = found.some((w) => w.kind === 'month');
  const at = (kind: DateWord['kind'], value: number, from = 0) =>
    found.findIndex((w, i) => i >= from && w.kind === kind && w.value === value);
  const writes = (iso: string, last: boolean): number => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    if (at('year', y) < 0) return -1;
    if (date.precision === 'year') return 0;
    const month = named ? at('month', m) : at('number', m);
    if (month < 0) return -1;
    if (date.precision === 'month') return 0;
    // The day is a number other than the one that wrote the month in "05.03.2021"; the last
    // day of a range is the last number that writes it, the first the first.
    const days = found.flatMap((w, i) => (w.kind === 'number' && w.value === d && (named || i !== month) ? [i] : []));
    return days.length === 0 ? -1 : last ? days[days.length - 1]! : days[0]!;
  };
  const first = writes(date.start, false);
  if (first < 0) return false;
  if (!date.end) return true;
  const last = writes(date.end, true);
  return last >= 0 && (date.precision !== 'day' || last > first);
}

describe('the ingest on mutated real reports', () => {
  it('never throws, slices every offset exactly, and calls a date stated only when its words are in the text', () => {
    fc.assert(
      fc.property(mutatedArb, (text) => {
        const { bundle } = buildBundle([{ id: 'doc', text }], knowledge, undefined, { fallbackYear: 2026 });
        expect(bundleSchema.safeParse(bundle).success).toBe(true);
        for (const m of bundle.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThanOrEqual(m.end);
          expect(m.end).toBeLessThanOrEqual(text.length);
        }
        for (const e of bundle.events) {
          for (const s of e.sources) for (const ev of s.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
          for (const ev of e.date.evidence ?? []) {
            expect(ev.start).toBeGreaterThanOrEqual(0);
            expect(text.slice(ev.start, ev.end)).toBe(ev.text);
          }
          if (e.date.basis !== 'stated') continue;
          // A stated date's words are in the text: one piece of its evidence writes its day,
          // month and year (the words themselves, or a dateline giving that very day in full).
          expect(e.date.asStated).toBe(e.date.evidence?.[0]?.text);
          const writing = (e.date.evidence ?? []).some((ev) => writesDate(ev.text, e.date));
          expect(
            writing,
            `${e.date.start}${e.date.end ? `..${e.date.end}` : ''} (${e.date.precision}) stated from ${JSON.stringify(e.date.evidence?.map((ev) => ev.text))}`,
          ).toBe(true);
        }
        // A report of a meeting is never dropped.
        expect(bundle.events.some((e) => e.sources.some((s) => s.role === 'primary'))).toBe(true);
      }),
      // A fixed seed keeps CI reproducible; change it locally to explore other texts. At least
      // 2,000 texts, as issue 22 asks, within the few seconds a unit test may take.
      { numRuns: 2000, seed: 20261202 },
    );
    // The 2,000 texts take 8-10 s on two cores (issue 22 allows the file 30 s); the timeout
    // leaves room for a machine busy with other work, so that load alone never fails the test.
  }, 60_000);
});
