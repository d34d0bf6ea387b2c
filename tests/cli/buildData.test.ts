import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFileSchema, bundleSchema } from '../../src/data/bundleSchema';
import { packedBundleSchema, unpackBundle } from '../../src/data/packedBundle';
import { joinBundle } from '../../src/data/splitBundle';
import { SEEDS_DIR, loadKnowledge, seedBundle } from '../seedFixtures';
import { previewArticles } from '../../src/collection/previewArticles';
import { emptyCollection } from '../../src/collection/collectionSchema';
import { addAlias, addArticles, toCollectionFile } from '../../src/collection/collectionEdits';
import { curationFor } from '../../src/collection/curation';
import { buildCollectionBundle } from '../../src/collection/buildCollectionBundle';
import { BISHKEK_ARTICLE, fileOf } from '../collection/fixtures';
import { runBuildData } from '../../src/cli/runBuildData';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs build:data in this process, as the CLI does, with what it logs. */
async function run(args: string[]) {
  const lines: string[] = [];
  const status = await runBuildData(args, (line) => lines.push(line));
  return { status, stderr: lines.map((l) => `${l}\n`).join('') };
}

/** Runs the command itself through tsx: slow, so only to check its exit codes and output. */
function spawnCli(args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'src', 'cli', 'buildData.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

function folderWithSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const f of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, f), join(dir, f));
  return dir;
}

