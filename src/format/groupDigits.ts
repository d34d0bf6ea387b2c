/**
 * A whole number with its digits grouped by commas, "100,000", as `toLocaleString('en')`
 * writes it. Written out because the first Intl call of a page sets up the number formats,
 * about 20 ms in Chromium, and the counts shown before the first draw need nothing more.
 */
export function groupDigits(n: number): string {
  const digits = String(Math.abs(Math.round(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}
