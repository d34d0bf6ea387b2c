import type { NameMatch } from './matcher';

/** A quotation and the person the text says spoke it. */
export interface FoundQuote {
  start: number;
  end: number;
  text: string;
  speakerId?: string;
}

const SPEECH =
  /\b(said|says|noted|stated|added|emphasi[sz]ed|stressed|underlined|told|remarked|declared|recalled|explained|described|concluded)\b/;
// Curly quotes may hold a nested quoted name (“... actions “Mehr”. ...”); straight quotes open
// only after a space or bracket, so a closing quote is never taken for an opening one.
const QUOTE = /“((?:[^“”]|“[^“”]*”)*)”|(?<=^|[\s(:—–-])"([^"\n]+)"(?![\p{L}\p{N}])/gu;

/**
 * Quotations of speech, in straight or curly quotes, with their speaker: a person named right
 * after it ("..., Mr. Tursunov noted"), the person named before it with a colon or a verb of
 * speech, or for "he said" the last person named shortly before. Quoted titles of panels or
 * documents (no sentence punctuation inside, no speaker) are not quotations.
 */
export function findQuotes(text: string, names: NameMatch[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const people = names.filter((n) => n.type === 'person');
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2]!;
    if (inner.trim().split(/\s+/).length < 5) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const sentenceEnd = text.slice(end).search(/(?<!\b(?:Mr|Ms|Mrs|Dr|H\.E|[A-Z]))[.!?](?:\s|$)|\n/);
    const tail = text.slice(end, end + (sentenceEnd < 0 ? 160 : sentenceEnd + 1));
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const head = text.slice(lineStart, start);
    const after = people.find((n) => n.start >= end && n.end <= end + tail.length && SPEECH.test(tail));
    const before = [...people].reverse().find((n) => n.end <= start && n.start >= start - 700);
    let speakerId: string | undefined;
    if (after) speakerId = after.id;
    else if (before && /:\s*$/.test(text.slice(before.end, start))) speakerId = before.id;
    else if (
      before &&
      (/\b(he|she)\s+\w+/i.test(tail) || SPEECH.test(head) || /^\s*[,.]?\s*(he|she)\b/i.test(tail)) &&
      (SPEECH.test(tail) || SPEECH.test(head))
    )
      speakerId = before.id;
    else {
      // A quotation that continues the previous one in the same paragraph has the same speaker.
      const previous = quotes[quotes.length - 1];
      if (previous?.speakerId && previous.end >= lineStart) speakerId = previous.speakerId;
    }
    if (!speakerId && !/[.,!?;]/.test(inner)) continue;
    const quote: FoundQuote = { start, end, text: m[0] };
    if (speakerId) quote.speakerId = speakerId;
    quotes.push(quote);
  }
  return quotes;
}
