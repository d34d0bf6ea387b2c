// Names of conventions and meetings are written with synonyms: the "Convention on Countering
// Extremism" is the "Convention on Combating Extremism" in another paper. An alias matches any
// of its words' variants listed here.
const VARIANTS: string[][] = [
  ['countering', 'combating', 'combatting', 'counteracting', 'fighting', 'combat', 'counter'],
  ['organization', 'organisation'],
  ['center', 'centre'],
  ['cooperation', 'co-operation'],
  ['defense', 'defence'],
];
const byWord = new Map(VARIANTS.flatMap((group) => group.map((w) => [w, group] as const)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/** A case-insensitive pattern for an event alias that also matches its words' variants. */
export function aliasPattern(alias: string): RegExp {
  let re = patterns.get(alias);
  if (!re) {
    const source = alias
      .toLowerCase()
      .split(/(\s+)/)
      .map((w) => (/^\s+$/.test(w) ? '\\s+' : byWord.has(w) ? `(?:${byWord.get(w)!.map(escape).join('|')})` : escape(w)))
      .join('');
    re = new RegExp(source, 'i');
    patterns.set(alias, re);
  }
  return re;
}

/** Where an event alias (or a variant of it) first occurs in a text, and how long it is there. */
export function findAlias(text: string, alias: string): { at: number; length: number } | undefined {
  const m = aliasPattern(alias).exec(text);
  return m ? { at: m.index, length: m[0].length } : undefined;
}
