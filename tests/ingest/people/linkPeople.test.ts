import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/ingest/buildBundle';
import { loadKnowledge } from '../../seedFixtures';

const article = (name: string) => ({ id: name.slice(0, 3), text: readFileSync(`tests/fixtures/eval/articles/${name}`, 'utf8') });
const { bundle, review } = buildBundle(
  [
    article('a06_dushanbe-tajik-russian-border-talks.txt'),
    article('a07_bishkek-csto-informal-summit.txt'),
    article('a08_dushanbe-csto-summit.txt'),
  ],
  loadKnowledge(),
);

describe('people across articles', () => {
  it('makes one entity of "Almazbek Atambaev" (a07) and "Almazbek Atambayev" (a08), with the merge in the review', () => {
    const atambayev = bundle.entities.filter((e) => /Atamba/.test(e.name));
    expect(atambayev).toHaveLength(1);
    expect([atambayev[0]!.name, ...atambayev[0]!.aliases]).toEqual(expect.arrayContaining(['Almazbek Atambaev', 'Almazbek Atambayev']));
    expect(new Set(bundle.mentions.filter((m) => m.id === atambayev[0]!.id).map((m) => m.documentId))).toEqual(new Set(['a07', 'a08']));
    expect(review.some((r) => /^merged person "Almazbek Atamba/.test(r.message))).toBe(true);
  });

  it("keeps the knowledge file id for Emomali Rahmon and dates a new person's role by the document", () => {
    expect(bundle.mentions.some((m) => m.documentId === 'a08' && m.id === 'emomali-rahmon')).toBe(true);
    const mirzo = bundle.entities.find((e) => e.id === 'sherali-mirzo')!;
    expect(mirzo.type).toBe('person');
    expect(mirzo.roles).toEqual([{ title: 'commander of Tajik border troops', documentId: 'a06', date: '2011-02-17' }]);
  });

  it('names the border spokesman as a mention but not as an actor of the talks (a06)', () => {
    const spokesman = bundle.entities.find((e) => e.name === 'Khoushnoud Rahmatulloyev')!;
    expect(bundle.mentions.some((m) => m.documentId === 'a06' && m.id === spokesman.id)).toBe(true);
    const talks = bundle.events.find((e) => e.sources.some((s) => s.documentId === 'a06' && s.role === 'primary'))!;
    expect(talks.actorIds).toContain('sherali-mirzo');
    expect(talks.actorIds).not.toContain(spokesman.id);
  });
});
