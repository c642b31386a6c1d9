import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.ts';
import { frequency } from '../../src/ui/format.ts';

describe('i18n', () => {
  it('serves the title screen texts in English', async () => {
    const i18n = await initI18n('en');
    expect(i18n.t('app.title')).toBe('DevOps Journey');
    expect(i18n.t('title.play')).toBe('Play');
  });

  it('picks a shipped language from the browser list, by its primary subtag', async () => {
    const { pickLanguage } = await import('../../src/i18n/index.ts');
    expect(pickLanguage([null, 'zh-CN', 'en'])).toBe('zh');
    expect(pickLanguage(['fr-FR', 'id-ID'])).toBe('id');
    expect(pickLanguage(['fr-FR'])).toBe('en');
  });

  it('words a deploy frequency by the number it shows: every day, not every 1 days', async () => {
    const i18n = await initI18n('en');
    expect(frequency(i18n.t, 'en', 1 / 1.04)).toBe('every day');
    expect(frequency(i18n.t, 'en', 1 / 1.6)).toBe('every 2 days');
    expect(frequency(i18n.t, 'en', 1 / 20)).toBe('every 3 weeks');
    expect(frequency(i18n.t, 'en', 1 / 65)).toBe('every 2 months');
    expect(frequency(i18n.t, 'en', 2.5)).toBe('2.5 per day');
  });

  it('reports a missing key instead of inventing a text', async () => {
    const i18n = await initI18n('en');
    expect(i18n.exists('app.no-such-key')).toBe(false);
  });
});
