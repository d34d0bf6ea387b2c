import { NOT_NAME_WORDS, PARTICLES } from './nameLexicon';

/** A word of a candidate name, with its range in the text (possessive and full stop excluded). */
export interface NameToken {
  start: number;
  end: number;
  text: string;
  initial: boolean;
  particle: boolean;
  /** A word the knowledge file knows as a place, which may still begin a name ("Nursultan Nazarbayev"). */
  place: boolean;
}

/** A run of name words the text puts together: "Marc Perrin de Brichambaut", "E.A. Cobidrzoda". */
export interface NameRun {
  start: number;
  end: number;
  tokens: NameToken[];
  /** The name as one line: line breaks inside it become spaces. */
  name: string;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*\.?/gu;
// A capitalised word with at least one lowercase letter: "Ki-moon", "McDonald", "Sherwood-Randall".
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll}(?:\p{Lu}\p{Ll}+)?(?:-\p{L}[\p{Ll}\p{M}]+)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
// Spaces or one line break between the words of a name; a blank line ends it.
const NAME_GAP = /^(?: +| *\n *)$/;

/**
 * The runs of capitalised words in a text that could be names: words that are not offices,
 * bodies or places (the lexicon), not inside a name the knowledge file already matched
 * (`taken`), joined by spaces or a single hard line break. A possessive, a full stop after a
 * word (not an initial) and anything else end a run.
 */
export function findNameRuns(text: string, taken: Uint8Array, placeAt: Uint8Array): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameToken[] = [];
  let open = false;
  const close = () => {
    while (
      current.length &&
      (current[current.length - 1]!.particle || current[current.length - 1]!.initial || current[current.length - 1]!.place)
    )
      current.pop();
    while (current.length && current[0]!.particle) current.shift();
    if (current.some((t) => !t.initial && !t.particle && !t.place)) {
      while (current[0]!.place && current[1]?.place) current.shift();
      const first = current[0]!;
      const last = current[current.length - 1]!;
      runs.push({
        start: first.start,
        end: last.end,
        tokens: current,
        name: current
          .map((t) => t.text)
          .join(' ')
          .replace(/\. (?=\p{Lu}\.)/gu, '.'),
      });
    }
    current = [];
    open = false;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    let word = m[0];
    const token = classify(word, start, taken, placeAt);
    if (!token) {
      close();
      continue;
    }
    const prev = current[current.length - 1];
    const gap = prev ? text.slice(prev.end, start) : '';
    const joins = open && prev && (NAME_GAP.test(gap) || (prev.initial && gap === ''));
    if (!joins) close();
    if (token.particle && current.length === 0) continue;
    current.push(token);
    word = text.slice(start, start + m[0].length);
    // A possessive or a full stop after a whole word ends the name there.
    open = !(/['’]s$/.test(word) || (/\.$/.test(word) && !token.initial));
  }
  close();
  return runs;
}

/** What a word can be inside a name, or undefined when it cannot be part of one. */
function classify(word: string, start: number, taken: Uint8Array, placeAt: Uint8Array): NameToken | undefined {
  const bare = word.replace(/['’]s$/, '').replace(/\.$/, '');
  const plainToken = { start, end: start + bare.length, text: bare, initial: false, particle: false, place: false };
  if (INITIAL.test(word)) return { ...plainToken, end: start + 2, text: word, initial: true };
  if (PARTICLES.has(bare)) return { ...plainToken, particle: true };
  if (!NAME_WORD.test(bare) || NOT_NAME_WORDS.has(bare) || NOT_NAME_WORDS.has(bare.split('-')[0]!)) return undefined;
  if (taken[start] === 1 || taken[start + bare.length - 1] === 1) return undefined;
  if (placeAt[start] === 1 || placeAt[start + bare.length - 1] === 1) {
    // Only a one-word place can be a given name; a longer place name is a place.
    return placeAt[start - 1] !== 1 && placeAt[start + bare.length] !== 1 ? { ...plainToken, place: true } : undefined;
  }
  return plainToken;
}
