/**
 * A FIFTH out-of-domain check set for the de-identifier (issue 14): short clinician texts of many kinds (referral
 * letters, discharge snippets, e-mails between clinicians, portal messages, forms, fax covers, lab and radiology
 * headers, consult requests, sign-out lists, prescriptions), US-heavy with some UK, Canadian, Australian, Indian and
 * European ones. Written by hand by engineer author on 2026-12-04, BEFORE that session's deid changes were merged,
 * and never run against the rules or models by its author (only its format was checked). It is scored by the lead
 * only, once on the session's starting tree and once after its merge; never tune rules, lists or models to its
 * texts, and do not read its misses text by text.
 * It deliberately varies: names with no cue word, first names only, initials and suffixes, hyphenated and
 * non-English names, ALL-CAPS and "SURNAME, Given" order, names that are also English words, clinicians after
 * titles; hospitals, practices and clinics with and without a facility word, practices named with ordinary English
 * words, institution acronyms, cities, street addresses, ZIPs and postcodes; MRN / account / plan / member / licence
 * / DEA / NPI / device / serial numbers in many shapes; dates in many formats; phones, faxes, e-mails, URLs, IPs and
 * ages over 89. Every name, institution, address and number is invented.
 * Format as deid-ood-letters2.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US state abbreviations and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them). PHI-free texts carry eponyms, drugs, doses,
 * scores, ages under 90, bare years, units, lab panels, month names without a day and capitalised clinical words,
 * which must stay.
 *   node --import tsx scripts/deid-ood-letters3.ts [--out /tmp/deid-ood-letters3.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters3.jsonl --json
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Saw {{NAME|Priyamvada Raghunathan}} today for her 6-month diabetes review. A1c down to 7.1 on metformin 1 g bd. Next visit {{DATE|14-Jun-2024}}.`,

  `Dear Dr. {{NAME|Okonkwo-Baptiste}},
Re: {{NAME|Lazarus Vollmer Jr.}}, DOB {{DATE|03/11/1948}}, MRN {{MRN|QH-0093381}}
Thank you for seeing this gentleman with exertional dyspnoea. His echo at {{LOCATION|Pellbrook Valley Hospital}} on {{DATE|2/9/24}} showed an EF of 35%.
Yours sincerely,
{{NAME|Mireille Castonguay}}, MD`,

  `sign-out 7W:
- {{NAME|Hope}} in 12, {{AGE|92}}F, CHF exacerbation, diuresing well, net -1.2 L
- {{NAME|BELL, WINSTON}} in 14, cellulitis L leg, on cefazolin day 2
- {{NAME|Tyrese}} 15 - NPO after midnight for scope`,

  `FAX COVER SHEET
To: {{LOCATION|Oak Hill Pediatrics}}   Fax: {{FAX|(608) 555-0184}}
From: {{LOCATION|Birchmount Children's Hospital}}, Medical Records   Phone: {{PHONE|(608) 555-0117}}
Re: {{NAME|Chiamaka Eze-Lindgren}}   Pages: 4 including cover
CONFIDENTIAL: intended only for the named recipient.`,

  `{{NAME|Rose Hunter}} called again about her refill. Told her Dr. {{NAME|Page}} has to sign it first. Pharmacy is the one on {{LOCATION|Delancey Avenue}}.`,

  `Portal message, {{DATE|March 4th}}:
"Hi Dr {{NAME|Abercrombie-Quist}}, this is {{NAME|Lourdes}}, {{NAME|Mateo Ibarra}}'s mom. His fever is gone but the rash is still there. Should we still come in Thursday?"`,

  `LAB REPORT  -  {{LOCATION|Three Rivers Reference Laboratory}}
Patient: {{NAME|SZCZEPANIAK, HALINA M}}   DOB: {{DATE|1939-08-02}}   Sex: F
MRN: {{MRN|000781452}}   Acct: {{ACCOUNT|V00129984731}}   Collected: {{DATE|2024-03-18}} 07:42
Ordering: {{NAME|Ferris, Lionel}} DO
TSH 0.02 mIU/L (L), free T4 3.1 ng/dL (H).`,

  `Hi {{NAME|Gus}}, quick one - can you squeeze in Mrs. {{NAME|Youngblood}}'s daughter {{NAME|Briony}} on Friday? She's on the waitlist at {{LOCATION|Riverside Family Practice}} but they can't see her until {{DATE|the 22nd}}. Cheers, {{NAME|Ines}}`,

  `Rx
Patient: {{NAME|Florentino Ybarra-Céspedes}}   DOB {{DATE|7/4/59}}
Address: {{LOCATION|1187 Larkspur Lane}}, {{LOCATION|Bakersfield}}, CA {{ZIP|93309}}
Lisinopril 10 mg tab, 1 daily, #90, refills 3
Prescriber: {{NAME|Seung-hoon Yoo}}, MD   NPI {{LICENSE|1730496528}}   DEA {{LICENSE|BB3381046}}`,

  `Discharge summary ({{LOCATION|St. Aldhelm's Medical Centre}}, {{LOCATION|Shrewsbury}})
Name: {{NAME|Gwendolyn Parry-Evans}}   NHS no. {{ID|612 884 3907}}   Hosp no. {{MRN|SA4471092}}
Admitted {{DATE|02/03/2024}}, discharged {{DATE|09/03/2024}}. Community-acquired pneumonia, completed 5 days amoxicillin. GP: Dr {{NAME|Raj Malhotra}}, {{LOCATION|Meole Brace Surgery}}.`,

  `{{NAME|Young, Barnaby}} - {{AGE|101}} y/o M - admitted from {{LOCATION|Heatherbrook Care Home}} with a hip fracture. Family contact: grandson {{NAME|Rory Young}}, {{PHONE|+44 7700 900418}}.`,

  `Consult request
To: Nephrology
Re: {{NAME|Shreya Kulkarni}}, bed 5B-22, MRN {{MRN|M-2207-6614}}
Question: AKI on CKD 3b, creatinine 2.9 from 1.7. Please advise on contrast for CTA planned {{DATE|Wed 3/20}}.
Requested by: {{NAME|T. Okafor-Mills}}, PGY-2`,

  `Radiology
Accession: {{ID|CT24-0318-99127}}   Patient: {{NAME|BONACORSI, GIANLUCA}}   MRN: {{MRN|40092-117}}
Exam: CT abdomen/pelvis with contrast   Date of service: {{DATE|18 March 2024}}
Referring: Dr. {{NAME|Folasade Fashola}}   Read by: {{NAME|Henrik Aasheim}}, MD
Impression: uncomplicated sigmoid diverticulitis.`,

  `From: Dr. {{NAME|Ananya Bhattacharjee}} <{{EMAIL|ananya.b@kolkatacardiac-example.in}}>
To: {{EMAIL|referrals@mapleleafheart-example.ca}}
Subject: Transfer of care - {{NAME|Subhash Chatterjee}}
Dear colleagues, Mr {{NAME|Chatterjee}} ({{AGE|90}}) moves to {{LOCATION|Mississauga}} on {{DATE|1 April}}; his last angiogram at {{LOCATION|RCI Kolkata}} is attached.`,

  `Pt is a 34 yo G2P1 referred by {{NAME|Willa}} at {{LOCATION|Sunflower Midwifery}} for GDM. Seen {{DATE|4-Mar-2024}}. Plan: glucose log, dietitian, recheck in 2 wks at {{LOCATION|Fairhaven OB-GYN Associates}}.`,

  `Medicaid ID {{HEALTH_PLAN|KY0043928817}}   Member {{HEALTH_PLAN|M-553-20-8714}}   Group {{HEALTH_PLAN|7719-KX}}
Subscriber: {{NAME|Jolene Sizemore}}   Dependent: {{NAME|Kaylee Sizemore}}   DOB {{DATE|12/01/2016}}
Prior auth approved for montelukast 5 mg chewable.`,

  `{{DATE|the 4th of March}} - phoned Mr. {{NAME|Van Houten}} with his biopsy result. He'd like his son {{NAME|Pieter}} present for the discussion at {{LOCATION|Lakeshore Urology}}; booked {{DATE|11/3}} 2 pm.`,

  `ICU handover {{DATE|03/21}}
Bed 3: {{NAME|Tuilagi, Sione}} 48M septic shock, on norad 0.12
Bed 4: {{NAME|Ngaire}} (Mrs {{NAME|Whaanga}}), {{AGE|95}}, palliative, family at bedside
Bed 6: {{NAME|J. Carmody}}, post-CABG day 1, extubated 0600`,

  `Please note new address for {{NAME|Dmitri Sokolovsky}}: {{LOCATION|Apt 4C, 2260 Ocean Parkway}}, {{LOCATION|Brooklyn}}, NY {{ZIP|11223}}. Home phone {{PHONE|718-555-0146}}. Daughter {{NAME|Yelena}} is emergency contact.`,

  `Device interrogation: ICD, serial {{DEVICE|PRZ449021S}}, lead serial {{DEVICE|LDX-30917-B}}. Patient {{NAME|Lemuel Strand}}. Last shock {{DATE|Jan 30, 2024}}. Remote data uploaded to {{URL|https://remote.heartlink-example.com/pt/8812}}.`,

  `Workstation {{IP|192.168.40.17}} logged an access to the chart of {{NAME|Esperanza Villalobos}} by user {{EMAIL|mkeane@coastalhealth-example.org}} on {{DATE|2024-03-02}}.`,

  `cc: Dr {{NAME|Loveday}}, {{LOCATION|Polwithen GP}}
{{NAME|Morwenna Pascoe}} was reviewed in the falls clinic. She is {{AGE|97}} and lives alone in {{LOCATION|St Austell}}. Orthostatic drop of 30 mmHg; amlodipine stopped.`,

  `Hey - it's {{NAME|Itzel}} from {{LOCATION|Palomar Urgent Care}}. We sent {{NAME|Chen Yiling}} over to your ED by car, suspected appendicitis, WBC 15.2. Her # is {{PHONE|760 555 0192}}.`,

  `{{NAME|AL-HASHIMI, Noor}}   {{DATE|05.03.2024}}
Seen in the Ambulanz of {{LOCATION|Klinikum Rosenheide}}. Versicherungsnummer {{HEALTH_PLAN|R417552938}}. Migraine without aura; started propranolol 40 mg bd.`,

  `Dr. {{NAME|Hawthorne}} - your patient {{NAME|Ivy}} ({{NAME|Ivy Valdespino}}, DOB {{DATE|Sep 9 1987}}) came to L&D at 36+2 with reduced fetal movements. CTG reassuring, sent home.`,

  `Referral: {{LOCATION|Sunnyvale Sleep Center}}
Patient name: {{NAME|Montgomery "Monty" Kingsley III}}
Phone: {{PHONE|408.555.0163}}   Email: {{EMAIL|bkingsley3@mailbox-example.com}}
Reason: loud snoring, ESS 15, BMI 38. Please arrange PSG.`,

  `{{NAME|Hunter}} is a 6 yo seen with his dad {{NAME|Rowan Page}} for an itchy rash on both arms. Eczema flare, restart hydrocortisone 1%. School: {{LOCATION|Westbury Primary}}.`,

  `Admission note {{DATE|4/3/24}}
{{NAME|Nkechi Obi}} is a 29 y/o admitted from the ED at {{LOCATION|Cumbermere General}} with DKA. pH 7.12, HCO3 8. Insulin drip started. PCP: Dr. {{NAME|Sundqvist}} at {{LOCATION|Northgate Health Partners}}.`,

  `Dear {{NAME|Harriet}},
Thanks for letting me know about Mr {{NAME|O'Sullivan-Reyes}}. I'll see him on {{DATE|Monday 18th March}} at the {{LOCATION|Carrickmore Road}} clinic.
Best, {{NAME|Declan}}`,

  `WORK STATUS FORM
Employee: {{NAME|Roberto "Beto" Saldaña}}
Claim #: {{ID|WC-2024-118830}}   DOI: {{DATE|02/26/2024}}
Restrictions: no lifting > 10 lb until {{DATE|03/25/2024}}.
Examining provider: {{NAME|Aditi Menon}}, PA-C`,

  `Called {{NAME|Alessandra}} at {{PHONE|312-555-0179}} to confirm her colonoscopy at {{LOCATION|LSMC}} endoscopy. Prep instructions sent to {{EMAIL|alessandra.r.gianetti@example.com}}.`,

  `Path report {{ID|SP-24-004417}}
Patient: {{NAME|Wojcik, Bernadette}}   Age: {{AGE|93}}   Submitting: {{LOCATION|Millbrook Dermatology}}
Specimen: shave biopsy, left cheek. Dx: basal cell carcinoma, nodular type.`,

  `{{NAME|FARIDA}} and {{NAME|IDRIS}} (twins) both due for MMR #2. Mum {{NAME|Safiya Begum}} prefers a Saturday. Practice: {{LOCATION|Whitechapel Road Health Centre}}, {{LOCATION|London}} {{ZIP|E1 4QZ}}.`,

  `Medication reconciliation by {{NAME|Callum}}, pharmacist, {{DATE|18/3}}: Mrs {{NAME|Desrosiers}} brought her own bottles from {{LOCATION|Pharmacie Beaulac}}; apixaban 5 mg bd confirmed.`,

  `Case for MDT {{DATE|21.03.24}}: {{NAME|Ruairí Ó Briain}}, {{AGE|91}}, {{LOCATION|Galway}}. Hb 84, ferritin 6. CT colonography requested at {{LOCATION|UHCC}}; consultant {{NAME|Siobhán Keane}}.`,

  `Pre-op checklist
Patient ID band: {{MRN|E5580-2291}}
Name: {{NAME|Jedediah Ambrose Thistlewood}}   Allergies: penicillin (rash)
Surgeon: {{NAME|Ortiz-Bloom}}   Anaesthetist: {{NAME|Fenwick}}
Consent signed {{DATE|3.19.24}}.`,

  `i think {{NAME|robin}} from the {{LOCATION|harbourview}} lab has the results - can u ask her to send them to dr. {{NAME|amadi}}? pt is {{NAME|lucas damasceno}} dob {{DATE|4/4/01}}`,

  `{{NAME|Jiang Wenhui}} presented with fever after travel. Contact: {{PHONE|+61 2 5550 1874}}, {{LOCATION|Chatswood}} NSW {{ZIP|2067}}. Malaria film negative x3.`,

  `Letter of medical necessity
To whom it may concern:
{{NAME|Odalys Fuentes}} (Member ID {{HEALTH_PLAN|KMH-0442-9981-07}}) needs a CPAP machine. AHI 41 on study dated {{DATE|January 12th, 2024}}.
{{NAME|Lysander Nakamura-Shaw}}, MD, {{LOCATION|Blue Ridge Pulmonary}}`,

  `Triage: {{AGE|99}}-year-old lady brought by EMS from {{LOCATION|Wisteria Gardens Assisted Living}}, {{LOCATION|Savannah}}. Unwitnessed fall. Her nephew {{NAME|Sipho Mthembu}} will meet her here.`,

  `Attn: Sister {{NAME|Philomena}}, ward 9
Re {{NAME|DOYLE Patrick Joseph}}, UR {{MRN|1093356}}
Please hold warfarin tonight; INR 4.6. - Dr {{NAME|Nguyen Thi Lan}}, {{LOCATION|Wattlebrook Hospital}} registrar`,

  `{{NAME|Brooks, Summer}} | 17 yo | {{LOCATION|Pine Ridge Adolescent Clinic}}
Confidential visit {{DATE|Mar 19}}. Contraception counselling; started combined pill. Do not send EOB to home address on file.`,

  `Clinic note: Mr. {{NAME|Grace}} (first name {{NAME|Emmanuel}}) follows up after his TIA on {{DATE|the fifth of February}}. Carotid duplex at {{LOCATION|Valleyview Vascular Lab}} showed 40% stenosis.`,

  `Lab: {{NAME|Baskaran, Thenmozhi}} - Specimen {{ID|H24-77812-C}} - Received {{DATE|19 Mar 2024}} 14:10
Hb 6.8 g/dL, MCV 64 fL. Critical value phoned to Nurse {{NAME|Adeyemi}} at {{PHONE|0121 555 0743}}.`,

  `The patient, {{NAME|Linnet Oyebanji}}, is a {{AGE|104}}-year-old woman seen at home for a pressure ulcer. Lives with granddaughter {{NAME|Linnet-Rose}} at {{LOCATION|31 Fieldfare Close}}.`,

  `Hi team, {{NAME|Ozzie}} here (night float). Mr. {{NAME|Castellano}} in 22 spiked to 39.1; cultures sent, vanc/pip-tazo started. His wife {{NAME|Pilar}} asked for an update in the morning: {{PHONE|619-555-0128}}.`,

  `ED course: {{NAME|Lakshmi Venkatesh}} arrived by private car at 0312 on {{DATE|3/22/2024}}. Seen by Dr {{NAME|Iwu}}. Transferred to {{LOCATION|Sacred Oak Lakeside}} cath lab.`,

  `BILLING
Guarantor: {{NAME|Howard T. Finch}}   Acct: {{ACCOUNT|0019-228-4471}}
Patient: {{NAME|Lila Finch}} (minor)   Ins ID {{HEALTH_PLAN|CHP77310042}}
DOS {{DATE|02-27-2024}}   CPT 99213`,

  `MS. {{NAME|ABIGAIL FORTESCUE-WYNNE}} WAS SEEN IN THE {{LOCATION|LONGMEADOW OUTPATIENT CLINIC}} ON {{DATE|MARCH 7, 2024}}. FOLLOW-UP IN 6 MONTHS.`,

  `Nurse line call: {{NAME|Bea}} (caller, daughter) says her father {{NAME|Luther Ashdown}} is more confused since starting oxybutynin. Advised stopping it and calling {{LOCATION|Hillcrest Internal Medicine}} at {{PHONE|555-0106}} tomorrow.`,

  `Vaccine record
Name: {{NAME|Nomvula Dlamini}}   DOB: {{DATE|2019/06/15}}
Given L deltoid {{DATE|2024-03-01}} by {{NAME|K. Hargreaves}}, RN at {{LOCATION|Eastlake Pediatrics}}.`,

  `From {{NAME|Sebastián}}: spoke with Dr. {{NAME|Georgiana Crane}} at {{LOCATION|BVMC}} about {{NAME|Ottilie}}'s transfer. Bed available tomorrow {{DATE|3/23}}. Ref # {{ID|TX-88127}}.`,

  `Occupational health: {{NAME|Hamish McTavish}}, staff no. {{ID|E0071923}}, needle-stick on {{DATE|20/03/2024}} at {{LOCATION|Strathallan Royal}}. Source patient CHI {{ID|2503714466}}, HIV/HBV/HCV negative.`,

  `Please see {{NAME|Abebe Tesfaye}}, {{AGE|94}}, at his home, {{LOCATION|4420 Magnolia Bluff Rd}}, {{LOCATION|Tallahassee}} FL {{ZIP|32303}}, for a hospice eligibility visit. Contact his son {{NAME|Dawit}} first.`,

  `Telehealth link for {{NAME|Araminta Marsh}}: {{URL|https://meet.tidewaterhealth-example.org/room/cmarsh-0322}}. Visit scheduled {{DATE|Friday March 22}} at 10:30.`,

  `{{NAME|Sung-min}} forgot his inhaler at school again. Mom ({{NAME|Park Ji-yeon}}) asked for a second prescription for the nurse's office at {{LOCATION|Greenfield Middle School}}.`,

  `Physiotherapy discharge: {{NAME|Niamh Brennan-Kaur}} completed 8 sessions after ACL reconstruction ({{DATE|Dec 5th}}). Referrer Mr {{NAME|Ferdinand Osei}}, FRCS, {{LOCATION|Kingsway Orthopaedics}}.`,

  `Rx refill request from {{LOCATION|Walden Pharmacy}} (fax {{FAX|802-555-0151}}) for {{NAME|Gideon Ashcombe}}: atorvastatin 40 mg. Last seen {{DATE|Aug 2023}}? No - last visit {{DATE|10/02/2023}}. Needs appointment.`,

  `Family meeting: present were {{NAME|Constance}} (wife), {{NAME|Silas}} and {{NAME|Temperance}} (children), Rev. {{NAME|Pettigrew}} (chaplain), and Dr {{NAME|Oyelowo}}. Mr {{NAME|Blackwood}} is {{AGE|96}} and would not want intubation.`,

  `SSN {{SSN|529-48-1736}} on the paper form belongs to {{NAME|Glenda Whitfield}}, not to her husband; registration corrected. New MRN {{MRN|W0448126}}.`,

  `Mammogram recall letter
{{DATE|March 14, 2024}}
Ms. {{NAME|Paloma Arrieta}}
{{LOCATION|905 Cypress Hollow Dr}}
{{LOCATION|Round Lake}}, IL {{ZIP|60073}}
Your recent screening mammogram at {{LOCATION|Prairie Lane Breast Imaging}} needs additional views.`,

  `{{NAME|Kiri}} rang from the {{LOCATION|Waikato DHB}} about {{NAME|Tamati Rangihuna}}, NHI {{ID|ZKD4471}}. He's been discharged on {{DATE|21/3}} and needs INR on Monday.`,

  `Operating list {{DATE|Tue 26-Mar}}
1. {{NAME|Yolanda Espinoza}} - lap chole
2. {{NAME|Trinh Quoc Bao}} - inguinal hernia repair
3. {{NAME|Frost, Gabriel}} - excision lipoma back
Surgeon: Ms {{NAME|Ogunleye}}`,

  `Neurology clinic letter - {{LOCATION|Royal Pennine Infirmary}}
Dear Dr {{NAME|Whitlock}},
I reviewed {{NAME|Cerys Llewellyn}} (DOB {{DATE|22/07/1990}}, hospital number {{MRN|RPI-558102}}) with new right-sided weakness. MRI brain is booked.`,

  `The pt ({{NAME|Haruto Kobayashi}}) uses a glucose sensor, serial {{DEVICE|3MH0092RT5}}, and a pump, SN {{DEVICE|PMP-771-0429}}. Reports sent to {{EMAIL|diabetes.team@wyndhamclinic-example.org}}.`,

  `Dear {{NAME|Olufemi}},
Just to confirm that {{NAME|Adaeze}} had her second dose on Thursday... sorry, {{DATE|Thursday 21 March}}. Kind regards, {{NAME|Perpetua Quennell}}, Practice Nurse, {{LOCATION|Elmstead Surgery}}`,

  `Transfer form
From: {{LOCATION|St. Wenceslas Hospital}}, {{LOCATION|Omaha}}
To: {{LOCATION|Platte River Rehabilitation Center}}
Patient: {{NAME|Jaroslav Dvořák}}   Age {{AGE|92}}   Dx: right MCA stroke
Accepting MD: Dr. {{NAME|Lindqvist-Moreau}}   Date of transfer: {{DATE|2024-03-25}}`,

  `Asked {{NAME|Prakash}} to call the patient's husband ({{NAME|Vikram Iyer}}, {{PHONE|+91 98450 55512}}) with the culture result. Patient {{NAME|Meenakshi Iyer}}, IP no. {{MRN|BLR/24/031877}}, {{LOCATION|Nandi Hills Multispeciality Hospital}}, {{LOCATION|Bengaluru}}.`,

  `{{NAME|Winter, Holly}} - allergy clinic - peanut OFC passed {{DATE|3/15}}. Letter to school nurse Mrs. {{NAME|Ambler}}, fax {{FAX|(414) 555-0137}}.`,

  `Coroner referral: {{NAME|Ambrose Leclerc}}, {{AGE|90}}, found deceased at home, {{LOCATION|17 Rue Saint-Denis}}, {{LOCATION|Montréal}} QC {{ZIP|H2X 3K8}}, on {{DATE|2024-03-09}}. Last seen by GP Dr {{NAME|Tremblay}} {{DATE|Feb 28}}.`,

  `Good morning Dr. {{NAME|Sato}}, the echo tech ({{NAME|Marco}}) flagged a possible LV thrombus on Mr. {{NAME|Reinholt}}'s study this morning; images on PACS under accession {{ID|EC-5510382}}.`,

  `CONSENT FOR RELEASE OF INFORMATION
I, {{NAME|Delphina Okoro}}, authorize {{LOCATION|Crescent Bay Medical Group}} to release my records to Attorney {{NAME|Leon Mbatha}}, {{LOCATION|220 Harbor Blvd, Suite 9}}, {{LOCATION|Long Beach}}, CA {{ZIP|90802}}.
Signed {{DATE|3-21-24}}`,

  `{{NAME|Kjersti}} - we're out of the 22 mm ostomy flanges for Mr {{NAME|Haugland}}. Can you order from {{URL|www.ostomysupply-example.no}}? Acct {{ACCOUNT|NO-448120}}.`,

  `Hospital at home round, {{DATE|23/3}}:
{{NAME|Beryl Catchpole}} ({{AGE|98}}) - IV ceftriaxone day 3, afebrile
{{NAME|Norman Page}} - furosemide IV, weight down 1.4 kg
Mrs. {{NAME|Ekundayo-Hart}} - discharge to GP tomorrow`,

  `Dr {{NAME|Ravindranath}} asked that {{NAME|Chidi}}'s thyroid scan be moved from {{DATE|March 28}} to {{DATE|April 2}} because of exams. Nuclear medicine at {{LOCATION|Wexford Regional}} informed.`,

  `Patient portal sign-up: username {{EMAIL|gabe.moreno77@example.com}}, verified by SMS to {{PHONE|(971) 555-0109}}. Patient {{NAME|Gabriel Moreno}}, DOB {{DATE|1977-11-30}}.`,

  `Fellow sign-out to Dr. {{NAME|Ikeda}}: consult from 4 North on {{NAME|GREENE, FAITH}}, rising LFTs on amiodarone. Also {{NAME|Sterling}} (bed 9) needs TEE tomorrow; NPO.`,

  `{{NAME|Oksana}} from {{LOCATION|Bridgeport Home Health}} reports Mr. {{NAME|Hollingsworth-Tate}}'s leg ulcer is larger, 4 x 3 cm. Wound photos uploaded; agency line {{PHONE|203-555-0177}}.`,

  `{{LOCATION|Sweetwater Community Health Center}}, {{LOCATION|2150 Mesa Verde Rd}}, {{LOCATION|Las Cruces}}, NM {{ZIP|88005}}. Medical director: Dr. {{NAME|Xochitl Ramírez}}.`,
  `Ward clerk note: {{NAME|Ebenezer Quaye}} (hosp no {{MRN|KBT-0061-2284}}) left against medical advice at 22:40 on {{DATE|24/03/2024}}. Next of kin {{NAME|Abena}} informed on {{PHONE|07700 900 562}}. He lives in {{LOCATION|Peckham}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Parkinson's disease since 2016, on carbidopa/levodopa 25/100 three times daily. UPDRS part III 28. No falls in the last 3 months.`,
  `Crohn's disease of the terminal ileum, on adalimumab 40 mg every other week. Faecal calprotectin 85 ug/g, CRP 4 mg/L.`,
  `Graves' disease: TRAb 6.2 IU/L, free T4 38 pmol/L. Started carbimazole 20 mg daily and propranolol 40 mg three times daily.`,
  `Right-sided Bell's palsy, House-Brackmann grade III. Prednisolone 60 mg daily for 5 days then taper; eye protection at night.`,
  `Neuro exam: Babinski sign positive on the left, hyperreflexia at the knee, no clonus. Glasgow Coma Scale 15.`,
  `Abdomen: Murphy's sign positive, no rebound. Ultrasound shows gallbladder wall 5 mm with pericholecystic fluid.`,
  `Apgar scores 7 at 1 minute and 9 at 5 minutes. Birth weight 3.2 kg. Vitamin K given.`,
  `Wells score 4.5 for PE; D-dimer 1,800 ng/mL FEU. CTPA ordered. Enoxaparin 1 mg/kg twice daily started pending the scan.`,
  `Foley catheter removed on day 2; passed urine within 6 hours. Holter monitor fitted for 48 hours for palpitations.`,
  `Lower limb arterial Doppler: monophasic signals at the dorsalis pedis, ABI 0.58 on the right and 0.91 on the left.`,
  `BMP: Na 138 mmol/L, K 4.1 mmol/L, Cl 101 mmol/L, HCO3 24 mmol/L, BUN 18 mg/dL, creatinine 0.9 mg/dL, glucose 104 mg/dL.`,
  `CBC: WBC 11.4 x10^9/L, Hb 128 g/L, platelets 312 x10^9/L, neutrophils 8.1. CRP 46 mg/L.`,
  `Transferred from the Emergency Department to the Intensive Care Unit; Cardiology and Nephrology consulted. Seen on the Medical Admissions Unit in the morning.`,
  `72-year-old man with COPD, FEV1 48% predicted, on tiotropium and a LABA/ICS inhaler. Two exacerbations since 2022.`,
  `Second trimester anomaly scan normal. Third dose of the hepatitis B series due in September. Flu vaccine given in October.`,
  `Hashimoto's thyroiditis; levothyroxine increased from 75 to 88 micrograms. Recheck TSH in six weeks.`,
  `Addison's disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 micrograms. Sick-day rules reviewed.`,
  `Alzheimer's dementia, MMSE 19/30, on donepezil 10 mg at night. Lewy body features absent.`,
  `Cushing's triad on arrival: BP 190/70, HR 48, irregular breathing. Neurosurgery informed; mannitol 1 g/kg given.`,
  `Kernig and Brudzinski signs negative. Lumbar puncture: opening pressure 18 cm H2O, WBC 2, protein 0.35 g/L, glucose 3.8 mmol/L.`,
  `Guillain-Barre syndrome suspected; FVC 2.1 L, repeat every 4 hours. IVIG 0.4 g/kg/day for 5 days.`,
  `Hodgkin and non-Hodgkin lymphoma both in the differential for the cervical node; excision biopsy requested.`,
  `CHA2DS2-VASc 4, HAS-BLED 2. Apixaban 5 mg twice daily. Echo: LA 4.6 cm, EF 55%.`,
  `Lipids: total cholesterol 6.2 mmol/L, LDL 4.1 mmol/L, HDL 1.0 mmol/L, triglycerides 2.4 mmol/L. QRISK3 18%. Atorvastatin 20 mg.`,
  `Pap smear in 2021 was normal; HPV co-test negative. Next screening due in five years.`,
  `Asthma since childhood, peak flow 320 L/min (best 450). Salbutamol 100 micrograms as needed, beclometasone 200 micrograms twice daily.`,
  `Gram-positive cocci in clusters on blood culture. Start vancomycin 25 mg/kg load, trough before the fourth dose. Transthoracic echo on Monday.`,
  `Child Pugh B, MELD 16. Ascites on ultrasound; spironolactone 100 mg and furosemide 40 mg daily. Paracentesis not needed in March.`,
  `Sjogren's syndrome with dry eyes; Schirmer test 3 mm at 5 minutes. Raynaud's in both hands each winter.`,
  `Chest X-ray: Kerley B lines, upper lobe diversion, small bilateral effusions. BNP 1,240 pg/mL. Furosemide 40 mg IV twice daily.`,
];

writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter3', '/tmp/deid-ood-letters3.jsonl');
