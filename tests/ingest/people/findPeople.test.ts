import { describe, expect, it } from 'vitest';
import { knowledgeSchema } from '../../../src/data/knowledgeSchema';
import { buildAliasIndex, matchNames } from '../../../src/ingest/matcher';
import { findPeople } from '../../../src/ingest/people/findPeople';
import { withPeople } from '../../../src/ingest/people/linkPeople';

// A knowledge file that knows states, places and bodies but no people, so every person must be found by pattern.
const knowledge = knowledgeSchema.parse({
  places: [
    { id: 'astana', name: 'Astana', country: 'kazakhstan', lat: 51.1, lon: 71.4, aliases: ['Nursultan', 'Nur-Sultan'] },
    { id: 'bishkek', name: 'Bishkek', country: 'kyrgyzstan', lat: 42.9, lon: 74.6 },
  ],
  entities: [
    'Tajikistan',
    'Kazakhstan',
    'Kyrgyzstan',
    'Iran',
    'Uzbekistan',
    'Pakistan',
    'Belarus',
    'India',
    'Russia',
    'Azerbaijan',
    'Mongolia',
  ]
    .map((name) => ({
      id: name.toLowerCase(),
      name,
      type: 'state',
      aliases: [`Republic of ${name}`],
    }))
    .concat([
      { id: 'osce', name: 'OSCE', type: 'organisation', aliases: [] },
      { id: 'csto', name: 'CSTO', type: 'organisation', aliases: [] },
    ] as never),
  topics: [{ id: 'terrorism', label: 'Terrorism', keywords: ['terrorism'] }],
});
const index = buildAliasIndex(knowledge);

/** The people found in a text, as the text writes each mention. */
function people(text: string): string[] {
  const { names } = matchNames(text, index);
  const found = findPeople(text, names);
  return withPeople(names, found.mentions)
    .filter((n) => n.type === 'person')
    .map((n) => text.slice(n.start, n.end));
}

