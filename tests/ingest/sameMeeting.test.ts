import { describe, expect, it } from 'vitest';
import type { Entity, EventDate, EventRecord } from '../../src/data/bundleSchema';
import { meetingContext, sameMeeting } from '../../src/ingest/sameMeeting';
import { loadKnowledge } from '../seedFixtures';

const knowledge = loadKnowledge();
// The knowledge file's entities as a bundle holds them: with the roles the texts give (none needed here).
const entities: Entity[] = knowledge.entities.map((e) => ({
  id: e.id,
  name: e.name,
  type: e.type,
  aliases: e.aliases,
  roles: [],
  ...(e.parentId ? { parentId: e.parentId } : {}),
}));
const ctx = meetingContext(entities, knowledge.places);

/**
 * A report's primary event as the ingest records it: title, kind, place and days as the article
 * gives them (each quoted below from its file), with the article as its only source.
 */
function report(
  documentId: string,
  title: string,
  kind: string,
  placeId: string,
  date: Omit<EventDate, 'basis'> & { basis?: EventDate['basis'] },
  planned?: boolean,
): EventRecord {
  return {
    id: `${documentId}-event`,
    title,
    kind,
    placeId,
    actorIds: [],
    topicIds: [],
    date: { basis: 'stated', ...date },
    sources: [{ documentId, role: 'primary', evidence: [] }],
    ...(planned ? { planned } : {}),
  };
}

// c01: "Bishkek, June 14, 2019. / Kabar /. The meeting of the heads of state of the Shanghai Cooperation Organization (SCO) has begun in a narrow format."
const C01 = report('c01', 'The meeting of the heads of state of the Shanghai Cooperation Organization (SCO)', 'meeting', 'bishkek', {
  start: '2019-06-14',
  precision: 'day',
});
// c02: "The 19-th session of the Heads of State Council of the Shanghai Cooperation Organization (SCO) member states will be held in Bishkek on June 14"
const C02 = report(
  'c02',
  '19-th session of the Heads of State Council of the Shanghai Cooperation Organization (SCO) member states',
  'session',
  'bishkek',
  { start: '2019-06-14', precision: 'day' },
  true,
);
// d01: "On 3-4 May 2018, … participated in a high-level international conference on Countering terrorism and preventing violent extremism. Held in Dushanbe, …"
const D01 = report(
  'd01',
  'high-level international conference on Countering terrorism and preventing violent extremism',
  'conference',
  'dushanbe',
  { start: '2018-05-03', end: '2018-05-04', precision: 'day' },
);
// d03: "On May 3-4, 2018 … the High-Level International Conference on Countering Terrorism and Preventing Violent Extremism was held in Dushanbe"
const D03 = report(
  'd03',
  'High-Level International Conference on Countering Terrorism and Preventing Violent Extremism',
  'conference',
  'dushanbe',
  { start: '2018-05-03', end: '2018-05-04', precision: 'day' },
);
// d02: "a two-day high-level conference, which concluded in Dushanbe on May 4" / "entitled “Countering Terrorism and Preventing Violent Extremism”": no year in the text.
const D02 = report('d02', 'Conference “Countering Terrorism and Preventing Violent Extremism”', 'conference', 'dushanbe', {
  start: '2026-05-03',
  end: '2026-05-04',
  precision: 'day',
  basis: 'year-unknown',
});
// d16: "The session of the Collective Security Treaty Organization's (CSTO) Collective Security Council began on Thursday in Dushanbe." (16th September, 2021)
const D16 = report(
  'd16',
  "session of the Collective Security Treaty Organization's (CSTO) Collective Security Council",
  'session',
  'dushanbe',
  { start: '2021-09-16', precision: 'day' },
);
// d18: "Meeting of the SCO Heads of State Council … September 17, 2021 … The meeting held in Dushanbe"
const D18 = report('d18', 'Meeting of the SCO Heads of State Council', 'meeting', 'dushanbe', { start: '2021-09-17', precision: 'day' });
// d25: "The meeting of the Heads of State Council of the Shanghai Cooperation Organisation … was held on 8-9 June 2017 in Astana."
const D25 = report('d25', 'meeting of the Heads of State Council of the Shanghai Cooperation Organisation', 'meeting', 'astana', {
  start: '2017-06-08',
  end: '2017-06-09',
  precision: 'day',
});
// d27 (dated 2017-06-07): "Defense ministers from the Shanghai Cooperation Organization (SCO) member nations gathered in the Kazakh capital of Astana today"
const D27 = report('d27', 'Defense ministers from the Shanghai Cooperation Organization (SCO) member nations', 'meeting', 'astana', {
  start: '2017-06-07',
  precision: 'day',
});

