/**
 * Thirteenth-session dev set for names and places (issue 14, deid-names): short clinician texts written by hand on
 * 2026-12-04 before any rule of the session changed, with names and places of general shapes the earlier sets hold
 * rarely: whole hospital names with their heads and saints, institution acronyms, names without a cue word, towns
 * before states written out, employers and schools, lowercase messages. Even texts (half a) are read while
 * developing; odd texts (half b) are only scored (their misses are never listed). Both halves were written by the
 * same engineer who tunes on half a, so half b is a weak check; letters3-7 (never opened) are the real one.
 *   node --import tsx scripts/deid-ood-dev-names13.ts --half a|b --out /tmp/dn13-a.jsonl
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: readonly string[] = [
  `Transferred from {{LOCATION|Saint Alphonsus Regional Medical Center}} after a fall at home.`,
  `She was admitted to {{LOCATION|Providence St. Vincent Medical Center}} last spring with pneumonia.`,
  `Seen by {{NAME|Thaddeus Okonkwo-Reyes}} MD, cardiology, on the ward round.`,
  `Please send records to {{LOCATION|Our Lady of Lourdes Hospital}}, attention {{NAME|Mirela Stanciu}}.`,
  `Patient works as a cashier at {{LOCATION|Piggly Wiggly}} and lives in {{LOCATION|Tupelo}}, {{LOCATION|Mississippi}}.`,
  `Her son {{NAME|Dashiell}} drives her to dialysis at {{LOCATION|Fresenius Kidney Care Westbank}}.`,
  `Discussed with the team at {{LOCATION|UPMC Shadyside}}; they will accept him on Monday.`,
  `Referred to {{LOCATION|Hennepin Healthcare}} for a second opinion.`,
  `{{NAME|Anneliese Vukovich}} is a 58 year old retired teacher from {{LOCATION|Sheboygan}}, {{LOCATION|Wisconsin}}.`,
  `Spoke with {{NAME|Obadiah Truesdale}}, the patient's brother-in-law, by phone.`,
  `He attends {{LOCATION|Roosevelt High School}} and plays varsity football.`,
  `Previously followed at {{LOCATION|Cleveland Clinic Florida}} for his ICD.`,
  `Thank you for referring {{NAME|Ms. Priya Raghunathan}} to our clinic.`,
  `Pt's wife {{NAME|Guadalupe}} asked that we call her cell rather than the house.`,
  `hi this is {{NAME|tamsin}} from {{LOCATION|walgreens}} on {{LOCATION|5th ave}}, the rx is ready`,
  `Biopsy read at {{LOCATION|Brigham and Women's Hospital}}; outside slides requested.`,
  `{{NAME|Keoni Kahananui}} and his partner {{NAME|Makana}} moved here from {{LOCATION|Hilo}} last year.`,
  `Care coordinated with {{LOCATION|St. Jude Children's Research Hospital}} oncology.`,
  `Mother reports the daycare, {{LOCATION|Little Sprouts Academy}}, had an outbreak of hand-foot-and-mouth.`,
  `Letter to {{NAME|Prof. Ingrid Soderqvist}}, {{LOCATION|Karolinska University Hospital}}, {{LOCATION|Stockholm}}.`,
  `He was a machinist at {{LOCATION|Bath Iron Works}} for thirty years; asbestos exposure likely.`,
  `Seen in clinic with her carer, {{NAME|Bronwyn Pryce-Jones}}.`,
  `Visiting from {{LOCATION|Ulaanbaatar}}; no local GP. Return flight booked.`,
  `Records from {{LOCATION|Kaiser Permanente Oakland Medical Center}} reviewed.`,
  `cc: {{NAME|Dr. Lorcan Mac Giolla}}, {{LOCATION|Sligo University Hospital}}`,
  `The patient, {{NAME|Zebulon Ashcroft}}, was alert and oriented throughout.`,
  `She teaches at {{LOCATION|Brookhaven Elementary}} in {{LOCATION|Dunwoody}}.`,
  `Discussed at {{LOCATION|Mayo Clinic}} tumour board; {{NAME|Dr. Esperanza Quiroga}} agrees with resection.`,
  `Grandson {{NAME|Ezra Lindqvist-Moss}} is the health care proxy.`,
  `Lives with her husband in a retirement community, {{LOCATION|Sunrise of Cherry Creek}}.`,
  `Outside MRI from {{LOCATION|Touchstone Imaging}} shows a small disc protrusion.`,
  `Per {{NAME|Ines}} at the front desk, his insurance card was updated.`,
  `ok so {{NAME|marcus}} said he'd bring his mom in tmrw at 3`,
  `Father {{NAME|Ifeanyi Chukwuemeka}} works night shifts at {{LOCATION|Tyson Foods}}.`,
  `Admitted via {{LOCATION|Harborview}} trauma bay after a motorcycle crash.`,
  `Followed at {{LOCATION|Nemours}} for asthma as a child.`,
  `Born in {{LOCATION|Chittagong}}, moved to {{LOCATION|Queens}} in her twenties.`,
  `Signed, {{NAME|Wilhelmina Oyelaran-Brandt}}, RN`,
  `The family attends {{LOCATION|St. Casimir Parish}} and the priest may visit.`,
  `He is a student at {{LOCATION|Gonzaga University}} and came home for the break.`,
];

const PHI_FREE_TEXTS: readonly string[] = [
  `Reviewed in Cardiology Clinic. Echo shows preserved ejection fraction. Continue bisoprolol.`,
  `Hospital at Home team to review daily. Falls risk high; Physiotherapy referral made.`,
  `Positive Babinski on the left. Romberg negative. Hoffmann sign absent.`,
  `Started on Eliquis. Follow up in Anticoagulation Clinic in 4 weeks.`,
  `Social Work and Occupational Therapy to assess before discharge. Meals on Wheels discussed.`,
  `Plan: Holter monitor, TSH, and Lipid panel. Return if Chest Pain recurs.`,
  `Mediterranean diet advised. Weight Watchers discussed; Patient keen.`,
  `Advised to attend Urgent Care or the Emergency Department if worse.`,
  `Parkinson's disease stable on Sinemet. Addenbrooke's score 88/100.`,
  `Seen by Speech and Language Therapy; Modified Barium Swallow booked.`,
  `Outpatient Parenteral Antibiotic Therapy arranged via Infusion Services.`,
  `Child Protection and Safeguarding policy followed. No concerns raised.`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? process.argv[i + 1] ?? 'a' : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `dn13-${half}`, `/tmp/deid-ood-dev-names13-${half}.jsonl`);
