import type { TFunction } from 'i18next';

export interface SentCounts {
  sent: number;
  invitations: number;
  supplements: number;
}

/**
 * "9 invitations and 1 supplementary survey were sent": a study director gets the supplement's
 * invitation besides the main one, so the mails outnumber the respondents; say what they were.
 */
export function sentText(t: TFunction, counts: SentCounts): string {
  if (counts.supplements === 0) return t('console.invitations.sent', { count: counts.invitations });
  return t('console.invitations.sentWithSupplements', {
    invitations: t('console.invitations.invitationCount', { count: counts.invitations }),
    supplements: t('console.invitations.supplementCount', { count: counts.supplements }),
  });
}
