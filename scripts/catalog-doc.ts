// docs/catalog.md, generated from the engine's catalog (src/sim/catalog/*), the built-in event texts
// and the interface's names and units, so the document changes when the data does. Written by
// `npx tsx scripts/gen-catalog.ts`; a unit test fails when the committed copy is out of date.
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import { BUILTIN_EVENT_TEXTS } from '../src/scenarios/event-texts.ts';
import { METRIC_KEYS } from '../src/scenarios/vocabulary.ts';
import { BASE_MECHANISMS, BUILTIN_EVENTS, ERA_DEFS, PRACTICES } from '../src/sim/index.ts';
import type { Effect, KnobEffects, KnobOp } from '../src/sim/types.ts';
import { ERAS } from '../src/sim/types.ts';
import { metricUnits, type Unit } from '../src/ui/format.ts';

export const CATALOG_FILE = 'docs/catalog.md';

type Texts = Record<string, unknown>;
const lookup = (path: string): string | undefined => {
  let node: unknown = en;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Texts)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

const cell = (x: string) => x.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const money = (x: number) => (x === 0 ? '—' : x.toLocaleString('en-US'));
const num = (x: number) => String(Number(x.toFixed(4)));
const pct = (x: number) => `${num(x * 100)}%`;
const signed = (x: number, show = num) => `${x >= 0 ? '+' : '−'}${show(Math.abs(x))}`;

/** Knobs that are switches: the catalog only ever sets them to 0 or 1 and they start at 0 or 1. */
function isSwitch(knob: string): boolean {
  const base = (BASE_MECHANISMS as Record<string, number>)[knob];
  const ops = [...PRACTICES.map((p) => p.effects), ...ERAS.map((e) => ERA_DEFS[e].effects)]
    .flatMap((e) => (knob in e ? [(e as Record<string, KnobOp>)[knob]!] : []));
  return (base === 0 || base === 1) && ops.length > 0 && ops.every(([op, v]) => op === 'set' && (v === 0 || v === 1));
}

function unitOfKnob(knob: string): string {
  if (/Hours$/.test(knob)) return ' h';
  if (/Days$/.test(knob)) return ' days';
  if (/Turns$/.test(knob)) return ' turns';
  return '';
}

/** One mechanism change in words: "Build time: 0.5 h", "Regression test phase ×0.1 (−90%)", "Rollback possible: on". */
export function knobInWords(knob: string, [op, value]: KnobOp): string {
  const name = lookup(`knob.${knob}`) ?? knob;
  if (isSwitch(knob)) return `${name}: ${value ? 'on' : 'off'}`;
  if (op === 'set') return `${name}: ${num(value)}${unitOfKnob(knob).replace(/s$/, value === 1 ? '' : 's')}`;
  if (op === 'add') return `${name} ${signed(value)}${unitOfKnob(knob)}`;
  return `${name} ×${num(value)} (${signed(value - 1, pct)})`;
}

const effectsInWords = (effects: KnobEffects) =>
  Object.entries(effects).map(([k, op]) => knobInWords(k, op as KnobOp)).join('; ');

/** An event option's consequence in words. */
export function effectInWords(e: Effect): string {
  switch (e.type) {
    case 'culture': return `culture ${signed(e.delta)} (score 0 to 100)`;
    case 'morale': return `morale ${signed(e.delta)} (share 0 to 1)`;
    case 'burnout': return `burnout ${signed(e.delta)} (share 0 to 1)`;
    case 'money': return `budget ${signed(e.amount, money)}`;
    case 'addWork': return `${e.count} ${e.kind} item${e.count === 1 ? '' : 's'} added to the backlog`;
    case 'incident': return `a ${e.cause} incident of severity ${e.severity}${e.service ? ` on ${e.service}` : ''}`;
    case 'trafficSpike': return `traffic ×${e.multiplier} for ${e.hours} h`;
    case 'productivity': return `productivity ${signed(e.delta, pct)} for ${e.turns} turn${e.turns === 1 ? '' : 's'}`;
    case 'techDebt': return `technical debt ${signed(e.delta)} points`;
    case 'attrition': return `${e.count} ${e.role}${e.count === 1 ? '' : 's'} leave${e.count === 1 ? 's' : ''}`;
    case 'users': return `users ×${e.factor}`;
    case 'learning': return `learning from incidents ${signed(e.delta)} (fewer repeats of the same failure)`;
  }
}

const UNIT_WORDS: Record<Unit, string> = {
  perDay: 'per day',
  perTurn: 'per turn',
  hours: 'hours',
  share: 'share, 0 to 1 (0.25 is 25%)',
  count: 'count',
  money: 'money (the scenario\'s currency)',
  score: 'points',
  ratio: 'number',
};

