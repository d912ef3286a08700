/**
 * Written ECG and chest-imaging statements, from two general lists, as the notes reader's lexicon knows
 * them: each statement names the model findings it stands for, and one the model has no finding for is
 * still recognised and listed as such (`Extraction.unmapped`), never silently dropped.
 * - ECG: the diagnostic statements of the AHA/ACC/HRS recommendations for the standardization and
 *   interpretation of the electrocardiogram (Mason JW et al., Circulation 2007;115:1325-32, and the
 *   parts on intraventricular conduction, hypertrophy, ST/T/U and acute ischaemia, 2009): rhythms,
 *   atrioventricular and intraventricular conduction, axis, chamber enlargement, ST-T-U and QT.
 * - Chest imaging: terms of the Fleischner Society glossary (Hansell DM et al., Radiology
 *   2008;246:697-722).
 * A statement is written without its modality ("Sinus bradycardia.", "tree-in-bud opacities"): its words
 * say what test it comes from, so it is read ungated. A phrase the model already reads ungated keeps its
 * own reading (the lexicon adds a statement only where the model has no ungated term for that phrase).
 * - Ambulatory monitoring: an arrhythmia statement in a sentence that names the monitor ("24-h Holter:
 *   frequent ventricular ectopics") is also an arrhythmia the monitor captured (`monitored`): the
 *   arrhythmias of the ACC/AHA guidelines for ambulatory electrocardiography (Crawford MH et al.,
 *   Circulation 1999;100:886-93): premature complexes, atrial fibrillation and flutter, supraventricular
 *   and ventricular tachycardia, pauses and AV block. Sinus rhythm, sinus tachycardia and bradycardia are
 *   not: a monitor records them in every healthy person.
 */

/** One statement: its concept id, the model findings it stands for (those the model has), and its wordings. */
export interface ReportStatement {
  readonly concept: string;
  readonly findings: readonly string[];
  readonly phrases: readonly string[];
  /** Findings it also stands for in a sentence that names ambulatory monitoring (`MONITORING_WORDS`). */
  readonly monitored?: readonly string[];
  /** Read only where one of these words is near (a wording that alone may mean something else). */
  readonly gate?: readonly string[];
  /** Read only where the note's words match this as written (a wording whose normal form another word shares). */
  readonly written?: RegExp;
}

/** Words (normalised forms) that name ambulatory ECG monitoring: Holter, event and loop recorders. */
export const MONITORING_WORDS: readonly string[] = ['holter', 'monitor', 'monitoring', 'recorder'];

/**
 * Words before "monitor" / "monitoring" that make it another device, no heart-rhythm record: a glucose,
 * blood pressure (ABPM), oxygen, apnoea or fetal monitor. A gate word after one of them does not open its gate.
 */
const OTHER_MONITOR: ReadonlySet<string> = new Set(['glucose', 'sugar', 'cgm', 'bp', 'pressure', 'abpm', 'oxygen', 'saturation', 'sats', 'oximetry', 'apnoea', 'apnea', 'sleep', 'fetal', 'foetal', 'baby', 'ketone', 'inr', 'temperature']);
/** Gate words that the word before them may make another thing (see `OTHER_MONITOR`). */
export const GATE_WORD_NOT_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([['monitor', OTHER_MONITOR], ['monitoring', OTHER_MONITOR], ['monitors', OTHER_MONITOR]]);

/** Words that name a heart-rhythm record or the pulse, for a bare wording ("ectopics") that needs one. */
const RHYTHM_WORDS: readonly string[] = ['ecg', 'ekg', 'electrocardiogram', ...MONITORING_WORDS, 'telemetry', 'hr', 'pulse', 'rhythm'];

const CONDUCTION = ['ecg-conduction-abnormality'];
/** The model's finding of intracranial blood on CT, and the words that name the head a scan images. */
const HEAD_BLEED = 'ct-head-hemorrhage';
const HEAD_WORDS: readonly string[] = ['head', 'brain', 'cranial', 'intracranial', 'skull', 'temporal', 'frontal', 'parietal', 'occipital'];
/** What an arrhythmia statement also stands for on ambulatory monitoring. */
const MONITORED = ['holter-arrhythmia'];
/** Words that name an EEG record: its bare wave words ("spikes", "sharp waves") are fevers and pains elsewhere. */
const EEG_WORDS: readonly string[] = ['eeg', 'electroencephalogram', 'electroencephalography', 'veeg'];
/** Words that name cerebrospinal fluid or the lumbar puncture that takes it. */
const CSF_WORDS: readonly string[] = ['csf', 'cerebrospinal', 'lp', 'lumbar', 'puncture', 'spectrophotometry'];
/**
 * Words that site an MRI signal in the brain: the head words and the brain's parts that reports name. Spine, joint,
 * marrow and muscle MRI write the same signal words ("T2 hyperintensity in the cord", "marrow high T2 signal").
 */
