import { z } from 'zod';

// zod compiles fast parsers with `new Function`, which the strict CSP forbids; use its
// interpreter instead so no CSP violation is ever reported. Imported by the code that
// loads zod (the cockpit chunk), so the first screen does not have to load it.
z.config({ jitless: true });
