import type { Hospital } from '../api/requests';
import { compareText } from '../../../i18n/format';

/**
 * Hospitals in the order people look for them: by name as the language sorts it, numbers by
 * value ("Sjukhus 2" before "Sjukhus 10"), then by code.
 */
export function sortHospitals<T extends Pick<Hospital, 'name' | 'code'>>(hospitals: readonly T[]): T[] {
  return [...hospitals].sort((a, b) => compareText(a.name, b.name) || compareText(a.code, b.code));
}

/**
 * The hospitals one can set something up for (a review, a reader, targets): not those registered
 * only for the national pool's answers, which are never reviewed here.
 */
export function setUpHospitals(hospitals: readonly Hospital[]): Hospital[] {
  return sortHospitals(hospitals.filter((h) => !h.poolOnly));
}

/** Whether a hospital matches what was typed in a search: its name, code, region or a unit's name or code. */
export function matchesHospital(hospital: Hospital, query: string): boolean {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const text = [hospital.name, hospital.code, hospital.region ?? '', ...hospital.units.flatMap((u) => [u.name, u.code, u.specialty])]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}
