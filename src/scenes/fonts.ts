import { FONT } from './palette.ts';

const labelKeys = [
  'board.pipeline.title', 'board.systems.title', 'board.teams.title', 'board.team.developer', 'board.team.tester',
  'board.team.operations', 'board.team.morale', 'board.team.load', 'board.team.loadShort', 'board.legend.ok', 'board.legend.incident',
  'board.legend.degraded', 'board.batch', 'board.hotfix',
  ...['backlog', 'develop', 'review', 'integrate', 'test', 'approve', 'release', 'deploy', 'run'].map((c) => `board.stage.${c}`),
];

/** The board's labels in the current language: the characters whose font slices must be loaded. */
export function labelSample(t: (key: string, params?: Record<string, unknown>) => string): string {
  return labelKeys.map((k) => t(k, { count: 0, percent: 0 })).join(' ');
}

/**
 * Canvas text is rasterised once; drawn before the web font arrives it would keep the fallback face,
 * and Chinese comes in unicode-range slices that load only for the characters asked for.
 */
export async function loadFonts(sample: string): Promise<void> {
  try {
    await Promise.all([document.fonts.load(`16px ${FONT}`, sample), document.fonts.load(`bold 16px ${FONT}`, sample)]);
  } catch {
    // A font that cannot load leaves the system face, which is fine.
  }
}