describe('meetingContext on the seed knowledge file', () => {
  it('reads the organisations a title names, by name, alias or an unknown acronym', () => {
    expect([...ctx.orgsIn(C02.title)]).toEqual(['sco']);
    expect([...ctx.orgsIn(D16.title)]).toEqual(['acronym:CSTO']);
    // The RATS is of the SCO, so a RATS conference is an SCO one too (seed 002).
    expect([...ctx.orgsIn('Tenth International Scientific and Practical Conference of the RATS SCO')].sort()).toEqual(['rats-sco', 'sco']);
  });

  it('names places and tells people from bodies', () => {
    expect(ctx.placeName('bishkek')).toBe('Bishkek');
    expect(ctx.isPerson('rashid-alimov')).toBe(true);
    expect(ctx.isPerson('sco')).toBe(false);
  });
});

describe('sameMeeting on reports of real meetings', () => {
  it('joins the two reports of the Bishkek SCO summit of 14 June 2019, the announcement and the report, with the reason (c01, c02)', () => {
    expect(sameMeeting(C01, C02, ctx)).toBe(
      'same place (Bishkek); 2019-06-14 in both; titles share “shanghai cooperation organization sco”; both of sco',
    );
  });

  it('joins two reports of the Dushanbe conference of 3–4 May 2018 (d01, d03)', () => {
    expect(sameMeeting(D01, D03, ctx)).toBe(
      'same place (Dushanbe); 2018-05-03–2018-05-04 in both; titles share “countering terrorism preventing violent extremism”',
    );
  });

  it('joins the report whose year is a guess to the dated one, and says whose year it takes (d02, d01)', () => {
    expect(sameMeeting(D02, D01, ctx)).toBe(
      "same place (Dushanbe); 2018-05-03–2018-05-04 in both; titles share “countering terrorism preventing violent extremism”; the year of one (a guess) is the other's, 2018",
    );
  });

  it('joins the convention "signed at the Astana summit" to the Astana summit of 8–9 June 2017 (seed 001, d25)', () => {
    const convention = knowledge.events.find((e) => e.id === 'sco-convention-on-countering-extremism')!;
    const signed = report('001_30bc9b6824f9c85d', convention.title, convention.kind, 'astana', {
      start: '2017-06-08',
      end: '2017-06-09',
      precision: 'day',
      basis: 'curated',
    });
    expect(sameMeeting(signed, D25, ctx)).toBe(
      "same place (Astana); 2017-06-08–2017-06-09 contains 2017-06-08–2017-06-09; the convention's title says it was signed at the meeting of the heads of state of sco, as this one is",
    );
  });

  it('keeps the CSTO session of 16 September 2021 and the SCO summit of the next day in Dushanbe apart (d16, d18)', () => {
    // d19: "This is going to be a second international summit in Dushanbe over the past two days."
    expect(sameMeeting(D16, D18, ctx)).toBeUndefined();
  });

  it('keeps the SCO defence ministers (7 June 2017) and the SCO heads of state (8–9 June) in Astana apart (d27, d25)', () => {
    expect(sameMeeting(D27, D25, ctx)).toBeUndefined();
  });

  it('keeps reports of two places apart, whatever their titles: the 2019 summit in Bishkek and the 2018 conference in Dushanbe', () => {
    expect(sameMeeting(C01, { ...D03, date: C01.date }, ctx)).toBeUndefined();
  });
});
