import { SPECIALTY_GROUPS } from '../../../../contract/specialty-groups.js';
import { currentLanguage } from '../../i18n';

export const specialtyGroupName = (code: string): string => {
  const group = SPECIALTY_GROUPS.find((g) => g.code === code);
  return group ? group[currentLanguage()] : code;
};

export { SPECIALTY_GROUPS };
