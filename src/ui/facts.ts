import type { TFunction } from 'i18next';
import type { SimEvent } from '../sim/types.ts';
import { duration, money, number, percent } from './format.ts';

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

export function factText(t: TFunction, lng: string, e: SimEvent): string {
  const params = factParams(t, lng, e.params);
  return t(`fact.${e.type}`, { ...params, count: typeof e.params.count === 'number' ? e.params.count : undefined });
}
