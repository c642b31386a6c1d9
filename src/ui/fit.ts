// Presenter and poster scale with their frame (presenter.css); this is the one thing CSS cannot do.

/**
 * Shrinks the step's text, a step at a time, until the story column holds it without scrolling:
 * a frame is what it is, and a long text (or a long language) must not push the keys out of it.
 */
export function fitText(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('.present-story, .poster');
  if (!box) return;
  const overflows = () => box.scrollHeight > box.clientHeight + 1;
  box.style.setProperty('--fit', '1');
  for (let fit = 0.95; fit >= 0.6 && overflows(); fit -= 0.05) box.style.setProperty('--fit', fit.toFixed(2));
}
