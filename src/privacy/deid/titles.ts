/**
 * A person's title right before a span ("Dr. ", "Mrs "): it makes the span a person whatever clinical context follows
 * (Dr. Murphy's sign is still Dr. Murphy). Shared by the clinical-term steps (eponyms, medicines, services, scores).
 */

/** A title (dr, drs, mr, mrs, ms, miss, prof), with or without its full stop, at the end of the text before a span. */
export const TITLE_BEFORE = /\b(?:dr|drs|mr|mrs|ms|miss|prof)\.?\s*$/i;
