import { FolderOpen, Play, RotateCcw } from 'lucide';
import { languages } from '../../i18n/index.ts';
import { isBundleName, unbundle } from '../../scenarios/bundle.ts';
import type { LoadedScenario } from '../../scenarios/load.ts';
import type { ScenarioRef } from '../../state/save.ts';
import type { UiContext } from '../context.ts';
import { h, icon } from '../dom.ts';
import { renderFileProblems } from '../file-problems.ts';
import { scenarioWords } from '../scenario-words.ts';
import { settingsBar } from '../settings-bar.ts';

/** Title screen: the scenarios, a saved game to continue, a trainer's own file, and the settings. */
export function renderTitle(root: HTMLElement, ctx: UiContext): void {
  const { i18n, game, scenarios } = ctx;
  const t = i18n.t.bind(i18n);

  const problemBox = h('div', { class: 'file-problems', attrs: { 'aria-live': 'polite' } });

  const saveProblem = game.getState().saveProblem;
  const saveNotice = saveProblem
    ? h('div', { class: 'notice warn', attrs: { role: 'alert' } },
        h('p', { text: [t(`save.problem.${saveProblem.code}`, saveProblem.params), saveProblem.aside ? t(`save.aside.${saveProblem.aside}`) : ''].join(' ').trim() }),
        h('button', { class: 'btn small', text: t('common.dismiss'), on: { click: () => { game.dismissSaveProblem(); renderTitle(root, ctx); } } }))
    : null;

  const resume = game.hasSave()
    ? h('button', { class: 'btn primary', on: { click: () => game.resume() } }, icon(RotateCcw), t('title.continue'))
    : null;

  const list = h('ul', { class: 'scenario-list', attrs: { 'aria-label': t('title.scenarios') } },
    ...scenarios.list().map((s) => h('li', {}, scenarioCard(s, ctx))));

  const fileInput = h('input', {
    class: 'visually-hidden',
    id: 'scenario-file',
    attrs: { type: 'file', multiple: true, accept: '.yaml,.yml,.json' },
    on: { change: () => void openFiles(Array.from(fileInput.files ?? []), ctx, problemBox) },
  });
  const drop = h('section', { class: 'drop-zone', attrs: { 'aria-labelledby': 'own-heading' } },
    h('h2', { id: 'own-heading', text: t('title.ownScenario') }),
    h('p', { text: t('title.ownScenarioHelp') }),
    fileInput,
    h('label', { class: 'btn', attrs: { for: 'scenario-file' } }, icon(FolderOpen), t('title.chooseFiles')),
    problemBox);
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragging'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragging');
    void openFiles(Array.from(e.dataTransfer?.files ?? []), ctx, problemBox);
  });

  // A shared link that could not be opened says why, once, where a dropped file would.
  if (scenarios.linkProblems.length > 0) {
    renderFileProblems(problemBox, scenarios.linkProblems, t);
    scenarios.linkProblems = [];
  }

  root.replaceChildren(h('main', { class: 'title-screen' },
    h('header', { class: 'title-header' },
      h('h1', { text: t('app.title') }),
      h('p', { class: 'tagline', text: t('app.tagline') }),
      saveNotice,
      resume,
      // Rooms need the server of `npm start`: a page opened from disk has none.
      location.protocol === 'file:' ? null : h('nav', { class: 'workshop-links', attrs: { 'aria-label': t('workshop.nav') } },
        h('a', { class: 'btn', attrs: { href: '?join' }, text: t('workshop.joinLink') }),
        h('a', { class: 'btn', attrs: { href: '?workshop' }, text: t('workshop.runLink') }))),
    h('section', { class: 'scenarios', attrs: { 'aria-labelledby': 'scenarios-heading' } },
      h('h2', { id: 'scenarios-heading', text: t('title.scenarios') }),
      list),
    drop,
    settingsBar(ctx)));
}

function scenarioCard(s: LoadedScenario, ctx: UiContext): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const say = scenarioWords(ctx.i18n, s);
  const length = t('title.lengthMinutes', { turns: s.meta.turns, count: s.meta.minutes });
  const headingId = `sc-${s.id}`;
  const missing = !s.meta.languages.includes(ctx.i18n.language);
  return h('article', { class: `scenario-card mode-${s.meta.mode}`, attrs: { 'aria-labelledby': headingId } },
    h('h3', { id: headingId, text: say(s.meta.title) }),
    h('p', { class: 'summary', text: say(s.meta.brief) }),
    h('p', { class: 'meta' },
      s.meta.mode !== 'game' ? h('span', { class: 'pill accent', text: t(`mode.${s.meta.mode}`) }) : null,
      h('span', { class: 'pill', text: t(`level.${s.meta.level}`) }),
      h('span', { text: length })),
    missing ? h('p', { class: 'hint', text: t('title.onlyIn', { languages: s.meta.languages.map((l) => languageName(l)).join(', ') }) }) : null,
    h('button', {
      class: 'btn primary',
      attrs: { 'aria-describedby': headingId },
      on: { click: () => openScenario({ kind: 'builtin', id: s.id }, ctx) },
    }, icon(Play), t('title.play')));
}

function openScenario(ref: ScenarioRef, ctx: UiContext): void {
  const loaded = ctx.scenarios.get(ref);
  if (loaded) ctx.game.open(ref, loaded.config, loaded.config.seed, loaded.meta.mode === 'tutorial');
}

async function openFiles(files: File[], ctx: UiContext, box: HTMLElement): Promise<void> {
  if (files.length === 0) return;
  let texts = await Promise.all(files.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })));
  // A shared scenario comes as one file holding all of its files.
  const bundle = texts.length === 1 && isBundleName(texts[0]!.path) ? unbundle(texts[0]!.path, texts[0]!.text) : null;
  if (bundle && !bundle.ok) {
    renderFileProblems(box, [bundle.error], ctx.i18n.t.bind(ctx.i18n));
    return;
  }
  if (bundle) texts = bundle.files;
  const result = ctx.scenarios.loadFiles(texts);
  if (!result.ok) {
    renderFileProblems(box, result.problems, ctx.i18n.t.bind(ctx.i18n));
    return;
  }
  box.replaceChildren();
  openScenario(result.ref, ctx);
}

const languageName = (code: string) => languages.find((l) => l.code === code)?.nativeName ?? code;
