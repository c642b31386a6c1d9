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
