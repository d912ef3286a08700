/**
 * International bank account numbers in their paper format (issue 14, session 28, deid-formats4): ISO 13616-1 writes
 * an IBAN as the country code, two check digits and the domestic account number (BBAN), in groups of four separated by
 * single spaces, the last group shorter ("CY17 0020 0128 0000 0012 0044 1720"), and the SWIFT IBAN Registry fixes its
 * length for each country. A refund, a direct debit or a fee letter gives a patient's account so; the electronic
 * format (one token, "DE89370400440532013000") is read by patterns.ts's bare identifiers. The rule is the standard's
 * shape: a registered country code, its registered length, groups of four; the check digits are not tested (a typed or
 * invented number still names the account, as national-ids.ts says of its numbers). Capitals notes too: the shape is
 * capitals and digits anyway.
 */
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';

// SWIFT IBAN Registry (release 99, 2024): the IBAN length of each country that issues one.
const IBAN_LENGTH: ReadonlyMap<string, number> = new Map(Object.entries({
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
}));
// Country code and check digits, then groups of four capitals or digits and perhaps a shorter last group.
const PAPER_IBAN = /(?<![\p{L}\p{N}\-\/])([A-Z]{2})\d{2}(?:[ \t][A-Z0-9]{4}){2,8}(?:[ \t][A-Z0-9]{1,3})?(?![\p{L}\p{N}\-\/]|[.,]\d)/gu;

/** Push ACCOUNT spans for IBANs in the ISO 13616 paper format of a registered country and length. */
export function detectIbans(text: string, push: Push): void {
  if (!/[A-Z]{2}\d{2}[ \t][A-Z0-9]{4}[ \t]/.test(text)) return;
  for (const m of allMatches(PAPER_IBAN, text)) {
    const want = IBAN_LENGTH.get(m[1] ?? '');
    if (want === undefined) continue;
    // Groups after the account (a year, a phone's group) may follow it: drop trailing groups to the registered length.
    const groups = m[0].split(/[ \t]/);
    while (groups.length > 3 && groups.join('').length > want) groups.pop();
    if (groups.join('').length === want) push(m.index, m.index + groups.join(' ').length, 'ACCOUNT');
  }
}
