/**
 * A year beside a law, a guideline, a standard or a study is the year of that document, not of a person (issue 14,
 * thirty-fourth session). Safe Harbor (45 CFR 164.514(b)(2)(i)(C)) keeps years; this code reports a bare year only in a
 * record that carries other PHI (`reportedSpans`), because there a year may narrow who the person is ("CABG 1992"). A
 * year that dates a document narrows no one, whoever else the record names: "Mental Capacity Act 2005", "BTS guideline
 * 2017", "Fleischner Society 2017", "the 2019 WHO guidance", "Fukushima 2011 cohorts", "recall 2021".
 * The cue is the citation form of the documents themselves: the short titles of statutes end in "Act <year>" (UK
 * Interpretation Act 1978, Sch. 1; US Public Laws cite "... Act of <year>" likewise), regulations, codes, treaties and
 * conventions are cited the same way, and a guideline, consensus, classification, report or study is cited by its
 * author body and year (the NLM/Vancouver citation style, author then year). So a four-digit YEAR span is dropped when
 * one of those document nouns stands right before it ("Act 2005", "guideline 2017", "Declaration of Helsinki 1964"), or
 * right after it, past at most one acronym ("2019 WHO guidance", "2011 cohorts"). The event years of a person's history
 * ("anaphylaxis 2022", "stent LAD 2019", "since 2019") have no such noun beside them and stay as they are. The scan
 * reads two fixed windows beside each YEAR span (48 characters before, 32 after), nothing else.
 */
import { YEAR } from './date-fields.js';
import type { PhiSpan } from './types.js';

// The nouns documents are cited by: laws and their parts, guidelines, standards, classifications, reports and studies.
const DOC_NOUN = 'acts?|regulations?|rules|code|treaty|convention|charter|directive|declaration(?:[ \\t]+of[ \\t]+[A-Z][a-z]+)?|' +
  'guidelines?|guidance|criteria|classifications?|society|consensus|statement|standards?|recommendations?|reports?|' +
  'surveys?|audit|census|study|studies|trial|cohorts?|amendments?|revision|edition|recall|inquiry|framework|pathway|' +
  'protocol|definitions?|strategy|policy|list';
// The noun right before the year, the year perhaps in brackets: "Care Act 2014", "(Care Act 2014)", "Society (2017)".
const DOC_BEFORE = new RegExp(`\\b(?:${DOC_NOUN})[ \\t]{1,2}\\(?$`, 'i');
// The noun right after it, past a closing bracket, a comma or one acronym: "2019 WHO guidance", "2011 cohorts".
const DOC_AFTER = new RegExp(`^\\)?[ \\t]{1,2}(?:[A-Z]{2,6}[ \\t]{1,2})?(?:${DOC_NOUN})\\b`, 'i');
const YEAR4 = new RegExp(`^${YEAR}$`);

/** Whether a span is a YEAR span of a four-digit year alone (not two-digit shorthand such as `'92`). */
export function isFourDigitYear(s: PhiSpan, text: string): boolean {
  return s.type === 'YEAR' && YEAR4.test(text.slice(s.start, s.end));
}

/** Whether a YEAR span dates a document (see the module header). */
export function documentYear(s: PhiSpan, text: string): boolean {
  if (!isFourDigitYear(s, text)) return false;
  return DOC_BEFORE.test(text.slice(Math.max(0, s.start - 48), s.start)) || DOC_AFTER.test(text.slice(s.end, s.end + 32));
}

/** The spans without the years that date a document (see the module header). */
export function dropDocumentYears(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.some((s) => s.type === 'YEAR') ? spans.filter((s) => !documentYear(s, text)) : [...spans];
}
