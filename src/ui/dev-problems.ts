// `npm run dev` only: a shipped scenario that fails the checker is shown on the page, with every
// problem as file:line:column, in Vite's own error overlay (the terminal shows the same list).

interface Overlay { new(err: { message: string; stack: string; plugin?: string }, links?: boolean): HTMLElement }

/** Shows the problems, or clears a list shown before once every scenario loads again. */
export function showDevProblems(lists: { id: string; problems: string[] }[]): void {
  document.querySelectorAll('vite-error-overlay').forEach((n) => n.remove());
  const Ctor = customElements.get('vite-error-overlay') as unknown as Overlay | undefined;
  if (!Ctor || lists.length === 0) return;
  const message = lists.map((l) => `Scenario ${l.id} is left out of the game until these are fixed:\n${l.problems.join('\n')}`).join('\n\n');
  document.body.appendChild(new Ctor({ message, stack: '', plugin: 'devops-journey:scenario-check' }, false));
}
