import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../src/ingest/buildBundle';
import { loadKnowledge, seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();
const primaryOf = (docPrefix: string) =>
  bundle.events.find((e) => e.sources.some((s) => s.role === 'primary' && s.documentId.startsWith(docPrefix)))!;
const partOf = (event: ReturnType<typeof primaryOf>, id: string) => event.participants?.find((p) => p.id === id)?.part;
const typeOf = (id: string) => bundle.entities.find((e) => e.id === id)?.type;

/** One article through the whole ingest; its primary event. */
function ingest(text: string) {
  const { bundle: b } = buildBundle([{ id: 'doc', text }], loadKnowledge());
  return b.events.find((e) => e.sources.some((s) => s.role === 'primary'))!;
}

describe('who took part, apart from who is named', () => {
  it('gives the 2021 Dushanbe meeting its eight member states and ten officials, and nothing it only mentions', () => {
    const e = primaryOf('004');
    const people = e.actorIds.filter((id) => typeOf(id) === 'person');
    const states = e.actorIds.filter((id) => typeOf(id) === 'state');
    // "the Secretary of the Security Council of Tajikistan Nasrullo Mahmudzoda chaired ..."; "The meeting was attended by Adviser to the Indian Prime Minister ... Ajit Doval, ...".
    expect(people.sort()).toEqual(
      [
        'ajit-doval',
        'asset-issekeshev',
        'bobur-usmanov',
        'jumakhon-giyosov',
        'marat-imankulov',
        'moid-yusuf',
        'nasrullo-mahmudzoda',
        'nikolai-patrushev',
        'vladimir-norov',
        'zhao-kezhi',
      ].sort(),
    );
    expect(states.sort()).toEqual(['china', 'india', 'kazakhstan', 'kyrgyzstan', 'pakistan', 'russia', 'tajikistan', 'uzbekistan']);
    expect(e.actorIds).toHaveLength(18);
    expect(partOf(e, 'nasrullo-mahmudzoda')).toBe('chair');
    expect(partOf(e, 'tajikistan')).toBe('host');
    expect(partOf(e, 'india')).toBe('delegation');
    for (const id of ['un-security-council', 'un-general-assembly', 'shanghai-five', 'sco-council-of-heads-of-state']) {
      expect(e.actorIds).not.toContain(id);
      expect(e.mentionedIds).toContain(id);
    }
    // Every actor has its part, one per id.
    expect(e.participants!.map((p) => p.id)).toEqual(e.actorIds);
  });

  it('gives every official of the 2021 meeting the role the article states', () => {
    const roleOf = (id: string) =>
      bundle.entities
        .find((x) => x.id === id)!
        .roles.filter((r) => r.documentId.startsWith('004'))
        .map((r) => r.title);
    expect(roleOf('jumakhon-giyosov')).toEqual(['Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure (RATS)']);
    expect(roleOf('ajit-doval')).toEqual(['Adviser to the Indian Prime Minister for National Security']);
    expect(roleOf('zhao-kezhi')).toEqual(['Member of the Chinese State Council']);
  });

  it('lists no terrorist group as taking part in the 2024 Tashkent conference, and keeps them as named', () => {
    const e = primaryOf('002');
    for (const id of ['isis', 'isis-k', 'al-qaeda']) {
      expect(e.actorIds).not.toContain(id);
      expect(e.mentionedIds).toContain(id);
    }
    // "Viktor Makhmudov read the Address of the President ... Shavkat Mirziyoyev to the conference participants."
    expect(partOf(e, 'shavkat-mirziyoyev')).toBe('message');
    expect(partOf(e, 'uzbekistan')).toBe('host');
    // "... 10 authorized bodies of 6 international organizations, such as the UN, Interpol, EAG, CICA ..."
    expect(partOf(e, 'interpol')).toBe('delegation');
    // "repatriates from Syria, Iraq, and Afghanistan": places of the story, not parties.
    for (const id of ['syria', 'iraq', 'afghanistan']) expect(e.actorIds).not.toContain(id);
  });

  it('does not list the UN Security Council as taking part in the 2018 conference', () => {
    const e = primaryOf('000');
    expect(e.actorIds).not.toContain('un-security-council');
    expect(e.mentionedIds).toContain('un-security-council');
    // "... in cooperation with the UN, the Organisation for Security and Cooperation in Europe (OSCE) and the European Union (EU)."
    expect(partOf(e, 'osce')).toBe('organiser');
    expect(partOf(e, 'tajikistan')).toBe('host');
  });

  it('reads a video address as a message, also for the first of two names', () => {
    const e = primaryOf('003');
    // "United Nations Secretary-General H.E. Mr. Antonio Guterres and Secretary-General of the OSCE H.E. Ms. Helga Schmid addressed the participants of the event with video-speeches"
    expect(partOf(e, 'antonio-guterres')).toBe('message');
    expect(partOf(e, 'helga-schmid')).toBe('message');
  });

  it('keeps the reporting agency and a recalled convention out of the 2017 convention', () => {
    const e = primaryOf('001');
    expect(e.actorIds).not.toContain('tass');
    expect(e.mentionedIds).toContain('tass');
  });

  it('takes states from delegates’ titles and from attendance lists, never from where things happen', () => {
    const e = ingest(
      [
        'Security chiefs meet in Almaty',
        'ALMATY, 12.03.2023 – On 11 March 2023 a meeting of security council secretaries was held in Almaty.',
        'The meeting was attended by delegations of Iran and Belarus, and by Secretary of the Russian Security Council Nikolai Patrushev.',
        'Participants discussed the situation in Afghanistan and the fight against ISIS.',
      ].join('\n'),
    );
    expect(partOf(e, 'iran')).toBe('delegation');
    expect(partOf(e, 'belarus')).toBe('delegation');
    expect(partOf(e, 'russia')).toBe('delegation');
    expect(partOf(e, 'nikolai-patrushev')).toBe('attendee');
    expect(e.actorIds).not.toContain('afghanistan');
    expect(e.actorIds).not.toContain('isis');
    expect(e.mentionedIds).toEqual(expect.arrayContaining(['afghanistan', 'isis']));
  });
});
