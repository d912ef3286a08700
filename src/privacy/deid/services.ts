/**
 * Hospital services, departments and areas are no one (issue 14, tenth pass, split from eponyms.ts): "Per Geriatrics",
 * "Seen by Colorectal Surgery", "Referral to Cardiac Rehab", "Taken to Theatre".
 */
import type { Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';
import { TITLE_BEFORE } from './titles.js';

// Hospital services and departments are no one: "Per Geriatrics", "Seen by Colorectal Surgery", "Referral to Cardiac
// Rehab", "Per Sleep Medicine", and a generic clinic, centre or unit named by what it treats ("Diabetes Centre", "Sexual
// Health Clinic", "Walk-in Centre"; Safe Harbor removes a named facility, not a kind of service). The phrase (the span and the capitalised words after it) is made of English or clinical
// words only and ends in a service head or is one specialty word (-ology, -iatrics, -ics); its first word is on no name
// or place list, so "Mercy Home Health" or "Gonzalez home health" keeps its name.
const SERVICE_HEAD = /^(?:surgery|medicine|health|rehab|rehabilitation|therapy|therapies|care|immunology|services?|team|nursing|pharmacy|radiology|pathology|oncology|cardiology|neurology|psychiatry|pediatrics|paediatrics|geriatrics|obstetrics|orthopaedics|orthopedics|management|work|advocacy|records|review|bank|control|delivery|lab|laboratory|viability|clinic|clinics|centre|center|unit|department|lounge)$/;
const SPECIALTY = /(?:ology|iatrics|iatry|ics|ery)$/;

// Words that make a service of a department head ("Cardiac Rehab", "Home Health", "Physical Therapy").
const SERVICE_MODIFIER = /^(?:cardiac|cardiopulmonary|pulmonary|respiratory|home|physical|occupational|speech|palliative|critical|intensive|acute|general|vascular|plastic|wound|pain|sleep|hand|spine|stroke|renal|diabetes|diabetic|memory|fracture|breast|sports|day|same|outpatient|inpatient|community|primary|urgent|emergency|behavioral|behavioural|mental|family|internal|infectious|nuclear|interventional|medical|surgical|pediatric|paediatric|adult|geriatric|neonatal|maternal|patient|case|social|tissue|sexual|walk-in|chest|heart|failure|liver|kidney|eye|skin|foot|falls|continence|allergy|fertility|antenatal|genetics|anticoagulation|epilepsy|headache|decision|discharge|pregnancy|tuberculosis|dialysis|endoscopy|cancer|haematology|hematology|lounge)$/;

/** Whether the span (with the capitalised words around it) is a hospital service or a specialty, not a practice's name. */
export function serviceName(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  // The phrase may start a word or two before the span ("Cardiac [Rehab]", "Home [Health]").
  const lead = /\b((?:[A-Z][a-z]+[ \t]+){1,2})$/.exec(text.slice(Math.max(0, s.start - 30), s.start))?.[1] ?? '';
  const leadWords = lead.trim().split(/[ \t]+/).filter(Boolean);
  const start = leadWords.length && leadWords.every((w) => SERVICE_MODIFIER.test(w.toLowerCase())) ? s.start - lead.length : s.start;
  // A capitalised preposition opening the sentence may sit inside the span ("[Per General Surgery]").
  const prep = /^(?:Per|By|Via)[ \t]+/.exec(text.slice(start, s.end));
  if (prep) return serviceName({ ...s, start: start + prep[0].length }, text, lex);
  const m = /^[A-Za-z]+(?:-[a-z]+)?(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3}/.exec(text.slice(start, start + 60));
  if (!m || start + m[0].length < s.end) return false;
  // A place-typed span needs service modifiers ("Hepatobiliary Surgery", "Cardiac Rehab"): "Summit Sports Rehab" is a
  // practice's name, and a specialty right after another capitalised word ("Pike [Pediatrics]") is the end of one.
  const place = s.type === 'LOCATION';
  if (place && start === s.start && /[A-Z][a-z]*[ \t]+$/.test(text.slice(Math.max(0, s.start - 20), s.start)) &&
    !/\b(?:Per|By|To|At|From|With|Via|And|Seen|Referral|Referred|Refer)[ \t]+$/.test(text.slice(Math.max(0, s.start - 20), s.start))) return false;
  const ws = m[0].toLowerCase().split(/[ \t]+/).filter((w) => w !== 'and');
  const first = ws[0] ?? '';
  const known = (w: string): boolean => lex.common.has(w) || lex.medical.has(w) || lex.clinical.has(w) || SERVICE_MODIFIER.test(w);
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

/** A hospital area is no place anyone lives ("Taken to Theatre", "given in Resus"). */
export const HOSPITAL_AREA = /^(?:Theatres?|Resus|Resuscitation|Recovery|Majors|Minors|Triage|Endoscopy|Dialysis|Maternity|Radiology|Pharmacy|Outpatients|Inpatients|Casualty|Mortuary|Physio|Physiotherapy|Rehab)$/;
