import { actAt, dateOfTurn, ERA_DEFS, PRACTICES, practiceYear } from '../../sim/index.ts';
import type { GameState } from '../../sim/types.ts';
import { ERAS } from '../../sim/types.ts';
import { scenarioNs, type UiContext } from '../context.ts';
import { h } from '../dom.ts';
import { number } from '../format.ts';

/** The turn about to be played opens a new act (the calendar jumps): the moment to say so. */
export function opensAct(s: GameState): boolean {
  const turn = s.turn + 1;
  return s.status === 'running' && turn > 1 && actAt(s.scenario, turn).turn === turn;
}

/**
 * "Six years later": what changed in the world while the calendar skipped, and what is now on
 * offer, as a modal the player closes before the act's first turn.
 */
export function openActDialog(ctx: UiContext, s: GameState): Promise<void> {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const lng = ctx.i18n.language;
  const session = ctx.game.getState().session;
  const loaded = session ? ctx.scenarios.get(session.ref) : null;
  const ns = session ? scenarioNs(session.ref.id) : '';
  const turn = s.turn + 1;
  const act = actAt(s.scenario, turn);
  const before = dateOfTurn(s.scenario, turn - 1).year;
  const previous = actAt(s.scenario, turn - 1);
  const offered = s.scenario.practices.offered;
  const isOffered = (id: string) => offered === 'all' || offered.includes(id);
  const fresh = PRACTICES.filter((p) => isOffered(p.id) && practiceYear(p) > before && practiceYear(p) <= act.year)
    .map((p) => t(`practice.${p.id}.name`));
  const eras = ERAS.filter((e) => ERA_DEFS[e].year > before && ERA_DEFS[e].year <= act.year).map((e) => t(`era.${e}`));
  const textKey = loaded?.actTexts[turn];
  const changes = [
    act.users !== 1 ? t('act.users', { value: number(lng, (act.users - 1) * 100, 0) }) : null,
    act.rival !== previous.rival && s.scenario.market.rivalFeaturesPerTurn > 0 ? t('act.rival', { value: number(lng, act.rival / (previous.rival || 1), 1) }) : null,
    act.shelfLifeDays < previous.shelfLifeDays ? t('act.shelfLife', { count: Math.round(act.shelfLifeDays / 30) }) : null,
    act.attackers > previous.attackers ? t('act.attackers', { value: number(lng, act.attackers / (previous.attackers || 1), 1) }) : null,
    eras.length > 0 ? t('act.eras', { eras: eras.join(', ') }) : null,
    fresh.length > 0 ? t('act.practices', { count: fresh.length, practices: fresh.join(', ') }) : null,
  ].filter((x): x is string => x !== null);
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'event-dialog act-dialog', attrs: { 'aria-labelledby': 'act-title', 'aria-describedby': 'act-body' } });
    const close = () => {
      dialog.close();
      dialog.remove();
      resolve();
    };
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(); });
    const go = h('button', { class: 'btn primary', on: { click: close } }, t('act.continue', { year: act.year }));
    dialog.append(
      h('p', { class: 'eyebrow', text: t('act.later', { count: act.year - before }) }),
      h('h2', { id: 'act-title', text: t('act.title', { year: act.year }) }),
      h('div', { id: 'act-body' },
        textKey ? h('p', { class: 'lead', text: t(textKey, { ns }) }) : null,
        changes.length > 0 ? h('ul', { class: 'act-changes' }, ...changes.map((c) => h('li', { text: c }))) : null),
      h('div', { class: 'choices' }, go));
    document.body.append(dialog);
    dialog.showModal();
    go.focus();
  });
}