function practicesSection(): string[] {
  const rows = PRACTICES.map((p) => {
    const name = lookup(`practice.${p.id}.name`) ?? p.id;
    return `| \`${p.id}\`<br>${cell(name)} | ${lookup(`era.${p.era}`) ?? p.era}, ${p.since ?? ERA_DEFS[p.era].year} | ${lookup(`habit.${p.habit}`) ?? p.habit} | ${money(p.costUpfront)} | ${money(p.costPerTurn)} | ${p.adoptionTurns} | ${pct(p.dip)} | ${p.settleTurns ?? '—'} | ${p.requires.map((r) => `\`${r}\``).join(', ') || '—'} | ${cell(effectsInWords(p.effects))} |`;
  });
  return [
    '## Practices',
    '',
    'Cost now is paid when the player adopts the practice; cost per turn is paid every turn from then on, while',
    'it is being adopted and after. It takes effect in the last of its adoption turns; in each of those turns',
    'the developers lose the dip of their capacity (the J-curve; dips of adoptions at the same time add up, at',
    'most 60%). Big automation then settles in: for its "settles in" turns the team does not trust it yet, so',
    'the manual steps it replaced still run beside it, fading a step each turn, and a new test suite\'s false',
    'alarms are checked by hand (more on indebted code): lead time and throughput get worse before they get',
    'better (engine.md, section 7). It needs the practices under "needs" adopted first, its era reached, and the calendar at its',
    'year. "×0.5 (−50%)" halves',
    'a mechanism, "+0.5" adds to it, a plain value replaces it; effects apply in the order of this table, so',
    'a later replacement wins.',
    '',
    '| practice | era, from year | habit | cost now | per turn | adoption turns | dip | settles in | needs | what it changes |',
    '|---|---|---|---:|---:|---:|---:|---:|---|---|',
    ...rows,
  ];
}

function erasSection(): string[] {
  const rows = ERAS.map((id) => {
    const e = ERA_DEFS[id];
    return `| \`${id}\`<br>${lookup(`era.${id}`) ?? id} | ${e.year} | ${e.requires.map((r) => `\`${r}\``).join(', ') || 'nothing: the first era'} | ${e.minCadenceDays} | ${e.continuous ? 'yes' : 'no'} | ${cell(effectsInWords(e.effects)) || '—'} |`;
  });
  return [
    '## Eras',
    '',
    'Entering an era is a move of its own (`advanceEra: true` in a step or a play\'s moves; the player presses',
    '"Advance era"), allowed once every practice it requires is adopted, the calendar has reached the era\'s',
    'year, and the scenario\'s `maxEra` reaches it.',
    'A scripted play that adopts the practices but never says `advanceEra: true` stays in the earlier era.',
    'Each era\'s changes apply on top of the earlier eras\' ones.',
    '',
    '| era | from year | entering it requires | shortest release interval (days) | continuous releases | what it changes |',
    '|---|---:|---|---:|---|---|',
    ...rows,
  ];
}

function eventsSection(): string[] {
  const languages = Object.keys(BUILTIN_EVENT_TEXTS);
  const out = [
    '## Built-in events',
    '',
    'Schedule one by id (`events.scheduled`, or `events.random`) and say nothing more: its texts are built in,',
    `in the languages shown (${languages.join(', ')}). A scenario whose languages include one the event has no`,
    'text in must give that text in its locale file (`check` names the missing keys), and any locale file may',
    'override a built-in text under the same key. The first option is taken when nobody answers.',
  ];
  for (const e of BUILTIN_EVENTS) {
    const key = (k: string) => `events.${e.id}.${k}`;
    const texts = (k: string) => languages.map((l) => `${l}: ${BUILTIN_EVENT_TEXTS[l]![key(k)] ?? '*(not built in)*'}`).join('<br>');
    out.push('', `### \`${e.id}\``, '', '| | key | texts |', '|---|---|---|');
    out.push(`| title | \`${key('title')}\` | ${cell(texts('title'))} |`);
    out.push(`| text | \`${key('text')}\` | ${cell(texts('text'))} |`);
    for (const o of e.options) {
      const effects = o.effects.map(effectInWords).join('; ') || 'nothing';
      out.push(`| option \`${o.id}\`: ${cell(effects)} | \`${key(`options.${o.id}`)}\` | ${cell(texts(`options.${o.id}`))} |`);
    }
  }
  return out;
}

function metricsSection(): string[] {
  return [
    '## Metrics',
    '',
    'Goals and lessons name one of these. A turn\'s value is measured over that turn; `over: lastThird` or',
    '`game` pools the turns as [docs/engine.md](engine.md#6-metrics) describes, and `final` is the last turn.',
    '',
    '| metric | name | unit | definition |',
    '|---|---|---|---|',
    ...METRIC_KEYS.map((k) => `| \`${k}\` | ${cell(lookup(`metric.${k}.name`) ?? k)} | ${k.endsWith('Hours') ? 'hours' : UNIT_WORDS[metricUnits[k]]} | ${cell(lookup(`metric.${k}.explain`) ?? '')} |`),
  ];
}

export function catalogMarkdown(): string {
  return [
    '# Catalog',
    '',
    '<!-- Generated from src/sim/catalog by `npx tsx scripts/gen-catalog.ts`; do not edit by hand. -->',
    '',
    'Everything a scenario can name: practices, eras, built-in events and metrics, with the figures the',
    'engine uses. [authoring.md](authoring.md) explains how to write a scenario with them.',
    '',
    ...practicesSection(),
    '',
    ...erasSection(),
    '',
    ...eventsSection(),
    '',
    ...metricsSection(),
    '',
  ].join('\n');
}
