import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
