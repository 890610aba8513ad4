import type sv from './sv';

const en: typeof sv = {
  app: {
    name: 'SPUR review of ST',
  },
  layout: {
    skipToContent: 'Skip to content',
    navLabel: 'Main menu',
    footer: 'SPUR review of ST – external quality review of specialist medical training.',
  },
  nav: {
    start: 'Start',
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
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist, or it has been moved.',
    home: 'Go to the start page',
  },
};

export default en;
