import type { Span } from '../data/bundleSchema';
import { bisector } from 'd3-array';

/** Turns a name into a lowercase URL-safe id: "Rashid Alimov" -> "rashid-alimov". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72)
    .replace(/-+$/g, '');
  return slug || 'x';
}

// A line that stops mid-sentence: a comma or a function word at its end.
const OPEN_END = /(?:,|\b(?:of|the|and|in|to|a|an|for|with|on|at|by|from|as|or))$/;

/**
 * The width a text copied from a PDF or an e-mail was wrapped at: the median length of its
 * lines, when most of its lines are of about one length; undefined for a text of paragraphs.
 */
export function wrapWidthOf(text: string): number | undefined {
  const lengths = text
    .split(/\r?\n/)
    .map((l) => l.trim().length)
    .filter((n) => n >= 20);
  const body = lengths.filter((n) => n >= 50 && n <= 110).sort((a, b) => a - b);
  if (body.length < 6 || body.length < 0.6 * lengths.length) return undefined;
  return body[Math.floor(body.length / 2)];
}

/**
 * Paragraph ranges, trimmed: each line, as the seed files separate them, except that a hard
 * line break inside a sentence (a long line running on in lower case, or a line ending on
 * "of" or a comma) joins the lines, as pasted and wrapped texts need. In a text wrapped at a
 * width, a line about as long as the width that does not end a sentence runs on too, so
 * "… 16 September 2022 – The International High-Level" joins the "Conference on …" after it.
 */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const width = wrapWidthOf(text);
  const wrapped = (line: string) => width !== undefined && line.length >= width - 20 && line.length <= width + 15;
  const re = /[^\r\n]+/g;
  let previous: { span: Span; line: string } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const span = { start: m.index + lead, end: m.index + lead + trimmed.length };
    const between = previous ? text.slice(previous.span.end, span.start) : '';
    const runsOn =
      previous &&
      !/\n\s*\n/.test(between) &&
      !/[.!?:;”"’)\]]$/.test(previous.line) &&
      ((previous.line.length >= 50 && /^[a-z]/.test(trimmed)) ||
        (previous.line.length >= 40 && OPEN_END.test(previous.line)) ||
        (wrapped(previous.line) && /^[\p{L}“"‘(]/u.test(trimmed)));
    if (runsOn) {
      const last = spans[spans.length - 1]!;
      last.end = span.end;
    } else {
      spans.push(span);
    }
    previous = { span, line: trimmed };
  }
  return spans;
}

// Abbreviations whose trailing full stop does not end a sentence.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|St|No|H\.E|etc|vs|Jr|Sr|[A-Z]))\.$/;

/** Sentence ranges inside each paragraph; a paragraph break always ends a sentence. */
export function findSentences(text: string, paragraphs: Span[] = findParagraphs(text)): Span[] {
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
    const body = text.slice(p.start, p.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = p.start + m.index + m[0].length;
      if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 6), p.start + m.index + 1))) continue;
      sentences.push({ start, end });
      start = end;
      while (start < p.end && /\s/.test(text[start]!)) start++;
    }
    if (start < p.end) sentences.push({ start, end: p.end });
  }
  return sentences;
}

const spanEnds = bisector((s: Span) => s.end);

/** The span among `spans` that contains `offset`, if any. */
export function spanAt(spans: Span[], offset: number): Span | undefined {
  // Spans are in order and do not overlap: the first that ends after the offset is the only one that may hold it.
  const s = spans[spanEnds.right(spans, offset)];
  return s && s.start <= offset ? s : undefined;
}

/** An evidence record: a range together with the exact text it slices. */
export function evidenceOf(text: string, span: Span): { start: number; end: number; text: string } {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the character is a letter or digit, so a match next to it is not on a word boundary. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The text with every kind of space (no-break, thin, tab) as a plain space. The length is
 * unchanged, so offsets found in it are offsets into the original.
 */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
}
