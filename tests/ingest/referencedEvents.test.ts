import { describe, expect, it } from 'vitest';
import { findPrimaryEvent } from '../../src/ingest/primaryEvent';
import { findReferencedEvents } from '../../src/ingest/referencedEvents';
import { loadKnowledge, loadSeedTexts } from '../seedFixtures';
import { analysed, wordsAt } from './analysed';

const knowledge = loadKnowledge();

/** The events a seed article mentions besides its own, under the seed's document id (the curations are keyed by it). */
function referencedIn(prefix: string) {
  const seed = loadSeedTexts().find((d) => d.id.startsWith(prefix))!;
  const doc = analysed(seed.text, { id: seed.id });
  const primary = findPrimaryEvent(doc, knowledge);
  const events = findReferencedEvents(doc, knowledge, primary);
  const brief = events.map((e) => ({
    key: e.key,
    kind: e.kind,
    date: e.date && `${e.date.start}/${e.date.precision}/${e.date.asStated}`,
    placeId: e.placeId,
    planned: e.planned,
  }));
  return { doc, primary, events, brief };
}

describe('findReferencedEvents on the seed articles', () => {
  it('finds the two declarations the Dushanbe meeting recalled, dated as stated, and the summit it prepared (seed 004)', () => {
    const { brief } = referencedIn('004');
    expect(brief).toEqual([
      {
        key: 'declaration-on-the-establishment-of-the-sco',
        kind: 'declaration',
        date: '2001-06-15/day/June 15, 2001',
        placeId: 'shanghai',
        planned: undefined,
      },
      {
        key: 'dushanbe-declaration-2000',
        kind: 'declaration',
        date: '2000-07-04/day/July 4, 2000',
        placeId: 'dushanbe',
        planned: undefined,
      },
      // "The main emphasis … was placed on preparations for the meeting of the Council of SCO Heads of State on September 16-17, 2021 in Dushanbe."
      {
        key: 'meeting-of-the-council-of-sco-heads-of-state-2021',
        kind: 'summit',
        date: '2021-09-16/day/September 16-17, 2021',
        placeId: 'dushanbe',
        planned: true,
      },
    ]);
  });

  it('gives each reference the sentence that names it as its scope and evidence (seed 004)', () => {
    const { doc, events } = referencedIn('004');
    const summit = events.find((e) => e.key === 'meeting-of-the-council-of-sco-heads-of-state-2021')!;
    expect(wordsAt(doc, summit.scope)).toBe(
      'The main emphasis during the discussions was placed on preparations for the meeting of the Council of SCO Heads of State on September 16-17, 2021 in Dushanbe.',
    );
    expect(summit.evidence).toEqual([{ ...summit.scope, text: doc.text.slice(summit.scope.start, summit.scope.end) }]);
    expect(summit.title).toBe('Meeting of the Council of SCO Heads of State');
    expect(summit.role).toBe('referenced');
  });

  it('does not list the "SCO Charter" or "the Treaty on Long-Term Good Neighborliness …", which the text gives no date (seed 004)', () => {
    const { brief } = referencedIn('004');
    expect(brief.some((e) => /charter|treaty/.test(e.key))).toBe(false);
  });

  it('leaves out the primary event: seed 001 comments on the SCO convention, so only the Shanghai Convention "adopted … as early as in 2001" is another event', () => {
    const { primary, brief } = referencedIn('001');
    expect(primary.key).toBe('sco-convention-on-countering-extremism');
    expect(brief).toEqual([
      { key: 'shanghai-convention', kind: 'convention', date: '2001-01-01/year/2001', placeId: 'shanghai', planned: undefined },
    ]);
  });

  it('gives "the SCO Convention on Countering Extremism, signed in 2017" its year, and the Shanghai Convention beside it none (seed 000)', () => {
    const { brief } = referencedIn('000');
    expect(brief.filter((e) => e.key === 'sco-convention-on-countering-extremism')).toEqual([
      {
        key: 'sco-convention-on-countering-extremism',
        kind: 'convention',
        date: '2017-01-01/year/2017',
        placeId: 'astana',
        planned: undefined,
      },
    ]);
    expect(brief.filter((e) => e.key === 'shanghai-convention').map((e) => e.date)).toEqual([undefined, undefined]);
  });

  it('keys a strategy the knowledge file does not know by its title and first year: "… for 2021-2026" (seed 002)', () => {
    const { events } = referencedIn('002');
    const strategy = events.find((e) => e.kind === 'strategy')!;
    expect(strategy.title).toBe('National Strategy of the Republic of Uzbekistan to Counter Extremism and Terrorism');
    expect(strategy.key).toBe('national-strategy-of-the-republic-of-uzbekistan-to-counter-2021');
    expect(strategy.date).toMatchObject({ start: '2021-01-01', precision: 'year', asStated: '2021-2026' });
  });

  it('reads “East-Antiterror 2024”, which the State Security Service "plans to hold", as a planned exercise of 2024 (seed 002)', () => {
    const { brief } = referencedIn('002');
    expect(brief.find((e) => e.kind === 'exercise')).toEqual({
      key: 'east-antiterror-2024',
      kind: 'exercise',
      date: '2024-01-01/year/2024',
      placeId: undefined,
      planned: true,
    });
  });

  it('does not take the five humanitarian actions “Mehr” for an event: the quoted name holds no year (seed 002)', () => {
    const { events } = referencedIn('002');
    expect(events.map((e) => e.title)).toEqual([
      'National Strategy of the Republic of Uzbekistan to Counter Extremism and Terrorism',
      'East-Antiterror 2024',
    ]);
  });

  it('finds the Dushanbe Process "launched in May 2018" as the 2018 conference, and two national strategies with their years (seed 003)', () => {
    const { brief } = referencedIn('003');
    expect(brief).toEqual([
      { key: 'dushanbe-conference-2018', kind: 'conference', date: '2018-05-01/month/May 2018', placeId: 'dushanbe', planned: undefined },
      {
        key: 'national-strategy-of-the-republic-of-tajikistan-on-2016',
        kind: 'strategy',
        date: '2016-01-01/year/2016-2020',
        placeId: undefined,
        planned: undefined,
      },
      // 'the Government of Tajikistan adopted the "National Border Management Strategy" in 2010'
      {
        key: 'national-border-management-strategy-2010',
        kind: 'strategy',
        date: '2010-01-01/year/2010',
        placeId: undefined,
        planned: undefined,
      },
    ]);
  });
});
