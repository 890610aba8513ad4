/**
 * Every problem the server can report, by a stable code, with its text in Swedish and English.
 * The server writes a problem's `detail` from here in the caller's language (Accept-Language)
 * and the client shows the same code in its user's language, next to the field it concerns, so
 * no English sentence and no field path reaches the Swedish interface. Domain errors take a
 * `ProblemCode`, so a code without both texts does not compile; `{name}` is filled from the
 * problem's `params`.
 */
export const PROBLEM_LANGUAGES = ['sv', 'en'] as const;
export type ProblemLanguage = (typeof PROBLEM_LANGUAGES)[number];

interface Texts {
  sv: string;
  en: string;
}

export const PROBLEM_TEXTS = {
  // A problem without its own code yet: one per status, still a sentence.
  'problem.badRequest': { sv: 'Begäran kunde inte tolkas.', en: 'The request could not be understood.' },
  'problem.unauthorized': { sv: 'Logga in för att göra detta.', en: 'Please log in to do this.' },
  'problem.forbidden': { sv: 'Du har inte behörighet till detta.', en: 'You do not have access to this.' },
  'problem.notFound': { sv: 'Det du söker finns inte (längre).', en: 'What you are looking for does not exist (any more).' },
  'problem.conflict': { sv: 'Det går inte att göra detta i det läge som gäller nu.', en: 'This cannot be done in the current state.' },
  'problem.gone': { sv: 'Detta har tagits bort.', en: 'This has been deleted.' },
  'problem.invalid': { sv: 'Uppgifterna bryter mot en regel och sparades inte.', en: 'The content breaks a rule and was not saved.' },
  'problem.tooLarge': { sv: 'Det som skickades är för stort.', en: 'What was sent is too large.' },
  'problem.unsupportedType': { sv: 'Den här filtypen eller formen tas inte emot här.', en: 'This kind of content is not accepted here.' },
  'problem.tooManyRequests': { sv: 'För många försök på kort tid. Vänta en stund och försök igen.', en: 'Too many attempts in a short time. Wait a while and try again.' },
  'problem.notImplemented': { sv: 'Den här funktionen är inte tillgänglig på den här servern.', en: 'This function is not available on this server.' },
  'problem.busy': { sv: 'Servern är upptagen med liknande arbete. Försök igen om en stund.', en: 'The server is busy with work of this kind. Try again in a moment.' },
  'problem.unavailable': {
    sv: 'Tjänsten når inte sin databas just nu (den kanske startar om). Försök igen om några sekunder.',
    en: 'The service cannot reach its database right now (it may be restarting). Try again in a few seconds.',
  },
  'problem.internal': {
    sv: 'Något gick fel hos oss. Ange referensen {requestId} om du kontaktar supporten.',
    en: 'Something went wrong on our side. Quote request id {requestId} if you contact support.',
  },
  'request.invalidJson': { sv: 'Det som skickades är inte giltig JSON.', en: 'The request body is not valid JSON.' },
  'request.unstorableText': {
    sv: 'Texten innehåller ett tecken som inte kan sparas (ett NUL-tecken eller ett halvt UTF-16-par). Ta bort det och försök igen.',
    en: 'The request contains a character that cannot be stored (a NUL character or half of a UTF-16 surrogate pair). Remove it and try again.',
  },

  // Schema validation: the request-level summary and one code per kind of field problem.
  'request.invalid': { sv: 'Några uppgifter saknas eller är felaktiga.', en: 'Some of the information is missing or not valid.' },
  'field.required': { sv: 'Fyll i detta.', en: 'This is required.' },
  'field.unknown': { sv: 'Okänt fält: {field}.', en: 'Unknown field: {field}.' },
  'field.empty': { sv: 'Får inte vara tomt.', en: 'Must not be empty.' },
  'field.tooShort': { sv: 'Skriv minst {limit} tecken.', en: 'Write at least {limit} characters.' },
  'field.tooLong': { sv: 'Får vara högst {limit} tecken.', en: 'May be at most {limit} characters.' },
  'field.tooFewItems': { sv: 'Välj minst {limit}.', en: 'Choose at least {limit}.' },
  'field.tooManyItems': { sv: 'Välj högst {limit}.', en: 'Choose at most {limit}.' },
  'field.duplicate': { sv: 'Samma val finns två gånger.', en: 'The same choice appears twice.' },
  'field.tooSmall': { sv: 'Måste vara minst {limit}.', en: 'Must be at least {limit}.' },
  'field.tooLarge': { sv: 'Får vara högst {limit}.', en: 'May be at most {limit}.' },
  'field.notInteger': { sv: 'Ange ett heltal.', en: 'Enter a whole number.' },
  'field.date': { sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  'field.dateTime': { sv: 'Ange datum och tid.', en: 'Enter a date and a time.' },
  'field.email': { sv: 'Ange en giltig e-postadress.', en: 'Enter a valid e-mail address.' },
  'field.format': { sv: 'Formen stämmer inte.', en: 'The format is not right.' },
  'field.choice': { sv: 'Välj ett av de givna alternativen.', en: 'Choose one of the given options.' },
  'field.type': { sv: 'Fel sorts värde.', en: 'The wrong kind of value.' },
  'field.invalid': { sv: 'Värdet är inte giltigt.', en: 'The value is not valid.' },
  'field.code': { sv: 'Bokstäver (a–z), siffror, - och _, högst 40 tecken.', en: 'Letters (a–z), digits, - and _, at most 40 characters.' },
  'field.notRealDate': { sv: '{value} är inget verkligt datum.', en: '{value} is not a real date.' },

  // Access
  'auth.loginRequired': { sv: 'Logga in för att göra detta.', en: 'Please log in to do this.' },
  'auth.wrongCredentials': { sv: 'E-postadressen eller lösenordet är fel.', en: 'The e-mail address or the password is wrong.' },
  'auth.crossSite': {
    sv: 'Begäran kom från en annan webbplats och stoppades (skydd mot förfalskade begäranden).',
    en: 'This request came from another site and was blocked (cross-site request forgery protection).',
  },
  'auth.resetLinkInvalid': { sv: 'Länken för att byta lösenord gäller inte längre. Be om en ny.', en: 'This reset link is not valid any more. Ask for a new one.' },
  'auth.setupLinkInvalid': { sv: 'Länken för att skapa den första administratören gäller inte. Starta om servern för att få en ny.', en: 'This setup link is not valid. Restart the server to get a new one.' },
  'auth.adminExists': { sv: 'Det finns redan en administratör; logga in i stället.', en: 'An admin already exists; log in instead.' },
  'access.forbidden': { sv: 'Du har inte behörighet till detta.', en: 'You do not have access to this.' },
  'access.previousReview': {
    sv: 'Den förra granskningen av de här enheterna får du inte läsa. En administratör kan lägga till dig som granskare i den.',
    en: 'The previous review of these units is not one you may read. An admin can add you to it as an inspector.',
  },

  // Users
  'user.notFound': { sv: 'Användaren finns inte.', en: 'There is no such user.' },
  'user.readerNeedsHospital': { sv: 'En läsare måste höra till ett sjukhus.', en: 'A reader must belong to a hospital.' },
  'user.selfChange': { sv: 'Du kan inte inaktivera dig själv eller ta bort din egen administratörsroll.', en: 'You cannot deactivate yourself or take away your own admin role.' },
  'user.emailTaken': { sv: 'Det finns redan en användare med e-postadressen {email}.', en: 'There is already a user with the e-mail address {email}.' },

  // Hospitals
  'hospital.notFound': { sv: 'Sjukhuset finns inte.', en: 'There is no such hospital.' },
  'hospital.codeTaken': {
    sv: 'Det finns redan ett sjukhus med koden "{code}" (koder jämförs utan hänsyn till stora och små bokstäver).',
    en: 'A hospital with the code "{code}" already exists (codes are compared without regard to upper and lower case).',
  },
  'unit.codeTaken': { sv: 'Sjukhuset har redan en enhet med koden "{code}".', en: 'This hospital already has a unit with the code "{code}".' },

  // Reviews
  'review.notFound': { sv: 'Granskningen finns inte.', en: 'There is no such review.' },
  'review.closed': { sv: 'En avslutad granskning kan inte längre ändras.', en: 'A closed review can no longer be changed.' },
  'review.thresholdLowered': {
    sv: 'Inbjudningarna lovade att ingen grupp mindre än {threshold} visas; gränsen kan höjas men inte sänkas.',
    en: 'The invitations promised respondents that no group smaller than {threshold} is shown; the threshold can be raised but not lowered.',
  },
  'review.openOnlyDraft': { sv: 'Bara ett utkast kan öppnas.', en: 'Only a draft review can be opened.' },
  'review.closeOnlyOpen': { sv: 'Bara en öppen granskning kan avslutas.', en: 'Only an open review can be closed.' },
  'review.unitsLocked': { sv: 'Enheter och enkätversion kan bara ändras medan granskningen är ett utkast.', en: 'Units and the survey version can only change while the review is a draft.' },
  'review.units.empty': { sv: 'Välj minst en enhet att granska.', en: 'Choose at least one unit to review.' },
  'review.hospital.poolOnly': {
    sv: 'Sjukhuset finns bara med för den nationella jämförelsen och kan inte granskas här.',
    en: 'This hospital is registered only for the national comparison and cannot be reviewed here.',
  },
  'review.units.otherHospital': { sv: 'Varje enhet måste höra till granskningens sjukhus.', en: "Every unit must belong to the review's hospital." },
  'review.inspectors.self': {
    sv: 'Du kan inte ta bort dig själv från granskningen; be en administratör eller en annan granskare av den.',
    en: 'You cannot remove yourself from the review; ask an admin or another inspector of it.',
  },
  'review.inspectors.inactive': { sv: 'Bara aktiva granskare kan läggas till.', en: 'Only active inspectors can be assigned.' },
  'review.surveyVersion.unknown': { sv: 'Det finns ingen version {version} av granskningsenkäten.', en: 'There is no version {version} of the review survey.' },
  'review.dates.backwards': { sv: 'Slutdatum ligger före startdatum.', en: 'The closing date is before the opening date.' },
  'review.benchmark.backwards': { sv: 'Jämförelseperioden slutar innan den börjar.', en: 'The benchmark period ends before it starts.' },
  'review.benchmark.noWholeMonth': {
    sv: 'Jämförelseperioden {from} – {until} innehåller ingen hel kalendermånad. Den nationella jämförelsen räknar svar per månad, så perioden måste innehålla minst en hel månad.',
    en: 'The benchmark period {from} – {until} holds no whole calendar month. The national pool counts answers by month, so the period must contain at least one.',
  },
  'review.benchmark.tooLong': { sv: 'Jämförelseperioden får omfatta högst {limit} hela månader.', en: 'The benchmark period may hold at most {limit} whole months.' },
  'review.benchmark.afterClosing': { sv: 'Jämförelseperioden får inte sluta efter att granskningen stänger ({closesAt}).', en: 'The benchmark period must not end after the review closes ({closesAt}).' },

  // Respondents and their import
  'respondent.notFound': { sv: 'Respondenten finns inte i den här granskningen.', en: 'There is no such respondent in this review.' },
  'respondent.reviewClosed': { sv: 'Granskningen är avslutad; respondenterna kan inte längre ändras.', en: 'The review is closed; respondents can no longer change.' },
  'respondent.unitNotInReview': { sv: 'Enheten ingår inte i granskningen.', en: 'The unit is not part of this review.' },
  'respondent.emailTaken': { sv: '{email} är redan respondent i den här granskningen.', en: '{email} is already a respondent in this review.' },
  'respondent.answered': { sv: 'Respondenten har svarat och kan inte längre tas bort.', en: 'This respondent has answered and can no longer be removed.' },
  'respondent.markBeforeInvitations': {
    sv: 'Inga inbjudningar har gått ut ännu: ta bort en respondent som inte ska delta i stället för att markera hen.',
    en: 'No invitations have gone out yet: remove a respondent who will not take part instead of marking them.',
  },
  'respondent.markAfterClosing': {
    sv: 'Granskningen är avslutad: svarsfrekvensen låstes i rapporten vid avslutet, så markeringar kan inte längre ändras.',
    en: 'The review is closed: its response rates were fixed in the report when it closed, so marks can no longer change.',
  },
  'respondent.notInvited': { sv: '{name} har inte bjudits in ännu: ta bort hen i stället för att markera.', en: '{name} has not been invited yet: remove them instead of marking them.' },
  'respondent.alreadyAnswered': {
    sv: '{name} har svarat, och ett svar räknas vad som än hänt efteråt: det finns inget att markera.',
    en: '{name} has answered, and an answer counts whatever happened after it: there is nothing to mark.',
  },
  'import.sendFile': { sv: 'Skicka själva filen, som CSV (text/csv) eller Excel (.xlsx).', en: 'Send the file itself as the request body, as text/csv or an Excel (.xlsx) file.' },
  'import.rejected': { sv: 'Filen har {count} fel; ingenting lästes in. Rätta dem och läs in filen igen.', en: 'The file has {count} problems; nothing was imported. Fix them and import the file again.' },
  'import.columnsRejected': {
    sv: 'Filens rubrikrad stämmer inte ({count} fel); inga rader lästes. Rätta kolumnnamnen och försök igen.',
    en: "The file's header row is not right ({count} problems); no rows were read. Fix the column names and try again.",
  },
  'import.rowsRejected': {
    sv: 'Filen har fel på {rows} av {total} rader ({count} fel totalt); ingenting lästes in. Rätta dem, eller läs in igen och välj att hoppa över de felaktiga raderna.',
    en: 'The file has problems on {rows} of {total} rows ({count} in all); nothing was imported. Fix them, or import again choosing to skip the invalid rows.',
  },
  'import.unknownHospitals': {
    sv: 'Filen har {count} sjukhuskoder som registret saknar ({codes}); ingenting lästes in. Koppla varje kod till ett registrerat sjukhus, eller behåll den som ett annat sjukhus, och läs in igen.',
    en: 'The file names {count} hospital codes the register does not have ({codes}); nothing was imported. Map each to a registered hospital, or keep it as another hospital, and import again.',
  },
  'import.column.unknown': { sv: 'Kolumnen "{column}" är varken en känd kolumn eller ett känt påstående-id.', en: 'The column "{column}" is neither a known column nor a known item id.' },
  'import.column.missing': { sv: 'Kolumnen för {column} saknas (väntade en av: {expected}).', en: 'There is no column for {column} (expected one of: {expected}).' },
  'import.column.noItems': { sv: 'Ingen kolumn har ett känt påstående-id.', en: 'No column names a known item id.' },
  // One row of an import file: the problem table shows these beside the line and column.
  'import.row.noRespondents': { sv: 'Filen har inga svarande under rubrikraden.', en: 'The file has no respondents below the header.' },
  'import.row.empty': { sv: 'Cellen är tom.', en: 'The cell is empty.' },
  'import.row.nameTooLong': { sv: 'Namnet är längre än {limit} tecken.', en: 'The name is longer than {limit} characters.' },
  'import.row.email': { sv: '"{value}" är ingen e-postadress.', en: '"{value}" is not an e-mail address.' },
  'import.row.alreadyRespondent': { sv: '{value} är redan svarande i den här granskningen.', en: '{value} is already a respondent in this review.' },
  'import.row.duplicateEmail': { sv: '{value} står också på rad {line}.', en: '{value} is also on line {line}.' },
  'import.row.respondentRole': {
    sv: '"{value}" är ingen roll (skriv ST-läkare, handledare, studierektor eller verksamhetschef – eller st, supervisor, director, head).',
    en: '"{value}" is not a role (use st, supervisor, director or head – or ST-läkare, handledare, studierektor, verksamhetschef).',
  },
  'import.row.unit': { sv: '"{value}" är inte en av granskningens enheter ({units}).', en: '"{value}" is not one of the review\'s units ({units}).' },
  'import.row.role': { sv: '"{value}" är ingen roll (st, supervisor, director, head).', en: '"{value}" is not a role (st, supervisor, director, head).' },
  'import.row.code': { sv: '"{value}" är ingen kod (bokstäver, siffror, - eller _).', en: '"{value}" is not a code (letters, digits, - or _).' },
  'import.row.date': { sv: '"{value}" är inget datum (ÅÅÅÅ-MM-DD).', en: '"{value}" is not a date (YYYY-MM-DD).' },
  'import.row.future': { sv: '{value} ligger i framtiden.', en: '{value} is in the future.' },
  'import.row.group': { sv: '"{value}" är ingen specialitetsgrupp ({groups}).', en: '"{value}" is not a specialty group ({groups}).' },
  'import.row.scale': { sv: '"{value}" finns inte på skalan (1–4, eller 0 för vet ej).', en: '"{value}" is not on the scale (1–4, or 0 for don\'t know).' },
  'import.row.notNumber': { sv: '"{value}" är inget tal ({bounds}).', en: '"{value}" is not a number ({bounds}).' },
  'import.row.outOfBounds': { sv: '{value} ligger utanför frågans gränser ({bounds}).', en: '{value} is outside the item\'s bounds ({bounds}).' },
  'import.row.notWhole': { sv: '{value} är inget heltal ({bounds}).', en: '{value} is not a whole number ({bounds}).' },
  'import.row.step': { sv: '{value} följer inte steg om {step} ({bounds}).', en: '{value} is not in steps of {step} ({bounds}).' },
  'import.row.noAnswers': { sv: 'Raden har inga svar.', en: 'The row has no answers.' },

  // The report
  'report.incomplete': { sv: 'Rapporten är inte klar än.', en: 'The report is not complete yet.' },
  'report.grade.missing': { sv: 'Område {area} saknar bedömning.', en: 'Area {area} has no grade.' },
  'report.grade.ruleNotMet': {
    sv: 'Område {area} kan inte bedömas A: föreskriften {point} är markerad som inte uppfylld.',
    en: 'Area {area} cannot be graded A: binding rule {point} is marked not met.',
  },
  'report.justification.missing': {
    sv: 'Område {area} har bedömningen {grade} men förslaget är {suggested}: skriv varför.',
    en: 'Area {area} is graded {grade} but the suggestion is {suggested}: write why.',
  },

  // Documents before the visit
  'document.categoryUnknown': { sv: '"{category}" är ingen dokumentkategori.', en: '"{category}" is not a document category.' },
  'document.categoryNotRequested': {
    sv: 'Granskarna har inte bett om dokument av slaget "{category}". Välj en av kategorierna i förfrågan.',
    en: 'The inspectors did not ask for documents of the kind "{category}". Choose one of the request’s categories.',
  },
  'document.pointUnknown': { sv: '{point} är ingen punkt i checklistan.', en: '{point} is not a checklist point.' },
  'document.deadlinePast': { sv: 'Sista dagen kan inte ligga före i dag.', en: 'The deadline cannot be before today.' },
  'document.empty': { sv: 'Filen är tom.', en: 'The file is empty.' },
  'document.tooLarge': { sv: 'Filen är större än 25 MB, det mesta en fil får vara.', en: 'The file is larger than 25 MB, the most a file may be.' },
  'document.typeNotAllowed': {
    sv: 'Filen "{name}" är inte en PDF, ett Word-, Excel- eller OpenDocument-dokument eller en PNG- eller JPEG-bild (det avgörs av innehållet, inte av namnet). Spara den i något av de formaten och försök igen.',
    en: 'The file "{name}" is not a PDF, a Word, Excel or OpenDocument document or a PNG or JPEG image (its content decides, not its name). Save it in one of those formats and try again.',
  },
  'document.notFound': { sv: 'Dokumentet finns inte i den här granskningen.', en: 'There is no such document in this review.' },
  'document.noRequest': { sv: 'Be om dokument först: ange kategorier, sista dag och kontaktperson.', en: 'Ask for documents first: choose the categories, a deadline and a contact.' },
  'document.linkUnknown': { sv: 'Länken gäller inte. Kontrollera att hela länken från mejlet kom med.', en: 'This link is not valid. Check that the whole link from the mail was used.' },
  'document.linkClosed': {
    sv: 'Rapporten är publicerad, så granskarna tar inte emot fler dokument via länken. Kontakta dem om något saknas.',
    en: 'The report has been published, so the inspectors take no more documents through this link. Contact them if something is missing.',
  },
} as const satisfies Record<string, Texts>;

export type ProblemCode = keyof typeof PROBLEM_TEXTS;
export type ProblemParams = Record<string, string | number>;

export const PROBLEM_CODES = Object.keys(PROBLEM_TEXTS) as ProblemCode[];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_TEXTS, value);
}

/** The text of a code in a language, its `{name}`s filled from params (a missing one is left out, not shown as a placeholder). */
export function problemText(code: ProblemCode, params: ProblemParams | undefined, language: ProblemLanguage): string {
  return PROBLEM_TEXTS[code][language].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    return value === undefined ? '' : String(value);
  });
}

/** The first of our languages an Accept-Language header asks for (by q-value), Swedish when none. */
export function languageFromHeader(header: string | undefined): ProblemLanguage {
  if (!header) return 'sv';
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    if ((PROBLEM_LANGUAGES as readonly string[]).includes(range.base)) return range.base as ProblemLanguage;
  }
  return 'sv';
}
