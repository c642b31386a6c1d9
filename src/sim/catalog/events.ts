// Built-in events: the ten temptations of "Ten tips for a toxic culture", the postmortem after a
// major incident, the regulator's audit and launch-day traffic. Every decision is a trade-off the
// engine's own mechanisms carry, checked by `npm run scenario -- balance` (no option may score best on
// 90% of seeds): the healthy answer costs money, capacity or a little morale now and pays in culture
// later; the toxic one pays now (morale, productivity, money) and costs culture, burnout or people
// later. A positive productivity change also adds to burnout (people.ts). The first option is taken
// when the player does not answer; an event with one option is a notice the engine plays itself.
import type { EventDef } from '../types.ts';

export const BUILTIN_EVENTS: readonly EventDef[] = [
  // A blameless postmortem makes the team relive the outage (morale now) and teaches it (learning,
  // culture later). Its cost is kept off money, throughput and work items: the engine also holds it by
  // habit once the practice is in place, between turns, where those would escape the turn's figures.
  { id: 'postmortem', options: [
    { id: 'skip', effects: [] },
    { id: 'blameless', effects: [{ type: 'culture', delta: 1 }, { type: 'learning', delta: 0.02 }, { type: 'morale', delta: -0.05 }] },
    { id: 'scapegoat', effects: [{ type: 'culture', delta: -8 }, { type: 'morale', delta: -0.06 }, { type: 'attrition', role: 'developer', count: 1 }] },
  ] },
  { id: 'salary-secrecy', options: [
    { id: 'secret', effects: [{ type: 'culture', delta: -3 }, { type: 'morale', delta: -0.03 }] },
    { id: 'transparent', effects: [{ type: 'money', amount: -20000 }, { type: 'culture', delta: 2 }, { type: 'morale', delta: 0.03 }] },
  ] },
  { id: 'abstract-values', options: [
    { id: 'abstract', effects: [{ type: 'culture', delta: -2 }] },
    { id: 'concrete', effects: [{ type: 'culture', delta: 3 }, { type: 'productivity', delta: -0.02, turns: 1 }] },
  ] },
  { id: 'hire-crony', options: [
    { id: 'openHiring', effects: [{ type: 'money', amount: -10000 }, { type: 'productivity', delta: -0.04, turns: 2 }] },
    { id: 'crony', effects: [{ type: 'productivity', delta: 0.04, turns: 1 }, { type: 'culture', delta: -2 }, { type: 'productivity', delta: -0.03, turns: 6 }] },
  ] },
  { id: 'play-favourites', options: [
    { id: 'fair', effects: [{ type: 'culture', delta: 1 }, { type: 'morale', delta: -0.03 }] },
    { id: 'favourites', effects: [{ type: 'culture', delta: -2 }, { type: 'morale', delta: 0.02 }, { type: 'productivity', delta: 0.03, turns: 2 }] },
  ] },
  { id: 'unlimited-vacation', options: [
    { id: 'realLeave', effects: [{ type: 'money', amount: -15000 }, { type: 'burnout', delta: -0.03 }, { type: 'productivity', delta: -0.1, turns: 1 }] },
    { id: 'unlimited', effects: [{ type: 'money', amount: 10000 }, { type: 'morale', delta: 0.03 }, { type: 'burnout', delta: 0.03 }, { type: 'culture', delta: -2 }] },
  ] },
  { id: 'deadline-crunch', options: [
    { id: 'holdScope', effects: [{ type: 'culture', delta: 1 }, { type: 'morale', delta: 0.01 }, { type: 'users', factor: 0.98 }] },
    { id: 'crunch', effects: [{ type: 'productivity', delta: 0.15, turns: 2 }, { type: 'culture', delta: -2 }, { type: 'burnout', delta: 0.03 }] },
  ] },
  { id: 'eliminate-loyalty', options: [
    { id: 'invest', effects: [{ type: 'money', amount: -20000 }] },
    { id: 'cut', effects: [{ type: 'money', amount: 30000 }, { type: 'culture', delta: -1 }, { type: 'attrition', role: 'developer', count: 1 }] },
  ] },
  { id: 'humans-as-data-points', options: [
    { id: 'conversations', effects: [{ type: 'culture', delta: 1 }, { type: 'morale', delta: -0.02 }, { type: 'productivity', delta: -0.05, turns: 1 }] },
    { id: 'dataPoints', effects: [{ type: 'productivity', delta: 0.05, turns: 2 }, { type: 'culture', delta: -1.5 }] },
  ] },
  { id: 'fake-promises', options: [
    { id: 'honest', effects: [{ type: 'morale', delta: -0.01 }, { type: 'culture', delta: 2 }] },
    { id: 'promise', effects: [{ type: 'morale', delta: 0.04 }, { type: 'culture', delta: -5 }, { type: 'burnout', delta: 0.05 }] },
  ] },
  // Regulators follow the money: an audit of how customer data is protected. Complying takes the
  // team's time (security work) and money; contesting it costs a fine, customers and trust inside.
  { id: 'regulator-audit', options: [
    { id: 'comply', effects: [{ type: 'money', amount: -60000 }, { type: 'addWork', kind: 'security', count: 8 }] },
    { id: 'contest', effects: [{ type: 'money', amount: -150000 }, { type: 'users', factor: 0.97 }, { type: 'culture', delta: -2 }] },
  ] },
  { id: 'launch-day', options: [
    { id: 'ok', effects: [{ type: 'trafficSpike', multiplier: 8, hours: 24 }] },
  ] },
];

export const TOXIC_OPTIONS: Record<string, string> = {
  'postmortem': 'scapegoat', 'salary-secrecy': 'secret', 'abstract-values': 'abstract', 'hire-crony': 'crony',
  'play-favourites': 'favourites', 'unlimited-vacation': 'unlimited', 'deadline-crunch': 'crunch',
  'eliminate-loyalty': 'cut', 'humans-as-data-points': 'dataPoints', 'fake-promises': 'promise', 'regulator-audit': 'contest',
};

export const HEALTHY_OPTIONS: Record<string, string> = {
  'postmortem': 'blameless', 'salary-secrecy': 'transparent', 'abstract-values': 'concrete', 'hire-crony': 'openHiring',
  'play-favourites': 'fair', 'unlimited-vacation': 'realLeave', 'deadline-crunch': 'holdScope',
  'eliminate-loyalty': 'invest', 'humans-as-data-points': 'conversations', 'fake-promises': 'honest', 'regulator-audit': 'comply',
};
