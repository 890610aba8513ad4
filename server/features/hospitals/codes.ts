/**
 * The one form a hospital code is compared in. The national pool keys answers by hospital code
 * (imported files name hospitals the register may not have), and the reviewed hospital is left
 * out of its own benchmark by that key: "ks", " KS " and "KS" must be one hospital, or a file
 * written by hand is silently counted as another hospital.
 *
 * Compatibility forms (full-width letters, no-break spaces) are folded first, then every white
 * space is removed and letters are upper-cased; what remains must be a code of the register's
 * shape (ASCII letters, digits, - and _, at most 40). Upper-casing only after that check keeps
 * letters such as the dotless ı from turning into an ASCII I.
 *
 * For a code already of the register's shape this is PostgreSQL's `upper(code)`, which the
 * migration that normalised the stored pool used (0011).
 */
export function normaliseHospitalCode(raw: string): string | null {
  const folded = raw.normalize('NFKC').replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
  return HOSPITAL_CODE.test(folded) ? folded.toUpperCase() : null;
}

/** The register's code shape (migrations/0001_core.sql). */
export const HOSPITAL_CODE = /^[A-Za-z0-9_-]{1,40}$/;
