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
  'problem.tooManyRequests': {
    sv: 'För många försök på kort tid. Vänta en stund och försök igen.',
    en: 'Too many attempts in a short time. Wait a while and try again.',
  },
  'problem.notImplemented': { sv: 'Den här funktionen är inte tillgänglig på den här servern.', en: 'This function is not available on this server.' },
  'problem.busy': {
    sv: 'Servern är upptagen med liknande arbete. Försök igen om en stund.',
    en: 'The server is busy with work of this kind. Try again in a moment.',
  },
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

  'request.tooDeep': {
    sv: 'Det som skickades är kapslat i mer än {limit} nivåer; inget formulär skickar så.',
    en: 'The request body is nested more than {limit} levels deep; no form sends that.',
  },
  'request.uriTooLong': { sv: 'En del av adressen är för lång. Kontrollera adressen.', en: 'A part of the address is too long. Check the address.' },
  'request.badAddress': {
    sv: 'Adressen är inte giltig: kontrollera om den har ett trasigt %-tecken.',
    en: 'The address is not valid: check it for a broken %-escape.',
  },
  'request.rateLimited': {
    sv: 'För många försök på kort tid. Vänta {seconds} sekunder och försök igen.',
    en: 'Too many attempts in a short time. Wait {seconds} seconds and try again.',
  },
  'route.notFound': { sv: 'Det finns ingenting på {method} {path}. Kontrollera adressen.', en: 'There is nothing at {method} {path}. Check the address.' },
  'route.methodNotAllowed': { sv: 'Adressen {path} tar inte emot {method}.', en: 'The address {path} does not take {method}.' },
  'upload.tooLarge': {
    sv: 'Filen är större än {megabytes} MB, det mesta en uppladdning tar. Dela upp den i flera filer.',
    en: 'The file is larger than {megabytes} MB, the most one upload takes. Split it into several files.',
  },
  'link.tooManyInvalid': {
    sv: 'För många ogiltiga länkar från din adress. Vänta några minuter och försök igen.',
    en: 'Too many invalid links from your address. Wait a few minutes and try again.',
  },
  'busy.files': { sv: 'Andra stora filer läses just nu. Försök igen om en minut.', en: 'Other large files are being read right now. Try again in a minute.' },
  'busy.pdfs': {
    sv: 'Flera PDF:er skapas just nu. Försök igen om en minut, eller välj "Skriv ut" på rapportsidan och spara som PDF.',
    en: 'Several PDFs are being made right now. Try again in a minute, or choose "Print" on the report page and save as PDF.',
  },
  'file.empty': { sv: 'Filen är tom.', en: 'The file is empty.' },
  'file.unreadable': {
    sv: 'Filen gick inte att läsa. Spara den igen som CSV eller Excel och försök på nytt.',
    en: 'The file could not be read. Save it again as CSV or Excel and try again.',
  },
  'file.tooComplex': {
    sv: 'Filen är för stor eller för invecklad att läsa. Spara den som CSV med bara respondenternas kolumner, eller dela upp den.',
    en: "The file is too large or complex to read. Save it as CSV with only the respondents' columns, or split it.",
  },
  'file.noHeader': { sv: 'Filen har ingen rubrikrad.', en: 'The file has no header row.' },
  'file.noRows': { sv: 'Arbetsbokens första blad har inga rader.', en: 'The workbook has no rows in its first sheet.' },
  'file.tooManyRows': {
    sv: 'Filen har fler än {limit} rader, det mesta en inläsning tar. Dela upp den i flera filer.',
    en: 'The file has more than {limit} rows, the most one import takes. Split it into several files.',
  },
  'file.cellTooLong': {
    sv: 'Rad {line} har en cell som är längre än {limit} tecken; inget namn, ingen adress, roll eller enhet är så lång.',
    en: 'Row {line} has a cell longer than {limit} characters; no name, address, role or unit is that long.',
  },
  'file.unpacksTooLarge': {
    sv: 'Arbetsboken packas upp till {megabytes} MB, mer än de {limit} MB en lista över respondenter kan behöva. Kontrollera att den bara innehåller respondenterna, eller spara den som CSV.',
    en: 'The workbook unpacks to {megabytes} MB, more than the {limit} MB a list of respondents can need. Check that it holds only the respondents, or save it as CSV.',
  },
  'file.unreadableCsv': {
    sv: 'Filen gick inte att läsa som CSV (till exempel ett citattecken som aldrig avslutas). Öppna den i Excel, spara den som CSV igen och försök på nytt.',
    en: 'The file could not be read as CSV (a quotation mark that is never closed, for example). Open it in Excel, save it as CSV again and try again.',
  },
  'file.unreadableXlsx': {
    sv: 'Filen gick inte att läsa som en Excel-arbetsbok; den kan vara skadad eller avkortad. Öppna den i Excel, spara den igen och försök på nytt.',
    en: 'The file could not be read as an Excel workbook; it may be damaged or cut short. Open it in Excel, save it again and try again.',
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
  'auth.resetLinkInvalid': {
    sv: 'Länken för att byta lösenord gäller inte längre. Be om en ny.',
    en: 'This reset link is not valid any more. Ask for a new one.',
  },
  'auth.setupLinkInvalid': {
    sv: 'Länken för att skapa den första administratören gäller inte. Starta om servern för att få en ny.',
    en: 'This setup link is not valid. Restart the server to get a new one.',
  },
  'auth.adminExists': { sv: 'Det finns redan en administratör; logga in i stället.', en: 'An admin already exists; log in instead.' },
  'access.forbidden': { sv: 'Du har inte behörighet till detta.', en: 'You do not have access to this.' },
  'access.previousReview': {
    sv: 'Den förra granskningen av de här enheterna får du inte läsa. En administratör kan lägga till dig som granskare i den.',
    en: 'The previous review of these units is not one you may read. An admin can add you to it as an inspector.',
  },

  // Users
  'user.notFound': { sv: 'Användaren finns inte.', en: 'There is no such user.' },
  'user.readerNeedsHospital': { sv: 'En läsare måste höra till ett sjukhus.', en: 'A reader must belong to a hospital.' },
  'user.unitOnlyForReader': {
    sv: 'Bara en läsare kan knytas till en klinik (som dess verksamhetschef eller studierektor).',
    en: 'Only a reader can be tied to a clinic (as its head of department or study director).',
  },
  'user.unitNotInHospital': { sv: 'Kliniken hör inte till användarens sjukhus.', en: 'The clinic does not belong to the user’s hospital.' },
  'user.selfChange': {
    sv: 'Du kan inte inaktivera dig själv eller ta bort din egen administratörsroll.',
    en: 'You cannot deactivate yourself or take away your own admin role.',
  },
  'user.emailTaken': { sv: 'Det finns redan en användare med e-postadressen {email}.', en: 'There is already a user with the e-mail address {email}.' },

  // Hospitals
  'hospital.notFound': { sv: 'Sjukhuset finns inte.', en: 'There is no such hospital.' },
  'hospital.codeTaken': {
    sv: 'Det finns redan ett sjukhus med koden "{code}" (koder jämförs utan hänsyn till stora och små bokstäver).',
    en: 'A hospital with the code "{code}" already exists (codes are compared without regard to upper and lower case).',
  },
  'unit.codeTaken': { sv: 'Sjukhuset har redan en enhet med koden "{code}".', en: 'This hospital already has a unit with the code "{code}".' },
  'unit.notFound': { sv: 'Enheten finns inte.', en: 'There is no such unit.' },

  // Review coverage
  'coverage.reviewInFuture': {
    sv: 'En granskning den {date} har inte ägt rum än; registrera den när den är gjord.',
    en: 'A review on {date} has not taken place yet; record it once it has.',
  },
  'coverage.recordNotFound': { sv: 'Uppgiften finns inte.', en: 'There is no such record.' },

  // Leadership programmes and their conformance with the national model
  'programme.notFound': { sv: 'Programmet finns inte.', en: 'There is no such programme.' },
  'programme.regionUnknown': {
    sv: '"{region}" är ingen av de 21 regionernas länsbokstäver.',
    en: '"{region}" is not the letter code of one of the 21 regions.',
  },
  'programme.nameTaken': {
    sv: 'Regionen har redan ett program som heter "{name}". Välj ett annat namn eller ändra det befintliga programmet.',
    en: 'The region already has a programme called "{name}". Choose another name or edit the existing programme.',
  },
  'programme.inUse': {
    sv: 'Programmet används i kartläggningen och kan inte tas bort. Markera det som nedlagt i stället.',
    en: 'The programme is used by the mapping and cannot be removed. Mark it as discontinued instead.',
  },
  'programme.pointUnknown': {
    sv: '"{point}" är ingen punkt i den nationella modellens version {version}.',
    en: '"{point}" is not a point of version {version} of the national model.',
  },
  'programme.documentUnknown': {
    sv: 'Dokumentet hör inte till det här programmet. Ladda upp det under programmet först.',
    en: 'That document does not belong to this programme. Upload it under the programme first.',
  },
  'programme.documentNotFound': { sv: 'Dokumentet finns inte bland programmets dokument.', en: 'There is no such document among the programme’s documents.' },

  // Reviews
  'review.notFound': { sv: 'Granskningen finns inte.', en: 'There is no such review.' },
  'review.closed': { sv: 'En avslutad granskning kan inte längre ändras.', en: 'A closed review can no longer be changed.' },
  'review.thresholdLowered': {
    sv: 'Inbjudningarna lovade att ingen grupp mindre än {threshold} visas; gränsen kan höjas men inte sänkas.',
    en: 'The invitations promised respondents that no group smaller than {threshold} is shown; the threshold can be raised but not lowered.',
  },
  'review.openOnlyDraft': { sv: 'Bara ett utkast kan öppnas.', en: 'Only a draft review can be opened.' },
  'review.closeOnlyOpen': { sv: 'Bara en öppen granskning kan avslutas.', en: 'Only an open review can be closed.' },
  'review.unitsLocked': {
    sv: 'Enheter och enkätversion kan bara ändras medan granskningen är ett utkast.',
    en: 'Units and the survey version can only change while the review is a draft.',
  },
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
  'review.benchmark.tooLong': {
    sv: 'Jämförelseperioden får omfatta högst {limit} hela månader.',
    en: 'The benchmark period may hold at most {limit} whole months.',
  },
  'review.benchmark.afterClosing': {
    sv: 'Jämförelseperioden får inte sluta efter att granskningen stänger ({closesAt}).',
    en: 'The benchmark period must not end after the review closes ({closesAt}).',
  },

  // Respondents and their import
  'respondent.notFound': { sv: 'Respondenten finns inte i den här granskningen.', en: 'There is no such respondent in this review.' },
  'respondent.reviewClosed': {
    sv: 'Granskningen är avslutad; respondenterna kan inte längre ändras.',
    en: 'The review is closed; respondents can no longer change.',
  },
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
  'respondent.notInvited': {
    sv: '{name} har inte bjudits in ännu: ta bort hen i stället för att markera.',
    en: '{name} has not been invited yet: remove them instead of marking them.',
  },
  'respondent.alreadyAnswered': {
    sv: '{name} har svarat, och ett svar räknas vad som än hänt efteråt: det finns inget att markera.',
    en: '{name} has answered, and an answer counts whatever happened after it: there is nothing to mark.',
  },
  'import.sendFile': {
    sv: 'Skicka själva filen, som CSV (text/csv) eller Excel (.xlsx).',
    en: 'Send the file itself as the request body, as text/csv or an Excel (.xlsx) file.',
  },
  'import.rejected': {
    sv: 'Filen har {count} fel; ingenting lästes in. Rätta dem och läs in filen igen.',
    en: 'The file has {count} problems; nothing was imported. Fix them and import the file again.',
  },
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
  'import.column.unknown': {
    sv: 'Kolumnen "{column}" är varken en känd kolumn eller ett känt påstående-id.',
    en: 'The column "{column}" is neither a known column nor a known item id.',
  },
  'import.column.missing': {
    sv: 'Kolumnen för {column} saknas (väntade en av: {expected}).',
    en: 'There is no column for {column} (expected one of: {expected}).',
  },
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
  'import.row.outOfBounds': { sv: '{value} ligger utanför frågans gränser ({bounds}).', en: "{value} is outside the item's bounds ({bounds})." },
  'import.row.notWhole': { sv: '{value} är inget heltal ({bounds}).', en: '{value} is not a whole number ({bounds}).' },
  'import.row.step': { sv: '{value} följer inte steg om {step} ({bounds}).', en: '{value} is not in steps of {step} ({bounds}).' },
  'import.row.noReviews': { sv: 'Filen har inga granskningar under rubrikraden.', en: 'The file has no reviews below the header.' },
  'import.row.unitOfHospital': {
    sv: '"{value}" är inte en av sjukhusets enheter ({units}).',
    en: '"{value}" is not one of the hospital\'s units ({units}).',
  },
  'import.row.specialty': {
    sv: 'Enheten {unit} har specialiteten "{expected}", inte "{value}".',
    en: 'The unit {unit} has the specialty "{expected}", not "{value}".',
  },
  'import.row.link': { sv: '"{value}" är ingen webbadress (http:// eller https://).', en: '"{value}" is not a web address (http:// or https://).' },
  'import.row.tooLong': { sv: 'Texten är längre än {limit} tecken.', en: 'The text is longer than {limit} characters.' },
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
  'document.noRequest': {
    sv: 'Be om dokument först: ange kategorier, sista dag och kontaktperson.',
    en: 'Ask for documents first: choose the categories, a deadline and a contact.',
  },
  'document.linkUnknown': {
    sv: 'Länken gäller inte. Kontrollera att hela länken från mejlet kom med.',
    en: 'This link is not valid. Check that the whole link from the mail was used.',
  },
  'document.linkClosed': {
    sv: 'Rapporten är publicerad, så granskarna tar inte emot fler dokument via länken. Kontakta dem om något saknas.',
    en: 'The report has been published, so the inspectors take no more documents through this link. Contact them if something is missing.',
  },

  'report.notClosed': {
    sv: 'Rapportens siffror och fritexter visas när granskningen har avslutats, så att inget svar kan urskiljas genom att läsa dem före och efter att det kom in. Följ svarsfrekvensen tills dess.',
    en: 'The report’s figures and free text are shown once the review has closed, so that no answer can be told apart by reading them before and after it arrives. Until then, follow the response rates.',
  },
  'report.closeFirst': {
    sv: 'Avsluta granskningen innan rapporten skickas till kliniken eller publiceras: rapportens siffror finns först när granskningen är avslutad.',
    en: 'Close the review before the report goes to the clinic or is published: the report’s figures exist only once the review has closed.',
  },
  'report.unitNotInReview': { sv: 'Enheten ingår inte i den här granskningen.', en: 'That unit is not part of this review.' },
  'report.noUnitInGroup': { sv: 'Granskningen har ingen enhet i den specialitetsgruppen.', en: 'This review has no unit in that specialty group.' },
  'report.noSurvey': { sv: 'Granskningen har ingen enkät.', en: 'This review has no survey.' },
  'report.notPublished': { sv: 'Granskningens rapport är inte publicerad än.', en: 'This review’s report has not been published yet.' },
  'report.pdf.noChromium': {
    sv: 'Servern kan inte skapa PDF här: Chromium saknas ({path}); en administratör kan installera det. Välj "Skriv ut" på rapportsidan och spara som PDF i stället.',
    en: 'Server-side PDF needs Chromium at {path}, which is not installed here (Debian: apt-get install chromium, or set CHROMIUM_PATH). Choose "Print" on the report page and save as PDF instead.',
  },
  'report.pdf.notBuilt': {
    sv: 'Servern kan inte skapa PDF här: rapportsidan är inte byggd på servern (npm run build). Välj "Skriv ut" på rapportsidan och spara som PDF i stället.',
    en: 'Server-side PDF prints the report page in Chromium, and the page is not built here (run npm run build). Choose "Print" on the report page and save as PDF instead.',
  },
  'report.openFirst': { sv: 'Öppna rapporten först, så påbörjas dess utkast.', en: 'Open the report first: that starts its draft.' },
  'report.revisionPublished': {
    sv: 'Den här versionen är publicerad och kan inte ändras. Påbörja en rättelse (en ny version) i stället.',
    en: 'This revision is published and cannot change. Start a correction (a new revision) instead.',
  },
  'report.alreadyForComment': {
    sv: 'Rapporten har redan skickats till kliniken för kommentarer.',
    en: 'The report has already been sent to the clinic for comment.',
  },
  'report.commentsNeedRound': {
    sv: 'Kommentarer förs in när rapporten har skickats till kliniken.',
    en: 'Comments are recorded once the report has been sent to the clinic.',
  },
  'report.publishNeedsComments': {
    sv: 'Skicka rapporten till kliniken för kommentarer innan den publiceras.',
    en: 'Send the report to the clinic for comment before publishing it.',
  },
  'report.correctOnlyPublished': {
    sv: 'Bara en publicerad rapport rättas med en ny version; ändra i utkastet i stället.',
    en: 'Only a published report is corrected with a new revision; edit the draft instead.',
  },
  'suggestion.notFound': { sv: 'Förslaget finns inte i den här granskningen.', en: 'There is no such suggestion in this review.' },
  'suggestion.themeUnknown': {
    sv: 'Temat "{theme}" finns inte i granskningen; lägg till det först.',
    en: 'There is no theme "{theme}" in this review; add it first.',
  },

  // The clinic's comment round
  'comments.deadline.past': {
    sv: 'Sista dagen har redan passerat: välj i dag eller en senare dag.',
    en: 'The deadline has already passed: choose today or a later day.',
  },
  'comments.deadline.tooFar': {
    sv: 'Sista dagen ligger mer än åtta veckor fram: välj {latest} eller tidigare.',
    en: 'The deadline is more than eight weeks away: choose {latest} or earlier.',
  },
  'comments.recipients.notCandidates': {
    sv: 'Kommentarer kan bara begäras av klinikens verksamhetschefer och studierektorer i granskningen och av sjukhusets läsare.',
    en: 'Comments can be asked of the clinic’s heads and study directors in this review and of the hospital’s readers only.',
  },
  'comments.recipients.notCandidate': {
    sv: '{email} är varken verksamhetschef eller studierektor i granskningen eller läsare vid sjukhuset.',
    en: '{email} is neither a head nor a study director in this review, nor a reader of the hospital.',
  },
  'comments.recipients.empty': {
    sv: 'Välj minst en person som ska läsa utkastet och kommentera det.',
    en: 'Choose at least one person to read the draft and comment on it.',
  },
  'comments.notOut': {
    sv: 'Rapporten är inte ute för kommentarer, så det finns ingen sista dag att ändra.',
    en: 'The report is not out for comment, so there is no deadline to change.',
  },
  'comments.linkInvalid': {
    sv: 'Länken gäller inte. Kontrollera att hela länken från mejlet användes.',
    en: 'This link is not valid. Check that the whole link from the mail was used.',
  },
  'comments.roundOver': {
    sv: 'Kommentarsrundan är över: rapporten har publicerats. Sjukhusets konton läser den i appen.',
    en: 'The comment round is over: the report has been published. The hospital’s accounts read it in the app.',
  },
  'comments.areaUnknown': { sv: 'Det finns inget område {area} (områdena är A–H).', en: 'There is no area {area} (the areas are A–H).' },
  'comments.submitted': {
    sv: 'Dina kommentarer är inskickade och kan inte längre ändras. Skriv till granskarna om du vill lägga till något.',
    en: 'Your comments have been submitted and can no longer change. Write to the inspectors if you want to add something.',
  },
  'comments.deadlinePassed': {
    sv: 'Sista dagen för kommentarer var {deadline}; kommentarer kan inte längre skrivas. Be granskarna om mer tid: de kan förlänga den.',
    en: 'The deadline for comments was {deadline}; comments can no longer be written. Ask the inspectors if you need more time: they can extend it.',
  },

  // A hospital's targets
  'targets.rejected': {
    sv: 'Målen har fel ({count}); ingenting sparades. Rätta dem och spara igen.',
    en: 'The targets have problems ({count}); nothing was saved. Fix them and save again.',
  },
  'targets.key.duplicate': { sv: '"{key}" används av ett annat mål i uppsättningen.', en: '"{key}" is used by another target of the set.' },
  'targets.threshold.notForYes': { sv: 'Ett ja-mål har inget gränsvärde: lämna fältet tomt.', en: 'A yes target has no threshold: leave it empty.' },
  'targets.threshold.needed': { sv: 'Ange ett gränsvärde för {comparison}.', en: 'Give a threshold for {comparison}.' },
  'targets.item.unknown': {
    sv: '"{item}" är inget påstående eller numerisk fråga i granskningsenkäten.',
    en: '"{item}" is not a statement or numeric item of the review survey.',
  },
  'targets.role.notAnswering': {
    sv: 'Rollen besvarar inte "{item}" (den besvaras av {roles}).',
    en: 'This role does not answer "{item}" (answered by {roles}).',
  },
  'targets.comparison.statement': {
    sv: 'Ett påstående mäts med ja: om de svarande instämmer, inte med ett tal.',
    en: 'A statement is measured with yes: whether people agree, not with a number.',
  },
  'targets.comparison.numeric': {
    sv: 'En numerisk fråga jämförs med ett gränsvärde: välj ≥, ≤ eller =.',
    en: 'A numeric item is compared with a threshold: choose ≥, ≤ or =.',
  },
  'targets.threshold.range': {
    sv: 'Gränsvärdet ska ligga mellan {min} och {max}, svarens intervall för "{item}".',
    en: 'The threshold must be between {min} and {max}, the answers’ range for "{item}".',
  },

  // Answering a survey
  'respond.linkInvalid': {
    sv: 'Enkätlänken gäller inte. Kontrollera att hela länken från mejlet användes.',
    en: 'This survey link is not valid. Check that the whole link from the mail was used.',
  },
  'respond.alreadyAnswered': {
    sv: 'Du har redan besvarat enkäten; dina svar är sparade.',
    en: 'You have already answered this survey; your answers are saved.',
  },
  'respond.closed': { sv: 'Enkäten är stängd och tar inte längre emot svar.', en: 'This survey is closed and no longer takes answers.' },
  'respond.notOpen': { sv: 'Enkäten har inte öppnat än.', en: 'This survey has not opened yet.' },
  'respond.alreadySubmitted': {
    sv: 'Dina svar är redan inskickade; ändra dem och skicka in igen.',
    en: 'Your answers are already submitted; change them and submit again.',
  },
  'respond.unknownQuestions': {
    sv: 'Utkastet har svar på frågor som enkäten inte har.',
    en: 'The draft contains answers to questions this survey does not have.',
  },
  'respond.needsAttention': {
    sv: 'Några svar behöver ses över ({count}); ingenting skickades in.',
    en: 'Some answers need attention ({count}); nothing was submitted.',
  },
  'answer.unknownQuestion': { sv: 'Det här är ingen fråga i enkäten.', en: 'This is not a question of this survey.' },
  'answer.notAnOption': { sv: 'Svaret är inte ett av svarsalternativen.', en: 'The answer is not one of the answer options.' },
  'answer.wholeNumber': { sv: 'Ange ett heltal från {min} till {max}.', en: 'Enter a whole number from {min} to {max}.' },
  'answer.stepNumber': { sv: 'Ange ett tal från {min} till {max} i steg om {step}.', en: 'Enter a number from {min} to {max} in steps of {step}.' },
  'answer.notText': { sv: 'Svaret ska vara text.', en: 'The answer must be text.' },
  'answer.required': { sv: 'Frågan behöver besvaras.', en: 'This question needs an answer.' },
  'answer.surveyRule': { sv: 'Svaret behöver ses över ({message}).', en: 'The answer needs attention ({message}).' },

  // Invitations and reminders
  'invitations.reviewDraft': {
    sv: 'Inbjudningar skickas medan granskningen är öppen; den är ännu ett utkast. Öppna den först.',
    en: 'Invitations can only be sent while the review is open; it is still a draft. Open it first.',
  },
  'invitations.reviewClosed': {
    sv: 'Granskningen är avslutad; inga fler inbjudningar kan skickas.',
    en: 'The review is closed; no more invitations can be sent.',
  },
  'reminder.reviewClosed': { sv: 'Enkäten är stängd; inga fler påminnelser.', en: 'The survey is closed; no more reminders.' },
  'reminder.notOpen': {
    sv: 'Öppna enkäten och skicka inbjudningarna innan du schemalägger påminnelser.',
    en: 'Open the survey and send the invitations before scheduling reminders.',
  },
  'reminder.cannotCancel': {
    sv: 'Bara en schemalagd påminnelse som inte har gått ut kan avbrytas.',
    en: 'Only a scheduled reminder that has not run can be cancelled.',
  },

  // Surveys
  'survey.notFound': { sv: 'Det finns ingen enkät "{key}".', en: 'There is no survey "{key}".' },
  'survey.versionNotFound': { sv: 'Enkäten "{key}" har ingen version {version}.', en: 'Survey "{key}" has no version {version}.' },
  'survey.noFormForRole': {
    sv: 'Enkäten "{key}" har inget formulär för rollen "{role}" (den har: {roles}).',
    en: 'Survey "{key}" has no form for the role "{role}" (it has: {roles}).',
  },

  // The site visit, its checklist and the action plan
  'actionPlan.notStarted': { sv: 'Åtgärdsplanen börjar när rapporten publiceras.', en: 'The action plan starts when the report is published.' },
  'actionPlan.submittedPlanning': {
    sv: 'Åtgärdsplanen är inskickad; nu kan bara status och uppföljningsanteckningar ändras.',
    en: 'The action plan has been submitted; only status and follow-up notes change now.',
  },
  'actionPlan.actionNotFound': { sv: 'Åtgärdsplanen har ingen sådan åtgärd.', en: 'This action plan has no such action.' },
  'actionPlan.alreadySubmitted': { sv: 'Åtgärdsplanen är redan inskickad.', en: 'The action plan has already been submitted.' },
  'actionPlan.incomplete': {
    sv: 'Varje rekommendation behöver en åtgärd, någon ansvarig och ett datum.',
    en: 'Every recommendation needs an action, someone responsible and a date.',
  },
  'actionPlan.missingAction': { sv: '"{recommendation}" saknar åtgärd.', en: '"{recommendation}" has no action.' },
  'actionPlan.missingResponsible': { sv: '"{recommendation}" saknar ansvarig.', en: '"{recommendation}" has no one responsible.' },
  'actionPlan.missingDate': { sv: '"{recommendation}" saknar datum.', en: '"{recommendation}" has no date.' },
  'visit.planInvalid': { sv: 'Besöksplanen har fel; rätta dem och spara igen.', en: 'The visit plan has mistakes; fix them and save again.' },
  'visit.endsBeforeStart': { sv: 'Besöket slutar innan det börjar.', en: 'The visit ends before it starts.' },
  'visit.sessionOutside': { sv: 'Passet ligger utanför besökets datum.', en: 'The session is outside the visit’s dates.' },
  'visit.sessionEndsBeforeStart': { sv: 'Passet slutar innan det börjar.', en: 'The session ends before it starts.' },
  'visit.interviewRole': { sv: 'Ange vilken roll intervjun är med.', en: 'Say which role the interview is with.' },
  'visit.noteFuture': {
    sv: 'Anteckningen är tidsstämplad mer än ett dygn framåt: kontrollera klockan i datorn eller telefonen.',
    en: 'The note is stamped more than a day ahead: check the device’s clock.',
  },
  'visit.noteOtherReview': { sv: 'Anteckningens id hör till en annan granskning.', en: 'This note id belongs to another review.' },
  'visit.noteDeleted': { sv: 'Anteckningen har tagits bort.', en: 'This note has been deleted.' },
  'checklist.pointUnknown': { sv: 'Checklistan har ingen punkt {point}.', en: 'The checklist has no point {point}.' },

  // The hospital-level review
  'hospitalReview.notFound': { sv: 'Granskningen på sjukhusnivå finns inte.', en: 'There is no such hospital-level review.' },
  'hospitalReview.closed': {
    sv: 'Granskningen är avslutad: profilen och intervjulistan ändras inte längre.',
    en: 'The review is closed: its profile and list of interviews no longer change.',
  },
  'hospitalReview.closeOnlyDraft': { sv: 'Granskningen är redan avslutad.', en: 'The review is already closed.' },
  'hospitalReview.stDoctorsOverDoctors': {
    sv: 'ST-läkarna ({stDoctors}) kan inte vara fler än läkarna ({doctors}).',
    en: 'There cannot be more ST doctors ({stDoctors}) than doctors ({doctors}).',
  },
  'hospitalReview.dutyUnknown': { sv: 'Vårdgivarens checklista har ingen punkt {duty}.', en: 'The provider’s checklist has no duty {duty}.' },
  'hospitalReview.functionUnknown': { sv: 'Granskningen har ingen intervjugrupp {function}.', en: 'The review has no interviewed function {function}.' },
  'hospitalReview.functionExists': { sv: 'Intervjugruppen {label} finns redan.', en: 'The function {label} is already listed.' },
  'hospitalReview.areasNotGraded': {
    sv: 'En granskning på sjukhusnivå bedöms inte A–D per område; skriv ett utlåtande per punkt.',
    en: 'A hospital-level review is not graded A–D per area; write a finding per duty.',
  },
  'hospitalReview.dutyNotJudged': { sv: 'Punkt {duty} är inte bedömd i checklistan.', en: 'Duty {duty} is not judged in the checklist.' },
  'hospitalReview.findingMissing': { sv: 'Punkt {duty} saknar utlåtande.', en: 'Duty {duty} has no finding.' },
  'hospitalReview.notPublished': { sv: 'Rapporten är inte publicerad ännu.', en: 'The report has not been published yet.' },

  // The national pool's imports
  'pool.choicesInvalid': {
    sv: 'Några val av sjukhuskoder kan inte användas; ingenting lästes in.',
    en: 'Some hospital code choices cannot be used; nothing was read.',
  },
  'pool.map.format': { sv: '"{entry}" har inte formen FILKOD:REGISTERKOD.', en: '"{entry}" is not FILECODE:REGISTERCODE.' },
  'pool.map.unknownTarget': {
    sv: '"{entry}": registret har inget sjukhus med koden {code}.',
    en: '"{entry}": the register has no hospital with the code {code}.',
  },
  'pool.keep.notCode': { sv: '"{entry}" är ingen sjukhuskod.', en: '"{entry}" is not a hospital code.' },
  'pool.alreadyImported': {
    sv: 'Filen har redan lästs in (inläsning {batch}); den räknas inte två gånger.',
    en: 'This file has been imported already (batch {batch}); it is not counted twice.',
  },
  'pool.importInProgress': {
    sv: 'Samma fil läses in just nu av en annan begäran; den räknas inte två gånger.',
    en: 'This file is being imported at the same moment by another request; it is not counted twice.',
  },
  'pool.importNotFound': { sv: 'Inläsningen finns inte.', en: 'There is no such import.' },
  'pool.alreadyWithdrawn': { sv: 'Inläsningen är redan tillbakadragen.', en: 'This import has been withdrawn already.' },
  'pool.notDone': {
    sv: 'Bara en färdig inläsning kan dras tillbaka; den här är inte klar (den pågår eller misslyckades).',
    en: 'Only a completed import can be withdrawn; this one is not (it is running or it failed).',
  },
  'pool.tooManyRows': {
    sv: 'Filen har fler än {limit} rader, mer än en inläsning tar. Dela upp den, till exempel per år, och läs in delarna en i taget.',
    en: 'The file has more than {limit} rows, more than one import takes. Split it, for example by year, and import the parts one by one.',
  },
  'pool.cellTooLong': {
    sv: 'Rad {line}, kolumn {column}: cellen har {length} tecken; en poolfils celler har högst {limit}. Kontrollera att det är rätt fil.',
    en: "Line {line}, column {column}: the cell holds {length} characters; a pool file's cells hold at most {limit}. Check that this is the right file.",
  },

  // Demo data
  'demo.notEmpty': {
    sv: 'Demodata kan bara läsas in i en installation utan granskningar.',
    en: 'Demo data can only be loaded into an install without reviews.',
  },
  'demo.alreadyLoaded': { sv: 'Demodata är redan inläst.', en: 'The demo data is loaded already.' },

  // Organisations and the yearly study-director report
  'organisation.notFound': { sv: 'Organisationen finns inte.', en: 'There is no such organisation.' },
  'organisation.nameTaken': { sv: 'Det finns redan en organisation som heter "{name}".', en: 'An organisation named "{name}" already exists.' },
  'organisation.hospitalTaken': {
    sv: '{hospital} hör redan till organisationen {organisation}. Ett sjukhus kan höra till en organisation.',
    en: '{hospital} already belongs to the organisation {organisation}. A hospital can belong to one organisation.',
  },
  'organisation.hospitalUnknown': { sv: 'Ett av sjukhusen finns inte.', en: 'One of the hospitals does not exist.' },
  'annual.notFound': { sv: 'Årsrapporten finns inte.', en: 'There is no such annual report.' },
  'annual.yearTaken': {
    sv: 'Organisationen har redan en årsrapport för {year}.',
    en: 'The organisation already has an annual report for {year}.',
  },
  'annual.noClinics': {
    sv: 'Organisationens sjukhus har inga kliniker att fråga. Lägg till enheter först.',
    en: 'The organisation’s hospitals have no clinics to ask. Add units first.',
  },
  'annual.noGoals': {
    sv: 'Organisationen har inga mål för {year}. Spara en måluppsättning först.',
    en: 'The organisation has no goals for {year}. Save a goal set first.',
  },
  'annual.notClosed': {
    sv: 'Årsrapporten är inte stängd än: siffrorna räknas när den stängs.',
    en: 'The annual report is not closed yet: its figures are computed when it closes.',
  },
  'annual.notPublished': { sv: 'Årsrapporten är inte publicerad.', en: 'The annual report has not been published.' },
  'annual.status': {
    sv: 'Årsrapporten är {status}; det går inte att {action} nu.',
    en: 'The annual report is {status}; it cannot {action} now.',
  },
  'annual.respondent.unit': {
    sv: 'Kliniken hör inte till årsrapporten.',
    en: 'The clinic is not part of the annual report.',
  },
  'annual.respondent.taken': {
    sv: 'Kliniken har redan en studierektor i årsrapporten.',
    en: 'The clinic already has a study director in the annual report.',
  },
  'goals.rejected': {
    sv: 'Målen har fel ({count}); ingenting sparades. Rätta dem och spara igen.',
    en: 'The goals have problems ({count}); nothing was saved. Fix them and save again.',
  },
  'goals.yearLocked': {
    sv: 'Årsrapporten för {year} är redan stängd och bedömd med de mål som gällde då. Spara målen från {next} eller senare.',
    en: 'The annual report for {year} is already closed and judged by the goals that applied then. Save the goals from {next} on.',
  },
  'goals.key.duplicate': { sv: '"{key}" används av ett annat mål i uppsättningen.', en: '"{key}" is used by another goal of the set.' },
  'goals.measure.unknown': { sv: '"{measure}" är inget mått i årsrapportens enkät.', en: '"{measure}" is not a measure of the annual survey.' },
  'goals.comparison.yesNo': {
    sv: 'Måttet är ett ja eller nej: jämför med "ja" utan gränsvärde.',
    en: 'The measure is a yes or no: compare with "yes" and no threshold.',
  },
  'goals.comparison.number': { sv: 'Måttet är ett tal: jämför med ett gränsvärde.', en: 'The measure is a number: compare it with a threshold.' },
  'history.rejected': {
    sv: 'Filen har fel ({count}); ingenting importerades. Rätta raderna och importera igen.',
    en: 'The file has problems ({count}); nothing was imported. Fix the rows and import again.',
  },
  'history.row.goal': { sv: '"{goal}" är inget mål i organisationens måluppsättningar.', en: '"{goal}" is not a goal of the organisation’s goal sets.' },
  'history.row.year': { sv: 'Året ska vara ett årtal mellan 2000 och 2100.', en: 'The year must be between 2000 and 2100.' },
  'history.row.share': { sv: 'Andelen ska vara ett tal mellan 0 och 100 (procent).', en: 'The share must be a number from 0 to 100 (per cent).' },
  'history.row.n': { sv: 'n ska vara ett heltal, minst 1.', en: 'n must be a whole number, at least 1.' },
  'history.row.threshold': { sv: 'Gränsvärdet ska vara ett tal, minst 0, eller tomt.', en: 'The threshold must be a number, at least 0, or empty.' },
  'history.row.duplicate': { sv: 'Målet och året finns redan på rad {line}.', en: 'The goal and year are already on line {line}.' },
  'history.columns': {
    sv: 'Filen saknar kolumnerna {columns}. Första raden ska ha: goal, year, share, n (och gärna threshold).',
    en: 'The file lacks the columns {columns}. The first row must have: goal, year, share, n (and threshold if known).',
  },

  // The national mapping of leadership training (issue 21)
  'mapping.notFound': { sv: 'Kartläggningsomgången finns inte.', en: 'There is no such mapping round.' },
  'mapping.yearTaken': { sv: 'Det finns redan en kartläggning för {year}.', en: 'There is already a mapping for {year}.' },
  'mapping.status': {
    sv: 'Kartläggningen är {status}; det går inte att {action} nu.',
    en: 'The mapping is {status}; it cannot {action} now.',
  },
  'mapping.published': {
    sv: 'Kartläggningen är publicerad; beslut och källor kan inte ändras längre.',
    en: 'The mapping is published; decisions and sources can no longer change.',
  },
  'mapping.notPublished': {
    sv: 'Kartläggningen är inte publicerad än.',
    en: 'The mapping has not been published yet.',
  },
  'mapping.undecided': {
    sv: '{count} regioner saknar beslut om kategori. Besluta alla regioner (och alla konflikter) innan kartläggningen publiceras.',
    en: '{count} regions have no decided category. Decide every region (and every conflict) before publishing the mapping.',
  },
  'mapping.region.unknown': { sv: 'Regionen {region} finns inte.', en: 'There is no region {region}.' },
  'mapping.branch.unknown': { sv: 'Lokalavdelningen finns inte.', en: 'There is no such local branch.' },
  'mapping.branch.region': {
    sv: 'Lokalavdelningen hör till en annan region än den angivna.',
    en: 'The local branch belongs to another region than the one given.',
  },
  'mapping.branch.nameTaken': { sv: 'Det finns redan en lokalavdelning som heter "{name}".', en: 'A local branch named "{name}" already exists.' },
  'mapping.source.taken': {
    sv: 'Källan finns redan i omgången (en lokalavdelning svarar en gång, en region har en övergripande studierektor).',
    en: 'The source is already in the round (a branch answers once, a region has one overarching study director).',
  },
  'mapping.source.branchNeeded': {
    sv: 'En lokalavdelning som källa behöver lokalavdelningens id; en studierektor ska inte ha något.',
    en: 'A branch as source needs the branch’s id; a study director must have none.',
  },
  'mapping.source.emailTaken': { sv: 'E-postadressen {email} finns redan i omgången.', en: 'The address {email} is already in the round.' },
  'mapping.categories.empty': { sv: 'Välj minst en kategori.', en: 'Choose at least one category.' },
  'mapping.categories.unknown': { sv: 'Okänd kategori.', en: 'Unknown category.' },
  'mapping.categories.repeated': { sv: 'En kategori är vald två gånger.', en: 'A category is chosen twice.' },
  'mapping.categories.nothingWithOthers': {
    sv: '"Inget" kan inte väljas tillsammans med en annan kategori.',
    en: '"Nothing" cannot be chosen together with another category.',
  },
  'mapping.sources.rejected': {
    sv: 'Källorna har fel ({count}); ingen lades till. Rätta dem och försök igen.',
    en: 'The sources have problems ({count}); none was added. Fix them and try again.',
  },
  'mapping.decision.rejected': { sv: 'Beslutet har fel; ingenting sparades.', en: 'The decision has problems; nothing was saved.' },
  'mapping.decision.noteNeeded': {
    sv: 'Källorna är oeniga om regionen: skriv en kommentar som förklarar beslutet.',
    en: 'The sources disagree about the region: write a note that explains the decision.',
  },
} as const satisfies Record<string, Texts>;

