// The one description of a scenario file. Types, validation, the JSON Schema for editors and the
// field reference in docs/authoring.md all come from here (scripts/gen-schema.ts).
import './no-eval.ts';
import { PRACTICES, STRATEGIES } from '../sim/index.ts';
import { z } from 'zod';
import { ERAS } from '../sim/types.ts';
import { didYouMean } from './suggest.ts';
import { INCIDENT_CAUSES, METRIC_KEYS, ROLE_NAMES, TUNING_NUMBER_KEYS, WORK_KIND_NAMES } from './vocabulary.ts';

export const PRACTICE_IDS = PRACTICES.map((p) => p.id);

/** An id: words joined by hyphens as in file names and URLs (the engine's own ids may be camelCase). */
const id = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/, { error: (iss) => `'${String(iss.input)}' is not a valid id: use letters, digits and hyphens, like 'course-launch'` })
  .max(60);

const namedEnum = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `${what} '${iss.input}' does not exist${didYouMean(iss.input, values) || `; see the list in docs/authoring.md`}`
        : `${what} should be a name, like '${values[0]}'`,
  });

export const practiceId = namedEnum('practice', PRACTICE_IDS as unknown as [string, ...string[]]).describe(
  'A practice of the game’s catalog, e.g. continuous-integration.',
);
const era = namedEnum('era', ERAS as unknown as ['waterfall', 'agile', 'devops', 'beyond']);
const metric = namedEnum('metric', METRIC_KEYS);
const role = namedEnum('role', ROLE_NAMES);
const workKind = namedEnum('work kind', WORK_KIND_NAMES);
const cause = namedEnum('incident cause', INCIDENT_CAUSES);

const textKey = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/, {
    error: () =>
      'a text here is a key into the locale files, like "events.outage.title" (no spaces); to write the text itself, write it per language, like { en: "Outage!" }',
  });
const inlineText = z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/, { error: 'a language code, like en, zh or id' }), z.string());
export const text = z
  .union([textKey, inlineText])
  .describe('A text: either a key looked up in locales/<lang>.yaml, or the text itself per language, like { en: "Hello" }.');

const share = z.number().min(0).max(1);
const percent = z.number().min(0).max(100);
const nonNegative = z.number().min(0);
const people = z.int().min(0).max(1000);

const effect = z
  .union([
    z.strictObject({ culture: z.number().min(-100).max(100).describe('Moves the Westrum culture score (0 pathological … 100 generative).') }),
    z.strictObject({ morale: z.number().min(-1).max(1).describe('Moves morale (0 … 1).') }),
    z.strictObject({ burnout: z.number().min(-1).max(1).describe('Moves burnout (0 … 1).') }),
    z.strictObject({ money: z.number().min(-1e9).max(1e9).describe('Adds money to the budget (negative: spends it).') }),
    z.strictObject({ addWork: z.strictObject({ kind: workKind, count: z.int().min(1).max(1000) }).describe('New work items arrive.') }),
    z.strictObject({
      incident: z
        .strictObject({ cause, service: id.optional().describe('A system id; any system when left out.'), severity: share })
        .describe('An incident starts now.'),
    }),
    z.strictObject({ trafficSpike: z.strictObject({ multiplier: z.number().min(1).max(1000), hours: z.number().min(1).max(24 * 90) }) }),
    z.strictObject({
      productivity: z.strictObject({ delta: z.number().min(-0.9).max(2), turns: z.int().min(1).max(100) }).describe('Everyone works faster (or slower) for a while, e.g. +0.2 for a crunch.'),
    }),
    z.strictObject({ techDebt: z.number().min(-10_000).max(10_000).describe('Adds (or pays down) technical debt points.') }),
    z.strictObject({ attrition: z.strictObject({ role, count: z.int().min(1).max(1000) }).describe('People leave.') }),
    z.strictObject({ users: z.number().min(0).max(1000).describe('Multiplies the number of users, e.g. 2 doubles them.') }),
    z.strictObject({ learning: z.number().min(-1).max(1).describe('Lessons that make the same failure less likely, as from a postmortem.') }),
  ])
  .describe('One consequence, written as a single field, e.g. "culture: -10" or "addWork: { kind: bug, count: 5 }".');

