// Writes docs/catalog.md from the engine's catalog. Run it after changing src/sim/catalog: npx tsx scripts/gen-catalog.ts
import { writeFileSync } from 'node:fs';
import { CATALOG_FILE, catalogMarkdown } from './catalog-doc.ts';

writeFileSync(CATALOG_FILE, catalogMarkdown());
console.log(`wrote ${CATALOG_FILE}`);
