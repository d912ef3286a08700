/**
 * Names in the shapes of a message's head and a record's name field, which carry no cue word (issue 14, letters):
 *  - the addressee that opens a message between colleagues ("Ayodele - can you chase the bloods", "Ingvild, re the
 *    INR", "Siosaia (07700 900123) rang"): the first word of the text, followed by a dash, a comma and a message's
 *    next word (re, please, can, a title...), or a bracketed phone number or e-mail, when no English, clinical or
 *    medical word list holds it and it is not shaped like a drug or a derived English word;
 *  - a name field written surname first ("Okonkwo-Baptiste, Adaeze", "Lindqvist, H.", "ABERNATHY, QUENTIN") at the
 *    head of a line or field: the given part after the comma joins a found surname (and the comma between them);
 *  - the parts of one name a reader left apart: an Irish or Scottish particle between two parts ("Caoimhe Ní Bhraonáin",
 *    "Dónall Ó Murchú"), a lower-case syllable hyphened to a given name ("Min-ji Park"), and a capitalised word no
 *    list holds right before or after a found name ("Teodora Vlăsceanu" when only one part was found); (twentieth
 *    pass) initials before it, and a word written with diacritics beside it whatever its folded spelling ("Hà Văn Sơn");
 *  - a roster's entry after a bed number or an appointment time, on a list that names people, and a two-word name
 *    beside its role ("the chaplain X Y", "X Y, endocrinologist") or after a field label ("MVC: X Y,").
 *  - (sixteenth pass) the same name in its own script in brackets after it, and a user name in an audit line.
 *  - (nineteenth pass) the writer alone after a message's last sentence, the head addressee's mirror, unless the word
 *    is a closing word ("Gracias", "Rgds").
 *  - (thirty-sixth pass) the roster entry's mirror in running text: the patient named right before the bed, bay, room,
 *    ward or emergency-department area they lie in ("X in bed 9", "X (bed 7)", "X on ward 4", "X in resus").
 *  - (fortieth session) the tail writer after a valediction on the same line ("Cheers X", "Kind regards, X"; the English
 *    closes of letter-writing, Māori "ngā mihi", Te Aka Māori Dictionary) and before a signature's bracketed role or
 *    job title.
 * Mixed-case text only, where capitals mark the name. Pure.
 */
import { countryOrLanguage } from './countries.js';
import { eponymTermAfter } from './eponyms.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { clinicalWord, inWordLists, type Lexicon } from './lexicon.js';
import { TITLE_WORD } from './titles.js';
import { PLACE_TAIL } from './unknown-words.js';
import { PARTICLE_ALTERNATION } from './particles.js';
import { roleOrTitle } from './role-heads.js';
import { FUNCTION_WORDS, PERSON_ACT } from './safe-list.js';
import type { PhiSpan, PushSpan } from './types.js';

