// What `npm run dev` needs beyond the build: a Content-Security-Policy that lets Vite's dev server work,
// and every broken shipped scenario reported in the terminal as the checker would (the page shows the
// same list through src/ui/dev-problems.ts).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/**
 * Vite's dev server injects each CSS import as a <style> element and talks to the page over a
 * WebSocket; the production policy forbids both. Only those two grants are added, and only in serve
 * mode: scripts stay 'self', so an inline script still fails in development as it would in production.
 */
export function devCsp(): Plugin {
  return {
    name: 'devops-journey:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_all, open: string, policy: string, close: string) =>
      open + devPolicy(policy) + close),
  };
}

/** The production policy with what the dev server needs: inline <style> elements and its WebSocket. */
export function devPolicy(policy: string): string {
  return policy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:");
}

type Checker = (dir: string) => Promise<string[]>;

/** Checks a shipped scenario when the dev server starts and whenever one of its files is saved. */
export function scenarioProblemsInTerminal(): Plugin {
  let server: ViteDevServer;
  // Loaded through Vite, not imported by the config: editing the engine must not restart the server.
  const check: Checker = async (dir) => {
    const files = (await server.ssrLoadModule('/src/cli/scenario-files.ts')) as typeof import('../src/cli/scenario-files.ts');
    const load = (await server.ssrLoadModule('/src/scenarios/load.ts')) as typeof import('../src/scenarios/load.ts');
    const result = load.loadScenario(files.readScenarioFiles(dir));
    return result.ok ? [] : result.errors.map(load.formatError);
  };
  const report = async (dir: string) => {
    // A folder being created: its scenario.yaml is reported when it is saved.
    if (!existsSync(join(server.config.root, dir, 'scenario.yaml'))) return;
    try {
      const problems = await check(dir);
      if (problems.length) server.config.logger.error(`\nScenario ${dir} is left out of the game until these are fixed:\n${problems.join('\n')}\n`, { timestamp: true });
    } catch (e) {
      // A scenario folder being deleted or renamed while it is read: the next save reports it.
      server.config.logger.warn(`could not check ${dir}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return {
    name: 'devops-journey:scenario-problems',
    apply: 'serve',
    configureServer(s) {
      server = s;
      const saved = (file: string) => {
        const match = /^scenarios\/([^/]+)\/.*\.ya?ml$/.exec(relative(s.config.root, file).replace(/\\/g, '/'));
        if (match) void report(`scenarios/${match[1]}`);
      };
      s.watcher.on('add', saved);
      s.watcher.on('change', saved);
      s.httpServer?.once('listening', () => {
        void (server.ssrLoadModule('/src/cli/scenario-files.ts') as Promise<typeof import('../src/cli/scenario-files.ts')>)
          .then(({ shippedScenarioDirs }) => Promise.all(shippedScenarioDirs(join(server.config.root, 'scenarios')).map((d) => report(relative(server.config.root, d)))));
      });
    },
  };
}
