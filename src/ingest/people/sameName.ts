import { PARTICLES } from './nameLexicon';

/**
 * A spelling folded so that transliterations of one name meet: no accents, lowercase letters
 * only, "kh" as "h" (Rakhmon, Rahmon), "y" as "i" (Nikolay, Nikolai), no doubled letters.
 */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Edit distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Two spellings of one word of a name: equal once folded, or one letter apart (two for long words), same first letter. */
export function sameWord(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  if (!fa || !fb || fa[0] !== fb[0]) return false;
  const shorter = Math.min(fa.length, fb.length);
  const limit = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
  return limit > 0 && distance(fa, fb, limit) <= limit;
}

/** A name's given names and surname: "Marc Perrin de Brichambaut" -> ["Marc", "Perrin"], "Brichambaut". */
export function nameParts(name: string): { given: string[]; surname: string } {
  const words = name.split(/\s+/).filter((w) => w && !PARTICLES.has(w));
  return { given: words.slice(0, -1), surname: words[words.length - 1] ?? name };
}

/** True when two first names agree: the same spelling folded, a close variant, or an initial of the other. */
function sameGiven(a: string, b: string): boolean {
  const ia = /^\p{Lu}\.?$/u.test(a.replace(/\..*$/, '.')) && a.length <= 4;
  const ib = /^\p{Lu}\.?$/u.test(b.replace(/\..*$/, '.')) && b.length <= 4;
  if (ia || ib) return a[0] === b[0];
  return sameWord(a, b);
}

/**
 * Why two full names are one person, or undefined: both the surname and the first given name
 * must agree ("Emomali Rahmon" and "Emomali Rakhmon"); a shared first name alone ("Vladimir
 * Voronkov", "Vladimir Norov") or a shared surname alone never makes one person.
 */
export function samePersonReason(a: string, b: string): string | undefined {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!pa.given.length || !pb.given.length) return undefined;
  if (!sameWord(pa.surname, pb.surname) || !sameGiven(pa.given[0]!, pb.given[0]!)) return undefined;
  if (foldName(a) === foldName(b)) return 'the same name in another transliteration';
  return `surname "${pa.surname}"/"${pb.surname}" and first name "${pa.given[0]}"/"${pb.given[0]}" are spelling variants`;
}
