/**
 * The complaint words a complaint-site phrase opens with ("pain", "swollen", "reduced"), in a module of their own that
 * imports nothing: the site-phrase rule (site-phrases.ts) reads them, and the lexicon (lexicon.ts) folds their first
 * words into its per-word start bits, so neither of the two needs the other.
 */

/** Complaint nouns that take a site ("pain in the knee"). */
export const NOUNS = new Set(['pain', 'ache', 'discomfort', 'swelling', 'weakness', 'tenderness', 'numbness', 'stiffness', 'tingling', 'redness', 'lump', 'mass', 'cramp', 'itching', 'rash', 'bruising', 'bleeding', 'spasm', 'deformity', 'paresthesia']);
/** Complaint adjectives before a site ("swollen left ankle"), with the noun the lexicon uses. */
export const ADJECTIVES = new Map([['painful', 'pain'], ['sore', 'pain'], ['swollen', 'swelling'], ['weak', 'weakness'], ['tender', 'tenderness'], ['numb', 'numbness'], ['stiff', 'stiffness'], ['itchy', 'itching'], ['bruised', 'bruising']]);
/** "Reduced strength", "decreased sensation": a lessened function is the complaint the lexicon names. */
export const LESSENED = new Set(['reduced', 'decreased', 'diminished', 'poor', 'impaired', 'lost']);
export const LESSENED_NOUNS = new Map([['strength', 'weakness'], ['power', 'weakness'], ['sensation', 'numbness']]);

/**
 * First words the site-phrase rule can start at: the lexicon folds them into its per-word start bits
 * (`Lexicon.starts`, bit 8), so the caller's one lookup per token serves that rule too.
 */
export const SITE_START_WORDS: readonly string[] = [...NOUNS, ...ADJECTIVES.keys(), ...LESSENED];
