import { SPECIALTY_GROUPS } from '../../../../../contract/domain.js';
import { specialtyGroupName } from '../../../i18n/specialty-groups';

export { SPECIALTY_GROUPS, specialtyGroupName };

/** The selection's name: the server names a specialty group by its code, so translate it here. */
export const scopeLabel = (scope: { specialtyGroup: string | null; label: string }): string =>
  scope.specialtyGroup ? specialtyGroupName(scope.specialtyGroup) : scope.label;
