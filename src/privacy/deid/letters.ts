/**
 * Conventions of letters, e-mails, forms and hand-overs that nursing notes do not use (issue 14, out-of-domain texts):
 * practices and organisations named by a head word that is not a facility word ("Ryedale Valley Surgery", "Sunnyside
 * Pediatrics", "Willow Bend Care Home"), institution acronyms and hyphenated names after a place cue ("referred to
 * UCSF", "at Cedars-Sinai"), the name after a greeting or under a sign-off, ages over 89 written as a hand-over writes
 * them ("Agatha Pennington, 94,", "97M"), Irish and Scottish surname shapes (O'Shaughnessy, McAllister) and the
 * capitalised word before them. `trimLetterSpans` then takes form labels and credentials off the edges of names.
 * Each rule needs a context or a shape; a capitalised word alone is never enough.
 */
import { caseMode, type CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import type { PhiSpan, PushSpan as Push } from './types.js';


// Heads that name a kind of facility: whatever proper words stand before them name one.
const FACILITY_KIND = "(?:Care[ \\t]Home|Nursing[ \\t]Home|Residential[ \\t]Home|Rest[ \\t]Home|Skilled[ \\t]Nursing(?:[ \\t]Facility)?|Assisted[ \\t]Living(?:[ \\t]Facility)?|Care[ \\t]Cent(?:er|re)|Medical[ \\t](?:Practice|Group|Associates|Partners)|Family[ \\t](?:Practice|Medicine|Health)|Health[ \\t]Cent(?:er|re)|Primary[ \\t]Care|Urgent[ \\t]Care|Surgery|Practice|Partnership|Partners|Associates|Healthcare|Health[ \\t]System|Doctors|Medical[ \\t]Cent(?:er|re))";
// Heads that are also the name of a specialty or service ("Cardiology", "General Surgery"): a proper word no dictionary
// holds, or a place cue before, is needed to read them as an organisation.
const SPECIALTY_KIND = '(?:Pediatrics|Paediatrics|Orthopaedics|Orthopedics|Cardiology|Dermatology|Oncology|Urology|Neurology|Radiology|Imaging|Dental|Dentistry|Pharmacy|Medicine|Health|Physicians|Specialists|Therapy|Physiotherapy|Optometry|Podiatry|Obstetrics|Gynecology|Gynaecology|Women\'s[ \\t]Health|Eye[ \\t]Care|Vision|Hearing|Laboratories|Labs?|Diagnostics)';
const PROPER = "(?:[A-Z][a-z'\u2019]+|[A-Z]{2,5})";
const SPECIALTY_WORD = new RegExp(`^${SPECIALTY_KIND}$`);
const ORG = new RegExp(`(?<![\\w'-])(${PROPER}(?:(?:[ \\t]|-)${PROPER}){0,3})[ \\t]+(?:(${FACILITY_KIND})|(${SPECIALTY_KIND}))(?![\\w'-])`, 'g');
// Words that say which organisation without naming one, or that make the head a department: "General Surgery", "our
// practice", "Vascular Surgery". The clinical lexicon vetoes the rest (Cardiac, Pediatric...).
export const NOT_PROPER = new Set(('the a an our your their his her its this that my local nearby private public general vascular cardiac plastic ' +
  'thoracic colorectal pediatric paediatric orthopaedic orthopedic interventional sports internal family emergency adult child children ' +
  'geriatric neonatal oral hand spinal spine breast upper lower transplant trauma acute primary secondary tertiary community hospital ' +
  'department dept division section unit service clinic ward day minor same major elective outpatient inpatient mental public occupational ' +
  'behavioral behavioural physical integrative functional preventive preventative reproductive sexual travel student employee staff ' +
  'dear re to from cc subject at in of for with and or by gp dr mr mrs ms miss prof please thank thanks regards sincerely yours ' +
  'senior junior chief head consultant registrar nurse nursing medical surgical clinical urgent care eye heart skin bone joint foot ' +
  'women men mens womens kids pediatrics cardiology neurology oncology radiology surgery medicine health group practice team ' +
  'see seen refer referred referral letter note report summary discharge admission follow up new old').split(' '));
const ORG_MODIFIERS = new Set(['family', 'medical', 'community', 'primary', 'urgent', 'care', 'health', 'nursing', 'skilled', 'assisted', 'women\'s',
  'children\'s', 'specialty', 'surgical', 'general', 'internal', 'sports', 'pediatric', 'paediatric', 'dental', 'eye', 'heart', 'rehabilitation', 'senior']);
const INSTITUTION_WORD = /^(?:Hospitals?|Center|Centre|Infirmary|System|Care|Clinic|Institute|Health|Medical|University|College)$/;
// A place cue before the organisation: "at", "from", "to" and the verbs of care and transfer.
const PLACE_CUE = /(?:\b(?:at|from|to|with|by|of|via)|\b(?:referred|transferred|seen|treated|followed|admitted|discharged|attends|attended|registered))[ \t]+(?:the[ \t]+)?$/i;
// A letterhead, signature or form line: the organisation starts its line, or follows a comma, a dash or a bar on it.
const LINE_CUE = /(?:^|\n)[ \t]*$|(?:,|\||:|\s[-\u2013\u2014])[ \t]*$/;

// An institution acronym or hyphenated name after a care or transfer verb and a preposition.
const INSTITUTION_CUE = /\b(?:referred|refer|referral|transferred|transfer|sent|seen|treated|followed|follow-up|up|admitted|discharged|moved|works?|worked|trained|attends?|attended|presented|returned|came|comes|back|care|surgery|appointment|transplant|team|clinic)[ \t]+(?:back[ \t]+)?(?:at|to|from|by|in)[ \t]+(?:the[ \t]+)?$/i;
const ACRONYM = /\b([A-Z]{3,6})(?![\w-])/y;
const HYPHEN_NAME = /([A-Z][a-z]+-[A-Z][a-z]+)(?![\w-])/y;

// The addressee of a greeting and the writer under a sign-off.
const GREETING = /(?:^|\n)[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)),?[ \t]+((?:[A-Z][a-z'\u2019-]+)(?:[ \t][A-Z]\.?)?(?:[ \t][A-Z][a-z'\u2019-]+){0,2})[ \t]*[,!:\n]/g;
const SIGN_OFF = /(?:^|\n)[ \t]*(?:(?:Kind|Best|Warm|Many)[ \t]regards|Regards|Sincerely|Yours[ \t](?:sincerely|faithfully|truly)|Thanks|Thank[ \t]you|Best(?:[ \t]wishes)?|Cheers|Respectfully|With[ \t]thanks),?[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?((?:[A-Z][a-z'\u2019-]+)(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z'\u2019-]+){0,2})[ \t]*(?=,|\n|$)/g;

const SIGN_OFF_LOWER = /(?:^|\n)[ \t]*(?:(?:kind|best|warm|many)[ \t]regards|regards|sincerely|thanks|thank[ \t]you|best|cheers),?[ \t]*\n[ \t]*([a-z][a-z'\u2019-]+(?:[ \t][a-z][a-z'\u2019-]+){1,2})[ \t]*(?=\n|$)/gi;
// A sign-off with the name on the same line ("Thanks, priya otness", "Regards, Dorian"): checked word by word as a roster item.
const SIGN_OFF_INLINE = /(?:^|\n)[ \t]*(?:(?:Kind|Best|Warm|Many)[ \t](?:regards|thanks)|Regards|Sincerely|Thanks|Thank[ \t]you|Best|Cheers|Respectfully),[ \t]+((?:Dr\.?[ \t]+)?[A-Za-z][A-Za-z'\u2019-]*(?:,?[ \t]+[A-Za-z](?:[A-Za-z'\u2019-]*|\.)){0,3})[ \t]*(?=\n|$|,)/g;

