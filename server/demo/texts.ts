import type { VisitNote } from '../../contract/site-visit.js';

/** Swedish free text for the demo: improvement suggestions by theme (docs/domain.md §3) and report texts. */
export const SUGGESTIONS: Record<string, string[]> = {
  'clinical-exposure': [
    'Mer tid på mottagning så att vi får följa egna patienter över tid.',
    'Fler operationstillfällen som förste operatör tidigt i ST.',
    'Bättre planering av sidotjänstgöringar så att de ligger när delmålen kräver dem.',
    'Möjlighet att rotera till länssjukhuset för att möta fler vanliga diagnoser.',
    'Mindre tid på avdelning med administrativa uppgifter, mer tid med patienter.',
    'Fler dagar på akuten med stöd av specialist i början av utbildningen.',
    'Tydligare plan för vilka ingrepp man ska ha gjort under varje år av ST.',
    'Jourbelastningen gör att dagtid med planerad verksamhet blir för kort.',
  ],
  'supervision-feedback': [
    'Schemalagd tid för handledningssamtal, minst en gång i månaden.',
    'Handledarna behöver tid avsatt i schemat, annat går alltid före.',
    'Mer strukturerad återkoppling efter bedömningar, t.ex. Mini-CEX och DOPS.',
    'Handledarutbildning för alla som handleder ST-läkare.',
    'Regelbunden uppföljning av IUP tillsammans med studierektor.',
    'Återkoppling på ledarskap och kommunikation, inte bara medicinsk kunskap.',
    'Ett specialistkollegium tidigt i ST så att man vet var man står.',
    'Tydligare vem som ansvarar för bedömningen när huvudhandledaren är borta.',
  ],
  'production-vs-training': [
    'Utbildningstid stryks först när det är ont om läkare.',
    'ST-läkare används som schemautfyllnad i stället för att utbildas.',
    'Självstudietid måste skyddas i schemat och inte bokas över.',
    'Kurser beviljas men vi hinner sällan gå dem på grund av bemanningen.',
    'Produktionskraven gör att handledaren inte hinner se det vi gör.',
    'Fler specialister behövs för att utbildningen inte ska konkurrera med vården.',
  ],
  'training-activities': [
    'Regelbunden internutbildning med fallseminarier varje vecka.',
    'Journal club en gång i månaden med stöd för att läsa vetenskapliga artiklar.',
    'Stöd och handledning i det vetenskapliga arbetet, gärna med avsatt tid.',
    'Kurs i kvalitets- och patientsäkerhetsarbete under första året.',
    'Simuleringsträning för akuta situationer tillsammans med sjuksköterskor.',
    'Gemensamma utbildningsdagar för ST-läkare från olika kliniker.',
    'Ett introduktionsprogram som faktiskt följs de första veckorna.',
    'Ledarskapsutbildning under ST, inte först som specialist.',
  ],
};

export const SUGGESTION_ENDINGS = [
  '',
  ' Det skulle göra stor skillnad.',
  ' Gärna snart.',
  ' Det har diskuterats länge.',
  ' Det fungerar bra på andra kliniker.',
  '',
];

/** Texts of the demo's published report, per area. */
export const AREA_TEXTS: Record<string, { strengths: string; weaknesses: string; recommendations: string[] }> = {
  A: {
    strengths: 'Ett brett patientunderlag och god tillgång till akut och planerad verksamhet.',
    weaknesses: 'Studierektorerna bedömer att verksamheten på några kliniker inte är tillräckligt varierad.',
    recommendations: ['Kartlägg vilka delmål som kräver sidotjänstgöring och planera dessa tidigt.'],
  },
  B: {
    strengths: 'Tillgången till specialister är god på de flesta kliniker.',
    weaknesses: 'På några kliniker räcker antalet specialister inte för adekvat handledning.',
    recommendations: ['Säkerställ att varje ST-läkare har en huvudhandledare med avsatt tid.'],
  },
  C: {
    strengths: 'Lokaler och utrustning får höga omdömen av alla grupper.',
    weaknesses: 'Tillgången till IT-stöd, databaser och biblioteksstöd upplevs sämre än i riket.',
    recommendations: ['Informera om sjukhusbibliotekets tjänster i introduktionen.'],
  },
  D: {
    strengths: 'ST-läkarna är överlag nöjda med sin utbildning.',
    weaknesses: 'IUP upprättas och revideras inte regelbundet, och introduktionsprogram saknas på flera kliniker.',
    recommendations: ['Upprätta IUP inom sex månader och revidera den minst två gånger per år.', 'Inför ett skriftligt introduktionsprogram på varje klinik.'],
  },
  E: {
    strengths: 'Alla ST-läkare har en personlig handledare och utbildningsklimatet är öppet.',
    weaknesses: 'Kompetensbedömning och dokumentation sker inte kontinuerligt.',
    recommendations: ['Schemalägg handledningssamtal minst sex gånger per år.', 'Använd strukturerade bedömningsinstrument med skriftlig återkoppling.'],
  },
  F: {
    strengths: 'Teoretisk utbildning enligt IUP beviljas.',
    weaknesses: 'Schemalagd tid för självstudier saknas för nästan hälften av ST-läkarna.',
    recommendations: ['Schemalägg minst en timme självstudier per vecka för alla ST-läkare.'],
  },
  G: {
    strengths: 'ST-läkarna deltar i kvalitetsarbete på de flesta kliniker.',
    weaknesses: 'Bedömning av kompetens inom kvalitetsarbete och medicinsk vetenskap sker sällan; forskarhandledning är begränsad.',
    recommendations: ['Inför återkoppling på det vetenskapliga arbetet och kvalitetsarbetet.'],
  },
  H: {
    strengths: 'ST-läkarna leder vårdteam och handleder studenter.',
    weaknesses: 'Handledning i att handleda och bedömning av ledarskap och kommunikation är ovanlig.',
    recommendations: ['Inför bedömning av ledarskap och kommunikation, t.ex. med 360-gradersbedömning.'],
  },
};

