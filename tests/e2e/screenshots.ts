/**
 * Takes screenshots of the built app (run `npm run build` first) at desktop and phone sizes,
 * light and dark, into the folder given (default screenshots/):
 *   npx tsx tests/e2e/screenshots.ts [outDir] [query]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { startStaticServer } from './staticServer';

const outDir = process.argv[2] ?? 'screenshots';
const query = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });
const { url, server } = await startStaticServer({ root: 'dist' });
const browser = await launchBrowser();
try {
  for (const [name, width, height] of [
    ['desktop', 1440, 900],
    ['phone', 390, 844],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}${query ? `?${query}` : ''}`);
      await page.getByRole('region', { name: 'Timeline' }).waitFor();
      await page.waitForTimeout(300);
      const file = join(outDir, `${name}-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      process.stderr.write(`${file}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
