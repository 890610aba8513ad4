import type { Text } from './types.js';

/**
 * The agreement scale, defined once. Stored answers use `value`; the agreeing share is
 * the share of `agreeing` values among all answers on the scale, with "don't know / not
 * applicable" (`notApplicable`) left out of the denominator.
 */
export const agreementScale = {
  choices: [
    { value: 4, key: 'agree-fully', text: { sv: 'Instämmer helt', en: 'Agree fully' } },
    { value: 3, key: 'agree-partly', text: { sv: 'Instämmer delvis', en: 'Agree partly' } },
    { value: 2, key: 'disagree-partly', text: { sv: 'Instämmer inte helt', en: 'Disagree partly' } },
    { value: 1, key: 'disagree-fully', text: { sv: 'Instämmer inte alls', en: 'Disagree fully' } },
  ],
  notApplicable: {
    value: 0,
    key: 'not-applicable',
    text: { sv: 'Vet ej / ej aktuellt', en: "Don't know / not applicable" },
  },
  agreeing: [4, 3],
} as const satisfies {
  choices: readonly { value: number; key: string; text: Text }[];
  notApplicable: { value: number; key: string; text: Text };
  agreeing: readonly number[];
};

export type AgreementValue = (typeof agreementScale.choices)[number]['value'] | typeof agreementScale.notApplicable.value;