export const IMPROVEMENT_AREAS = [
  {
    title: 'IUP och uppföljning',
    rationale: 'IUP finns men följs inte upp regelbundet på alla kliniker.',
    recommendations: ['Gemensam mall och rutin för revision av IUP.', 'Årligt uppföljningsmöte med studierektor.'],
  },
  {
    title: 'Kompetensbedömning av allmänna kompetenser',
    rationale: 'Lägst omdömen gäller bedömning av ledarskap, kommunikation, kvalitetsarbete och vetenskap.',
    recommendations: ['Utbilda handledare i bedömningsinstrument.', 'Specialistkollegium minst två gånger under ST.'],
  },
  {
    title: 'Skyddad utbildningstid',
    rationale: 'Självstudietid och handledning konkurrerar med produktionen.',
    recommendations: ['Schemalägg självstudier en timme i veckan.', 'Följ upp utfallet i den årliga studierektorsrapporten.'],
  },
];

export const SUMMARY =
  'Sjukhuset erbjuder ST av god kvalitet i flera avseenden: lokaler, utrustning, tillgång till specialister och ett öppet utbildningsklimat. ' +
  'Förbättringsområden är IUP och dess uppföljning, kontinuerlig kompetensbedömning av de allmänna kompetenserna och skyddad tid för självstudier.';

/** The inspectors' interview notes from the demo's site visit: per role group, never per person. */
export const VISIT_NOTES: Pick<VisitNote, 'group' | 'areas' | 'body'>[] = [
  {
    group: 'st',
    areas: ['D', 'F'],
    body: 'ST-läkarna beskriver att IUP ofta upprättas sent och sällan revideras. Självstudietid finns på papperet men ryker när bemanningen är tunn.',
  },
  {
    group: 'st',
    areas: ['E'],
    body: 'Handledarna är tillgängliga och klimatet öppet. Strukturerade bedömningar (Mini-CEX, DOPS) görs sporadiskt och dokumenteras sällan.',
  },
  { group: 'supervisor', areas: ['B', 'E'], body: 'Handledarna saknar avsatt tid för handledning på flera kliniker. Några har inte gått handledarutbildning.' },
  {
    group: 'director',
    areas: ['A', 'D'],
    body: 'Studierektorerna ser brister i variationen på mindre kliniker och önskar gemensam IUP-mall och rutin för uppföljning.',
  },
  { group: 'head', areas: ['A', 'H'], body: 'Verksamhetscheferna bedömer utbildningen som god och ser ledarskapsutbildning som ett utvecklingsområde.' },
  { group: 'tour', areas: ['C'], body: 'Ändamålsenliga lokaler och modern utrustning. Arbetsplatser med dator finns men rum för handledningssamtal är få.' },
  {
    group: 'documents',
    areas: ['D'],
    body: 'Lokala riktlinjer för ST finns. Introduktionsprogram saknas på fyra kliniker. IUP-mallen saknar fält för revision.',
  },
];

