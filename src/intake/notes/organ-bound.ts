/**
 * Result words that name a lesion any lumen can show, read as one organ's finding only where the note names
 * that organ with them. A "filling defect" is any lesion that displaces contrast in a lumen: a thrombus in
 * any vessel, a tumour or stone in the urinary or biliary tract, a polyp in the bowel (Fleischner Society
 * glossary, Hansell DM et al., Radiology 2008;246:697-722; the term's radiological sense). The model's
 * `cta-pe` lists the bare words because a CT pulmonary angiogram report writes them so ("CTPA: filling
 * defects in the right lower lobe segmental arteries"); "CT portal venous phase: filling defect in the main
 * portal vein" is a portal vein thrombus, not a pulmonary embolus. So the bare words are gated on the
 * pulmonary arteries being named in their sentence or the one before, as a modality gates a result part
 * (`LexiconEntry.gate`, with `gateNamed`: a results section alone does not open it). The site written right
 * after the words decides against that: "CTPA: no PE. CT abdomen: filling defect in the portal vein", or a
 * "lower lobe" named later in the sentence, leave a defect sited in another lumen what it is
 * (`LexiconEntry.siteBound`, `namesOtherSite`). The same rule for a result phrase's body region: a part of
 * "… on CT head" is no CT head finding on a CT of the abdomen (`regionOf`, `imagedElsewhere`, at the end).
 */
import { formSet, phraseForms, type Tokens } from './tokenize.js';

/** Words (normalised) that name the pulmonary arteries or the study that images them. */
const PULMONARY_ARTERY_WORDS: readonly string[] = ['pulmonary', 'ctpa', 'lobar', 'segmental', 'subsegmental', 'lobe', 'saddle'];

/** Bare lesion words (normalised forms joined by a space) and the organ words that must be named with them. */
const ORGAN_BOUND: ReadonlyMap<string, readonly string[]> = new Map([
  [phraseForms('filling defect').join(' '), PULMONARY_ARTERY_WORDS],
]);

/** The organ words a term of these normalised forms needs near it, if it is a bare lesion term (see the header). */
export function organGate(forms: readonly string[]): readonly string[] | undefined {
  return forms.length > 3 ? undefined : ORGAN_BOUND.get(forms.join(' '));
}

/**
 * Organs and vessels other than the pulmonary arteries whose lumen shows a filling defect (normalised): the
 * venous, portal and systemic vessels, the urinary and biliary tracts, the gut (Fleischner glossary's sense).
 */
const OTHER_LUMEN_SITES: ReadonlySet<string> = formSet(['portal', 'splenic', 'mesenteric', 'hepatic', 'renal', 'kidney', 'ureter', 'ureteric', 'bladder',
  'calyx', 'calyces', 'pelvicalyceal', 'collecting', 'biliary', 'bile', 'cbd', 'gallbladder', 'pancreatic', 'duct', 'colon', 'colonic', 'sigmoid',
  'rectum', 'caecum', 'cecum', 'bowel', 'duodenum', 'duodenal', 'stomach', 'gastric', 'esophagus', 'esophageal', 'jejunum', 'ileum', 'ivc', 'cava',
  'jugular', 'subclavian', 'iliac', 'femoral', 'popliteal', 'sinus', 'aorta', 'aortic', 'carotid', 'cerebral']);
/** How many tokens after the lesion words its site is looked for ("in the main and right portal veins"). */
const SITE_REACH = 8;

/**
 * Does the clause right after the lesion words (tokens from `end`, up to a clause mark or `SITE_REACH`
 * tokens, in the same sentence) name a lumen other than the pulmonary arteries?
 */
export function namesOtherSite(tokens: Tokens, end: number): boolean {
  const stop = Math.min(tokens.count, end + SITE_REACH, tokens.sentStart[(tokens.sentence[Math.max(0, end - 1)] as number) + 1] as number);
  for (let i = end; i < stop; i++) {
    const w = tokens.norm[i] as string;
    if (w === ';' || w === ',' || w === '.' || w === ':') return false;
    if (OTHER_LUMEN_SITES.has(w)) return true;
  }
  return false;
}

/**
 * Body regions a modality is named with ("CT head", "abdominal CT", "CT of the chest, abdomen and pelvis"),
 * by their normalised words. A result phrase of the model names one ("infarct, mass or oedema on CT head");
 * its parts ("mass") are read on the modality alone (`resultPhraseParts`), so a liver mass on a CT abdomen
 * would be a CT head finding. The part keeps its phrase's region (`LexiconEntry.site`) and is not read where
 * the modality is named with another region only (`imagedElsewhere`).
 */
const BODY_REGIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  head: ['head', 'brain', 'cranial', 'intracranial', 'skull', 'cerebral'],
  chest: ['chest', 'thorax', 'thoracic', 'lung', 'ctpa', 'cxr'],
  abdomen: ['abdomen', 'abdominal', 'abdo', 'pelvis', 'pelvic', 'liver', 'hepatic', 'pancreas', 'pancreatic', 'kidney', 'renal', 'kub', 'adrenal', 'urogram', 'transvaginal'],
  spine: ['spine', 'spinal', 'lumbar'],
  knee: ['knee'],
}).flatMap(([region, words]) => words.flatMap((w) => phraseForms(w)).map((w): [string, string] => [w, region])));
/** Tokens before and after a modality word where its region is written ("abdominal CT", "CT of the abdomen"). */
const REGION_BEFORE = 1;
const REGION_AFTER = 4;

/** The body region a modality phrase names ("CT head" -> head, "chest X-ray" -> chest), if one. */
export function regionOf(forms: readonly string[]): string | undefined {
  for (const w of forms) {
    const r = BODY_REGIONS.get(w);
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * Is the modality (`modality`: its normalised words) named with a body region other than `region` and never
 * with `region` itself? The sentence of token `at` decides where it names the modality, else the one before
 * ("CT head: no mass. CT abdomen: liver mass": the second sentence's own CT).
 */
export function imagedElsewhere(tokens: Tokens, at: number, modality: readonly string[], region: string): boolean {
  const s = tokens.sentence[at] as number;
  const here = regionsNamed(tokens, s, modality, region);
  return (here ?? (s > 0 ? regionsNamed(tokens, s - 1, modality, region) : undefined)) === 'other';
}

/** In sentence `s`: 'own' if the modality is named with `region`, 'other' if only with another, 'bare' if with none; undefined if not named. */
function regionsNamed(tokens: Tokens, s: number, modality: readonly string[], region: string): 'own' | 'other' | 'bare' | undefined {
  const from = tokens.sentStart[s] as number;
  const to = tokens.sentStart[s + 1] as number;
  let named: 'other' | 'bare' | undefined;
  for (let i = from; i < to; i++) {
    // A modality word may name its region itself ("CTPA", "CXR"): the span below includes it.
    if (!modality.includes(tokens.norm[i] as string)) continue;
    named ??= 'bare';
    for (let j = Math.max(from, i - REGION_BEFORE); j < Math.min(to, i + REGION_AFTER + 1); j++) {
      const r = BODY_REGIONS.get(tokens.norm[j] as string);
      if (r === region) return 'own';
      if (r !== undefined) named = 'other';
    }
  }
  return named;
}
