/**
 * A FOURTH out-of-domain dev set for the de-identifier (issue 14, seventh pass), written by hand in one sitting BEFORE
 * any rule of that pass changed: letters, e-mails, forms, fax covers, portal and text messages, referral and insurance
 * forms, lab and imaging headers, school and work notes, UK, Canadian, Australian and US styles. Names, practices and
 * towns were invented for it (not drawn from the detector's lists); some are ordinary English words, some are written
 * in capitals or inverted ("SURNAME, Given"), many have no cue at all.
 * It is split in two fixed halves by position: `--half a` (even-numbered texts) is the half whose misses are read
 * while developing; `--half b` (odd-numbered texts) is only scored, at the end, and its misses are never listed.
 * Same marking as the other sets: {{TYPE|text}} inline; titles ("Dr.", "Mrs") stay outside a name, facility words
 * ("Hospital", "Surgery", "Practice") inside. Bare years are left out of the PHI texts (Safe Harbor keeps them).
 *   node --import tsx scripts/deid-ood-dev3.ts --half a --out /tmp/dev3a.jsonl
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/dev3a.jsonl --json
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Fennimore}},

Re: {{NAME|Harriet Colquhoun}} (DOB {{DATE|12/02/1949}}), {{LOCATION|7 Blackthorn Rise}}, {{LOCATION|Market Weldon}}, {{ZIP|NN14 6RG}}

I saw this lady in clinic today with a six-month history of dysphagia to solids. She has lost 4 kg.
OGD is booked. I have copied this letter to her GP.

Yours sincerely,

{{NAME|Rupert Allingham}}
Consultant Gastroenterologist`,

  `From: {{NAME|Keisha Darnforth}} <{{EMAIL|kdarnforth@brookvalemed.com}}>
Sent: {{DATE|March 3, 2024}}
To: {{NAME|Tom Ellery}}
Subject: patient update

Tom - Jack Smith's sister rang again. {{NAME|Jack Smith}} is now back home and the wound looks fine. Can you call her on {{PHONE|(617) 555-0183}}?
K`,

  `PRIOR AUTHORIZATION REQUEST
Patient name: {{NAME|WHITLOCK, DARNELL}}
Member ID: {{HEALTH_PLAN|XKH447190023}}
Group #: {{HEALTH_PLAN|88312-B}}
Prescriber: {{NAME|Anneliese Brannigan}}, MD   NPI {{LICENSE|1376548291}}
Drug requested: adalimumab 40 mg every other week
Diagnosis: Crohn's disease (K50.90)`,

  `FAX COVER SHEET
To: {{LOCATION|Orchard House Practice}}     Fax: {{FAX|01632 960 442}}
From: Ward 7, {{LOCATION|Saint Bride's Hospital}}
Date: {{DATE|14/06/2024}}
Pages: 3
Re: discharge summary for Mrs {{NAME|Eileen Prothero}}, hospital no. {{MRN|K0098231}}`,

  `Hi Dr. {{NAME|Osei}},
My mom {{NAME|Margaret Tully}} has been dizzy since the new pill. She is {{AGE|93}} and lives alone in {{LOCATION|Cedar Falls}}. Should she stop it? You can text me at {{PHONE|319-555-0142}}.
Thanks,
{{NAME|Linda}}`,

  `Discharge summary
{{NAME|Brewster, Amos J}}   MRN {{MRN|004417723}}   Admitted {{DATE|2024-01-09}}   Discharged {{DATE|2024-01-15}}
Attending: {{NAME|Felicity Ngata}}, MD
Diagnosis: community-acquired pneumonia, right lower lobe.
Follow-up with PCP {{NAME|Dale Mercer}} at {{LOCATION|Pine Hollow Family Medicine}} in one week.`,

  `Thank you for seeing {{NAME|Hunter Rivers}}, a 34-year-old carpenter with low back pain radiating to the left leg. MRI at {{LOCATION|Northgate Imaging}} on {{DATE|2/14/24}} showed an L5-S1 disc protrusion.
{{NAME|Sam Okafor}}, PA-C`,

  `SCHOOL NOTE
{{NAME|Mia Castellanos}} was seen in our office on {{DATE|October 8}} and may return to school on {{DATE|October 10}}. She should not take part in gym for one week.
{{LOCATION|Little Acorns Pediatrics}}
{{LOCATION|455 Wexford Road}}, {{LOCATION|Danbury}}, CT {{ZIP|06810}}`,

  `Re: Mr {{NAME|Bartholomew Finch}}, hospital number {{MRN|RX4417820}}
Mr {{NAME|Finch}} is an 81-year-old retired teacher who attended the falls clinic at {{LOCATION|Hollins Park Hospital}}. He was accompanied by his son {{NAME|Geoffrey}}.`,

  `Patient: {{NAME|Yusuf Abernethy-Kaur}}
DOB: {{DATE|07.09.1988}}
Address: {{LOCATION|Flat 3, 21 Carnegie Street}}, {{LOCATION|Dundee}} {{ZIP|DD1 4QB}}
CHI: {{ID|0709881234}}
GP: {{NAME|Morag Dunleavy}}, {{LOCATION|Tayside Medical Group}}`,

  `text from pt's daughter: hi its {{NAME|shanice}}, mum {{NAME|gloria}} fell again this morning, shes ok but her hip hurts, we're at {{LOCATION|st anne's}} A&E now`,

  `OPERATIVE NOTE
Surgeon: {{NAME|Percival Hawthorne}}
Assistant: {{NAME|Ingrid Solberg}}
Anesthesia: general, {{NAME|Raj Patel}}
Date of surgery: {{DATE|5-Mar-2024}}
Procedure: laparoscopic cholecystectomy
Implant: none. Specimen to pathology, accession {{ID|S24-33817}}.`,

  `Dear {{NAME|Priya}},
Thanks for the referral of {{NAME|Colin Markham}}. I saw him today. He is a 45-year-old with refractory hypertension. Renal artery duplex is booked at {{LOCATION|Lakeview General}}.
Best wishes,
{{NAME|Jonathan Weir}}
{{LOCATION|Kingfisher Cardiology Associates}}
Tel {{PHONE|0161 496 0775}}`,

  `INSURANCE APPEAL
Claim number: {{ACCOUNT|CLM-2024-0081734}}
Policy holder: {{NAME|Vernon Gallagher}}
Dependent: {{NAME|Tessa Gallagher}} (daughter, age 16)
Policy no. {{HEALTH_PLAN|BCX 771 204 998}}
We ask that you reconsider the denial of the sleep study ordered by Dr {{NAME|Lucinda Marsh}}.`,

  `Seen by {{NAME|Nkechi Adeyemi}} NP. Pt is a 67 yo man from {{LOCATION|Goose Creek}}, here with his wife {{NAME|Rosalind}}. Call back number {{PHONE|843.555.0199}}.`,

  `Referral form
Referring clinician: Dr {{NAME|Haydn Pritchard}}
Practice: {{LOCATION|Bramble Lane Surgery}}, {{LOCATION|Cowbridge}}
Patient: {{NAME|Cerys Lloyd-Evans}}   NHS number: {{ID|943 476 5919}}
Reason: suspected carpal tunnel syndrome, both hands. Nerve conduction requested.`,

  `Good morning,
Just a heads up that {{NAME|Brandon Kowalczyk}} (dob {{DATE|11/30/1975}}) no-showed again today. This is his 3rd missed visit. Please have {{NAME|Jenna}} from scheduling reach out.
Thanks!
{{NAME|Carla Mendes}}, MA
{{LOCATION|Riverbend Internal Medicine}}`,

  `CONSULT NOTE - Neurology
Patient {{NAME|Ottoline Verrall}}, aged {{AGE|96}}, from {{LOCATION|Harborview Manor}}, with new confusion.
Requested by Dr {{NAME|Aidan Coyle}} (hospitalist).
MoCA not possible. CT head: small vessel disease.`,

  `Lab report
Specimen ID: {{ID|LB-8834-2210}}
Collected: {{DATE|04/22/2024}} 08:15
Ordering provider: {{NAME|Grant Whitfield}}
Patient: {{NAME|FORSYTHE, Delia M}}   Sex: F   MRN: {{MRN|A7730015}}
HbA1c 8.4 %`,

  `Dear Sir or Madam,
I am writing on behalf of my patient, Mr {{NAME|Leon Batiste}}, who needs a letter for his employer, {{LOCATION|Crescent Logistics}}, confirming that he cannot lift more than 10 kg until {{DATE|1 July 2024}}.
Yours faithfully,
Dr {{NAME|Fiona Greer}}`,

  `Handover 19:00
Bed 4 - {{NAME|Norah Quigley}}, {{AGE|92}}, NOF fracture, post-op day 2, Hb 84, transfuse 1 unit.
Bed 5 - {{NAME|Stanley Broom}}, 78, CAP, on IV co-amoxiclav, improving.
Bed 6 - {{NAME|Edith Vale}}, 88, delirium, son {{NAME|Martin}} visiting.`,

  `Your appointment at {{LOCATION|Westbrook Health Centre}} is confirmed for Tuesday {{DATE|9th April}} at 10:40 with Dr {{NAME|Amara Nwosu}}. To cancel, reply CANCEL or call {{PHONE|020 7946 0321}}.`,

  `Pathology
Patient: {{NAME|Juniper Hale}}    Accession: {{ID|SP-24-001962}}
Clinician: Dr {{NAME|Rhys Tomlin}}, {{LOCATION|Ashcombe Breast Unit}}
Specimen: left breast core biopsy
Diagnosis: invasive ductal carcinoma, grade 2. ER positive, HER2 negative.`,

  `Please find enclosed the records of {{NAME|Gabriel Dufresne}} (RAMQ {{HEALTH_PLAN|DUFG 8803 1214}}) as requested. He moved from {{LOCATION|Trois-Rivieres}} to {{LOCATION|Moncton}} in the spring.
{{NAME|Sylvie Arsenault}}, inf.
{{LOCATION|Clinique Medicale du Parc}}`,

  `To whom it may concern,
{{NAME|Bethany Crumb}} has been under my care for generalised anxiety disorder. She is fit to sit her exams at {{LOCATION|Ridgemont College}} with extra time.
Dr {{NAME|Silas Fairweather}}
{{LOCATION|Meadowside Practice}}, {{LOCATION|12 Church Lane}}, {{LOCATION|Little Hadham}}`,

  `Radiology report
Exam: CT abdomen/pelvis with contrast   Accession {{ID|RAD8841276}}
Patient: {{NAME|OYELOWO, TEMITOPE}}   DOB {{DATE|03-15-1962}}
Referring: {{NAME|Chen, Wallace}}
Findings: 2.1 cm simple cyst in the right kidney. No lymphadenopathy.`,

  `Voicemail transcribed {{DATE|6/12}}: This is {{NAME|Deirdre}} calling about my husband {{NAME|Francis Mulcahy}}, date of birth {{DATE|August 2nd 1950}}. He needs a refill of his warfarin. Our pharmacy is {{LOCATION|Elm Street Pharmacy}} on {{LOCATION|Elm Street}}. Number is {{PHONE|508 555 0127}}.`,

  `CC: {{NAME|Matthias Grunewald}}; {{NAME|Oluwaseun Bello}}; {{NAME|Tamsin Royle}}
Dear colleagues, the MDT discussed {{NAME|Penelope Ashworth}} on Thursday {{DATE|16 May}}. Recommendation: neoadjuvant chemotherapy at {{LOCATION|Northcliffe Cancer Centre}}.`,

  `Physical therapy plan of care
Patient: {{NAME|Rocco Benedetti}}  Visit #4
Referring MD: {{NAME|Yvonne Delacroix}}
Dx: right rotator cuff tendinopathy
Clinic: {{LOCATION|Summit Sports Rehab}}, {{LOCATION|Boulder}}, CO {{ZIP|80302}}
Therapist: {{NAME|Kyle Brandt}}, DPT`,

  `Hello,
I'm the care coordinator at {{LOCATION|Willowmere Lodge}}. Our resident {{NAME|Albert Cheverton}} (room 14) has had loose stools for 3 days. His GP is Dr {{NAME|Hosseini}} at {{LOCATION|Parkside Medical Practice}}.
Regards
{{NAME|Bev Oakes}}`,

  `Telephone encounter
Caller: {{NAME|Wendy Loftus}} (patient)
Callback: {{PHONE|(503) 555-0166}} ext. 12
Pt reports fever 38.9 since yesterday after her chemo on {{DATE|5/20}}. Advised to go to {{LOCATION|Providence St. Vincent}} ED now.`,

  `Immunisation record
Child: {{NAME|Ezra Moon}}   DOB {{DATE|19/11/2021}}
Medicare no. {{HEALTH_PLAN|2953 81746 1}}
Vaccines given today at {{LOCATION|Blue Gum Family Clinic}}, {{LOCATION|Ballarat}} VIC {{ZIP|3350}}: MMRV, Hep A.`,

  `{{NAME|Jack Smith}} and {{NAME|Olivia Trent}} both missed their 3 pm slots. I've rebooked them for Friday.`,

  `DISCHARGE INSTRUCTIONS
You were seen by Dr {{NAME|Hollis Grange}} in the {{LOCATION|Mercy Ridge}} emergency department for a sprained ankle. Rest, ice, compression, elevation. Call {{PHONE|1-800-555-0148}} with questions.
Your visit number is {{ACCOUNT|V0039918274}}.`,

  `Letter to DVLA
Re: {{NAME|Gordon McTavish}}, driving licence no. {{LICENSE|MCTAV601054GJ9XY}}
I confirm that Mr {{NAME|McTavish}} has had no seizures for over 12 months on levetiracetam 750 mg BD.
{{NAME|Alastair Rennie}}, Consultant Neurologist, {{LOCATION|Aberdeen Royal Infirmary}}`,

  `Pt {{NAME|Luz Ortega}} came in with her grandson {{NAME|Mateo}} who translated. She is {{AGE|91}} and has had a cough for 2 weeks. Lives at {{LOCATION|1140 Vista Grande Ave}}, {{LOCATION|Tucson}} {{ZIP|85705}}.`,

  `Subject: Re: MRI results
Hi {{NAME|Caroline}},
Your MRI from Monday was normal. No sign of MS. Let's keep the follow-up on the {{DATE|28th}}.
Dr {{NAME|Benedict Shaw}}
{{LOCATION|Glenwood Neurology}} | {{URL|www.glenwoodneuro.com}}`,

  `Device registration
Patient: {{NAME|Harold Penhaligon}}
Pacemaker serial no. {{DEVICE|PJN883412K}}
Implanted {{DATE|Jan 22, 2024}} at {{LOCATION|St. Luke's Heart Institute}} by Dr {{NAME|Imran Qureshi}}.
Remote monitoring IP {{IP|10.42.18.207}}`,

  `MEDICATION RECONCILIATION
Pt: {{NAME|GUTIERREZ, ROSA ELENA}}
Pharmacy: {{LOCATION|Walgreens #11238}}, {{LOCATION|Fresno}}
Home meds: metformin 1 g BID, lisinopril 20 mg daily, atorvastatin 40 mg nightly.
Reviewed with daughter {{NAME|Alma}}.`,

  `Summary of care sent to {{LOCATION|Hillcrest Nursing and Rehabilitation}}. Patient: {{NAME|Dorothy Blanchard}}, {{AGE|94}}F. Code status DNR. Contact: niece {{NAME|Pam Whitley}} {{PHONE|555-301-8842}}.`,

  `Good afternoon Ms {{NAME|Ferreira}},
Your son {{NAME|Tiago}} has an appointment with {{LOCATION|Sunflower Child Development Center}} on {{DATE|June 4th}}. Please bring his insurance card (ID {{HEALTH_PLAN|MCD-55719034}}).`,

  `Work capacity certificate
Name: {{NAME|Liam Connolly}}   Claim no. {{ACCOUNT|WC24-118830}}
Employer: {{LOCATION|Harbour Freight & Storage}}
Injury: left wrist fracture on {{DATE|02/03/2024}}
Fit for modified duties from {{DATE|16/03/2024}}.`,

  `Sleep study report
Patient: {{NAME|Ignatius Breen}}
Study date: {{DATE|2024/03/07}}
Technologist: {{NAME|Marisol Vega}}, RPSGT
Interpreting physician: Dr {{NAME|Hugo Lindqvist}}
AHI 32/h, nadir SpO2 79 %. Severe obstructive sleep apnoea. CPAP recommended.`,

  `hey {{NAME|Dev}} can u cover {{NAME|Rosie Banks}} in bay 3, shes waiting on CT, her son {{NAME|Kieran}} is on {{PHONE|07700 900 318}}`,

  `Re: {{NAME|Violet Ashdown}}, NHS {{ID|401 023 2137}}
Please see this lady who was discharged from {{LOCATION|Queen Adelaide Hospital}} on {{DATE|3rd May}}. She lives with her partner {{NAME|Frank}} in {{LOCATION|Sheringham}}.`,

  `Clinic letter
Dr {{NAME|Marguerite Olander}}
{{LOCATION|Stonebridge Rheumatology}}
{{LOCATION|300 Mill Pond Road, Suite 210}}, {{LOCATION|Stamford}}, CT {{ZIP|06902}}
Patient: {{NAME|Beatrix Lowell}}   DOB {{DATE|05/05/1971}}
Seropositive rheumatoid arthritis, DAS28 4.2. Start methotrexate 15 mg weekly with folic acid.`,

  `Pt's wife {{NAME|June}} says he has not been himself since {{DATE|Easter}}. GP is Dr {{NAME|Kapoor}} at {{LOCATION|Oak Tree Surgery}}.`,

  `ED triage: {{NAME|Andre Baptiste}}, 52M, brought by Metro North EMS from {{LOCATION|Halsted St}} after a fall from a ladder. GCS 15.`,

  `Fwd: lab results
From: {{EMAIL|noreply@labcorp-portal.net}}
Patient {{NAME|Simone Achterberg}} (acct {{ACCOUNT|88124-003}}) has new results available. Log in at {{URL|https://portal.keystonelabs.com/results}}.`,

  `{{NAME|Bramwell, Theodore}} is a pleasant 72 year old man referred by Dr {{NAME|Ada Kellerman}} for evaluation of a right thyroid nodule. Plan FNA at {{LOCATION|Cascade Endocrine}}.`,

  `Pharmacy fax: new prescription for {{NAME|Quentin Ashby}}, DOB {{DATE|9/9/1944}}, home phone {{PHONE|(207) 555-0110}}. Apixaban 5 mg BID #60. DEA {{LICENSE|BA1234563}}. Prescriber Dr {{NAME|Helena Birch}}.`,

  `Transfer note: accepted by Dr {{NAME|Solomon Adair}} at {{LOCATION|Lakeland Regional Medical Center}}. Transport by AirCare 3, ETA 1400. Family ({{NAME|Rita}}, sister) informed at {{PHONE|863-555-0172}}.`,

  `{{NAME|Maeve Donnelly}}, a 29 year old, presents with a 3 week history of palpitations. She works at {{LOCATION|Blue Heron Bakery}} and drinks 5 coffees a day. TSH pending.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Dear colleague, thank you for seeing this 58-year-old man with Dupuytren's contracture of the right ring finger. Table-top test positive. He is keen on needle fasciotomy.`,
  `Impression: Charcot foot, left, Eichenholtz stage 1. Total contact cast applied. Review in clinic in 2 weeks.`,
  `Plan: continue Eliquis 5 mg BID, Jardiance 10 mg daily and Lasix 40 mg. Daily weights. Low-salt diet.`,
  `Findings: Hill-Sachs lesion and Bankart tear after anterior dislocation. Referred to shoulder surgery.`,
  `Ankle-brachial index 0.7 on the left. Fontaine stage IIa. Smoking cessation advised; started cilostazol.`,
  `The patient, 74, has Sjogren syndrome with dry eyes and mouth; Schirmer test 3 mm. Hydroxychloroquine continued.`,
  `Reviewed in Memory Clinic: Alzheimer disease, mild. MMSE 22/30. Donepezil 5 mg started.`,
  `Kind regards and thanks for your help with this lady. Please call the ward if any questions.`,
  `Apgar 8 and 9. Birth weight 3.4 kg. Newborn exam normal, Ortolani and Barlow negative.`,
  `Diagnosed with Graves disease in 2015, treated with radioactive iodine; now on levothyroxine 125 mcg.`,
  `Chest X-ray: Kerley B lines and small bilateral effusions. BNP 1200. Furosemide increased.`,
  `Cushing syndrome excluded: overnight dexamethasone suppression test cortisol 32 nmol/L.`,
  `Tinel and Phalen signs positive at the right wrist. Wrist splint at night. Nerve conduction studies requested.`,
  `Discussed at the Tuesday Multidisciplinary Team meeting. Agreed for Hartmann's procedure.`,
  `Ms. patient declined the flu vaccine this year; will reconsider at next visit in March.`,
  `Child Pugh B, MELD 14. Ascites controlled with spironolactone 100 mg. Varices banded in 2022.`,
  `Korotkoff sounds were difficult to hear; manual BP 142/88 in the left arm. Pulse 76 regular.`,
  `Brown-Sequard pattern below T6. MRI spine ordered urgently. Dexamethasone started.`,
  `GP Practice Manager: please note the change of opening hours over the Christmas period.`,
  `Sudden hearing loss in the right ear; Weber lateralises left, Rinne positive both sides. Oral steroids started.`,
];

// Fixed halves by position: even-numbered texts are read while developing (a), odd-numbered only scored (b).
const half = process.argv[process.argv.indexOf('--half') + 1];
const pick = <T>(xs: readonly T[]): T[] => (half === 'a' || half === 'b') ? xs.filter((_, i) => (i % 2 === 0) === (half === 'a')) : [...xs];
writeMarkedTexts(pick(PHI_TEXTS), pick(PHI_FREE_TEXTS), `dev3${half === 'a' || half === 'b' ? half : ''}`, '/tmp/deid-ood-dev3.jsonl');
