/**
 * Names and places found by where they stand in a letter's sentence, not by a list (issue 14, out-of-domain texts).
 * A person can be named with ordinary English words ("Hunter Rivers", "Grace Bell") and a practice or town too
 * ("Goose Creek", "Blue Heron Bakery"): no dictionary test tells them apart from prose, but the slot they fill does.
 * Each rule names its slot:
 * - the person a clinical sentence is about: before an age ("X Y, a 34-year-old", "X Y is a pleasant 72 year old"),
 *   after a verb of seeing or speaking ("seeing X Y", "spoke with X Y"), as the subject of a verb that takes a patient
 *   ("X Y presented", "X Y missed"), or joined by "and" to a name already found ("Jack Smith and Olivia Trent");
 * - the place a person comes from ("a 67 yo man from Goose Creek");
 * - the value of a form field that holds a place ("Pharmacy:", "Employer:", "School:", "Clinic:");
 * - a street named without its number ("on Elm Street");
 * and `completeOrganisations` grows a found place or name over the capitalised words up to an organisation head
 * ("Ashcombe Breast Unit", "Blue Heron Bakery", "Kingfisher Cardiology Associates").
 * The words in a slot must still have a name's shape: title case in mixed-case text, and none of them a clinical term,
 * eponym, function word, month, role or department word.
 */
