// The only composition root: it wires i18n, state, UI and scenes together.
import './ui/theme.css';
import { initI18n } from './i18n/index.ts';
import { renderTitle } from './ui/title.ts';

const root = document.getElementById('app');
if (root) {
  const i18n = await initI18n();
  document.documentElement.lang = i18n.language;
  document.title = i18n.t('app.title');
  renderTitle(root, i18n.t.bind(i18n));
}
