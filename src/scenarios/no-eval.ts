// zod compiles parsers with new Function unless told not to, and the Content-Security-Policy forbids
// it. Every module that builds a schema imports this first: the bundler may put schemas in a shared
// chunk that runs before src/main.ts's own code, and some parse while loading (load.ts does).
import { z } from 'zod';

z.config({ jitless: true });
