// Writes public/scenario.schema.json and the field reference of docs/authoring.md from the one zod
// schema (src/scenarios/schema.ts). Run it after changing the schema: npx tsx scripts/gen-schema.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchema, withReference } from '../src/scenarios/reference.ts';

export const SCHEMA_FILE = 'public/scenario.schema.json';
export const DOC_FILE = 'docs/authoring.md';

export const schemaText = (): string => `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

writeFileSync(SCHEMA_FILE, schemaText());
writeFileSync(DOC_FILE, withReference(readFileSync(DOC_FILE, 'utf8')));
console.log(`wrote ${SCHEMA_FILE} and the reference in ${DOC_FILE}`);
