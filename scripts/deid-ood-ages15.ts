/**
 * A dev set for ages over 89 (issue 14, fifteenth pass), written by hand by engineer deid-nursing BEFORE any age rule of
 * that pass was changed, from general English wordings of an age (Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): ages over 89
 * and every element of them, the decade too): the age-group noun beside vital signs, a future or reached age ("will be",
 * "has just turned"), an approximate age ("almost", "nearly"), the tenth or eleventh decade of life, a decade after an
 * age label, a spelled age with a vague tail ("ninety-something"), the age in other languages' year words, a triage slot
 * ending the text; and PHI-free texts with numbers over 89 that are no age (vital signs, percentages, units after the
 * same verbs, a decade of a measurement: "sats in the 90s"), and the ninth decade (80-89). Every name is invented. Pairs
 * of one wording class sit next to each other, so alternate texts fall into half a (read) and half b (scored only).
 *   node --import tsx scripts/deid-ood-ages15.ts --half a|b --out /tmp/ages15-a.jsonl
 *   node --import tsx scripts/deid-sets.ts /tmp/ages15-a.jsonl        # --misses on half a only
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `A {{AGE|nonagenarian}} with HR 96 and sats 95% on room air, admitted after a fall.`,
  `{{AGE|Centenarian}} from a care home; pulse 104, BP 100/60, temp 99.1.`,
  `Mrs {{NAME|Oduya}} will be {{AGE|101}} next month and wants to stay at home.`,
  `He will turn {{AGE|95}} in the spring, his daughter says.`,
  `Mr {{NAME|Castellano}} is almost {{AGE|100}} and still reads the paper every day.`,
  `She is nearly {{AGE|96}} and walks with a frame.`,
  `He has just turned {{AGE|92}} and lives with his son.`,
  `Her aunt has turned {{AGE|97}} this week and is frail.`,
  `A woman in her {{AGE|tenth decade}} of life presented with delirium.`,
  `Man in the {{AGE|10th decade}}, admitted with urosepsis.`,
  `Age: late {{AGE|90s}}. Lives alone, independent with care.`,
  `Patient aged mid-{{AGE|90s}}, no next of kin documented.`,
  `She is {{AGE|ninety-something}} and sharp as a tack.`,
  `He is {{AGE|ninety-odd}} and has outlived all his siblings.`,
  `Signora {{NAME|Bellandi}}, {{AGE|94}} anni, vive da sola.`,
  `Madame {{NAME|Fourcroy}}, {{AGE|96}} ans, chute au domicile.`,
  `Triage line - Pt: {{AGE|93}} F`,
  `Ambulance pre-alert, pt: {{AGE|98}} M`,
  `The patient, whose age is {{AGE|94}}, declined admission.`,
  `A widower whose age was {{AGE|91}} at the time of the fall.`,
  `Mr {{NAME|Ferreira}} is now aged {{AGE|99}} and has moderate dementia.`,
  `Mrs {{NAME|Klimt}} is now {{AGE|102}} and bed-bound.`,
  `She'll be {{AGE|100}} in {{DATE|June}} and the family are planning a party.`,
  `He'll be {{AGE|93}} on his next birthday.`,
  `Reached the age of {{AGE|103}} before her first admission.`,
  `Having reached {{AGE|95}}, he decided against surgery.`,
  `Mother of the patient is still alive at {{AGE|101}}.`,
  `Her father is still living at {{AGE|96}} in a nursing home.`,
];

const PHI_FREE_TEXTS: string[] = [
  `HR is now 96 and sats are nearly 95 on 2 L.`,
  `BP has just turned 100 systolic after the fluid bolus.`,
  `She is almost 100% better since the antibiotics.`,
  `He will be 90 minutes late for the scan.`,
  `O2 sats in the 90s overnight on 2 L.`,
  `BP in the 100s systolic, HR in the 90s.`,
  `A man in his ninth decade with heart failure.`,
  `Weight is nearly 95 kg, up 2 kg this week.`,
  `Temp reached 99.5 overnight, now afebrile.`,
  `Glucose will be 95 or so after the feed.`,
  `Nonagenarians are at high risk of delirium.`,
  `Adults aged 90 or older are grouped together in the registry.`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? (process.argv[i + 1] ?? 'a') : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `ages15-${half}`, `/tmp/deid-ood-ages15-${half}.jsonl`);
