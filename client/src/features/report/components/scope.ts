import { SPECIALTY_GROUPS } from '../../../../../contract/domain.js';
import { currentLanguage } from '../../../i18n';

export const specialtyGroupName = (code: string): string => {
  const group = SPECIALTY_GROUPS.find((g) => g.code === code);
  return group ? group[currentLanguage()] : code;
};

export { SPECIALTY_GROUPS };

/** The selection's name: the server names a specialty group by its code, so translate it here. */
export const scopeLabel = (scope: { specialtyGroup: string | null; label: string }): string =>
  scope.specialtyGroup ? specialtyGroupName(scope.specialtyGroup) : scope.label;
