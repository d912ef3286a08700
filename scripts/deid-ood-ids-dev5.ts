/**
 * A fifth dev set for identifiers and ages over 89 (issue 14, thirteenth pass), written by hand by engineer deid-ids
 * BEFORE any rule of that pass was changed, from general written forms: ages over 89 in first-person, triage and
 * bracketed age-sex wordings beside bracketed numbers that are no age (a ward, a bed, a vital sign); vaccine lot numbers
 * after the vaccine's name with no lot label; vehicle identification numbers (ISO 3779) and licence plates behind a
 * vehicle word; driving licence, NPI and DEA numbers; references of letters; and PHI-free texts with years alone,
 * scores, doses, vaccine names with their valency and car words. Every name and number is invented (VINs and NPIs carry
 * a valid check digit, as real ones do). Texts alternate into half a (read) and half b (scored only, never read text by
 * text). Format as deid-ood-letters.ts ({{TYPE|text}}).
 *   node --import tsx scripts/deid-ood-ids-dev5.ts --half a --out /tmp/ids5-a.jsonl
 *   node --import tsx scripts/deid-sets.ts /tmp/ids5-a.jsonl        # --misses on half a only
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `I'm {{AGE|94}} and I do not want any more tests, thank you.`,
  `I am {{AGE|91}} now and manage my own tablets.`,
  `Just turned {{AGE|100}} last week; family visiting daily.`,
  `Recently turned {{AGE|93}}, she has had two falls since June.`,
  `Triage: {{AGE|94}} M, fall at home, on apixaban.`,
  `ED note: {{AGE|97}} F with confusion and a UTI.`,
  `Mr {{NAME|Hale}} ({{AGE|94}} M) admitted via ED overnight.`,
  `Resident ({{AGE|96}} F) on the dementia unit, DNACPR in place.`,
  `Age - {{AGE|96}}, lives with son, independent with a frame.`,
  `Age – {{AGE|92}}; NOK daughter, lives locally.`,
  `Comirnaty {{DEVICE|EK5730}} given in the left deltoid.`,
  `Spikevax {{DEVICE|3004217}} 0.25 mL IM, observed 15 minutes.`,
  `Flu vaccine {{DEVICE|FK7712B}} given today, no reaction.`,
  `Fluad Tetra {{DEVICE|P49021AX}} IM right arm by HCA.`,
  `Shingrix {{DEVICE|94T7Z}} second dose, left arm.`,
  `Boostrix-IPV {{DEVICE|AC52B118AB}} given at 28 weeks.`,
  `Vehicle: grey hatchback, VIN {{VEHICLE|1HGCM82633A004352}}.`,
  `Car keys and the car with VIN {{VEHICLE|1FTFW1ET5DFC10312}} handed to security.`,
  `Chassis no. {{VEHICLE|WVWZZZ1JZXW000001}} on the insurance form.`,
  `{{VEHICLE|2T1BURHE0JC043821}} is the VIN of the car he drove in.`,
  `His mobility scooter, plate {{VEHICLE|7ABC123}}, was left at the entrance.`,
  `Drives a silver estate, reg {{VEHICLE|LB07 SEO}}.`,
  `Tag # {{VEHICLE|JKL 4821}} on the blue van in the car park.`,
  `License plate: {{VEHICLE|8NDH969}} (California).`,
  `DL# {{LICENSE|D1234567}}, expires 2027.`,
  `Driving licence no. {{LICENSE|MORGA753116SM9IJ}} seen as photo ID.`,
  `Driver's license {{LICENSE|S530-4127-8891}} copied for the file.`,
  `Prescriber NPI {{LICENSE|1234567893}}, DEA {{LICENSE|AB1234563}}.`,
  `Signed: Dr {{NAME|Ruth Akande}}, GMC {{LICENSE|7034125}}.`,
  `Our ref: {{ID|JS/KT/4471}}. Your ref: {{ID|RX/2209/88}}.`,
  `Quote reference {{ID|CAS-220914-K3P7}} in any reply.`,
  `Aetna {{HEALTH_PLAN|W184 4729 01}}, copay $30.`,
  `Subscriber number {{HEALTH_PLAN|XEH 448120933}} (Anthem).`,
  `Seen on Ward 7 with her nephew {{NAME|Tomasz}}, aged {{AGE|95}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Seen on Ward (94) this morning; obs stable.`,
  `Bed (12) in Bay 3; Ward 94 staff aware of the plan.`,
  `HR 94 (bpm), sats (93) on air, BP 94/58.`,
  `Diagnosed with Hodgkin lymphoma in 2003, in remission since 2005.`,
  `Gleason 3+4=7 in 2019; PSA 6.2 and stable.`,
  `CURB-65 score 2, Wells score 4.5, CHA2DS2-VASc 4.`,
  `Metformin 500 mg BD, insulin 12 units, vitamin D 1000 IU.`,
  `Prevenar 13 and Pneumovax 23 both given in 2021.`,
  `Gardasil 9 course complete; Bexsero 0.5 mL due at 12 months.`,
  `Comirnaty 30 micrograms given; next dose due in autumn.`,
  `He no longer drives; his car was sold in 2022.`,
  `Uses a four-wheeled walker; lives in a bungalow with a ramp.`,
  `MMSE 27/30, clock drawing normal, 4AT 0.`,
  `Temperature 38.9 at 02:00, blood cultures x2 sent.`,
  `Fluids 1000 mL over 8 hours; urine output 94 mL/h.`,
  `Covid vaccines: three doses by 2021, booster in 2023.`,
  `She is 89 and her husband is 87; both independent.`,
  `Stage II (T2 N0 M0) in 2018, treated with surgery.`,
  `FEV1 1.94 L (71%), FVC 2.90 L, ratio 0.67.`,
  `Room 101 is the quiet room for relatives.`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? (process.argv[i + 1] ?? 'a') : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `ids5-${half}`, `/tmp/deid-ood-ids-dev5-${half}.jsonl`);
