/** A number the text reports, with the words it counts. */
export interface FoundFigure {
  start: number;
  end: number;
  text: string;
  value: number;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  dozen: 12,
  hundred: 100,
  hundreds: 100,
  thousand: 1000,
  thousands: 1000,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

// "over 600 terrorist crimes", "about 250 representatives", "90.2 percent", "four million units".
const FIGURE =
  /\b(?:(?:over|about|around|nearly|almost|more than|some|up to|at least|approximately)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands)(?:\s+(thousand|million|billion))?(?:\s*(%|percent|per cent)|\s+((?:[a-z][\w-]*\s+){0,2}?(?:delegates|delegations|countries|states|organisations|organizations|representatives|crimes|camps|members|websites|units|repatriates|people|persons|participants|terrorists|militants|attacks|structures|bodies|actions|cases|fighters|victims|agencies|experts|officials)))\b/gi;

/** Figures reported in the text, leaving out years and calendar days. */
export function findFigures(text: string, dateSpans: { start: number; end: number }[]): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (dateSpans.some((d) => start < d.end && end > d.start)) continue;
    const raw = m[1]!.toLowerCase();
    let value = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (m[2]) value *= SCALE[m[2].toLowerCase()]!;
    // A year followed by a noun ("2019 repatriates") is a date, not a count.
    if (/^(19|20)\d{2}$/.test(raw) && !m[3]) continue;
    out.push({ start, end, text: m[0], value });
  }
  return out;
}
