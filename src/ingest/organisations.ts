import type { NameMatch } from './matcher';
import { slugify } from './text';

/** An organisation a text defines by name and acronym that the knowledge file does not know. */
export interface FoundOrganisation {
  id: string;
  name: string;
  acronym: string;
}

// Words an organisation's name is built around; one must be in the expansion.
const HEAD =
  /\b(?:Organi[sz]ation|Council|Committee|Commission|Structure|Office|Cent(?:re|er)|Agency|Service|Ministry|Union|Commonwealth|Group|Department|Directorate|Bureau|Forces?|Secretariat|Assembly|Parliament|Task[- ]Force|Coalition|Mechanism|Community|Bank|Fund|Programme|Program|Institute|Association|Alliance|Cooperation|Co-operation|Conference|Court|Mission|Network|Partnership|Treaty|Initiative|Forum)\b/;
// The capitalised words of a name, with the small words names keep inside them.
const NAME_WORD = /^(?:[A-Z][\p{L}’'-]*|of|for|and|on|in|the|to|de|against|&)$/u;
const ACRONYM = /\(([A-Z][A-Za-z-]{1,9})\)/g;

/**
 * True when the acronym's capitals can be read off the expansion's words in order, each from
 * the start of a word or inside one ("EurAsEC" from "Eurasian Economic Community"), starting
 * with the first word: "Collective Security Treaty Organization" gives CSTO.
 */
function abbreviates(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || words[0]?.[0] !== letters[0]) return false;
  let i = 0;
  for (const w of words) {
    if (i >= letters.length) break;
    for (const ch of w) if (i < letters.length && ch === letters[i]) i++;
  }
  return i === letters.length;
}

/** The capitals of the words of a name that start with one: "Collective Rapid Reaction Force" gives CRRF. */
const initials = (words: string[]) =>
  words
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The words an acronym stands for, out of the name words before it. The suffix whose words'
 * initials are exactly the acronym wins ("Committee of Secretaries of ... the Collective Security
 * Treaty Organization (CSTO)" is the CSTO); else the longest one whose letters give it in order
 * ("EurAsEC" from "Eurasian Economic Community").
 */
function expansionOf(acronym: string, run: string[]): string[] | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const suffixes: string[][] = [];
  for (let i = 0; i < run.length - 1; i++) if (/^[A-Z]/.test(run[i]!) && !/['’]s$/.test(run[i]!)) suffixes.push(run.slice(i));
  return (
    suffixes.find((w) => initials(w) === letters) ??
    suffixes.find((w) => abbreviates(acronym, w) && initials(w).length <= letters.length + 2)
  );
}

/**
 * Organisations a text introduces as "Full Name (ACRONYM)": the Collective Security Treaty
 * Organization (CSTO), the United Nations Regional Centre for Preventive Diplomacy for Central
 * Asia (UNRCCA). The expansion must contain a word such as Organization or Council and its
 * words must give the acronym's letters, so a news agency after a dateline ("(Xinhua)") is not
 * taken. Later uses of the acronym alone are mentions of it too. Names the knowledge file
 * already matched there are left to it.
 */
export function findOrganisations(
  text: string,
  names: readonly NameMatch[],
): { organisations: FoundOrganisation[]; mentions: NameMatch[] } {
  const organisations: FoundOrganisation[] = [];
  const mentions: NameMatch[] = [];
  const knownAt = (start: number, end: number) => names.some((n) => n.type === 'organisation' && n.start < end && start < n.end);
  for (const m of text.matchAll(ACRONYM)) {
    const acronym = m[1]!;
    const before = text.slice(Math.max(0, m.index - 160), m.index).replace(/\s+$/, '');
    const tokens = before.split(/\s+/);
    // The expansion: the longest run of name words ending right before the parenthesis.
    let k = tokens.length;
    while (k > 0 && NAME_WORD.test(tokens[k - 1]!.replace(/[,.;:]$/, '')) && !/[,.;:]$/.test(tokens[k - 1]!)) k--;
    const words = expansionOf(acronym, tokens.slice(k));
    if (!words) continue;
    const name = words.join(' ');
    if (!HEAD.test(name)) continue;
    const from = text.lastIndexOf(name, m.index);
    // Names broken over odd spacing are left alone rather than marked at the wrong offsets.
    if (from < 0 || from < m.index - 170) continue;
    // A known organisation that is the whole name, or the acronym, is the knowledge file's; one
    // that is only part of the name ("United Nations" in "United Nations Regional Centre ...") is not.
    const acronymAt = m.index + 1;
    if (
      names.some(
        (n) =>
          n.type === 'organisation' &&
          ((n.start <= from && n.end >= from + name.length) || (n.start <= acronymAt && n.end >= acronymAt + acronym.length)),
      )
    )
      continue;
    const id = organisationId(name);
    if (!organisations.some((o) => o.id === id)) organisations.push({ id, name, acronym });
    mentions.push({ start: from, end: from + name.length, type: 'organisation', id });
    mentions.push({ start: m.index + 1, end: m.index + 1 + acronym.length, type: 'organisation', id });
  }
  // The acronym alone, and the full name again, later in the text.
  for (const o of organisations) {
    const uses = new RegExp(`(?<![\\p{L}-])(?:${escape(o.acronym)}|${escape(o.name)})(?![\\p{L}-])`, 'gu');
    for (const u of text.matchAll(uses)) {
      const start = u.index;
      const end = start + u[0].length;
      if (mentions.some((x) => x.start < end && start < x.end) || knownAt(start, end)) continue;
      mentions.push({ start, end, type: 'organisation', id: o.id });
    }
  }
  return { organisations, mentions: mentions.sort((a, b) => a.start - b.start) };
}

/** An id that spells "Organisation" and "Organization", "Centre" and "Center" alike, so both spellings are one entity. */
export const organisationId = (name: string) => slugify(name.replace(/isation/g, 'ization').replace(/Centre/g, 'Center'));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
