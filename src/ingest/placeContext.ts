/**
 * What the words around a name say about it: whether it opens a sentence, stands in a dateline
 * or a title, follows "in" or "the city of", or is glued to another capitalised word as part of
 * a longer name ("Shanghai Convention", "Vladimir Putin").
 */
import { foldWord, wordsOf, type Word } from './placeKey';
import { CALENDAR_WORDS, DESCRIPTORS, FUNCTION_WORDS, MEETING_WORDS, NAME_FORMING_NOUNS, PREPOSITIONS } from './placeWords';
import { bisector } from 'd3-array';

// Words in text order, found by where they end.
const byEnd = bisector((w: { end: number }) => w.end);

/** A name the knowledge file already resolved, which the context reads (states, places). */
export interface KnownSpan {
  start: number;
  end: number;
  type: string;
  id: string;
}

/** True when the word starts with a capital letter. */
export const startsUpper = (w: string) => w.length > 0 && w[0] !== w[0]!.toLowerCase();
/** True when the word is written all in capitals ("QINGDAO", "SCO"). */
export const allCaps = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sen', 'rep', 'gov', 'h']);

/** One text, split into words once, with the questions the place matcher asks about them. */
export class TextContext {
  readonly words: Word[];
  private readonly folded: (string | undefined)[];
  private readonly titleLines = new Map<number, boolean>();
  /** Offsets where a known state name starts and where a known state or place name ends. */
  private readonly stateStarts = new Set<number>();
  private readonly placeOrStateEnds = new Set<number>();
  /** Ends of place names accepted so far, for lists ("in Ufa and Orenburg"). */
  readonly placeEnds = new Set<number>();
  private lowercase: Set<string> | undefined;

  constructor(
    readonly text: string,
    known: KnownSpan[],
    private readonly isCountryKey: (key: string) => boolean = () => false,
  ) {
    this.words = wordsOf(text);
    this.folded = new Array(this.words.length);
    for (const k of known) {
      if (k.type === 'state') this.stateStarts.add(k.start);
      if (k.type === 'state' || k.type === 'place') this.placeOrStateEnds.add(k.end);
      if (k.type === 'place') this.placeEnds.add(k.end);
    }
  }

  /** Folded words the text also writes in lowercase, which are words before they are names; found when first asked. */
  get lowercaseWords(): Set<string> {
    if (!this.lowercase) {
      this.lowercase = new Set();
      for (let i = 0; i < this.words.length; i++) if (!startsUpper(this.raw(i))) this.lowercase.add(this.fold(i));
    }
    return this.lowercase;
  }

  /** The index of the word that ends at the offset, if one does. */
  wordEndingAt(offset: number): number | undefined {
    const i = byEnd.left(this.words, offset);
    return this.words[i]?.end === offset ? i : undefined;
  }

  /** The word as written. */
  raw(i: number): string {
    const w = this.words[i]!;
    return this.text.slice(w.start, w.end);
  }

  /** The word folded for lookup, computed once. */
  fold(i: number): string {
    return (this.folded[i] ??= foldWord(this.raw(i)));
  }

  /** The characters between word i and word i + 1. */
  gapAfter(i: number): string {
    const next = this.words[i + 1];
    return next ? this.text.slice(this.words[i]!.end, next.start) : this.text.slice(this.words[i]!.end);
  }

