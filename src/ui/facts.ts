import type { TFunction } from 'i18next';
import type { SimEvent } from '../sim/types.ts';
import { policyLabelKeys, policyValueText } from './decisions.ts';
import { duration, money, number, percent } from './format.ts';
import type { ScenarioNames } from './scenario-names.ts';

/**
 * Engine facts carry raw parameters; their names say how to show them (hours become durations,
 * money becomes currency, ids become translated names), so one rule serves every fact type.
 */
export function factParams(t: TFunction, lng: string, params: SimEvent['params']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'boolean') out[name] = t(value ? 'common.yes' : 'common.no');
    else if (typeof value === 'string') {
      out[name] = name === 'practice' || name === 'requires' || name === 'by' ? t(`practice.${value}.name`)
        : name === 'cause' ? t(`cause.${value}`)
          : name === 'domain' ? t(`cynefin.${value}`)
            : name === 'era' ? t(`era.${value}`)
              : name === 'role' ? t(`role.${value}`)
                : name === 'recovery' ? t(`recovery.${value}`)
                  : name === 'action' ? t(`fight.action.${value}`)
                    : name === 'responders' ? t(`fight.responders.${value}`)
                      : value;
    } else if (/hours$/i.test(name)) out[name] = duration(t, lng, value);
    else if (/(amount|money|cost|revenue|budget)$/i.test(name)) out[name] = money(lng, value);
    else if (/(share|rate|impact)$/i.test(name)) out[name] = percent(lng, value);
    else out[name] = number(lng, value, 1);
  }
  return out;
}

/** The parameter each fact counts by, for its plural form ("1 turn", "3 turns"). */
const countParam: Record<string, string> = { adoptionStarted: 'turns', deploy: 'items' };

/** Facts that name what the scenario calls by id: its services, and its events and their options. */
function namedParams(t: TFunction, e: SimEvent, names: ScenarioNames | undefined): Record<string, string> {
  const p = e.params;
  const out: Record<string, string> = {};
  if (typeof p.service === 'string' && names) out.service = names.service(p.service);
  if (typeof p.role === 'string') out.roleOne = t(`roleOne.${p.role}`);
  if (e.type === 'turnEnded') {
    out.deploys = t('log.deployCount', { count: Number(p.deploys) });
    out.incidents = t('log.incidentCount', { count: Number(p.incidents) });
  }
  if (e.type === 'eventPending' || e.type === 'eventResolved' || e.type === 'eventInjected') out.event = names ? names.event(String(p.event)) : String(p.event);
  if (e.type === 'eventResolved') out.option = names ? names.option(String(p.event), String(p.option)) : String(p.option);
  if (e.type === 'policySet') {
    const policy = String(p.policy);
    out.policy = t(policyLabelKeys[policy] ?? policy);
    out.from = policyValueText(t, policy, p.from);
    out.value = policyValueText(t, policy, p.value);
  }
  return out;
}

export function factText(t: TFunction, lng: string, e: SimEvent, names?: ScenarioNames): string {
  const params = { ...factParams(t, lng, e.params), ...namedParams(t, e, names) };
  const counted = countParam[e.type] ?? 'count';
  const count = typeof e.params[counted] === 'number' ? e.params[counted] : undefined;
  const key = e.type === 'eventResolved' && e.params.byDefault === true ? 'fact.eventResolvedByDefault' : `fact.${e.type}`;
  return t(key, { ...params, count });
}
