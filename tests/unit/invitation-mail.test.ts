import { describe, expect, it } from 'vitest';
import { invitationMail, type InvitationMailInput } from '../../server/features/invitations/templates.js';

const director: InvitationMailInput = {
  name: 'Dan Dahl',
  role: 'director',
  hospitalName: 'Sjukhuset',
  unitName: 'Kirurgkliniken',
  closesAt: '2099-03-15',
  link: 'http://localhost/s/x',
  anonymityThreshold: 3,
  surveyKey: 'spur-external',
};

describe('the invitation mail', () => {
  it('gives the directors’ supplementary survey a subject of its own, in the invitation and the reminder', () => {
    const supplement = { ...director, surveyKey: 'director-supplement' };
    const subjects = [invitationMail(director), invitationMail(supplement), invitationMail(director, true), invitationMail(supplement, true)].map(
      (m) => m.subject,
    );
    expect(new Set(subjects).size).toBe(4);
    expect(subjects[1]).toBe('Tilläggsenkät till studierektorer – Kirurgkliniken, Sjukhuset / Supplementary survey for study directors');
    expect(subjects[3]).toBe('Påminnelse: tilläggsenkät till studierektorer – Kirurgkliniken, Sjukhuset / Reminder: Supplementary survey for study directors');
    expect(subjects[2]).toBe('Påminnelse: enkät inför granskning av ST – Kirurgkliniken, Sjukhuset / Reminder: ST review survey');
  });
});
