import i18n, { type FeatureTexts } from '.';

/**
 * Adds a feature's texts, Swedish and English, under the feature's name: the one way a feature
 * registers texts. Called by the feature's i18n/index.ts, which its routes load with each page, so
 * the start page never downloads them. Both languages must have exactly the feature's keys.
 */
export function registerTexts<N extends keyof FeatureTexts>(name: N, sv: FeatureTexts[N], en: FeatureTexts[N]): void {
  i18n.addResourceBundle('sv', 'translation', { [name]: sv }, true, true);
  i18n.addResourceBundle('en', 'translation', { [name]: en }, true, true);
}
