/**
 * A sixth dev set for ages over 89, identifier shapes and what must stay (issue 14, fourteenth pass), written by hand by
 * engineer deid-ids BEFORE any rule of that pass was changed, from general wordings: ages over 89 as a decade, a word
 * (nonagenarian, centenarian), after a sex ("F, 94"), in brackets ("(age 91)"), with months ("93 years 4 months"),
 * compact ("93yo"); identifiers with prefixes, dashes, letters and digits, and a payer's name before its number; names
 * in lowercase messages; and PHI-free texts with numbers over 89 that are no age (weights, wards, beds, saturations,
 * centiles, aggregate "90 or older"), ages under 90, and agencies in all-capitals notes. Every name and number is
 * invented. Pairs of the same wording class are written next to each other, so that alternate texts fall into half a
 * (read) and half b (scored only, never read text by text). Format as deid-ood-letters.ts ({{TYPE|text}}).
 *   node --import tsx scripts/deid-ood-ids-dev6.ts --half a --out /tmp/ids6-a.jsonl
 *   node --import tsx scripts/deid-sets.ts /tmp/ids6-a.jsonl        # --misses on half a only
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `She is in her {{AGE|nineties}} and still walks to the shop.`,
  `Now in his early {{AGE|nineties}}, he manages with a stick.`,
  `A {{AGE|nonagenarian}} with recurrent falls, referred for review.`,
  `Frail {{AGE|centenarian}}, lives in a care home, DNACPR agreed.`,
  `F, {{AGE|94}}, presents with a painful left hip after a fall.`,
  `Male, {{AGE|92}}, brought in by ambulance with chest pain.`,
  `Mrs {{NAME|Adeyemi}} (age {{AGE|91}}) was reviewed on the ward round.`,
  `The patient (aged {{AGE|96}}) declined further investigation.`,
  `This {{AGE|91}}-year-old retired teacher has dysphagia.`,
  `A {{AGE|97}} year old man with a pressure sore on the sacrum.`,
  `Age: {{AGE|93}} years 4 months. Weight 48 kg.`,
  `Age {{AGE|90}}y 7m, lives with her granddaughter.`,
  `{{AGE|93}}yo lady, known AF, on warfarin.`,
  `Pt is a {{AGE|95}}yo gentleman with CKD stage 4.`,
  `She is {{AGE|ninety-four}} and has never been in hospital before.`,
  `He turned {{AGE|ninety-two}} in the spring.`,
  `Sex/Age: F/{{AGE|98}}. Referred by her GP.`,
  `Gender: Male   Age: {{AGE|91}}`,
  `{{NAME|Jim}}, a {{AGE|92}}-year-old retired farmer, is keen to go home.`,
  `{{NAME|Edna}}, {{AGE|99}} years old, was found on the floor by a carer.`,
  `Almost {{AGE|100}}, she still does the crossword daily.`,
  `Nearly {{AGE|95}} and fiercely independent.`,
  `Widower of {{AGE|93}}, lives alone in a flat.`,
  `A woman of {{AGE|96}} years with heart failure.`,
  `Medicare MBI {{HEALTH_PLAN|2EG4-TE5-MK72}} on file.`,
  `Medicare no. {{HEALTH_PLAN|1AN3 RT7 YK41}}, Part B.`,
  `Member ID: {{HEALTH_PLAN|XGH-448-21-0093}}, group 44120.`,
  `Member #{{HEALTH_PLAN|ZQB8817264}} - please verify eligibility.`,
  `BCBS {{HEALTH_PLAN|XYP912345678}} is the primary insurer.`,
  `Covered by Humana {{HEALTH_PLAN|H48210377}}, secondary Medicaid.`,
  `UnitedHealthcare {{HEALTH_PLAN|9845-221-07}}; prior auth pending.`,
  `Insurance: Cigna {{HEALTH_PLAN|U1234567 01}}.`,
  `Acct no. {{ACCOUNT|AC-2024-009931}} for the outstanding bill.`,
  `Billing account {{ACCOUNT|BA/77/41822}} closed.`,
  `MRN: {{MRN|A00-44-1928}}; allergies NKDA.`,
  `Hosp no {{MRN|K1234567}}, clinic letter to follow.`,
  `Claim # {{ID|2023-CL-44821}} was denied on appeal.`,
  `Case ref {{ID|SG-0091-4472}} with adult social care.`,
  `Patient ID {{ID|B123456789}} on the wristband.`,
  `Unit number {{MRN|RX-0048213}} from the previous admission.`,
  `Badge {{ID|EMP-20931}} was used to open the med room.`,
  `Study ID {{ID|TRL-07-0334}}; consented for the registry.`,
  `hi its {{NAME|maria}} from the front desk, {{NAME|tom okafor}} wants a call back`,
  `pls let {{NAME|jack smith}} know his bloods are fine`,
  `spoke w {{NAME|priya nair}} re the home visit tmrw`,
  `can u ring {{NAME|dave kowalski}} about his meds, thx`,
];

const PHI_FREE_TEXTS: string[] = [
  `Weight (95 M) stable on the chart this week.`,
  `Height (91 cm) and weight (12 kg) plotted on the chart.`,
  `Ward (94) staff informed of the plan.`,
  `Bed (92) cleaned after discharge.`,
  `Sats 94 on air, HR 96, BP 128/74.`,
  `O2 sats in the 90s overnight on 2 L.`,
  `Birth weight on the 95th centile; length 91st centile.`,
  `Head circumference above the 99th centile.`,
  `Safe Harbor groups every age of 90 or older together.`,
  `Patients aged 90+ were excluded from the study.`,
  `She is 89 and her husband is 86.`,
  `F, 45, presents with a rash on both forearms.`,
  `Male, 67, with a three-day history of cough.`,
  `A 72-year-old with new atrial fibrillation.`,
  `REFERRED TO ADULT PROTECTIVE SERVICES. MEDICAID CASE WORKER AWARE.`,
  `FAXED FORMS TO CMS AND SOCIAL SECURITY. AWAITING REPLY.`,
  `NOTIFIED DVLA RE: SEIZURE. NHS ENGLAND GUIDANCE FOLLOWED.`,
  `CDC AND FDA ALERTS REVIEWED. VNA TO VISIT WEEKLY.`,
  `Stenosis of 95% in the proximal LAD.`,
  `Score 96 of 100 on the functional test.`,
  `Within 90 days of the index admission.`,
  `Room 101 is the quiet room for relatives.`,
  `pls check bloods and repeat the ecg tmrw`,
  `can u ring pharmacy about the warfarin dose, thx`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? (process.argv[i + 1] ?? 'a') : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `ids6-${half}`, `/tmp/deid-ood-ids-dev6-${half}.jsonl`);
