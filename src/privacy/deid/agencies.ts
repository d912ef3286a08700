/**
 * National agencies, regulators and professional bodies written by their acronym (issue 14, thirteenth pass): a body of
 * a whole country names no one and is no place a person lives ("DVLA informed by the patient", "GMC 7034125" is a
 * registration number after its register's name). From the bodies' own names: UK public bodies and health regulators
 * (Professional Standards Authority's list), US federal agencies (usa.gov A-Z), Australian and Canadian regulators.
 * Fourteenth pass: national charities and volunteer services by their full names (Meals on Wheels, the Red Cross, the
 * Visiting Nurse Association, Alcoholics Anonymous, Macmillan nurses...) name no one either, in any letter case.
 */
import { enclosingMatchEnd } from './enclosing.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

const AGENCIES: ReadonlySet<string> = new Set(('DVLA DVSA DWP HMRC CQC NICE MHRA UKHSA PHE GMC NMC HCPC GPHC GDC GOC GOSC GCC PSNI PSA ' +
  'BMA RCN RCGP RCP RCS DBS NHSBSA NHSE HSE HIQA IMC NMBI ' +
  'FDA CDC CMS SSA OSHA NIH HHS DMV USCIS FEMA HRSA SAMHSA AHRQ IRS EPA NHTSA ' +
  'AHPRA TGA NDIS PBS CPSO CNO').split(' '));

// A title, or a given name in capitals, right before the acronym: the acronym is a surname ("MR NICE", "SON BILL NICE").
// In a note written in capitals the acronym's capitals say nothing, so the person's context decides (fourteenth pass).
const GIVEN_BEFORE = /\b([A-Z][A-Za-z'\-]+)[ \t]+$/i;

/**
 * A NAME or LOCATION span that is exactly an agency's acronym, in capitals (a possessive aside), and not a surname after
 * a title or a given name (`firstNames`, the lexicon's given names, when given).
 */
export function isAgency(s: PhiSpan, span: string, text = '', firstNames?: ReadonlySet<string>): boolean {
  if ((s.type !== 'NAME' && s.type !== 'LOCATION') || !AGENCIES.has(span.replace(/['\u2019]s$/, ''))) return false;
  const before = text.slice(Math.max(0, s.start - 24), s.start);
  if (TITLE_BEFORE.test(before)) return false;
  const m = GIVEN_BEFORE.exec(before);
  return !m?.[1] || !(firstNames?.has(m[1].toLowerCase()) ?? false);
}

// National charities and volunteer services written in full; a name word inside one ("Meals", "Cross", "Nurse Association")
// is part of the organisation's name. Names that are people's names alone (Macmillan, Marie Curie) only with their service.
const CHARITY = new RegExp('\\b(?:' + [
  'meals[ \\t]on[ \\t]wheels', '(?:american|british|australian|canadian|irish)?[ \\t]?red[ \\t]cross', 'salvation[ \\t]army',
  'visiting[ \\t]nurses?[ \\t](?:association|service)(?:[ \\t]of[ \\t]america)?', '(?:alcoholics|narcotics|gamblers)[ \\t]anonymous',
  'age[ \\t]uk', 'citizens[ \\t]advice(?:[ \\t]bureau)?', "alzheimer['\\u2019]?s[ \\t](?:society|association)", 'habitat[ \\t]for[ \\t]humanity',
  'catholic[ \\t]charities', 'area[ \\t]agency[ \\t]on[ \\t]aging', 'st\\.?[ \\t]john[ \\t]ambulance',
  'macmillan[ \\t](?:nurses?|team|cancer[ \\t]support)', 'marie[ \\t]curie[ \\t](?:nurses?|team)',
].join('|') + ')\\b', 'gi');

/** A NAME or LOCATION span that lies inside a national charity's or volunteer service's full name ("Meals on Wheels"). */
export function isCharity(s: PhiSpan, text: string): boolean {
  return (s.type === 'NAME' || s.type === 'LOCATION') && enclosingMatchEnd(CHARITY, text, s) >= 0;
}
