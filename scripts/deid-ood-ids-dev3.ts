/**
 * A third dev set for ages over 89, identifiers and PHI-free texts with numbers (issue 14, eleventh pass), written by
 * hand by engineer deid-ids BEFORE any rule of that pass was changed, from general written forms: Safe Harbor's ages
 * over 89 in every wording a clinician uses, identifier shapes with letters, dashes, spaces and prefixes behind weak or
 * no cue words (payer, registry and laboratory numbers of several countries), and PHI-free texts whose numbers sit
 * beside label-like words (codes, reference ranges, scores, doses, ages under 90, values above 89). Every name and
 * number is invented. Texts alternate into half a (read) and half b (scored only, never read text by text).
 * Format as deid-ood-letters.ts ({{TYPE|text}}); titles stay outside names; years alone are never marked.
 *   node --import tsx scripts/deid-ood-ids-dev3.ts --half a --out /tmp/ids3-a.jsonl
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/ids3-a.jsonl --json --lexicons none
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{AGE|93}}-year-old woman from a nursing home with a fall and a right hip fracture; her daughter, aged 64, is the proxy.`,
  `Seen at home. Aged {{AGE|91}}, lives alone, manages her own tablets with a dosette box. BP 138/76.`,
  `{{AGE|91}} yo M, retired welder, SOB on exertion for 2 weeks. Sats 95% RA.`,
  `Pt is {{AGE|101}} y/o, DNACPR in place, comfort care only per family.`,
  `Age: {{AGE|94}}    Sex: F    Ward: 6B    Consultant: Dr. {{NAME|Okonkwo}}`,
  `{{AGE|94}}F with delirium, UTI on dip, started on nitrofurantoin 50 mg QDS.`,
  `A woman of {{AGE|92}} who still walks to church every Sunday presents with chest pain.`,
  `He turned {{AGE|90}} last week and has been more confused since the party, per his son.`,
  `Now in his {{AGE|97th}} year, Mr. {{NAME|Ballantyne}} remains independent with a frame.`,
  `The patient is {{AGE|ninety-five}} years old and hard of hearing; speak on the left.`,
  `Mrs. {{NAME|Thistlewood}}, {{AGE|98}}, widowed, admitted with cellulitis of the left leg.`,
  `Centenarian, {{AGE|103}} yrs, oral intake poor, SALT review requested.`,
  `{{AGE|96}} year-old gentleman with AF on apixaban 2.5 mg BD (age over 80, weight 58 kg).`,
  `Female, {{AGE|90}} years of age, admitted from clinic with a sodium of 121.`,
  `Her husband died aged {{AGE|99}}; she is 86 and now the sole carer for her sister, 79.`,
  `Hx from granddaughter: pt ({{AGE|92}}M) found on the floor at 0600, down for ~4 h. CK 2400.`,
  `DOB {{DATE|03/11/1929}} (age {{AGE|95}}). Known CKD 4, baseline creatinine 210.`,
  `{{AGE|Ninety-one}}-year-old with aortic stenosis, valve area 0.7 cm2, not for TAVI.`,
  `Celebrated his {{AGE|100th}} birthday on the ward; telegram arrived from the palace.`,
  `Resident, age {{AGE|97}} years, weight loss of 6 kg in 3 months; MUST score 2.`,
  `Pt: {{NAME|Ferdinand Osei-Bonsu}}   RN: {{MRN|4402 7719}}   Adm: {{DATE|12/02/2024}}`,
  `Coverage ID: {{HEALTH_PLAN|58813}}. Prior auth for MRI lumbar spine pending.`,
  `Member #: {{HEALTH_PLAN|WQ8 441 209 73}}, group plan through employer; copay $30.`,
  `Medicare number {{HEALTH_PLAN|1EG4-TE5-MK72}} checked at the front desk.`,
  `Medicaid ID: {{HEALTH_PLAN|YH44271930}} - eligibility confirmed for the month.`,
  `Ref: {{ID|KX-22819}} - please quote in all correspondence about this complaint.`,
  `Our ref no. {{ID|GP/4471/KT}}. Thank you for seeing this lady with a thyroid nodule.`,
  `Hospital No: {{MRN|H0098123}}   NHS No: {{ID|485 777 3456}}`,
  `UR number {{MRN|0081234}}; discharge summary faxed to the GP on {{DATE|14 March}}.`,
  `CHI {{ID|1203845521}} - please use on all samples from this patient.`,
  `SS# {{SSN|412 77 9031}} given for the disability form; copy not kept.`,
  `Soc sec no {{SSN|523-81-0476}}; employer {{LOCATION|Harwick Freight}}.`,
  `Acct {{ACCOUNT|0047 2291 8}} - self-pay, statement sent.`,
  `FIN: {{ACCOUNT|22019834}}  Encounter type: outpatient`,
  `Specimen ID {{ID|S24-11893}} haemolysed; repeat potassium requested.`,
  `Requisition # {{ID|55-A-12093}} cancelled, duplicate order.`,
  `Libre 3 sensor SN {{DEVICE|0M00A2B7XK}} applied to the left arm, 14-day wear.`,
  `CGM transmitter ID {{DEVICE|8G4K21}} paired with the phone app.`,
  `Pump serial: {{DEVICE|14-2231-77}}; basal 0.8 units/h overnight.`,
  `Pacer interrogated: Accolade MRI, SN {{DEVICE|745212}}, battery 9.5 years.`,
  `Case no. {{ID|CR-1182-B}} opened with safeguarding on {{DATE|2 May 2024}}.`,
  `Insurance: {{LOCATION|Keystone Mutual}}, ID {{HEALTH_PLAN|ZGP 8812 4410}}, primary.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Na: 134 (ref 135-145)   K: 5.1 (ref 3.5-5.0)   Cr: 98 umol/L   eGFR: 61`,
  `Billing code: 99214. ICD-10: E11.65. Time spent: 32 minutes.`,
  `NDC 0002-8215-01 dispensed; LOINC 4548-4 resulted as 7.4%.`,
  `Trial: NCT04280705, arm B, cycle 3 day 1. Dose: 240 mg flat.`,
  `SpO2 94% on 2 L, HR 92, T 101.2 F, glucose 101 mg/dL.`,
  `PHQ-9: 14   GAD-7: 9   MMSE: 24/30   Clock drawing 3/5`,
  `89-year-old woman with hypertension; aged 88 at her last review, walks with a stick.`,
  `A man of 72 with COPD, FEV1: 1.92 L (64% predicted), on Trelegy one puff daily.`,
  `90-minute infusion of iron; 90 mg of prednisolone is not a typo, per haematology.`,
  `Baby aged 90 days, weight 5.8 kg (50th centile), feeding well.`,
  `QTc: 468 ms. Troponin: <3 ng/L. BNP: 412 pg/mL. Echo booked.`,
  `HbA1c: 58 mmol/mol (7.5%). Ref range: 20-41. Metformin 1 g BD continued.`,
  `Ward 7B, bed 12. Page 2 of 3. Version 3.1 of the sepsis pathway.`,
  `Vitamin D: 25-OH 42 nmol/L; calcium: 2.38 mmol/L; PTH: 6.1 pmol/L.`,
  `Score: 14/15 on GCS, E4 V4 M6. Pupils 3 mm reactive.`,
  `Titre: 1:160 speckled ANA. C3: 0.92 g/L. dsDNA: 12 IU/mL.`,
  `Insulin glargine 22 units nocte; correction scale 2 units per 3 mmol/L above 10.`,
  `Ratio: 1:40 heparin flush. Lot and expiry checked by two nurses.`,
  `She has had Crohn's disease since 2014 and is on adalimumab 40 mg every 14 days.`,
  `Grade: 2 diastolic dysfunction. LVEF: 55%. TAPSE: 19 mm.`,
  `Temp 39.4, pulse 112, resp 24, BP 96/60; lactate 3.1; 30 mL/kg fluid given.`,
  `Weight: 82.4 kg, height: 1.76 m, BMI: 26.6. Waist 98 cm.`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? (process.argv[i + 1] ?? 'a') : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `ids3-${half}`, `/tmp/deid-ood-ids-dev3-${half}.jsonl`);