import { caseMode, type CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { DEPARTMENT_WORDS, LABELS, NOT_PROPER } from './letters.js';
import type { PhiSpan, PushSpan as Push } from './types.js';


// Words that fill a name's slot without being a name: function words, titles, roles, departments, calendar words.
const NOT_PERSON = new Set(('the a an and or but of in on at to for with from by as is was were be has had have this that these those his her ' +
  'their its our your my no not yes if then when where while after before during since until per via pt patient patients client resident ' +
  'mr mrs ms mx dr drs miss master prof doctor nurse son daughter wife husband mother father sister brother friend family partner carer ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
  'today yesterday tomorrow morning afternoon evening night week month year day hospital clinic practice surgery ward unit team service department ' +
  'social work care health medical general internal emergency primary urgent community mental public occupational physical speech home ' +
  'nursing staff colleague colleagues sir madam all everyone there here he she they we you i it who which what please thanks thank dear ' +
  'referral letter note report summary discharge admission follow up new old left right both bilateral acute chronic mild severe ' +
  'north south east west central upper lower').split(' '));
// Heads that end an organisation's name; the capitalised words before them belong to it.
const ORG_HEAD = '(?:Practice|Doctors|Surgery|Pediatrics|Paediatrics|Associates|Group|Partners|Partnership|Health|Healthcare|Medical|Clinic|Centre|Center|Unit|' +
  'Pharmacy|Hospice|Hospital|Infirmary|Lodge|Manor|Imaging|Laboratories|Labs|Dental|Physiotherapy|Institute|Foundation|Trust|' +
  'Bakery|Logistics|Storage|Foods|Services|School|Academy|College|Church|Library|Company|Inc\\.?|Ltd\\.?|LLC)';
/** An alternation of lowercase cue words that also matches each with a capital first letter (at a sentence start). */
function firstAnyCase(alternatives: string): string {
  return `(?:${alternatives.split('|').map((a) => `[${a[0]}${a[0]!.toUpperCase()}]${a.slice(1)}`).join('|')})`;
}
const TITLE_WORD = "[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?";
const PAIR = `${TITLE_WORD}(?:[ \\t]+[A-Z]\\.?)?[ \\t]+${TITLE_WORD}`;

// A name before an age: "X Y, a 34-year-old", "X Y is a pleasant 72 year old", "Surname, Given, 45-year-old", "X Y, aged 45".
const BEFORE_AGE = new RegExp(`(?<![\\w'\u2019-])(${PAIR}|${TITLE_WORD},[ \\t]+${TITLE_WORD})(?=,?[ \\t]+(?:(?:is|was)[ \\t]+)?(?:an?[ \\t]+)?(?:[a-z]+[ \\t]+){0,2}\\d{1,3}[- ]?(?:years?[- ]old|year|yr|y\\.?o\\b|y\\/o|months?[- ]old)|,[ \\t]+aged?[ \\t]+\\d)`, 'g');
const GIVEN_BEFORE_AGE = new RegExp(`(?<![\\w'\u2019-])(${TITLE_WORD})(?=,[ \\t]+(?:an?[ \\t]+)?(?:aged?[ \\t]+\\d|\\d{1,3}[- ]?(?:years?[- ]old|year|yr|y\\.?o\\b|y\\/o|months?[- ]old)))`, 'g');
// The object of a verb of seeing, reviewing or speaking: "Thank you for seeing X Y", "I spoke with X Y".
const AFTER_VERB = new RegExp(`\\b${firstAnyCase('seeing|saw|seen|see|reviewed|reviewing|examined|assessed|met|visited|phoned|called|rang|spoke[ \\t]+(?:with|to)|' +
  'referring|referral[ \\t]+of|referred|discharged|admitted|booked|rebooked|treated')}[ \\t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Master)\\.?[ \\t]+)?(${PAIR})(?![\\w'\u2019-])`, 'g');
// The writer or sender of a record: "Forwarded by X Y", "Electronically signed by X Y".
const BY_WRITER = new RegExp(`\\b${firstAnyCase('forwarded|sent|written|dictated|typed|approved|authored|signed|completed|prepared|verified|transcribed|entered|' +
  'documented|reported|cosigned|co-signed|countersigned')}[ \\t]+by[ \\t]+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?[ \\t]+)?(${PAIR})(?![\\w'\u2019-])`, 'g');
// A record header in the inverted form, at a line start or after a label: "MORGAN, Rain R.", "WELLS, BRANDON J  DOB ...".
const INVERTED = /(?:^|\n|:[ \t]*)[ \t]*([A-Z][A-Z'\u2019-]+|[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?),[ \t]{1,2}([A-Z][a-z'\u2019]+|[A-Z]{2,})(?:[ \t]{1,2}([A-Z])\.?(?![\w]))?(?=[ \t]*(?:$|\n|\(|,|;|[ \t]{2}|[ \t](?:DOB|MRN|NHS|is|was|born|aged?|\d)))/g;
// The subject of a verb that takes a patient, at the start of a sentence or line.
const SUBJECT = new RegExp(`(?:^|\\n|[.!?][ \\t]+)[ \\t]*(${PAIR})(?=[ \\t]+(?:presents|presented|attended|attends|missed|no-showed|came|comes|rang|called|` +
  `reports|reported|complains|complained|denies|denied|underwent|declined|agreed|lives|works|returned|returns|was[ \\t]+(?:seen|reviewed|admitted|discharged|referred))\\b)`, 'g');
// A second person joined to a found name: "Jack Smith and Olivia Trent".
const AND_NAME = new RegExp(`^[ \\t]+(?:and|&)[ \\t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\t]+)?(${PAIR})(?![\\w'\u2019-])`);

// The place a person comes from: "a 67 yo man from Goose Creek", "a farmer from Little Hadham".
const PERSON_FROM = new RegExp(`\\b(?:man|woman|lady|gentleman|boy|girl|male|female|patient|pt|resident|native|farmer|teacher|student|worker|` +
  `retiree|mother|father|child|infant|toddler|family)[ \\t]+(?:from|of)[ \\t]+(${TITLE_WORD}(?:[ \\t]+${TITLE_WORD}){0,2})(?![\\w'\u2019-])`, 'g');
// A form field that holds a place: its value up to a comma, bracket, bar, semicolon or the end of the line.
const PLACE_FIELD = /(?:^|\n|[|;][ \t]*)[ \t]*(?:(?:preferred[ \t]+|community[ \t]+)?pharmacy|employer|place[ \t]+of[ \t]+work|workplace|school|college|clinic|practice|gp[ \t]+practice|surgery|facility|(?:referring|receiving|transferring|sending)[ \t]+(?:facility|hospital|practice|clinic)|hospital|care[ \t]+home|nursing[ \t]+home|residence|agency)[ \t]*:[ \t]*([A-Z][^\n,;|(]{1,60})/gi;
// Where a field's value ends inside the captured run (a line end, comma, semicolon, bar or bracket end it already):
// at a sentence end, a full stop, "!" or "?" before a space ("Employer: Hartwell Logistics. Smokes 10/day"), or at the
// next field's label ("Hartwell Logistics Occupation: driver"). A full stop stays inside a name after a prefix
// abbreviation or an initial when a capital follows ("St. Mary's", "Mt. Pleasant", "J. R. Simplot"), and after a company
// suffix when another suffix follows ("Brandt & Co. Ltd."): the usual abbreviations of English place and company names.
const PREFIX_ABBREVIATION = /(?:^|[ \t])(?:St|Ste|Mt|Ft|[A-Z])$/;
const COMPANY_SUFFIX = /(?:^|[ \t])(?:Co|Cos|Corp|Inc|Ltd|Bros|Pty|Plc)$/i;
const NEXT_SUFFIX = /^[ \t]+(?:Co|Corp|Inc|Ltd|Limited|LLC|LLP|Plc|Pty)(?![A-Za-z])/i;
const NEXT_LABEL = /[ \t]+[A-Z][A-Za-z]*(?:[ \t]+[a-z]+)?[ \t]*:/;
const SENTENCE_STOP = /[.!?](?=[ \t]|$)/g;

/** The length of a field's value at the start of `run`: up to a sentence end or the next label (see above). */
export function fieldValueEnd(run: string): number {
  const label = NEXT_LABEL.exec(run);
  const end = label ? label.index : run.length;
  SENTENCE_STOP.lastIndex = 0;
  for (let m = SENTENCE_STOP.exec(run); m !== null && m.index < end; m = SENTENCE_STOP.exec(run)) {
    const before = run.slice(0, m.index);
    const after = run.slice(m.index + 1);
    if (m[0] === '.' && PREFIX_ABBREVIATION.test(before) && /^[ \t]+[A-Z]/.test(after)) continue;
    if (m[0] === '.' && COMPANY_SUFFIX.test(before) && NEXT_SUFFIX.test(after)) continue;
    return m.index;
  }
  return end;
}
// A street named by its street word alone; the ambiguous street words (Close, Drive, Way, Place, Court) need a word no dictionary holds.
// In a place field, any facility word ends the name, Rehab and Therapy too ("Clinic: Summit Sports Rehab").
const FIELD_HEAD_END = new RegExp(`[ \\t](?:${ORG_HEAD}|Rehab|Rehabilitation|Therapy|Physio|Medicine|Care|Home)$`);
// Field values that are a status, or a generic part of any site, not a place's name.
const FIELD_STATUS = /^(?:Self-employed|Retired|Unemployed|None|Unknown|Student|Homeschooled|Declined|Pending|Various|Other|Same|Yes|No|Main|Campus|Building|Site|Annex|Wing|Floor|Level|Block|Room|Bay|Bed|Home|Inpatient|Outpatient|Here|Above|Below|See)$/i;
const STREET = /(?<![\w'\u2019-])((?:[A-Z][a-z'\u2019]+[ \t]+){1,2})(Street|Road|Avenue|Lane|Boulevard|Crescent|Terrace|Parkway|Gardens|Mews|Close|Drive|Way|Place|Court)(?![\w'\u2019-])/g;
// The street word alone, tested first: the scan's lookbehind costs time at every capital of every note (speed).
const STREET_HINT = /(?:Street|Road|Avenue|Lane|Boulevard|Crescent|Terrace|Parkway|Gardens|Mews|Close|Drive|Way|Place|Court)(?![\w'\u2019-])/;
const AMBIGUOUS_STREET = new Set(['Close', 'Drive', 'Way', 'Place', 'Court']);

function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) fn(m);
}

const wordsOf = (s: string): string[] => s.split(/[ \t,]+/).filter(Boolean);

/** A word that may be part of a person's or place's name in a name slot. */
function slotWord(w: string, lex: Lexicon): boolean {
  if (/^[A-Z]\.?$/.test(w)) return true;
  const low = w.toLowerCase().replace(/['\u2019]s$/, '');
  if (NOT_PERSON.has(low) || low.length < 2) return false;
  const listed = lex.firstNames.has(low) || lex.surnames.has(low);
  // A clinical term or eponym names no one unless a name list holds it and it is no English word (Foley stays out).
  if ((lex.clinical.has(low) || lex.eponyms.has(low)) && !(listed && !lex.common.has(low))) return false;
  return low.split('-').every((p) => !lex.clinical.has(p) || listed);
}

/** A word a name list holds, or no dictionary: what an all-capitals word beside a found name must be to join it. */
function nameLike(low: string, lex: Lexicon): boolean {
  if (NOT_PERSON.has(low) || LABELS.has(low) || lex.clinical.has(low) || CLINICAL_SHAPE.test(low)) return false;
  return lex.firstNames.has(low) || lex.surnames.has(low) || lex.contextGiven.has(low) || !lex.common.has(low);
}
const allSlotWords = (s: string, lex: Lexicon): boolean => wordsOf(s).every((w) => slotWord(w, lex));

/**
 * A person's words in a slot: all slot words, and the given name (the first word, or the word after the comma of an
 * inverted "Surname, Given") a given name in some list or a word no dictionary holds. English prose fills the same slots
 * with common words ("Chest Pain presented", "reviewed Blood Pressure"), whose first word is no given name.
 */
function personWords(s: string, lex: Lexicon, strongSlot = false): boolean {
  if (!allSlotWords(s, lex)) return false;
  const ws = wordsOf(s);
  const given = (s.includes(',') ? ws[1] : ws[0])?.toLowerCase() ?? '';
  if (lex.firstNames.has(given) || lex.contextGiven.has(given) || (!lex.common.has(given) && !CLINICAL_SHAPE.test(given))) return true;
  // Before an age or after a verb of seeing, a surname from a list is enough ("Hunter Rivers, a 41-year-old").
  return strongSlot && ws.some((w) => lex.surnames.has(w.toLowerCase()) || lex.firstNames.has(w.toLowerCase()));
}
// Clinical word shapes a dictionary may lack (drug stems, procedures, diseases).
const CLINICAL_SHAPE = /(?:itis|emia|osis|ectomy|otomy|ostomy|plasty|gram|graphy|scopy|pril|olol|azole|mycin|cillin|statin|sartan|dipine|ology|tion|sion)$/;
// An organisation or street head after the words makes them a place, not a person.
const ORG_AFTER = new RegExp(`^[ \\t]+(?:[A-Z][a-z]+[ \\t]+)?(?:${ORG_HEAD}|Street|Road|Avenue|Lane)(?![\\w-])`);

/** People by their slot in a sentence: before an age, after a verb of seeing, as a patient's subject. */
function personSlots(text: string, lex: Lexicon, push: Push): void {
  const take = (strong: boolean) => (m: RegExpExecArray): void => {
    const name = m[1] ?? '';
    const start = m.index + m[0].indexOf(name);
    if (!personWords(name, lex, strong) || ORG_AFTER.test(text.slice(start + name.length, start + name.length + 30))) return;
    push(start, start + name.length, 'NAME');
  };
  scan(BEFORE_AGE, text, take(true));
  // A given name alone before an age: "review Willow, aged 6", "Jasper, a 4-year-old" (a list's given name, never a common
  // word that no list holds: "Yesterday, a 40-year-old").
  scan(GIVEN_BEFORE_AGE, text, (m) => {
    const w = m[1] ?? '';
    const low = w.toLowerCase();
    if (!slotWord(w, lex) || !(lex.firstNames.has(low) || lex.contextGiven.has(low))) return;
    push(m.index + m[0].length - w.length, m.index + m[0].length, 'NAME');
  });
  scan(AFTER_VERB, text, take(true));
  scan(SUBJECT, text, take(false));
  scan(BY_WRITER, text, take(true));
  scan(INVERTED, text, (m) => {
    const surname = (m[1] ?? '').toLowerCase();
    const given = (m[2] ?? '').toLowerCase();
    const bad = (w: string): boolean => NOT_PERSON.has(w) || LABELS.has(w) || lex.clinical.has(w) || lex.eponyms.has(w) && !lex.surnames.has(w) || CLINICAL_SHAPE.test(w);
    if (bad(surname) || bad(given) || surname.length < 2) return;
    // An initial after the given name makes the form a person's whatever the words ("MORGAN, Rain R.").
    const givenOk = lex.firstNames.has(given) || lex.contextGiven.has(given) || !lex.common.has(given) || m[3] !== undefined;
    const surnameOk = lex.surnames.has(surname) || lex.firstNames.has(surname) || !lex.common.has(surname);
    if (!givenOk || !(surnameOk || m[3] !== undefined)) return;
    const start = m.index + m[0].indexOf(m[1] ?? '');
    const end = m.index + m[0].length + (text[m.index + m[0].length] === '.' && m[3] !== undefined ? 1 : 0);
    push(start, end, 'NAME');
  });
}

/** Places by their slot: where a person comes from, a place field's value, a street without its number. */
function placeSlots(text: string, lex: Lexicon, push: Push): void {
  scan(PERSON_FROM, text, (m) => {
    const place = m[1] ?? '';
    if (!allSlotWords(place, lex)) return;
    const start = m.index + m[0].length - place.length;
    push(start, start + place.length, 'LOCATION');
  });
  scan(PLACE_FIELD, text, (m) => {
    const raw = (m[1] ?? '').slice(0, fieldValueEnd(m[1] ?? '')).replace(/[ \t.:-]+$/, '').replace(/[ \t]{2,}.*$/, '');
    // A leading "The" belongs to the name but says nothing about it ("Practice: The Old Forge").
    const lead = /^The[ \t]+/.exec(raw)?.[0].length ?? 0;
    const value = raw.slice(lead);
    const ws = wordsOf(value).filter((w) => !/^[&#\d]/.test(w));
    if (!ws.length || ws.length > 6) return;
    // A place names itself with at least one proper word (Walgreens, Summit, Lincoln) or a capitalised word before a head;
    // a clinical value ("Clinic: Dermatology", "Site: Right knee") has none.
    const proper = ws.some((w) => /^[A-Z][A-Za-z'\u2019-]+$/.test(w) && slotWord(w, lex) && w.toLowerCase().split('-').some((p) => !lex.common.has(p) || lex.surnames.has(p) || lex.places.has(p)));
    // Capitalised words before a facility head name a place unless the first is a department's ("Outpatient Pharmacy",
    // "Pain Management Unit" are services of any hospital).
    const first = ws[0]?.toLowerCase() ?? '';
    const headed = FIELD_HEAD_END.test(value) && !NOT_PROPER.has(first) && !DEPARTMENT_WORDS.has(first) && ws.slice(0, -1).some((w) => /^[A-Z]/.test(w) && slotWord(w, lex));
    // The field says the value is a place: title-case words that are no department, role, status or clinical word
    // name one even when each is an English word ("Practice: The Old Forge", "School: Hillside Primary").
    const named = ws.length <= 4 && ws.every((w) => /^[A-Z][a-z'\u2019]+$/.test(w) && slotWord(w, lex) && !NOT_PROPER.has(w.toLowerCase()) &&
      !DEPARTMENT_WORDS.has(w.toLowerCase()) && !FIELD_STATUS.test(w) && !CLINICAL_SHAPE.test(w.toLowerCase()));
    if (!proper && !headed && !named) return;
    if (!headed && ws.some((w) => lex.clinical.has(w.toLowerCase()) && !lex.surnames.has(w.toLowerCase()) && !lex.places.has(w.toLowerCase()))) return;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    push(start + lead, start + lead + value.length, 'LOCATION');
  });
  if (STREET_HINT.test(text)) scan(STREET, text, (m) => {
    const ws = wordsOf(m[1] ?? '');
    const head = m[2] ?? '';
    if (!ws.every((w) => slotWord(w, lex))) return;
    if (AMBIGUOUS_STREET.has(head) && ws.every((w) => lex.common.has(w.toLowerCase()))) return;
    // At a sentence start a capitalised English word before a street word is prose ("Keep Lane closed" is rare; "Main Street" is not).
    push(m.index, m.index + m[0].length, 'LOCATION');
  });
}

// A writer introducing themself after a greeting, in any letter case: "hi its shanice,", "Hello, this is Marta Ruiz".
const SELF_INTRO = /\b(?:hi|hello|hey|morning|evening)[ \t]*,?[ \t]+(?:it['\u2019]?s|it[ \t]is|this[ \t]is|my[ \t]name[ \t]is)[ \t]+([A-Za-z][a-z'\u2019-]{2,})(?:[ \t]+([A-Za-z][a-z'\u2019-]+))?/dgi;

/** The writer's own name after a greeting: a list's given name or a word no dictionary holds, and a surname after it. */
function selfIntroductions(text: string, lex: Lexicon, push: Push): void {
  scan(SELF_INTRO, text, (m) => {
    const first = m[1] ?? '';
    const low = first.toLowerCase();
    if (NOT_PERSON.has(low) || lex.clinical.has(low) || !(lex.firstNames.has(low) || lex.contextGiven.has(low) || (!lex.common.has(low) && !CLINICAL_SHAPE.test(low)))) return;
    if (/^(?:okay|ok|fine|done|urgent|about|back|here|again|just|only|still|not|now)$/.test(low)) return;
    const start = m.indices?.[1]?.[0] ?? m.index;
    const second = (m[2] ?? '').toLowerCase();
    const withSurname = second !== '' && !NOT_PERSON.has(second) && !lex.clinical.has(second) && (lex.surnames.has(second) || (!lex.common.has(second) && !CLINICAL_SHAPE.test(second)));
    const end = withSurname ? m.index + m[0].length : start + first.length;
    push(start, end, 'NAME');
  });
}

/** Push NAME and LOCATION spans found by their slot (mixed-case text only: elsewhere capitals say nothing). */
export function detectSlots(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text)): void {
  selfIntroductions(text, lex, push);
  if (mode !== 'mixed') return;
  personSlots(text, lex, push);
  placeSlots(text, lex, push);
}

// A town before its postcode on an address line: "Hull HU2 8RT", "Danbury, CT 06810" (the state stays out).
const AFFILIATION = new RegExp(`^,?[ \\t]+(?:from|at|of)[ \\t]+(?:the[ \\t]+)?([A-Z]{3,6}|${TITLE_WORD}(?:[ \\t]+${TITLE_WORD}){0,3})(?![\\w'\u2019-])`);
const TOWN_LINE = /^[ \t]*([A-Z][a-z'\u2019]+(?:[ \t-]+[A-Z][a-z'\u2019]+){0,2})[ \t]*(?:,[ \t]*[A-Z]{2})?[ \t]*(?:\n|$)/;
const ADDRESSEE_LINE = new RegExp(`^[ \\t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[ \\t]+)?(${PAIR})[ \\t]*$`);
const TOWN_BEFORE_POSTCODE = /(?:^|[\n,][ \t]*)((?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*[ \t]){0,2}[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*|[A-Z]{3,}(?:[ \t][A-Z]{3,})?),?[ \t]+(?:[A-Z]{2}[ \t]+)?$/;

/**
 * Spans that follow from other spans: a second person joined by "and" to a found name ("Jack Smith and Olivia Trent
 * both missed"), and the town before a found postcode on an address line ("Hull HU2 8RT").
 */
export function detectJoinedNames(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: Push, mode: CaseMode = caseMode(text)): void {
  for (const s of spans) {
    // A five-digit run inside a phone number is no postcode.
    if (s.type !== 'ZIP' || spans.some((o) => o.type !== 'ZIP' && o.start <= s.start && o.end >= s.end)) continue;
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const from = Math.max(lineStart, s.start - 60);
    const m = TOWN_BEFORE_POSTCODE.exec(text.slice(from, s.start));
    const town = m?.[1];
    if (!town || !wordsOf(town).every((w) => (slotWord(w, lex) && !LABELS.has(w.toLowerCase())) || lex.places.has(w.toLowerCase()))) continue;
    // The lead before the town holds no capitals, so the town's first occurrence in the match is the town.
    const start = from + m.index + m[0].indexOf(town);
    push(start, start + town.length, 'LOCATION');
  }
  if (mode !== 'mixed') return;
  for (const s of spans) {
    // The addressee's line right above a street address that starts its line: "Summer Rivers\n12 Oak Road".
    if (s.type === 'LOCATION' && /^\d/.test(text.slice(s.start, s.start + 1)) && text[s.start - 1] === '\n') {
      const prevStart = text.lastIndexOf('\n', s.start - 2) + 1;
      const line = text.slice(prevStart, s.start - 1);
      const m = ADDRESSEE_LINE.exec(line);
      if (m?.[1] && personWords(m[1], lex, true)) push(prevStart + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length), prevStart + m[0].trimEnd().length, 'NAME');
    }
    // The town line under a street address line: "12 Oak Road\nMarket Harborough\nLE16 7AB".
    if (s.type === 'LOCATION' && /^\d/.test(text.slice(s.start, s.start + 1)) && /^[ \t,]*\n/.test(text.slice(s.end, s.end + 4))) {
      const lineAt = text.indexOf('\n', s.end) + 1;
      const t = TOWN_LINE.exec(text.slice(lineAt, lineAt + 60));
      // A town is named by a proper word or a place list's; a closing or greeting line is all English words.
      const town = t?.[1] ?? '';
      const townWords = wordsOf(town.replace(/-/g, ' '));
      const named = townWords.some((w) => !lex.common.has(w.toLowerCase()) || lex.places.has(w.toLowerCase()) || lex.surnames.has(w.toLowerCase()));
      if (t?.[1] && named && !/^(?:Yours|Kind|Best|Warm|Many|With|Dear|Regards|Sincerely|Thanks|Thank|Cheers)\b/i.test(town) && townWords.every((w) => (slotWord(w, lex) && !LABELS.has(w.toLowerCase())) || lex.places.has(w.toLowerCase()))) {
        const start = lineAt + t[0].indexOf(t[1]);
        push(start, start + t[1].length, 'LOCATION');
      }
    }
    if (s.type !== 'NAME') continue;
    // A person's institution after them: "Dr. Akira Mabrouk from MUSC", "X from Beth Israel who agrees".
    const aff = AFFILIATION.exec(text.slice(s.end, s.end + 60));
    // Title-case words must hold one a dictionary lacks or a name or place list holds ("at the Front Desk" is no place).
    const affProper = (w: string): boolean => /^[A-Z]{3,6}$/.test(w) || !lex.common.has(w.toLowerCase()) || lex.surnames.has(w.toLowerCase()) || lex.places.has(w.toLowerCase()) || lex.firstNames.has(w.toLowerCase());
    if (aff?.[1] && wordsOf(aff[1]).some(affProper) && wordsOf(aff[1]).every((w) => /^[A-Z]{3,6}$/.test(w) ? !lex.clinical.has(w.toLowerCase()) && !lex.common.has(w.toLowerCase()) : slotWord(w, lex) && !NOT_PROPER.has(w.toLowerCase()) && !DEPARTMENT_WORDS.has(w.toLowerCase()) && !CLINICAL_SHAPE.test(w.toLowerCase()))) {
      const start = s.end + aff[0].length - aff[1].length;
      push(start, start + aff[1].length, 'LOCATION');
    }
    const m = AND_NAME.exec(text.slice(s.end, s.end + 60));
    if (!m?.[1] || !personWords(m[1], lex)) continue;
    const start = s.end + m[0].length - m[1].length;
    if (ORG_AFTER.test(text.slice(start + m[1].length, start + m[1].length + 30))) continue;
    push(start, start + m[1].length, 'NAME');
  }
}

// Capitalised words, then an organisation head, right after a found span: "[Ashcombe Breast] Unit", "[Blue Heron] Bakery".
const ORG_COMPLETION = new RegExp(`^(?:['\u2019]s)?((?:[ \\t]+(?:[A-Z][a-z'\u2019]+|[A-Z]{2,4}|&))*)[ \\t]+(?:${ORG_HEAD}|System|Network|Trust)(?![\\w'\u2019-])`);
const INSTITUTION_HEAD = /(?:^|[ \t])(?:Hospitals?|Center|Centre|Clinic|Infirmary|Institute|Health|System|Trust|Hospice)$/;
const WORD_BEFORE = /(?<![\w'\u2019-])([A-Z][a-z'\u2019]+|[A-Z]{2,4}|[A-Z][a-z]+['\u2019]s[ \t]+and)[ \t]$/;
const OF_PLACE = /^[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][a-z'\u2019]+(?:[ \t]+[A-Z][a-z'\u2019]+){0,2})(?![\w'\u2019-])/;

/**
 * An institution's whole formal name around a found core that ends on its head word: the capitalised words before it
 * ("Memorial [Sloan Kettering Cancer Center]", "Lakeside Women's and [Children's Hospital]", "MD [Anderson Cancer
 * Center]") and a place joined by "of" after it ("Children's Hospital of Philadelphia"). A capitalised English word at
 * a sentence start is the sentence's, not the name's.
 */
function wholeInstitution(text: string, start: number, end: number, lex: Lexicon): [number, number] {
  for (let k = 0; k < 3; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    const w = m?.[1];
    if (!m || !w) break;
    const at = start - m[0].length;
    const low = w.toLowerCase().replace(/['\u2019]s[ \t]+and$/, '');
    const sentenceStart = /(?:^|[.!?:\n][ \t]*)$/.test(text.slice(Math.max(0, at - 3), at));
    if (NOT_PERSON.has(low) && !/^(?:general|community|medical|health|care|university)$/.test(low)) break;
    if (LABELS.has(low) || (lex.clinical.has(low) && !/^[A-Z]{2,4}$/.test(w)) || (sentenceStart && lex.common.has(low))) break;
    start = at;
  }
  const of = OF_PLACE.exec(text.slice(end, end + 60));
  if (of?.[1] && /(?:Hospital|Center|Centre|Clinic|Infirmary|Institute)$/.test(text.slice(start, end)) && allSlotWords(of[1], lex)) end += of[0].length;
  return [start, end];
}
const SAINT_BEFORE = /\b(?:St\.?|Saint)[ \t]+$/;

/**
 * Organisation completion: a LOCATION or NAME span followed by capitalised words ending on an organisation head grows over
 * them and becomes a LOCATION ("Ashcombe Breast Unit"); a place takes a leading "St."/"Saint". Mixed case only, where
 * capitals mark the formal name (the nursing gold leaves a generic word after a place readable).
 */
export function completeOrganisations(spans: readonly PhiSpan[], text: string, lex: Lexicon, mode: CaseMode = caseMode(text)): PhiSpan[] {
  if (!spans.some((s) => s.type === 'LOCATION' || s.type === 'NAME') || mode !== 'mixed') return [...spans];
  return spans.map((s) => {
    if (s.type !== 'LOCATION' && s.type !== 'NAME') return s;
    let { start, end, type } = s;
    const m = ORG_COMPLETION.exec(text.slice(end, end + 80));
    // Only words on the same line, and not a person's name followed by a department ("Dr Jones Clinic" is rare; "Smith Unit" is not a place).
    // A person's name before a bare department head stays a name ("Smith Unit"), unless its last word is no name word
    // ("[Ashcombe Breast] Unit": the detector took a place for a person).
    const lastWord = text.slice(start, end).split(/[ \t]+/).pop()?.toLowerCase() ?? '';
    const personBefore = type === 'NAME' && (m?.[1] ?? '').trim() === '' && /^(?:Unit|Clinic|Group|Services|Health|Medical)$/.test(m?.[0].trim() ?? '') &&
      (lex.firstNames.has(lastWord) || lex.surnames.has(lastWord));
    if (m && !m[0].includes('\n') && !personBefore) {
      end += m[0].length;
      type = 'LOCATION';
    }
    // An all-capitals name in mixed-case text takes the all-capitals name words beside it ("contact SUMMER HOLLOWAY").
    if (type === 'NAME' && /^[A-Z][A-Z'\u2019 \t-]+$/.test(text.slice(start, end))) {
      const capsWord = (w: string | undefined): boolean => w !== undefined && w.length >= 2 && nameLike(w.toLowerCase(), lex);
      const before = /(?<![\w'\u2019-])([A-Z][A-Z'\u2019-]+)[ \t]$/.exec(text.slice(Math.max(0, start - 24), start));
      if (before && capsWord(before[1])) start -= before[0].length;
      const after = /^[ \t]([A-Z][A-Z'\u2019-]+)(?![\w'\u2019-])/.exec(text.slice(end, end + 24));
      if (after && capsWord(after[1])) end += after[0].length;
    }
    if (type === 'LOCATION' && INSTITUTION_HEAD.test(text.slice(start, end))) [start, end] = wholeInstitution(text, start, end, lex);
    const saint = type === 'LOCATION' ? SAINT_BEFORE.exec(text.slice(Math.max(0, start - 8), start)) : null;
    if (saint) start -= saint[0].length;
    return start !== s.start || end !== s.end || type !== s.type ? { start, end, type } : s;
  });
}