const option = z.strictObject({
  id,
  text,
  effects: z.array(effect).max(50).default([]),
});

const eventDef = z
  .strictObject({
    id,
    title: text,
    text,
    options: z.array(option).min(1).max(10).describe('What the player may answer; the first is taken when nobody answers.'),
  })
  .describe('An event written for this scenario; it replaces a built-in event with the same id.');

const scheduled = z.strictObject({
  turn: z.int().min(1).max(1000).describe('The turn the event comes up.'),
  event: id.describe('A built-in event or one of events.defined.'),
  warnTurns: z.int().min(0).max(50).default(3).describe('How many turns ahead the player is told it is coming, with a countdown on screen; 0: it comes as a surprise.'),
});

const goal = z
  .strictObject({
    id,
    text,
    metric: metric.describe('A metric of the game (list below).'),
    atLeast: z.number().min(-1e12).max(1e12).optional().describe('The metric must be at least this.'),
    atMost: z.number().min(-1e12).max(1e12).optional().describe('The metric must be at most this.'),
    over: z.enum(['final', 'lastThird', 'game']).default('lastThird').describe('Which turns the metric is averaged over when the game ends.'),
  })
  .describe('A goal: the metric must be at least (or at most) a value when the game ends.');

const command = z
  .union([
    z.strictObject({ adopt: practiceId }),
    z.strictObject({ abandon: practiceId }),
    z.strictObject({ cadence: z.union([z.literal('continuous'), z.int().min(1).max(730)]).describe('Days between releases, or continuous.') }),
    z.strictObject({ wipLimit: z.union([z.int().min(1).max(1000), z.null()]) }),
    z.strictObject({ approval: z.enum(['cab', 'lightweight']) }),
    z.strictObject({ incidentResponse: z.enum(['rollback', 'fixForward']) }),
    z.strictObject({ capacitySplit: z.strictObject({ features: percent, debt: percent, security: percent, operations: percent }).describe('Percentages of developer hours; they sum to 100.') }),
    z.strictObject({ hire: z.strictObject({ role, count: z.int().min(1).max(100) }) }),
    z.strictObject({ fire: z.strictObject({ role, count: z.int().min(1).max(100) }) }),
    z.strictObject({ choose: z.strictObject({ event: id, option: id }) }),
    z.strictObject({ advanceEra: z.literal(true) }),
    z.strictObject({ expandMarket: z.literal(true).describe('Opens a new market (see market.expansionCost).') }),
  ])
  .describe('A move of the player, e.g. "adopt: continuous-integration" or "approval: lightweight".');

const pointAt = z
  .union([
    z.strictObject({ metric }),
    z.strictObject({ system: id }),
    z.strictObject({ practice: practiceId }),
    z.strictObject({ area: z.enum(['board', 'pipeline', 'systems', 'team', 'metrics', 'dora', 'budget', 'events', 'practices', 'policies', 'end-turn']) }),
  ])
  .describe('What the step asks the audience (or the player) to look at.');

const voteOption = z.strictObject({
  id,
  label: text.describe('The option as the audience reads it on the slide and on their phones: a few words.'),
  do: z.array(command).min(1).max(20).describe('The moves this option makes, in the same form as a step\'s `do`.'),
});

const vote = z
  .strictObject({
    question: text.describe('What the room is asked, e.g. "What would you do next?".'),
    options: z.array(voteOption).min(2).max(6).describe('Two to six options; the first is taken when nobody votes.'),
  })
  .describe('A decision the audience may vote on while the step is on screen; the chosen option\'s moves are made when the talk steps on, before the next step\'s own moves.');

