import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogMarkdown, CATALOG_FILE } from '../../../scripts/catalog-doc.ts';
import { scenarioJsonSchema, withReference } from '../../../src/scenarios/reference.ts';

const fixture = 'test/unit/scenarios/fixtures/first-pipeline';

describe('generated files', () => {
  it('public/scenario.schema.json is the schema of src/scenarios/schema.ts (run: npx tsx scripts/gen-schema.ts)', () => {
    expect(readFileSync('public/scenario.schema.json', 'utf8')).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });

  it('the field reference in docs/authoring.md is current (run: npx tsx scripts/gen-schema.ts)', () => {
    const doc = readFileSync('docs/authoring.md', 'utf8');
    expect(withReference(doc)).toBe(doc);
  });

  it('docs/catalog.md is the catalog of src/sim/catalog (run: npx tsx scripts/gen-catalog.ts)', () => {
    expect(readFileSync(CATALOG_FILE, 'utf8')).toBe(catalogMarkdown());
  });

  it("the tutorial's final files in docs/authoring.md are the fixture that passes check", () => {
    const doc = readFileSync('docs/authoring.md', 'utf8');
    for (const file of ['scenario.yaml', 'locales/en.yaml', 'locales/zh.yaml']) {
      expect(doc).toContain(readFileSync(`${fixture}/${file}`, 'utf8').trimEnd());
    }
  });
});
