import type { TFunction } from 'i18next';
import type { Approval, Cadence, Command, GameState, IncidentResponse, WorkClass } from '../../sim/types.ts';
import { WORK_CLASSES } from '../../sim/types.ts';
import { h } from '../dom.ts';
import { explained } from '../tooltip.ts';

type Send = (command: Command) => string | null;

const cadenceDays = [365, 180, 90, 30, 14, 7, 1];

const cadenceKey = (c: Cadence) => (c.kind === 'continuous' ? 'continuous' : String(c.days));

function field(id: string, label: string, explain: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'policy' },
    h('label', { attrs: { for: id } }, explained(h('span', { text: label }), explain)),
    control);
}

/** Policies the player sets; each change is a command the engine may refuse, with its reason shown. */
export function renderPolicies(panel: HTMLElement, s: GameState, t: TFunction, send: Send): void {
  const allowed = s.scenario.allowedPolicies;
  const p = s.policies;
  const feedback = h('p', { class: 'feedback', attrs: { role: 'status' } });
  const run = (command: Command) => {
    const problem = send(command);
    feedback.textContent = problem ?? '';
  };

  const cadenceOptions: [string, Cadence][] = [
    ...cadenceDays.filter((d) => d >= allowed.minCadenceDays).map((d): [string, Cadence] => [String(d), { kind: 'interval', days: d }]),
    ...(allowed.continuous ? [['continuous', { kind: 'continuous' }] as [string, Cadence]] : []),
  ];
  if (!cadenceOptions.some(([k]) => k === cadenceKey(p.cadence))) cadenceOptions.unshift([cadenceKey(p.cadence), p.cadence]);
  const cadence = h('select', {
    id: 'policy-cadence',
    on: { change: () => run({ type: 'setPolicy', policy: 'cadence', value: cadenceOptions[cadence.selectedIndex][1] }) },
  }, ...cadenceOptions.map(([key, c]) => h('option', {
    text: c.kind === 'continuous' ? t('policy.cadenceContinuous') : t('policy.cadenceEvery', { count: c.days }),
    attrs: { selected: key === cadenceKey(p.cadence) },
  })));

  const devs = Math.max(1, s.team.developers);
  const wipValues = [null, ...[...new Set([0.5, 1, 1.5, 2, 3].map((f) => Math.max(1, Math.round(devs * f))))]];
  const wip = h('select', {
    id: 'policy-wip',
    attrs: { disabled: !allowed.wipLimit },
    on: { change: () => run({ type: 'setPolicy', policy: 'wipLimit', value: wipValues[wip.selectedIndex] }) },
  }, ...wipValues.map((v) => h('option', {
    text: v === null ? t('policy.wipNone') : t('policy.wipItems', { count: v }),
    attrs: { selected: v === p.wipLimit },
  })));

  const approvals: Approval[] = allowed.approvals.includes(p.approval) ? allowed.approvals : [p.approval, ...allowed.approvals];
  const approval = h('select', {
    id: 'policy-approval',
    on: { change: () => run({ type: 'setPolicy', policy: 'approval', value: approvals[approval.selectedIndex] }) },
  }, ...approvals.map((a) => h('option', { text: t(`policy.approval.${a}`), attrs: { selected: a === p.approval } })));

  const responses: IncidentResponse[] = ['rollback', 'fixForward'];
  const response = h('select', {
    id: 'policy-response',
    on: { change: () => run({ type: 'setPolicy', policy: 'incidentResponse', value: responses[response.selectedIndex] }) },
  }, ...responses.map((r) => h('option', { text: t(`policy.response.${r}`), attrs: { selected: r === p.incidentResponse } })));

  const inputs = WORK_CLASSES.map((c) => h('input', {
    id: `split-${c}`,
    attrs: { type: 'number', min: 0, max: 100, step: 5, value: p.capacitySplit[c], inputmode: 'numeric' },
  }));
  const total = h('output', { attrs: { for: inputs.map((i) => i.id).join(' ') } });
  const showTotal = () => {
    const sum = inputs.reduce((a, i) => a + (Number(i.value) || 0), 0);
    total.textContent = t('policy.splitTotal', { sum });
    total.classList.toggle('bad', sum !== 100);
  };
  inputs.forEach((i) => i.addEventListener('input', showTotal));
  showTotal();
  const split = h('fieldset', { class: 'split' },
    h('legend', {}, explained(h('span', { text: t('policy.split') }), t('policy.splitExplain'))),
    ...WORK_CLASSES.map((c, i) => h('div', { class: 'split-row' },
      h('label', { attrs: { for: inputs[i].id }, text: t(`workClass.${c}`) }), inputs[i], h('span', { text: '%' }))),
    total,
    h('button', {
      class: 'btn',
      on: {
        click: () => {
          const value = Object.fromEntries(WORK_CLASSES.map((c, i) => [c, Number(inputs[i].value) || 0])) as Record<WorkClass, number>;
          run({ type: 'setPolicy', policy: 'capacitySplit', value });
        },
      },
    }, t('policy.applySplit')));

  panel.replaceChildren(
    field('policy-cadence', t('policy.cadence'), t('policy.cadenceExplain'), cadence),
    field('policy-wip', t('policy.wip'), t('policy.wipExplain'), wip),
    field('policy-approval', t('policy.approvalLabel'), t('policy.approvalExplain'), approval),
    field('policy-response', t('policy.responseLabel'), t('policy.responseExplain'), response),
    split,
    feedback);
}