describe('findPeople', () => {
  it('finds a name after an office joined by "of" (09, Minsk)', () => {
    const text =
      'Tajikistan was represented by the Minister of Foreign Affairs Sirojiddin Mukhriddin, Minister of Defense Sherali Mirzo and Secretary of the Security Council Nasrullo Mahmudzoda.';
    expect(people(text)).toEqual(['Sirojiddin Mukhriddin', 'Sherali Mirzo', 'Nasrullo Mahmudzoda']);
  });

  it('finds a name with its office after it, and a rank before it (seed 004)', () => {
    const text =
      'In his speech, Lieutenant General Abdusalom Azizov, Chairman of the State Security Service of the Republic of Uzbekistan, drew attention.';
    expect(people(text)).toEqual(['Abdusalom Azizov']);
    expect(
      people(
        'Negotiations led by Sherali Mirzo, commander of Tajik border troops, and Anatoly Mikheyev, chief of the operational border group.',
      ),
    ).toEqual(['Sherali Mirzo', 'Anatoly Mikheyev']);
  });

  it('splits a list of leaders, each with a title (08, Samarkand)', () => {
    const text =
      'Russian President Vladimir Putin, Chinese President Xi Jinping, Kazakhstan’s President Kasem Zumurt Tokayev, President of Tajikistan Imam Ali Rahman, Prime Minister of Pakistan Shahbaz Sharif and Azerbaijan President Ilham Aliyev participated in it.';
    expect(people(text)).toEqual([
      'Vladimir Putin',
      'Xi Jinping',
      'Kasem Zumurt Tokayev',
      'Imam Ali Rahman',
      'Shahbaz Sharif',
      'Ilham Aliyev',
    ]);
  });

  it('takes the second of two names joined by "and" from the first (a15, Astana)', () => {
    const text =
      'He welcomed the foreign ministers of Pakistan and Belarus – Mohammad Ishaq Dar and Sergey Aleynik for the first time participating.';
    expect(people(text)).toEqual(['Mohammad Ishaq Dar', 'Sergey Aleynik']);
  });

  it('reads a name across a hard line break and a broken "Colonel- General" (10, Samarkand)', () => {
    // The first line of a text is its headline, so these excerpts start one line further down, as the articles do.
    expect(
      people(
        'CSTO session\nDuring the sitting of the Collective Security Council Nikolay Bordyuzha\nwas reelected to the post of CSTO Secretary General.',
      ),
    ).toEqual(['Nikolay Bordyuzha']);
    expect(people('Minsk meeting\nand Secretary of the Security Council Nasrullo\nMahmudzoda.')).toEqual(['Nasrullo\nMahmudzoda']);
    expect(
      people('the State Security Service of the Republic of\nAzerbaijan, Colonel- General Ali Naghiyev participated in the\nevent.'),
    ).toEqual(['Ali Naghiyev']);
  });

  it('keeps a place alias that is a given name when an office stands before it (03, Ufa)', () => {
    expect(people('Kazakh President Nursultan Nazarbayev travelled to Ufa.')).toEqual(['Nursultan Nazarbayev']);
    expect(people('The delegates arrived in Nursultan on Monday.')).toEqual([]);
  });

  it('resolves "Mr. X" and a lone surname to the full name given earlier (b01, Bishkek)', () => {
    const text =
      'A meeting with Romanian Foreign Minister Mircea Geoana is scheduled for December 14. Mr. Geoana is to arrive in Bishkek. Geoana said the OSCE would help.';
    const { names } = matchNames(text, index);
    const found = findPeople(text, names);
    expect(found.mentions.map((m) => [text.slice(m.start, m.end), m.id])).toEqual([
      ['Mircea Geoana', 'mircea-geoana'],
      ['Geoana', 'mircea-geoana'],
      ['Geoana', 'mircea-geoana'],
    ]);
    expect(found.people).toEqual([{ id: 'mircea-geoana', name: 'Mircea Geoana', surnameOnly: false }]);
  });

  it('finds initials and particles in a name (a09, b06)', () => {
    expect(people('the meeting was attended by Major General E. A. Cobidrzoda, First Deputy Defence Minister.')).toEqual([
      'E. A. Cobidrzoda',
    ]);
    expect(people('and OSCE Secretary General Marc Perrin de Brichambaut.')).toEqual(['Marc Perrin de Brichambaut']);
  });

  it('does not take organisations, titles alone, headlines or bylines for people', () => {
    expect(people('The Head of State and the Prime Minister of Kazakhstan met the Collective Security Council.')).toEqual([]);
    expect(people('Prime Minister of Tajikistan Will Take Part in a Meeting of the Council of CIS Heads of Government\n\nText.')).toEqual(
      [],
    );
    expect(people('Muhammad Irfan 4 minutes ago\nRead also: Central Asia Security Forum opens')).toEqual([]);
    expect(people("Director of Russia's Federal Security Service spoke.")).toEqual([]);
  });
});

describe('lists of leaders by country', () => {
  it('takes every leader of a list that names each one’s state before the name (for.kg, Bishkek 2019)', () => {
    const text =
      'All the countries’ leaders, in particular, Russian President Vladimir Putin, Kazakhstan Kassym-Joomart Tokayev, Uzbekistan Shavkat Mirziyoyev, ' +
      'Iran Hasan Rouhani, Indian Prime Minister Narendra Modi, as well as Presidents of Belarus Alexander Lukashenko, Mongolia Khaltmaagiin Battulga, have already arrived in Bishkek.';
    expect(people(text)).toEqual([
      'Vladimir Putin',
      'Kassym-Joomart Tokayev',
      'Shavkat Mirziyoyev',
      'Hasan Rouhani',
      'Narendra Modi',
      'Alexander Lukashenko',
      'Khaltmaagiin Battulga',
    ]);
  });

  it('does not make a list of a state and a capitalised phrase that follows no person', () => {
    expect(people('Delegations of Kazakhstan, Iran and Belarus discussed the Bishkek Declaration Project Office.')).toEqual([]);
  });
});
