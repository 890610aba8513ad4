import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { sentText } from '../../client/src/features/console/i18n/sent-text.js';

/** The client's texts resolve by the bundler's rules (no extensions), which the server's type check does not follow. */
const texts = async (name: string) => ((await import(/* @vite-ignore */ `../../client/src/features/console/i18n/${name}.ts`)) as { default: object }).default;

async function translator(lng: 'sv' | 'en') {
  const [consoleSv, consoleEn] = await Promise.all([texts('sv'), texts('en')]);
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { sv: { translation: { console: consoleSv } }, en: { translation: { console: consoleEn } } } });
  return i18n.t;
}

describe('what the inspector is told after sending invitations', () => {
  it('counts the directors’ supplementary survey apart, in Swedish and English', async () => {
    const sv = await translator('sv');
    const en = await translator('en');
    expect(sentText(sv, { sent: 10, invitations: 9, supplements: 1 })).toBe('9 inbjudningar och 1 tilläggsenkät till studierektorer skickades.');
    expect(sentText(sv, { sent: 12, invitations: 10, supplements: 2 })).toBe('10 inbjudningar och 2 tilläggsenkäter till studierektorer skickades.');
    expect(sentText(en, { sent: 10, invitations: 9, supplements: 1 })).toBe('9 invitations and 1 supplementary survey for study directors were sent.');
    expect(sentText(en, { sent: 2, invitations: 1, supplements: 1 })).toBe('1 invitation and 1 supplementary survey for study directors were sent.');
  });

  it('says only the invitations when there is no supplement', async () => {
    expect(sentText(await translator('sv'), { sent: 9, invitations: 9, supplements: 0 })).toBe('9 inbjudningar skickades.');
    expect(sentText(await translator('en'), { sent: 1, invitations: 1, supplements: 0 })).toBe('1 invitation was sent.');
  });
});
