// zod without its `new Function` fast path: under the page's CSP (no 'unsafe-eval') even zod's caught probe for it
// would be reported as a violation. Imported first by mount.tsx and built
// into the libraries' chunk right after zod (vite.config.ts), so it runs before the app's chunks create schemas —
// not by main.tsx: start-up must not wait for zod's download.
import { z } from 'zod';

z.config({ jitless: true });
