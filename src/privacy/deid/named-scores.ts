/**
 * Named clinical scores and classifications are no one (issue 14, tenth pass, split from eponyms.ts): a score named
 * after a person or a city before its value ("Gleason 7", "Geneva low", "Mallampati III"), a score written as its sum
 * ("Gleason 3+4=7"), and a professional body's classification ("New York Heart Association class II").
 */
import type { Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';
import { TITLE_BEFORE } from './titles.js';

// A graded score written as its sum ("Gleason 3+4=7", "Gleason pattern 4 + 3"): a name is never followed by one.
export const SCORE_SUM_AFTER = /^(?:['\u2019]s)?[ \t]{1,2}(?:(?:score|pattern|grade|sum)[ \t]{1,2})?\d{1,2}[ \t]*\+[ \t]*\d{1,2}(?![\d/])/i;

// Named clinical scores and classifications (general clinical knowledge: scoring systems taught under their authors' or
// cities' names). Followed by their value ("Gleason 7", "Geneva low", "Mallampati III", "Prague C2M4") they name no one.
export const SCORE_NAMES = new Set(('gleason glasgow apgar ranson child-pugh pugh wells geneva mallampati cormack-lehane prague forrest killip breslow ' +
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
  'apley homans kernig brudzinski murphy rovsing mcburney blumberg cullen grey-turner chvostek trousseau romberg babinski hoffman ' +
  // Scores and scales known by their acronyms or coined names (stroke, sepsis, skin, urology, primary care, psychiatry).
  'nihss aspects feverpain pasi dlqi easi scorad ipss iief qrisk qrisk2 qrisk3 news news2 mews pews curb-65 crb-65 timi abcd2 ' +
  'cha2ds2-vasc chadsvasc has-bled mmse moca 4at rass cpot qsofa saps pim sirs mmrc mrc ess bprs panss hads edps audit-c das28 basdai ' +
  'cdai sledai haq ecog-ps gmfcs asa pesi spesi hest rockall glasgow-imrie imrie bisap perc').split(' '));
const SCORE_VALUE_AFTER = /^[ \t]{1,2}(?:(?:stage|class|grade|type|score|index)[ \t]{1,2}(?:[IV]{1,4}[a-d]?|\d[a-d]?)\b|\d{1,2}(?![\d\/:.,]\d|[ \t]*(?:yo|y\/o|years?|yrs?|days?|weeks?|months?|hours?|hrs?|mins?|am|pm|units?|mg|ml|times|x)\b)|[IV]{1,4}\b|[A-D][0-9]?(?:[A-Z]\d){0,2}\b(?!\.)|C\d+M\d+\b|(?:low|high|intermediate|negative|positive|equivocal|normal)\b)/;

const POSTCODE_AFTER = /^[ \t]{1,2}[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b/;

const BODY_TERM = /^(?:[A-Z][a-z]+[ \t]+){0,4}(?:Association|Society|College|Academy|Federation|Institute|Organi[sz]ation)(?:[ \t]+of(?:[ \t]+[A-Z][a-z]+){1,3})?[ \t]+(?:\([A-Z]{2,6}\)[ \t]+)?(?:[Ff]unctional[ \t]+)?(?:[Cc]lass(?:ification)?|[Cc]riteria|[Gg]uidelines?|[Ss]core|[Ss]tage|[Gg]rade|[Rr]ecommendations?)\b(?:[ \t]+(?:[IV]{1,4}|\d)\b\.?)?/;

/** Whether the span lies inside a professional body's name before its classification, guideline or score. */
export function bodyClassification(s: PhiSpan, text: string): boolean {
  if (!/(?:ss|ty|ge|my|on|te)\b/.test(text.slice(s.start, s.start + 160))) return false;
  const run = /(?:[A-Z][a-z]+[ \t]+){0,4}$/.exec(text.slice(Math.max(0, s.start - 60), s.start))?.[0] ?? '';
  const m = BODY_TERM.exec(text.slice(s.start - run.length, s.start - run.length + 160));
  return m !== null && s.start - run.length + m[0].length >= s.end;
}

// The score's value may be inside the span ("Mallampati III"); a capitalised English word before the score's name
// ("Today", "Risk") is not part of it; the second of two joined names reads as the first does ("Hunt and Hess 2").
/** Whether the span is a named score before (or with) its value. */
export function namedScore(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  // A postcode after a town named like a score is no value of it ("Bristol BS6 7QT", thirteenth pass).
  if (POSTCODE_AFTER.test(text.slice(s.end, s.end + 12))) return false;
  let raw = text.slice(s.start, s.end);
  const roman = /[ \t]+[IV]{1,4}[a-c]?$/.exec(raw);
  if (roman) raw = raw.slice(0, roman.index);
  const ws = raw.split(/[ \t]+/);
  // A given name that is also a word ("Rose Fisher 3") is no such opener: only words no name list holds are.
  const opener = (w: string): boolean => lex.common.has(w) && !SCORE_NAMES.has(w) && !lex.firstNames.has(w) && !lex.surnames.has(w);
  while (ws.length > 1 && opener((ws[0] ?? '').toLowerCase())) ws.shift();
  const joined = /([A-Za-z-]+)[ \t]+(?:and|&)[ \t]+$/.exec(text.slice(Math.max(0, s.start - 24), s.start))?.[1]?.toLowerCase();
  // A score given for several times or people reads in the plural ("Apgars 8 and 9").
  const name = ws.join(' ').toLowerCase();
  const known = SCORE_NAMES.has(name) || (ws.length === 1 && name.endsWith('s') && SCORE_NAMES.has(name.slice(0, -1)));
  if (!known && !(ws.length === 1 && joined !== undefined && SCORE_NAMES.has(joined))) return false;
  return roman !== null || SCORE_VALUE_AFTER.test(text.slice(s.end, s.end + 24)) ||
    (OUT_OF_NAMES.has(name) && outOfMaximum(text.slice(s.end, s.end + 12)));
}


// Scores written as a value out of their maximum ("AMTS 10/10", "MoCA 26/30", "Barthel 9/20", "CFS 6/9", "4AT 0/12",
// "monofilament 10/10", the sites felt of ten): the scales and bedside tests whose results clinical letters write that way
// (the textbook geriatric, cognitive, stroke, falls, skin, mood and sleep scales). Words that are also ordinary words or
// towns alone ("audit", "news", "must", "Oxford") are left out; their acronyms with a digit stay ("AUDIT-C", "NEWS2").
const OUT_OF = ('amts amt mmse moca ace ace-iii ace-r 4at gcs barthel cfs rockwood news2 epworth ess braden norton waterlow morse berg ' +
  'tinetti phq-9 phq9 gad-7 gad7 audit-c hads epds edps gds katz lawton nihss ipss dlqi mrc monofilament vibration sensation proprioception ' +
  'pinprick mna').split(' ');
const OUT_OF_NAMES = new Set(OUT_OF);
/** A value out of a maximum at the start of `after` (" 9/20"), the value no more than the maximum. */
function outOfMaximum(after: string): boolean {
  const m = /^[ \t]*:?[ \t]*(\d{1,3})[ \t]?\/[ \t]?(\d{1,3})(?![\d\/])/.exec(after);
  return m !== null && Number(m[1]) <= Number(m[2]);
}
/** Text ending on an out-of-maximum score's name (perhaps "score", "sites" and a colon after it) before a value/maximum. */
export const SCORE_OUT_OF_BEFORE = new RegExp(`(?:^|[^\\w-])(?:${OUT_OF.join('|')})(?:[ \\t]+(?:score|scale|total|sites?))?[ \\t]*[:=]?[ \\t]*$`, 'i');
