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
  // The respondent's journey: the personal link /s/<token> (pages/respond).
  respond: {
    pageTitle: 'Enkät',
    loading: 'Hämtar enkäten…',
    invited: 'Du är inbjuden att besvara enkäten i en extern granskning av specialiseringstjänstgöringen (ST).',
    factsLabel: 'Om enkäten',
    hospital: 'Sjukhus',
    unit: 'Enhet',
    role: 'Du svarar som',
    closesAt: 'Sista svarsdag',
    duration: 'Tid',
    minutes: 'Cirka {{count}} minuter',
    anonymityHeading: 'Så skyddas dina svar',
    anonymity:
      'Dina svar är anonyma. Granskarna ser bara om du har svarat, aldrig vad du har svarat. Resultat visas bara för grupper där minst {{n}} personer har svarat, och först när enkäten har stängt.',
    personalLink: 'Länken är personlig. Dela den inte med någon annan.',
    autosaveInfo:
      'Dina svar sparas medan du fyller i. Du kan stänga sidan och fortsätta senare från samma länk, även på en annan enhet.',
    start: 'Starta enkäten',
    continue: 'Fortsätt där du slutade',
    resumeNote: 'Du har påbörjat enkäten. Dina svar sparades senast {{time}}.',
    editNote: 'Du skickade in dina svar {{date}}. Du kan ändra dem och skicka in igen tills granskningen stänger.',
    context: '{{hospital}} · {{role}}',
    contextUnit: '{{hospital}}, {{unit}} · {{role}}',
    lookingOver: 'Se över dina svar innan du skickar in dem. Välj Redigera för att ändra på en sida.',
    progress: 'Sida {{page}} av {{pages}}',
    savedAt: 'Senast sparad {{time}}',
    notSavedYet: 'Dina svar sparas automatiskt.',
    saving: 'Sparar…',
    saveFailed: 'Dina senaste svar kunde inte sparas. Vi försöker igen automatiskt. Stäng inte sidan förrän det står att svaren är sparade.',
    saveRejected: 'Dina svar kunde inte sparas ({{detail}}). Ladda om sidan och försök igen.',
    retryNow: 'Försök spara nu',
    submitting: 'Skickar in dina svar…',
    submitFailed: 'Det gick inte att skicka in dina svar. Dina svar finns kvar. Försök igen om en stund.',
    invalid_one: 'Ett svar behöver åtgärdas innan enkäten kan skickas in. Inget har skickats in och alla dina svar finns kvar.',
    invalid_other: '{{count}} svar behöver åtgärdas innan enkäten kan skickas in. Inget har skickats in och alla dina svar finns kvar.',
    thanksTitle: 'Tack för dina svar!',
    thanksText: 'Dina svar är inskickade. Du kan stänga sidan nu.',
    thanksAnonymity: 'Granskarna ser bara att du har svarat, aldrig vad du har svarat.',
    answeredTitle: 'Du har redan svarat',
    answeredText: 'Dina svar skickades in {{date}}. Tack! Du behöver inte göra något mer.',
    closedTitle: 'Enkäten är stängd',
    closedText: 'Granskningen är avslutad och enkäten tar inte längre emot svar.',
    closedDate: 'Sista svarsdag var {{date}}.',
    notOpenTitle: 'Enkäten har inte öppnat ännu',
    notOpenText: 'Enkäten går inte att besvara ännu. Försök igen senare med samma länk.',
    notFoundTitle: 'Länken fungerar inte',
    notFoundText:
      'Vi hittar ingen enkät för den här länken. Kontrollera att du har använt hela länken från e-postmeddelandet: långa länkar bryts ibland på två rader.',
    notFoundHelp: 'Fungerar det fortfarande inte? Kontakta den som skickade inbjudan.',
    rateLimitedTitle: 'För många försök',
    rateLimitedText: 'För många ogiltiga enkätlänkar har öppnats från din adress. Vänta några minuter och försök igen.',
    errorTitle: 'Enkäten kunde inte hämtas',
    errorText: 'Det gick inte att nå tjänsten. Kontrollera din uppkoppling och försök igen.',
    retry: 'Försök igen',
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
    poolImports: 'Import av tidigare svar',
    targets: 'Sjukhusens mål',
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
