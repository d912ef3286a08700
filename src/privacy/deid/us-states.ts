/**
 * The 50 US states' and DC's two-letter postal codes (USPS Publication 28), one list for every reader that
 * takes a town before its state code ("Salem, IL") or a code after a place word.
 */

/** The 51 postal codes, upper case. */
export const US_STATE_CODES: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO',
  'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];

/** A regex source alternation of the codes (no group), leaving out `except` (e.g. MD and PA, also degrees after a name). */
export function stateCodeAlternation(except: readonly string[] = []): string {
  return US_STATE_CODES.filter((c) => !except.includes(c)).join('|');
}
