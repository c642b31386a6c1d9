// Imported first by src/main.ts: zod compiles parsers with new Function unless told not to, and
// the Content-Security-Policy forbids it. Modules that parse while loading must find this set.
import { z } from 'zod';

z.config({ jitless: true });
