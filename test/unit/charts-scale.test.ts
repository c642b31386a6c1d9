// Where a chart's two curves differ by orders of magnitude (hours against months), only a log
// scale shows both; otherwise the linear scale reads more simply.
import { describe, expect, it } from 'vitest';
import { needsLog } from '../../src/ui/charts.ts';

describe('chart scale', () => {
  it('asks for a log scale when positive values span more than two orders of magnitude', () => {
    expect(needsLog([[2, 3, 1.5], [24 * 90, 24 * 120]])).toBe(true);
    expect(needsLog([[0.4, 0.5], [0.3, 0.6]])).toBe(false);
    // Zeros (no deploy in the window) are left out rather than taken as a tiny value.
    expect(needsLog([[0, 0, 5], [8, 0]])).toBe(false);
  });
});
