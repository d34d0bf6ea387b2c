import { describe, expect, it } from 'vitest';
import { eventActors, roleFor } from '../../src/format/eventActors';
import { seedBundle } from '../seedFixtures';

const { bundle } = seedBundle();
const event = (id: string) => bundle.events.find((e) => e.id === id)!;
const entity = (id: string) => bundle.entities.find((e) => e.id === id)!;

describe('eventActors', () => {
  it('lists the chair first with the role this article gives, and the bodies only named apart', () => {
    const e = event('2021-06-23-dushanbe-meeting');
    const { taking, named } = eventActors(bundle, e, e.sources[0]!.documentId);
    expect(taking[0]).toMatchObject({ id: 'nasrullo-mahmudzoda', part: 'chair', role: 'Secretary of the Security Council of Tajikistan' });
    expect(taking.map((a) => a.id)).not.toContain('shanghai-five');
    expect(named.map((a) => a.id)).toContain('shanghai-five');
  });

  it('gives a person the role of the article read, not of a later one', () => {
    const rahmon = entity('emomali-rahmon');
    const doc2018 = rahmon.roles.find((r) => r.date?.startsWith('2018'))!.documentId;
    expect(roleFor(rahmon, doc2018, '2018-05-04')).toBe(rahmon.roles.find((r) => r.documentId === doc2018)!.title);
    // With no role in the article read, the latest one given on or before the event.
    const voronkov = entity('vladimir-voronkov');
    const latest = [...voronkov.roles].sort((a, b) => (a.date! < b.date! ? 1 : -1))[0]!;
    expect(roleFor(voronkov, undefined, '2030-01-01')).toBe(latest.title);
    expect(roleFor(voronkov, undefined, '1990-01-01')).toBeUndefined();
  });
});

describe('eventActors for organisations', () => {
  it('says which organisation a body is part of, as the knowledge file gives it', () => {
    const e = event('2024-09-04-tashkent-conference');
    const rats = eventActors(bundle, e, e.sources[0]!.documentId).taking.find((a) => a.id === 'rats-sco');
    expect(rats).toMatchObject({ part: 'organiser', role: 'part of Shanghai Cooperation Organisation' });
  });
});

describe('reportRows', () => {
  it('shortens a page title that is a whole paragraph at a word, and keeps a short one', async () => {
    const { shorten } = await import('../../src/reader/reportRows');
    expect(shorten('Dushanbe Hosts SCO Security Council Secretaries Meeting', 70)).toBe(
      'Dushanbe Hosts SCO Security Council Secretaries Meeting',
    );
    const long = 'date 2021-06-24 DUSHANBE – The National Security Advisors of Shanghai Cooperation Organization (SCO) met in Dushanbe';
    const cut = shorten(long, 70);
    expect(cut.length).toBeLessThanOrEqual(71);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
