import { expect, test, type CDPSession, type Page } from '@playwright/test';

/** DOM nodes and event listeners alive in the page after a full garbage collection, and the document's visibilitychange listeners. */
async function liveCounts(cdp: CDPSession): Promise<{ nodes: number; listeners: number; visibilitychange: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  return { nodes: get('Nodes'), listeners: get('JSEventListeners'), visibilitychange: listeners.filter((l) => l.type === 'visibilitychange').length };
}

/**
 * Ends the turn with N and answers what it brings by clicking, as play.ts's endTurn does, but
 * without holding element handles: a handle keeps its element alive and would count as a leak.
 */
async function endTurnAndAnswer(page: Page): Promise<void> {
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog');
  for (let guard = 0; guard < 10; guard++) {
    await page.waitForTimeout(150);
    if (!(await dialog.isVisible())) break;
    const choices = dialog.getByRole('group').getByRole('button');
    await ((await choices.count()) > 0 ? choices.first() : dialog.getByRole('button').first()).click();
  }
}

/** One whole game of MOOC launch day, from the title screen back to it through the debrief. */
async function playOneGame(page: Page): Promise<void> {
  const card = page.getByRole('article', { name: 'MOOC launch day' });
  await card.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'End turn' })).toBeVisible();
  while (await page.getByRole('button', { name: 'End turn' }).isVisible()) await endTurnAndAnswer(page);
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  await page.getByRole('button', { name: 'Back to the scenarios' }).click();
  await expect(page.getByRole('article', { name: 'MOOC launch day' })).toBeVisible();
}

test('five games in one tab leave no more DOM nodes or listeners than the first', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // A first game loads the board's code and fonts and fills Phaser's page-wide canvas pool, and V8
  // keeps the last destroyed chart's internals for its allocation feedback: all of it once per page.
  // From then on, every game must give back what it took.
  await playOneGame(page);
  const counts: { nodes: number; listeners: number; visibilitychange: number }[] = [];
  for (let game = 1; game <= 5; game++) {
    await playOneGame(page);
    counts.push(await liveCounts(cdp));
  }
  console.log(`after each of five games: ${JSON.stringify(counts)}`);
  const [first] = counts;
  for (const c of counts.slice(1)) {
    expect(c.nodes).toBeGreaterThanOrEqual(first.nodes * 0.95);
    expect(c.nodes).toBeLessThanOrEqual(first.nodes * 1.05);
    expect(c.listeners).toBeGreaterThanOrEqual(first.listeners * 0.95);
    expect(c.listeners).toBeLessThanOrEqual(first.listeners * 1.05);
    // Phaser's document listener, once left behind by every board.
    expect(c.visibilitychange).toBeLessThanOrEqual(1);
  }
});
