import type { NameMatch } from './matcher';

/** A quotation and the person the text says spoke it. */
export interface FoundQuote {
  start: number;
  end: number;
  text: string;
  speakerId?: string;
}

const SPEECH = /\b(said|says|noted|stated|added|emphasi[sz]ed|stressed|underlined|told|remarked|declared|recalled|explained|described)\b/;

/**
 * Quotations of at least a few words, in straight or curly quotes, with their speaker: the
 * person named (or referred to as "he"/"she") in the words right after the quotation, else
 * the last person named before it in the same paragraph.
 */
export function findQuotes(text: string, names: NameMatch[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const re = /“([^”]{25,})”|"([^"\n]{25,})"/g;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[2]!;
    // A quoted title ("Dushanbe Process") is a name, not speech.
    if (inner.split(/\s+/).length < 6) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const paragraphStart = text.lastIndexOf('\n', start) + 1;
    const tail = text.slice(end, end + 120);
    const people = names.filter((n) => n.type === 'person');
    const after = people.find((n) => n.start >= end && n.start < end + 120 && SPEECH.test(text.slice(n.end, n.end + 40) + text.slice(end, n.start)));
    const before = [...people].reverse().find((n) => n.end <= start && n.start >= paragraphStart);
    const quote: FoundQuote = { start, end, text: m[0] };
    const speaker = after && !/[.!?]\s/.test(text.slice(end, after.start)) ? after : SPEECH.test(tail) || SPEECH.test(text.slice(paragraphStart, start)) ? before : undefined;
    if (speaker) quote.speakerId = speaker.id;
    quotes.push(quote);
  }
  return quotes;
}
