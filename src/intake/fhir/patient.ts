/**
 * Patient -> age and sex. Age is in completed years from `birthDate` to the `asOf` date (the episode
 * date, not "now", so an old Bundle is read as it was); sex is the administrative gender when it is
 * female or male. Nothing else of the Patient (name, identifiers, address) is read.
 */
import { MAX_AGE_YEARS, childPath, issue, type Issue, type Sex } from '../../core/index.js';
import { parseFhirDate, type Json } from './shape.js';

export interface PatientRead {
  readonly age?: number;
  readonly sex?: Sex;
  readonly issues: Issue[];
}

/** Completed years from `birth` to `asOf` (both epoch ms, UTC calendar). */
export function completedYears(birth: number, asOf: number): number {
  const b = new Date(birth);
  const a = new Date(asOf);
  let years = a.getUTCFullYear() - b.getUTCFullYear();
  if (a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate())) years--;
  return years;
}

/** Age (at `asOf`) and sex from a Patient resource, falling back to the caller's values, with issues for missing or impossible ones. */
export function readPatient(raw: Json, path: string, asOf: number, fallback: { age?: number; sex?: Sex }): PatientRead {
  const issues: Issue[] = [];
  let age: number | undefined;
  const birth = raw['birthDate'];
  const bpath = childPath(path, 'birthDate');
  if (birth === undefined) {
    if (fallback.age === undefined) issues.push(issue('required', bpath, 'Patient.birthDate is needed for the age (or pass the age option)'));
    else {
      age = fallback.age;
      issues.push(issue('defaulted', bpath, 'no birthDate: the age given in options was used', 'warning'));
    }
  } else {
    const t = typeof birth === 'string' ? parseFhirDate(birth) : undefined;
    if (t === undefined) issues.push(issue('type', bpath, 'birthDate must be a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD)'));
    else {
      const years = completedYears(t, asOf);
      if (years < 0) issues.push(issue('range', bpath, 'birthDate is after the as-of date: the age would be negative'));
      else if (years > MAX_AGE_YEARS) issues.push(issue('range', bpath, `age would be over ${MAX_AGE_YEARS} years`));
      else age = years;
    }
  }
  let sex: Sex | undefined;
  const gender = raw['gender'];
  const gpath = childPath(path, 'gender');
  if (gender === 'female' || gender === 'male') sex = gender;
  else if (fallback.sex !== undefined) {
    sex = fallback.sex;
    issues.push(issue('defaulted', gpath, `gender is ${gender === undefined ? 'missing' : 'not female or male'}: the sex given in options was used`, 'warning'));
  } else if (gender === undefined) {
    issues.push(issue('required', gpath, 'Patient.gender is needed (female or male) for the priors, or pass the sex option'));
  } else if (gender === 'other' || gender === 'unknown') {
    issues.push(issue('unsupported-gender', gpath, `gender "${gender}" cannot select the model's sex-specific priors; pass the sex option`));
  } else {
    issues.push(issue('enum', gpath, 'gender must be one of male, female, other, unknown'));
  }
  return { ...(age !== undefined ? { age } : {}), ...(sex !== undefined ? { sex } : {}), issues };
}
