import type { TFunction } from 'i18next';
import type { Command } from '../sim/types.ts';

/** Each policy's label as the Policies panel shows it. */
export const policyLabelKeys: Record<string, string> = {
  cadence: 'policy.cadence', wipLimit: 'policy.wip', approval: 'policy.approvalLabel',
  capacitySplit: 'policy.split', incidentResponse: 'policy.responseLabel',
};

const splitClasses = ['features', 'debt', 'security', 'operations'] as const;

/**
 * A policy value in words, from a command's value or from a fact's (days or 'continuous', items or
 * 'none', the split as "60/20/10/10"), so the log, the debrief and the turn summary say it alike.
 */
export function policyValueText(t: TFunction, policy: string, v: unknown): string {
  switch (policy) {
    case 'cadence': {
      const cadence = v && typeof v === 'object' ? (v as { kind: string; days?: number }) : null;
      const days = cadence ? (cadence.kind === 'continuous' ? 'continuous' : cadence.days) : v;
      return days === 'continuous' ? t('policy.cadenceContinuous') : t('policy.cadenceEvery', { count: Number(days) });
    }
    case 'wipLimit':
      return v === null || v === 'none' ? t('policy.wipNone') : t('policy.wipItems', { count: Number(v) });
    case 'approval':
      return t(`policy.approval.${String(v)}`);
    case 'incidentResponse':
      return t(`policy.response.${String(v)}`);
    case 'capacitySplit': {
      const shares = typeof v === 'string' ? v.split('/').map(Number) : splitClasses.map((c) => (v as Record<string, number>)[c]);
      return splitClasses.map((c, i) => `${t(`workClass.${c}`)} ${shares[i]}%`).join(', ');
    }
    default:
      return String(v);
  }
}

/** A player's command in words, for the debrief's list and the chart markers. */
export function decisionText(t: TFunction, c: Command, choice: (event: string, option: string) => { event: string; option: string }): string {
  switch (c.type) {
    case 'adoptPractice':
    case 'abandonPractice':
      return t(`decision.${c.type}`, { practice: t(`practice.${c.practice}.name`) });
    case 'setPolicy':
      return t('decision.setPolicy', { policy: t(`policy.name.${c.policy}`), value: policyValueText(t, c.policy, c.value) });
    case 'hire':
    case 'fire':
      return t(`decision.${c.type}`, { count: c.count, role: t(`role.${c.role}`) });
    case 'chooseEventOption':
      return t('decision.chooseEventOption', choice(c.event, c.option));
    case 'advanceEra':
      return t('decision.advanceEra');
    case 'expandMarket':
      return t('decision.expandMarket');
    case 'respondIncident':
      return t('decision.respondIncident', { action: t(`fight.action.${c.action}`), responders: t(`fight.responders.${c.responders}`) });
    case 'injectEvent':
      return t('decision.injectEvent', { event: choice(c.event, '').event });
  }
}
