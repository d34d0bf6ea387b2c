import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../src/data/bundleSchema';
import { buildBundle } from '../../src/ingest/buildBundle';
import { loadKnowledge, loadSeedTexts, seedBundle } from '../seedFixtures';

const { bundle, review } = seedBundle();
const primaryOf = (docPrefix: string) =>
  bundle.events.find((e) => e.sources.some((s) => s.role === 'primary' && s.documentId.startsWith(docPrefix)))!;
const eventById = (id: string) => bundle.events.find((e) => e.id === id);

describe('the bundle built from the seeds', () => {
  it('validates against the shared schema', () => {
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
  });

  it('has one document per seed, id = file name without extension', () => {
    expect(bundle.documents.map((d) => d.id)).toEqual(loadSeedTexts().map((s) => s.id));
  });

  it('places the 2018 Dushanbe conference on 4 May 2018, as stated', () => {
    const e = primaryOf('000');
    expect(e.placeId).toBe('dushanbe');
    expect(e.date).toMatchObject({ start: '2018-05-04', precision: 'day', basis: 'stated', asStated: 'On 4 May 2018' });
  });

  it('places the 2017 convention at the Astana summit in June 2017, curated with its reason', () => {
    const e = primaryOf('001');
    expect(e.placeId).toBe('astana');
    expect(e.date.start.slice(0, 7)).toBe('2017-06');
    expect(e.date.basis).toBe('curated');
    expect(e.date.reason).toMatch(/13\.06\.2017/);
  });

  it('never calls the year of the Tashkent conference stated', () => {
    const e = primaryOf('002');
    expect(e.placeId).toBe('tashkent');
    expect(e.date).toMatchObject({ start: '2024-09-04', end: '2024-09-05', precision: 'day', asStated: 'September 4-5' });
    expect(e.date.reason).toMatch(/September 4-5, 2024 in Tashkent/);
    expect(e.date.basis).not.toBe('stated');
  });

  it('places the border security conference in Dushanbe on 18 October 2022', () => {
    const e = primaryOf('003');
    expect(e.placeId).toBe('dushanbe');
    expect(e.date).toMatchObject({ start: '2022-10-18', precision: 'day', basis: 'stated' });
  });

  it('resolves "Yesterday" under the 24.06.2021 dateline to 23 June 2021, inferred', () => {
    const e = primaryOf('004');
    expect(e.placeId).toBe('dushanbe');
    expect(e.date).toMatchObject({ start: '2021-06-23', basis: 'inferred', asStated: 'Yesterday' });
  });

  it('finds the referenced events with their stated dates and source passages', () => {
    const expected: [RegExp, string, string | undefined][] = [
      [/Declaration on the Establishment of the SCO/, '2001-06-15', undefined],
      [/Dushanbe Declaration of the Heads of State/, '2000-07-04', 'dushanbe'],
      [/Council of SCO Heads of State/, '2021-09-16', 'dushanbe'],
      [/Shanghai Convention/, '2001-01-01', undefined],
      [/National Border Management Strategy/, '2010-01-01', undefined],
      [/East-Antiterror 2024/, '2024-01-01', undefined],
    ];
    for (const [title, start, place] of expected) {
      const e = bundle.events.find((x) => title.test(x.title));
      expect(e, String(title)).toBeDefined();
      expect(e!.date.start).toBe(start);
      if (place) expect(e!.placeId).toBe(place);
      const passage = e!.sources
        .flatMap((s) => s.evidence)
        .find((ev) => title.test(ev.text) || ev.text.includes(title.source.split(' ')[0]!));
      expect(passage, `evidence for ${title}`).toBeDefined();
    }
    expect(bundle.events.find((e) => /Council of SCO Heads of State/.test(e.title))!.date.end).toBe('2021-09-17');
    expect(bundle.events.find((e) => /East-Antiterror/.test(e.title))!.planned).toBe(true);
    const uzStrategy = bundle.events.find((e) => /Uzbekistan to Counter Extremism/.test(e.title))!;
    expect(uzStrategy.date).toMatchObject({ start: '2021-01-01', end: '2026-12-31', precision: 'year' });
  });

  it('merges the same real event found in two documents into one event with two sources', () => {
    const conference = eventById('dushanbe-conference-2018')!;
    expect(conference.sources.map((s) => [s.documentId.slice(0, 3), s.role])).toEqual([
      ['000', 'primary'],
      ['003', 'referenced'],
    ]);
    const convention = eventById('sco-convention-on-countering-extremism')!;
    expect(convention.sources.map((s) => [s.documentId.slice(0, 3), s.role])).toEqual([
      ['001', 'primary'],
      ['000', 'referenced'],
    ]);
    expect(bundle.events.filter((e) => /Shanghai Convention/.test(e.title))).toHaveLength(1);
  });

  it('links a person to every document that names them, whatever the spelling', () => {
    const docsOf = (id: string) => [...new Set(bundle.mentions.filter((m) => m.id === id).map((m) => m.documentId.slice(0, 3)))].sort();
    expect(docsOf('vladimir-voronkov')).toEqual(['002', '003']);
    expect(docsOf('emomali-rahmon')).toEqual(['000', '003']);
    expect(docsOf('rashid-alimov')).toEqual(['000', '001']);
    const rahmon = bundle.entities.find((e) => e.id === 'emomali-rahmon')!;
    expect(rahmon.aliases).toContain('Emomali Rakhmon');
  });

  it('makes every person named in the seeds an entity with a mention', () => {
    const people = bundle.entities.filter((e) => e.type === 'person');
    for (const name of [
      'Rashid Alimov',
      'Viktor Makhmudov',
      'Shavkat Mirziyoyev',
      'Nuran Niyazaliyev',
      'Yevgeny Sysoyev',
      'Nurlan Seitimov',
      'Ajit Doval',
      'Zhao Kezhi',
      'Jumakhon Giyosov',
      'Helga Schmid',
    ]) {
      const p = people.find((x) => x.name === name);
      expect(p, name).toBeDefined();
      expect(bundle.mentions.some((m) => m.id === p!.id)).toBe(true);
    }
    expect(review.filter((r) => r.message.startsWith('unresolved name'))).toEqual([]);
  });

  it('resolves "Mr. Alimov" to Rashid Alimov and "R. Mirzayev" to the RATS director', () => {
    const d002 = bundle.documents.find((d) => d.id.startsWith('002'))!;
    const at = d002.text.indexOf('R. Mirzayev');
    expect(bundle.mentions.find((m) => m.documentId === d002.id && m.start === at)?.id).toBe('ruslan-mirzayev');
    const doc = bundle.documents.find((d) => d.id.startsWith('000'))!;
    const mr = bundle.mentions.filter((m) => m.documentId === doc.id && doc.text.slice(m.start, m.end) === 'Mr. Alimov');
    expect(mr.length).toBeGreaterThan(3);
    expect(mr.every((m) => m.id === 'rashid-alimov')).toBe(true);
  });

  it('gives people the roles the texts give them, dated by the document', () => {
    const roles = (id: string) => bundle.entities.find((e) => e.id === id)!.roles;
    expect(roles('rashid-alimov').map((r) => r.title)).toContain('SCO Secretary General');
    expect(roles('vladimir-norov')).toEqual([{ title: 'SCO Secretary General', documentId: '004_24de86d139aaadbd', date: '2021-06-23' }]);
    expect(roles('abdusalom-azizov').map((r) => r.title)).toEqual(['Chairman of the State Security Service of the Republic of Uzbekistan']);
  });

  it('tags topics with the passages that support them', () => {
    const border = primaryOf('003');
    expect(border.topicIds).toContain('border-security');
    const doc = bundle.documents.find((d) => d.id.startsWith('003'))!;
    const topicMention = bundle.mentions.find((m) => m.documentId === doc.id && m.id === 'border-security')!;
    expect(doc.text.slice(topicMention.start, topicMention.end).toLowerCase()).toMatch(/border/);
  });

  it('finds quotations with their speakers and the figures the texts report', () => {
    const d002 = bundle.documents.find((d) => d.id.startsWith('002'))!;
    const mehr = d002.quotes.find((q) => q.text.includes('531 repatriates'))!;
    expect(mehr.speakerId).toBe('botir-tursunov');
    expect(d002.figures.map((f) => f.text)).toContain('531 repatriates');
    const d000 = bundle.documents.find((d) => d.id.startsWith('000'))!;
    // The seed writes some of its spaces as no-break spaces.
    expect(d000.figures.find((f) => f.text.replace(/\s/g, ' ') === 'over 600 terrorist crimes')?.value).toBe(600);
    expect(d000.figures.find((f) => f.text.replace(/\s/g, ' ') === 'over four million units')?.value).toBe(4_000_000);
    expect(d000.quotes.filter((q) => q.speakerId === 'rashid-alimov').length).toBeGreaterThanOrEqual(4);
  });

  it('reads publisher and dateline', () => {
    const d004 = bundle.documents.find((d) => d.id.startsWith('004'))!;
    expect(d004).toMatchObject({ publisher: 'NIAT Khovar', published: '2021-06-24', datelinePlaceId: 'dushanbe' });
    expect(d004.dateline!.text).toBe('DUSHANBE, 24.06.2021 (NIAT Khovar)');
    expect(bundle.documents.find((d) => d.id.startsWith('001'))!.published).toBe('2017-06-13');
    expect(bundle.documents.find((d) => d.id.startsWith('002'))!.publisher).toBe('UzA');
  });

  it('slices exactly what every mention, evidence, quote and figure claims', () => {
    const docs = new Map(bundle.documents.map((d) => [d.id, d]));
    for (const m of bundle.mentions) {
      const d = docs.get(m.documentId)!;
      expect(m.end).toBeLessThanOrEqual(d.text.length);
      const slice = d.text.slice(m.start, m.end);
      expect(slice.trim()).toBe(slice);
      expect(slice.length).toBeGreaterThan(0);
      if (m.type === 'person' || m.type === 'organisation' || m.type === 'state') {
        const e = bundle.entities.find((x) => x.id === m.id)!;
        const forms = [e.name, ...e.aliases];
        expect(forms.some((f) => f.replace(/\s/g, ' ') === slice.replace(/\s/g, ' ')) || /^(Mr|Ms|Mrs|Dr|H\.E\.)\.? /.test(slice)).toBe(
          true,
        );
      }
    }
    for (const e of bundle.events)
      for (const s of e.sources) for (const ev of s.evidence) expect(docs.get(s.documentId)!.text.slice(ev.start, ev.end)).toBe(ev.text);
    for (const d of bundle.documents) {
      for (const q of d.quotes) expect(d.text.slice(q.start, q.end)).toBe(q.text);
      for (const f of d.figures) expect(d.text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('is deterministic: the same input in another order gives the same bytes', () => {
    const again = buildBundle([...loadSeedTexts()].reverse(), loadKnowledge());
    expect(JSON.stringify(again.bundle)).toBe(JSON.stringify(bundle));
  });
});
