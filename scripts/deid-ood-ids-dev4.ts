/**
 * A fourth dev set for identifiers and ages over 89 (issue 14, twelfth pass), written by hand by engineer deid-ids
 * BEFORE any rule of that pass was changed, from general written forms: a payer's name then its member number with no
 * label, the UDI label symbols (REF catalogue, LOT, SN) and vaccine lot/batch numbers, short dashed patient numbers
 * behind a patient-number label, encounter and claim numbers (CSN, HAR, visit, claim, authorisation), ages over 89 in
 * triage, letter and family wordings; and PHI-free texts whose numbers sit beside payer names, product and model words,
 * reference ranges and vital signs. Every name and number is invented. Texts alternate into half a (read) and half b
 * (scored only, never read text by text). Format as deid-ood-letters.ts ({{TYPE|text}}); titles stay outside names.
 *   node --import tsx scripts/deid-ood-ids-dev4.ts --half a --out /tmp/ids4-a.jsonl
 *   node --import tsx scripts/deid-sets.ts /tmp/ids4-a.jsonl        # --misses on half a only
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Covered by Aetna {{HEALTH_PLAN|W284417390}}; copay $25 per visit.`,
  `Insurance verified: BCBS {{HEALTH_PLAN|XKB884102377}} (PPO).`,
  `UnitedHealthcare {{HEALTH_PLAN|918 442 0713}} verified by the front desk today.`,
  `Cigna {{HEALTH_PLAN|U7714 2091 01}} - prior authorisation needed for the MRI.`,
  `Billed to Kaiser Permanente {{HEALTH_PLAN|000188402215}} as primary.`,
  `Primary Medicare {{HEALTH_PLAN|3TK9-WA2-RP61}}, secondary Humana {{HEALTH_PLAN|H50913384}}.`,
  `Medicaid {{HEALTH_PLAN|YH40918827}} is active; transport benefit applies.`,
  `Tricare {{HEALTH_PLAN|1023 8841 907}} on file, sponsor retired.`,
  `Private cover with Bupa {{HEALTH_PLAN|71840225-B}}, pre-authorised for two sessions.`,
  `Knee system implanted, REF {{DEVICE|7200-45}}, LOT {{DEVICE|K88120}}.`,
  `IOL: REF {{DEVICE|SN60WF-215}}, LOT {{DEVICE|12880431}}, power +21.0 D.`,
  `Pacemaker Medtronic Azure, SN {{DEVICE|RNB204418H}}, checked in clinic.`,
  `Comirnaty given L deltoid, Lot {{DEVICE|FK5127}}, by the practice nurse.`,
  `Flu vaccine 0.5 mL IM R deltoid, batch {{DEVICE|KP4471B}}.`,
  `Tdap given today, lot # {{DEVICE|U7P21AA}}, no reaction after 15 minutes.`,
  `Shingrix second dose (lot {{DEVICE|94T7Z}}) given in the left arm.`,
  `Hep B dose 2 today. Lot: {{DEVICE|H58K3}}; dose 3 due in 5 months.`,
  `Pt ID: {{ID|5520-91}}    Ward: 4C`,
  `Patient ID {{ID|4418-22}}, bed 12, for review by the registrar.`,
  `Resident no. {{ID|2209-17}}; care plan reviewed with the family.`,
  `Encounter CSN {{ACCOUNT|4410928831}} closed after discharge.`,
  `HAR {{ACCOUNT|70019283}} - charges posted for the infusion.`,
  `Visit # {{ACCOUNT|V00448120}} opened at triage.`,
  `Claim {{ACCOUNT|CLM-2024-0088412}} was denied; appeal letter sent.`,
  `Prior auth {{ID|PA88420913}} approved for 12 physiotherapy visits.`,
  `A {{AGE|91}}-yr-old man with new confusion and a fall at home.`,
  `{{AGE|92}}yo F c/o dizziness on standing, BP 118/70 lying.`,
  `Age/Sex: {{AGE|95}}/M   Weight: 61 kg`,
  `{{AGE|90}} y.o. female with a painful left knee and no trauma.`,
  `Ms. {{NAME|Ferrier}} is a pleasant {{AGE|96}} year old lady who lives with her son.`,
  `Nonagenarian ({{AGE|94}}), frail, admitted with pneumonia.`,
  `At {{AGE|92}} years she still does her own shopping.`,
  `The {{AGE|100}}-year-old resident has stopped eating.`,
  `{{AGE|93}}y M, PMH AF, CKD 3b, on apixaban.`,
  `Mr {{NAME|Pell}} (age {{AGE|94}}) was seen on the ward round.`,
  `{{AGE|97}} years, widowed, lives in sheltered housing with a careline.`,
  `She will be {{AGE|90}} next month and wants to stay at home.`,
  `Elderly ({{AGE|92}}) gentleman with urinary retention, catheterised.`,
  `Referred for a {{AGE|98}}-year-old with dysphagia to solids.`,
  `Pt {{AGE|99}}F, from a residential home, found drowsy this morning.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Covered by Medicare Part B; no secondary insurance on file.`,
  `Monofilament 10/10 both feet, pulses palpable, no ulceration.`,
  `Hb 92 g/L (ref 115-165), ferritin 9, start oral iron.`,
  `BP 142/88, HR 92, SpO2 96% on room air, temp 36.9.`,
  `Catheter: 14 Fr Foley, balloon 10 mL, next change in 12 weeks.`,
  `Pacing lead model 5076, threshold 0.8 V at 0.4 ms, impedance 540 ohms.`,
  `Insulin pen: NovoRapid FlexPen, 4 units with meals; Lantus 18 units nocte.`,
  `Vaccines today: influenza 0.5 mL IM; next due in 12 months.`,
  `PHQ-9 4, GAD-7 3, AUDIT-C 2 at the annual review.`,
  `QTc 452 ms on the 12-lead ECG; repeat after the dose change.`,
  `Lot and batch numbers are recorded on the MAR for every vaccine.`,
  `Size 7.5 ETT at 22 cm at the lips; cuff pressure 25.`,
  `Plan: CT abdomen with contrast; creatinine 98, eGFR 64.`,
  `Medicaid and Medicare both accepted at this clinic; bring your card.`,
  `Compression: class 2 stockings, 18-24 mmHg, below knee.`,
  `Blood glucose 11.2 mmol/L two hours after lunch; HbA1c 58 mmol/mol.`,
  `CPAP 10 cmH2O, AHI 4 on treatment, mask leak 12 L/min.`,
  `Wound 3 x 2 cm, granulating; dressing changed every 72 hours.`,
  `Aspirin 75 mg OD, atorvastatin 80 mg ON, ramipril 2.5 mg OD.`,
  `She is 89 and lives with her husband, who is 88.`,
  `Stent: 3.0 x 18 mm drug-eluting, deployed at 14 atm.`,
  `Oxygen 2 L/min via nasal cannula to keep sats 92-96%.`,
  `The patient was seen with a 90-minute delay because of the ward round.`,
  `Platelets 94, INR 1.3, fibrinogen 2.1: proceed with the line.`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? (process.argv[i + 1] ?? 'a') : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `ids4-${half}`, `/tmp/deid-ood-ids-dev4-${half}.jsonl`);
