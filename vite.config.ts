import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app and its tests: unit tests of pure modules in Node, component tests
// in jsdom, and the e2e project, which drives a real Chromium against the built app, so it runs
// after a build and on its own, one file at a time.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
  test: {
    reporters: ['default', './tests/summaryReporter.ts'],
    projects: [
      // Pure modules are tested in Node, which starts in milliseconds; a file that needs a DOM
      // says so in a `@vitest-environment jsdom` comment. Components are tested in jsdom.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          setupFiles: ['tests/setupNode.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setupNode.ts', 'tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
