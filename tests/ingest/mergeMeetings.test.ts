import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/ingest/buildBundle';
import { isDisputed, splitReport } from '../../src/data/eventReports';
import { bundleSchema } from '../../src/data/bundleSchema';
import { isBundleShape } from '../../src/data/bundleShape';
import { loadKnowledge, seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';
import type { MeetingEdit } from '../../src/data/knowledgeSchema';

const knowledge = loadKnowledge();
const build = (texts: Record<string, string>, meetingEdits: MeetingEdit[] = []) =>
  buildBundle(
    Object.entries(texts).map(([id, text]) => ({ id, text })),
    { ...knowledge, meetingEdits },
    undefined,
    { fallbackYear: 2026 },
  );
const primaryOf = (bundle: ReturnType<typeof build>['bundle'], id: string) =>
  bundle.events.find((e) => e.sources.some((s) => s.documentId === id && s.role === 'primary'))!;

/** A short report of a meeting, in the shape real datelined reports have. */
const report = (city: string, dateline: string, body: string) =>
  [`${body.split('.')[0]}`, `${city.toUpperCase()}, ${dateline} – ${body}`].join('\n');

describe('merging reports of one meeting', () => {
  it('joins two publishers’ reports of the 2019 Bishkek SCO summit, with the reason', () => {
    const { bundle, review } = build({ c01: evalText('c01_'), c02: evalText('c02_') });
    const a = primaryOf(bundle, 'c01');
    expect(primaryOf(bundle, 'c02')).toBe(a);
    expect(a.sources.map((s) => s.documentId).sort()).toEqual(['c01', 'c02']);
    expect(a.reports).toHaveLength(2);
    expect(a.reports![1]!.reason).toMatch(/same place \(Bishkek\); 2019-06-14 in both/);
    expect(review.some((r) => r.documentId === 'c02' && /^same meeting as/.test(r.message))).toBe(true);
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    expect(isBundleShape(bundle)).toBe(true);
  });

  it('keeps an SCO and a CSTO meeting of security council secretaries in one city and month apart', () => {
    const { bundle } = build({
      sco: report(
        'Dushanbe',
        '24.06.2021',
        'On 23 June 2021 the meeting of the secretaries of the security councils of the SCO member states was held in Dushanbe.',
      ),
      csto: report(
        'Dushanbe',
        '26.06.2021',
        'On 25 June 2021 the meeting of the Committee of Secretaries of Security Councils of the CSTO was held in Dushanbe.',
      ),
    });
    expect(primaryOf(bundle, 'sco')).not.toBe(primaryOf(bundle, 'csto'));
  });

  it('keeps two SCO summits in one city a year apart, and a plan from a different later session', () => {
    const { bundle } = build({
      y1: report('Bishkek', '14.06.2019', 'On 14 June 2019 the SCO summit was held in Bishkek.'),
      y2: report('Bishkek', '14.06.2020', 'On 14 June 2020 the SCO summit was held in Bishkek.'),
      plan: report('Bishkek', '10.06.2019', 'The SCO foreign ministers will meet in Bishkek on 13 June 2019, ahead of the summit.'),
    });
    const ids = new Set(['y1', 'y2', 'plan'].map((d) => primaryOf(bundle, d).id));
    expect(ids.size).toBe(3);
  });

  it('joins reports a day apart when they share the meeting’s words, and marks the date disputed', () => {
    const { bundle } = build({
      a: report('Astana', '04.07.2024', 'On 4 July 2024 the summit of the Shanghai Cooperation Organisation was held in Astana.'),
      b: report('Astana', '06.07.2024', 'On 5 July 2024 the summit of the Shanghai Cooperation Organisation was held in Astana.'),
    });
    const e = primaryOf(bundle, 'a');
    expect(primaryOf(bundle, 'b')).toBe(e);
    expect(isDisputed(e)).toBe(true);
    expect(e.reports!.map((r) => r.date.start)).toEqual(['2024-07-04', '2024-07-05']);
    expect(e.reports![1]!.reason).toMatch(/a day apart/);
  });

  it('joins a report of the 2018 Dushanbe conference that gives no year to the seed, by the name it quotes', () => {
    // Asia-Plus writes only "concluded in Dushanbe on May 4" and "The conference, entitled
    // “Countering Terrorism and Preventing Violent Extremism”".
    const { bundle, review } = build({ '000_seed': seedText('000'), d02: evalText('d02_') });
    const event = primaryOf(bundle, 'd02');
    expect(primaryOf(bundle, '000_seed')).toBe(event);
    expect(event.date.start.slice(0, 4)).toBe('2018');
    const why = review.find((r) => r.documentId === 'd02' && /^same meeting as/.test(r.message))!.message;
    expect(why).toMatch(/titles share “countering terrorism preventing violent extremism”/);
    expect(why).toMatch(/the year of one \(a guess\) is the other's, 2018/);
  });

  it('joins the release that announced the 2022 border-security conference to the seed report of it', () => {
    // "DUSHANBE/NEW YORK/VIENNA, 16 September 2022 – The International High-Level\nConference
    // on … will take place in Dushanbe,\nTajikistan on 18-19 October 2022."
    const { bundle } = build({ '003_seed': seedText('003'), d08: evalText('d08_') });
    const event = primaryOf(bundle, 'd08');
    expect(primaryOf(bundle, '003_seed')).toBe(event);
    const announced = event.reports?.find((r) => r.sources.some((s) => s.documentId === 'd08'));
    expect(announced?.date).toMatchObject({ start: '2022-10-18', end: '2022-10-19' });
  });

  it('joins the SCO release on the 2017 Astana summit to the convention signed there', () => {
    const { bundle, review } = build({ '001_seed': seedText('001'), d25: evalText('d25_') });
    const event = primaryOf(bundle, 'd25');
    expect(primaryOf(bundle, '001_seed')).toBe(event);
    // The seed's event keeps its id, so links to it still open it.
    expect(event.id).toBe('sco-convention-on-countering-extremism');
    expect(review.find((r) => r.documentId === 'd25' && /^same meeting as/.test(r.message))?.message).toMatch(
      /signed at the meeting of the heads of state of sco/,
    );
  });

  it('splits a report off again, and a split a person made keeps the merge from being made', () => {
    const texts = { c01: evalText('c01_'), c02: evalText('c02_') };
    const merged = primaryOf(build(texts).bundle, 'c01');
    const [rest, off] = splitReport(merged, 'c02');
    expect(rest!.sources.map((s) => s.documentId)).toEqual(['c01']);
    expect(off!.sources.map((s) => s.documentId)).toEqual(['c02']);
    expect(off!.id).toBe(merged.reports![1]!.id);
    expect(rest!.reports).toBeUndefined();
    const { bundle } = build(texts, [{ kind: 'split', eventId: merged.id, documentId: 'c02' }]);
    expect(primaryOf(bundle, 'c01')).not.toBe(primaryOf(bundle, 'c02'));
  });
});

describe('links to merged reports', () => {
  it('open the event a report was merged into, and nothing for an id no event has', async () => {
    const { resolveEventId } = await import('../../src/state/pruneUnknownIds');
    const { bundle } = build({ c01: evalText('c01_'), c02: evalText('c02_') });
    const merged = primaryOf(bundle, 'c01');
    const joinedId = merged.reports![1]!.id;
    expect(joinedId).not.toBe(merged.id);
    expect(resolveEventId(bundle.events, joinedId)).toBe(merged.id);
    expect(resolveEventId(bundle.events, merged.id)).toBe(merged.id);
    expect(resolveEventId(bundle.events, 'no-such-event')).toBeUndefined();
  });
});
