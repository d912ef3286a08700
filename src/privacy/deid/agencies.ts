/**
 * National agencies, regulators and professional bodies written by their acronym (issue 14, thirteenth pass): a body of
 * a whole country names no one and is no place a person lives ("DVLA informed by the patient", "GMC 7034125" is a
 * registration number after its register's name). From the bodies' own names: UK public bodies and health regulators
 * (Professional Standards Authority's list), US federal agencies (usa.gov A-Z), Australian and Canadian regulators.
 */
import type { PhiSpan } from './types.js';

const AGENCIES: ReadonlySet<string> = new Set(('DVLA DVSA DWP HMRC CQC NICE MHRA UKHSA PHE GMC NMC HCPC GPHC GDC GOC GOSC GCC PSNI PSA ' +
  'BMA RCN RCGP RCP RCS DBS NHSBSA NHSE HSE HIQA IMC NMBI ' +
  'FDA CDC CMS SSA OSHA NIH HHS DMV USCIS FEMA HRSA SAMHSA AHRQ IRS EPA NHTSA ' +
  'AHPRA TGA NDIS PBS CPSO CNO').split(' '));

/** A NAME or LOCATION span that is exactly an agency's acronym, in capitals (a possessive aside). */
export function isAgency(s: PhiSpan, span: string): boolean {
  return (s.type === 'NAME' || s.type === 'LOCATION') && AGENCIES.has(span.replace(/['\u2019]s$/, ''));
}
