function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** "; did you mean 'x'?" for the closest known name, or "" when nothing is close enough to help. */
export function didYouMean(wrong: string, known: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  const lower = wrong.toLowerCase();
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word wrong is still a typo; more than that is a different word.
  return best && bestDistance <= Math.max(1, Math.floor(wrong.length / 3)) ? `; did you mean '${best}'?` : '';
}

/**
 * didYouMean for one check of a file. Each suggestion compares the wrong name with every known one,
 * so thousands of wrong names against thousands of ids would take quadratic time: past a fixed
 * number of comparisons the run stops suggesting. The first mistakes keep their hint, and a file
 * of any size is checked in linear time.
 */
export function suggestionBudget(comparisons = 100_000): (wrong: string, known: Iterable<string>) => string {
  let left = comparisons;
  return (wrong, known) => {
    if (left <= 0) return '';
    const list = Array.isArray(known) ? (known as readonly string[]) : [...known];
    left -= list.length;
    return didYouMean(wrong, list);
  };
}

/** "'a', 'b' or 'c'" (or "… and 'c'") for messages that list values. */
export function listOf(values: readonly string[], joiner: 'or' | 'and' = 'or'): string {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted[quoted.length - 1]}`;
}