describe('npm run build:data', { timeout: 30_000 }, () => {
  it('builds a valid bundle from a folder, the same bytes twice', async () => {
    const dir = folderWithSeeds();
    const a = await run(['--in', dir, '--out', join(dir, 'a.json')]);
    const b = await run(['--in', dir, '--out', join(dir, 'b.json')]);
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    const bytes = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(bytes).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
    const bundle = bundleSchema.parse(JSON.parse(bytes));
    expect(bundle.documents).toHaveLength(5);
    expect(a.stderr).toMatch(/5 documents, \d+ events/);
    // The app beside this bundle finds the same places in the articles a person adds.
    expect(readFileSync(join(dir, 'gazetteer.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'public', 'data', 'gazetteer.json'), 'utf8'));
  });

  it('with --split, writes a bundle without texts and body files that give back the whole bundle', async () => {
    const dir = folderWithSeeds();
    expect((await run(['--in', dir, '--out', join(dir, 'whole', 'bundle.json')])).status).toBe(0);
    expect((await run(['--in', dir, '--out', join(dir, 'split', 'bundle.json'), '--split'])).status).toBe(0);
    const whole = bundleSchema.parse(JSON.parse(readFileSync(join(dir, 'whole', 'bundle.json'), 'utf8')));
    const raw = JSON.parse(readFileSync(join(dir, 'split', 'bundle.json'), 'utf8'));
    // The split bundle is written as columns, and its documents have no text column.
    expect(raw.layout).toBe('columns');
    expect(Object.keys(raw.documents)).not.toContain('text');
    const index = unpackBundle(packedBundleSchema.parse(raw));
    expect(index.mentions).toEqual([]);
    const files = index.bodies.map((b) => bodyFileSchema.parse(JSON.parse(readFileSync(join(dir, 'split', b.url), 'utf8'))));
    expect(joinBundle(index, files)).toEqual(whole);
  });

  it('names each bad file and still builds the good ones', async () => {
    const dir = folderWithSeeds();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, 'nodate.txt'), 'A title\n\nDelegates met and talked about security in the region.\n');
    writeFileSync(join(dir, 'menu.txt'), 'Menu\n\nHome About Contact Subscribe\n');
    copyFileSync(join(SEEDS_DIR, '004_24de86d139aaadbd.txt'), join(dir, 'zz_copy.txt'));
    const r = await run(['--in', dir, '--out', join(dir, 'out.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: skipped, the file is empty/);
    expect(r.stderr).toMatch(/binary\.txt: skipped, the file is not UTF-8 text/);
    expect(r.stderr).toMatch(/menu\.txt: skipped, no date and no meeting anywhere/);
    // A report of a meeting without a date is kept, its event undated and flagged for review.
    expect(r.stderr).not.toMatch(/nodate\.txt: skipped/);
    expect(r.stderr).toMatch(/nodate\.txt:\d+: undated: no date for the event/);
    expect(r.stderr).toMatch(/zz_copy\.txt: skipped, the file repeats 004_24de86d139aaadbd\.txt/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const bundle = bundleSchema.parse(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')));
    expect(bundle.documents.map((d) => d.id)).toHaveLength(6);
    const undated = bundle.events.find((e) => e.sources.some((s) => s.documentId === 'nodate' && s.role === 'primary'));
    expect(undated?.date.basis).toBe('undated');
  });

  it('works on a folder of new articles without code changes, and reports what to review', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    writeFileSync(
      join(dir, 'bishkek.txt'),
      'CIS security chiefs meet in Bishkek\nBISHKEK, 12.04.2024 (Kabar) – On 11 April 2024, a meeting of the heads of security agencies of the CIS member states was held in Bishkek. Zarina Tokoeva, an adviser, attended.\n',
    );
    const r = await run(['--in', dir, '--out', join(dir, 'out.json'), '--knowledge', join(SEEDS_DIR, 'knowledge.json')]);
    expect(r.status).toBe(0);
    const bundle = bundleSchema.parse(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')));
    const e = bundle.events[0]!;
    expect(e.placeId).toBe('bishkek');
    expect(e.date).toMatchObject({ start: '2024-04-11', basis: 'stated' });
    expect(r.stderr).toMatch(/bishkek\.txt:\d+: new person "Zarina Tokoeva": not in the knowledge file/);
  });

  it('fails with a message, not a stack trace, when nothing can be built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await run(['--in', dir, '--out', join(dir, 'out.json'), '--knowledge', join(SEEDS_DIR, 'knowledge.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no usable articles/);
    // The command itself exits with that code and prints the message without a stack trace.
    const missing = spawnCli(['--in', join(dir, 'nope')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^build:data: .*is not a folder of articles/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a broken knowledge file with the path of the problem', async () => {
    const dir = folderWithSeeds();
    writeFileSync(join(dir, 'knowledge.json'), JSON.stringify({ places: [{ id: 'Bad Id' }], entities: [], topics: [] }));
    const r = await run(['--in', dir, '--out', join(dir, 'out.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/knowledge\.json: places\.0\./);
  });

  it('accepts a collection exported by the app and builds the same events, corrections and aliases included', async () => {
    const base = seedBundle().bundle;
    const p = previewArticles([fileOf('bishkek.txt', BISHKEK_ARTICLE)], [], emptyCollection(), loadKnowledge()).previews[0]!;
    const collection = addAlias(
      addArticles(emptyCollection(), [p.article], [curationFor(p.article.id, { title: 'CIS security chiefs meet in Bishkek' })!]),
      { targetId: 'emomali-rahmon', alias: 'E. Rahmon' },
    );
    const { bundle } = buildCollectionBundle(base, collection, loadKnowledge());
    const dir = mkdtempSync(join(tmpdir(), 'collection-'));
    writeFileSync(join(dir, 'my-collection.json'), JSON.stringify(toCollectionFile(bundle, collection)));
    const r = await run(['--in', join(dir, 'my-collection.json'), '--out', join(dir, 'out', 'bundle.json')]);
    expect(r.stderr).toMatch(/wrote .*6 documents/);
    expect(r.status).toBe(0);
    const rebuilt = bundleSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'bundle.json'), 'utf8')));
    expect(rebuilt.events.map((e) => [e.id, e.date.start, e.title])).toEqual(bundle.events.map((e) => [e.id, e.date.start, e.title]));
    const bishkek = rebuilt.events.find((e) => e.id === '2024-04-11-bishkek-meeting')!;
    expect(bishkek.title).toBe('CIS security chiefs meet in Bishkek');
    expect(bishkek.actorIds).toContain('emomali-rahmon');
    const knowledge = JSON.parse(readFileSync(join(dir, 'out', 'knowledge.json'), 'utf8'));
    expect(knowledge.curations.some((c: { documentId: string }) => c.documentId === p.article.id)).toBe(true);
  });

  it('refuses a JSON file that is not an exported collection, with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notcollection-'));
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify(seedBundle().bundle));
    const r = await run(['--in', join(dir, 'bundle.json'), '--out', join(dir, 'out.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a collection exported by the app: .*collection/);
  });
});
