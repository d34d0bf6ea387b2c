import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer';
import { CHROMIUM_PATH } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: boolean;
  }
}

/** Builds the app once and serves dist/ for every end-to-end test file. */
export default async function setup(project: TestProject) {
  const hasChromium = existsSync(CHROMIUM_PATH);
  if (!hasChromium && process.env.CI === 'true') {
    throw new Error(
      `Chromium is required for the end-to-end tests and was not found at ${CHROMIUM_PATH}. Install it with: apt-get install chromium`,
    );
  }
  if (!hasChromium) {
    process.stderr.write(
      `\nEnd-to-end tests need Chromium at ${CHROMIUM_PATH}; they are skipped on this machine. Install it with: sudo apt-get install chromium\n\n`,
    );
  }
  // Vitest sets NODE_ENV=test, which would give a development build of React; test what ships.
  execSync('npx vite build --logLevel error', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const { url, server } = await startStaticServer({ root: 'dist' });
  project.provide('baseUrl', url);
  project.provide('chromium', hasChromium);
  return () => new Promise<void>((done) => server.close(() => done()));
}
