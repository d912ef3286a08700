/**
 * Quantity words: the unit, time and count words a number is written with ("40 mg", "2500 ml", "90 minutes", "3 times",
 * "12.345.678 pesos"), in one place for every rule that asks whether a number is a measurement and so no identifier, plate,
 * date or age. Each group is a list of regular-expression alternatives, one word form each, lower case, for
 * case-insensitive use; each caller builds its own pattern (what may come before, what must end the word) from the groups
 * it reads, so a unit or a spelling added to a group reaches every rule that takes the group.
 * A caller that reads only part of a group says so with `only` or `without`: those are the words its rule has always read,
 * kept as they were so that the detected spans stay identical (widening every caller to whole groups moved spans on a gate
 * set in session 27); making them whole is a change of behaviour for a scored pass, not a change of home.
 * Sources: the unit codes of UCUM (the Unified Code for Units of Measure, Regenstrief Institute; NOTICE) with the
 * spellings clinical notes use beside them ("mcg" for ug, "cc" for cm3, "IU" and the Romance "UI" for [iU]); the currency
 * codes of ISO 4217 (CLP, USD, EUR; Chile's unidad de fomento "UF" is ISO 4217's CLF).
 */

/** A list of regular-expression alternatives (each a source fragment for one word form, not a literal word). */
export type QuantityWords = readonly string[];

/** Mass: UCUM mg, ug (written "mcg", "µg", "ug"), g, kg, [lb_av] ("lb", "lbs", "pounds"), and "kilos". */
export const MASS: QuantityWords = ['mg', 'mcg', 'µg', 'ug', 'g', 'kg', 'lb', 'lbs', 'pounds', 'kilos'];

/** Volume: UCUM mL, L ("mls" as notes write a plural); "cc", the cubic centimetre. */
export const VOLUME: QuantityWords = ['ml', 'mls', 'l', 'cc'];

/** The capitalised codes UCUM prints (mL, L) and "IU", for the readers that match case-sensitively. */
export const CAPITAL_CODES: QuantityWords = ['mL', 'L', 'IU'];

/** Amount of substance and enzyme or biological activity: UCUM mmol, meq, U, [iU] ("iu", Spanish and French "ui"). */
export const SUBSTANCE: QuantityWords = ['mmol', 'meq', 'unit', 'units', 'iu', 'ui', 'u'];

/** Energy: kcal, as diets and feeds are written. */
export const ENERGY: QuantityWords = ['kcal'];

/** Length: UCUM mm, cm, km, and lengths in words and imperial units. */
export const LENGTH: QuantityWords = ['mm', 'cm', 'km', 'metres', 'meters', 'miles', 'yards', 'feet'];

/** Time under a day: UCUM h, min, s, as codes and as words. */
export const HOURS: QuantityWords = ['h', 'hr', 'hrs', 'hour', 'hours', 'min', 'mins', 'minutes', 'seconds'];

/** Days and weeks (UCUM d, wk). */
export const DAYS: QuantityWords = ['day', 'days', 'week', 'weeks'];

/** Months and years (UCUM mo, a), the units an age is given in ("y/o" too). */
export const YEARS: QuantityWords = ['month', 'months', 'year', 'years', 'yr', 'yrs', 'y\\/o'];

/** Times of day after a clock number. */
export const CLOCK: QuantityWords = ['am', 'pm'];

/** Rates and pressures: speeds, breath and beat rates, kPa. */
export const RATES: QuantityWords = ['mph', 'kph', 'bpm', 'breaths', 'kpa'];

/** Counts and ratios in words: per cent, degrees, times (and "x", as notes write it), points. */
export const COUNTS: QuantityWords = ['percent', 'per[ \\t]cent', 'degrees', 'times', 'x', 'points'];

/** Currencies: ISO 4217 codes and the words for them. */
export const CURRENCY: QuantityWords = ['pesos', 'clp', 'usd', 'eur', 'euro', 'euros', 'dolares', 'dólares', 'uf'];

/** What a laboratory count counts ("CD4 350 cells", "1.250.000 copies", French "cellules"). */
export const COUNTED: QuantityWords = ['cells', 'cellules', 'copies'];

function checkMembers(group: QuantityWords, words: QuantityWords): void {
  // A word missing from its group is a typo or a group that changed: fail when the module loads, not silently.
  const missing = words.filter((w) => !group.includes(w));
  if (missing.length > 0) throw new Error(`quantity words not in their group: ${missing.join(', ')}`);
}

/** The words of `group` that a rule reads, when it reads only some of them (each must be in the group). */
export function only(group: QuantityWords, words: QuantityWords): QuantityWords {
  checkMembers(group, words);
  return words;
}

/** The words of `group` but `left`, for a rule that reads most of a group (each left word must be in the group). */
export function without(group: QuantityWords, left: QuantityWords): QuantityWords {
  checkMembers(group, left);
  return group.filter((w) => !left.includes(w));
}

/** The groups as one regular-expression alternation, in the order given (callers wrap it in their own group). */
export function quantityAlternation(...groups: readonly QuantityWords[]): string {
  return groups.flat().join('|');
}