export type ProblemCode = keyof typeof PROBLEM_TEXTS;
export type ProblemParams = Record<string, string | number>;

/** The `{name}`s of a text, read by the compiler from the catalogue's literal strings. */
type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The parameters a code's texts use (in either language). */
export type ParamsOf<Code extends ProblemCode> = Placeholders<(typeof PROBLEM_TEXTS)[Code][ProblemLanguage]>;

/**
 * A code with every value its texts use: `{ code: 'user.emailTaken', params: { email } }`. The
 * compiler refuses an unknown code, a missing parameter or one the texts do not use.
 */
export type CodedProblem = {
  [Code in ProblemCode]: [ParamsOf<Code>] extends [never]
    ? { code: Code; params?: Record<string, never> }
    : { code: Code; params: Record<ParamsOf<Code>, string | number> };
}[ProblemCode];

export const PROBLEM_CODES = Object.keys(PROBLEM_TEXTS) as ProblemCode[];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEM_TEXTS, value);
}

/** The text of a code in a language, its `{name}`s filled from params (a missing one is left out, not shown as a placeholder). */
export function problemText(code: ProblemCode, params: ProblemParams | undefined, language: ProblemLanguage): string {
  return PROBLEM_TEXTS[code][language].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    return value === undefined ? '' : paramText(value, language);
  });
}

/** A parameter as its language writes it: a decimal comma in Swedish ("i steg om 0,5"); no digit grouping, so a line or a year reads as itself. */
export function paramText(value: string | number, language: ProblemLanguage): string {
  return typeof value === 'number' && language === 'sv' ? String(value).replace('.', ',') : String(value);
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
