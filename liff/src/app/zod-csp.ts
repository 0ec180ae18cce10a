// zod without its `new Function` fast path: under the page's CSP (no 'unsafe-eval') even zod's caught probe for it
// would be reported as a violation. Imported first by main.tsx, before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