/** A word none of the English, clinical and medical vocabularies holds (compared in lower case, each hyphened part). */
function unlisted(lex: Lexicon, w: string): boolean {
  const low = w.toLowerCase();
  if (low.length < 3) return false;
  return low.split(/['\u2019-]/).every((p) => p.length > 0 && !inWordLists(lex, p));
}

const HEAD_WORD = /^[ \t\n]*(?:(?:hi|hey|hello|to)[ \t]+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ \t]*(?:[-\u2013\u2014][ \t]|,[ \t]+(?:re|please|pls|can|could|would|will|just|fyi|thanks|thank|sorry|quick|are|is|did|do|have|any|hope|your|you|u|mr|mrs|ms|miss|mx|dr)\b|\([ \t]*(?:\+?\d[\d \t-]{5,}|[^\s()@]+@[^\s()]+)[ \t]*\)))/i;
// Word-shaped medicine names that end on a WHO INN stem ("-xaban", "-pril", "-gliflozin"; WHO, The use of stems in the
// selection of International Nonproprietary Names) or a brand's like ending, and English derived forms a word list may lack
// ("Atraumatic", "Extubated", "Ambulating": a finding opening a sentence), stay readable.
const NOT_ADDRESSEE = new RegExp(`(?:${['xaban', 'gatran', 'gliptin', 'gliflozin', 'glutide', 'tide', 'lukast', 'setron', 'triptan', 'pramine',
  'oxetine', 'dronate', 'caine', 'profen', 'coxib', 'vudine', 'navir', 'vir', 'conazole', 'azole', 'penem', 'tinib', 'nib', 'mab', 'olol', 'lol',
  'pril', 'sartan', 'dipine', 'statin', 'tidine', 'oxacin', 'cycline', 'mycin', 'micin', 'cin', 'cillin', 'parin', 'azepam', 'zolam', 'sone',
  'ide', 'ine', 'one', 'ate', 'ol', 'ium', 'gram', 'scopy', 'ectomy', 'itis', 'osis', 'emia', 'aemia'].join('|')}|.{3}(?:ed|ing|ic|al|ous|ive|ly|ment|tion|sion|ness|able|ible|ised|ized))$`, 'i');

/** The addressee at a message's head: the text's first word, before a dash, a comma and a message word, or a bracketed contact. */
export function detectHeadAddressee(text: string, lex: Lexicon, push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  const m = HEAD_WORD.exec(text.slice(0, 80));
  const w = m?.[1];
  if (!m || !w || /^[A-Z]+$/.test(w) || NOT_ADDRESSEE.test(w) || !unlisted(lex, w)) return;
  const start = m[0].length - w.length;
  push(start, start + w.length, 'NAME');
}

// Thirtieth pass: the record's subject at a text's head. A record, a referral or a hand-over line opens with the person
// it is about, as a record's identification line (HL7 CDA header: the patient's name first): two or three name words,
// or a family name in capitals before the given name ("FAMILY Given", the family-name-first order of East Asian
// records), then the field's end: a dash or a slash between spaces, a bracket, a comma before a number (age, bed,
// identifier), or the line's end when the line holds nothing else and more text follows. One lower-case particle may
// stand between the words ("van", "de", "bin").
const SUBJECT_WORD = "(?:[A-Z][a-z'\u2019]+|[A-Z]{3,})(?:-[A-Z]?[a-z'\u2019]+)*";
const HEAD_SUBJECT = new RegExp(`^[ \\t\\n]*(${SUBJECT_WORD}(?:[ \\t]+(?:(?:${PARTICLE_ALTERNATION})[ \\t]+)?${SUBJECT_WORD}){1,2})` +
  '(?=[ \\t]*(?:[-\\u2013\\u2014/][ \\t]|\\(|,[ \\t]*\\d)|[ \\t]*\\n[ \\t]*\\S)');

// The rest of a head's first clause ending on a label's colon (a colon before a blank: not a time or a URL).
const FORM_TITLE_AFTER = /^[ \t]*[-\u2013\u2014/(][^\n.;]{0,80}:[ \t]/;

/** A word that may stand in a subject's name: no function word or title, nor a clinical or medical word (an eponym may). */
function subjectWord(lex: Lexicon, w: string): boolean {
  const low = w.toLowerCase();
  if (FUNCTION_WORDS.has(low) || TITLE_WORD.test(w)) return false;
  return low.split(/-/).every((p) => !lex.medical.has(p) && (!lex.clinical.has(p) || lex.eponyms.has(p)));
}

/** The evidence that a subject's first word is a name: a given name or surname on no English list, or a word on no list. */
function subjectLead(lex: Lexicon, w: string): boolean {
  const low = w.toLowerCase();
  if ((lex.firstNames.has(low) || lex.surnames.has(low)) && !lex.common.has(low)) return true;
  return (unlisted(lex, w) || low.split('-').every((p) => lex.eponyms.has(p) && !lex.common.has(p))) && !NOT_ADDRESSEE.test(w);
}

/**
 * The person a text opens with (see `HEAD_SUBJECT`): every word a possible name word, a word in capitals only as the
 * first of a "FAMILY Given" pair, and the first word (or, after a capitals family name, the given name) a name by the
 * lists or on none of them; no span found so far touches the run (`spans`). Mixed-case text only.
 */
export function detectHeadSubject(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  const m = HEAD_SUBJECT.exec(text.slice(0, 120));
  const run = m?.[1];
  if (!m || !run) return;
  const words = run.split(/[ \t]+/).filter((w) => !/^[a-z]/.test(w));
  const caps = words.map((w) => w.length > 1 && w === w.toUpperCase());
  // Capitals only in the family-name-first pair: "MRI Brain", "ECG Normal" are a heading.
  if (caps.slice(1).some(Boolean) || (caps[0] && words.length !== 2)) return;
  if (!words.every((w) => subjectWord(lex, w))) return;
  if (!subjectLead(lex, (caps[0] ? words[1] : words[0]) ?? '')) return;
  // A place heads a record too: a country or territory (CLDR: "Costa Rica", "Cayman Islands"), or a run that ends on a
  // place name's generic second word (the unknown-word rule's "Springs", "Valley", "County").
  if (countryOrLanguage(run) || PLACE_TAIL.test((words[words.length - 1] ?? '').toLowerCase())) return;
  // A form's title after the dash or bracket ends on a label's colon before the person it is about ("X - discharge
  // note: ..."): the run is the form's place or service, not its subject.
  if (FORM_TITLE_AFTER.test(text.slice(m[0].length, m[0].length + 100))) return;
  const start = m[0].length - run.length;
  // A run a rule already read in part is left to the name-part rules (`completeNameFields`): a word beside a found name
  // at a text's head is as often a title or a role in another language, which no gold marks, as a name's part.
  if (spans.some((s) => s.start < start + run.length && s.end > start)) return;
  push(start, start + run.length, 'NAME');
}

// Thirty-first pass: the actor a message opens with. A note of a call or a message opens with who did it ("X rang",
// "X texted:", "X from the ward rang", "X on the renal unit says"), or a triage line with the person and an age and sex
// ("x 44m, ..."): the text's first word, written capitalised or, in a note typed without capitals, in lower case, then
// up to three words of where the person is from or on ("from", "on", "at", "in", no punctuation between), then what
// only a person does (the safe-list rule's `PERSON_ACT`), or an age with its sex and a comma.
const HEAD_ACTOR = /^[ \t\n]*([A-Za-z][a-z'\u2019]{2,}(?:-[A-Za-z][a-z]+)?)(?![\w'\u2019-])/;
const ACTOR_AFTER = new RegExp(`^(?:[ \\t]+(?:from|on|at|in)(?:[ \\t]+[A-Za-z][\\w'\\u2019-]*){1,3}?)?${PERSON_ACT}`);
const AGE_SEX_AFTER = /^[ \t]+\d{1,3}[ \t]?[mfMF],/;

/**
 * The actor a text opens with (see `HEAD_ACTOR`): a possible name word (`subjectWord`, no role or title) that the lists
 * name or none holds (`subjectLead`), no country or language, before a person's action or an age and sex. Upper-case
 * text is left (capitals there carry no case).
 */
export function detectHeadActor(text: string, lex: Lexicon, push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode === 'upper') return;
  const m = HEAD_ACTOR.exec(text.slice(0, 60));
  const w = m?.[1];
  if (!m || !w || !subjectWord(lex, w) || roleOrTitle(w.toLowerCase()) || !subjectLead(lex, w) || countryOrLanguage(w)) return;
  const rest = text.slice(m[0].length, m[0].length + 80);
  if (!ACTOR_AFTER.test(rest) && !AGE_SEX_AFTER.test(rest)) return;
  push(m[0].length - w.length, m[0].length, 'NAME');
}

// Nineteenth pass: its mirror, the writer's name alone after a message's last sentence with no dash ("... when you're
// back? Ishbella", "See you Thurs. Majella"), before an optional full stop or closing quote at the very end.
// The words that close a message in place of a name: thanks and farewells of the languages letters are written in
// (Spanish, Portuguese, French, Italian, German, Dutch, the Nordic languages) and English texting shorthand, written as
// `foldAccents` leaves them (Grüße is read "Gruse"). No English word list holds them, and a message ends on them as often
// as on its writer.
const CLOSING_WORDS = new Set(('gracias saludos atentamente adios hola besos abrazos obrigado obrigada abracos cumprimentos ' +
  'merci cordialement salutations amities bisous salut grazie saluti cordiali ciao danke gruse grusse gruss grus tschuss tschus ' +
  'bedankt dankjewel dankuwel groeten groetjes tack halsningar hilsen mvh takk tak kiitos terveisin ' +
  'rgds tks thx thnx ty cya ttyl').split(' '));
// Fortieth session (deid-names28): the complimentary close of a letter or message before the writer on the same line,
// with or without its comma ("Cheers Bec", "Ngā mihi, Hine", "With warm wishes, Ana"): the English valedictions of
// letter-writing guides (thanks, regards, best / kind / warm wishes, sincerely, yours faithfully, take care), the Māori
// "ngā mihi" (Te Aka Māori Dictionary: "greetings, regards", folded to "nga mihi") and the closing words above.
const VALEDICTION = `(?:(?:many[ \t]+)?thanks|thank[ \t]+you|cheers|(?:(?:kind|best|warm|warmest|kindest)[ \t]+)?regards|` +
  `(?:with[ \t]+)?(?:(?:best|kind|warm|warmest|kindest|good)[ \t]+)?wishes|(?:yours[ \t]+)?(?:sincerely|faithfully|truly)|` +
  `take[ \t]+care|nga[ \t]+mihi(?:[ \t]+nui)?|${[...CLOSING_WORDS].join('|')})`;
// After the writer, what a signature adds before the end: a role in brackets ("Lorcon (HR).", "Ana (Specialist Nurse)"), or
// after a comma a job title of the care team and the writer's e-mail ("Stasia, school nurse, s.nurse@school.example").
const SIGN_ROLE = '(?:(?:school|practice|specialist|district|community|ward|charge|staff|senior|student|clinic|research|lead)[ \t]+)?' +
  '(?:nurse|midwife|health[ \t]+visitor|receptionist|secretary|admin|manager|pharmacist|physio|physiotherapist|dietitian|dietician|' +
  'social[ \t]+worker|registrar|consultant|coordinator|co-ordinator|therapist|GP|HR|OT|SW|SALT|HCA|carer|team)';
const TAIL_AFTER = `(?:[ \t]*\\([^()\\n\\d]{1,30}\\)|,[ \t]+${SIGN_ROLE}(?:,[ \t]*[^\\s@,]+@[^\\s@,]+)?)?[ \t]*\\.?[ \t]*["\u201d]?[ \t\n]*$`;
// The writer's word after a line break, a sentence's end (and a dash: "today? - Shaz\"", the closing quote that
// `people-slots.ts` DASH_SIGN does not take), or a valediction on the same line.
const TAIL_WORD = new RegExp(`(?:\n|[.!?][ \t]{1,3}(?:[-\u2013\u2014~][ \t]{0,2})?|(?:^|[\\s.!?,])${VALEDICTION}[ \t]*,?[ \t]+)[ \t]*([A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?)${TAIL_AFTER}`, 'id');

/**
 * The writer at a message's tail: one word after the last sentence or a valediction, before the end or a signature's role,
 * a given name no English word list holds or a word on no list, unless it is a closing word ("Gracias", "Groeten", "Rgds").
 */
export function detectTailSigner(text: string, lex: Lexicon, push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  const from = Math.max(0, text.length - 140);
  const m = TAIL_WORD.exec(text.slice(from));
  const w = m?.[1];
  // The pattern reads the valediction in any case; the writer's word keeps its capital.
  if (!m || !w || !/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(w) || NOT_ADDRESSEE.test(w) || TITLE_WORD.test(w)) return;
  const low = w.toLowerCase();
  if (CLOSING_WORDS.has(low)) return;
  const given = lex.firstNames.has(low) && !inWordLists(lex, low);
  if (!given && !unlisted(lex, w)) return;
  const start = from + (m.indices?.[1]?.[0] ?? 0);
  push(start, start + w.length, 'NAME');
}

const FIELD_HEAD = /(?:^|[\n|/"\u201c(]|[:\u2013\u2014-])[ \t]*$/;
const GIVEN_PART = /^,[ \t]+((?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?|[A-Z]\.?)(?:[ \t]+(?:[A-Z][a-z'\u2019]+|[A-Z]\.?)){0,2})(?=[ \t]*(?:$|[\n,;|()"\u201d]|[ \t][-\u2013\u2014][ \t]|[ \t]+\d|[ \t]+[MF][ \t]))/;
const CAPS_INVERTED = /(?:^|[\n|"\u201c]|:[ \t])[ \t]*([A-Z][A-Z'\u2019-]{1,}(?:[ \t][A-Z][A-Z'\u2019-]{1,}){0,2},[ \t]+(?:[A-Z][A-Z'\u2019-]{1,}(?:[ \t][A-Z][A-Z'\u2019-]{1,})?|[A-Z]\.?))(?=[ \t]*(?:$|[\n,;|"\u201d]|[ \t][-\u2013\u2014][ \t]|[ \t]+\d|[ \t]+[MF][ \t]|[ \t]{2,}\S))/g;

/** A name field written surname first: the given part after a found surname at a field's head, and the comma between. */
function invertedFields(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan): void {
  for (const s of spans) {
    if (s.type !== 'NAME' || !FIELD_HEAD.test(text.slice(Math.max(0, s.start - 40), s.start))) continue;
    const g = GIVEN_PART.exec(text.slice(s.end, s.end + 60));
    const given = g?.[1];
    const first = given?.split(/[ \t]+/)[0]?.replace(/\.$/, '') ?? '';
    // The first given word is an initial, a listed given name or one no dictionary holds: "Smith, Flat 2" is an address.
    if (!(first.length === 1 || lex.firstNames.has(first.toLowerCase()) || unlisted(lex, first))) continue;
    // Two full names in a list ("Ana Kolvic, Teo Marsh") are two names, not a surname-first field.
    if (/[ \t]/.test(text.slice(s.start, s.end).trim()) && /[ \t]/.test(given ?? '')) continue;
    if (!g || !given || given.split(/[ \t]+/).some((w) => TITLE_WORD.test(w.replace(/\.$/, '')) || lex.clinical.has(w.toLowerCase()))) continue;
    push(s.start, s.end + g[0].length, 'NAME');
  }
  // All capitals in mixed-case text: "SURNAME, GIVEN" or "SURNAME, G" stands out as the record's name field (sixteenth
  // pass: also before a gap of two spaces or more, a form's next field: "RUNNING HORSE, T   Spec C25-...").
  for (const m of text.matchAll(CAPS_INVERTED)) {
    const run = m[1];
    if (!run) continue;
    const [sur = '', giv = ''] = run.split(/,[ \t]+/);
    const words = [...sur.split(/[ \t]+/), ...giv.split(/[ \t]+/)].map((w) => w.replace(/\.$/, '').toLowerCase());
    if (words.some((w) => lex.clinical.has(w) || lex.medical.has(w) || TITLE_WORD.test(w))) continue;
    // One part at least no dictionary holds, or an initial after the comma: "HISTORY, PLAN" is two headings.
    if (!(giv.replace(/\.$/, '').length === 1 || [...sur.split(/[ \t]+/), ...giv.split(/[ \t]+/)].some((w) => unlisted(lex, w)))) continue;
    const start = (m.index ?? 0) + m[0].length - run.length;
    push(start, start + run.length, 'NAME');
  }
}

// Irish and Scottish patronymic particles (Ó, Ní, Nic, Mac, Mc, Ua, Uí, Bean Uí), accents folded: they join two parts.
const PARTICLE_THEN = /^[ \t]+(?:O|Ni|Nic|Mac|Ua|Ui|Le|La|De|Di|Da|Van|Von|Bin|Binti|Ibn)[ \t]+([A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)/;
// A Korean or Chinese given name's second syllable, then the surname: "Min-ho Kang" ("son Rob-who states" is no name).
const SYLLABLE_THEN = /^-[a-z]{1,3}(?=[ \t]+[A-Z])/;
const WORD_AFTER = /^[ \t]([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'\u2019-])/;
const WORD_BEFORE = /(?:^|[^\w'\u2019.-])([A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?)[ \t]$/;
const PARTICLE_BEFORE = /(?:^|[^\w'\u2019.-])([A-Z][a-z'\u2019]{2,})[ \t]+(?:O|Ni|Nic|Mac|Ua|Ui)[ \t]$/;

/**
 * Sixteenth pass: an eponym's word is a surname first (Stanescu, Lobo): beside a found name, not followed by what makes
 * it an eponym's use (eponyms.ts' clinical heads, a possessive, a finding), and on no English or medical list, it is the
 * name's next part ("Floarea Stanescu", "Ferreira-Lobo"). The heads are eponyms.ts' own: a shorter list here let
 * "Halina Kowalczyk Alzheimer dementia" join Alzheimer to the name, and the whole name was then dropped as an eponym.
 */
function eponymSurname(lex: Lexicon, w: string, after: string): boolean {
  return w.toLowerCase().split('-').every((p) => !lex.common.has(p) && !lex.medical.has(p) && (lex.eponyms.has(p) || !inWordLists(lex, p))) && !eponymTermAfter(after);
}

// Twentieth pass: a capitalised word of two letters or more beside a found name, for the diacritic rule below.
const MARKED_AFTER = /^[ \t]([A-Z][a-z]+)(?![\w'\u2019-])/;
const MARKED_BEFORE = /(?:^|[^\w'\u2019.-])([A-Z][a-z]+)[ \t]$/;

/**
 * Twentieth pass: a word written with diacritics is no English word, whatever its folded spelling. English writes no
 * diacritics (a handful of loanwords aside), so "Lâm", "Sơn", "Hằng", "Bríde" beside a found name are its parts though
 * their folded forms (lam, son, hang, bride) are English words, and "Tư", "Đỗ" though they fold to two letters. The
 * clinical, medical and eponym lists still refuse the word, and so does a title.
 */
function markedPart(original: string, lex: Lexicon, start: number, w: string): boolean {
  if (w.length < 2 || original.slice(start, start + w.length) === w) return false;
  return !clinicalWord(lex, w) && !lex.eponyms.has(w.toLowerCase()) && !TITLE_WORD.test(w);
}

/** The diacritic-written capitalised words right before and after a found name (`markedPart`). */
function markedParts(text: string, original: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan): void {
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const a = MARKED_AFTER.exec(text.slice(s.end, s.end + 30));
    if (a?.[1] && markedPart(original, lex, s.end + 1, a[1])) push(s.start, s.end + a[0].length, 'NAME');
    const before = text.slice(Math.max(0, s.start - 30), s.start);
    const b = MARKED_BEFORE.exec(before);
    if (b?.[1] && markedPart(original, lex, s.start - 1 - b[1].length, b[1])) push(s.start - 1 - b[1].length, s.end, 'NAME');
  }
}

// Twentieth pass: initials written before a found name ("H. A. Nimal ..."): two or more, or one opening a field (a lone
// "B." after a word may end a sentence: "Hep B. Mary rang").
const INITIALS_BEFORE = /(?:(?:^|[^\w.'\u2019-])((?:[A-Z]\.[ \t]?){2,3})|(?:^|[\n,;:(])[ \t]*([A-Z]\.))[ \t]$/;

/** The parts of one name left apart: across a particle, a hyphened syllable, and an unlisted capitalised neighbour. */
function nameParts(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan): void {
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const ini = INITIALS_BEFORE.exec(text.slice(Math.max(0, s.start - 12), s.start));
    const initials = ini?.[1] ?? ini?.[2];
    if (ini && initials) push(s.start - ini[0].length + ini[0].indexOf(initials), s.end, 'NAME');
    const after = text.slice(s.end, s.end + 40);
    const p = PARTICLE_THEN.exec(after);
    if (p?.[1] && !lex.common.has(p[1].toLowerCase())) push(s.start, s.end + p[0].length, 'NAME');
    const h = SYLLABLE_THEN.exec(after);
    if (h) push(s.start, s.end + h[0].length, 'NAME');
    const a = WORD_AFTER.exec(after);
    if (a?.[1] && (unlisted(lex, a[1]) || eponymSurname(lex, a[1], after.slice(a[0].length))) && !TITLE_WORD.test(a[1])) push(s.start, s.end + a[0].length, 'NAME');
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    const pb = PARTICLE_BEFORE.exec(before);
    if (pb?.[1] && unlisted(lex, pb[1])) push(s.start - pb[0].length + pb[0].indexOf(pb[1]), s.end, 'NAME');
    const b = WORD_BEFORE.exec(before);
    if (b?.[1] && (unlisted(lex, b[1]) || eponymSurname(lex, b[1], '')) && !TITLE_WORD.test(b[1])) push(s.start - b[0].length + b[0].indexOf(b[1]), s.end, 'NAME');
  }
}

// Sixteenth pass: the same name in its own script in brackets right after it ("Zou Wenjie (邹文杰)", "Kim Min-ji (김민지)").
const NATIVE_AFTER = /^[ \t]{0,2}[(\uff08]((?:[^\x00-\u02ff\s()\uff08\uff09]|[ \t]){1,30})[)\uff09]/;

/** The name in its own script in brackets after each found name. */
function nativeScript(text: string, spans: readonly PhiSpan[], push: PushSpan): void {
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const m = NATIVE_AFTER.exec(text.slice(s.end, s.end + 40));
    const inner = m?.[1];
    if (!m || !inner || !/\p{L}/u.test(inner)) continue;
    const start = s.end + m[0].indexOf(inner);
    push(start, start + inner.length, 'NAME');
  }
}

/**
 * Names completed from the found ones: surname-first fields, and the parts of one name left apart. Mixed case only.
 * `original` is the text before `foldAccents` (same offsets): where it differs, words written with diacritics join.
 */
export function completeNameFields(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan, mode: CaseMode = caseMode(text), original = text): void {
  if (mode !== 'mixed') return;
  invertedFields(text, lex, spans, push);
  nameParts(text, lex, spans, push);
  if (original !== text) markedParts(text, original, lex, spans, push);
  nativeScript(text, spans, push);
}

// A roster's entry: the patient after a bed, bay or room number or an appointment time ("bed 4 Velunka, bed 5 ...",
// "09:15 Quorvash 09:30 ..."), on a list that names people elsewhere, or on a ward board: two bed places or more, each
// with its patient ("Bed 1 Velunka | Bed 2 Quorvash (falls risk)"). A board's entry ends at a comma, a semicolon, a
// table's bar, a bracketed remark, a dash, the next slot or the line's end; a cot, chair or trolley is a bed place too
// (paediatric, dialysis and emergency boards).
const BED_PLACE = '(?:bed|bay|room|rm|cubicle|cot|chair|trolley|side[ \\t]?room)';
const ROSTER_SLOT = new RegExp(`\\b(?:${BED_PLACE}[ \\t]*[A-Z]?\\d{1,3}[A-Z]?|[0-2]?\\d[:.][0-5]\\d)[ \\t]*[-:,]?[ \\t]+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)` +
  `(?=[ \\t]*(?:$|[\\n,;|]|[ \\t]\\(|[ \\t][-\\u2013\\u2014][ \\t]|[ \\t]+[0-2]?\\d[:.][0-5]\\d|[ \\t]+${BED_PLACE}\\b))`, 'gi');
const BED_SLOT = new RegExp(`^${BED_PLACE}`, 'i');
// A role that names the person beside it: before ("pastor X Y", "interpreter (Burmese) X Y") or after ("X Y, endocrinologist").
const ROLE = '(?:pastor|priest|chaplain|imam|rabbi|minister|elder|interpreter|translator|caseworker|advocate|key[ \\t]worker|social[ \\t]worker|midwife|physio(?:therapist)?|pharmacist|dietitian|therapist|[a-z]+ologist|GP|consultant|registrar)';
const ROLE_PAIR = new RegExp(`(?:\\b${ROLE}[ \\t]+(?:\\([A-Za-z]+\\)[ \\t]+)?|(?:^|[\\n.|])[ \\t]*[A-Z][A-Za-z]{1,12}:[ \\t]+)([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?[ \\t][A-Z][a-z]{1,}(?:-[A-Z][a-z]+)?)(?=[ \\t]*(?:[,.;)]|$))|(?:^|[\\n.;:][ \\t]*)([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?[ \\t][A-Z][a-z]{1,}(?:-[A-Z][a-z]+)?),[ \\t]+${ROLE}\\b`, 'g');

const ROLE_THEN_SPACE = new RegExp(`${ROLE}[ \\t]`, 'i');

// Thirty-sixth pass: the roster entry's mirror in running text, the patient before the bed place they lie in ("X in
// bed 9 pulled out his cannula", "X (bed 7) new AF", "X on ward 4", "X in side room 4", "X (room 3-07)"), and the areas
// of an emergency department a hand-over names a patient by (the NHS ED's resus, majors and minors): one or two name
// words, then "in"/"on" (perhaps after is/was/now/still and "the") or a bracket or comma, then the place and its number.
// Only a patient lies in a bed; the words must still read as a name (`subjectWord`, `subjectLead`), so "Patient in bed
// 4", "Thursdays in room 4" and a place read as such stay.
const PLACE_WORD = /\b(?:bed|bay|room|rm|cubicle|cot|chair|trolley|ward|resus|majors|minors)\b/i;
const PATIENT_IN_BED = new RegExp(`(?<![\\w'\\u2019.-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?:[ \\t][A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)?)` +
  `(?:[ \\t]+(?:(?:is|was|now|still)[ \\t]+)?(?:in|on)[ \\t]+(?:the[ \\t]+)?|[ \\t]*[(,][ \\t]*)` +
  `(?:(?:[Bb]ed|[Bb]ay|[Rr]oom|[Rr]m|[Cc]ubicle|[Cc]ot|[Cc]hair|[Tt]rolley|[Ss]ide[ \\t]?[Rr]oom|[Ww]ard)[ \\t]*(?:no\\.?[ \\t]*|#)?[A-Z]?\\d{1,3}(?:[A-Z]|-\\d{1,3})?(?![\\w-])|(?:[Rr]esus|[Mm]ajors|[Mm]inors)\\b)`, 'g');

/** A word of a patient's name before their bed: a possible name word that the lists name or none holds, nor its singular ("Thursdays"). */
function bedNameWord(lex: Lexicon, w: string): boolean {
  return subjectWord(lex, w) && subjectLead(lex, w) && !roleOrTitle(w.toLowerCase()) && !countryOrLanguage(w) &&
    !(/s$/.test(w) && inWordLists(lex, w.slice(0, -1).toLowerCase()));
}

/** The patients named right before their bed place (`PATIENT_IN_BED`), where no rule read the words as anything else. */
function patientsInBeds(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan): void {
  if (!PLACE_WORD.test(text)) return;
  for (const m of text.matchAll(PATIENT_IN_BED)) {
    const run = m[1];
    if (!run) continue;
    const words = run.split(/[ \t]/);
    // Of two words, the first may be a title or a word opening the sentence ("Mrs X", "Handover X"): the name is the second.
    const name = words.every((w) => bedNameWord(lex, w)) ? run : words.length === 2 && bedNameWord(lex, words[1] ?? '') ? (words[1] ?? '') : '';
    if (name === '') continue;
    const start = (m.index ?? 0) + run.length - name.length;
    const end = start + name.length;
    if (spans.some((s) => s.type !== 'NAME' && s.start < end && start < s.end)) continue;
    push(start, end, 'NAME');
  }
}

// Sixteenth pass: a user name in an audit line ("by user jpenhaligon", "user nnadi.c accessed"): a person's identifier.
// It may end its sentence ("by user tborrowdale."; review-deid3): a full stop is refused only before more of the name.
const USER_NAME = /\b(?:[Uu]ser(?:name)?|[Ll]ogin)[ \t]*[:#]?[ \t]+([a-z][a-z0-9._-]{2,30}[a-z0-9])(?![\w@-]|\.[\w@-])/g;

/** Roster entries and a two-word name beside its role or after a field label, when no word list holds the words. */
export function detectRosterNames(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  const slots = [...text.matchAll(ROSTER_SLOT)];
  // A board: two bed places or more (appointment times alone are as often a drug chart's as a clinic list's).
  const named = spans.some((s) => s.type === 'NAME');
  const board = !named && slots.filter((m) => BED_SLOT.test(m[0])).length >= 2;
  if (board || named) {
    for (const m of slots) {
      const w = m[1];
      // On a board with no name found elsewhere, a word in capitals is an abbreviation ("Bay 2 CAP"), not a surname.
      if (!w || NOT_ADDRESSEE.test(w) || (board && w === w.toUpperCase())) continue;
      if (!(unlisted(lex, w) || eponymSurname(lex, w, text.slice((m.index ?? 0) + m[0].length)))) continue;
      const start = (m.index ?? 0) + m[0].length - w.length;
      push(start, start + w.length, 'NAME');
    }
  }
  patientsInBeds(text, lex, spans, push);
  for (const m of text.matchAll(USER_NAME)) {
    const w = m[1];
    // Four letters at the least, and on no word list ("user admin", "user with", "the user was" stay).
    if (!w || inWordLists(lex, w)) continue;
    const start = (m.index ?? 0) + m[0].length - w.length;
    push(start, start + w.length, 'NAME');
  }
  for (const m of text.matchAll(ROLE_PAIR)) {
    const pair = m[1] ?? m[2];
    if (!pair) continue;
    const words = pair.split(/[ \t]/);
    if (words.some((w) => TITLE_WORD.test(w) || w.split('-').some((p) => lex.clinical.has(p.toLowerCase()) || lex.medical.has(p.toLowerCase()) || lex.eponyms.has(p.toLowerCase())))) continue;
    // After a field label the first word must be a given name no list holds ("Plan: Continue Metformin" is an order).
    const labelled = m[1] !== undefined && !ROLE_THEN_SPACE.test(m[0]);
    const named = (w: string): boolean => unlisted(lex, w) && !NOT_ADDRESSEE.test(w);
    if (labelled ? !named(words[0] ?? '') : !words.some(named)) continue;
    const start = m[1] ? (m.index ?? 0) + m[0].length - pair.length : (m.index ?? 0) + m[0].indexOf(pair);
    push(start, start + pair.length, 'NAME');
  }
}
