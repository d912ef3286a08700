/**
 * Eponyms are not people: "Chaddock sign", "Lou Gehrig disease", "Gleason score", "Stevens-Johnson syndrome".
 * A name detector that knows surnames flags them, and a redacted eponym costs the reader the diagnosis. This step
 * drops NAME spans that stand in a clinical term: right before a clinical head word (sign, disease, score...),
 * possibly through a list of eponyms ("Kernig and Brudzinski signs"), or hyphen-joined words that are all eponyms,
 * clinical or English words ("Wolff-Parkinson-White"). Eponyms come from ICD-10-CM, Disease Ontology and HPO.
 * The same step drops what else a PHI-free clinical text gets flagged for (issue 14, tenth pass): a medicine where a
 * medicine is used, a hospital service or area, a named score with its value, an organism, a professional body's
 * classification. Each is a context with its person counter-case (a title, "started Maria on", a name-list word first).
 */
import type { Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

const HEAD = '(?:disease|diseases|syndrome|syndromes|sign|signs|test|tests|testing|score|scores|scale|reflex|reflexes|maneuver|manoeuvre|criteria|classification|procedure|operation|fracture|palsy|phenomenon|lymphoma|sarcoma|tumou?r|catheter|position|triad|ulcer|cyst|dystrophy|contracture|esophagus|oesophagus|thyroiditis|encephalopathy|aneurysm|hernia|grade|staging|point|node|nodes|anomaly|malformation|disorder|dementia|chorea|ataxia|anemia|anaemia|fundoplication|repair|incision|line|lines|test\'s|method|rule|index|equation|formula|stain|solution|tube|mask|cannula|valve|shunt|pouch|loop|block|bundle|fibers|junction|cells|angina|protein|proteins|trait|traits|virus|bacillus|body|bodies|granules|nodes?|nodules?|spots?|ring|canal|duct|gland|glands|space|membrane|ligament|tendon|tendons|muscle|nerve|artery|vein|effect|deformity|lesions?|rash|angle|curve|type|law|hypothesis|coma|agent|toxin|factor|gene|variant|body|frame|splint|traction|murmur|gait|habitus|respiration|breathing|pulse|sounds?|nodule|pupils?|infections?|neuralgia|neuroma|neuropathy|arthritis|sclerosis|necrosis|infarct|thrombosis|glomerulonephritis|nephropathy|pneumonia|keratitis|uveitis|dermatitis|hypoplasia|atrophy|cardiomyopathy|drain|drains|bar|cycle|ratio|collar|brace|harness|blade|jacket|tear|diverticulum|myotomy|circulation|perimetry|bypass|fingers|dysplasia|chondrodysplasia|typhus)';
// After the span: an optional possessive, a list of further capitalised words joined by and/or/comma/hyphen, then the head.
// One more capitalised word may stand between (Von Willebrand disease, Bence Jones protein).
// Case-insensitive head words, case-sensitive capitals for the eponym words (so "Smith has disease" keeps Smith).
const HEAD_ANY_CASE = HEAD.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const TERM_AFTER = new RegExp(`^(?:['\u2019]s|s?['\u2019])?(?:[ \\t]*(?:,|[Aa][Nn][Dd]|&|[Oo][Rr]|-|/)[ \\t]*[A-Z][A-Za-z]+(?:['\u2019]s)?)*(?:[ \\t]{1,2}[A-Z][A-Za-z]*(?:['\u2019]s)?){0,2}[ \\t]{1,2}${HEAD_ANY_CASE}\\b`);

const THING_AFTER = /^['\u2019]?s?(?:[ \t]{1,2}[A-Z][a-z]+){0,2}[ \t]{1,2}(?:murmur|bar|syndrome|disease|fracture|procedure|operation|manoeuvre|maneuver|reflex|drain|catheter|tube|collar|splint|frame|harness|brace|shunt|lesion|phenomenon|nodes?|nodules?|classification|criteria|score|scale)\b(?![ \t]+(?:clinic|centre|center|unit|service|hospital|institute|practice)\b)/i;

// A scale named after a person, with its subject between: "Morse fall scale", "Braden pressure score".
const SCALE_AFTER = /^(?:'s)?(?:[ \t]{1,2}[a-z]+){1,2}[ \t]{1,2}(?:scale|score|index|criteria|classification|tool)\b/;
// A bedside test read as a finding: "Weber midline", "Rinne positive", "Romberg negative".
// Only words that read as a test result: "present", "-" or "+" follow a relative's name as often ("Graves present").
const FINDING_AFTER = /^(?:'s)?[ \t]{1,2}(?:midline|positive|negative|lateraliz\w*|laterali[sz]es|equivocal)(?![A-Za-z])/i;

// A graded score written as its sum ("Gleason 3+4=7", "Gleason pattern 4 + 3"): a name is never followed by one.
const SCORE_SUM_AFTER = /^(?:['\u2019]s)?[ \t]{1,2}(?:(?:score|pattern|grade|sum)[ \t]{1,2})?\d{1,2}[ \t]*\+[ \t]*\d{1,2}(?![\d/])/i;

// Named clinical scores and classifications (general clinical knowledge: scoring systems taught under their authors' or
// cities' names). Followed by their value ("Gleason 7", "Geneva low", "Mallampati III", "Prague C2M4") they name no one.
const SCORE_NAMES = new Set(('gleason glasgow apgar ranson child-pugh pugh wells geneva mallampati cormack-lehane prague forrest killip breslow ' +
  'clark hunt-hess fisher spetzler-martin salter-harris garden gustilo weber lauge-hansen tanner ballard bishop alvarado centor rockwood ' +
  'waterlow braden norton morse barthel karnofsky dukes bosniak bethesda hinchey truelove lown rutherford fontaine wagner frankel lenke ' +
  'kellgren outerbridge neer schatzker hurley fitzpatrick montreal rome berlin atlanta marshall ottawa bristol ecog nyha duke caprini ' +
  'padua khorana hasbled chads wexner oxford harris constant womac boston mayo lille maddrey meld milan hunt ' +
  // More scoring systems and classifications named after people or places (textbook knowledge, none from a note).
  'westley nugent amsel silverman apache sofa fuhrman nottingham siewert borrmann mandard masaoka figo kattan framingham qrisk ' +
  'harvey-bradshaw fazekas modic pfirrmann beighton hoehn binet rai lugano durie-salmon kurtzke oswestry tegner lysholm gail ' +
  'tyrer-cuzick wilkins sokal hasford blatchford glasgow-blatchford mcisaac epworth berg tinetti katz lawton aldrete ramsay ' +
  'richmond riker hamilton beck zung edinburgh vienna baveno brugada sgarbossa light ranson balthazar marsh lansky denver ' +
  'wong-baker cobb risser kocher mirels spurling thompson lachman mcmurray finkelstein phalen tinel durkan hawkins neer jobe ' +
  'apley homans kernig brudzinski murphy rovsing mcburney blumberg cullen grey-turner chvostek trousseau romberg babinski hoffman').split(' '));
const SCORE_VALUE_AFTER = /^[ \t]{1,2}(?:(?:stage|class|grade|type|score|index)[ \t]{1,2}(?:[IV]{1,4}[a-d]?|\d[a-d]?)\b|\d{1,2}(?![\d\/:.,]\d|[ \t]*(?:yo|y\/o|years?|yrs?|days?|weeks?|months?|hours?|hrs?|mins?|am|pm|units?|mg|ml|times|x)\b)|[IV]{1,4}\b|[A-D][0-9]?(?:[A-Z]\d){0,2}\b(?!\.)|C\d+M\d+\b|(?:low|high|intermediate|negative|positive|equivocal|normal)\b)/;

// Anatomy and named terms read "head of Eponym": "pouch of Douglas", "circle of Willis", "loop of Henle", "tetralogy of Fallot".
// Anatomical heads only: "the area of Dundalk" or "a line of Smiths" is a place or a family.
const HEAD_OF = /\b(?:pouch|circle|loop|sphincter|islets?|ligament|canals?|crypts?|tetralogy|pentalogy|organ|bundle|ampulla|duct|foramen|triangle|nucleus|glands?|valve|plexus|tubercle)\s+of\s+(?:the\s+)?$/i;

// A genus before its species epithet is an organism, not a person or a place (binomial nomenclature: "Escherichia coli",
// "Candida albicans"): the epithet is lowercase, and a clinical word or a Latin form that no English dictionary holds.
const SPECIES_SPAN = /^([A-Z][a-z]{2,})(?:[ \t]([a-z]{4,}))?$/;
const EPITHET_AFTER = /^[ \t]([a-z]{4,})\b/;
const LATIN_EPITHET = /(?:ae|ii|i|us|um|is|ans|ens|ensis|oides|ica|icum|icus|alis|ella|ata|atum|ense)$/;

function isOrganism(s: PhiSpan, text: string, lex: Lexicon): boolean {
  const raw = text.slice(s.start, s.end);
  // A clinical epithet (albicans, pneumoniae) makes any genus an organism; a Latin-shaped one only a genus no name list holds.
  // An everyday English word after a name ("Smith notified") is no epithet, even where a clinical word list holds it.
  const epithetOk = (e: string, genus: string): boolean => !lex.common.has(e) && (lex.medical.has(e) || lex.clinical.has(e) ||
    (LATIN_EPITHET.test(e) && !lex.firstNames.has(genus.toLowerCase()) && !lex.surnames.has(genus.toLowerCase())));
  // The epithet alone, after its genus ("Candida [albicans]").
  if (/^[a-z]{4,}$/.test(raw)) {
    const genus = /\b([A-Z][a-z]{2,})[ \t]$/.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1];
    return !!genus && epithetOk(raw, genus);
  }
  // A describing word before the genus ("Enteropathogenic Escherichia coli", "Vancomycin-resistant Enterococcus").
  const lead = /^([A-Za-z][a-z-]+)[ \t]+(?=[A-Z][a-z]{2,}$)/.exec(raw);
  if (lead && (lex.medical.has((lead[1] ?? '').toLowerCase()) || /(?:genic|resistant|sensitive|susceptible|producing|negative|positive)$/i.test(lead[1] ?? ''))) {
    return isOrganism({ ...s, start: s.start + lead[0].length }, text, lex);
  }
  const m = SPECIES_SPAN.exec(raw);
  if (!m) return false;
  const epithet = m[2] ?? EPITHET_AFTER.exec(text.slice(s.end, s.end + 30))?.[1];
  return !!epithet && epithetOk(epithet, m[1] ?? '');
}

// A medicine named where a medicine is used: after a verb of prescribing or taking, a course, a refill, an allergy or a
// medication field ("Started Xifaxan", "continue Creon", "switched from Anoro", "allergic to Keflex", "Meds: Yasmin"), or
// before what a medicine undergoes ("Xarelto was stopped", "Provera to the generic"). A person there takes a title or "on":
// "started Maria on insulin" keeps Maria.
const DRUG_CUE = '(?:start(?:ed|ing)?|restart(?:ed|ing)?|stop(?:ped|ping)?|continu(?:e|ed|ing)|discontinu(?:e|ed|ing)|resum(?:e|ed|ing)|' +
  'titrat(?:e|ed|ing)|prescrib(?:e|ed|ing)|takes|taking|tolerat(?:es|ed|ing)|(?:switch(?:ed|ing)?|chang(?:e|ed|ing)|convert(?:ed|ing)?)[ \\t]+(?:from|to)|' +
  'refills?[ \\t]+(?:of|for)|(?:doses?|course|trial|tablets?|capsules?|injections?|infusions?)[ \\t]+of|allergic[ \\t]+to|intoleran(?:t|ce)[ \\t]+(?:of|to)|' +
  'authori[sz]ation[ \\t]+for|due[ \\t]+for|(?:uses|using|wears|wearing)[ \\t]+(?:an?|the|her|his)|(?:effect|response|benefit|reaction)[ \\t]+(?:from|of|to|with)|(?:medications?|meds|allergies|rx)[ \\t]*:)';
// The cue may stand before a first medicine the second is joined to: "due for Shingrix and [Prevnar]", "from Januvia to [Mounjaro]".
const DRUG_BEFORE = new RegExp(`\\b${DRUG_CUE}[ \\t]{1,2}(?:[A-Z][A-Za-z]+(?:[ \\t]+[A-Z]{2,3})?(?:,|[ \\t]+(?:and|or|to))[ \\t]+)?$`, 'i');
const DOSE = '\\d+(?:\\.\\d+)?(?:\\/\\d+)?[ \\t]?(?:mg|mcg|micrograms?|g|ml|units?|iu|puffs?|tablets?|tabs?|capsules?|drops?|sprays?)\\b';
const DRUG_AFTER = new RegExp(`^(?:[ \\t]+(?:was|is|has[ \\t]+been|had[ \\t]+been)[ \\t]+(?:stopped|started|restarted|continued|discontinued|approved|denied|increased|reduced|decreased|switched|changed|prescribed|refilled|titrated|tapered|held)\\b(?![ \\t]+on\\b)|[ \\t]+to[ \\t]+(?:the[ \\t]+)?generic\\b|[ \\t]+with[ \\t]+(?:meals|each[ \\t]+meal|snacks)\\b|[ \\t]+(?:at[ \\t]+bedtime|nocte|mane)\\b|(?:[ \\t]+(?:and|&)[ \\t]+[A-Z][A-Za-z]+)?[ \\t]+(?:applied(?![ \\t]+(?:for|to)\\b)|in[ \\t]+situ\\b)|[ \\t]{1,2}(?:${DOSE}|(?:one|two|three)[ \\t]+(?:puffs?|tablets?|tabs?|capsules?|drops?|sprays?|units?)\\b))`, 'i');
// Joined to a medicine written with its dose or release form: "on Sinemet CR and [Azilect]", "[Senna] and Colace 100 mg".
const DRUG_JOINED_BEFORE = new RegExp(`[A-Z][A-Za-z]+[ \\t]+(?:CR|XR|ER|SR|XL|LA|ODT|${DOSE})(?:,|[ \\t]+(?:and|or|to))[ \\t]+$`);
const DRUG_JOINED_AFTER = new RegExp(`^(?:,|[ \\t]+(?:and|or))[ \\t]+[A-Z][A-Za-z]+[ \\t]+(?:CR|XR|ER|SR|XL|LA|ODT|${DOSE})`);
const TITLE_BEFORE = /\b(?:dr|drs|mr|mrs|ms|miss|prof)\.?\s*$/i;

function drugInUse(raw: string, text: string, s: PhiSpan): boolean {
  // One word, or two for a product's name and its device or form ("Trelegy Ellipta", "Transderm Scop").
  if (!/^[A-Z][A-Za-z]+(?:-[A-Z]?[a-z]+)?(?:[ \t][A-Z][a-z]+)?$/.test(raw)) return false;
  const before = text.slice(Math.max(0, s.start - 48), s.start);
  const after = text.slice(s.start + raw.length, s.start + raw.length + 40);
  if (TITLE_BEFORE.test(before) || /^[ \t]+on\b/i.test(after)) return false;
  // Two words after "takes/taking" may be a person someone takes somewhere ("taking Mary Jones to school").
  if (raw.includes(' ') && /\btak(?:es|ing)[ \t]+$/i.test(before)) return false;
  return DRUG_BEFORE.test(before) || DRUG_AFTER.test(after) || DRUG_JOINED_BEFORE.test(before) || DRUG_JOINED_AFTER.test(after);
}

// Hospital services and departments are no one: "Per Geriatrics", "Seen by Colorectal Surgery", "Referral to Cardiac
// Rehab", "Per Sleep Medicine". The phrase (the span and the capitalised words after it) is made of English or clinical
// words only and ends in a service head or is one specialty word (-ology, -iatrics, -ics); its first word is on no name
// or place list, so "Mercy Home Health" or "Gonzalez home health" keeps its name.
const SERVICE_HEAD = /^(?:surgery|medicine|health|rehab|rehabilitation|therapy|therapies|care|immunology|services?|team|nursing|pharmacy|radiology|pathology|oncology|cardiology|neurology|psychiatry|pediatrics|paediatrics|geriatrics|obstetrics|orthopaedics|orthopedics|management|work|advocacy|records|review|bank|control|delivery|lab|laboratory|viability)$/;
const SPECIALTY = /(?:ology|iatrics|iatry|ics|ery)$/;

// Words that make a service of a department head ("Cardiac Rehab", "Home Health", "Physical Therapy").
const SERVICE_MODIFIER = /^(?:cardiac|cardiopulmonary|pulmonary|respiratory|home|physical|occupational|speech|palliative|critical|intensive|acute|general|vascular|plastic|wound|pain|sleep|hand|spine|stroke|renal|diabetes|diabetic|memory|fracture|breast|sports|day|same|outpatient|inpatient|community|primary|urgent|emergency|behavioral|behavioural|mental|family|internal|infectious|nuclear|interventional|medical|surgical|pediatric|paediatric|adult|geriatric|neonatal|maternal|patient|case|social|tissue)$/;

function serviceName(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  // The phrase may start a word or two before the span ("Cardiac [Rehab]", "Home [Health]").
  const lead = /\b((?:[A-Z][a-z]+[ \t]+){1,2})$/.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1] ?? '';
  const leadWords = lead.trim().split(/[ \t]+/).filter(Boolean);
  const start = leadWords.length && leadWords.every((w) => SERVICE_MODIFIER.test(w.toLowerCase())) ? s.start - lead.length : s.start;
  // A capitalised preposition opening the sentence may sit inside the span ("[Per General Surgery]").
  const prep = /^(?:Per|By|Via)[ \t]+/.exec(text.slice(start, s.end));
  if (prep) return serviceName({ ...s, start: start + prep[0].length }, text, lex);
  const m = /^[A-Za-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}/.exec(text.slice(start, start + 60));
  if (!m || start + m[0].length < s.end) return false;
  // A place-typed span needs service modifiers ("Hepatobiliary Surgery", "Cardiac Rehab"): "Summit Sports Rehab" is a
  // practice's name, and a specialty right after another capitalised word ("Pike [Pediatrics]") is the end of one.
  const place = s.type === 'LOCATION';
  if (place && start === s.start && /[A-Z][a-z]*[ \t]+$/.test(text.slice(Math.max(0, s.start - 20), s.start)) &&
    !/\b(?:Per|By|To|At|From|With|Via|And|Seen|Referral|Referred|Refer)[ \t]+$/.test(text.slice(Math.max(0, s.start - 20), s.start))) return false;
  const ws = m[0].toLowerCase().split(/[ \t]+/).filter((w) => w !== 'and');
  const first = ws[0] ?? '';
  const known = (w: string): boolean => lex.common.has(w) || lex.medical.has(w) || lex.clinical.has(w);
  if (!ws.every(known) || lex.firstNames.has(first) || lex.surnames.has(first) || lex.places.has(first)) return false;
  const spanWords = text.slice(start, s.end).split(/[ \t]+/).length;
  for (let k = ws.length; k >= 1; k--) {
    const last = ws[k - 1] ?? '';
    const modifiersOk = ws.slice(0, k - 1).every((w) => lex.medical.has(w) || lex.clinical.has(w) || SERVICE_MODIFIER.test(w));
    if ((SERVICE_HEAD.test(last) && (!place || modifiersOk)) || (k === 1 && SPECIALTY.test(last) && /^[A-Z][a-z]+$/.test(text.slice(s.start, s.end)))) {
      return spanWords <= k;
    }
  }
  return false;
}

const DISEASE_HEAD = /^(?:syndrome|disease|dystrophy|dysplasia|chondrodysplasia|typhus|fever|anomaly|malformation|sequence|myopathy|neuropathy|ataxia|palsy|sarcoma|lymphoma|carcinoma|tumou?r|encephalitis|encephalopathy|dermatosis|keratoderma|retinopathy)$/i;
// Words that make the gap a clause about a person ("Maria has Down syndrome", "Smith reports a new syndrome").
const NOT_DESCRIPTIVE = /^(?:has|had|have|having|is|was|were|with|and|or|but|the|a|an|of|for|to|in|on|at|by|from|no|not|reports?|reported|denies|denied|developed|develops|presents?|presented|diagnosed|known|history|family|new|likely|possible|probable|suspected|confirmed|says|said|thinks|asked|called|whose|who|which|that|his|her|their)$/;

function diseaseAfter(raw: string, after: string, lex: Lexicon): boolean {
  // A possessive ("Fuchs' endothelial dystrophy") only before words no English dictionary holds: "Anna's hip fracture".
  const possessive = /['\u2019]s?$/.test(raw) || /^['\u2019]/.test(after);
  const m = /^(?:['\u2019]s?)?((?:[ \t]{1,2}[a-z][a-z-]{2,}){1,3})\b/.exec(after);
  if (!m) return false;
  const ws = (m[1] ?? '').trim().split(/[ \t]+/);
  const k = ws.findIndex((w) => DISEASE_HEAD.test(w));
  return k > 0 && ws.slice(0, k).every((w) => !NOT_DESCRIPTIVE.test(w) && (!possessive || ((lex.medical.has(w) || lex.clinical.has(w)) && !lex.common.has(w))));
}

const BODY_TERM = /^(?:[A-Z][a-z]+[ \t]+){0,4}(?:Association|Society|College|Academy|Federation|Institute|Organi[sz]ation)(?:[ \t]+of(?:[ \t]+[A-Z][a-z]+){1,3})?[ \t]+(?:\([A-Z]{2,6}\)[ \t]+)?(?:[Ff]unctional[ \t]+)?(?:[Cc]lass(?:ification)?|[Cc]riteria|[Gg]uidelines?|[Ss]core|[Ss]tage|[Gg]rade|[Rr]ecommendations?)\b(?:[ \t]+(?:[IV]{1,4}|\d)\b\.?)?/;

function bodyClassification(s: PhiSpan, text: string): boolean {
  if (!/(?:ss|ty|ge|my|on|te)\b/.test(text.slice(s.start, s.start + 160))) return false;
  const run = /(?:[A-Z][a-z]+[ \t]+){0,4}$/.exec(text.slice(Math.max(0, s.start - 60), s.start))?.[0] ?? '';
  const m = BODY_TERM.exec(text.slice(s.start - run.length, s.start - run.length + 160));
  return m !== null && s.start - run.length + m[0].length >= s.end;
}

const HOSPITAL_AREA = /^(?:Theatres?|Resus|Resuscitation|Recovery|Majors|Minors|Triage|Endoscopy|Dialysis|Maternity|Radiology|Pharmacy|Outpatients|Inpatients|Casualty|Mortuary|Physio|Physiotherapy|Rehab)$/;

const CULTURE_BEFORE = /\b(?:grew|growing|growth[ \t]+of|isolated|isolate[ \t]+of|cultured?|positive[ \t]+for|colon[iy][sz]ed[ \t]+with|(?:infection|bacteraemia|bacteremia|sepsis)[ \t]+with|species[ \t]+of)[ \t]{1,2}$/i;

// The score's value may be inside the span ("Mallampati III"); a capitalised English word before the score's name
// ("Today", "Risk") is not part of it; the second of two joined names reads as the first does ("Hunt and Hess 2").
function namedScore(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (/\b(?:dr|mr|mrs|ms|miss|prof)\.?\s*$/i.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  let raw = text.slice(s.start, s.end);
  const roman = /[ \t]+[IV]{1,4}[a-c]?$/.exec(raw);
  if (roman) raw = raw.slice(0, roman.index);
  const ws = raw.split(/[ \t]+/);
  // A given name that is also a word ("Rose Fisher 3") is no such opener: only words no name list holds are.
  const opener = (w: string): boolean => lex.common.has(w) && !SCORE_NAMES.has(w) && !lex.firstNames.has(w) && !lex.surnames.has(w);
  while (ws.length > 1 && opener((ws[0] ?? '').toLowerCase())) ws.shift();
  const joined = /([A-Za-z-]+)[ \t]+(?:and|&)[ \t]+$/.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1]?.toLowerCase();
  if (!SCORE_NAMES.has(ws.join(' ').toLowerCase()) && !(ws.length === 1 && joined !== undefined && SCORE_NAMES.has(joined))) return false;
  return roman !== null || SCORE_VALUE_AFTER.test(text.slice(s.end, s.end + 24));
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/'s?\b/g, '').split(/[^a-z]+/).filter(Boolean);
}

/** NAME spans that are part of a clinical term are removed; every other span is kept as it is. */
export function dropEponyms(spans: readonly PhiSpan[], text: string, lex: Lexicon): PhiSpan[] {
  return spans.filter((s) => {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') return true;
    const before = text.slice(Math.max(0, s.start - 24), s.start);
    if (isOrganism(s, text, lex) && !/\b(?:dr|mr|mrs|ms|miss|prof)\.?\s*$/i.test(before)) return false;
    // An eponym after its head ("pouch of Douglas") or an antibody ("Anti Jo 1", "anti-Smith") names no one.
    if (/^[A-Z][a-z]+$/.test(text.slice(s.start, s.end)) && (HEAD_OF.test(before) || /\banti[-\s]$/i.test(before))) return false;
    // A single word before a score sum is the score's eponym, whether a name or a town list holds it.
    if (/^[A-Z][a-z]+$/.test(text.slice(s.start, s.end)) && SCORE_SUM_AFTER.test(text.slice(s.end, s.end + 40))) return false;
    // A named score before its value ("Gleason 7", "Geneva low", "Today Mallampati III", "Hunt and Hess 2"), as a name or a town.
    if (namedScore(s, text, lex)) return false;
    // A risk score glued to its version, before a percentage ("QRISK3 14%"), is no ward.
    if (/^[A-Z]{3,}\d$/.test(text.slice(s.start, s.end)) && /^[ \t]{1,2}(?:score[ \t]+)?(?:of[ \t]+)?\d+(?:\.\d+)?[ \t]?%/.test(text.slice(s.end, s.end + 20))) return false;
    // A disease named after a person or a place with its descriptive words between ("Becker muscular dystrophy",
    // "Israeli tick typhus", "Fuchs' endothelial dystrophy"): the words between describe, they do not act.
    if (/^[A-Z][a-z]+(?:['\u2019]s?)?$/.test(text.slice(s.start, s.end)) && diseaseAfter(text.slice(s.start, s.end), text.slice(s.end, s.end + 60), lex) &&
      !TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
    // A genus where a culture or a test names one ("Blood cultures grew [Moraxella]", "positive for [Serratia]").
    if (/^[A-Z][a-z]{4,}$/.test(text.slice(s.start, s.end)) && CULTURE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) return false;
    // A professional body before its classification or guideline ("New York Heart Association class II", "American
    // College of Rheumatology criteria") is no one, wherever in the run of capitalised words the span starts.
    if (bodyClassification(s, text)) return false;
    // A hospital area is no place anyone lives ("Taken to Theatre", "given in Resus").
    if (s.type === 'LOCATION' && HOSPITAL_AREA.test(text.slice(s.start, s.end))) return false;
    // A term's own head word left alone once its eponym is dropped ("Morse Fall [Scale] 55") is no one's name.
    if (/^(?:Scale|Score|Index|Criteria|Classification|Syndrome|Disease|Sign|Test|Grade|Stage)$/.test(text.slice(s.start, s.end))) return false;
    // A grade letter after a named score ("Weber [B]", "Child-Pugh [C]") is the score's value, not an initial.
    if (/^[A-E]$/.test(text.slice(s.start, s.end)) && SCORE_NAMES.has((/([A-Za-z-]+)[ \t]$/.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1] ?? '').toLowerCase())) return false;
    if (drugInUse(text.slice(s.start, s.end).replace(/['\u2019]s$/, ''), text, s) || serviceName(s, text, lex)) return false;
    if (s.type !== 'NAME') return true;
    const raw = text.slice(s.start, s.end).replace(/[,:]$/, '');
    const ws = words(raw);
    const last = ws[ws.length - 1] ?? '';
    // A title before the span makes it a person whatever follows (Dr. Murphy's sign is still Dr. Murphy).
    if (/\b(?:dr|drs|mr|mrs|ms|miss|prof)\.?\s*$/i.test(text.slice(Math.max(0, s.start - 6), s.start))) return true;
    const eponymLast = lex.eponyms.has(last) || lex.clinical.has(last);
    // A place name in a clinical term (Los Angeles grade, Rocky Mountain spotted fever) reads the same way.
    const termWords = ws.every((w) => lex.eponyms.has(w) || lex.clinical.has(w) || lex.places.has(w));
    // Hyphen-joined capitalised words before a clinical head are a double eponym ("Harvey-Bradshaw index"), not a person.
    const hyphenPair = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(raw);
    // Two capitalised words right before a head that only a thing takes are one eponym ("Denis Browne bar", "Austin Flint
    // murmur"): a person is not followed by "murmur" or "bar".
    if (ws.length === 2 && /^[A-Z][a-z]+[ \t][A-Z][a-z]+$/.test(raw) && THING_AFTER.test(text.slice(s.start + raw.length, s.start + raw.length + 24))) return false;
    if ((ws.length === 1 || eponymLast || termWords || hyphenPair) && TERM_AFTER.test(text.slice(s.start + raw.length, s.start + raw.length + 80))) return false;
    const after = text.slice(s.start + raw.length, s.start + raw.length + 40);
    if (ws.length === 1 && (SCALE_AFTER.test(after) || SCORE_SUM_AFTER.test(after) || (lex.eponyms.has(last) && FINDING_AFTER.test(after)))) return false;
    if (raw.includes('-') && ws.length > 1 && ws.every((w) => lex.eponyms.has(w) || lex.clinical.has(w) || lex.common.has(w))) return false;
    return true;
  });
}
