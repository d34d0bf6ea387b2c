import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBundles } from '../../src/collection/mergeBundles';
import { parseBundle } from '../../src/data/parseBundle';
import { buildBundle } from '../../src/ingest/buildBundle';
import { eventActors } from '../../src/format/eventActors';
import { resolveEventId } from '../../src/state/pruneUnknownIds';
import { evalText } from '../ingest/evalFixtures';
import { loadKnowledge, seedBundle } from '../seedFixtures';

// The seed bundle as `npm run build:data` wrote it at a85ea47, before events had participants,
// named actors or merged reports (issues 17 and 18). Someone may still serve such a file, and
// links to its events are in people's mail.
const OLD = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'bundles', 'seeds-before-issue-17.json'), 'utf8');

describe('a bundle written before participants and merging', () => {
  it('loads without warnings, and its events have the ids the current build gives them', () => {
    const { bundle, warnings } = parseBundle(OLD);
    expect(warnings).toEqual([]);
    expect(bundle.events.every((e) => e.participants === undefined && e.reports === undefined)).toBe(true);
    const ids = bundle.events.map((e) => e.id).sort();
    expect(ids).toEqual(seedBundle().bundle.events.map((e) => e.id).sort());
    for (const id of ['2021-06-23-dushanbe-meeting', 'dushanbe-conference-2018', '2024-09-04-tashkent-conference']) expect(resolveEventId(bundle.events, id)).toBe(id);
  });

  it('lists its actors as taking part, with no part given', () => {
    const { bundle } = parseBundle(OLD);
    const meeting = bundle.events.find((e) => e.id === '2021-06-23-dushanbe-meeting')!;
    const { taking, named } = eventActors(bundle, meeting);
    expect(taking.map((f) => f.id)).toEqual(expect.arrayContaining(['ajit-doval', 'nikolai-patrushev']));
    expect(taking.every((f) => f.part === undefined)).toBe(true);
    expect(named).toEqual([]);
  });

  it('takes a report a person adds of one of its meetings into that event, which keeps its id', () => {
    const { bundle } = parseBundle(OLD);
    const added = buildBundle([{ id: 'd02', text: evalText('d02_') }], loadKnowledge(), undefined, { fallbackYear: 2026 }).bundle;
    const merged = mergeBundles(bundle, added);
    const event = merged.events.find((e) => e.sources.some((s) => s.documentId === 'd02' && s.role === 'primary'))!;
    expect(event.id).toBe('dushanbe-conference-2018');
    expect(event.reports).toHaveLength(2);
    expect(merged.events).toHaveLength(bundle.events.length);
  });
});
