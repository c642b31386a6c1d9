import type { TFunction } from 'i18next';
import type { Command } from '../sim/types.ts';

/** A player's command in words, for the debrief's list and the chart markers. */
export function decisionText(t: TFunction, c: Command, choice: (event: string, option: string) => { event: string; option: string }): string {
  switch (c.type) {
    case 'adoptPractice':
    case 'abandonPractice':
      return t(`decision.${c.type}`, { practice: t(`practice.${c.practice}.name`) });
    case 'setPolicy': {
      const v = c.value;
      const value = c.policy === 'cadence' && v && typeof v === 'object' && 'kind' in v
        ? (v.kind === 'continuous' ? t('policy.cadenceContinuous') : t('policy.cadenceEvery', { count: v.days }))
        : c.policy === 'wipLimit' ? (v === null ? t('policy.wipNone') : t('policy.wipItems', { count: v as number }))
          : c.policy === 'approval' ? t(`policy.approval.${String(v)}`)
            : c.policy === 'incidentResponse' ? t(`policy.response.${String(v)}`)
              : Object.entries(v as Record<string, number>).map(([k, n]) => `${t(`workClass.${k}`)} ${n}%`).join(', ');
      return t('decision.setPolicy', { policy: t(`policy.name.${c.policy}`), value });
    }
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
  }
}
