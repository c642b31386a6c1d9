// The calendar tells the truth: eras arrive in their years, nothing is on offer before it existed,
// the date moves every turn, and acts skip years.
import { describe, expect, it } from 'vitest';
import { readScenarioFiles, shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { loadScenario, type LoadedScenario } from '../../../src/scenarios/load.ts';
import { applyCommand, checkCommand, createGame, advanceTurn, dateOfTurn, PRACTICES, practiceYear, runGame, STRATEGIES } from '../../../src/sim/index.ts';
import { turnDateText } from '../../../src/ui/format.ts';
import type { GameState } from '../../../src/sim/index.ts';
import { company, journey, pooled } from './helpers.ts';

/**
 * When each practice (or its tools, or its name) first existed, from the history of the field; the
 * game may offer a practice later than this, never earlier.
 */
const HISTORY: Record<string, number> = {
  'continuous-integration': 1999, 'automated-testing': 1997, 'continuous-deployment': 2009, 'continuous-delivery': 2009,
  'sprint-rituals': 1995, 'scaled-agile': 2011, 'feature-crews': 2001, 'self-managing-teams': 1995, 'team-rooms': 1999,
  'user-telemetry': 2005, 'ab-testing': 2000, 'testing-in-production': 2009, 'feature-flags': 2009,
  'continuous-unit-testing': 1999, 'test-driven-development': 2002, 'pair-programming': 1996,
  'application-performance-management': 1998, 'infrastructure-as-code': 2006, 'automated-recovery': 2008,
  'cloud-dev-test-labs': 2006, 'containerization': 2013, 'microservices': 2011, 'autoscaling': 2009,
  'standard-provisioning': 2012, 'standard-configuration': 2008, 'one-deploy-toolchain': 2009, 'service-catalog': 2011,
  'central-logging-alerting': 1999, 'sast': 2001, 'sca': 2011, 'dast': 2005, 'iast': 2012, 'security-as-code': 2014,
  'rasp': 2012, 'ng-waf': 2014, 'red-team': 2000, 'wip-limits': 2007, 'trunk-based-development': 2000,
  'lightweight-approval': 2001, 'blameless-postmortems': 2006, 'continuous-planning': 2015,
  'continuous-experimentation': 2015, 'continuous-operation': 2015, 'noops': 2014, 'distributed-ops': 2015,
  'bizdevops': 2015, 'internal-developer-platform': 2019, 'ai-assisted-coding': 2022,
};

/** System kinds and the products that may be named on screen, with the year they first shipped. */
const KIND_YEARS: Record<string, number> = { nosql: 2009, container: 2013, serverless: 2014 };
const PRODUCT_YEARS: Record<string, number> = {
  nginx: 2004, mongodb: 2009, rabbitmq: 2007, memcached: 2003, gunicorn: 2010, celery: 2009, redis: 2009,
  docker: 2013, kubernetes: 2014, kafka: 2011, elasticsearch: 2010, aws: 2006, consul: 2014, zookeeper: 2008,
};

function shipped(): LoadedScenario[] {
  return shippedScenarioDirs().map((dir) => {
    const r = loadScenario(readScenarioFiles(dir));
    if (!r.ok) throw new Error(`${dir} does not load`);
    return r.scenario;
  });
}

/** Plays `turns` turns doing nothing. */
function after(s: GameState, turns: number): GameState {
  for (let t = 0; t < turns; t++) s = advanceTurn(s).state;
  return s;
}

describe('the calendar', () => {
  it('offers no practice before its history allows', () => {
    for (const p of PRACTICES) {
      const year = HISTORY[p.id];
      if (year !== undefined) expect(practiceYear(p), p.id).toBeGreaterThanOrEqual(year);
    }
  });

  it('refuses a practice before its year, and takes it once the calendar gets there', () => {
    const start = { ...company, practices: { adopted: ['configuration-management', 'continuous-integration', 'continuous-delivery', 'automated-testing'], offered: 'all' as const }, era: 'devops' as const };
    const s = createGame(start, 1);
    expect(checkCommand(s, { type: 'adoptPractice', practice: 'containerization' })?.code).toBe('practiceNotYet');
    // Turn 17 opens the 2016 act.
    const later = after(s, 16);
    expect(dateOfTurn(later.scenario, later.turn + 1).year).toBe(2016);
    expect(checkCommand(later, { type: 'adoptPractice', practice: 'containerization' })).toBeNull();
  });

  it('holds every era to its year: agile not before 2001, DevOps not before 2009, beyond not before 2016', () => {
    let s = createGame({ ...company, practices: { adopted: ['peer-code-reviews'], offered: 'all' } }, 3);
    expect(checkCommand(s, { type: 'advanceEra' })).toMatchObject({ code: 'eraNotYet', params: { year: 2001 } });
    s = after(s, 5);
    expect(dateOfTurn(s.scenario, s.turn + 1).year).toBe(2001);
    const r = applyCommand(s, { type: 'advanceEra' });
    expect(r.ok && r.state.era).toBe('agile');
  });

  it('moves the date on every turn, and skips years where an act opens', () => {
    const dates = Array.from({ length: journey.turns }, (_, i) => dateOfTurn(journey, i + 1));
    const keys = dates.map((d) => d.year * 400 + d.month * 32 + d.day);
    for (let i = 1; i < keys.length; i++) expect(keys[i]!, `turn ${i + 1}`).toBeGreaterThan(keys[i - 1]!);
    expect(dates.map((d) => d.year).filter((y, i, a) => a.indexOf(y) === i)).toEqual([1995, 2001, 2009, 2016, 2023]);
    // Monthly turns move a calendar month each; weekly ones a week, and say the day.
    expect([1, 2, 3].map((turn) => dateOfTurn(journey, turn).month)).toEqual([0, 1, 2]);
    const weekly = { ...journey, turnDays: 7, acts: [journey.acts[0]!] };
    expect(dateOfTurn(weekly, 2)).toEqual({ year: 1995, month: 0, day: 8 });
    const texts = (sc: typeof journey) => [0, 1, 2].map((turn) => turnDateText({ ...createGame(sc, 1), turn }, 'en'));
    expect(texts(weekly)).toEqual(['January 1, 1995', 'January 8, 1995', 'January 15, 1995']);
    expect(texts(journey)).toEqual(['January 1995', 'February 1995', 'March 1995']);
  });

  it('names no system kind or product on screen before it existed', () => {
    for (const sc of shipped()) {
      const first = sc.config.startYear;
      sc.config.systems.forEach((sys) => {
        const kindYear = KIND_YEARS[sys.kind];
        if (kindYear !== undefined) expect(first, `${sc.id}: ${sys.id} is a ${sys.kind}`).toBeGreaterThanOrEqual(kindYear);
        const name = (sc.texts['en']?.[sc.systemNames[sys.id] ?? ''] ?? sys.id).toLowerCase();
        for (const [product, year] of Object.entries(PRODUCT_YEARS)) {
          if (name.includes(product) || sys.id.includes(product)) expect(first, `${sc.id}: ${sys.id} names ${product}`).toBeGreaterThanOrEqual(year);
        }
      });
    }
  });
});

describe('AI-assisted coding (DORA 2024)', () => {
  it('writes code faster, yet delivers no more and no more safely, and its defects come back as rework', () => {
    const withAi = company;
    const without = { ...company, practices: { ...company.practices, offered: (company.practices.offered as string[]).filter((p) => p !== 'ai-assisted-coding') } };
    const seeds = [1, 2, 3, 4, 5, 6];
    const a = pooled(seeds.map((seed) => runGame(withAi, seed, STRATEGIES.allDevOps!)), 2 / 3);
    const b = pooled(seeds.map((seed) => runGame(without, seed, STRATEGIES.allDevOps!)), 2 / 3);
    // A third less effort per change does not show as throughput: the batches and the rework eat it.
    expect(a.deployFrequency).toBeLessThan(b.deployFrequency * 1.05);
    expect(a.changeFailureRate).toBeGreaterThanOrEqual(b.changeFailureRate * 0.9);
    expect(a.newWorkShare).toBeLessThan(b.newWorkShare);
  });
});
