const sv = {
  app: {
    name: 'SPUR-granskning av ST',
  },
  layout: {
    skipToContent: 'Hoppa till innehållet',
    navLabel: 'Huvudmeny',
    footer: 'SPUR-granskning av ST – extern kvalitetsgranskning av specialiseringstjänstgöring.',
  },
  nav: {
    start: 'Start',
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
  notFound: {
    title: 'Sidan hittades inte',
    text: 'Sidan du letar efter finns inte, eller så har den flyttats.',
    home: 'Till startsidan',
  },
};

export default sv;
