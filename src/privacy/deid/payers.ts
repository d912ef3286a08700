/**
 * Health insurers and public payers by name (issue 14, twelfth pass). A payer names no one: it covers millions, and
 * Safe Harbor's eighteen identifiers hold the member's number, not the insurer. Two uses: a payer's name is not a
 * person or a place ("Covered by Aetna", "Private cover with Bupa"), and it labels the number after it as a health-plan
 * number even with no "member ID" between ("Cigna U7714 2091 01", "secondary AARP AA 418 220 917"). The names are the
 * national public programmes (Medicare, Medicaid, TRICARE, CHAMPVA) and the large private insurers of the US (the
 * insurers the NAIC and AMA market-share reports list by enrolment, and the Blue Cross Blue Shield plans), the UK,
 * Ireland, Australia and Canada. A name that is also a surname or a given name alone ("Kaiser", "Oscar", "Molina") is
 * listed only in its full form ("Kaiser Permanente", "Oscar Health", "Molina Healthcare", "Aviva Health").
 */
import { enclosingMatchEnd } from './enclosing.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

/** Payer names as a regular-expression alternation (case-insensitive use; spaces as written). */
export const PAYER_NAMES = [
  'medicare', 'medicaid', 'medi-cal', 'tricare', 'champva', 'medigap', 'aarp', 'aetna', 'cigna', 'humana', 'anthem', 'elevance',
  'unitedhealthcare', 'united[ \\t]healthcare', 'uhc', 'optum', 'kaiser[ \\t]permanente', 'centene', 'ambetter', 'wellcare',
  'molina[ \\t]healthcare', 'highmark', 'carefirst', 'wellmark', 'premera', 'regence', 'independence[ \\t]blue[ \\t]cross', 'excellus',
  'emblemhealth', 'oscar[ \\t]health', 'harvard[ \\t]pilgrim', 'tufts[ \\t]health[ \\t]plan', 'bcbs', 'bcbsma', 'bcbst',
  'blue[ \\t]cross(?:[ \\t](?:and[ \\t]|&[ \\t])?blue[ \\t]shield)?', 'blue[ \\t]shield',
  'bupa', 'axa[ \\t]health', 'axa[ \\t]ppp', 'aviva[ \\t]health', 'vitality(?:health)?', 'simplyhealth', 'wpa', 'laya[ \\t]healthcare', 'irish[ \\t]life[ \\t]health',
  'vhi', 'medibank', 'hcf', 'nib', 'hbf', 'ahm', 'sun[ \\t]life', 'manulife', 'great-west[ \\t]life', 'canada[ \\t]life',
].join('|');

const PAYER_WHOLE = new RegExp(`^(?:${PAYER_NAMES})$`, 'i');
// A payer's full name around a span ("Oscar" of "Oscar Health 1234-5678-90", "Permanente" of "Kaiser Permanente").
const PAYER_ANY = new RegExp(`\\b(?:${PAYER_NAMES})\\b`, 'gi');
const FACILITY_AFTER = /^[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:Hospital|Medical|Clinic|Center|Centre|Health[ \t]+Center|Urgent|Pharmacy|Campus)\b/;

/** A NAME or LOCATION span that is a payer's name, not followed by a facility word: no one is named. */
export function payerName(s: PhiSpan, text: string): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  // After a title the word is a surname ("Ms Anthem called", "Mr Humana"), as agencies.ts reads an acronym after one.
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) return false;
  // The span is the payer's name, or lies inside a payer's name written in full.
  const end = PAYER_WHOLE.test(text.slice(s.start, s.end)) ? s.end : enclosingMatchEnd(PAYER_ANY, text, s);
  if (end < 0) return false;
  return !FACILITY_AFTER.test(text.slice(end, end + 40));
}
