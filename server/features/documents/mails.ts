import { longDate } from '../../../contract/dates.js';
import type { Text } from '../../../surveys/types.js';

/** The request for documents, Swedish first and English below, as the other mails. */
export function documentRequestMail(input: { name: string; title: string; hospitalName: string; deadline: string; categories: Text[]; link: string }): {
  subject: string;
  body: string;
} {
  return {
    subject: `Dokument inför granskningsbesöket senast ${longDate(input.deadline, 'sv')} – ${input.hospitalName} / Documents before the review visit`,
    body: [
      `Hej ${input.name},`,
      '',
      `Inför granskningsbesöket "${input.title}" vid ${input.hospitalName} ber granskarna om klinikens styrdokument:`,
      ...input.categories.map((c) => `  – ${c.sv}`),
      '',
      `Ladda upp dem senast ${longDate(input.deadline, 'sv')} via din personliga länk (dela den inte – den är bara din):`,
      input.link,
      '',
      'PDF, Word, Excel, OpenDocument och PNG/JPEG-bilder tas emot, upp till 25 MB per fil. Bara granskarna ser dokumenten.',
      '',
      '---',
      '',
      `Hello ${input.name},`,
      '',
      `Before the review visit "${input.title}" at ${input.hospitalName} the inspectors ask for the clinic's governing documents:`,
      ...input.categories.map((c) => `  – ${c.en}`),
      '',
      `Please upload them by ${longDate(input.deadline, 'en')} through your personal link (do not share it – it is yours alone):`,
      input.link,
      '',
      'PDF, Word, Excel, OpenDocument and PNG/JPEG images are accepted, up to 25 MB a file. Only the inspectors see the documents.',
    ].join('\n'),
  };
}
