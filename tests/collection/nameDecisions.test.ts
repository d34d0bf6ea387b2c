import { describe, expect, it } from 'vitest';
import { freshEntityId, nameDecisions } from '../../src/collection/nameDecisions';
import { buildBundle } from '../../src/ingest/buildBundle';
import { loadKnowledge } from '../seedFixtures';
import { BISHKEK_ARTICLE } from './fixtures';

const ID = 'mine-bishkek';

describe('nameDecisions', () => {
  it('says for each name whether it is known, new or ignored, in the order the article names them', () => {
    const knowledge = loadKnowledge();
    const { bundle } = buildBundle([{ id: ID, text: BISHKEK_ARTICLE }], knowledge);
    const event = bundle.events.find((e) => e.sources.some((s) => s.role === 'primary'));
    const mentions = bundle.mentions.filter((m) => m.documentId === ID);
    const unresolved = [{ text: 'Khorasan Vilayat Group', start: 5 }];
    const names = nameDecisions(BISHKEK_ARTICLE, mentions, bundle.entities, knowledge, event, unresolved, ID);
    expect(names.map((n) => [n.spelling, n.decision])).toEqual([
      ['CIS', 'known'],
      ['Khorasan Vilayat Group', 'ignored'],
      ['Zarina Tokoeva', 'new-person'],
      ['SCO', 'known'],
    ]);
    expect(names.find((n) => n.spelling === 'Zarina Tokoeva')).toMatchObject({ part: 'speaker', role: 'adviser to the Kyrgyz delegation' });
  });

  it('gives a person’s confirmed role and a corrected kind to the bundle', () => {
    const knowledge = loadKnowledge();
    knowledge.entities.push({
      id: 'zarina-tokoeva',
      name: 'Zarina Tokoeva',
      type: 'person',
      aliases: [],
      roles: [{ title: 'Adviser to the Kyrgyz delegation', documentId: ID }],
    });
    knowledge.curations.push({ documentId: ID, kind: 'summit' });
    const { bundle } = buildBundle([{ id: ID, text: BISHKEK_ARTICLE }], knowledge);
    const zarina = bundle.entities.find((e) => e.id === 'zarina-tokoeva')!;
    // "On 11 April 2024, a meeting ...": the confirmed role is dated by the article's event.
    expect(zarina.roles).toContainEqual({ title: 'Adviser to the Kyrgyz delegation', documentId: ID, date: '2024-04-11' });
    expect(bundle.events.find((e) => e.sources.some((s) => s.role === 'primary'))!.kind).toBe('summit');
  });

  it('makes a new id unique against those taken', () => {
    expect(freshEntityId('ali-khan', new Set())).toBe('ali-khan');
    expect(freshEntityId('ali-khan', new Set(['ali-khan', 'ali-khan-2']))).toBe('ali-khan-3');
  });
});
