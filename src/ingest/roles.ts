import type { NameMatch } from './matcher';

/** A role a text gives a person where it names them. */
export interface FoundRole {
  personId: string;
  title: string;
  start: number;
  end: number;
}

const ROLE_WORD =
  /\b(Secretary|Secretary-General|President|Minister|Director|Chairman|Chair|Head|Adviser|Advisor|Assistant|Member|Leader|Deputy|Chief|Ambassador|Commander|Envoy|Representative|Spokesman|Spokesperson|Governor|Mayor|King|Emir|Premier|General)\b/;

// Words and marks that end the phrase in front of a name.
const LEFT_BOUNDARY = /(?:^|[.;:!?"“”(]|,|\bby\b|\bas well as\b|\band\b|\bof which\b|\bwhile\b|\bthat\b|\bwith\b)\s*$/;

/** Trims leading articles and honorifics from a role phrase. */
function tidy(role: string): string {
  return role
    .replace(/^(?:then|also|the|and|as|of|by|honorable|honourable|h\.e\.|mr\.?|ms\.?|\s)+/gi, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

/** Finds the start of the phrase in front of `at`, stepping back word by word to a boundary. */
function phraseBefore(text: string, lineStart: number, at: number): { start: number; phrase: string } {
  let start = at;
  for (let i = 0; i < 16 && start > lineStart; i++) {
    const before = text.slice(lineStart, start);
    if (LEFT_BOUNDARY.test(before)) break;
    const m = /\S+\s*$/.exec(before);
    if (!m) break;
    start = lineStart + m.index;
  }
  return { start, phrase: text.slice(start, at) };
}

/**
 * The titles the text puts next to each named person: "SCO Secretary General Rashid Alimov",
 * "Yevgeny Sysoyev, head of ...", "the Head of the United Nations Counter-Terrorism Office,
 * Vladimir Voronkov". A role must contain a word such as Secretary or Minister.
 */
export function findRoles(text: string, names: NameMatch[], sentenceStartOf: (offset: number) => number): FoundRole[] {
  const roles: FoundRole[] = [];
  for (const n of names) {
    if (n.type !== 'person') continue;
    const lineStart = sentenceStartOf(n.start);
    let { start, phrase } = phraseBefore(text, lineStart, n.start);
    // "The head of the Anti-Terrorism Center of the CIS member states, Yevgeny Sysoyev".
    if (!tidy(phrase) && /,\s*$/.test(text.slice(lineStart, n.start))) {
      const comma = text.lastIndexOf(',', n.start - 1);
      ({ start, phrase } = phraseBefore(text, lineStart, comma));
    }
    let role = tidy(phrase);
    // A title that ends on a known name ("President of the Republic of Tajikistan") is kept whole,
    // but one that is only another person's name is not a role.
    if (!ROLE_WORD.test(role)) {
      // "Abdusalom Azizov, Chairman of the State Security Service of ..., drew".
      const after = /^,\s*((?:the\s+)?[A-Z][^,.;]{3,120}?)(?=,|\.|;| (?:drew|said|noted|stated|emphasi[sz]ed|mentioned|spoke|added)\b)/.exec(
        text.slice(n.end),
      );
      if (!after || !ROLE_WORD.test(after[1]!)) continue;
      role = tidy(after[1]!);
      start = n.end + after[0].indexOf(after[1]!);
      roles.push({ personId: n.id, title: role, start, end: start + after[1]!.length });
      continue;
    }
    if (role.length > 140 || names.some((o) => o !== n && o.type === 'person' && o.start >= start && o.end <= n.start)) continue;
    const roleStart = start + phrase.indexOf(role);
    roles.push({ personId: n.id, title: role, start: roleStart, end: roleStart + role.length });
  }
  return roles;
}