const BRAIN_WORDS: readonly string[] = [...HEAD_WORDS, 'cerebral', 'cerebellar', 'cerebellum', 'periventricular', 'juxtacortical', 'subcortical', 'cortical',
  'hippocampus', 'hippocampal', 'insula', 'insular', 'thalamus', 'thalamic', 'pons', 'pontine', 'brainstem', 'callosum', 'hemisphere', 'lobe'];

/** Wordings of an ACR RADS category: each system name, then the category, bare or after "category" ("BI-RADS category 5"). */
function rads(systems: readonly string[], categories: readonly string[]): string[] {
  return systems.flatMap((sys) => categories.flatMap((c) => [`${sys} ${c}`, `${sys} category ${c}`]));
}

/** The list, ECG statements first. */
export const REPORT_STATEMENTS: readonly ReportStatement[] = [
  // Sinus node rhythms. Sinus bradycardia and tachycardia state the rate (< 60, > 100 per minute).
  { concept: 'ecg-sinus-rhythm', findings: [], phrases: ['sinus rhythm', 'normal sinus rhythm'] },
  { concept: 'ecg-sinus-bradycardia', findings: ['bradycardia-measured', ...CONDUCTION], phrases: ['sinus bradycardia', 'marked sinus bradycardia'] },
  { concept: 'ecg-sinus-tachycardia', findings: ['tachycardia'], phrases: ['sinus tachycardia'] },
  { concept: 'ecg-sinus-arrhythmia', findings: [], phrases: ['sinus arrhythmia'] },
  { concept: 'ecg-sinus-pause', findings: CONDUCTION, monitored: MONITORED, phrases: ['sinus pause', 'sinus pauses', 'sinus arrest', 'sinoatrial block', 'sinoatrial exit block', 'sinus exit block'] },
  // Supraventricular arrhythmias.
  { concept: 'ecg-atrial-fibrillation', findings: ['ecg-atrial-fibrillation'], monitored: MONITORED, phrases: ['atrial fibrillation', 'atrial fibrillation with rapid ventricular response', 'atrial fibrillation with RVR', 'AF with RVR', 'AFib with RVR', 'atrial fibrillation with slow ventricular response', 'atrial fibrillation with controlled ventricular response'] },
  { concept: 'ecg-atrial-flutter', findings: ['ecg-atrial-flutter'], monitored: MONITORED, phrases: ['atrial flutter', 'atrial flutter with variable block', 'atrial flutter with variable conduction'] },
  { concept: 'ecg-atrial-tachycardia', findings: ['ecg-svt'], monitored: MONITORED, phrases: ['atrial tachycardia', 'ectopic atrial tachycardia', 'paroxysmal supraventricular tachycardia', 'PSVT'] },
  { concept: 'ecg-multifocal-atrial-tachycardia', findings: [], monitored: MONITORED, phrases: ['multifocal atrial tachycardia'] },
  { concept: 'ecg-ectopic-atrial-rhythm', findings: [], phrases: ['ectopic atrial rhythm', 'wandering atrial pacemaker'] },
  { concept: 'ecg-junctional-rhythm', findings: CONDUCTION, monitored: MONITORED, phrases: ['junctional rhythm', 'junctional escape rhythm', 'junctional bradycardia', 'accelerated junctional rhythm', 'junctional tachycardia'] },
  { concept: 'ecg-premature-complexes', findings: CONDUCTION, monitored: MONITORED, phrases: [
    'premature atrial complexes', 'premature atrial contractions', 'premature ventricular complexes', 'premature ventricular contractions',
    'premature junctional complexes', 'PACs', 'PVCs', 'ventricular ectopy', 'atrial ectopy', 'ventricular bigeminy', 'ventricular trigeminy', 'bigeminy', 'trigeminy',
    // The same beats as clinicians write them: ectopy, ectopics, extrasystoles, premature or ectopic beats.
    'ectopy', 'supraventricular ectopy', 'atrial ectopics', 'ventricular ectopics', 'supraventricular ectopics', 'ectopic beats', 'premature beats',
    'extrasystoles', 'atrial extrasystoles', 'ventricular extrasystoles', 'supraventricular extrasystoles', 'premature atrial beats', 'premature ventricular beats',
  ] },
  // Bare "ectopics" (normalised "ectopic") alone may be an ectopic pregnancy: read only beside a rhythm record or the
  // pulse, and only as the plural written ("ectopic" alone, "? ectopic", "ectopic gestation", is the pregnancy).
  { concept: 'ecg-premature-complexes', findings: CONDUCTION, monitored: MONITORED, gate: RHYTHM_WORDS, written: /ectopics$/i, phrases: ['ectopics'] },
  // Ventricular arrhythmias.
  { concept: 'ecg-ventricular-tachycardia', findings: ['ecg-ventricular-tachycardia'], monitored: MONITORED, phrases: ['nonsustained ventricular tachycardia', 'non-sustained ventricular tachycardia', 'NSVT', 'polymorphic ventricular tachycardia', 'monomorphic ventricular tachycardia'] },
  { concept: 'ecg-ventricular-fibrillation', findings: [], phrases: ['ventricular fibrillation', 'v fib', 'coarse ventricular fibrillation', 'fine ventricular fibrillation'] },
  { concept: 'ecg-idioventricular-rhythm', findings: CONDUCTION, monitored: MONITORED, phrases: ['idioventricular rhythm', 'accelerated idioventricular rhythm', 'ventricular escape rhythm'] },
  { concept: 'ecg-asystole', findings: [], phrases: ['asystole'] },
  { concept: 'ecg-paced-rhythm', findings: [], phrases: ['paced rhythm', 'ventricular paced rhythm', 'atrial paced rhythm', 'AV paced rhythm', 'pacemaker rhythm', 'ventricular pacing', 'atrial pacing'] },
  // Atrioventricular conduction.
  { concept: 'ecg-high-grade-av-block', findings: ['ecg-second-degree-av-block'], monitored: MONITORED, phrases: ['high grade AV block', 'high-grade AV block', 'advanced AV block', 'high degree AV block', 'high-grade atrioventricular block', 'advanced atrioventricular block'] },
  // Intraventricular conduction.
  { concept: 'ecg-intraventricular-conduction', findings: CONDUCTION, phrases: [
    'right bundle branch block', 'left bundle branch block', 'incomplete right bundle branch block', 'incomplete left bundle branch block', 'IRBBB', 'ILBBB',
    'bundle branch block', 'RBBB', 'LBBB',
    'left anterior fascicular block', 'left anterior hemiblock', 'LAFB', 'LAHB', 'left posterior fascicular block', 'left posterior hemiblock', 'LPFB',
    'bifascicular block', 'trifascicular block', 'intraventricular conduction delay', 'nonspecific intraventricular conduction delay', 'intraventricular conduction defect', 'IVCD',
    // The bundle-branch blocks written by their criteria (Surawicz 2009, part III): right, "rsr', rsR' or rSR' in
    // V1 or V2" with a broad S in I and V6; left, "broad notched or slurred R wave in leads I, aVL, V5 and V6".
    "rsR'", 'rsR′', 'rsR prime', 'broad slurred S waves', 'broad slurred S wave', 'wide slurred S waves',
    'broad notched R', 'broad notched R waves', 'broad notched R wave', 'broad slurred R waves', 'broad slurred R wave', 'notched R waves',
  ] },
  // QRS width written in words (Surawicz B et al., AHA/ACCF/HRS recommendations for the standardization and
  // interpretation of the ECG, part III: intraventricular conduction disturbances, Circulation 2009;119:e235-40): a
  // wide QRS (110 ms or more in adults) is an intraventricular conduction delay or a bundle-branch block, what the QRS
  // duration's number reads (`loinc-tests.ts`, above 110 ms). "Wide QRS tachycardia" keeps the model's own reading.
  { concept: 'ecg-wide-qrs', findings: CONDUCTION, phrases: [
    'wide QRS', 'widened QRS', 'broad QRS', 'wide QRS complex', 'wide QRS complexes', 'widened QRS complex', 'widened QRS complexes', 'broad QRS complex',
    'broad QRS complexes', 'QRS widening', 'widening of the QRS', 'prolonged QRS', 'prolonged QRS duration', 'QRS prolongation',
  ] },
  // Axis.
  { concept: 'ecg-left-axis-deviation', findings: [], phrases: ['left axis deviation'] },
  { concept: 'ecg-right-axis-deviation', findings: [], phrases: ['right axis deviation'] },
  { concept: 'ecg-extreme-axis', findings: [], phrases: ['extreme axis deviation', 'northwest axis', 'indeterminate axis'] },
  { concept: 'ecg-normal-axis', findings: [], phrases: ['normal axis'] },
  // Chamber hypertrophy and enlargement.
  { concept: 'ecg-rvh', findings: ['hp-right-ventricular-hypertrophy'], phrases: ['right ventricular hypertrophy', 'RVH', 'RVH with strain'] },
  { concept: 'ecg-left-atrial-enlargement', findings: ['hp-left-atrial-enlargement'], phrases: ['left atrial enlargement', 'left atrial abnormality', 'LAE', 'P mitrale'] },
  { concept: 'ecg-right-atrial-enlargement', findings: [], phrases: ['right atrial enlargement', 'right atrial abnormality', 'RAE', 'P pulmonale'] },
  { concept: 'ecg-biatrial-enlargement', findings: [], phrases: ['biatrial enlargement', 'biatrial abnormality'] },
  // ST segment, T and U waves, QT.
  { concept: 'ecg-st-elevation', findings: ['ecg-st-elevation'], phrases: [
    'ST segment elevation', 'ST segment elevations', 'ST elevations', 'ST elevation myocardial infarction', 'ST-elevation myocardial infarction',
    'hyperacute T waves', 'T wave inversions', 'inverted T waves', 'deep T wave inversions', 'coved ST elevation', 'Brugada pattern',
  ] },
  { concept: 'ecg-st-depression', findings: ['ecg-st-depression'], phrases: ['ST segment depressions'] },
  { concept: 'ecg-nonspecific-st-t', findings: [], phrases: [
    'nonspecific ST-T wave changes', 'nonspecific ST-T changes', 'nonspecific ST changes', 'nonspecific T wave changes', 'nonspecific ST-T wave abnormality',
    'nonspecific T wave abnormality', 'T wave abnormality', 'T wave abnormalities', 'T wave flattening', 'flattened T waves',
  ] },
  { concept: 'ecg-qt-prolonged', findings: ['ecg-qt-prolonged'], phrases: ['long QT', 'QT interval prolongation', 'QTc prolonged', 'QT prolonged', 'prolonged QTc interval'] },
  { concept: 'ecg-short-qt', findings: [], phrases: ['short QT', 'short QT interval', 'shortened QT interval', 'short QTc'] },
  { concept: 'ecg-early-repolarization', findings: [], phrases: ['early repolarization', 'early repolarisation', 'benign early repolarization'] },
  { concept: 'ecg-poor-r-wave-progression', findings: [], phrases: ['poor R wave progression'] },
  { concept: 'ecg-osborn-waves', findings: [], phrases: ['Osborn waves', 'Osborn wave', 'J waves'] },
  { concept: 'ecg-epsilon-waves', findings: [], phrases: ['epsilon waves', 'epsilon wave'] },
  { concept: 'ecg-digitalis-effect', findings: [], phrases: ['digitalis effect'] },
  // Tympanometry (Jerger J 1970, Arch Otolaryngol 92:311-24): a flat, type B tympanogram with a normal canal volume is
  // fluid in the middle ear. Bare "type B" and "flat trace" only beside the word tympanometry or tympanogram.
  { concept: 'tympanometry-type-b', findings: ['fluid-in-ear'], phrases: ['type B tympanogram', 'type B tympanograms', 'flat tympanogram', 'flat tympanograms', 'type B tympanometry'] },
  { concept: 'tympanometry-type-b', findings: ['fluid-in-ear'], gate: ['tympanometry', 'tympanogram', 'tympanograms'], phrases: ['type B', 'flat trace', 'flat traces'] },
  // Intracranial haemorrhage on CT by its compartment (Heit JJ, Iv M, Wintermark M 2017, Imaging of intracranial
  // hemorrhage, J Stroke 19:11-27): extradural, subdural, subarachnoid, intraventricular and intraparenchymal. Each
  // compartment stands for the model's one finding of intracranial blood alone, so "no subarachnoid blood" says nothing
  // of an extradural haematoma (a group member, `LexiconEntry.member`). Acute blood is hyperdense on CT; a biconvex
  // (lentiform) collection is extradural, a crescentic one subdural (ibid.): read only beside a word naming the head.
  { concept: 'ct-extradural-haemorrhage', findings: [HEAD_BLEED], phrases: ['extradural haematoma', 'extradural hematoma', 'extradural haemorrhage', 'extradural hemorrhage', 'epidural haematoma', 'epidural hematoma', 'epidural haemorrhage', 'epidural hemorrhage', 'extradural blood', 'extradural collection'] },
  { concept: 'ct-extradural-haemorrhage', findings: [HEAD_BLEED], gate: HEAD_WORDS, phrases: ['biconvex hyperdense collection', 'biconvex collection', 'lentiform hyperdense collection', 'lentiform collection', 'biconvex haematoma', 'biconvex hematoma'] },
  { concept: 'ct-subdural-haemorrhage', findings: [HEAD_BLEED], phrases: ['subdural haematoma', 'subdural hematoma', 'subdural haemorrhage', 'subdural hemorrhage', 'subdural blood', 'subdural collection'] },
  { concept: 'ct-subdural-haemorrhage', findings: [HEAD_BLEED], gate: HEAD_WORDS, phrases: ['crescentic hyperdense collection', 'crescentic collection'] },
  { concept: 'ct-subarachnoid-haemorrhage', findings: [HEAD_BLEED], phrases: ['subarachnoid haemorrhage', 'subarachnoid hemorrhage', 'subarachnoid blood'] },
  { concept: 'ct-intraventricular-haemorrhage', findings: [HEAD_BLEED], phrases: ['intraventricular haemorrhage', 'intraventricular hemorrhage', 'intraventricular blood'] },
  { concept: 'ct-intraparenchymal-haemorrhage', findings: [HEAD_BLEED], phrases: ['intracerebral haemorrhage', 'intracerebral hemorrhage', 'intraparenchymal haemorrhage', 'intraparenchymal hemorrhage', 'intracerebral haematoma', 'intracerebral hematoma'] },
  // EEG: the periodic and rhythmic patterns of the ACNS standardized critical care EEG terminology (Hirsch LJ et al.,
  // J Clin Neurophysiol 2021;38:1-29): lateralized, generalized and bilateral independent periodic discharges (LPDs,
  // formerly PLEDs, "periodic lateralized epileptiform discharges"; GPDs; BIPDs), lateralized rhythmic delta activity
  // and sporadic epileptiform discharges; and the epileptiform transients of the IFCN glossary of EEG terms (Kane N et
  // al., Clin Neurophysiol Pract 2017;2:170-85): sharp waves, spike-and-slow-wave and polyspike complexes,
  // hypsarrhythmia, electrographic seizures. All are the model's epileptiform discharges on EEG. Read beside a word
  // naming the EEG.
  { concept: 'eeg-epileptiform-pattern', findings: ['eeg-epileptiform'], gate: EEG_WORDS, phrases: [
    'lateralized periodic discharges', 'lateralised periodic discharges', 'periodic lateralized discharges', 'periodic lateralised discharges',
    'periodic lateralized epileptiform discharges', 'periodic lateralised epileptiform discharges', 'LPDs', 'PLEDs',
    'generalized periodic discharges', 'generalised periodic discharges', 'GPDs', 'bilateral independent periodic discharges', 'BIPDs',
    'lateralized rhythmic delta activity', 'lateralised rhythmic delta activity', 'LRDA', 'sporadic epileptiform discharges',
    'interictal epileptiform discharges', 'epileptiform discharges', 'sharp waves', 'spike and slow wave', 'spike and slow wave complexes',
    'polyspikes', 'polyspike and wave', 'hypsarrhythmia', 'electrographic seizure', 'electrographic seizures',
  ] },
  // CSF: xanthochromia, the yellow of CSF from bilirubin after blood has lain in it, by spectrophotometry or by eye
  // (Cruickshank A et al., revised UK national guidelines for analysis of CSF for bilirubin in suspected subarachnoid
  // haemorrhage, Ann Clin Biochem 2008;45:238-44): the model's xanthochromia or blood in CSF. Read beside a word
  // naming the CSF or the lumbar puncture.
  { concept: 'csf-xanthochromia', findings: ['csf-xanthochromia'], gate: CSF_WORDS, phrases: ['xanthochromia', 'xanthochromic', 'xanthochromic supernatant'] },
  // Brain MRI: raised signal on T2-weighted and FLAIR sequences, the STRIVE standards' white matter hyperintensity
  // (Wardlaw JM et al., Lancet Neurol 2013;12:822-38) and the signal of inflammation and demyelination: the model's
  // white matter lesions on MRI brain. Read beside a word siting it in the brain (`BRAIN_WORDS`).
  { concept: 'mri-brain-t2-signal', findings: ['mri-brain-lesion'], gate: BRAIN_WORDS, phrases: [
    'T2 hyperintensity', 'T2 hyperintensities', 'FLAIR hyperintensity', 'FLAIR hyperintensities', 'T2/FLAIR hyperintensity', 'T2/FLAIR hyperintensities',
    'T2 hyperintense lesion', 'T2 hyperintense lesions', 'FLAIR hyperintense lesion', 'FLAIR hyperintense lesions', 'T2/FLAIR signal abnormality',
    'FLAIR signal abnormality', 'T2 signal abnormality', 'high T2 signal', 'T2 high signal', 'high signal on T2', 'high signal on FLAIR', 'FLAIR high signal',
  ] },
  // Chest imaging (Fleischner glossary).
  { concept: 'imaging-atelectasis', findings: [], phrases: ['atelectasis', 'subsegmental atelectasis', 'bibasilar atelectasis', 'bibasal atelectasis', 'lobar collapse', 'volume loss'] },
  { concept: 'imaging-tree-in-bud', findings: [], phrases: ['tree-in-bud', 'tree-in-bud opacities', 'tree-in-bud pattern', 'tree-in-bud nodularity'] },
  { concept: 'imaging-bronchiectasis', findings: [], phrases: ['traction bronchiectasis', 'cylindrical bronchiectasis', 'varicose bronchiectasis', 'cystic bronchiectasis', 'bronchial wall thickening'] },
  // Not bare "reticular pattern" or "reticulation": skin (livedo) and mucosa (lichen planus) are written so too.
  { concept: 'imaging-reticular-pattern', findings: ['hp-reticular-pattern-on-pulmonary-hrct'], phrases: ['reticular opacities', 'reticular opacity', 'reticular interstitial pattern', 'reticulonodular opacities'] },
  { concept: 'imaging-mosaic-attenuation', findings: [], phrases: ['mosaic attenuation', 'mosaic perfusion', 'air trapping'] },
  { concept: 'imaging-emphysema', findings: [], phrases: ['centrilobular emphysema', 'paraseptal emphysema', 'emphysematous changes', 'bullous emphysema'] },
  { concept: 'imaging-crazy-paving', findings: ['cxr-ground-glass'], phrases: ['crazy paving', 'crazy-paving pattern'] },
  { concept: 'imaging-halo-sign', findings: [], phrases: ['halo sign', 'reversed halo sign', 'atoll sign'] },
  { concept: 'imaging-miliary-pattern', findings: [], phrases: ['miliary pattern', 'miliary nodules', 'miliary opacities'] },
  { concept: 'imaging-small-nodules', findings: [], phrases: ['centrilobular nodules', 'perilymphatic nodules'] },
  { concept: 'imaging-pleural-thickening', findings: [], phrases: ['pleural thickening', 'pleural plaques', 'calcified pleural plaques'] },
  // Pneumothorax written by its sign: the visible visceral pleural line (Fleischner glossary, "pneumothorax"), and the
  // rim between lung margin and chest wall by which the BTS guideline sizes it (MacDuff A et al., Thorax 2010;65
  // Suppl 2:ii18-31: a rim above 2 cm at the hilum is large).
  { concept: 'imaging-pneumothorax-sign', findings: ['cxr-pneumothorax'], phrases: [
    'visceral pleural line', 'visible visceral pleural line', 'visible pleural line', 'visible lung edge', 'visible lung margin',
    'between the lung edge and chest wall', 'between the lung edge and the chest wall', 'between the lung margin and chest wall', 'between the lung margin and the chest wall',
  ] },
  { concept: 'imaging-hydropneumothorax', findings: ['cxr-pneumothorax', 'cxr-effusion'], phrases: ['hydropneumothorax'] },
  { concept: 'imaging-elevated-hemidiaphragm', findings: [], phrases: ['elevated hemidiaphragm', 'raised hemidiaphragm'] },
  { concept: 'imaging-mediastinal-shift', findings: [], phrases: ['mediastinal shift'] },
  { concept: 'imaging-bulla', findings: [], phrases: ['bleb', 'blebs', 'pneumatocele', 'pneumatoceles', 'apical bullae'] },
  { concept: 'imaging-pulmonary-venous-congestion', findings: ['cxr-pulmonary-edema'], phrases: ['cephalization', 'cephalisation', 'pulmonary venous congestion', 'peribronchial cuffing', 'batwing opacities', 'bat wing opacities'] },
  { concept: 'imaging-silhouette-sign', findings: [], phrases: ['silhouette sign'] },
  { concept: 'imaging-architectural-distortion', findings: [], phrases: ['architectural distortion', 'fibrotic changes'] },
  // ACR Reporting and Data Systems (RADS): a category is the report's written verdict on a lesion the study found, so
  // each category stands for the imaging finding it grades. Written "BI-RADS 5", "BI-RADS category 4A", "TI-RADS 3",
  // "LI-RADS 5", "O-RADS 4", "Lung-RADS 4B" (the hyphenated system name, then the category).
  // - BI-RADS (ACR BI-RADS Atlas, 5th ed., 2013): 4 (4A-4C) suspicious, 5 highly suggestive of malignancy, 6 known
  //   biopsy-proven malignancy: the model's suspicious breast lesion. 0-3 (incomplete, negative, benign, probably
  //   benign) grade no suspicious lesion: recognised only.
  // - TI-RADS (Tessler FN et al., ACR TI-RADS, J Am Coll Radiol 2017;14:587-95): every level, TR1-TR5, scores a thyroid
  //   nodule seen on ultrasound.
  // - LI-RADS v2018 (Chernyak V et al., Radiology 2018;289:816-30): LR-3 to LR-5, LR-M and LR-TIV grade a liver
  //   observation that is not definitely or probably benign: a liver lesion on imaging. LR-1 and LR-2 recognised only.
  // - O-RADS US (Andreotti RF et al., Radiology 2020;294:168-85): 2-5 grade an adnexal lesion (2 almost certainly
  //   benign, e.g. a simple cyst); 1 is a normal premenopausal ovary: recognised only.
  // - Lung-RADS v2022 (ACR): 3, 4A, 4B, 4X grade a lung nodule or mass needing follow-up; 1-2 recognised only.
  // - PI-RADS v2.1 (Turkbey B et al., Eur Urol 2019;76:340-51): the model has no prostate MRI finding: recognised only.
  // A category the model has no finding for is still a statement, so "RADS 5" is not left to a reader of a test name.
  { concept: 'bi-rads-suspicious', findings: ['mammogram-abnormal'], phrases: rads(['BI-RADS'], ['4', '4A', '4B', '4C', '5', '6']) },
  { concept: 'bi-rads-not-suspicious', findings: [], phrases: rads(['BI-RADS'], ['0', '1', '2', '3']) },
  { concept: 'ti-rads-nodule', findings: ['thyroid-us-nodule'], phrases: [...rads(['TI-RADS', 'ACR TI-RADS'], ['1', '2', '3', '4', '5']), ...rads(['TI-RADS', 'ACR TI-RADS'], ['TR1', 'TR2', 'TR3', 'TR4', 'TR5'])] },
  { concept: 'li-rads-lesion', findings: ['imaging-abdominal-mass'], phrases: rads(['LI-RADS'], ['3', '4', '5', 'M', 'TIV', 'LR-3', 'LR-4', 'LR-5', 'LR-M', 'LR-TIV']) },
  { concept: 'li-rads-benign', findings: [], phrases: rads(['LI-RADS'], ['1', '2', 'LR-1', 'LR-2']) },
  { concept: 'o-rads-lesion', findings: ['us-pelvic-mass'], phrases: rads(['O-RADS', 'O-RADS US'], ['2', '3', '4', '5']) },
  { concept: 'o-rads-normal', findings: [], phrases: rads(['O-RADS', 'O-RADS US'], ['1']) },
  { concept: 'lung-rads-nodule', findings: ['cxr-mass'], phrases: rads(['Lung-RADS'], ['3', '4A', '4B', '4X']) },
  { concept: 'lung-rads-benign', findings: [], phrases: rads(['Lung-RADS'], ['1', '2']) },
  { concept: 'pi-rads', findings: [], phrases: rads(['PI-RADS'], ['1', '2', '3', '4', '5']) },
];
