import { describe, expect, it } from 'vitest';
import { eventTitleFrom, kindOf } from '../../src/ingest/eventTitle';
import { seedText } from '../seedFixtures';
import { evalText } from './evalFixtures';
import { passage } from './passages';

/** A passage on one line, as the primary event gives its event sentence to eventTitleFrom. */
const oneLine = (text: string, from: string, to: string) => passage(text, from, to).replace(/\s+/g, ' ');

describe('kindOf on real sentences', () => {
  it('reads the kind from the first event word: summit, conference, meeting, session', () => {
    expect(kindOf(passage(evalText('03_'), 'Nazarbayev Attends SCO, BRICS Summits in Ufa'))).toBe('summit');
    expect(kindOf(passage(seedText('000'), 'On 4 May 2018, a high-level conference', 'opened in Dushanbe.'))).toBe('conference');
    expect(kindOf(passage(evalText('c02_'), 'The 19-th session of the Heads of State Council', 'member states'))).toBe('session');
  });

  it('reads "drills" as an exercise and "negotiations" as talks, but keeps "talks" whole (a04, a06, a14)', () => {
    expect(kindOf(passage(evalText('a04_'), 'Putin proposes regular Shanghai Six anti-terrorism drills'))).toBe('exercise');
    expect(kindOf(passage(evalText('a06_'), 'The first round of negotiations between Tajikistan and Russia', 'has ended.'))).toBe('talks');
    expect(kindOf(passage(evalText('a14_'), 'During the talks on Saturday in Termez city'))).toBe('talks');
  });

  it('finds no kind in a sentence without an event word: "The six countries’ armed forces have been taking part in the Peace Mission 2007 exercises" has one, the widget line has none (a04)', () => {
    expect(kindOf(passage(evalText('a04_'), 'Currency rates from 27/11/2024'))).toBe('event');
    expect(kindOf(passage(evalText('a04_'), 'The six countries’ armed forces', 'since 9 August.'))).toBe('exercise');
  });
});

describe('eventTitleFrom on real event sentences', () => {
  it('takes the capitalised names "the Tenth International Scientific and Practical Conference of the RATS SCO and the Second CIS Conference …" (seed 002)', () => {
    const sentence = oneLine(seedText('002'), 'On September 4-5, Tashkent hosts', 'Combating Terrorism and Extremism.');
    expect(eventTitleFrom(sentence, sentence, 'conference', 'Tashkent')).toBe(
      'Tenth International Scientific and Practical Conference of the RATS SCO and the Second CIS Conference on Combating Terrorism and Extremism',
    );
  });

  it('takes "the OSCE Summit" in "… are in Astana for the OSCE Summit, set to start tomorrow" (b06)', () => {
    const sentence = oneLine(evalText('b06_'), 'ASTANA, 30 November 2010', 'in the Palace of Independence.');
    expect(eventTitleFrom(sentence, 'World leaders in Astana to address security challenges at OSCE Summit', 'summit', 'Astana')).toBe(
      'OSCE Summit',
    );
  });

  it('takes the phrase "the 57th meeting of the Council of heads of security … of the CIS member states", up to "was held" (10)', () => {
    const sentence = oneLine(evalText('10_'), 'On October 16,', 'Security Service.');
    expect(eventTitleFrom(sentence, '', 'meeting', 'Samarkand')).toBe(
      '57th meeting of the Council of heads of security and special service agencies of the CIS member states',
    );
  });

  it('takes "the 16th meeting of the secretaries of the security councils of the member states of the Shanghai Cooperation Organization" (seed 004)', () => {
    const sentence = oneLine(seedText('004'), 'Yesterday, the Secretary of the Security Council', 'Organization (SCO).');
    expect(eventTitleFrom(sentence, 'Dushanbe Hosts SCO Security Council Secretaries Meeting', 'meeting', 'Dushanbe')).toBe(
      '16th meeting of the secretaries of the security councils of the member states of the Shanghai Cooperation Organization',
    );
  });

  it('takes the name the lead gives: "The conference, entitled “Countering Terrorism and Preventing Violent Extremism”" (d02)', () => {
    const sentence = oneLine(evalText('d02_'), 'Consolidating efforts at the regional', 'in Dushanbe on May 4.');
    const lead = `${sentence} ${oneLine(evalText('d02_'), 'The conference, entitled', 'the European Union.')}`;
    expect(eventTitleFrom(sentence, '', 'conference', 'Dushanbe', lead)).toBe(
      'Conference “Countering Terrorism and Preventing Violent Extremism”',
    );
    // Without that sentence of the lead, only the phrase of the event sentence is left.
    const alone = eventTitleFrom(sentence, '', 'conference', 'Dushanbe');
    expect(alone).not.toContain('Countering Terrorism');
    expect(alone.endsWith('a two-day high-level conference')).toBe(true);
  });

  it('does not take a theme quoted before the summit, "Titled “Strengthening Multilateral Dialogue …,” the summit will see …", for its name (d39)', () => {
    const sentence = oneLine(evalText('d39_'), 'ASTANA — The 24th summit', 'in the capital.');
    const lead = `${sentence} ${oneLine(evalText('d39_'), 'Titled “Strengthening Multilateral Dialogue', 'On SCO Improvement.')}`;
    const title = eventTitleFrom(sentence, '', 'summit', 'Astana', lead);
    expect(title).toBe('24th summit of the Council of Heads of State of the Shanghai Cooperation Organization');
    expect(title).not.toContain('Strengthening');
  });

  it('falls back on the headline when the sentence has no event phrase: "Anti-terror body launched at SCO summit" (a01)', () => {
    const sentence = oneLine(evalText('a01_'), 'Leaders of the six member states', 'priorities of pragmatic');
    expect(eventTitleFrom(sentence, passage(evalText('a01_'), 'Anti-terror body launched at SCO summit'), 'summit', 'Tashkent')).toBe(
      'Anti-terror body launched at SCO summit',
    );
  });

  it('falls back on the kind and the place when neither sentence nor headline names the event: "Visit in Kabul" (a13)', () => {
    const sentence = oneLine(evalText('a13_'), 'A delegation from Tajikistan’s State Committee', 'and the region.');
    expect(eventTitleFrom(sentence, passage(evalText('a13_'), 'Tajikistan’s delegation ended 2-day trip to Kabul'), 'visit', 'Kabul')).toBe(
      'Visit in Kabul',
    );
    expect(eventTitleFrom(sentence, 'Tajikistan’s delegation ended 2-day trip to Kabul', 'visit')).toBe('Visit');
  });

  it.todo(
    'ends a capitalised name before its verb: "the High-Level International Conference on Countering Terrorism … was held in Dushanbe" (d03) and "the 15th Defense Ministers’ Meeting of the … (SCO) Member States held here on Tuesday" (a11) keep the verb in the title',
  );
  it.todo(
    'does not make a clause the title: "The agreements were signed at a summit of CIS leaders" (04) gives "Agreements were signed at a summit of CIS leaders"',
  );
  it.todo('does not put the day in the title: "During the talks on Saturday in Termez city" (a14) gives "Talks on Saturday"');
  it.todo(
    'does not cut a quoted name open: seed 003\'s conference on “International and Regional Border Security and Management Cooperation to Counter Terrorism …" comes out as "… Management Cooperation" with its quotation mark left open',
  );
});
