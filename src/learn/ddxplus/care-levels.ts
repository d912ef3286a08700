/**
 * Care levels for the 49 DDXPlus conditions. The DDXPlus release gives only a severity (1-5), which says how
 * bad a missed diagnosis is, not where the patient should be seen; triage needs the latter. Each level is
 * the usual setting for a patient presenting with that condition, from the cited guideline; red flags and
 * can't-miss alerts still raise it per case. Keys are DDXPlus condition names (release_conditions.json).
 * Authored for ddx from the cited guidance; the wording is ours.
 */
import type { CareLevel } from '../../core/model.js';

export interface DdxplusCare {
  readonly careLevel: CareLevel;
  /** Guideline or review the level follows (organisation or first author, year, title). */
  readonly ref: string;
}

const NICE_CKS = (topic: string): string => `NICE Clinical Knowledge Summaries 2023-2024, ${topic}`;

export const DDXPLUS_CARE: Readonly<Record<string, DdxplusCare>> = {
  'Acute COPD exacerbation / infection': { careLevel: 'urgent', ref: 'GOLD 2024 report, management of exacerbations (same-day assessment; hospital if severe)' },
  'Acute dystonic reactions': { careLevel: 'urgent', ref: 'Goldfrank\'s Toxicologic Emergencies 11th ed. 2019, antipsychotics (parenteral anticholinergic; laryngeal dystonia is an emergency)' },
  'Acute laryngitis': { careLevel: 'self-care', ref: NICE_CKS('Laryngitis') },
  'Acute otitis media': { careLevel: 'routine', ref: 'NICE NG91 2018, Otitis media (acute): antimicrobial prescribing' },
  'Acute pulmonary edema': { careLevel: 'emergency', ref: 'McDonagh TA et al. 2021, ESC Guidelines for heart failure, Eur Heart J (acute heart failure)' },
  'Acute rhinosinusitis': { careLevel: 'self-care', ref: 'NICE NG79 2017, Sinusitis (acute): antimicrobial prescribing' },
  'Allergic sinusitis': { careLevel: 'self-care', ref: NICE_CKS('Allergic rhinitis') },
  'Anaphylaxis': { careLevel: 'emergency', ref: 'Resuscitation Council UK 2021, Emergency treatment of anaphylaxis' },
  'Anemia': { careLevel: 'routine', ref: NICE_CKS('Anaemia - iron deficiency') },
  'Atrial fibrillation': { careLevel: 'urgent', ref: 'NICE NG196 2021, Atrial fibrillation: diagnosis and management (emergency referral if haemodynamically unstable)' },
  'Boerhaave': { careLevel: 'emergency', ref: 'Tintinalli\'s Emergency Medicine 9th ed. 2020, esophageal emergencies' },
  'Bronchiectasis': { careLevel: 'routine', ref: 'Hill AT et al. 2019, BTS guideline for bronchiectasis in adults, Thorax' },
  'Bronchiolitis': { careLevel: 'routine', ref: 'NICE NG9 2021, Bronchiolitis in children (immediate referral for apnoea, severe distress, SpO2 < 92%)' },
  'Bronchitis': { careLevel: 'self-care', ref: 'NICE NG120 2019, Cough (acute): antimicrobial prescribing' },
  'Bronchospasm / acute asthma exacerbation': { careLevel: 'urgent', ref: 'BTS/SIGN 158 2019, British guideline on the management of asthma (acute asthma)' },
  'Chagas': { careLevel: 'routine', ref: 'Bern C 2015, Chagas\' disease, N Engl J Med (specialist assessment and treatment)' },
  'Chronic rhinosinusitis': { careLevel: 'routine', ref: 'Fokkens WJ et al. 2020, EPOS 2020 European position paper on rhinosinusitis, Rhinology' },
  'Cluster headache': { careLevel: 'routine', ref: 'NICE CG150 2021, Headaches in over 12s (oxygen and triptan; specialist advice for a first bout)' },
  'Croup': { careLevel: 'urgent', ref: NICE_CKS('Croup') + ' (same-day assessment and oral dexamethasone; severe croup is an emergency)' },
  'Ebola': { careLevel: 'emergency', ref: 'CDC 2024, Ebola disease: clinical guidance (isolation and specialist care)' },
  'Epiglottitis': { careLevel: 'emergency', ref: 'Tintinalli\'s Emergency Medicine 9th ed. 2020, neck and upper airway (airway emergency)' },
  'GERD': { careLevel: 'self-care', ref: 'NICE CG184 2019, Gastro-oesophageal reflux disease and dyspepsia in adults (lifestyle and pharmacy treatment first)' },
  'Guillain-Barré syndrome': { careLevel: 'emergency', ref: 'Leonhard SE et al. 2019, Diagnosis and management of Guillain-Barre syndrome in ten steps, Nat Rev Neurol (admission, respiratory monitoring)' },
  'HIV (initial infection)': { careLevel: 'urgent', ref: 'BHIVA 2022, guidelines on antiretroviral treatment (start ART promptly in primary infection)' },
  'Influenza': { careLevel: 'self-care', ref: 'CDC 2024, Influenza antiviral medications: summary for clinicians (antivirals for high-risk or severe illness)' },
  'Inguinal hernia': { careLevel: 'routine', ref: 'HerniaSurge Group 2018, International guidelines for groin hernia management, Hernia (incarceration is an emergency)' },
  'Larygospasm': { careLevel: 'emergency', ref: 'Tintinalli\'s Emergency Medicine 9th ed. 2020, upper airway obstruction' },
  'Localized edema': { careLevel: 'routine', ref: NICE_CKS('Oedema') },
  'Myasthenia gravis': { careLevel: 'urgent', ref: 'Narayanaswami P et al. 2021, International consensus guidance for management of myasthenia gravis, Neurology (crisis is an emergency)' },
  'Myocarditis': { careLevel: 'emergency', ref: 'Drazner MH et al. 2024, ACC expert consensus decision pathway on myocarditis, J Am Coll Cardiol (hospital evaluation)' },
  'PSVT': { careLevel: 'urgent', ref: 'Brugada J et al. 2019, ESC Guidelines for supraventricular tachycardia, Eur Heart J (vagal manoeuvres, adenosine)' },
  'Pancreatic neoplasm': { careLevel: 'urgent', ref: 'NICE NG12 2015 (updated 2023), Suspected cancer: recognition and referral (suspected cancer pathway)' },
  'Panic attack': { careLevel: 'routine', ref: 'NICE CG113 2019, Generalised anxiety disorder and panic disorder in adults' },
  'Pericarditis': { careLevel: 'urgent', ref: 'Adler Y et al. 2015, ESC Guidelines for pericardial diseases, Eur Heart J (outpatient unless high-risk features)' },
  'Pneumonia': { careLevel: 'urgent', ref: 'NICE NG138 2019, Pneumonia (community-acquired): antimicrobial prescribing (CRB65 decides hospital care)' },
  'Possible NSTEMI / STEMI': { careLevel: 'emergency', ref: 'Byrne RA et al. 2023, ESC Guidelines for acute coronary syndromes, Eur Heart J' },
  'Pulmonary embolism': { careLevel: 'emergency', ref: 'Konstantinides SV et al. 2019, ESC Guidelines for acute pulmonary embolism, Eur Heart J' },
  'Pulmonary neoplasm': { careLevel: 'urgent', ref: 'NICE NG12 2015 (updated 2023), Suspected cancer: recognition and referral (suspected cancer pathway)' },
  'SLE': { careLevel: 'routine', ref: 'Fanouriakis A et al. 2024, EULAR recommendations for the management of SLE, Ann Rheum Dis (specialist referral)' },
  'Sarcoidosis': { careLevel: 'routine', ref: 'Crouser ED et al. 2020, ATS clinical practice guideline: diagnosis and detection of sarcoidosis, Am J Respir Crit Care Med' },
  'Scombroid food poisoning': { careLevel: 'urgent', ref: 'Goldfrank\'s Toxicologic Emergencies 11th ed. 2019, food poisoning (antihistamines; tell apart from anaphylaxis)' },
  'Spontaneous pneumothorax': { careLevel: 'emergency', ref: 'Roberts ME et al. 2023, BTS guideline for pleural disease, Thorax' },
  'Spontaneous rib fracture': { careLevel: 'routine', ref: 'Rockwood and Green\'s Fractures in Adults 9th ed. 2019, chest wall (analgesia; look for a pathological cause)' },
  'Stable angina': { careLevel: 'urgent', ref: 'NICE CG95 2016, Recent-onset chest pain of suspected cardiac origin (rapid-access assessment)' },
  'Tuberculosis': { careLevel: 'urgent', ref: 'NICE NG33 2019, Tuberculosis (refer to the TB service; public-health notification)' },
  'URTI': { careLevel: 'self-care', ref: NICE_CKS('Common cold') },
  'Unstable angina': { careLevel: 'emergency', ref: 'Byrne RA et al. 2023, ESC Guidelines for acute coronary syndromes, Eur Heart J' },
  'Viral pharyngitis': { careLevel: 'self-care', ref: 'NICE NG84 2018, Sore throat (acute): antimicrobial prescribing' },
  'Whooping cough': { careLevel: 'urgent', ref: 'UKHSA 2024, Guidelines for the public health management of pertussis (antibiotics within 21 days; infants may need admission)' },
};
