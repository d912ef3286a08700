/**
 * A person's title right before a span ("Dr. ", "Mrs "): it makes the span a person whatever clinical context follows
 * (Dr. Murphy's sign is still Dr. Murphy). Shared by the clinical-term steps (eponyms, medicines, services, scores) and by
 * the vetoes that read a word after a title as a surname (agencies' acronyms, payers' names).
 */

/** The titles (dr, drs, mr, mrs, ms, mx, miss, prof) as a regular-expression alternation (case-insensitive use). */
export const TITLE_WORDS = 'dr|drs|mr|mrs|ms|mx|miss|prof';

/** A title, with or without its full stop, at the end of the text before a span. */
export const TITLE_BEFORE = new RegExp(`\\b(?:${TITLE_WORDS})\\.?\\s*$`, 'i');

/** A title standing as a word of its own anywhere in a text ("Dr", "Mrs."; not the "dr" of "drain"), in any case. */
export const TITLE_IN = new RegExp(`(?:^|[^A-Za-z])(?:${TITLE_WORDS})\\.?(?![A-Za-z])`, 'i');

/** A word that is a title and nothing else ("Dr", "mrs"; without its full stop), in any case. */
export const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS})$`, 'i');
