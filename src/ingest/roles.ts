import type { NameMatch } from './matcher';

/** A role a text gives a person where it names them. */
export interface FoundRole {
  personId: string;
  title: string;
  start: number;
  end: number;
}

const ROLE_WORD =
  /\b(Secretary|Secretary-General|President|Minister|Director|Chairman|Chair|Head|Adviser|Advisor|Assistant|Member|Leader|Deputy|Chief|Ambassador|Commander|Envoy|Representative|Spokesman|Spokesperson|Governor|Mayor|King|Emir|Premier)\b/i;
// A military rank alone ("Major General") says less than the office beside it.
const RANK_ONLY = /^(?:(?:Lieutenant|Major|Brigadier|Colonel|Army)\s+)?(?:General|Colonel|Admiral)$/i;
// Hard stops: the phrase in front of a name never reaches past these.
// A parenthesised acronym ("... Anti-Terrorist Structure (RATS) Jumakhon Giyosov") is part of the title, not a stop.
const HARD_STOP = /[;:!?"“”(]\s*$|(?<!\([A-Z][A-Za-z-]{1,9})\)\s*$|^\s*$/;
// Soft stops: a role may lie just after one, or further back if the nearer part holds no role word.
const SOFT_STOP =
  /(?:,|\bby\b|\bas well as\b|\band\b|\bwhile\b|\bthat\b|\bwith\b|\b(?:read|said|met|chaired|attended|welcomed|opened|addressed|noted|delivered)\b)\s*$/;
const LEADING = /^(?:(?:then|also|the|an|a|and|as|of|by|honorable|honourable|h\.e\.|mr\.?|ms\.?|mrs\.?)(?=\s|$)[\s,]*)+/i;
const TRAILING = /(?:[\s,]+(?:h\.e\.|mr\.?|ms\.?|mrs\.?|dr\.?|honorable|honourable))+\s*$|[\s,]+$/i;
const TRAILING_RANK = /,\s*(?:(?:Lieutenant|Major|Brigadier|Colonel)\s+)?(?:General|Colonel)$/i;
const SPEECH_OBJECT = /^(?:address|message|speech|letter|greetings?|video message) of (?:the )?/i;

/** Trims articles, honorifics and "the Address of" from the ends of a role phrase. */
function tidy(role: string): string {
  return (
    role
      .replace(/^[“"‘']+/, '')
      // "The collective meeting of the Kyrgyz President": the title is what follows the event.
      .replace(/^.*\b(?:meeting|conference|summit|session|talks|visit)\s+(?:of|with|by)\s+(?:the\s+)?/i, '')
      .replace(LEADING, '')
      .replace(TRAILING, '')
      .replace(TRAILING, '')
      .replace(SPEECH_OBJECT, '')
      .replace(TRAILING_RANK, '')
      .trim()
  );
}

/**
 * Candidate role phrases in front of `at`, nearest first: each ends at `at` and starts at a
 * soft stop, going back word by word until a hard stop or another person's name.
 */
function phrasesBefore(text: string, lineStart: number, at: number, floor: number): { start: number; phrase: string }[] {
  const out: { start: number; phrase: string }[] = [];
  let start = at;
  for (let i = 0; i < 24 && start > Math.max(lineStart, floor); i++) {
    const before = text.slice(lineStart, start);
    if (HARD_STOP.test(before)) break;
    if (SOFT_STOP.test(before) && start < at) out.push({ start, phrase: text.slice(start, at) });
    const m = /\S+\s*$/.exec(before);
    if (!m) break;
    start = lineStart + m.index;
  }
  if (start < at) out.push({ start, phrase: text.slice(start, at) });
  return out;
}

/**
 * The titles the text puts next to each named person: "SCO Secretary General Rashid Alimov",
 * "Abdusalom Azizov, Chairman of the State Security Service", "the Head of the United Nations
 * Counter-Terrorism Office, Vladimir Voronkov". A role must contain a word such as Secretary
 * or Minister; a bare military rank gives way to the office named beside it.
 */
export function findRoles(text: string, names: NameMatch[], sentenceStartOf: (offset: number) => number): FoundRole[] {
  const roles: FoundRole[] = [];
  const people = names.filter((n) => n.type === 'person');
  for (const n of people) {
    const lineStart = sentenceStartOf(n.start);
    const previous = people.filter((o) => o.end <= n.start && o.start >= lineStart).pop();
    // A phrase never reaches back past another person's name: that part is theirs.
    const floor = previous ? previous.end : lineStart;
    const found: FoundRole[] = [];
    const consider = (start: number, phrase: string) => {
      const title = tidy(phrase);
      if (!title || !ROLE_WORD.test(title) || RANK_ONLY.test(title) || title.length > 140) return false;
      const roleStart = start + phrase.indexOf(title);
      found.push({ personId: n.id, title, start: roleStart, end: roleStart + title.length });
      return true;
    };
    const before = phrasesBefore(text, lineStart, n.start, floor);
    before.some((c) => consider(c.start, c.phrase));
    // "Abdusalom Azizov, Chairman of the State Security Service of ..., drew".
    const after =
      /^,\s*((?:the\s+)?[A-Za-z][^,.;]{3,120}?)(?=,|\.|;| (?:drew|said|noted|stated|emphasi[sz]ed|mentioned|spoke|added)\b)/.exec(
        text.slice(n.end),
      );
    if (after) {
      const at = n.end + after[0].indexOf(after[1]!);
      // In a list of delegates the next comma starts the next person's title, not this one's.
      if (!people.some((o) => o.start >= at && o.start < at + after[1]!.length)) consider(at, after[1]!);
    }
    for (const r of found) if (!roles.some((x) => x.personId === r.personId && x.title === r.title)) roles.push(r);
  }
  return roles;
}
