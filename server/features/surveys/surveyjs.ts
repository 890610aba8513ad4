import { Model, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/swedish';

// survey-core's default locale is English; ours is Swedish, on the server as in the client.
surveyLocalization.defaultLocale = 'sv';

/** A survey-core model of a compiled form, for validating answers in Node. */
export function surveyModel(json: object): Model {
  return new Model(json);
}

export type { Model };
