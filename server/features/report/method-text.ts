import type { Report } from '../../../contract/report.js';

/** Dates and months as Swedish and English readers write them; UTC, as the pool's months are. */
const dateIn = (lang: 'sv' | 'en', options: Intl.DateTimeFormatOptions) => (date: string) =>
  new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * What the national benchmark compared with, in words, for the printed report: the period (the
 * inspectors' fixed one, or the months before closing) and the whole months it gave, the rules a
 * pool figure had to meet, and how many of the hospital's own answers were left out. Figures
 * computed before a rule existed say nothing about it.
 */
export function benchmarkMethod(settings: Report['settings'], lang: 'sv' | 'en'): string {
  const month = dateIn(lang, { month: 'long', year: 'numeric' });
  const day = dateIn(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const months = settings.windowMonths === 0 ? null : `${month(settings.fromMonth)} – ${month(settings.untilMonth)}`;
  const sv = lang === 'sv';
  const parts: string[] = [];
  if (settings.period) {
    const chosen = `${day(settings.period.from)} – ${day(settings.period.until)}`;
    parts.push(
      months
        ? sv
          ? `Jämförelsen med riket gäller svar från andra sjukhus under den valda perioden ${chosen}, räknat i hela månader: ${months} (${settings.windowMonths} månader).`
          : `The national comparison uses answers from other hospitals in the chosen period ${chosen}, counted in whole months: ${months} (${settings.windowMonths} months).`
        : sv
          ? `Den valda perioden ${chosen} rymde ingen hel månad som hade hunnit ta slut när granskningen stängdes; ingen jämförelse med riket gjordes.`
          : `The chosen period ${chosen} held no whole month that had ended when the review closed; no national comparison was made.`,
    );
  } else {
    parts.push(
      sv
        ? `Jämförelsen med riket gäller svar från andra sjukhus under de ${settings.windowMonths} hela månaderna före stängningen: ${months}.`
        : `The national comparison uses answers from other hospitals in the ${settings.windowMonths} whole months before closing: ${months}.`,
    );
  }
  parts.push(
    sv
      ? `En siffra för riket kräver minst ${settings.poolMinimum} svar från minst ${settings.poolMinimumHospitals} andra sjukhus${settings.poolMonthMinimum ? `, och en månad räknas bara med minst ${settings.poolMonthMinimum} svar` : ''}.`
      : `A national figure needs at least ${settings.poolMinimum} answers from at least ${settings.poolMinimumHospitals} other hospitals${settings.poolMonthMinimum ? `, and a month counts only with at least ${settings.poolMonthMinimum} answers` : ''}.`,
  );
  if (settings.excludedOwnAnswers !== null && settings.excludedOwnAnswers !== undefined) {
    parts.push(
      sv
        ? `${settings.excludedOwnAnswers.toLocaleString('sv-SE')} svar från sjukhuset självt under perioden är inte med i riket.`
        : `${settings.excludedOwnAnswers.toLocaleString('en-GB')} answers from the hospital itself in the period are left out of the national figures.`,
    );
  }
  return parts.join(' ');
}
