import type { Evidence, MentionType, Span } from '../data/bundleSchema';

/** What a piece of text names, recorded as a mention when the piece is written. */
export interface MentionRef {
  type: MentionType;
  id: string;
}

/**
 * A piece of a sentence: plain text, or text with a mention and/or a key under which its span
 * is returned, or a keyed group of pieces (a quotation with names inside it).
 */
export type Part = string | { text: string; mention?: MentionRef; key?: string } | { key: string; parts: Part[] };

/** Where a written sentence and its keyed pieces landed in the text. */
export interface Written extends Span {
  keys: Record<string, Span>;
}

/** A mention without its document id, which the caller knows. */
export interface LocalMention extends Span {
  type: MentionType;
  id: string;
}

/** Builds a document's text sentence by sentence, recording offsets as it goes. */
export interface TextBuilder {
  /** Length of the text so far, in UTF-16 code units. */
  readonly length: number;
  /** Appends a sentence to the current paragraph (starting one if needed). */
  sentence(parts: Part[]): Written;
  /** Closes the current paragraph; the next sentence starts a new one after a blank line. */
  endParagraph(): void;
  /** The passage of a span, with its text, as evidence. */
  evidence(span: Span): Evidence;
  /** The finished text, its paragraph spans and its mentions in text order. */
  finish(): { text: string; paragraphs: Span[]; mentions: LocalMention[] };
}

/**
 * A text builder. Offsets are taken from the string lengths written, which are UTF-16 code
 * units like the bundle's offsets, so every recorded span slices exactly what was written.
 */
export function createTextBuilder(): TextBuilder {
  let text = '';
  let paragraphStart = -1;
  const paragraphs: Span[] = [];
  const mentions: LocalMention[] = [];

  const writeParts = (parts: Part[], keys: Record<string, Span>) => {
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
      } else if ('parts' in part) {
        const start = text.length;
        writeParts(part.parts, keys);
        keys[part.key] = { start, end: text.length };
      } else {
        const start = text.length;
        text += part.text;
        if (part.mention) mentions.push({ start, end: text.length, type: part.mention.type, id: part.mention.id });
        if (part.key) keys[part.key] = { start, end: text.length };
      }
    }
  };
  const endParagraph = () => {
    if (paragraphStart >= 0 && text.length > paragraphStart) paragraphs.push({ start: paragraphStart, end: text.length });
    paragraphStart = -1;
  };

  return {
    get length() {
      return text.length;
    },
    sentence(parts) {
      if (paragraphStart < 0) {
        if (text.length > 0) text += '\n\n';
        paragraphStart = text.length;
      } else {
        text += ' ';
      }
      const start = text.length;
      const keys: Record<string, Span> = {};
      writeParts(parts, keys);
      return { start, end: text.length, keys };
    },
    endParagraph,
    evidence: (span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) }),
    finish() {
      endParagraph();
      return { text, paragraphs, mentions };
    },
  };
}
