/**
 * PHI-free clinical LETTERS (several sentences, letter and note style) built from general vocabularies, to find what
 * the de-identifier redacts in text that names no one (issue 14, tenth pass: the fresh letters flag about one PHI-free
 * text in three). Terms by category: capitalised Disease Ontology names (`doid.obo`, data folder), capitalised
 * ICD-10-CM index main terms (eponyms), capitalised HPO labels, and written from general clinical knowledge: drug
 * brands (a test-only list of widely prescribed products; it is never shipped or read by the rules), organisms,
 * eponymous signs, tests, fractures and devices, services and departments, sentence-opening clinical words, scores.
 * Terms are dealt into two fixed halves by a hash of the term: `--half a` is read while developing, `--half b` only
 * scored. Single-sentence texts carry one category each (`pfl-a-<category>-<i>`), letters mix four to six sentences
 * (`pfl-a-letter-<i>`). One text per line, each its own patient, no gold PHI.
 *   node --import tsx scripts/deid-phi-free-letters.ts --half a|b [--data /work/shared/data] [--out /tmp/pfl-a.jsonl]
 *   node --import tsx scripts/deid-sets.ts --by-cat /tmp/pfl-a.jsonl     # --misses on half a only
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRng, hashSeed } from '../src/core/random.js';

const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };
const data = resolve(arg('--data', process.env['DDX_DATA'] ?? '/work/shared/data'));
const half = arg('--half', 'a');
const out = arg('--out', `/tmp/pfl-${half}.jsonl`);
const perCategory = Number(arg('--n', '60'));
const letters = Number(arg('--letters', '150'));
const rng = createRng(half === 'a' ? 10 : 11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const mine = (term: string): boolean => (hashSeed(term, 10) % 2 === 0) === (half === 'a');
const gz = (p: string): string => gunzipSync(readFileSync(resolve(data, p))).toString('utf8');
const lc = (t: string): string => (/^[A-Z][a-z]/.test(t) && !/^[A-Z][a-z]+(?:['\u2019]s|-)/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);

// Disease Ontology names with a capitalised word after the first (Rocky Mountain spotted fever, Lyme disease).
const doNames = gz('ontologies/doid/doid.obo.gz').split('\n').filter((l) => l.startsWith('name: ') && !l.includes('obsolete'))
  .map((l) => l.slice(6).trim()).filter((t) => t.length < 50 && /\b[A-Z][a-z]{2,}/.test(t));
// ICD-10-CM index main terms that are eponyms (a capitalised word with a possessive or before syndrome/disease).
const icdIndex = [...gz('ontologies/icd10cm/icd10cm_index_2023.xml.gz').matchAll(/<mainTerm>\s*<title>([^<]+)</g)]
  .map((m) => (m[1] ?? '').trim()).filter((t) => /^[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['\u2019]s?)? (?:syndrome|disease|sign|test|fracture|phenomenon|palsy|anomaly|ulcer|cyst|tumor|nodes?)/.test(t) && t.length < 45);
// HPO labels with a capitalised word (Heberden's node, Lisch nodules).
const hpo = (JSON.parse(gz('hpo/hp.json.gz')) as { graphs: { nodes: { lbl?: string }[] }[] }).graphs[0]?.nodes
  .map((n) => n.lbl ?? '').filter((t) => t.length < 45 && /\b[A-Z][a-z]{3,}/.test(t.slice(1)) && !/obsolete/i.test(t)) ?? [];

// Test-only: widely prescribed brands, written from general knowledge (not shipped; the rules never read it).
const BRANDS = ('Eliquis Xarelto Pradaxa Savaysa Coumadin Jantoven Plavix Brilinta Effient Entresto Jardiance Farxiga Invokana Steglatro Ozempic '
  + 'Wegovy Mounjaro Zepbound Trulicity Victoza Saxenda Rybelsus Byetta Januvia Janumet Tradjenta Glucophage Actos Amaryl Lantus Basaglar Toujeo Levemir '
  + 'Tresiba Humalog Novolog Fiasp Admelog Apidra Humulin Novolin Lipitor Crestor Zocor Pravachol Livalo Zetia Vytorin Repatha Praluent Leqvio Nexletol '
  + 'Vascepa Lovaza Norvasc Procardia Cardizem Lopressor Toprol Coreg Tenormin Bystolic Zestril Prinivil Vasotec Altace Lotensin Cozaar Diovan Benicar '
  + 'Micardis Avapro Atacand Lasix Bumex Demadex Aldactone Inspra Kerendia Microzide Lanoxin Multaq Tikosyn Cordarone Pacerone Ranexa Imdur Nitrostat '
  + 'Synthroid Levoxyl Unithroid Euthyrox Armour Cytomel Tapazole Fosamax Boniva Actonel Prolia Evenity Forteo Tymlos Reclast Premarin Estrace Prometrium '
  + 'Provera Depo-Provera Mirena Kyleena Skyla Nexplanon Yaz Yasmin Lo Loestrin Sprintec Ortho Tri-Cyclen Plan Viagra Cialis Flomax Proscar Avodart Jalyn '
  + 'Detrol Ditropan Vesicare Myrbetriq Gemtesa Toviaz Xanax Ativan Klonopin Valium Restoril Ambien Lunesta Sonata Belsomra Dayvigo Zoloft Prozac Paxil '
  + 'Celexa Lexapro Effexor Pristiq Cymbalta Fetzima Wellbutrin Remeron Trintellix Viibryd Desyrel Abilify Rexulti Vraylar Seroquel Zyprexa Risperdal '
  + 'Invega Geodon Latuda Caplyta Clozaril Haldol Lithobid Depakote Lamictal Keppra Tegretol Trileptal Topamax Zonegran Vimpat Briviact Xcopri Dilantin '
  + 'Neurontin Lyrica Gralise Horizant Requip Mirapex Sinemet Rytary Azilect Xadago Nuplazid Aricept Namenda Razadyne Exelon Leqembi Kisunla Adderall '
  + 'Vyvanse Ritalin Concerta Focalin Strattera Qelbree Intuniv Provigil Nuvigil Imitrex Maxalt Zomig Relpax Nurtec Ubrelvy Aimovig Ajovy Emgality Vyepti '
  + 'Botox Tylenol Advil Motrin Aleve Celebrex Mobic Voltaren Toradol Ultram Norco Vicodin Percocet OxyContin Dilaudid MS Contin Nucynta Suboxone Sublocade '
  + 'Narcan Vivitrol Chantix Nicorette Antabuse Campral Zofran Reglan Phenergan Compazine Protonix Nexium Prilosec Prevacid Dexilant Pepcid Carafate '
  + 'Linzess Amitiza Trulance Motegrity Miralax Colace Senokot Dulcolax Imodium Lomotil Xifaxan Creon Zenpep Ursodiol Actigall Ocaliva Humira Enbrel '
  + 'Remicade Inflectra Renflexis Simponi Cimzia Stelara Skyrizi Tremfya Cosentyx Taltz Siliq Bimzelx Otezla Sotyktu Xeljanz Rinvoq Olumiant Orencia '
  + 'Actemra Kevzara Kineret Ilaris Benlysta Saphnelo Lupkynis Plaquenil Arava Trexall Otrexup Rasuvo Imuran CellCept Myfortic Prograf Envarsus Rapamune '
  + 'Zortress Entyvio Tysabri Ocrevus Kesimpta Briumvi Tecfidera Vumerity Gilenya Mayzent Zeposia Ponvory Aubagio Copaxone Avonex Rebif Plegridy Dupixent '
  + 'Adbry Ebglyss Nucala Fasenra Cinqair Xolair Tezspire Symbicort Advair Breo Trelegy Breztri Spiriva Incruse Anoro Stiolto Bevespi Tudorza Atrovent '
  + 'Combivent Ventolin ProAir Proventil Xopenex Flovent Pulmicort Qvar Asmanex Arnuity Alvesco Singulair Daliresp Ofev Esbriet Flonase Nasonex Rhinocort '
  + 'Nasacort Zyrtec Claritin Allegra Xyzal Clarinex Benadryl EpiPen Auvi-Q Neffy Keflex Augmentin Amoxil Zithromax Biaxin Levaquin Cipro Avelox Bactrim '
  + 'Macrobid Macrodantin Monurol Flagyl Cleocin Vibramycin Doryx Minocin Zyvox Sivextro Vancocin Dificid Valtrex Zovirax Famvir Tamiflu Xofluza Paxlovid '
  + 'Lagevrio Veklury Biktarvy Genvoya Descovy Truvada Triumeq Dovato Juluca Odefsey Symtuza Cabenuva Apretude Sunlenca Epclusa Harvoni Mavyret Vemlidy '
  + 'Baraclude Diflucan Lamisil Vfend Noxafil Cresemba Mycamine Sporanox Stromectol Albenza Keytruda Opdivo Yervoy Tecentriq Imfinzi Libtayo Bavencio '
  + 'Herceptin Perjeta Kadcyla Enhertu Avastin Erbitux Vectibix Rituxan Gazyva Darzalex Revlimid Pomalyst Velcade Kyprolis Imbruvica Calquence Brukinsa '
  + 'Venclexta Gleevec Sprycel Tasigna Tagrisso Tarceva Iressa Alecensa Xalkori Lorbrena Ibrance Kisqali Verzenio Lynparza Zejula Rubraca Xtandi Erleada '
  + 'Nubeqa Zytiga Lupron Eligard Firmagon Orgovyx Faslodex Arimidex Femara Aromasin Nolvadex Soltamox Xeloda Lonsurf Stivarga Nexavar Sutent Inlyta '
  + 'Cabometyx Lenvima Jakafi Neulasta Neupogen Udenyca Procrit Epogen Aranesp Retacrit Feraheme Injectafer Venofer Monoferric Jadenu Exjade Hydrea '
  + 'Droxia Oxbryta Adakveo Endari Soliris Ultomiris Empaveli Hemlibra Advate Eylea Lucentis Vabysmo Beovu Syfovre Izervay Xalatan Lumigan Travatan '
  + 'Cosopt Combigan Alphagan Rhopressa Restasis Xiidra Cequa Miebo Tobradex Maxitrol Vigamox Pred Forte Durezol Lotemax Acular Systane Refresh Tepezza '
  + 'Evusheld Shingrix Gardasil Prevnar Vaxneuvance Pneumovax Arexvy Abrysvo Beyfortus Synagis Boostrix Adacel Tdap Menveo Bexsero Trumenba Havrix '
  + 'Engerix-B Heplisav-B Twinrix Fluzone Flublok Afluria Comirnaty Spikevax Novavax Dexcom Libre Omnipod Medtronic Tandem Accu-Chek OneTouch Contour')
  .split(' ').filter((t) => t.length > 2);
const ORGANISMS = ['Staphylococcus aureus', 'Staph aureus', 'Streptococcus pyogenes', 'Klebsiella pneumoniae', 'Klebsiella', 'Pseudomonas aeruginosa', 'Pseudomonas',
  'Enterococcus faecalis', 'Enterococcus faecium', 'Clostridioides difficile', 'Bacteroides fragilis', 'Listeria', 'Neisseria gonorrhoeae', 'Legionella',
  'Bartonella henselae', 'Borrelia burgdorferi', 'Rickettsia', 'Ehrlichia', 'Anaplasma', 'Babesia', 'Cryptococcus', 'Histoplasma', 'Blastomyces',
  'Coccidioides', 'Aspergillus', 'Pneumocystis', 'Giardia', 'Entamoeba', 'Toxoplasma', 'Strongyloides', 'Serratia marcescens', 'Serratia', 'Morganella',
  'Providencia', 'Proteus mirabilis', 'Stenotrophomonas', 'Acinetobacter baumannii', 'Citrobacter', 'Moraxella', 'Eikenella', 'Kingella', 'Pasteurella',
  'Francisella', 'Yersinia', 'Shigella', 'Salmonella', 'Vibrio', 'Campylobacter', 'Helicobacter pylori', 'Mycoplasma', 'Chlamydia trachomatis',
  'Ureaplasma', 'Gardnerella', 'Trichomonas', 'Candida auris', 'Candida glabrata', 'Mucor', 'Rhizopus', 'Nocardia', 'Actinomyces', 'Cutibacterium',
  'Haemophilus influenzae', 'Bordetella pertussis', 'Brucella', 'Coxiella', 'Leptospira', 'Treponema pallidum', 'Mycobacterium avium', 'Norovirus',
  'Rotavirus', 'Coxsackievirus', 'Epstein-Barr virus', 'Zika', 'Dengue', 'Chikungunya', 'Hantavirus', 'Ebola', 'West Nile virus', 'Powassan virus'];
const SIGNS = ["Murphy's sign", "McBurney's point tenderness", 'Rovsing sign', "Homans' sign", "Tinel's sign", "Phalen's test", 'Finkelstein test', 'Lachman test',
  'McMurray test', 'Spurling test', 'Romberg', 'Trendelenburg gait', 'Valsalva', 'Dix-Hallpike', 'Epley manoeuvre', 'Weber and Rinne', 'Allen test', 'Kernig sign',
  'Chvostek sign', "Trousseau's sign", 'Kussmaul breathing', 'Cheyne-Stokes respiration', 'Austin Flint murmur', 'Osler nodes', 'Janeway lesions', 'Roth spots',
  "Virchow's node", 'Courvoisier sign', "Cullen's sign", 'Grey Turner sign', "Kehr's sign", 'Blumberg sign', 'Koebner phenomenon', 'Nikolsky sign',
  "Gottron's papules", "Heberden's nodes", "Bouchard's nodes", "Dupuytren's contracture", "Baker's cyst", "Morton's neuroma", 'Colles fracture', 'Smith fracture',
  'Monteggia fracture', 'Galeazzi fracture', 'Jones fracture', 'Lisfranc injury', 'Maisonneuve fracture', "Bennett's fracture", 'Boxer fracture',
  'Hill-Sachs lesion', 'Bankart lesion', 'Segond fracture', "Schatzki ring", 'Mallory-Weiss tear', "Barrett's oesophagus", "Zenker's diverticulum",
  "Meckel's diverticulum", 'Foley catheter', 'Jackson-Pratt drain', 'Swan-Ganz catheter', 'Dobhoff tube', 'Pleur-evac', 'Holter monitor', 'Ambu bag',
  'Hickman line', 'Port-a-Cath', 'Mepilex dressing', 'Aquacel Ag', 'Tegaderm', 'Steri-Strips', 'Coban wrap', 'Ace wrap', 'Velcro splint', 'Ilizarov frame',
  'Thomas splint', 'Philadelphia collar', 'Aspen collar', 'Miami J collar', 'Boston brace', 'Pavlik harness', 'Denis Browne bar', 'Minerva jacket',
  'Bair Hugger', 'Glidescope', 'Macintosh blade', 'Miller blade', 'Yankauer', 'Coude catheter', 'Malecot drain', 'Penrose drain', 'Blake drain',
  'Sengstaken-Blakemore tube', 'Minnesota tube', 'Hartmann procedure', 'Whipple procedure', 'Nissen fundoplication', 'Roux-en-Y bypass', 'Billroth II',
  'Heller myotomy', 'Kasai procedure', 'Fontan circulation', 'Glenn shunt', 'Blalock-Taussig shunt', 'Ross procedure', 'Bentall procedure', 'Mohs surgery'];
const SERVICES = ['Cardiology', 'Oncology', 'Hematology', 'Nephrology', 'Neurology', 'Neurosurgery', 'Gastroenterology', 'Hepatology', 'Endocrinology',
  'Rheumatology', 'Dermatology', 'Ophthalmology', 'Otolaryngology', 'Urology', 'Gynecology', 'Obstetrics', 'Pediatrics', 'Geriatrics', 'Psychiatry',
  'Infectious Diseases', 'Pulmonology', 'Respiratory Medicine', 'Critical Care', 'Anesthesia', 'Pain Management', 'Palliative Care', 'Hospice', 'Home Health',
  'Physical Therapy', 'Occupational Therapy', 'Speech and Language Therapy', 'Social Work', 'Case Management', 'Dietetics', 'Pharmacy', 'Radiology',
  'Interventional Radiology', 'Nuclear Medicine', 'Vascular Surgery', 'General Surgery', 'Orthopedics', 'Plastic Surgery', 'Wound Care', 'Infection Control',
  'Emergency Department', 'Urgent Care', 'Same Day Surgery', 'Labor and Delivery', 'Outpatient Parenteral Antibiotic Therapy', 'Cardiac Rehab', 'Sleep Medicine',
  'Allergy and Immunology', 'Transplant Surgery', 'Bariatric Surgery', 'Colorectal Surgery', 'Breast Surgery', 'Audiology', 'Podiatry', 'Chaplaincy',
  'Patient Advocacy', 'Medical Records', 'Health Information Management', 'Utilization Review', 'Blood Bank', 'Microbiology', 'Pathology', 'Cytology'];
const OPENERS = ['Tender', 'Afebrile', 'Alert', 'Oriented', 'Ambulating', 'Tolerating', 'Denies', 'Endorses', 'Reports', 'Unremarkable', 'Nontender',
  'Bilateral', 'Diffuse', 'Scattered', 'Faint', 'Mild', 'Moderate', 'Severe', 'Intermittent', 'Persistent', 'Worsening', 'Improving', 'Resolved',
  'Reassured', 'Counselled', 'Consented', 'Discussed', 'Reviewed', 'Restarted', 'Discontinued', 'Titrated', 'Weaned', 'Extubated', 'Mobilising',
  'Euvolaemic', 'Hypovolemic', 'Normocephalic', 'Atraumatic', 'Anicteric', 'Supple', 'Clear', 'Crackles', 'Wheeze', 'Rhonchi', 'Stridor', 'Soft',
  'Distended', 'Guarding', 'Rebound', 'Bowel', 'Pedal', 'Peripheral', 'Capillary', 'Pupils', 'Cranial', 'Sensation', 'Gait', 'Speech', 'Mood', 'Affect',
  'Insight', 'Judgement', 'Appetite', 'Sleep', 'Continence', 'Skin', 'Wound', 'Dressing', 'Drain', 'Sutures', 'Staples', 'Catheter', 'Cannula', 'Telemetry'];

const frames = {
  brand: [(t: string) => `Started ${t} last month; tolerating it well.`, (t: string) => `${t} was stopped because of nausea.`,
    (t: string) => `Allergies: ${t} (rash).`, (t: string) => `She takes ${t} daily and would like to continue.`, (t: string) => `Switched from ${t} to the generic.`,
    (t: string) => `Medications: ${t}, aspirin 81 mg, atorvastatin.`, (t: string) => `Plan: continue ${t}, recheck labs in 3 months.`,
    (t: string) => `Prior authorisation for ${t} was approved.`, (t: string) => `Missed two doses of ${t} over the holiday weekend.`],
  disease: [(t: string) => `History of ${lc(t)}, stable.`, (t: string) => `Assessment: ${t}.`, (t: string) => `Referred for possible ${lc(t)}.`,
    (t: string) => `${t} was considered and ruled out.`, (t: string) => `Family history of ${lc(t)} in a maternal aunt.`],
  eponym: [(t: string) => `Known ${t}; no change.`, (t: string) => `Imaging consistent with ${t}.`, (t: string) => `${t} on examination.`],
  finding: [(t: string) => `Examination showed ${lc(t)}.`, (t: string) => `${t} noted on exam.`, (t: string) => `No ${lc(t)}.`],
  organism: [(t: string) => `Blood cultures grew ${t}, sensitive to ceftriaxone.`, (t: string) => `Stool PCR positive for ${t}.`,
    (t: string) => `${t} isolated from the wound swab.`, (t: string) => `Serology for ${t} pending.`],
  sign: [(t: string) => `${t} positive on the right.`, (t: string) => `Negative ${t}.`, (t: string) => `${t} placed yesterday, site clean.`,
    (t: string) => `Discussed ${t} with the patient.`],
  service: [(t: string) => `Seen by ${t} today; recommendations appreciated.`, (t: string) => `${t} to follow.`, (t: string) => `Referral to ${t} sent.`,
    (t: string) => `Per ${t}, continue current plan.`, (t: string) => `${t} consulted for input.`],
  opener: [(t: string) => `${t}. Plan unchanged.`, (t: string) => `${t} on review this morning.`, (t: string) => `${t}, otherwise well.`],
};
type Cat = keyof typeof frames;
const pools: Record<Cat, string[]> = {
  brand: BRANDS, disease: doNames, eponym: icdIndex, finding: hpo, organism: ORGANISMS, sign: SIGNS, service: SERVICES, opener: OPENERS,
} as Record<Cat, string[]>;
for (const c of Object.keys(pools) as Cat[]) pools[c] = [...new Set(pools[c])].filter(mine);
const sentence = (c: Cat): string => pick(frames[c])(pick(pools[c]));
const FILLER = () => pick([`BP ${int(100, 160)}/${int(60, 95)}, HR ${int(55, 105)}.`, `A1c ${int(5, 10)}.${int(0, 9)}% in ${int(2015, 2025)}.`,
  `Follow-up in ${int(2, 12)} weeks.`, `Weight ${int(50, 120)} kg.`, `The ${int(40, 88)}-year-old was seen with her daughter.`, `Diagnosed in ${int(1990, 2024)}.`]);

const texts: { cat: string; text: string }[] = [];
for (const c of Object.keys(frames) as Cat[]) for (let k = 0; k < Math.min(perCategory, pools[c].length * 2); k++) texts.push({ cat: c, text: sentence(c) });
const cats = Object.keys(frames) as Cat[];
for (let k = 0; k < letters; k++) {
  const n = int(4, 6);
  const parts: string[] = [];
  for (let j = 0; j < n; j++) parts.push(rng.next() < 0.2 ? FILLER() : sentence(pick(cats)));
  texts.push({ cat: 'letter', text: parts.join(rng.next() < 0.5 ? ' ' : '\n') });
}
writeFileSync(out, texts.map((t, i) => JSON.stringify({ patient: `pfl-${half}-${t.cat}-${i}`, note: '1', text: t.text, phi: [] })).join('\n') + '\n');
process.stdout.write(`${JSON.stringify({ out, texts: texts.length, ...Object.fromEntries(cats.map((c) => [c, pools[c].length])) })}\n`);
