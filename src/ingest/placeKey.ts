/**
 * Words and the keys place names are looked up by. The gazetteer build and the matcher both use
 * these, so a name in the table and the same name in a text give the same key: "Alma-Ata",
 * "Alma Ata" and "ALMA-ATA" are all "alma ata", and "Ürümqi" is "urumqi".
 */

/** A word of a text: the range it covers. */
export interface Word {
  start: number;
  end: number;
}

// Letters, combining marks and digits make words; the modifier letters used as apostrophes
// (Uzbek "Xoʻjand", "Qoʻqon") separate them, as a typed apostrophe does. They are letters to
// Unicode, so a run that holds one is split after matching, which keeps the common case quick.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHE_LETTERS = /[\u02b9-\u02bf\u02c8]/;
const NOT_APOSTROPHE = /[^\u02b9-\u02bf\u02c8]+/g;

/** The words of a text, in order. */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    if (!APOSTROPHE_LETTERS.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
    else
      for (const part of m[0].matchAll(NOT_APOSTROPHE))
        out.push({ start: m.index + part.index, end: m.index + part.index + part[0].length });
  }
  return out;
}

// Latin letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };
const ASCII_WORD = /^[a-z0-9]*$/;

/** A word folded for lookup: lowercase, without accents ("Ürümqi" -> "urumqi", "Й" -> "и"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøđðßæœþħ]/g, (c) => UNDECOMPOSED[c]!);
}

const ASCII_NAME = /^[\x20-\x7e]*$/;

/** The lookup key of a name: its folded words joined by single spaces. */
export function placeKey(name: string): string {
  // Most names are plain ASCII, whose words are runs of letters and digits; this path gives the
  // same key as the general one, several times faster, which matters for 100,000 names.
  if (ASCII_NAME.test(name)) {
    return name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w)
      .join(' ');
  }
  return wordsOf(name)
    .map((w) => foldWord(name.slice(w.start, w.end)))
    .join(' ');
}

/** How many words a name has, which bounds the n-grams the matcher has to try. */
export function wordCount(name: string): number {
  return wordsOf(name).length;
}
