import type { z } from 'zod';

/** A zod error as short lines a person can act on: "events.3.date.start: dates are ISO YYYY-MM-DD". */
export function formatZodError(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more problem(s)` : '';
  return lines.join('; ') + more;
}
