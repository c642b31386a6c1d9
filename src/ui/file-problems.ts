import type { TFunction } from 'i18next';
import type { FileProblem } from './context.ts';
import { h } from './dom.ts';

/** Lists every problem of a trainer's file with its line and column, so it can be fixed in one pass. */
export function renderFileProblems(box: HTMLElement, problems: FileProblem[], t: TFunction): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  box.replaceChildren(
    h('div', { class: 'notice bad', attrs: { role: 'alert' } },
      h('p', { class: 'strong', text: t('title.fileRejected', { count: errors }) }),
      h('ul', { class: 'problem-list' },
        ...problems.map((p) => h('li', { class: p.severity },
          h('code', { text: `${p.file}:${p.line}:${p.column}` }),
          ' ',
          h('span', { text: `${t(`severity.${p.severity}`)}: ${p.message}` }))))));
}
