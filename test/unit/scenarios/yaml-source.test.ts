import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/scenarios/yaml-source.ts';
import { didYouMean } from '../../../src/scenarios/suggest.ts';

describe('parseYaml', () => {
  it('places values and keys by path', () => {
    const src = parseYaml('s.yaml', 'id: x\nevents:\n  - id: a\n    at: 3\n');
    expect(src.errors).toEqual([]);
    expect(src.at(['events', 0, 'at'])).toEqual({ line: 4, column: 9 });
    expect(src.at(['events', 0, 'at'], true)).toEqual({ line: 4, column: 5 });
    // A missing field points at its parent, where it has to be added.
    expect(src.at(['events', 0, 'title'])).toEqual({ line: 3, column: 5 });
  });

  it('reports broken YAML with line and column, without the parser excerpt', () => {
    const src = parseYaml('s.yaml', 'a: 1\nb: [1, 2\nc: 3\na: 4\n');
    expect(src.data).toBeUndefined();
    expect(src.errors.length).toBeGreaterThan(0);
    for (const e of src.errors) {
      expect(e.line).toBeGreaterThan(0);
      expect(e.message).not.toContain('\n');
    }
  });

  it('refuses alias bombs instead of hanging', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const src = parseYaml('s.yaml', bomb);
    expect(src.errors.length).toBeGreaterThan(0);
  });
});

describe('didYouMean', () => {
  it('suggests the close name and stays quiet for a different word', () => {
    expect(didYouMean('contiuous-integration', ['continuous-integration', 'feature-flags'])).toBe("; did you mean 'continuous-integration'?");
    expect(didYouMean('banana', ['continuous-integration', 'feature-flags'])).toBe('');
  });
});