// Ages over 89 as hand-overs write them: after a name and a comma ("Agatha Pennington, 94,"), run together with the sex
// ("97M", "92 yo F" is in patterns.ts), or after an age label ("aged 94", "Age: 101").
const AGE_AFTER_NAME = /(?<=\p{Lu}[\p{Ll}'\u2019]+,[ \t])(9\d|1[01]\d)(?=[ \t]*(?:,|;|\(|\n|$))/gu;
// Fifteenth pass (lother): a person named in brackets with the age, as an aside ("your father (Åke Lindqvist, 96) ...").
const AGE_IN_NAME_BRACKET = /(?<=\((?:\p{Lu}[\p{Ll}'\u2019\-]+[ \t]){1,2}\p{Lu}[\p{Ll}'\u2019\-]+,[ \t])(9\d|1[01]\d)(?=[ \t]*\))/gu;
// Fourteenth pass: a given name and a surname, then the age ending the sentence ("Patient: Jane Roe, 94.").
const AGE_AFTER_FULL_NAME = /(?<=\b[A-Z][a-z'\u2019]+[ \t][A-Z][a-z'\u2019\-]+,[ \t])(9\d|1[01]\d)(?=\.(?:[ \t]|$))/gm;
const AGE_SEX = /(?<![\w.\/:-])(9\d|1[01]\d)(?=[MF](?![\w]))/g;
const AGE_LABEL = /\b(?:aged?|age:)[ \t]{1,2}(9\d|1[01]\d)(?![\d.\/%])/gi;
// Ages over 89 as letters write them: "she is 93", "turned 95", "her 100th birthday", "Age/Sex: 91/F", "died at 94" (spelled
// out, "aged ninety-four", in identifiers.ts AGE_SPELLED). A number after is/at is an age only before a word, not a unit,
// a slash or a digit.
const AGE_PROSE = /\b(?:he|she|they|patient|pt|mum|mom|mother|father|dad|husband|wife|who)[ \t]+(?:is|was|turned|turns|will[ \t]be)[ \t]+(9\d|1[01]\d)(?![\d.,\/%:A-Za-z]|[ \t]*(?:%|mm|kg|cm|bpm|mg|ml|times|units?|points?|on|out|of|minutes|mins?|hours?|hrs?|days?|weeks?|miles|km|feet|ft|seconds|secs?|percent|degrees|beats|breaths|lbs?|pounds)\b)/gi;
const AGE_DIED = /\b(?:died|passed[ \t]away|death)[ \t]+(?:at|aged)[ \t]+(9\d|1[01]\d)(?![\d.,\/%:])/gi;
const AGE_BIRTHDAY = /\b(9\d|1[01]\d)(?:st|nd|rd|th)[ \t]+birthday/gi;
const AGE_SEX_FIELD = /\bage[ \t]*\/[ \t]*(?:sex|gender)[ \t]*:?[ \t]*(9\d|1[01]\d)(?=[ \t]*\/?[ \t]*[MF]\b)/gi;
// A temperature or a rate written the same way: "T 97F", "HR 94".
const MEASURE_BEFORE = /\b(?:t|temp|tmax|tm|tc|hr|pulse|sat|sats|spo2|o2|rr|wt|weight|bp)\b[ \t:=]*$/i;

// Surnames of Irish and Scottish shape: O'X, McX, MacX (the capital after the prefix is the sign).
const GAELIC = /(?<![\w'])(?:O['\u2019]|Mc|Mac)[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?![\w'])/g;

// A form or e-mail field that holds people ("cc: A; B", "Attending: x y", "Guarantor: X"): each item is a name when its
// words have a name's shape and are not English or clinical words. A letter's "RE:" line names the patient when its words
// are no English or clinical words ("RE: ADAEZE OKONKWO"; "RE: REFERRAL FOR ECHO" stays).
const ROSTER = /(?:^|\n|[;|][ \t]|\.[ \t])[ \t]*(?:cc|to|from|attending|resident|fellow|intern|surgeon|assistant|anesthesia|anaesthesia|anesthesiologist|anaesthetist|referring(?:[ \t](?:physician|provider|clinician|doctor))?|ordering(?:[ \t](?:provider|physician|clinician))?|pcp|gp|provider|physician|author|signed(?:[ \t]by)?|dictated[ \t]by|guarantor|next[ \t]of[ \t]kin|nok|emergency[ \t]contact|contact|parent|guardian|patient|pt|name|member|subscriber|prescriber|insured|caregiver|re|regarding)[ \t]*(?:\([^)\n]{0,24}\)[ \t]*)?:[ \t]*([^\n]{1,200})/gi;
const ROSTER_ITEM = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?([A-Za-z][A-Za-z'\u2019-]*(?:,?[ \t]+[A-Za-z](?:[A-Za-z'\u2019-]*|\.))*)/;

/** Form labels and credentials that a name rule may take for a name word at the edge of a span. */
export const LABELS = new Set(['member', 'sex', 'gender', 'npi', 'dob', 'age', 'mrn', 'id', 'phone', 'tel', 'fax', 'email', 'date', 'address', 'ordering',
  'referring', 'attending', 'prescriber', 'patient', 'subject', 'signed', 'dictated', 'cc', 're', 'policy', 'group', 'plan', 'insurance',
  'cpnp', 'pharmd', 'fnp', 'fnp-c', 'pa-c', 'agpcnp', 'anp', 'dnp', 'mbbs', 'mbchb', 'frcp', 'mrcp', 'mrcgp', 'frcs', 'facp', 'facc', 'facs',
  'ccc-slp', 'otr', 'otr/l', 'dpt', 'pt', 'ot', 'lcsw', 'licsw', 'msw', 'rd', 'rdn', 'cde', 'ibclc', 'do', 'md', 'rn', 'np', 'bsn', 'msn', 'phd',
  // Visit and record labels, and national identifier labels that stand before their number ("NHS 401 023 2137").
  'visit', 'encounter', 'account', 'acct', 'claim', 'nhs', 'chi', 'ramq', 'ohip', 'medicare', 'medicaid', 'ssn', 'sin']);

const TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Doctor)\.?[ \t]$/;
const FULL_NAME = /^[A-Z][a-z'\u2019]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][A-Za-z'\u2019-]+)+$/;