  /** True when words i and i + 1 can belong to one name: a space, hyphen, apostrophe, "St. " or a hard line break. */
  joins(i: number): boolean {
    const gap = this.gapAfter(i);
    return (gap.length <= 2 && /^[ \-‐‑'’ʼʻ‘.]+$/.test(gap)) || /^ ?\n ?$/.test(gap);
  }

  /** True when the word opens a sentence or a line. */
  sentenceInitial(i: number): boolean {
    let k = this.words[i]!.start - 1;
    while (k >= 0 && ' \t"“‘«(['.includes(this.text[k]!)) k--;
    return k < 0 || '\n.!?:'.includes(this.text[k]!);
  }

  /** True when the line the word is on is a title with most words capitalised, where capitals say nothing. */
  inTitleLine(i: number): boolean {
    const w = this.words[i]!;
    const lineStart = this.text.lastIndexOf('\n', w.start - 1) + 1;
    let cached = this.titleLines.get(lineStart);
    if (cached === undefined) {
      const end = this.text.indexOf('\n', lineStart);
      const line = this.text.slice(lineStart, end < 0 ? undefined : end);
      const long = wordsOf(line)
        .map((x) => line.slice(x.start, x.end))
        .filter((x) => x.length >= 4);
      // A line that ends as a sentence does is body text, however many names it lists
      // ("President of Belarus Aleksandr Lukashenko, President of ... Iran Hassan Rouhani ... in the event.").
      const sentence = /[.!?]["”’]?\s*$/.test(line) && long.length > 8;
      cached = !sentence && long.length >= 2 && long.length <= 30 && long.filter(startsUpper).length >= 0.75 * long.length;
      this.titleLines.set(lineStart, cached);
    }
    return cached;
  }

  /** True when words i..j open a line and a comma, bracket, slash or spaced dash follows, as a dateline does: "DUSHANBE, July 22", "BISHKEK --". */
  inDateline(i: number, j: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', this.words[i]!.start - 1) + 1;
    if (this.text.slice(lineStart, this.words[i]!.start).trim() !== '') return false;
    return /^(?:\s*[,(/]| +[–—-])/.test(this.gapAfter(j));
  }

  /** True when a state's name starts at word i: a known state, or a state the gazetteer names. */
  stateAt(i: number): boolean {
    if (i >= this.words.length) return false;
    if (this.stateStarts.has(this.words[i]!.start)) return true;
    let key = '';
    for (let j = i; j < Math.min(i + 3, this.words.length); j++) {
      key = key ? `${key} ${this.fold(j)}` : this.fold(j);
      if (startsUpper(this.raw(i)) && this.isCountryKey(key)) return true;
      if (!this.joins(j)) break;
    }
    return false;
  }

  /** True when word i ends a known state or place, or is a state's name or adjective itself. */
  private endsStateOrPlace(i: number): boolean {
    return (
      this.placeOrStateEnds.has(this.words[i]!.end) ||
      this.placeEnds.has(this.words[i]!.end) ||
      (startsUpper(this.raw(i)) && this.isCountryKey(this.fold(i)))
    );
  }

  /**
   * True when the words before name i say it is a place: a preposition ("in", "to"), a
   * descriptor ("the capital", "the village of"), a state ("China's Qingdao", "Kazakh"), or a
   * place before it in a list ("Ufa and Orenburg").
   */
  placeBefore(i: number): boolean {
    if (i === 0) return false;
    const gap = this.gapAfter(i - 1);
    if (!/^\s+$/.test(gap) || gap.split('\n').length > 2) return false;
    const prev = this.fold(i - 1);
    if (PREPOSITIONS.has(prev) || DESCRIPTORS.has(prev)) return true;
    if (prev === 'of' && i >= 2 && DESCRIPTORS.has(this.fold(i - 2))) return true;
    if (prev === 's' && i >= 2 && /^['’]$/.test(this.gapAfter(i - 2)) && this.endsStateOrPlace(i - 2)) return true;
    if ((prev === 'and' || prev === 'or') && i >= 2 && this.placeEnds.has(this.words[i - 2]!.end)) return true;
    if (startsUpper(this.raw(i - 1)) && this.isCountryKey(prev)) return true;
    return false;
  }

  /** True when a list comma or a state follows name i..j: "Ufa, Russia", "QINGDAO /China/", "Samarkand, Uzbekistan". */
  placeAfter(j: number): boolean {
    return /^(?:, ?| \(| ?\/)$/.test(this.gapAfter(j)) && this.stateAt(j + 1);
  }

  /** True when a list comma before name i follows a place: "in Bratislava, Vienna". */
  listAfterPlace(i: number): boolean {
    return i > 0 && /^, ?$/.test(this.gapAfter(i - 1)) && this.placeEnds.has(this.words[i - 1]!.end);
  }

  /**
   * True when the word after name i..j makes it part of another name: a noun such as
   * "Declaration" or "agreements", or any capitalised word that is not a state, a meeting or a
   * date ("Astana Times", "Shanghai Five", but "Astana Summit", "Tashkent Thursday"). In a title
   * every word is capitalised, so there only the nouns count.
   */
  nameFollows(j: number): boolean {
    if (j + 1 >= this.words.length || this.gapAfter(j) !== ' ') return false;
    const next = this.fold(j + 1);
    if (NAME_FORMING_NOUNS.has(next)) return true;
    if (
      !startsUpper(this.raw(j + 1)) ||
      this.inTitleLine(j) ||
      FUNCTION_WORDS.has(next) ||
      MEETING_WORDS.has(next) ||
      CALENDAR_WORDS.has(next)
    )
      return false;
    return !this.stateAt(j + 1) && !this.placeOrStateEnds.has(this.words[j + 1]!.end);
  }

  /** True when name i is what a document is named after: "the Charter of Paris", "the Treaty of Tashkent". */
  namedAfter(i: number): boolean {
    return (
      i >= 2 &&
      this.fold(i - 1) === 'of' &&
      /^\s+$/.test(this.gapAfter(i - 1)) &&
      startsUpper(this.raw(i - 2)) &&
      NAME_FORMING_NOUNS.has(this.fold(i - 2))
    );
  }

  /**
   * True when a capitalised word or a title right before name i makes it the end of another
   * name: "Vladimir Putin", "Soviet Union", "Mr. Ali". A preposition, a state or a place there
   * does not ("In Astana", "Kazakh Burabay").
   */
  nameBefore(i: number): boolean {
    if (i === 0) return false;
    const gap = this.gapAfter(i - 1);
    const prev = this.fold(i - 1);
    if (gap === '. ' || gap === '.') return HONORIFICS.has(prev);
    if (gap !== ' ' || !startsUpper(this.raw(i - 1)) || this.inTitleLine(i)) return false;
    if (FUNCTION_WORDS.has(prev) || PREPOSITIONS.has(prev) || DESCRIPTORS.has(prev)) return false;
    return !this.endsStateOrPlace(i - 1);
  }
}
