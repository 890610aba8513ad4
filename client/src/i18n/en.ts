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
