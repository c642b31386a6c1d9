import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/scenario.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run scenario -- check', () => {
  it('prints file:line:column messages and exits with 1 on errors; 0 on a good scenario', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'scenario.yaml'), 'id: broken\nlevel: 3\n');
    const bad = run('check', dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${dir}/scenario.yaml:2:8: 'level' should be`);
    expect(bad.stdout).toMatch(/FAIL .*broken: \d+ errors/);
    expect(bad.stdout + bad.stderr).not.toMatch(/at .*\.(ts|js):\d+/);

    const good = run('check', 'test/unit/scenarios/fixtures/first-pipeline');
    expect(good.stdout).toContain('ok   test/unit/scenarios/fixtures/first-pipeline');
    expect(good.status).toBe(0);
  }, 120_000);
});

const sim = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run sim -- --scenario', () => {
  it('plays a shipped scenario by id, lists the shipped ids for an unknown one, and prints a broken one as file:line:column (exit 2)', () => {
    const shipped = sim('--scenario', 'mooc-launch-day', '--strategy', 'allDevOps', '--json');
    expect(shipped.status).toBe(0);
    expect((JSON.parse(shipped.stdout) as { scenario: string }).scenario).toBe('mooc-launch-day');

    const unknown = sim('--scenario', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown scenario "nope"; shipped: .*mooc-launch-day.*our-devops-journey/);

    const dir = join(mkdtempSync(join(tmpdir(), 'scenario-')), 'broken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'scenario.yaml'), 'id: broken\nlevel: 3\n');
    const broken = sim('--scenario', join(dir, 'scenario.yaml'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${dir}/scenario.yaml:2:8: 'level' should be`);
    expect(broken.stdout + broken.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  }, 120_000);
});

describe('npm run sim -- --strategy <play>', () => {
  it("plays a scenario's own plays as strategies, and names them when the strategy is unknown", () => {
    const culture = (strategy: string) => {
      const out = sim('--scenario', 'toxic-culture', '--strategy', strategy, '--json');
      expect(out.status).toBe(0);
      const runs = (JSON.parse(out.stdout) as { runs: { history: { culture: number }[] }[] }).runs;
      return runs[0]!.history.at(-1)!.culture;
    };
    expect(culture('refuse-every-tip')).toBeGreaterThan(culture('take-every-tip') + 20);
    const unknown = sim('--scenario', 'toxic-culture', '--strategy', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('plays of toxic-culture: take-every-tip, refuse-every-tip');
  }, 120_000);
});

describe('npm run scenario -- new and check --write-missing-keys', () => {
  it('new writes a commented folder with every shipped language that passes check, and never overwrites one', () => {
    const parent = mkdtempSync(join(tmpdir(), 'scenario-'));
    const made = run('new', 'bank-mobile', '--dir', parent);
    expect(made.status).toBe(0);
    const dir = join(parent, 'bank-mobile');
    for (const f of ['scenario.yaml', 'locales/en.yaml', 'locales/zh.yaml', 'locales/id.yaml']) expect(existsSync(join(dir, f))).toBe(true);
    const yaml = readFileSync(join(dir, 'scenario.yaml'), 'utf8');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\S*public\/scenario\.schema\.json\n/);
    expect(existsSync(resolve(dir, yaml.split('\n')[0]!.split('$schema=')[1]!))).toBe(true);
    expect(yaml).toContain('# Salaries are most of the cost');
    const checked = run('check', dir);
    expect(checked.stdout).toContain(`ok   ${dir}`);
    expect(checked.stdout).not.toContain('warning');

    const again = run('new', 'bank-mobile', '--dir', parent);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('already exists; nothing was written');
    expect(run('new', 'Bank Mobile', '--dir', parent).stdout).toContain("'Bank Mobile' cannot be a scenario id");
  }, 120_000);

  it('--write-missing-keys adds the missing keys marked TODO, keeps what is written, and check then passes with a warning', () => {
    const parent = mkdtempSync(join(tmpdir(), 'scenario-'));
    run('new', 'keys', '--dir', parent);
    const dir = join(parent, 'keys');
    // French, which has no built-in event texts: hire-crony's must be given.
    writeFileSync(join(dir, 'locales/fr.yaml'), '# kept\ntitle: Mon scénario\n');
    writeFileSync(join(dir, 'scenario.yaml'), readFileSync(join(dir, 'scenario.yaml'), 'utf8').replace('event: deadline-crunch }', 'event: deadline-crunch }\n    - { turn: 14, event: hire-crony }'));
    const before = run('check', dir);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain("text key 'events.hire-crony.title' is missing from");

    const written = run('check', '--write-missing-keys', dir);
    expect(written.stdout).toContain(`ok   ${dir}`);
    expect(written.stdout).toMatch(/still marked TODO/);
    const fr = readFileSync(join(dir, 'locales/fr.yaml'), 'utf8');
    expect(fr).toContain('# kept\ntitle: Mon scénario');
    expect(fr).toContain('brief: "TODO translate: It is 2015.');
    expect(fr).toContain('title: "TODO translate: A friend of the boss"');
    expect(fr).toContain('crony: "TODO translate: Hire the friend; it saves time"');
    // Chinese has the built-in event's texts: nothing is added there.
    expect(readFileSync(join(dir, 'locales/zh.yaml'), 'utf8')).not.toContain('TODO');
  }, 120_000);
});
