/**
 * Names and places that no list holds, found by the cues every clinical text uses, not by the names themselves:
 * a referral ("thank you for referring X"), a hand-off ("pt X, 94 y/o"), a consult ("discussed with X", "seen by
 * X"), a header or signature label ("Attending: X", "cc: X", "Thanks,\nX"), the inverted form of records systems
 * ("SMITH, JOHN A"), towns by their shape ("Xville") and institutions after a care cue ("transferred
 * from UPMC", "prior care at Northwell"). The word after the cue must look like a name: capitalised in mixed-case
 * text, in no English dictionary, clinical list or eponym list, and not shaped like a clinical word — the safe-list
 * reasoning of Philter, with the cue as the context that wins the precision back. Pure; one pass of a few regexes.
 */
import { caseMode, type CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { particleTest } from './particles.js';
import type { PushSpan as Push } from './types.js';


// A person cue, then optional punctuation: the name run starts right after it. Verbal cues ("seen by") stand alone;
// label cues ("Attending:", "cc:") need their colon (a bare "cc" is cubic centimetres, a bare "pt" starts half the
// sentences of a nursing note).
const PERSON_CUE = new RegExp(
  '\\b(?:(?:referring|referred\\s+by|seen\\s+by|evaluated\\s+by|examined\\s+by|discussed\\s+(?:with|w/)|spoke\\s+(?:with|to)|talked\\s+(?:with|to)|' +
  'signed\\s+by|dictated\\s+by|reviewed\\s+by|accompanied\\s+by|driven\\s+by|brought(?:\\s+in)?\\s+by|picked\\s+up\\s+by|escorted\\s+by|covered\\s+by|this\\s+is|' +
  // Ninth pass: hand-overs, witnesses, the people a patient lives with, messages and their shorthand (d/w = discussed with).
  '(?:sent|written|completed|prepared|entered|taken|checked|verified|approved|authori[sz]ed|transcribed|called|paged|triaged|visited)\\s+by|d\\/w|handed\\s+over\\s+to|hand\\s*over\\s+to|witnessed\\s+by|covering\\s+for|lives\\s+with|message\\s+(?:left\\s+)?for|left\\s+(?:a\\s+)?message\\s+(?:for|with))\\b|' +
  '(?:cc|attending|resident|fellow|pcp|provider|patient|pt|name|physician|surgeon|nurse|from|to|contact|emergency\\s+contact|nok|next\\s+of\\s+kin|carer|caregiver|present|attendees|care\\s+team|team|interpreter|witness|informant|consultant|author|coordinator)[ \\t]*:|' +
  '(?:follow(?:-|\\s)?up|appointment|appt|visit)\\b[^.\\n]{0,30}?\\bwith\\b)[ \\t]{0,3}', 'gi');
// The look-ahead for an age keeps the name reader off the thousand other "pt"s of a nursing note.
const HANDOFF_CUE = /\b(?:pt|patient)[ \t]{1,2}(?=[A-Za-z][^\n\d]{0,48}\d{1,3}[ \t]?(?:y\/?o|yo|yrs?|years?|-year))/gi;
const HANDOFF_AGE = /^,?[ \t]{0,2}\d{1,3}[ \t]?(?:y\/?o\b|yo\b|yrs?\b|years?\b|-year)/i;
// Eleventh pass: a role written before a name as a title ("Interpreter Marien Pasha present", "Chaplain Ade Bello"); the name
// must hold a word a name list or no dictionary holds (uncued run), so "Interpreter Services" stays.
// Thirteenth pass: the clinical roles written as a title before a name as well ("on-call registrar Emeka", "physio Jo
// Pittaway", "key worker Benedikt"); the name must still hold a listed or unknown word ("Consultant Radiologist" stays).
// Thirty-sixth pass: the NHS staff titles and their shorthand written the same way (NHS Employers' job profiles: health,
// support and care workers, carers, managers, clinical physiologists; "Reg"/SpR/StR for a registrar, CNS, ANP, ACP, SALT/SLT,
// OT), a police constable (PC, the rank before a UK officer's name), and the recipient of a transplant ("Organ Donor Register" is no donor's name).
const ROLE_TITLE = /\b(?:[Ii]nterpreter|[Cc]haplain|[Pp]astor|[Rr]abbi|[Ii]mam|[Mm]idwife|[Dd]oula|[Cc]oach|[Oo]fficer|[Dd]etective|[Cc]aseworker|[Rr]egistrar|[Cc]onsultant|SHO|FY[12]|[Rr]esident|[Ff]ellow|[Ii]ntern|[Pp]hysio|[Pp]hysiotherapist|[Tt]herapist|[Pp]harmacist|[Dd]ieti[tc]ian|[Pp]sychologist|[Cc]ounsell?or|[Pp]aramedic|HCA|[Mm]atron|[Ss]ocial[ \t][Ww]orker|[Kk]ey[ \t]?[Ww]orker|[Hh]ealth[ \t][Vv]isitor|[Cc]are[ \t][Cc]oordinator|[Hh]ealth[ \t][Ww]orker|[Ss]upport[ \t][Ww]orker|[Cc]are[ \t][Ww]orker|[Cc]arer|[Mm]anager|[Pp]hysiologist|[Rr]ecipient|Reg|SpR|StR|CNS|ANP|ACP|SALT|SLT|OT|PC)[ \t]{1,2}(?=[A-Z][a-z])/g;
// A bare "-ist" after a letter that no specialist's title has there: surnames (Feist, Twist, Kist, Lindqvist, Nyquist).
const SPECIALIST = /(?:ologists?|iatrists?|icians?|(?<!qu|qv|[ewrk])ists?|geons?|wife|nurse|physician|doctor|officer|therapist)$/;
const PER_CUE = /\b[Pp]er[ \t]{1,2}(?=[A-Z])/g;
// A closing line: the next line is the writer's name.
const SIGN_OFF = /(?:^|\n|[.!?][ \t]{1,3})[ \t]*(?:thanks|thank you|regards|best regards|kind regards|sincerely|best|cheers|respectfully)[ \t]*,?[ \t]*\n[ \t]*/gi;
const INITIAL_BEFORE_NAME = /^[ \t](?:[A-Z][a-z]|[A-Z]\.?[ \t][A-Z][a-z]|[A-Z]'[A-Z])/;
const TOKEN = /^([A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*)(\.?)/;
// Name particles, and the saint and Mac prefixes read between name words ("Mary St. Clair", "Angus Mac Leod").
const PARTICLE = particleTest(['st', 'ste', 'mac']);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/i;
const CLINICAL_SHAPE = /(?:itis|emia|osis|ectomy|otomy|ostomy|plasty|gram|graphy|scopy|pril|olol|azole|mycin|cillin|statin|sartan|dipine|uria|pnea|algia|penia|megaly|ology|tion|sion|ment|ness)$/;
// Misspelt verbs and adverbs of shorthand (reamins, currnet, conts): only a capitalised word in mixed case escapes these.
const VERB_SHAPE = /(?:ing|ed|ly|s)$/;
const NOT_NAME = new Set(('the a an and or but of in on at to for with from by as is was were be has had have this that his her their its ' +
  'our your my no not yes if then when where while after before per via pt patient mr mrs ms dr drs miss prof doctor nurse ' +
  'today yesterday tomorrow tonight am pm md rn np pa do phd re me us him them who which what fyi asap pls lmk').split(' '));
const TOWN_SHAPE = /\b[A-Z][a-z]{2,}(?:ville|burg|burgh|boro|borough)\b/g;
// An institution after a care cue: the word (or acronym, or hyphenated pair) right after "from/at".
const CARE_PLACE = /\b(?:transferred|transfer|transported|admitted|discharged|hospitalized|hospitalised|treated|followed|seen|care|records|surgery|evaluated|discussed|spoke|talked|consulted|referred|handoff|hand-off|y\/o|yo)(?![A-Za-z])(?:[^.\n;]|(?<=\b[A-Z])\.){0,24}?\b(?:from|at)[ \t]{1,2}/gi;
// Where records or care came from, written in brackets: "Outside records (Northwell)", "prior admission (Cedars-Sinai)".
const CARE_PAREN = /\b(?:records|care|admissions?|hospitali[sz]ations?|transfer(?:red)?|treated|seen|followed|surgery|workup|work-up|imaging|labs?|notes?)\b[ \t]{1,2}\(([A-Z][A-Za-z'&.\-]*(?:[ \t][A-Z][A-Za-z'&.\-]*){0,4})\)/g;
const GENERIC_DEPT = new Set(('general internal pediatric paediatric adult clinical interventional invasive non-invasive noninvasive heart ' +
  'cancer primary care department dept dept. of the and & division section service services medical medicine center centre hospital ' +
  'clinic family women\'s children\'s surgical outpatient inpatient ambulatory consult consultation consults nuclear sleep preventive ' +
  'academic university community regional office practice associates group team unit').split(' '));
// What a bracket after "records" says when it names no place: "(pending)", "(attached)".
const RECORD_STATE = new Set('epic cerner meditech allscripts athena athenahealth nextgen everywhere none pending attached available unavailable reviewed requested negative normal positive unremarkable incomplete partial scanned faxed enclosed below above see outside prior old previous recent'.split(' '));
// Place words that follow "from/at" without naming anyone's place.
const GENERIC_PLACE = new Set(('home rehab floor unit ward room clinic hospital office bedside baseline work school church shelter ' +
  'outside urgent emergency nursing facility center centre lab radiology surgery dialysis hospice jail prison here there').split(' '));

const DEPARTMENT_LINE = /(?:^|\n)[ \t]*((?:[A-Z][A-Za-z'&.\-]*[ \t]{1,2}){1,4}?)(?:Department of |Dept\.? of )?(?:Cardiology|Oncology|Hematology|Neurology|Pediatrics|Paediatrics|Radiology|Surgery|Internal Medicine|Family Medicine|Nephrology|Pulmonology|Gastroenterology|Endocrinology|Dermatology|Orthopedics|Orthopaedics|Urology|Psychiatry|Obstetrics|Gynecology|Rheumatology|Geriatrics|Emergency Medicine|Primary Care|Infectious Diseases?)[ \t]*(?=\n|$)/g;


// Words a cue is followed by that name a role, a service or a group, not a person ("discussed with Family", "seen by Social Work").
const ROLE = new Set(('family team staff primary care social work services service case management pharmacy pharmacist nursing nurses ' +
  'patient patients husband wife son daughter mother father parents parent sister brother spouse partner friend friends doctor doctors ' +
  'physician physicians surgeon surgeons specialist specialists department dept clinic hospital unit floor call covering attending ' +
  'resident residents fellow intern provider providers pcp mom dad everyone both someone anyone all speech swallow nutrition dietary ' +
  'dietitian dietician nutritionist chaplain chaplaincy respiratory therapy therapist psychiatry palliative hospice pain wound infectious ' +
  'disease diseases consult consultant consults medicine surgery emergency urgent internal general hospitalist house officer oncall ' +
  'on-call night day morning evening ed er icu ot pt rn md np pa rt resp flowsheet flowsheets orders order protocol protocols charge bedside her his their them me us you it we they he she ' +
  'who whom which what there here not no yes ok okay please thanks thank dear hello hi regarding re and or the a an ' +
  // Services and departments not shaped like "-ology" (those the clinical-shape test refuses already).
  'anesthesia anaesthesia anesthesiology podiatry physical occupational speech-language language pathology psychiatry psychology ' +
  'neurosurgery ophthalmology optometry audiology dentistry dental orthopedics orthopaedics ortho plastics vascular transplant ' +
  'interventional radiology ir gi id micu sicu ccu nicu picu pacu or poison control security transport registration admitting billing ' +
  'records lab laboratory blood bank imaging echo cath ems ambulance fire police dss aps cps hospice home health infusion ' +
  'epic cerner meditech allscripts athena nextgen ' +
  // Credentials after a name ("Oyelaran, LCSW") are no part of it and no inverted given name.
  'physio physiotherapy physiotherapist physiotherapists paramedic paramedics registrar registrars sho consultant consultants matron midwife ' +
  'midwives hca receptionist reception admin secretary locum locums triage gp gps porter porters ' +
  'lcsw licsw msw lpn rrt crt crna crnp cnm cnp fnp dnp aprn pa-c pharmd rph phd mph dds dmd dpm od ot slp rd cna ma bsn msn ccrn').split(' '));

/**
 * A capitalised word after a strong person cue, in mixed-case text, that is a name although a dictionary holds it
 * ("Thank you for referring Destiny H.", "cc: Cooper; Precious Barrier"): the cue is the context, so only clinical
 * words, roles, eponyms and short abbreviations are refused.
 */
export function cuedWord(raw: string, lex: Lexicon, mode: string, shortCaps = false): boolean {
  if (mode !== 'mixed' || !/^[A-Z]/.test(raw)) return false;
  const w = raw.toLowerCase().replace(/'s$/, '');
  if (w.length < 2 || NOT_NAME.has(w) || ROLE.has(w) || lex.clinical.has(w) || lex.eponyms.has(w) || CLINICAL_SHAPE.test(w)) return false;
  return shortCaps || !(raw.length <= 4 && raw === raw.toUpperCase());
}

/** A word in no dictionary, clinical list or eponym list, not shaped like a clinical word: a name or place far more often than not. */
function unknownWord(w: string, lex: Lexicon): boolean {
  return w.split(/['-]/).every((p) => p.length === 0 || (!lex.common.has(p) && !lex.clinical.has(p) && !lex.eponyms.has(p) && !CLINICAL_SHAPE.test(p))) &&
    !NOT_NAME.has(w);
}

/** Whether a word can be part of a person's name after a cue, given the note's case mode. */
function nameWord(raw: string, lex: Lexicon, mode: string): boolean {
  const w = raw.toLowerCase().replace(/'s$/, '');
  if (w.length < 2 || NOT_NAME.has(w) || lex.clinical.has(w)) return false;
  // In mixed case a lowercase word after a cue is a name only when no dictionary or list knows it ("seen by opalenik").
  if (mode === 'mixed' && !/^[A-Z]/.test(raw)) return unknownWord(w, lex) && !VERB_SHAPE.test(w) && w.length >= 3;
  // In mixed case a short all-capitals word is an abbreviation (MRN, DOB, ICU) unless a name list holds it.
  if (mode === 'mixed' && raw.length <= 4 && raw === raw.toUpperCase() && !lex.firstNames.has(w) && !lex.surnames.has(w)) return false;
  const listed = (lex.firstNames.has(w) || lex.surnames.has(w)) && !lex.common.has(w);
  if (listed) return true;
  // Outside mixed case a word in no list must be a name without help of its capital: not shaped like shorthand.
  return unknownWord(w, lex) && (mode === 'mixed' || (!VERB_SHAPE.test(w) && w.length >= 3));
}

/** What one token is to the name being read: `strong` and `weak` are name words (a weak one needs more to count). */
type NameToken = 'title' | 'initial' | 'suffix' | 'particle' | 'strong' | 'weak';

/** The token `raw` (ending at `tokEnd`, a full stop after it when `dot`) read as a part of a name, or undefined. */
function nameToken(text: string, tokEnd: number, raw: string, dot: boolean, started: boolean, words: number,
  lex: Lexicon, mode: string, cued: boolean): NameToken | undefined {
  // a title before the name stays outside the span
  if (!started && /^(?:dr|mr|mrs|ms|miss|prof|mx)$/i.test(raw)) return 'title';
  // Thirteenth pass: an initial with no full stop opens a name before a capitalised surname or another initial ("Dr A
  // Jones", "Mr K Oduya", the British way of writing initials), in mixed case, where a lone capital is rare otherwise.
  if (/^[A-Z]$/.test(raw) && mode !== 'lower' && (words > 0 || dot || (mode === 'mixed' && INITIAL_BEFORE_NAME.test(text.slice(tokEnd, tokEnd + 8))))) return 'initial';
  if (words > 0 && SUFFIX.test(raw)) return 'suffix';
  // counts only when a name word follows; "st. odens": the full stop abbreviates Saint, it does not end the sentence
  if (PARTICLE.test(raw) && (!dot || /^st$/i.test(raw))) return 'particle';
  if (nameWord(raw, lex, mode)) return 'strong';
  // A capitalised word after the cue; an all-capitals one (short, or in an all-capitals text) only as the surname
  // of the inverted form "DRAP, WILLOW M" / "PATIENT: HAWKS, LANDON".
  if (cued && (cuedWord(raw, lex, mode) || (/^[A-Z]{2,}$/.test(raw) && /^,[ \t]{1,2}[A-Z]{2,}/.test(text.slice(tokEnd, tokEnd + 6)) && cuedWord(raw, lex, 'mixed', true)))) return 'strong';
  // A lowercase given name that is also a word, when an unknown surname follows: "discussed with destiny schaden-mangonon".
  if (cued && !started && mode === 'mixed' && /^[a-z]/.test(raw) && cuedWord(raw[0]!.toUpperCase() + raw.slice(1), lex, mode) &&
    nameWord(TOKEN.exec(text.slice(tokEnd + 1, tokEnd + 41))?.[1] ?? '', lex, mode) && /^[ \t]/.test(text[tokEnd] ?? '')) return 'weak';
  // The surname after a lowercase given name may end like a verb (ananya ballestas): it follows a name here.
  if (cued && words > 0 && mode === 'mixed' && /^[a-z]{3,}$/.test(raw) && unknownWord(raw, lex)) return 'strong';
  // A given name that is also a word (Colt, Summer): a name here only if a surname or an initial follows.
  if (mode === 'mixed' && /^[A-Z][a-z]/.test(raw) && lex.firstNames.has(raw.toLowerCase()) && !lex.clinical.has(raw.toLowerCase())) return 'weak';
  return undefined;
}

/**
 * The inverted form "Smyth, Anna" / "SMYTH, ANNA B": the given name after the first word's comma (`comma`, at `pos`).
 * After "Last," a given name may also be an English word (SMITH, JACK; Doe, Ruby). Returns the offset past it, or undefined.
 */
function invertedGiven(text: string, pos: number, comma: string, lex: Lexicon, mode: string, cued: boolean): number | undefined {
  const nx = TOKEN.exec(text.slice(pos + comma.length, pos + comma.length + 40));
  const nw = (nx?.[1] ?? '').toLowerCase();
  if (!nx || !(nameWord(nx[1] as string, lex, mode) || (lex.firstNames.has(nw) && !lex.clinical.has(nw) && !NOT_NAME.has(nw)) || (cued && cuedWord(nx[1] as string, lex, /^[A-Z]{2,}$/.test(nx[1] as string) ? 'mixed' : mode, true)))) return undefined;
  return pos + comma.length + (nx[1] as string).length;
}

/**
 * Reads a person's name starting at `at`: a title is skipped ("Dr."), then name words, initials, particles (de la,
 * van), suffixes (Jr., III) and the inverted "Last, First I" form. Returns the span, or undefined when no name word
 * comes.
 */
export function nameRun(text: string, at: number, lex: Lexicon, mode: string, cued = false): [number, number] | undefined {
  let pos = at;
  let start: number | undefined;
  let end: number | undefined;
  let words = 0;
  let commaUsed = false;
  let strong = 0;
  let initials = 0;
  for (let k = 0; k < 8; k++) {
    const m = TOKEN.exec(text.slice(pos, pos + 40));
    if (!m) break;
    const raw = m[1] as string;
    const dot = m[2] === '.';
    const tokEnd = pos + raw.length;
    const kind = nameToken(text, tokEnd, raw, dot, start !== undefined, words, lex, mode, cued);
    if (kind === undefined) break;
    if (kind !== 'title') start ??= pos;
    if (kind === 'initial') initials++;
    if (kind === 'initial' || kind === 'suffix') end = tokEnd + (dot ? 1 : 0);
    if (kind === 'suffix') break;
    if (kind === 'strong' || kind === 'weak') {
      end = tokEnd;
      words++;
      if (kind === 'strong') strong++;
    }
    const title = kind === 'title' || (kind === 'particle' && dot);
    pos = tokEnd + (dot ? 1 : 0);
    // A full stop after a word (not an initial, not a suffix) ends the sentence and the name: "Patient: Ann Roe. MRN: ...".
    if (dot && raw.length > 1 && !title) break;
    const comma = /^,[ \t]{1,2}/.exec(text.slice(pos, pos + 4));
    if (comma) {
      // The inverted form: one comma after the first word, then a given name.
      if (commaUsed || words !== 1 || end !== tokEnd) break;
      const given = invertedGiven(text, pos, comma[0], lex, mode, cued);
      if (given === undefined) break;
      commaUsed = true;
      words++;
      strong++;
      pos = given;
      end = pos;
      const sp2 = /^[ \t]{1,2}/.exec(text.slice(pos, pos + 3));
      if (!sp2) break;
      pos += sp2[0].length;
      continue;
    }
    const sp = /^[ \t]{1,2}/.exec(text.slice(pos, pos + 3));
    if (!sp) break;
    pos += sp[0].length;
  }
  return words > 0 && (strong > 0 || initials > 0) && start !== undefined && end !== undefined ? [start, end] : undefined;
}

/** Push NAME and LOCATION spans found through person, place and care cues. */
export function detectCueNames(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text)): void {
  const person = (re: RegExp, after?: RegExp): void => personsAfterCue(text, lex, mode, push, re, after);
  person(PERSON_CUE);
  // Hand-off shorthand: "pt Woffard, 94 y/o", "patient J. Ruiz, 67yo" — the age after the name is the cue's other half.
  person(HANDOFF_CUE, HANDOFF_AGE);
  // "Per Colt the biopsy was benign": in mixed case a capitalised word after "per" is a person (per protocol stays lower).
  if (mode === 'mixed') person(PER_CUE);
  for (const m of mode === 'mixed' ? text.matchAll(ROLE_TITLE) : []) {
    const run = nameRun(text, (m.index ?? 0) + m[0].length, lex, mode, true);
    const words = run ? text.slice(run[0], run[1]).toLowerCase().split(/[\s,]+/) : [];
    // A specialist's title after the role is no name ("Consultant Gastroenterologist", "Resident Physician"); a surname
    // that ends like one is ("Pharmacist Feist", "Registrar Twist").
    if (run && words.some((w) => lex.firstNames.has(w) || lex.surnames.has(w) || !lex.common.has(w.replace(/[.']/g, ''))) &&
      !words.some((w) => SPECIALIST.test(w) && !lex.surnames.has(w) && !lex.firstNames.has(w))) push(run[0], run[1], 'NAME');
  }
  namesBeforeBirthDate(text, lex, mode, push);
  person(SIGN_OFF);
  invertedNames(text, lex, mode, push);
  if (mode === 'lower') return;
  towns(text, lex, push);
  if (mode !== 'mixed') return;
  carePlaces(text, lex, push);
}

/** The names after one person cue `re`, and the list of names that may follow the first. */
function personsAfterCue(text: string, lex: Lexicon, mode: string, push: Push, re: RegExp, after?: RegExp): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index + m[0].length;
    let run = nameRun(text, at, lex, mode, true);
    // A cue that only holds with what follows the name ("pt Woffard, 94 y/o"): check it.
    if (run && after && !after.test(text.slice(run[1], run[1] + 16))) run = undefined;
    // A list of names after the cue ("cc: A. Smith; Jo Bell; Dr. Ng"): each one after a semicolon.
    // ...or after a comma or "and" when the names are full ("Present: Ana Roe, Li Wu and Bo Hale"): a one-word run after a
    // comma could be the given name of an inverted form or a word of the sentence, so it must hold a space.
    for (let k = 0; run && k < 6; k++) {
      push(run[0], run[1], 'NAME');
      const sep = /^[ \t]*;[ \t]{0,3}/.exec(text.slice(run[1], run[1] + 6));
      const list = sep ? undefined : /^(?:[ \t]*,)?[ \t]{0,2}(?:(?:and|&)[ \t]{1,2})?/.exec(text.slice(run[1], run[1] + 8));
      const full = (r: [number, number] | undefined): [number, number] | undefined => (r && /[ \t]/.test(text.slice(r[0], r[1])) ? r : undefined);
      run = sep ? nameRun(text, run[1] + sep[0].length, lex, mode, true)
        : list && list[0].trim() !== '' && /[ \t]/.test(text.slice(run[0], run[1])) ? full(nameRun(text, run[1] + list[0].length, lex, mode, true)) : undefined;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Names written right before a birth date, read back word by word from the cue. */
function namesBeforeBirthDate(text: string, lex: Lexicon, mode: string, push: Push): void {
  // A name written right before a birth date ("Akira O. DOB 3/9/18", "SMITH, JOHN DOB"): read the words back from the cue.
  const hasDob = text.includes('DOB') || text.includes('D.O.B') || text.includes('date of birth');
  if (hasDob) for (const m of text.matchAll(/(?<![A-Za-z'\-])((?:[A-Za-z][A-Za-z'\-]*\.?,?[ \t]{1,2}){1,4})(?:DOB|D\.O\.B\.|date of birth)\b/g)) {
    const words = (m[1] as string).trim().split(/[ \t]+/);
    let k = words.length;
    while (k > 0) {
      const w = (words[k - 1] as string).replace(/[.,]$/, '');
      if (!(/^[A-Z]$/.test(w) || nameWord(w, lex, mode) || cuedWord(w, lex, mode) || (k < words.length && lex.firstNames.has(w.toLowerCase()) && !lex.clinical.has(w.toLowerCase())))) break;
      k--;
    }
    if (k === words.length) continue;
    const lead = words.slice(0, k).join(' ');
    const start = (m.index ?? 0) + (m[1] as string).indexOf((words[k] as string), lead.length);
    // The comma before the cue is the list's, not the name's ("Ambrosine Tully, DOB"): the gold leaves it out.
    const end = (m.index ?? 0) + (m[1] as string).replace(/,?[ \t]+$/, '').length;
    if (words.slice(k).some((w) => w.replace(/[.,]$/, '').length > 1)) push(start, end, 'NAME');
  }
}

/** "SURNAME, GIVEN" on its own, as headers and lists write a name. */
function invertedNames(text: string, lex: Lexicon, mode: string, push: Push): void {
  // "SMITH, JOHN A" on its own (a header or a list): an unknown or listed surname, a given name no dictionary holds.
  for (const m of text.matchAll(/(?<![A-Za-z'\-])([A-Z][A-Za-z'\-]+),[ \t]{1,2}([A-Z][A-Za-z'\-]+)(?:[ \t]([A-Z])\b\.?)?/g)) {
    const first = (m[1] as string).toLowerCase();
    const given = (m[2] as string).toLowerCase();
    const upper = (w: string): boolean => w === w.toUpperCase();
    if (mode === 'mixed' && upper(m[1] as string) !== upper(m[2] as string)) continue;
    if (!lex.firstNames.has(given) || lex.common.has(given) || lex.clinical.has(given) || lex.places.has(first)) continue;
    // A world-list given name with a capitalised word after it opens the next full name of a list ("Trina Kolcrest, Mayla Tower").
    if (lex.worldNames.has(given) && /^[ \t]{1,2}[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    if (!nameWord(m[1] as string, lex, mode) || !(lex.surnames.has(first) || unknownWord(first, lex))) continue;
    push(m.index, m.index + m[0].length, 'NAME');
  }
}

/** Towns by their shape ("Xville"); a town before its state is read in place-slots.ts. */
function towns(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(TOWN_SHAPE)) if (unknownWord(m[0].toLowerCase(), lex)) push(m.index, m.index + m[0].length, 'LOCATION');
}

/** Hospitals and practices after a care cue, in brackets, as the second of two places, and before a department. */
function carePlaces(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(CARE_PLACE)) {
    const at = m.index + m[0].length;
    // An acronym in no clinical list (UPMC, OHSU), a hyphenated pair (Dana-Farber), or a capitalised unknown word.
    if (!/[A-Z]/.test(text[at] ?? '')) continue;
    const w = /^(?:[A-Z]{2,6}(?![A-Za-z])|[A-Z][a-z]+(?:-[A-Z][a-z]+)+|[A-Z][a-z]{2,})/.exec(text.slice(at, at + 40))?.[0] ?? '';
    const low = w.toLowerCase();
    if (!w || lex.clinical.has(low) || NOT_NAME.has(low)) continue;
    const acronym = /^[A-Z]+$/.test(w);
    // A capitalised dictionary word that ends the phrase ("from Tufts.", "at Duke and") names the place too.
    const closes = /^(?:[ \t]*(?:[.,;)]|$|\n|and\b|or\b|who\b|on\b|in\b|for\b|after\b|with\b))/.test(text.slice(at + w.length, at + w.length + 8));
    const named = !acronym && closes && !GENERIC_PLACE.has(low) && !ROLE.has(low) && !lex.eponyms.has(low) && !CLINICAL_SHAPE.test(low);
    if ((acronym && !lex.common.has(low)) || (!acronym && (unknownWord(low, lex) || lex.places.has(low) || lex.surnames.has(low) || /-/.test(w) || named))) push(at, at + w.length, 'LOCATION');
  }
  for (const m of text.matchAll(CARE_PAREN)) {
    const inner = m[1] as string;
    const ws = inner.toLowerCase().split(/[ \t]+/);
    if (ws.some((x) => lex.clinical.has(x) || NOT_NAME.has(x) || ROLE.has(x) || GENERIC_PLACE.has(x) || CLINICAL_SHAPE.test(x))) continue;
    if (ws.some((x) => RECORD_STATE.has(x))) continue;
    const at = m.index + m[0].length - inner.length - 1;
    push(at, at + inner.length, 'LOCATION');
  }
  // "Prior care at X and UPMC": the second of two places after a care cue, when the first was found and this one is an
  // acronym in no clinical list.
  for (const m of text.matchAll(/\b(?:and|or|&)[ \t]{1,2}([A-Z]{2,6}(?![A-Za-z])|[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?=[ \t]*(?:[.;,)]|$)))/gm)) {
    const w = (m[1] as string).toLowerCase();
    const acronym = /^[A-Z]+$/.test(m[1] as string);
    // An acronym in no dictionary, or a capitalised word that closes the list ("Prior care at Mercy Clinic and Duke.").
    if (lex.clinical.has(w) || (acronym && lex.common.has(w)) || NOT_NAME.has(w) || ROLE.has(w) || GENERIC_PLACE.has(w) || CLINICAL_SHAPE.test(w)) continue;
    if (!/\b(?:from|at)[ \t]{1,2}[A-Z][^.\n;]{0,60}$/.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    const at = m.index + m[0].length - (m[1] as string).length;
    push(at, at + (m[1] as string).length, 'LOCATION');
  }
  // A line naming an organisation and its department, as signatures and letterheads do ("Krasnicki Urgent Care
  // Cardiology", "UPMC Cardiology"): the words before the department.
  for (const m of text.matchAll(DEPARTMENT_LINE)) {
    const org = (m[1] as string).trim();
    const ws = org.toLowerCase().split(/[ \t]+/);
    // Generic words only ("General Internal Medicine") name no organisation; a dictionary word that is not generic may
    // ("Mass General Cardiology", "Baptist Health Cardiology").
    if (ws.every((w) => GENERIC_DEPT.has(w) || lex.clinical.has(w) || NOT_NAME.has(w) || (!/^[A-Z]/.test(org) && lex.common.has(w)))) continue;
    const at = (m.index ?? 0) + (m[0] as string).indexOf(org);
    push(at, at + org.length, 'LOCATION');
  }
}
