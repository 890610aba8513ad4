/** Mails about accounts, Swedish first and English below. */
export function passwordResetMail(input: { name: string; link: string; minutes: number }): { subject: string; body: string } {
  return {
    subject: 'Återställ ditt lösenord / Reset your password – SPUR-granskning',
    body: [
      `Hej ${input.name},`,
      '',
      'Någon (förhoppningsvis du) har bett om att få återställa lösenordet till ditt konto.',
      `Välj ett nytt lösenord här inom ${input.minutes} minuter:`,
      input.link,
      'Om du inte bad om detta kan du bortse från mejlet.',
      '',
      '---',
      '',
      `Hello ${input.name},`,
      '',
      'Someone (hopefully you) asked to reset the password of your account.',
      `Choose a new password here within ${input.minutes} minutes:`,
      input.link,
      'If you did not ask for this, you can ignore this mail.',
    ].join('\n'),
  };
}
