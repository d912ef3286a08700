/**
 * The letter case a note is written in. Capitals carry information (a capitalised unknown word may be a
 * name) only in a note written in mixed case; all-capitals headers and all-lowercase chat say nothing.
 */

/** Counts of ASCII capitals and lowercase letters in a text. */
export function letterCounts(text: string): { readonly upper: number; readonly lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return { upper, lower };
}

/** How a note is written: mostly capitals, almost no capitals, or mixed. */
export type CaseMode = 'mixed' | 'upper' | 'lower';

/** The case mode of a note (`detectPhi` works it out once per note and hands it to each detector). */
export function caseMode(text: string): CaseMode {
  const { upper, lower } = letterCounts(text);
  return upper > 3 * lower ? 'upper' : upper * 50 < lower ? 'lower' : 'mixed';
}