/** How the demo hospital answers its recommendations, and how far it has come. */
export const ACTION_TEXTS = [
  {
    action: 'Kartläggning av delmål som kräver sidotjänstgöring, klinik för klinik.',
    responsible: 'Sjukhusövergripande studierektor',
    status: 'done' as const,
    note: 'Kartläggningen är klar och finns på intranätet.',
  },
  {
    action: 'Huvudhandledare utses för alla ST-läkare, med 2 timmar i månaden i schemat.',
    responsible: 'Verksamhetscheferna',
    status: 'in_progress' as const,
    note: 'Tolv av sexton kliniker har infört det.',
  },
  { action: 'Biblioteket presenterar sina tjänster på varje introduktionsdag.', responsible: 'Studierektorerna', status: 'done' as const, note: '' },
  {
    action: 'Gemensam IUP-rutin med revision varje halvår.',
    responsible: 'Sjukhusövergripande studierektor',
    status: 'in_progress' as const,
    note: 'Rutinen är beslutad; uppföljning i nästa årsrapport.',
  },
  {
    action: 'Strukturerade bedömningar (mini-CEX, DOPS) av de generella kompetenserna minst sex gånger om året.',
    responsible: 'Handledarna',
    status: 'in_progress' as const,
    note: 'Bedömningsmallar finns; hälften av klinikerna använder dem.',
  },
  {
    action: 'Skyddad tid för självstudier, minst en timme i veckan, läggs in i schemat.',
    responsible: 'Verksamhetscheferna',
    status: 'planned' as const,
    note: '',
  },
  {
    action: 'Handledarutbildning erbjuds alla nya handledare inom ett år.',
    responsible: 'Studierektorerna',
    status: 'done' as const,
    note: 'Två kurstillfällen genomförda, 31 deltagare.',
  },
  {
    action: 'Introduktionsprogram med checklista för varje klinik.',
    responsible: 'Studierektorerna',
    status: 'in_progress' as const,
    note: 'Mall framtagen; tio kliniker har anpassat den.',
  },
  {
    action: 'Vetenskapligt arbete: handledare utses och fem veckors tid planeras vid ST-start.',
    responsible: 'FoU-chefen',
    status: 'planned' as const,
    note: '',
  },
  {
    action: 'Balans mellan jour och dagtid följs upp i schemat varje kvartal.',
    responsible: 'Verksamhetscheferna',
    status: 'in_progress' as const,
    note: 'Första uppföljningen gjord i oktober.',
  },
  {
    action: 'Kurs i kvalitets- och patientsäkerhetsarbete för alla ST-läkare under första året.',
    responsible: 'Sjukhusövergripande studierektor',
    status: 'planned' as const,
    note: '',
  },
  {
    action: 'Ledarskapsutbildning (UGL) erbjuds ST-läkare under andra halvan av ST.',
    responsible: 'HR-avdelningen',
    status: 'in_progress' as const,
    note: 'Åtta platser per år är bokade.',
  },
  {
    action: 'ST-läkarna undervisar studenter enligt ett schema som studierektorn följer upp.',
    responsible: 'Studierektorerna',
    status: 'done' as const,
    note: 'Schemat finns för alla kliniker.',
  },
  {
    action: 'Specialistkollegium två gånger under ST, dokumenterat i IUP.',
    responsible: 'Studierektorerna',
    status: 'in_progress' as const,
    note: 'Genomfört på elva kliniker.',
  },
  { action: 'Digitalt stöd för planering och uppföljning av ST upphandlas.', responsible: 'Sjukhusledningen', status: 'planned' as const, note: '' },
  {
    action: 'Studierektorernas uppdrag och tid per ST-läkare skrivs in i uppdragsbeskrivningen.',
    responsible: 'Sjukhusledningen',
    status: 'done' as const,
    note: 'Beslutat i ledningsgruppen i november.',
  },
];

/** The clinic's governing documents in the demo, as the study director sent them before the visit. */
export const DEMO_DOCUMENTS = [
  {
    category: 'st-guidelines',
    fileName: 'Lokala riktlinjer för ST 2026.pdf',
    sentAt: '2026-09-22T09:12:00Z',
    title: 'Lokala riktlinjer för ST – Medicinkliniken',
    lines: [
      'Fastställda av verksamhetschefen 2026-03-01; revideras varje år.',
      'Varje ST-läkare har en huvudhandledare med handledarutbildning.',
      'IUP upprättas inom sex månader och följs upp vid varje handledarsamtal.',
      'Handledarsamtal minst en gång i månaden, schemalagda.',
      'Fyra timmar självstudier i veckan, schemalagda i tjänstgöringen.',
    ],
  },
  {
    category: 'introduction-programme',
    fileName: 'Introduktionsprogram ST.pdf',
    sentAt: '2026-09-22T09:14:00Z',
    title: 'Introduktionsprogram för nya ST-läkare',
    lines: [
      'Vecka 1: klinikens organisation, journalsystem, jourrutiner.',
      'Vecka 2: auskultation på mottagning och avdelning.',
      'Vecka 3–4: egen mottagning med handledare på plats.',
    ],
  },
  {
    category: 'iup-template',
    fileName: 'IUP-mall.pdf',
    sentAt: '2026-09-24T13:40:00Z',
    title: 'Individuellt utbildningsprogram (IUP) – mall',
    lines: [
      'Delmål enligt målbeskrivningen, med aktiviteter och tidplan.',
      'Sidotjänstgöringar och kurser.',
      'Bedömning och uppföljning: datum och underskrifter.',
    ],
  },
  {
    category: 'schedules',
    fileName: 'Tjänstgöringsschema hösten 2026.pdf',
    sentAt: '2026-10-01T07:55:00Z',
    title: 'Tjänstgöringsschema ST, hösten 2026',
    lines: [
      'Jour: högst fyra pass i månaden för ST-läkare.',
      'Självstudietid: torsdagar 13–17.',
      'Sidotjänstgöring: enligt IUP, planerad ett halvår i förväg.',
    ],
  },
] as const;
