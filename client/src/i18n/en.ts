import type sv from './sv';
import type consoleSv from './console.sv';
import type reportSv from '../pages/report/report.sv';

const en: typeof sv = {
  app: {
    name: 'SPUR review of ST',
  },
  layout: {
    skipToContent: 'Skip to content',
    navLabel: 'Main menu',
    loading: 'Loading…',
    footer: 'SPUR review of ST – external quality review of specialist medical training.',
  },
  nav: {
    start: 'Start',
    surveys: 'Surveys',
  },
  language: {
    name: 'English',
  },
  start: {
    intro1:
      'The platform runs external reviews of ST (specialist medical training), sending surveys to ST doctors, supervisors, study directors and heads of department.',
    intro2: 'The results are compiled into a report graded A–D per assessment area.',
    statusHeading: 'Service status',
  },
  health: {
    checking: 'Checking…',
    ok: 'The service is running · database: {{database}}',
    dbDown: 'The service responds, but the database cannot be reached right now.',
    error: 'The service could not be reached. Please try again in a moment.',
    database: {
      embedded: 'embedded',
      server: 'server',
    },
  },
  roles: {
    st: 'ST doctor',
    supervisor: 'Supervisor',
    director: 'Study director',
    head: 'Head of department',
  },
  surveys: {
    title: 'Surveys',
    intro: 'The surveys the platform sends out. Preview what each role is asked.',
    loading: 'Loading surveys…',
    error: 'The surveys could not be loaded. Please try again in a moment.',
    empty: 'There are no surveys yet.',
    currentVersion: 'Current version',
    noVersion: 'none',
    previewHeading: 'Preview for',
  },
  preview: {
    title: 'Preview: {{survey}} – {{role}}',
    titleLoading: 'Preview',
    notSaved: 'This is a preview. You can try filling in the survey, but no answers are saved.',
    version: 'Version',
    versionCurrent: 'current',
    questionCount_one: '{{count}} question',
    questionCount_other: '{{count}} questions',
    loading: 'Loading the survey…',
    error: 'The survey could not be loaded. Please try again in a moment.',
    notFound: 'The survey, version or role does not exist.',
    back: 'Back to the surveys',
  },
  respond: {
    pageTitle: 'Survey',
    loading: 'Loading the survey…',
    invited: 'You are invited to answer the survey of an external review of specialist medical training (ST).',
    factsLabel: 'About the survey',
    hospital: 'Hospital',
    unit: 'Unit',
    role: 'You answer as',
    closesAt: 'Closing date',
    duration: 'Time',
    minutes: 'About {{count}} minutes',
    anonymityHeading: 'How your answers are protected',
    anonymity:
      'Your answers are anonymous. The reviewers only see whether you have answered, never what you answered. Results are only shown for groups in which at least {{n}} people have answered, and only after the survey has closed.',
    personalLink: 'The link is personal. Do not share it with anyone else.',
    autosaveInfo:
      'Your answers are saved as you go. You can close the page and continue later from the same link, on another device too.',
    start: 'Start the survey',
    continue: 'Continue where you left off',
    resumeNote: 'You have started the survey. Your answers were last saved {{time}}.',
    editNote: 'You submitted your answers {{date}}. You can change them and submit again until the review closes.',
    context: '{{hospital}} · {{role}}',
    contextUnit: '{{hospital}}, {{unit}} · {{role}}',
    lookingOver: 'Look over your answers before you send them. Choose Edit to change a page.',
    progress: 'Page {{page}} of {{pages}}',
    savedAt: 'Last saved {{time}}',
    notSavedYet: 'Your answers are saved automatically.',
    saving: 'Saving…',
    saveFailed: 'Your latest answers could not be saved. We will keep trying automatically. Do not close the page until it says your answers are saved.',
    saveRejected: 'Your answers could not be saved ({{detail}}). Reload the page and try again.',
    retryNow: 'Try saving now',
    submitting: 'Submitting your answers…',
    submitFailed: 'Your answers could not be submitted. They are still here. Please try again in a moment.',
    invalid_one: 'One answer needs attention before the survey can be submitted. Nothing was submitted and all your answers are kept.',
    invalid_other: '{{count}} answers need attention before the survey can be submitted. Nothing was submitted and all your answers are kept.',
    thanksTitle: 'Thank you for your answers!',
    thanksText: 'Your answers have been submitted. You can close the page now.',
    thanksAnonymity: 'The reviewers only see that you have answered, never what you answered.',
    answeredTitle: 'You have already answered',
    answeredText: 'Your answers were submitted {{date}}. Thank you! There is nothing more you need to do.',
    closedTitle: 'This survey is closed',
    closedText: 'The review has ended and the survey no longer takes answers.',
    closedDate: 'The closing date was {{date}}.',
    notOpenTitle: 'The survey has not opened yet',
    notOpenText: 'The survey cannot be answered yet. Please try again later with the same link.',
    notFoundTitle: 'This link does not work',
    notFoundText:
      'We cannot find a survey for this link. Check that you used the whole link from the email: long links are sometimes split over two lines.',
    notFoundHelp: 'Still not working? Contact whoever sent you the invitation.',
    rateLimitedTitle: 'Too many attempts',
    rateLimitedText: 'Too many invalid survey links have been opened from your address. Wait a few minutes and try again.',
    errorTitle: 'The survey could not be loaded',
    errorText: 'The service could not be reached. Check your connection and try again.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist, or it has been moved.',
    home: 'Go to the start page',
  },
  // Menu entries and the logged-in user, for the layout (the console's other texts load with it).
  account: {
    reviews: 'Reviews',
    hospitals: 'Hospitals and units',
    outbox: 'Outbox',
    users: 'Users',
    audit: 'Audit log',
    poolImports: 'Import of earlier answers',
    targets: 'Hospitals’ targets',
    login: 'Log in',
    logout: 'Log out',
    loggingOut: 'Logging out…',
    loggedInAs: 'Logged in as {{name}} ({{role}})',
    logoutFailed: 'Logging out failed. Please try again.',
    roles: {
      admin: 'Administrator',
      inspector: 'Inspector',
      reader: 'Reader',
    },
  },
  // The console's texts (console.sv.ts, console.en.ts) load with the console, not with every page:
  // pages/console/i18n.ts adds them. Declared here for the types only.
  ...({} as { console: typeof consoleSv }),
  // The report pages' texts load with them (pages/report/i18n.ts); declared here for the types only.
  ...({} as { report: typeof reportSv }),
};

export default en;
