import type consoleSv from './console.sv';
import type reportSv from '../pages/report/report.sv';

const sv = {
  app: {
    name: 'SPUR-granskning av ST',
  },
  layout: {
    skipToContent: 'Hoppa till innehållet',
    navLabel: 'Huvudmeny',
    loading: 'Laddar…',
    footer: 'SPUR-granskning av ST – extern kvalitetsgranskning av specialiseringstjänstgöring.',
  },
  nav: {
    start: 'Start',
    surveys: 'Enkäter',
  },
  language: {
    // The switch shows the *other* language's name in that language, see Layout.
    name: 'Svenska',
  },
  start: {
    intro1:
      'Plattformen används för externa granskningar av ST, där enkäter skickas till ST-läkare, handledare, studierektorer och verksamhetschefer.',
    intro2: 'Resultatet sammanställs i en rapport med bedömningar A–D per bedömningsområde.',
    statusHeading: 'Tjänstens status',
  },
  health: {
    checking: 'Kontrollerar…',
    ok: 'Tjänsten är igång · databas: {{database}}',
    dbDown: 'Tjänsten svarar, men databasen går inte att nå just nu.',
    error: 'Det gick inte att nå tjänsten. Försök igen om en stund.',
    database: {
      embedded: 'inbyggd',
      server: 'server',
    },
  },
  roles: {
    st: 'ST-läkare',
    supervisor: 'Handledare',
    director: 'Studierektor',
    head: 'Verksamhetschef',
  },
  surveys: {
    title: 'Enkäter',
    intro: 'Enkäterna som plattformen skickar ut. Förhandsgranska vad varje roll får för frågor.',
    loading: 'Hämtar enkäter…',
    error: 'Det gick inte att hämta enkäterna. Försök igen om en stund.',
    empty: 'Det finns inga enkäter ännu.',
    currentVersion: 'Aktuell version',
    noVersion: 'ingen',
    previewHeading: 'Förhandsgranska för',
  },
  preview: {
    title: 'Förhandsgranskning: {{survey}} – {{role}}',
    titleLoading: 'Förhandsgranskning',
    notSaved: 'Detta är en förhandsgranskning. Du kan prova att fylla i enkäten, men inga svar sparas.',
    version: 'Version',
    versionCurrent: 'aktuell',
    questionCount_one: '{{count}} fråga',
    questionCount_other: '{{count}} frågor',
    loading: 'Hämtar enkäten…',
    error: 'Det gick inte att hämta enkäten. Försök igen om en stund.',
    notFound: 'Enkäten, versionen eller rollen finns inte.',
    back: 'Tillbaka till enkäterna',
  },
  notFound: {
    title: 'Sidan hittades inte',
    text: 'Sidan du letar efter finns inte, eller så har den flyttats.',
    home: 'Till startsidan',
  },
  // Menu entries and the logged-in user, for the layout (the console's other texts load with it).
  account: {
    reviews: 'Granskningar',
    hospitals: 'Sjukhus och enheter',
    outbox: 'Utskick',
    users: 'Användare',
    audit: 'Händelselogg',
    login: 'Logga in',
    logout: 'Logga ut',
    loggingOut: 'Loggar ut…',
    loggedInAs: 'Inloggad som {{name}} ({{role}})',
    logoutFailed: 'Det gick inte att logga ut. Försök igen.',
    roles: {
      admin: 'Administratör',
      inspector: 'Granskare',
      reader: 'Läsare',
    },
  },
  // The console's texts (console.sv.ts, console.en.ts) load with the console, not with every page:
  // pages/console/i18n.ts adds them. Declared here for the types only.
  ...({} as { console: typeof consoleSv }),
  // The report pages' texts load with them (pages/report/i18n.ts); declared here for the types only.
  ...({} as { report: typeof reportSv }),
};

export default sv;
