/**
 * Quantity words: the unit, time and count words a number is written with ("40 mg", "2500 ml", "90 minutes", "3 times",
 * "12.345.678 pesos"), in one place for every rule that asks whether a number is a measurement and so no identifier, plate,
 * date or age. Each group is a list of regular-expression alternatives, lower case, for case-insensitive use; each caller
 * builds its own pattern (what may come before, what must end the word) from the groups it needs, so a unit or a spelling
 * added here reaches every rule that reads that kind of quantity. Notes write the codes "mg", "mcg", "kg", "ml", "mmol",
 * "mm", "cm" and "km" with a plural "s" too ("mgs", "mcgs/kg", "cms").
 * Sources: the unit codes of UCUM (the Unified Code for Units of Measure, Regenstrief Institute; NOTICE) with the
 * spellings clinical notes use beside them ("mcg" for ug, "cc" for cm3, "IU" and the Romance "UI" for [iU]); the currency
 * codes of ISO 4217 (CLP, USD, EUR; Chile's unidad de fomento "UF" is ISO 4217's CLF).
 */

/** A list of regular-expression alternatives (each a source fragment, not a literal word). */
export type QuantityWords = readonly string[];

/** Mass: UCUM mg, ug (written "mcg", "µg", "ug"), g, kg. */
export const MASS: QuantityWords = ['mgs?', 'mcgs?', 'µg', 'ug', 'g', 'kgs?'];

/** Volume: UCUM mL, L; "cc", the cubic centimetre. */
export const VOLUME: QuantityWords = ['mls?', 'l', 'cc'];

/** Amount of substance and enzyme or biological activity: UCUM mmol, meq, U, [iU] ("iu", Spanish and French "ui"). */
export const SUBSTANCE: QuantityWords = ['mmols?', 'meq', 'units?', 'iu', 'ui', 'u'];

/** Energy: kcal, as diets and feeds are written. */
export const ENERGY: QuantityWords = ['kcal'];

/** Length in metric codes: UCUM mm, cm, km. */
export const LENGTH: QuantityWords = ['mms?', 'cms?', 'kms?'];

/** Lengths and weights in words and in imperial units: metres, miles, yards, feet; lb, pounds, kilos. */
export const MEASURE_WORDS: QuantityWords = ['met(?:re|er)s', 'miles', 'yards', 'feet', 'lbs?', 'pounds', 'kilos'];

/** Every physical quantity above: mass, volume, substance, energy, length, lengths and weights in words. */
export const MEASURE_UNITS: QuantityWords = [...MASS, ...VOLUME, ...SUBSTANCE, ...ENERGY, ...LENGTH, ...MEASURE_WORDS];

/** Time under a day: UCUM h, min, s, as codes and as words. */
export const HOURS: QuantityWords = ['h', 'hrs?', 'hours?', 'min', 'mins', 'minutes', 'seconds'];

/** Days and weeks (UCUM d, wk). */
export const DAYS: QuantityWords = ['days?', 'weeks?'];

/** Months and years (UCUM mo, a), the units an age is given in ("y/o" too). */
export const YEARS: QuantityWords = ['months?', 'years?', 'yrs?', 'y\\/o'];

/** Times of day after a clock number. */
export const CLOCK: QuantityWords = ['am', 'pm'];

/** Rates and pressures: speeds, breath and beat rates, kPa and UCUM mm[Hg], cm[H2O]. */
export const RATES: QuantityWords = ['mph', 'kph', 'bpm', 'breaths', 'kpa', 'mmhg', 'cmh2o'];

/** Counts and ratios in words: per cent, degrees, times (and "x", as notes write it), points. */
export const COUNTS: QuantityWords = ['percent', 'per[ \\t]cent', 'degrees', 'times', 'x', 'points'];

/** Currencies: ISO 4217 codes and the words for them. */
export const CURRENCY: QuantityWords = ['pesos', 'clp', 'usd', 'eur', 'euros?', 'd[oó]lares', 'uf'];

/** What a laboratory count counts ("CD4 350 cells", "1.250.000 copies", French "cellules"). */
export const COUNTED: QuantityWords = ['cells', 'cellules', 'copies'];

/** The groups as one regular-expression alternation, in the order given (callers wrap it in their own group). */
export function quantityAlternation(...groups: readonly QuantityWords[]): string {
  return groups.flat().join('|');
}
