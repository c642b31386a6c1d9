import { describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.ts';

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

  it('reports a missing key instead of inventing a text', async () => {
    const i18n = await initI18n('en');
    expect(i18n.exists('app.no-such-key')).toBe(false);
  });
});
