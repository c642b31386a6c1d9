/** One problem found in a scenario, pointing at the place a trainer has to edit. */
export interface ScenarioError {
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole. */
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export function formatError(e: ScenarioError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where}: ${e.severity === 'warning' ? 'warning: ' : ''}${e.message}`;
}

/** Errors first, then by file and position, so a trainer can fix them top to bottom. */
export function sortErrors(errors: ScenarioError[]): ScenarioError[] {
  return [...errors].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
