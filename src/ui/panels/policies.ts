import type { TFunction } from 'i18next';
import type { Approval, Cadence, Command, GameState, IncidentResponse, WorkClass } from '../../sim/types.ts';
import { WORK_CLASSES } from '../../sim/types.ts';
import { h } from '../dom.ts';
import { explained } from '../tooltip.ts';

type Send = (command: Command) => string | null;

const cadenceDays = [365, 180, 90, 30, 14, 7, 1];

const cadenceKey = (c: Cadence) => (c.kind === 'continuous' ? 'continuous' : String(c.days));

/** Where a control's refusal is told: right under it, read out at once. */
function refusalNote(id: string): HTMLElement {
  return h('p', { class: 'feedback refusal', id: `${id}-why`, attrs: { role: 'alert' } });
}

function field(id: string, label: string, explain: string, control: HTMLElement, note: HTMLElement): HTMLElement {
  control.setAttribute('aria-describedby', note.id);
  return h('div', { class: 'policy' },
    h('label', { attrs: { for: id } }, explained(h('span', { text: label }), explain)),
    control,
    note);
}

/**
 * Policies the player sets; each change is a command the engine may refuse. A refusal is told
 * under the control that caused it, in view and read out, and the control goes back to the value
 * in force.
 */
export function renderPolicies(panel: HTMLElement, s: GameState, t: TFunction, send: Send): void {
  const allowed = s.scenario.allowedPolicies;
  const p = s.policies;
  const notes = new Map<string, HTMLElement>();
  const noteFor = (id: string) => notes.get(id) ?? notes.set(id, refusalNote(id)).get(id)!;
  const run = (id: string, command: Command, reset: () => void) => {
    const problem = send(command);
    const note = noteFor(id);
    note.textContent = problem ?? '';
    if (problem) {
      reset();
      note.scrollIntoView({ block: 'nearest' });
    }
  };
  const back = (select: HTMLSelectElement, index: number) => () => { select.selectedIndex = index; };

  const cadenceOptions: [string, Cadence][] = [
    ...cadenceDays.filter((d) => d >= allowed.minCadenceDays).map((d): [string, Cadence] => [String(d), { kind: 'interval', days: d }]),
    ...(allowed.continuous ? [['continuous', { kind: 'continuous' }] as [string, Cadence]] : []),
  ];
  if (!cadenceOptions.some(([k]) => k === cadenceKey(p.cadence))) cadenceOptions.unshift([cadenceKey(p.cadence), p.cadence]);
  const cadence = h('select', {
    id: 'policy-cadence',
    on: { change: () => run('policy-cadence', { type: 'setPolicy', policy: 'cadence', value: cadenceOptions[cadence.selectedIndex][1] }, back(cadence, cadenceOptions.findIndex(([k]) => k === cadenceKey(p.cadence)))) },
  }, ...cadenceOptions.map(([key, c]) => h('option', {
    text: c.kind === 'continuous' ? t('policy.cadenceContinuous') : t('policy.cadenceEvery', { count: c.days }),
    attrs: { selected: key === cadenceKey(p.cadence) },
  })));

  const devs = Math.max(1, s.team.developers);
  const wipValues = [null, ...[...new Set([0.5, 1, 1.5, 2, 3].map((f) => Math.max(1, Math.round(devs * f))))]];
  const wip = h('select', {
    id: 'policy-wip',
    attrs: { disabled: !allowed.wipLimit },
    on: { change: () => run('policy-wip', { type: 'setPolicy', policy: 'wipLimit', value: wipValues[wip.selectedIndex] }, back(wip, Math.max(0, wipValues.indexOf(p.wipLimit)))) },
  }, ...wipValues.map((v) => h('option', {
    text: v === null ? t('policy.wipNone') : t('policy.wipItems', { count: v }),
    attrs: { selected: v === p.wipLimit },
  })));

  const approvals: Approval[] = allowed.approvals.includes(p.approval) ? allowed.approvals : [p.approval, ...allowed.approvals];
  const approval = h('select', {
    id: 'policy-approval',
    on: { change: () => run('policy-approval', { type: 'setPolicy', policy: 'approval', value: approvals[approval.selectedIndex] }, back(approval, approvals.indexOf(p.approval))) },
  }, ...approvals.map((a) => h('option', { text: t(`policy.approval.${a}`), attrs: { selected: a === p.approval } })));

  const responses: IncidentResponse[] = ['rollback', 'fixForward'];
  const response = h('select', {
    id: 'policy-response',
    on: { change: () => run('policy-response', { type: 'setPolicy', policy: 'incidentResponse', value: responses[response.selectedIndex] }, back(response, responses.indexOf(p.incidentResponse))) },
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
          run('split', { type: 'setPolicy', policy: 'capacitySplit', value }, () => {
            inputs.forEach((input, i) => { input.value = String(p.capacitySplit[WORK_CLASSES[i]!]); });
            showTotal();
          });
        },
      },
    }, t('policy.applySplit')),
    noteFor('split'));

  panel.replaceChildren(
    field('policy-cadence', t('policy.cadence'), t('policy.cadenceExplain'), cadence, noteFor('policy-cadence')),
    field('policy-wip', t('policy.wip'), t('policy.wipExplain'), wip, noteFor('policy-wip')),
    field('policy-approval', t('policy.approvalLabel'), t('policy.approvalExplain'), approval, noteFor('policy-approval')),
    field('policy-response', t('policy.responseLabel'), t('policy.responseExplain'), response, noteFor('policy-response')),
    split);
}
