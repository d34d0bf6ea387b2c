import type { ReadProgress } from '../data/readJson';
import { groupDigits } from './groupDigits';

/** "12.3 MB read", "12.3 of 58.7 MB read", or "checking 100,000 events". */
export function describeProgress(p: ReadProgress): string {
  if (p.checking !== undefined) return `checking ${groupDigits(p.checking)} events`;
  const mb = (n: number) => (n / 1e6).toFixed(1);
  return p.total ? `${mb(p.bytes)} of ${mb(p.total)} MB read` : `${mb(p.bytes)} MB read`;
}
