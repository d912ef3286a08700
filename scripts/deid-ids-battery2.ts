/**
 * A second invented battery of identifier, age and date forms (issue 14, tenth pass), written by engineer deid-ids from
 * general written forms (Safe Harbor's categories: ages over 89, vehicle, device, licence and other identifiers)
 * BEFORE any rule of that pass was changed for them; its misses were read. Not a score-only set: a read check.
 * Format as deid-ood-letters.ts ({{TYPE|text}}).
 *   node --import tsx scripts/deid-ids-battery2.ts [--out /tmp/ids2.jsonl] && node --import tsx scripts/deid-sets.ts --misses /tmp/ids2.jsonl
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Nonagenarian, {{AGE|93}} years young, lives alone.`,
  `Patient is a {{AGE|ninety-two}} year old widow with CHF.`,
  `Age: {{AGE|101}}. Code status DNR.`,
  `{{AGE|94}} y.o. female, fall at home.`,
  `A {{AGE|96}}-yr-old man presents with confusion.`,
  `She turned {{AGE|90}} last month and still drives.`,
  `Centenarian ({{AGE|100}} yrs) admitted with pneumonia.`,
  `Pt aged {{AGE|97}}, frail, from a care home.`,
  `{{AGE|91}}yo M with syncope.`,
  `Mother died at {{AGE|95}} of a stroke.`,
  `The patient, who is {{AGE|ninety-six}}, declined surgery.`,
  `Celebrating her {{AGE|99th}} birthday next week.`,
  `Vehicle: {{VEHICLE|2017 Honda Civic}}, plate {{VEHICLE|7ABC123}}.`,
  `He was hit by a car, licence plate {{VEHICLE|KLM-4821}}.`,
  `VIN {{VEHICLE|1HGCM82633A004352}} recorded by police.`,
  `Drove here in a truck, tag {{VEHICLE|ZX 9921}}.`,
  `Reg. no. {{VEHICLE|AB12 CDE}} noted in the car park log.`,
  `Pacemaker serial {{DEVICE|PJN123456H}}, Medtronic Azure.`,
  `Insulin pump S/N {{DEVICE|NG1234567}}.`,
  `Implant lot {{DEVICE|LOT 88412A}}, ref {{DEVICE|REF 7200-45}}.`,
  `ICD model D384TRG serial no. {{DEVICE|BZB204118S}}.`,
  `Hearing aid serial number {{DEVICE|2219A0041}}.`,
  `UDI {{DEVICE|(01)00643169007222(17)260101(10)A1234}}.`,
  `Driver's licence {{LICENSE|D1234567}}, state CA.`,
  `DEA # {{LICENSE|AB1234563}}; NPI {{LICENSE|1234567893}}.`,
  `Medical licence no. {{LICENSE|MD-48213}}.`,
  `DL: {{LICENSE|S530-4417-8812}}.`,
  `State license number {{LICENSE|RN 0912273}}.`,
  `Passport {{ID|X12345678}} on file.`,
  `Member ID {{HEALTH_PLAN|W123456789}}, group {{HEALTH_PLAN|88001}}.`,
  `Claim number {{ACCOUNT|CLM-2024-004417}}.`,
  `Encounter #{{ACCOUNT|E00918273}}.`,
  `Case no. {{ID|24-CV-01873}} (court-ordered evaluation).`,
  `Employee ID {{ID|EMP44817}}.`,
  `Badge {{ID|B-55102}} issued.`,
  `Seen on {{DATE|the 3rd of May}}.`,
  `Admitted {{DATE|Tues 4/9}}, discharged {{DATE|4/12}}.`,
  `DOB: {{DATE|1931-02-07}} (age {{AGE|93}}).`,
  `Lives at {{LOCATION|12 Rose Lane}}, {{LOCATION|Apt 4B}}.`,
  `Address: {{LOCATION|PO Box 331}}, {{LOCATION|Millbrook}}, NY {{ZIP|12545}}.`,
];
const PHI_FREE: string[] = [
  `Sats 94% on 2 L; HR 92; temp 38.1.`,
  `Model D384TRG dual-chamber ICD interrogated: normal function.`,
  `Lot numbers for the vaccine are kept in the pharmacy log.`,
  `Aged 90 or older is one Safe Harbor category.`,
  `VBG pH 7.31, pCO2 52; lactate 2.4.`,
];
writeMarkedTexts(PHI_TEXTS, PHI_FREE, 'ids2', '/tmp/ids2.jsonl');
