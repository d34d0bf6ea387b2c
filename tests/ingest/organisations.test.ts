import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../src/ingest/organisations';
import { buildBundle } from '../../src/ingest/buildBundle';
import type { NameMatch } from '../../src/ingest/matcher';
import { loadKnowledge } from '../seedFixtures';

const found = (text: string, names: NameMatch[] = []) => findOrganisations(text, names);

describe('findOrganisations', () => {
  it('takes an organisation a text defines with its acronym, and the acronym’s later uses', () => {
    const text = 'Leaders of the Collective Security Treaty Organization (CSTO) met in Minsk. The CSTO agreed to act.';
    const { organisations, mentions } = found(text);
    expect(organisations).toEqual([
      { id: 'collective-security-treaty-organization', name: 'Collective Security Treaty Organization', acronym: 'CSTO' },
    ]);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Collective Security Treaty Organization', 'CSTO', 'CSTO']);
  });

  it('reads the acronym off the words it stands for, not the whole phrase before it', () => {
    const a = 'the Committee of Secretaries of Security Councils of the Collective Security Treaty Organization (CSTO) met';
    expect(found(a).organisations.map((o) => o.name)).toEqual(['Collective Security Treaty Organization']);
    const b = "exercises of the CSTO's Collective Rapid Reaction Force (CRRF) began";
    expect(found(b).organisations.map((o) => o.name)).toEqual(['Collective Rapid Reaction Force']);
    const c = 'the Counter-Terrorism Implementation Task-Force (CTITF) of the UN';
    expect(found(c).organisations.map((o) => o.acronym)).toEqual(['CTITF']);
  });

  it('spells Organisation and Organization, Centre and Center, as one entity', () => {
    const a = found('the Collective Security Treaty Organisation (CSTO)').organisations[0]!;
    const b = found('the Collective Security Treaty Organization (CSTO)').organisations[0]!;
    expect(a.id).toBe(b.id);
  });

  it('takes no news agency, person or place in parentheses for an organisation', () => {
    expect(found('BEIJING, June 5 (Xinhua) -- The talks began.').organisations).toEqual([]);
    expect(found('Foreign Minister Sergey Lavrov (Russia) spoke.').organisations).toEqual([]);
    expect(found('the National Security Strategy (NSS) of 2020').organisations).toEqual([]);
  });

  it('leaves a name the knowledge file matched to it, but not one that is only part of a longer name', () => {
    const text =
      'the Shanghai Cooperation Organisation (SCO) and the United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA)';
    const sco: NameMatch = { start: 4, end: 37, type: 'organisation', id: 'sco' };
    const un = text.indexOf('United Nations');
    const names: NameMatch[] = [sco, { start: un, end: un + 14, type: 'organisation', id: 'united-nations' }];
    expect(found(text, names).organisations.map((o) => o.acronym)).toEqual(['UNRCCA']);
  });

  it('makes a defined organisation an entity of the bundle, with its acronym as an alias', () => {
    const text = [
      'CSTO chiefs meet in Minsk',
      'MINSK, 12.03.2023 – On 11 March 2023 a meeting of the Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO) was held in Minsk.',
      'It was attended by the CSTO Secretary General.',
    ].join('\n');
    const { bundle } = buildBundle([{ id: 'doc', text }], loadKnowledge());
    expect(bundle.entities.find((e) => e.id === 'collective-security-treaty-organization')).toMatchObject({
      type: 'organisation',
      aliases: ['CSTO'],
    });
    expect(bundle.mentions.filter((m) => m.id === 'collective-security-treaty-organization').length).toBeGreaterThanOrEqual(3);
  });
});
