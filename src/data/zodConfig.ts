import { z } from 'zod';

// Zod compiles validators with new Function when it can. A strict Content-Security-Policy
// forbids that, and even zod's probe for it shows up as a violation report. The choice is
// made when a schema is built, so this module runs before any schema module (they import it).
z.config({ jitless: true });
