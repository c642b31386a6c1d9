// Built-in events: the ten temptations of "Ten tips for a toxic culture" (each with a healthy and a
// toxic option; the toxic one pays a little now), the postmortem after a major incident, and
// launch-day traffic. The first option is taken when the player does not answer.
import type { EventDef } from '../types.ts';

export const BUILTIN_EVENTS: readonly EventDef[] = [
  { id: 'postmortem', options: [
    { id: 'skip', effects: [] },
    { id: 'blameless', effects: [{ type: 'culture', delta: 3 }, { type: 'learning', delta: 0.03 }, { type: 'morale', delta: 0.01 }] },
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
    { id: 'openHiring', effects: [{ type: 'money', amount: -10000 }] },
    { id: 'crony', effects: [{ type: 'culture', delta: -4 }, { type: 'morale', delta: -0.03 }, { type: 'productivity', delta: -0.03, turns: 12 }] },
  ] },
  { id: 'play-favourites', options: [
    { id: 'fair', effects: [{ type: 'culture', delta: 1 }] },
    { id: 'favourites', effects: [{ type: 'culture', delta: -3 }, { type: 'morale', delta: -0.05 }, { type: 'productivity', delta: 0.02, turns: 2 }] },
  ] },
  { id: 'unlimited-vacation', options: [
    { id: 'realLeave', effects: [{ type: 'money', amount: -15000 }, { type: 'burnout', delta: -0.1 }, { type: 'morale', delta: 0.02 }] },
    { id: 'unlimited', effects: [{ type: 'money', amount: 10000 }, { type: 'burnout', delta: 0.08 }, { type: 'culture', delta: -2 }] },
  ] },
  { id: 'deadline-crunch', options: [
    { id: 'holdScope', effects: [{ type: 'culture', delta: 1 }, { type: 'morale', delta: 0.01 }] },
    { id: 'crunch', effects: [{ type: 'productivity', delta: 0.25, turns: 2 }, { type: 'burnout', delta: 0.25 }, { type: 'morale', delta: -0.08 }, { type: 'culture', delta: -3 }] },
  ] },
  { id: 'eliminate-loyalty', options: [
    { id: 'invest', effects: [{ type: 'money', amount: -20000 }, { type: 'morale', delta: 0.04 }] },
    { id: 'cut', effects: [{ type: 'money', amount: 30000 }, { type: 'morale', delta: -0.08 }, { type: 'culture', delta: -3 }, { type: 'attrition', role: 'developer', count: 1 }] },
  ] },
  { id: 'humans-as-data-points', options: [
    { id: 'conversations', effects: [{ type: 'culture', delta: 2 }] },
    { id: 'dataPoints', effects: [{ type: 'productivity', delta: 0.03, turns: 2 }, { type: 'morale', delta: -0.06 }, { type: 'culture', delta: -4 }] },
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