const step = z.strictObject({
  id,
  text: text.describe('What happens in this step, in a sentence or two.'),
  point: pointAt.optional(),
  do: z.array(command).max(20).default([]).describe('Moves made for the player when the step starts.'),
  expect: command.optional().describe('Tutorial steps: the move the player has to make to go on.'),
  advance: z.int().min(0).max(100).default(0).describe('Turns played after the moves, so the audience sees their effect.'),
  vote: vote.optional(),
});

export const STRATEGY_NAMES = Object.keys(STRATEGIES) as [string, ...string[]];
const strategyName = namedEnum('strategy', STRATEGY_NAMES);

const play = z
  .strictObject({
    id,
    base: strategyName.optional().describe("A built-in strategy that makes every move this play does not make itself; none by default."),
    answers: z.record(id, id).default({}).describe('How this play answers events: event id → option id.'),
    moves: z
      .array(
        z.strictObject({
          turn: z.int().min(1).max(1000).default(1).describe('From this turn on: adoptions and policies are retried each turn until they hold; hires and fires happen once.'),
          do: z.array(command).min(1).max(50),
        }),
      )
      .max(200)
      .default([]),
  })
  .describe('A scripted way of playing, for the balance report and the lessons.');

const lesson = z
  .strictObject({
    id,
    text: text.describe('The lesson in one sentence, for the debrief.'),
    better: id.describe('The play (or built-in strategy) that should come out ahead.'),
    worse: id.describe('The play (or built-in strategy) it is compared with.'),
    metric,
    over: z.enum(['final', 'lastThird', 'game']).default('lastThird'),
    expect: z.enum(['lower', 'higher']).describe("Whether 'better' should end with the lower or the higher value."),
  })
  .describe('A claim the scenario teaches; the balance report plays both sides on the same seeds and checks it.');

// Expert knobs, each within what still describes a company (the engine's own values sit well inside).
const TUNING_BOUNDS: Record<(typeof TUNING_NUMBER_KEYS)[number], [number, number]> = {
  workShare: [0.01, 1], reworkHours: [0, 1000], debtScale: [1, 100_000], debtPaydownPerItem: [0, 1000],
  hardwareFaultsPerNodeYear: [0, 100], ossVulnsPerTurn: [0, 100], exploitChancePerVulnTurn: [0, 1], attritionPerTurn: [0, 1],
  featureValueDecay: [0, 1], responseEffortHours: [0, 1000], postmortemCap: [0, 1],
};

const cadence = z.union([z.literal('continuous'), z.int().min(1).max(730)]);

