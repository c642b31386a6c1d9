// npm run scenario -- new <id> [--dir <parent folder>]: a scenario folder that passes `check`, with a
// comment on every part and a locale file for each language the game ships (en, zh, id).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatError, loadScenario } from '../scenarios/load.ts';
import { readScenarioFiles, scenariosRoot } from './scenario-files.ts';

const SCHEMA_FILE = resolve(import.meta.dirname, '../../public/scenario.schema.json');

const scenarioYaml = (id: string, schema: string) => `# yaml-language-server: $schema=${schema}
# The line above lets an editor with the YAML language server (VS Code's YAML extension) complete and
# check every field. Check the folder with: npm run scenario -- check <this folder>
# Every field, and what each practice, era, event and metric does: docs/authoring.md and docs/catalog.md.

# The folder's name: also the link ?scenario=${id}.
id: ${id}
# Texts are keys into locales/<language>.yaml; every language file must have every key.
title: title
brief: brief
level: beginner            # beginner | intermediate | advanced
seed: 1                    # the same seed and the same moves give the same game
startYear: 2015
turns: 16                  # about two minutes each, plus ten for the brief and debrief: 45 minutes
turnDays: 30
era: waterfall             # waterfall | agile | devops | beyond
maxEra: devops
budget: 2000000

# Salaries are most of the cost: (developers + testers + operations) × salaryPerTurn every turn.
team: { developers: 8, testers: 2, operations: 2, salaryPerTurn: 8000 }

# Users send requests to the systems with an entryShare; each request also loads every system it
# dependsOn. Operations add nodes to keep the load under 70% of nodes × capacityPerNode (requests per
# hour), and every node costs nodeCostPerTurn. Here: 20,000 users × 2 requests per hour = 40,000 per
# hour reach all three systems, so one node of each suffices.
systems:
  - { id: web, name: systems.web, kind: proxy, nodes: 1, entryShare: 1, dependsOn: [app], capacityPerNode: 100000 }
  - { id: app, name: systems.app, kind: app, nodes: 1, dependsOn: [db], capacityPerNode: 80000 }
  - { id: db, name: systems.db, kind: sql, nodes: 1, capacityPerNode: 100000 }
nodeCostPerTurn: 500

business: { users: 20000, requestsPerUserHour: 2, baseRevenuePerTurn: 150000, downtimeCostPerHour: 1000 }

# What the player may adopt; each has a cost now, a cost per turn, adoption turns and prerequisites.
practices:
  adopted: []
  offered: [peer-code-reviews, release-management, continuous-integration, automated-testing, sprint-rituals, configuration-management, continuous-delivery, lightweight-approval, blameless-postmortems]

policies:
  cadence: 90              # days between releases at the start

# Built-in events bring their texts with them (docs/catalog.md lists them in every language).
events:
  scheduled:
    - { turn: 12, event: deadline-crunch }

# Met when the metric, over the last third of the game, is at least (or at most) the value.
# Deploy frequency is per day: 0.07 is about every two weeks. Run balance to see what players reach.
goals:
  - { id: fortnightly, text: goals.fortnightly, metric: deployFrequency, atLeast: 0.07 }

# A scripted way of playing, for the balance report and the lessons below.
plays:
  - id: pipeline
    moves:
      - turn: 1
        do: [{ adopt: peer-code-reviews }, { adopt: sprint-rituals }]
      - turn: 3
        do: [{ advanceEra: true }, { adopt: continuous-integration }, { adopt: lightweight-approval }, { approval: lightweight }, { cadence: 14 }]

lessons:
  - { id: pipeline-ships, text: lessons.pipeline-ships, better: pipeline, worse: doNothing, metric: deployFrequency, expect: higher }

debrief:
  - debrief.first-step
`;

const LOCALES: Record<string, string> = {
  en: `title: My scenario
brief: It is 2015. You release every quarter. Find a faster, safer way to ship.
systems:
  web: Web front
  app: Application
  db: Database
goals:
  fortnightly: Deploy at least every two weeks
lessons:
  pipeline-ships: A team that integrates continuously can ship every two weeks.
debrief:
  first-step: What would your own team change first?
`,
  zh: `title: 我的场景
brief: 现在是 2015 年。你每个季度发布一次。找到一种更快、更安全的交付方式。
systems:
  web: 网站前端
  app: 应用
  db: 数据库
goals:
  fortnightly: 至少每两周部署一次
lessons:
  pipeline-ships: 持续集成的团队可以每两周交付一次。
debrief:
  first-step: 你自己的团队会先改变什么？
`,
  id: `title: Skenario saya
brief: Sekarang tahun 2015. Anda merilis setiap kuartal. Temukan cara mengirim yang lebih cepat dan aman.
systems:
  web: Tampilan web
  app: Aplikasi
  db: Basis data
goals:
  fortnightly: Deploy setidaknya dua minggu sekali
lessons:
  pipeline-ships: Tim yang melakukan integrasi berkelanjutan dapat merilis setiap dua minggu.
debrief:
  first-step: Apa yang akan diubah lebih dulu oleh tim Anda sendiri?
`,
};

/** Writes the folder and returns the lines to print; never overwrites anything. */
export function newScenario(args: string[]): { code: number; lines: string[] } {
  const at = args.indexOf('--dir');
  const parent = at >= 0 ? args[at + 1] : scenariosRoot;
  const id = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (!id || !parent) return { code: 1, lines: ['usage: npm run scenario -- new <id> [--dir <parent folder>]'] };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return { code: 1, lines: [`'${id}' cannot be a scenario id: use lower-case letters, digits and hyphens, like 'bank-mobile-team'`] };
  }
  const dir = join(parent, id);
  if (existsSync(dir)) return { code: 1, lines: [`${dir} already exists; nothing was written. Choose another id, or remove the folder first.`] };
  // A relative path from the new folder to the schema works wherever the folder is, on this machine.
  const schema = relative(resolve(dir), SCHEMA_FILE).replace(/\\/g, '/');
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'scenario.yaml'), scenarioYaml(id, schema));
  for (const [lang, text] of Object.entries(LOCALES)) writeFileSync(join(dir, 'locales', `${lang}.yaml`), text);
  const result = loadScenario(readScenarioFiles(dir));
  const problems = result.ok ? result.warnings : result.errors;
  return {
    code: result.ok ? 0 : 1,
    lines: [
      `wrote ${join(dir, 'scenario.yaml')} and locales/${Object.keys(LOCALES).join('.yaml, locales/')}.yaml`,
      ...problems.map(formatError),
      `next: edit the files, then run npm run scenario -- check ${dir}`,
    ],
  };
}