function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) fn(m);
}

const wordsOf = (s: string): string[] => s.split(/[ \t-]+/).filter(Boolean);

/** A proper word that may name an organisation: not a clinical term, not a department or generic word. */
function properWord(w: string, lex: Lexicon): boolean {
  const low = w.toLowerCase().replace(/['\u2019]s$/, '');
  if (NOT_PROPER.has(low)) return false;
  if (/^[A-Z]{2,5}$/.test(w)) return !lex.clinical.has(low) && !lex.common.has(low);
  // An eponym that is also a surname or a town names practices too ("Greenfield Family Practice").
  return (!lex.clinical.has(low) && !lex.eponyms.has(low)) || lex.surnames.has(low) || lex.places.has(low);
}

/** Practices and organisations: proper words before a practice, facility-kind or (with a cue) specialty head word. */
function organisations(text: string, lex: Lexicon, push: Push): void {
  scan(ORG, text, (m) => {
    let words = wordsOf(m[1] ?? '');
    let start = m.index;
    // Leading words that are not part of a name ("Our Ryedale Surgery", "Dear Sunnyside Pediatrics") are dropped.
    while (words.length && !properWord(words[0] ?? '', lex)) {
      start = text.indexOf(words[1] ?? '\u0000', start + (words[0] ?? '').length);
      words = words.slice(1);
    }
    // After the first proper word, the facility's own modifiers may follow ("Greenfield Family Practice").
    // A specialty may stand between the name and a facility-kind head: "Kingfisher Cardiology Associates".
    if (!words.length || start < 0 || !words.every((w, k) => properWord(w, lex) || (k > 0 && (ORG_MODIFIERS.has(w.toLowerCase()) || (m[2] !== undefined && SPECIALTY_WORD.test(w)))))) return;
    const before = text.slice(Math.max(0, start - 40), start);
    const cue = PLACE_CUE.test(before) || LINE_CUE.test(before);
    if (m[3] !== undefined) {
      // After an institution's own name ("Bekhit Medical Center Cardiology", "OHSU Cardiology") the specialty is one of
      // its departments, which names no one: the institution alone is taken.
      if (words.some((w) => INSTITUTION_WORD.test(w))) return;
      if (words.length === 1 && /^[A-Z]{2,5}$/.test(words[0] ?? '')) { push(start, start + (words[0] ?? '').length, 'LOCATION'); return; }
      // A specialty head needs a word no dictionary holds, or a place cue and two proper words ("Harbor Lights Pediatrics").
      // A form label ("Fetal Blood Group:") is no organisation; adjectives of clinical shape (Maternal, Fetal) name none.
      if (text[m.index + m[0].length] === ':') return;
      const unknown = words.some((w) => !lex.common.has(w.toLowerCase()) && !/(?:al|ic|ous|ary|ive|ed|ing)$/.test(w));
      if (!unknown && !(cue && words.length >= 2)) return;
      if (!cue && !unknown) return;
    } else if (!cue && words.every((w) => lex.common.has(w.toLowerCase()))) {
      // "Minor Surgery", "Day Practice": a facility-kind head after English words alone needs a cue.
      return;
    }
    // Sentence-initial single English word ("Surgery was uneventful" never matches; "Valley Surgery" at a sentence start may).
    push(start, m.index + m[0].length, 'LOCATION');
  });
}

/** Institution acronyms (UCSF) and hyphenated names (Cedars-Sinai) after a care or transfer cue. */
function institutions(text: string, lex: Lexicon, push: Push): void {
  for (const m of text.matchAll(/\b(?:at|to|from|by|in)[ \t]+(?:the[ \t]+)?/g)) {
    const at = (m.index ?? 0) + m[0].length;
    if (!INSTITUTION_CUE.test(text.slice(Math.max(0, at - 48), at))) continue;
    ACRONYM.lastIndex = at;
    const a = ACRONYM.exec(text);
    if (a?.[1] && !lex.clinical.has(a[1].toLowerCase()) && !lex.common.has(a[1].toLowerCase()) && !NOT_PROPER.has(a[1].toLowerCase())) {
      push(at, at + a[1].length, 'LOCATION');
      continue;
    }
    HYPHEN_NAME.lastIndex = at;
    const h = HYPHEN_NAME.exec(text);
    if (h?.[1] && wordsOf(h[1]).every((w) => !lex.clinical.has(w.toLowerCase()) && !lex.eponyms.has(w.toLowerCase()))) push(at, at + h[1].length, 'LOCATION');
  }
}

/** The addressee after a greeting, the writer under a sign-off: a name unless its words are English words. */
function greetingsAndSignOffs(text: string, lex: Lexicon, push: Push): void {
  const take = (m: RegExpExecArray): void => {
    const name = m[1] ?? '';
    const ws = wordsOf(name).filter((w) => !/^[A-Z]\.?$/.test(w));
    // "Dear Colleague", "Hi team", "Dear Sir", "Thanks again": English words, not people (a lexicon name still counts).
    const named = ws.some((w) => {
      const low = w.toLowerCase();
      return !lex.common.has(low) || lex.firstNames.has(low) || lex.surnames.has(low);
    });
    if (!named || ws.some((w) => NOT_PROPER.has(w.toLowerCase()) || lex.clinical.has(w.toLowerCase()) && !lex.firstNames.has(w.toLowerCase()))) return;
    const start = m.index + m[0].lastIndexOf(name);
    push(start, start + name.length, 'NAME');
  };
  scan(GREETING, text, take);
  scan(SIGN_OFF, text, take);
  // The name line under a sign-off in lower case ("Thanks,\npriya otness"): words no dictionary holds.
  scan(SIGN_OFF_LOWER, text, (m) => {
    const name = m[1] ?? '';
    if (!rosterName(name, lex)) return;
    const start = m.index + m[0].length - name.length;
    push(start, start + name.length, 'NAME');
  });
  scan(SIGN_OFF_INLINE, text, (m) => {
    const name = (m[1] ?? '').replace(/^Dr\.?[ \t]+/, '');
    if (!rosterName(name, lex)) return;
    const start = m.index + m[0].length - name.length;
    push(start, start + name.length, 'NAME');
  });
}

/** Ages over 89 in hand-over style. */
function handoverAges(text: string, push: Push): void {
  const at = (m: RegExpExecArray): void => {
    const age = m[1] ?? '';
    const start = m.index + m[0].length - age.length;
    if (MEASURE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return;
    push(start, start + age.length, 'AGE');
  };
  scan(AGE_AFTER_NAME, text, at);
  scan(AGE_IN_NAME_BRACKET, text, at);
  scan(AGE_AFTER_FULL_NAME, text, at);
  scan(AGE_SEX, text, at);
  scan(AGE_LABEL, text, at);
  for (const re of [AGE_PROSE, AGE_DIED, AGE_BIRTHDAY, AGE_SEX_FIELD]) {
    scan(re, text, (m) => {
      const age = m[1] ?? '';
      const start = m.index + (re === AGE_BIRTHDAY ? 0 : m[0].lastIndexOf(age));
      push(start, start + age.length, 'AGE');
    });
  }
}

/** O'X / McX / MacX surnames, with a capitalised given word right before them mid-sentence. */
function gaelicSurnames(text: string, lex: Lexicon, push: Push): void {
  scan(GAELIC, text, (m) => {
    const low = m[0].toLowerCase().replace(/['\u2019]/g, '');
    if (lex.clinical.has(low) || lex.eponyms.has(low)) return;
    // A clinical head after it makes it an eponym (MacConkey agar, McBurney point, McMurray test).
    if (/^[ \t]*(?:['\u2019]s)?[ \t]*(?:agar|point|sign|test|incision|criteria|score|scale|maneuver|manoeuvre|syndrome|disease|fracture|classification|positive|negative|equivocal)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return;
    let start = m.index;
    const prev = /([A-Z][a-z'\u2019]+)[ \t]+$/.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (prev?.[1]) {
      const p = prev[1].toLowerCase();
      const head = m.index - prev[0].length;
      // Not at a sentence start, where English capitalises any word.
      const sentenceStart = /(?:^|[.!?:\n][ \t]*)$/.test(text.slice(Math.max(0, head - 3), head));
      if ((!lex.common.has(p) || lex.firstNames.has(p)) && !lex.clinical.has(p) && !NOT_PROPER.has(p) && (!sentenceStart || lex.firstNames.has(p))) start = head;
    }
    push(start, m.index + m[0].length, 'NAME');
  });
}

/** A roster item's words are a name's: initials, or words that are no English or clinical word unless a name list has them. */
function rosterName(item: string, lex: Lexicon): boolean {
  const ws = item.split(/[ \t,]+/).filter(Boolean);
  if (!ws.length || ws.length > 4) return false;
  let named = false;
  for (const w of ws) {
    if (/^[A-Za-z]\.?$/.test(w)) continue;
    const low = w.toLowerCase();
    // A given name that is also a word (Autumn, Chase) is a name in a field that holds people.
    const listed = lex.firstNames.has(low) || lex.surnames.has(low) || lex.contextGiven.has(low) || low.split('-').every((p) => lex.firstNames.has(p) || lex.surnames.has(p));
    if (LABELS.has(low) || NOT_PROPER.has(low) || (lex.clinical.has(low) && !listed) || (lex.common.has(low) && !listed)) return false;
    named = true;
  }
  return named;
}

/** Names in form and e-mail fields that hold people, item by item. */
function rosterNames(text: string, lex: Lexicon, push: Push): void {
  scan(ROSTER, text, (m) => {
    const value = m[1] ?? '';
    let at = m.index + m[0].length - value.length;
    for (const raw of value.split(/;/)) {
      // An item ends at a credential, a bracket, a digit, a bar, a dash, an e-mail or another label.
      const cut = raw.search(/,[ \t]*(?:[A-Z]{2,5}\b|[A-Z][a-z]{1,4}[A-Z])|[ \t]\(|\d|\||[ \t][-\u2013\u2014][ \t]|@|[ \t][A-Za-z]+[ \t]?:|\.(?:[ \t]|$)(?<![ \t][A-Za-z]\.(?:[ \t]|$))|[ \t]{2}/);
      const piece = cut >= 0 ? raw.slice(0, cut) : raw;
      const lead = piece.length - piece.trimStart().length;
      const n = ROSTER_ITEM.exec(piece.trimStart());
      if (n?.[1] && !/@/.test(raw)) {
        const name = n[1].replace(/[ \t,]+$/, '');
        if (rosterName(name, lex)) {
          const start = at + lead + n[0].length - n[1].length;
          push(start, start + name.length, 'NAME');
        }
      }
      at += raw.length + 1;
    }
  });
}

/** Push spans for the letter, e-mail and form conventions above. */
export function detectLetterForms(text: string, lex: Lexicon, push: Push): void {
  organisations(text, lex, push);
  institutions(text, lex, push);
  greetingsAndSignOffs(text, lex, push);
  handoverAges(text, push);
  gaelicSurnames(text, lex, push);
  rosterNames(text, lex, push);
}

// Common words that name a hospital service (not "Saint Ridge Clinic", whose words are common too).
export const DEPARTMENT_WORDS = new Set(('memory fracture pain sleep wound travel fertility diabetes stroke falls heart failure lung breast chest eye foot ' +
  'hand bone joint weight smoking lipid warfarin coumadin infusion transfusion vaccine allergy asthma kidney liver baby child sports day walk-in ' +
  'minor injuries surgical medical outpatient pre-op admissions emergency dressing clot blood cancer skin voice hearing balance spine back ' +
  'nutrition feeding continence bladder bowel headache seizure movement tremor cough airway').split(' '));
const CLINICAL_WORD = /(?:ation|ology|ography|otherapy|ics|itis|osis|emia|ence|ance)$/;
/** "Anticoagulation Clinic", "Memory Clinic": a service of any hospital, named by English or clinical words only. */
function clinicDepartment(span: string, lex: Lexicon): boolean {
  const m = /^((?:[A-Z][a-z]+[ \t]){1,2})(?:Clinic|Service|Unit|Team|Department|Dept)$/.exec(span);
  if (!m?.[1]) return false;
  return wordsOf(m[1]).every((w) => {
    const low = w.toLowerCase();
    return (DEPARTMENT_WORDS.has(low) || lex.clinical.has(low) || CLINICAL_WORD.test(low)) && !lex.firstNames.has(low) && !lex.surnames.has(low) && !lex.places.has(low);
  });
}

/**
 * Names lose form labels and credentials at their edges ("Member" of "Lucius Ferreira Member ID", "PharmD", "Sex:"),
 * and a person's name is not a town before a credential that is also a state code ("Wendell Abernathy, PA-C").
 */
export function trimLetterSpans(spans: readonly PhiSpan[], text: string, lex: Lexicon, mode: CaseMode = caseMode(text)): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.type === 'LOCATION') {
      // The credential may follow the span: a state's code is no part of a place (`detect.ts`).
      const after = /^,[ \t]?(?:PA|MD|NP|DO|MA)(?![A-Za-z])/.exec(text.slice(s.end, s.end + 6));
      const whole = text.slice(s.start, s.end + (after?.[0].length ?? 0));
      const m = /^([A-Z][a-z'\u2019]+)[ \t]+[A-Z][a-z'\u2019-]+,[ \t]?(?:PA|MD|NP|DO|MA)$/.exec(whole);
      // "Huitt Tamiko, PA-C", "per Pomante Greener, MD": a person with a credential, not a town with a state.
      const person = m?.[1] !== undefined && (lex.firstNames.has(m[1].toLowerCase()) || text[s.end] === '-' ||
        /(?:\b(?:per|by|cc|with|dr|attending|resident|assistant|surgeon|seen by)[.:]?|;)[ \t]*$/i.test(text.slice(Math.max(0, s.start - 20), s.start)));
      if (person) {
        out.push({ start: s.start, end: s.start + whole.lastIndexOf(','), type: 'NAME' });
        continue;
      }
    }
    if (s.type === 'LOCATION' && clinicDepartment(text.slice(s.start, s.end), lex)) continue;
    // "discussed at MDT": an acronym after a meeting verb is the meeting (MDT, tumour board), not a place.
    if (s.type === 'LOCATION' && /^[A-Z]{2,6}$/.test(text.slice(s.start, s.end)) &&
      /\b(?:discussed|raised|minuted|listed)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?$/i.test(text.slice(Math.max(0, s.start - 30), s.start))) continue;
    if (s.type === 'LOCATION') {
      // "University of" belongs to the place after it, however the place was found.
      const uni = /\b(?:University|College|Institute|Univ\.?)[ \t]+of[ \t]+(?:the[ \t]+)?$/.exec(text.slice(Math.max(0, s.start - 30), s.start));
      if (uni) { out.push({ ...s, start: s.start - uni[0].length }); continue; }
      // Partners' names joined inside an institution's name: "Baylor Scott & White", "Brigham and Women's".
      const joined = /^[ \t]+(?:&[ \t]+[A-Z][a-z]+(?:['\u2019]s)?|and[ \t]+[A-Z][a-z]+['\u2019]s)(?![\w'])/.exec(text.slice(s.end, s.end + 30));
      if (joined) { out.push({ ...s, end: s.end + joined[0].length }); continue; }
    }
    if (s.type !== 'NAME') { out.push(s); continue; }
    // A run of capitalised words ending on a clinical head word is an instrument's name: "Rockwood Clinical Frailty Scale".
    if (/[ \t](?:Scale|Score|Index|Criteria|Classification|Questionnaire|Inventory|Assessment|Tool)$/.test(text.slice(s.start, s.end))) continue;
    let { start, end } = s;
    for (;;) {
      const m = /^([A-Za-z][A-Za-z\-\/]*):?[ \t,]+/.exec(text.slice(start, end));
      if (!m?.[1] || !LABELS.has(m[1].toLowerCase()) || m[0].length >= end - start) break;
      start += m[0].length;
    }
    for (;;) {
      const m = /[ \t,]+([A-Za-z][A-Za-z\-\/]*):?$/.exec(text.slice(start, end));
      if (!m?.[1] || !LABELS.has(m[1].toLowerCase()) || m.index === 0) break;
      end = start + m.index;
    }
    // A capitals word right after "Given Surname, " is a credential, not a second name ("Marisol Vega, RPSGT").
    if (/^[A-Z]{2,6}$/.test(text.slice(start, end)) && /[A-Z][a-z'\u2019]+,[ \t]$/.test(text.slice(Math.max(0, start - 24), start)) &&
      mode === 'mixed') continue;
    // A label or credential alone ("Member", "NPI", "PharmD") is no name.
    if (LABELS.has(text.slice(start, end).replace(/:$/, '').toLowerCase())) continue;
    // A title before a full name (given name and surname, title case) is part of how the person is named: "Dr. Jane Doe".
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (title && FULL_NAME.test(text.slice(start, end))) start -= title[0].length;
    out.push({ ...s, start, end });
  }
  return out;
}