export const scenarioSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (iss) => `'${String(iss.input)}' is not a valid scenario id: use lower-case letters, digits and hyphens, like 'mooc-launch-day'` })
      .max(60)
      .describe('The folder name; also used in ?scenario=<id>.'),
    title: text,
    brief: text.describe('The short brief a player reads before starting ("It is 1995. You ship twice a year.").'),
    level: z.enum(['beginner', 'intermediate', 'advanced']).describe('Shown on the title screen next to the title and length.'),
    mode: z.enum(['game', 'talk', 'tutorial']).default('game').describe('talk: a speaker steps through `steps`; tutorial: the player is guided through them.'),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$/, { error: 'a language code, like en, zh or id' }).default('en').describe('The language every text must exist in; the others fall back to it.'),
    seed: z.int().min(0).max(2 ** 32 - 1).describe('The default seed: the same seed and the same moves give the same game.'),
    startYear: z.int().min(1950).max(2100).describe('The calendar year of the first turn.'),
    turns: z.int().min(1).max(200).describe('How many turns the game lasts.'),
    turnDays: z.int().min(1).max(365).default(30).describe('Calendar days per turn.'),
    era: era.default('waterfall').describe('The way of working at the start; the player advances eras by adopting their key practices.'),
    maxEra: era.optional().describe('The latest era the player may reach; by default the latest one the offered practices open.'),
    budget: z.number().min(0).max(1e10).describe('Money at the start.'),
    team: z.strictObject({
      developers: people.describe('People who build and fix the product.'),
      testers: people.default(0).describe('People who test by hand.'),
      operations: people.default(0).describe('People who deploy and run the systems.'),
      salaryPerTurn: nonNegative.max(100_000).default(8000).describe('Money per person per turn.'),
      hireDelayTurns: z.int().min(0).max(24).default(2).describe('Turns before a hire starts working.'),
      hireCost: nonNegative.max(1_000_000).default(10000).describe('One-off recruiting cost of a hire.'),
    }),
    systems: z
      .array(
        z.strictObject({
          id: id.describe('Used by dependsOn, incidents and steps.'),
          name: text.optional().describe('A display name; the id is shown when there is none.'),
          kind: z.string().min(1).max(40).describe("What it is, e.g. proxy, app, sql, nosql, cache, queue, worker, service."),
          nodes: z.int().min(1).max(2_000).describe('Machines (or containers) it runs on: more nodes, more hardware faults.'),
          dependsOn: z.array(id).max(50).default([]).describe('Systems this one calls; an outage there degrades this one.'),
          entryShare: share.optional().describe('Share of user traffic entering here; the entry shares sum to 1.'),
          capacityPerNode: z.number().min(1).max(10_000_000).default(5000).describe('Requests per hour one node can serve.'),
        }),
      )
      .min(1)
      .max(200),
    nodeCostPerTurn: nonNegative.max(100_000).default(300).describe('Infrastructure money per node per turn.'),
    practices: z.strictObject({
      adopted: z.array(practiceId).max(100).default([]).describe('Practices in place at the start.'),
      offered: z.union([z.literal('all'), z.array(practiceId).max(100)]).default('all').describe('Practices the player may adopt: a list, or all of the catalog.'),
      priceScale: z.number().min(0.01).max(100).default(1).describe("Multiplies every practice's price: the catalog prices a company of about 17 people paid 9,000 a turn each (1.2 M budget); a company a tenth that size pays about a tenth."),
    }).prefault({}),
    policies: z
      .strictObject({
        cadence: cadence.default(180).describe('Days between releases at the start, or continuous.'),
        wipLimit: z.union([z.int().min(1).max(1000), z.null()]).default(null).describe('Items being developed, reviewed or built at once (work waiting for a release does not count); below the team size people pair on open items; null is no limit.'),
        approval: z.enum(['cab', 'lightweight']).default('cab').describe('cab: a change advisory board meets on a schedule; lightweight: peer review approves.'),
        capacitySplit: z
          .strictObject({ features: percent, debt: percent, security: percent, operations: percent })
          .default({ features: 70, debt: 10, security: 5, operations: 15 })
          .describe('Percentages of developer hours per kind of work; they sum to 100.'),
        incidentResponse: z.enum(['rollback', 'fixForward']).default('rollback').describe('How a change that broke production is undone, when both are possible.'),
      })
      .default({ cadence: 180, wipLimit: null, approval: 'cab', capacitySplit: { features: 70, debt: 10, security: 5, operations: 15 }, incidentResponse: 'rollback' }),
    allowedPolicies: z
      .strictObject({
        approvals: z.array(z.enum(['cab', 'lightweight'])).min(1).max(2).default(['cab', 'lightweight']).describe('Approval policies the player may choose.'),
        minCadenceDays: z.int().min(1).max(730).default(1).describe('Shortest release interval the player may set, in days (the era may demand more).'),
        continuous: z.boolean().default(true).describe('Whether continuous releases are allowed once the DevOps era is reached.'),
        wipLimit: z.boolean().default(true).describe('Whether the player may set a WIP limit.'),
      })
      .default({ approvals: ['cab', 'lightweight'], minCadenceDays: 1, continuous: true, wipLimit: true }),
    work: z
      .strictObject({
        featuresPerTurn: nonNegative.max(1000).default(8).describe('Feature ideas arriving per turn.'),
        bugsPerTurn: nonNegative.max(1000).default(3).describe('Bug reports arriving per turn, on top of escaped defects.'),
        featureEffortHours: z.number().min(1).max(2000).default(60).describe('Mean developer hours of a feature.'),
        goodIdeaShare: share.default(0.4).describe('Share of feature ideas that earn money (telemetry and A/B tests tell which).'),
        featureValuePerTurn: nonNegative.max(1_000_000).default(1500).describe('Revenue per turn of one good feature running in production.'),
        backlogCap: z.int().min(1).max(10_000).default(200).describe('Waiting items beyond this are dropped: the market moves on.'),
      })
      .prefault({}),
    business: z
      .strictObject({
        users: z.number().min(0).max(1e8).default(10000).describe('Users at the start.'),
        userGrowthPerTurn: z.number().min(-0.5).max(1).default(0.02).describe('Organic growth per turn (0.02 is 2%).'),
        baseRevenuePerTurn: nonNegative.max(1e9).default(100000).describe('Revenue per turn of the product already running.'),
        downtimeCostPerHour: nonNegative.max(10_000_000).default(2000).describe('Penalties and support cost per hour of full outage, on top of lost revenue.'),
        requestsPerUserHour: nonNegative.max(100).default(2).describe('Load each user puts on the systems at normal times.'),
      })
      .prefault({}),
    traffic: z
      .strictObject({
        spikeChancePerTurn: share.default(0.05).describe('Chance per turn of an unannounced traffic spike.'),
        spikeMultiplier: z.tuple([z.number().min(1).max(1000), z.number().min(1).max(1000)]).default([2, 4]).describe('Lowest and highest multiple of normal traffic in a random spike.'),
        spikeHours: z.number().min(1).max(24 * 90).default(12).describe('How long a random spike lasts.'),
        scheduledSpikes: z
          .array(z.strictObject({ turn: z.int().min(1).max(1000), multiplier: z.number().min(1).max(1000), hours: z.number().min(1).max(24 * 90) }))
          .max(100)
          .default([])
          .describe('Announced spikes, like a launch day.'),
      })
      .prefault({}),
    slo: z
      .strictObject({
        target: z.number().min(0.5).max(1).default(0.995).describe('Availability objective, e.g. 0.999 (43.2 minutes of error budget in 30 days).'),
        windowDays: z.int().min(1).max(365).default(30).describe('The window the error budget is counted over.'),
      })
      .prefault({}),
    start: z
      .strictObject({
        techDebt: nonNegative.max(10_000).default(50).describe('Technical debt points at the start.'),
        vulnerabilities: nonNegative.max(1000).default(10).describe('Vulnerabilities present but unknown at the start.'),
        culture: z.number().min(0).max(100).default(40).describe('Westrum culture score: 0 pathological … 100 generative.'),
        morale: share.default(0.6).describe('Morale at the start, 0 … 1.'),
      })
      .prefault({}),
    events: z
      .strictObject({
        randomChancePerTurn: share.default(0).describe('Chance per turn that one event of `random` comes up.'),
        random: z.array(id).max(100).default([]).describe('Events (built in or defined) drawn at random.'),
        repeatRandom: z.boolean().default(false).describe('Whether a random event may come up again in the same game; by default each comes at most once.'),
        scheduled: z.array(scheduled).max(400).default([]).describe('Events that come at a given turn.'),
        defined: z.array(eventDef).max(200).default([]).describe('Events written for this scenario.'),
      })
      .prefault({}),
    goals: z.array(goal).max(20).default([]).describe('What counts as winning; all goals must be met when the game ends.'),
    minutes: z.int().min(1).max(600).optional().describe('How long a session takes, shown on the title screen; by default estimated from the turns (about two minutes a turn plus the brief and the debrief).'),
    difficulty: z.enum(['easy', 'normal', 'hard']).default('normal').describe('The default difficulty; the player (or a facilitator) may pick another. Easy: half as much money again and a slower rival; hard: 70% of the money and a faster rival.'),
    acts: z
      .array(
        z.strictObject({
          turn: z.int().min(1).max(1000).describe('The turn the act opens; the first act opens at turn 1.'),
          year: z.int().min(1950).max(2100).describe('The calendar year (January) the act opens in; the years since the last turn are skipped.'),
          text: text.optional().describe('What changed in the world meanwhile, shown when the act opens.'),
          users: z.number().min(0).max(100).default(1).describe('Users at the opening, as a multiple of those before: the market grew (or shrank) in the skipped years.'),
          rival: z.number().min(0).max(100).default(1).describe("The rival's pace in this act, as a multiple of market.rivalFeaturesPerTurn."),
          shelfLifeDays: z.number().min(1).max(36500).default(3650).describe('Days a good feature stays worth building: one that ships later earns a tenth; the world speeds up act by act.'),
          attackers: z.number().min(0).max(100).default(1).describe('Attackers in this act, as a multiple of the base exploit rate.'),
        }),
      )
      .max(20)
      .default([])
      .describe('The calendar in acts (see docs/engine.md, "The calendar"); by default one act from startYear.'),
    market: z
      .strictObject({
        rivalFeaturesPerTurn: nonNegative.max(1000).default(0).describe('Good features a turn a rival ships (times the act\'s rival); 0: no rival.'),
        churnPerTurn: share.default(0.04).describe('Share of users a turn who leave for the rival when the company ships nothing fresh while the rival does.'),
        expansionCost: nonNegative.max(1e10).default(0).describe('Price of opening a first new market (each further one costs 1.5 times the last); 0: none on offer.'),
        expansionUsers: z.number().min(0).max(10).default(0.25).describe('Users a new market brings, as a share of the users at the time.'),
        expansionEra: era.default('devops').describe('The first era in which a new market can be opened.'),
      })
      .prefault({}),
    incidents: z
      .strictObject({
        majorImpact: share.default(0.2).describe('An incident failing at least this share of requests is major: the turn stops and the player fights it.'),
        fightsPerTurn: z.number().int().min(0).max(5).default(1).describe('At most this many major incidents a turn are fought; the rest follow the team\'s playbook (0: none).'),
      })
      .prefault({}),
    stakes: z
      .strictObject({
        trustAvailability: share.default(0).describe('The game is lost when availability over the SLO window falls below this: customers stop trusting the service; 0: never.'),
        disruptedUsers: share.default(0).describe('The game is lost when users fall below this share of the start, grown with the market act by act (acts[].users): the rival has taken the market; 0: never.'),
      })
      .prefault({}),
    debrief: z.array(text).max(20).default([]).describe('Questions for the debrief after the game.'),
    steps: z.array(step).max(50).default([]).describe('The steps of a talk or tutorial scenario.'),
    plays: z.array(play).max(20).default([]).describe('Scripted ways of playing, compared in the balance report.'),
    lessons: z.array(lesson).max(20).default([]).describe('What the scenario should teach, checked by the balance report.'),
    tuning: z
      .strictObject({
        ...Object.fromEntries(TUNING_NUMBER_KEYS.map((k) => [k, z.number().min(TUNING_BOUNDS[k][0]).max(TUNING_BOUNDS[k][1]).optional()])),
        effortByKind: z.strictObject(Object.fromEntries(WORK_KIND_NAMES.map((k) => [k, z.number().min(0).max(10_000)]))).optional(),
      })
      .optional()
      .describe('Expert knobs of the engine; leave them out unless a lesson needs them.'),
  })
  .describe('A DevOps Journey scenario.');

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ParsedScenario = z.output<typeof scenarioSchema>;
export type TextRef = z.output<typeof text>;
export type EffectInput = z.output<typeof effect>;
export type CommandInput = z.output<typeof command>;
export type StepInput = z.output<typeof step>;
export type PlayInput = z.output<typeof play>;
export type LessonInput = z.output<typeof lesson>;
