import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../e2e/csp';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('the README', () => {
  it('tells deployers the Content-Security-Policy the end-to-end tests serve the app with', () => {
    expect(README).toContain(`Content-Security-Policy: ${STRICT_CSP}\n`);
    expect(STRICT_CSP).toContain("frame-ancestors 'none'");
    expect(STRICT_CSP).toContain("form-action 'none'");
  });
});
