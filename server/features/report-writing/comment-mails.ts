import { longDate } from '../../../contract/dates.js';

/** The comment round's mails, Swedish first and English below, as the invitations. */

export interface CommentRequestInput {
  name: string;
  title: string;
  hospitalName: string;
  deadline: string;
  link: string;
}

export function commentRequestMail(input: CommentRequestInput): { subject: string; body: string } {
  return {
    subject: `Synpunkter på rapportutkastet senast ${longDate(input.deadline, 'sv')} – ${input.hospitalName} / Comments on the draft report`,
    body: [
      `Hej ${input.name},`,
      '',
      `Granskarna har skrivit ett utkast till rapporten "${input.title}" för ${input.hospitalName} och ber dig läsa det och lämna synpunkter, per bedömningsområde och i stort.`,
      `Skriv dina synpunkter senast ${longDate(input.deadline, 'sv')}. Du kan spara och fortsätta senare; granskarna ser dem först när du har skickat in dem.`,
      '',
      'Din personliga länk (dela den inte – den är bara din):',
      input.link,
      '',
      'Utkastet visar bara det som den publicerade rapporten visar: inga svar från grupper som är för små för att redovisas.',
      '',
      '---',
      '',
      `Hello ${input.name},`,
      '',
      `The inspectors have written a draft of the report "${input.title}" for ${input.hospitalName} and ask you to read it and comment, per assessment area and in general.`,
      `Please comment by ${longDate(input.deadline, 'en')}. You can save and continue later; the inspectors see your comments once you submit them.`,
      '',
      'Your personal link (do not share it – it is yours alone):',
      input.link,
    ].join('\n'),
  };
}

export interface PublishedInput {
  title: string;
  hospitalName: string;
  revision: number;
  link: string;
  /** Only the hospital's accounts read the report in the app; others are told whom to ask. */
  hasAccount: boolean;
}

export function reportPublishedMail(input: PublishedInput): { subject: string; body: string } {
  const correction = input.revision > 1;
  return {
    subject: correction
      ? `Rättad rapport publicerad: ${input.title} – ${input.hospitalName} / Corrected report published`
      : `Rapporten är publicerad: ${input.title} – ${input.hospitalName} / Report published`,
    body: [
      'Hej,',
      '',
      correction
        ? `En rättad version (version ${input.revision}) av rapporten "${input.title}" för ${input.hospitalName} är publicerad.`
        : `Rapporten "${input.title}" för ${input.hospitalName} är publicerad.`,
      input.hasAccount ? 'Logga in och läs den här:' : 'Sjukhusets konton läser den här; be sjukhusets kontaktperson om ett konto om du inte har något:',
      input.link,
      '',
      '---',
      '',
      'Hello,',
      '',
      correction
        ? `A corrected version (revision ${input.revision}) of the report "${input.title}" for ${input.hospitalName} has been published.`
        : `The report "${input.title}" for ${input.hospitalName} has been published.`,
      input.hasAccount
        ? 'Log in and read it here:'
        : 'The hospital’s accounts read it here; ask the hospital’s contact person for an account if you have none:',
      input.link,
    ].join('\n'),
  };
}
