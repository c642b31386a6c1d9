// The presenter's part of an audience vote: the question and its options on the step that asks,
// the join box (QR code, short code, link) and the live tally while the room votes, and the
// option taken on the step after. Option labels come from the scenario; nothing a voter typed.
import type { TFunction } from 'i18next';
import { Check, Users, Vote } from 'lucide';
import type { LoadedScenario, LoadedVote } from '../../scenarios/load.ts';
import { chosenOption } from '../../scenarios/steps.ts';
import { showCode } from '../../state/join-code.ts';
import { h, icon } from '../dom.ts';
import type { VoteHost, VoteView } from '../room/vote-host.ts';

type Say = (key: string) => string;

/** A vote is being held: the screen is the room's until it is applied or the talk moves on. */
export function voting(view: VoteView | null): view is VoteView {
  return view !== null && (view.phase === 'opening' || view.phase === 'open' || view.phase === 'closed' || view.phase === 'applying');
}

/** On the step that asks, before any vote: the question, the options, and the button when a server is here. */
export function voteAsk(t: TFunction, say: Say, view: VoteView, host: VoteHost): HTMLElement {
  const problem = view.phase === 'failed' ? t('vote.failed', { reason: t(view.problem ?? 'vote.error.other') }) : view.phase === 'lost' ? t('vote.lost') : null;
  return h('section', { class: 'vote-ask', attrs: { 'aria-labelledby': 'vote-question' } },
    h('h3', { id: 'vote-question', class: 'vote-question' }, icon(Vote, 28), h('span', { text: say(view.vote.question) })),
    h('ol', { class: 'vote-options' }, ...view.vote.options.map((o) => h('li', { text: say(o.label) }))),
    problem ? h('p', { class: 'vote-problem', attrs: { role: 'alert' }, text: problem }) : null,
    view.available
      ? h('button', { class: 'btn primary vote-open', id: 'vote-open', on: { click: () => host.open() } }, icon(Users, 24), t('vote.open'))
      : h('p', { class: 'vote-note', text: t('vote.nextTakesFirst') }));
}

/** Counts as bars, the leader (or the winner, once closed) marked in words as well as colour. */
export function voteTally(t: TFunction, say: Say, view: VoteView): HTMLElement {
  const counts = view.tally?.counts ?? {};
  const most = Math.max(0, ...Object.values(counts));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const lead = view.winner ?? (most > 0 ? view.vote.options.find((o) => counts[o.id] === most)?.id ?? null : null);
  return h('ul', { class: 'vote-tally', attrs: { 'aria-label': t('vote.result') } },
    ...view.vote.options.map((o) => {
      const n = counts[o.id] ?? 0;
      const top = o.id === lead;
      return h('li', { class: top ? 'vote-row top' : 'vote-row', attrs: { 'data-option': o.id } },
        h('span', { class: 'vote-label' }, h('span', { text: say(o.label) }),
          top ? h('span', { class: 'vote-lead' }, icon(Check, 20), view.winner ? t('vote.winner') : t('vote.leading')) : null),
        h('span', { class: 'vote-count', text: t('vote.votes', { count: n }) }),
        h('span', { class: 'vote-bar', attrs: { 'aria-hidden': 'true' } },
          barFill(total > 0 ? Math.round((100 * n) / total) : 0)));
    }));
}

/** The story column while the room votes: the question, the live tally, and the presenter's buttons. */
export function voteStory(t: TFunction, say: Say, view: VoteView, host: VoteHost): HTMLElement {
  const busy = view.phase === 'opening' || view.phase === 'applying';
  return h('section', { class: 'vote-live', attrs: { 'aria-labelledby': 'vote-question' } },
    h('h2', { id: 'vote-question', class: 'vote-question big' }, icon(Vote, 32), h('span', { text: say(view.vote.question) })),
    voteTally(t, say, view),
    h('p', { class: 'vote-voters', attrs: { role: 'status' }, text: view.phase === 'opening' ? t('vote.opening') : view.phase === 'closed' ? `${t('vote.closed')} ${t('vote.voters', { count: view.tally?.voters ?? 0 })}` : t('vote.voters', { count: view.tally?.voters ?? 0 }) }),
    h('div', { class: 'vote-actions' },
      view.phase === 'open' ? h('button', { class: 'btn', id: 'vote-close', on: { click: () => host.close() } }, t('vote.close')) : null,
      h('button', { class: 'btn primary', id: 'vote-apply', attrs: { disabled: busy }, on: { click: () => host.apply() } }, icon(Check, 24), view.phase === 'applying' ? t('vote.applying') : t('vote.apply')),
      h('button', { class: 'btn ghost', id: 'vote-cancel', attrs: { disabled: busy }, on: { click: () => host.cancel() } }, t('vote.cancel'))));
}

/** The side column while the room votes: how to join, big enough to read from the back. */
export function voteJoin(t: TFunction, view: VoteView): HTMLElement {
  const code = view.code ? showCode(view.code) : '';
  return h('section', { class: 'vote-join', attrs: { 'aria-labelledby': 'vote-how' } },
    h('h2', { id: 'vote-how', text: t('vote.howTo') }),
    view.qr ? h('img', { class: 'vote-qr', attrs: { src: view.qr, alt: t('vote.qrAlt', { code }) } }) : h('div', { class: 'vote-qr' }),
    h('p', { class: 'vote-scan', text: t('vote.scan') }),
    h('p', { class: 'vote-code', attrs: { 'data-code': view.code ?? '' }, text: code }),
    view.url ? h('p', { class: 'vote-url', text: view.url }) : null);
}

/** On the step after a vote: which option the talk went on with. */
export function choiceLine(t: TFunction, say: Say, sc: LoadedScenario, step: number, choices: Record<string, string>): HTMLElement | null {
  const index = step - 2;
  const asked: LoadedVote | undefined = index >= 0 ? sc.steps[index]?.vote : undefined;
  if (!asked) return null;
  const taken = chosenOption(sc, index, choices);
  const option = asked.options.find((o) => o.id === taken)!;
  const voted = Object.hasOwn(choices, sc.steps[index].id);
  return h('p', { class: 'vote-chosen', attrs: { 'data-option': option.id } }, icon(voted ? Users : Check, 28),
    h('span', { text: t(voted ? 'vote.chosen' : 'vote.defaultTaken', { option: say(option.label) }) }));
}

/** A tally bar's fill; its width is set through the CSSOM, which the page's style policy allows (a style attribute it does not). */
export function barFill(percent: number): HTMLElement {
  const fill = h('span');
  fill.style.width = `${percent}%`;
  return fill;
}
