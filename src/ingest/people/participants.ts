import type { DocumentAnalysis } from '../analyseDocument';
import { spanAt } from '../text';

// The person is only a modifier of someone or something else: "security advisors to President
// Ashraf Ghani", "the deaths of the Iranian President Ebrahim Raisi".
// Lower case only: "security advisors to President X" relates a bystander, while a capitalised
// "Adviser to the Indian Prime Minister for National Security Ajit Doval" is a delegate's title.
const RELATIONAL =
  /\b(?:advis[eo]rs?|aides?|envoys?|representatives?|spokes(?:man|woman|person)|deaths?|memory|funeral|passing|widow|son|daughter|wife|husband|portrait|name|behalf|era|rule|regime|government|administration)\s+(?:of|to|for)\s+(?:the\s+)?(?:late\s+|former\s+)?(?:[\p{L}’'.-]+\s+){0,6}$/u;
// The sentence recalls history rather than the meeting: "was founded on the initiative of ...".
const BACKGROUND =
  /\b(?:founded|founder|initiated|initiative of|was established|were established|set up in|was created|the late|former)\b/i;
// Someone who speaks for an office reports the meeting; they are a source, not a participant.
const SPOKESPERSON = /\bspokes(?:man|woman|person)\b|\bpress secretary\b/i;

/**
 * The people a document names only in passing: every mention of them recalls history, makes
 * them a modifier of someone else ("advisors to President X"), or sits in the dateline, or the
 * text gives them a spokesperson's role. The rest took part, as far as the text says.
 */
export function bystanders(doc: DocumentAnalysis): Set<string> {
  const inMeta = (start: number) => doc.metaSpans.some((s) => start >= s.start && start < s.end);
  const passing = new Map<string, boolean>();
  for (const n of doc.names) {
    if (n.type !== 'person') continue;
    const sentence = spanAt(doc.sentences, n.start) ?? { start: Math.max(0, n.start - 200), end: n.end };
    const before = doc.plain.slice(Math.max(sentence.start, n.start - 120), n.start);
    const aside = inMeta(n.start) || RELATIONAL.test(before) || BACKGROUND.test(doc.plain.slice(sentence.start, sentence.end));
    passing.set(n.id, (passing.get(n.id) ?? true) && aside);
  }
  for (const r of doc.roles) if (SPOKESPERSON.test(r.title)) passing.set(r.personId, true);
  return new Set([...passing].filter(([, aside]) => aside).map(([id]) => id));
}
