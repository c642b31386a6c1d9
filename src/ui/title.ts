import type { TFunction } from 'i18next';

/** The title screen: built with DOM APIs and textContent only, so no translated text is ever parsed as HTML. */
export function renderTitle(root: HTMLElement, t: TFunction): void {
  const main = document.createElement('main');
  main.className = 'title-screen';

  const heading = document.createElement('h1');
  heading.textContent = t('app.title');

  const tagline = document.createElement('p');
  tagline.className = 'tagline';
  tagline.textContent = t('app.tagline');

  const start = document.createElement('button');
  start.type = 'button';
  start.className = 'primary';
  start.disabled = true;
  start.textContent = t('app.start');
  start.setAttribute('aria-describedby', 'start-note');

  const note = document.createElement('p');
  note.id = 'start-note';
  note.className = 'note';
  note.textContent = t('app.comingSoon');

  main.append(heading, tagline, start, note);
  root.replaceChildren(main);
}
