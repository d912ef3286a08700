/**
 * A dev set for the NON-NAME identifiers of issue 14 in out-of-domain clinician texts (forms, fax covers, report
 * headers, prescriptions, e-mails, letters) from the US, UK, Canada, Australia, India and the EU: dates in every shape,
 * ages over 89, identifier numbers of every kind, phone and fax numbers, addresses, towns and postcodes. Written by hand
 * in one sitting BEFORE any rule of the deid-forms pass, in the marked format of deid-ood-letters.ts ({{TYPE|text}},
 * titles outside names, facility words inside). PHI-free texts are dense with numbers that must stay: doses, labs with
 * units, scores, ages under 90, bare years, ranges, vital signs, UK duration shorthand (2/52), drug, ICD, CPT, NDC and
 * LOINC codes, times alone, version numbers.
 *
 * Two fixed halves: ITERATE (its misses are read and fixed by class) and SCORE (only scored, at the end of the pass;
 * never listed with deid-ood-misses.ts). Years on their own are left unmarked (Safe Harbor keeps them); weekdays and
 * clock times stay outside a date's span, as the nursing standard draws it.
 *   node --import tsx scripts/deid-ood-forms.ts [--half iterate|score] [--out /tmp/forms.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/forms.jsonl --json
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const ITERATE_PHI: string[] = [
  `FAX COVER SHEET
To: {{LOCATION|Lakeview Cardiology}}   Fax: {{FAX|(312) 555-0187}}
From: {{LOCATION|Northside Family Medicine}}   Phone: {{PHONE|312-555-0144 ext. 213}}
Date: {{DATE|03/04/2024}}   Pages: 4 (including cover)
Re: {{NAME|Harold Pettigrew}}   DOB: {{DATE|11/23/1931}}   MRN: {{MRN|NFM-00482913}}
Please find attached the referral and last echo (EF 35-40%).`,

  `PRIOR AUTHORIZATION REQUEST
Member name: {{NAME|Delphine Okafor}}   Member ID: {{HEALTH_PLAN|XKW884120937}}   Group #: {{HEALTH_PLAN|0047215-002}}
Prescriber NPI: {{LICENSE|1720384956}}   DEA: {{LICENSE|BO4418265}}
Drug: adalimumab 40 mg/0.4 mL every 2 weeks. Diagnosis: L40.0 plaque psoriasis, BSA 12%, PASI 14.
Date of request: {{DATE|4-Mar-2024}}`,

  `Dear Dr {{NAME|Raghunathan}},
Re: Mrs {{NAME|Edith Carrow}} (aged {{AGE|94}}), {{LOCATION|Flat 3}}, {{LOCATION|12 Acacia Avenue}}, {{LOCATION|Harrogate}} {{ZIP|HG1 5DP}}
NHS number {{ID|943 476 5919}}
I saw this lady in clinic on the {{DATE|4th of March}} with recurrent falls. She is on amlodipine 5 mg and donepezil 10 mg; lying/standing BP 148/82 and 126/70.
Kind regards`,

  `Radiology report
Patient: {{NAME|WOZNIAK, TERESA}}   Acc#: {{ID|RAD24-0031877}}   Exam date: {{DATE|2024-03-04}} 14:32
Referring: Dr {{NAME|P. Lindqvist}}
CT head without contrast: no acute intracranial haemorrhage. Chronic small vessel change. A {{AGE|92}}-year-old with a fall.`,

  `Hi {{NAME|Maya}},
Could you fax the discharge summary to {{FAX|+1 (604) 555-0119}}? Patient {{NAME|Arjun Bhatt}}, PHN {{HEALTH_PLAN|9876 543 210}}, discharged {{DATE|Mar 4}}.
Call me at {{PHONE|604.555.0173 x42}} if anything is missing.
Thanks, {{NAME|Colleen}}`,

  `Prescription
Name: {{NAME|Sunita Rao}}   Age: 58   Date: {{DATE|04.03.2024}}
Address: {{LOCATION|Flat No. 12}}, {{LOCATION|Sector 15}}, {{LOCATION|Noida}} {{ZIP|201301}}
Mobile: {{PHONE|+91 98765 43210}}
Rx: Tab. metformin 500 mg BD x 30 days; Tab. telmisartan 40 mg OD. Review after 4 weeks with HbA1c.`,

  `IMPLANT RECORD
Device: dual-chamber pacemaker, serial no. {{DEVICE|PJN 804512 S}}, lead lot {{DEVICE|24A-7731/B}}
Implanted {{DATE|Monday 4 March 2024}} at {{LOCATION|St Brigid's Hospital}}, {{LOCATION|Galway}}
Patient: Mr {{NAME|Tomas Fennelly}}, {{AGE|91}} yo, PPS No. {{ID|1234567TA}}`,

  `Discharge letter
{{NAME|Maureen Gallagher}}, DOB {{DATE|7 Jan 1929}} ({{AGE|95}} years)
Address: {{LOCATION|Unit 7/42 Wattle Street}}, {{LOCATION|Parramatta}} NSW {{ZIP|2150}}
Medicare No: {{HEALTH_PLAN|2123 45670 1}}
Admitted {{DATE|28/02/2024}}, discharged {{DATE|04/03/2024}} after treatment of community-acquired pneumonia (CURB-65 2).`,

  `From: clinic.admin@{{URL|harbourviewhealth.ca}}
Subject: appt change
Your patient {{NAME|Louis Tremblay}} (OHIP {{HEALTH_PLAN|1234-567-890-AB}}) is rebooked from {{DATE|Tuesday, March 5th}} to {{DATE|Thursday, March 7th}} at 10:15.
Clinic: {{LOCATION|88 Rideau Street}}, {{LOCATION|Suite 400}}, {{LOCATION|Ottawa}}, ON {{ZIP|K1N 5W8}}. Tel {{PHONE|(613) 555-0102}}.`,

  `Pathology
Specimen: {{ID|S24-11873}}   Received: {{DATE|04/03/24}} 09:10
Patient {{NAME|Heinz Albrecht}}, KVNR {{HEALTH_PLAN|A123456780}}, geb. {{DATE|12.05.1932}}
{{LOCATION|Hauptstraße 12}}, {{ZIP|10115}} {{LOCATION|Berlin}}
Skin, left cheek, excision: basal cell carcinoma, nodular, margins clear (closest 2.1 mm).`,

  `Care home transfer form
Resident: {{NAME|Winifred Haslam}}   Age: {{AGE|97}}   Room 14
Home: {{LOCATION|Meadowbank Care Home}}, {{LOCATION|41 Station Road}}, {{LOCATION|Keswick}} {{ZIP|CA12 5AB}}
Tel: {{PHONE|017687 72345}}
GP: Dr {{NAME|Ibbotson}}. Reason: reduced oral intake since {{DATE|Saturday 2nd March}}. NEWS2 5.`,

  `Lab requisition
Pt: {{NAME|Ramon Ortiz}}   Acct: {{ACCOUNT|7702-558-1190}}   Ins. policy: {{HEALTH_PLAN|AET-W2239187}}
Collected: {{DATE|3/4/24}} 07:45   Ordering: Dr {{NAME|K. Adeyemi}}
Tests: CMP, lipid panel, HbA1c. Fasting 10 h.`,

  `Clinic letter
Date: {{DATE|4th March 2024}}
Patient: {{NAME|Nirmala Pillai}}, Aadhaar {{ID|2345 6789 0123}}, {{LOCATION|Thrissur}}, Kerala {{ZIP|680001}}
This {{AGE|ninety-one}}-year-old lady has heart failure (NYHA III). Furosemide 40 mg twice daily; weight 52 kg.`,

  `Dear {{NAME|Sam}}, the scan is booked for {{DATE|March 12}} at 9:30 at our {{LOCATION|Wexford Road}} site. Please bring the referral form and your Medicare card (MBI {{HEALTH_PLAN|1EG4-TE5-MK73}}). Parking in lot C.`,

  `Home visit request
Patient lives at {{LOCATION|PO Box 418}}, {{LOCATION|Alice Springs}} NT {{ZIP|0871}}; phone {{PHONE|(08) 8952 1234}}, mobile {{PHONE|0412 345 678}}.
Wife is {{AGE|93}}, husband 88. Both on warfarin (INR 2.6 and 3.1).`,

  `Vaccination record
Vaccine: Shingrix, lot {{DEVICE|3A52-XY}}, exp {{DATE|2025-08-31}}
Given {{DATE|04/03/2024}} by {{NAME|R. Mensah}}, RN, left deltoid, 0.5 mL IM.
Next dose due between {{DATE|4 May}} and {{DATE|4 July 2024}}.`,

  `Subject: MDT outcome {{DATE|04-03-2024}}
Pt {{NAME|Graham Pryce}} ({{AGE|90}}M), hosp no {{MRN|RX1 448 2210}}: T2N0M0 adenocarcinoma of the rectum; for short-course RT 25 Gy in 5 fractions.
Clinic appt {{DATE|Wed 20/03}}.`,

  `WORK CAPACITY CERTIFICATE
Worker: {{NAME|Ben Kowalczyk}}   Claim no.: {{ID|WC-2024-0081547}}
Employer: {{LOCATION|Ridgeline Haulage}}, {{LOCATION|Mackay}} QLD {{ZIP|4740}}
Unfit for work from {{DATE|4/3/2024}} to {{DATE|18/3/2024}} (lumbar strain). Review in 2 weeks.`,

  `Immunisation history form
Child: {{NAME|Aisling Byrne}}   DOB: {{DATE|Feb 29, 2020}}
Parent phone: {{PHONE|+353 87 123 4567}}
Eircode: {{ZIP|D02 X285}}
MMR given at 12 months and 3 years 4 months.`,

  `Ambulance handover
{{DATE|04MAR2024}} 18:05  Pt: {{AGE|96}} y/o female from {{LOCATION|Greenfield Lodge}}, {{LOCATION|Wolverhampton}}.
Found on floor, GCS 14, BM 6.2, HR 104 irregular, SpO2 93% on air. Incident no. {{ID|CAD-240304-1177}}.`,

  `Pharmacy fax
To: {{LOCATION|Medplus Pharmacy}}, {{LOCATION|Koramangala}}, {{LOCATION|Bengaluru}} {{ZIP|560034}}, Fax {{FAX|080 4112 5566}}
Please dispense: insulin glargine 100 units/mL pen, 18 units at night. Licence no. of prescriber: {{LICENSE|KMC-45871}}.`,

  `Death certificate worksheet
Deceased: {{NAME|Alfred Dunmore}}, aged {{AGE|101}}
Date of death: the {{DATE|third of March, 2024}}, 23:40
Place: {{LOCATION|22 Orchard Lane}}, {{LOCATION|Bideford}} {{ZIP|EX39 2QR}}
Cause: 1a bronchopneumonia, 1b frailty of old age.`,

  `Sleep study report
Patient ID: {{MRN|SLP/2024/00391}}   Study date: {{DATE|March 4-5, 2024}}
Device: ResMed AirSense 10, serial {{DEVICE|23161234567}}
AHI 32.4/h, ODI 28, nadir SpO2 79%. CPAP titrated to 11 cmH2O.`,

  `Insurance claim
Policy holder: {{NAME|Lucía Fernández}}   Policy no.: {{HEALTH_PLAN|ES-SAN 0098 4471 22}}
Address: {{LOCATION|Calle de Alcalá 120}}, {{LOCATION|4º B}}, {{ZIP|28009}} {{LOCATION|Madrid}}
Date of service {{DATE|03/04/2024}}; CPT 99214, ICD-10 J06.9. Amount 85.00 EUR.`,

  `Referral (India)
Pt: {{NAME|Mohammed Iqbal}}, {{AGE|92}} yrs, UHID {{MRN|AIIMS/2024/558120}}
Contact: {{PHONE|011-2658 8500}}
Seen on {{DATE|4 Mar '24}} for urinary retention; PSA 6.8 ng/mL; prostate 62 g on USG.`,
];

const SCORE_PHI: string[] = [
  `FAX
Date: {{DATE|March 4th, 2024}}   To: Utilisation Review, fax {{FAX|1-888-555-0162}}
From: {{LOCATION|Bayside Orthopaedics}}, {{LOCATION|2100 Harbor Blvd}}, {{LOCATION|Suite 210}}, {{LOCATION|Costa Mesa}}, CA {{ZIP|92627-1804}}
Patient {{NAME|Gloria Esposito}}, member {{HEALTH_PLAN|W183 556 902}}, requests authorisation for right TKA (CPT 27447).`,

  `Re: {{NAME|Peter Lam}}   DOB {{DATE|1/2/1930}}   Chart # {{MRN|00-78-3321}}
Mr {{NAME|Lam}} is a {{AGE|94}}-year-old man seen {{DATE|3/4}} for dyspnoea. BNP 1240 pg/mL. Increased furosemide to 80 mg daily.
Daughter's cell {{PHONE|(415) 555-0138}}.`,

  `Dear colleague,
Patient: {{NAME|Sadie Whitlock}}, {{LOCATION|Apt 12C}}, {{LOCATION|450 Lexington Ave}}, {{LOCATION|New York}}, NY {{ZIP|10017}}
Seen {{DATE|Monday, March 4, 2024}}. Aged {{AGE|98}}, lives alone, independent with a frame. Vitamin D 50,000 IU weekly for 8 weeks.`,

  `Discharge summary
Name: {{NAME|Jean-Marc Lefebvre}}   NIR: {{ID|1 32 05 75 112 045 67}}
Adresse: {{LOCATION|14 rue des Lilas}}, {{ZIP|69003}} {{LOCATION|Lyon}}
Entrée {{DATE|28.02.2024}}, sortie {{DATE|04.03.2024}}. Tél. {{PHONE|+33 4 72 11 69 00}}.`,

  `E-mail: Re: {{NAME|Mrs Okoro}}'s results
The CT from {{DATE|Feb 27}} shows a 14 mm nodule. Her SIN is on file ({{ID|046 454 286}}); the OHIP card expired on {{DATE|2024/02/29}}.
She is {{AGE|ninety-three}} and wants to discuss options by phone: {{PHONE|905-555-0171}}.`,

  `PRESCRIPTION
{{LOCATION|Riverside Medical Centre}}, {{LOCATION|5 Mill Lane}}, {{LOCATION|Bury St Edmunds}} {{ZIP|IP33 1AA}}
Patient: {{NAME|Derek Amos}}, NHS No {{ID|401 023 2137}}, DOB {{DATE|09/07/1933}}
Co-codamol 30/500 two tablets four times daily, 100 tablets. Date {{DATE|4-3-24}}.`,

  `Home oxygen order
Supplier account {{ACCOUNT|HO-55281-UK}}; concentrator serial no. {{DEVICE|EV4-2213-0098}}
Patient aged {{AGE|99}}, SpO2 86% on air, flow 2 L/min for 15 h/day. Signed {{DATE|04 March 2024}}.`,

  `Outpatient appointment
Mr {{NAME|Kwame Asante}}, Hospital number {{MRN|K448201}}
Your appointment: {{DATE|Thursday 14th March 2024}} at 11:20, Outpatients B, {{LOCATION|Leeds General Infirmary}}, {{LOCATION|Great George Street}}, {{LOCATION|Leeds}} {{ZIP|LS1 3EX}}.
Queries: {{PHONE|0113 243 2799}}.`,

  `Consent form
Patient: {{NAME|Eleanor Voss}}   Age {{AGE|95}}   MRN {{MRN|MGH 4471 2209}}
Procedure: right hemiarthroplasty. Date: {{DATE|3-4-2024}}
Interpreter ID {{ID|INT-7732}} used.`,

  `Letter to GP
{{NAME|Ruth Abrahams}}, d.o.b. {{DATE|23rd June 1931}}
{{LOCATION|7 Kingfisher Mews}}, {{LOCATION|Chelmsford}}, {{ZIP|CM2 0PQ}}
Telephone {{PHONE|01245 318 000}}
A {{AGE|92}} year old lady with AF; CHA2DS2-VASc 4, HAS-BLED 2. Apixaban 2.5 mg BD (age, weight 58 kg).`,

  `Ontario lab report
Patient {{NAME|Marc Gagnon}}, health card {{HEALTH_PLAN|5584-486-674-YM}}
Collected {{DATE|2024-Mar-04}}, reported {{DATE|2024-Mar-05}}
{{LOCATION|1402 King St W}}, {{LOCATION|Toronto}}, ON {{ZIP|M6K 1J3}}
TSH 6.2 mIU/L, free T4 11 pmol/L.`,

  `Australian referral
Dear Dr {{NAME|Nguyen}},
Re: {{NAME|Beryl Hooper}}, {{AGE|90}} years, {{LOCATION|3/17 Banksia Crescent}}, {{LOCATION|Fremantle}} WA {{ZIP|6160}}
DVA file no. {{ID|WX 12345A}}. Seen {{DATE|4/3}} with an infected leg ulcer (swab: MRSA).`,

  `Device recall notice
Model: InsuPump X2   Serial: {{DEVICE|SN 7731-A-0042}}   Lot: {{DEVICE|L24031B}}
Registered to patient ID {{MRN|P-0091833}}, tel. {{PHONE|+49 89 4140 0}}.
Please return by {{DATE|31 March 2024}}.`,

  `Telephone encounter {{DATE|3/4/2024}} 16:20
Spoke with daughter at {{PHONE|(702) 555-0196, ext 7}}. Mother ({{AGE|100}}) fell at {{LOCATION|Sunrise Villas}}, {{LOCATION|Henderson}}, NV. Advised ED.`,

  `Referral — India
Name: {{NAME|Lakshmi Venkatesh}}   Age/Sex: {{AGE|93}}/F   IP No: {{MRN|2024-IP-004417}}
Address: {{LOCATION|No. 14, 3rd Cross}}, {{LOCATION|Jayanagar}}, {{LOCATION|Bengaluru}} {{ZIP|560011}}
Ph: {{PHONE|98450 12345}}
Date of admission {{DATE|02/03/2024}}.`,

  `Pharmacy label
Rx# {{ID|6041187-03}}   Filled {{DATE|03/04/24}}
{{NAME|Hannah Brooks}}, {{LOCATION|1187 N Orchard Bend Rd}}, {{LOCATION|Salem}}, OR {{ZIP|97301}}
Lisinopril 10 mg tablet, take 1 daily. Qty 90, refills 3. NDC 68180-0980-09.`,

  `Hospice admission
Patient aged {{AGE|104}}. Admitted {{DATE|Sun 3 Mar}}. DNACPR in place, dated {{DATE|12/02/2024}}.
NOK: son, tel {{PHONE|07911 123456}}. Address {{LOCATION|Rose Cottage}}, {{LOCATION|Church Lane}}, {{LOCATION|Much Wenlock}} {{ZIP|TF13 6AS}}.`,

  `Echo report
Study ID {{ID|ECHO-24-03-0412}}   Date {{DATE|04/Mar/2024}}
LVEF 55%, TAPSE 18 mm, E/e' 14, RVSP 42 mmHg. Aortic valve Vmax 4.2 m/s, mean gradient 44 mmHg.`,

  `Subject: referral {{DATE|5.3.24}}
Pt {{NAME|Giulia Romano}}, codice fiscale {{ID|RMNGLI31C45F205X}}, nata il {{DATE|5 marzo 1931}} ({{AGE|93}} anni).
Indirizzo: {{LOCATION|Via Garibaldi 22}}, {{ZIP|20121}} {{LOCATION|Milano}}.`,

  `Driver medical form
Licence number: {{LICENSE|D1234-56789-01234}}   Class G
Examined {{DATE|March 4}}. Visual acuity 6/9 both eyes; no seizures for 5 years.`,

  `Patient portal message
From {{NAME|Yusuf Demir}} ({{EMAIL|y.demir84@example.de}}): I was seen last Monday, the {{DATE|4th}} and need the sick note from {{DATE|4.3.}} to {{DATE|15.3.}}. My insurance number is {{HEALTH_PLAN|T482710394}}.`,

  `Wound clinic
{{DATE|Mon 04/03}}: {{AGE|96}} y.o. lady, sacral grade 3 pressure ulcer 4 x 3 cm. Dressing Aquacel Ag, changed every 3 days. Next visit {{DATE|7/3}}.`,

  `Blood transfusion record
Unit number: {{ID|G123 424 567 890 A}}   Group O neg
Transfused {{DATE|2024-03-04}} 13:00-15:30. Pre Hb 68 g/L, post Hb 84 g/L.
Patient {{NAME|Iris Mahon}}, hospital no. {{MRN|H0448821}}.`,

  `Clinic note header
Location: {{LOCATION|Dandenong}} clinic   Date: {{DATE|4/03/24}}
Pt: {{NAME|Tran Van Minh}}   IHI: {{ID|8003 6012 3456 7890}}
{{AGE|91}}yo M with COPD exacerbation; FEV1 0.9 L (38% predicted).`,

  `Fax cover
To: Dr {{NAME|Abernethy}}, {{LOCATION|PO Box 7721}}, {{LOCATION|Dunedin}} {{ZIP|9054}}, New Zealand
Fax: {{FAX|+64 3 477 1234}}
NHI: {{ID|ZAC5361}}
Date sent: {{DATE|5 March 2024}}`,
];

const ITERATE_FREE: string[] = [
  `Plan: increase ramipril 2.5 mg to 5 mg daily, recheck U&E in 1-2 weeks. BP 152/94, HR 78, SpO2 97% RA, T 36.9. eGFR 58 mL/min/1.73m2, K 4.8 mmol/L.`,
  `2/52 history of productive cough, 3/7 of fevers. CRP 86, WCC 14.2. CURB-65 1. Amoxicillin 500 mg TDS for 5 days. Review in 6/52.`,
  `GCS 15, Apgar 9 and 10 at 1 and 5 minutes. Birth weight 3.42 kg. Vitamin K 1 mg IM given at 08:40.`,
  `ICD-10 I48.91, E11.65, N18.3; CPT 99214 and 93000. SNOMED CT concept 49436004. LOINC 4548-4.`,
  `A 78-year-old with a 40 pack-year history; CT 2019 showed emphysema. FEV1 1.2 L (48%), FEV1/FVC 0.52. MRC dyspnoea 3.`,
  `Insulin glargine 24 units at 22:00, NovoRapid 6-8-8 units with meals. HbA1c 64 mmol/mol (8.0%). BMI 33.1.`,
  `ECG: sinus rhythm 72 bpm, PR 220 ms, QRS 96 ms, QTc 468 ms. Echo: LVEF 35-40%, grade 2/6 systolic murmur at the apex.`,
  `Protocol version 2.3.1, amended 2022. Randomised 1:1. Follow-up at 3, 6 and 12 months. Sample size 240 (80% power, alpha 0.05).`,
  `Paracetamol 1 g QDS, max 4 g in 24 h; morphine sulfate 10 mg/5 mL oral solution 2.5-5 mL PRN, 1-hourly. Adrenaline 1:1000 0.5 mg IM.`,
  `MMSE 24/30, MoCA 19/30, Clinical Frailty Scale 6. Power 4/5 in the left leg. Visual acuity 6/12 right, 6/9 left. Hearing aids since 2015.`,
];

const SCORE_FREE: string[] = [
  `Wells score 4.5, D-dimer 1,240 ng/mL FEU. CTPA negative. Apixaban 10 mg BD for 7 days then 5 mg BD considered but not started.`,
  `Hb 112 g/L, MCV 74 fL, ferritin 9 ug/L. Ferrous fumarate 210 mg twice daily for 3 months. Repeat FBC in 4-6 weeks.`,
  `PHQ-9 14, GAD-7 11, AUDIT-C 5. Sertraline 50 mg daily, increase to 100 mg after 2-4 weeks if tolerated.`,
  `Gleason 3+4=7, PSA 8.4 ng/mL, T2cN0M0. PI-RADS 4 lesion 11 mm. MDT 2023 recommended active surveillance.`,
  `Size 7.5 ETT secured at 22 cm at the lips. 18G cannula in the right antecubital fossa. Fluids 125 mL/h. Urine output 0.5 mL/kg/h.`,
  `NEWS2 3 (RR 22, SpO2 95% on 2 L). Temperature 38.1. Sodium 131 mmol/L, urea 9.8, creatinine 132 umol/L.`,
  `NDC 0002-8215-01 insulin lispro 100 units/mL; HCPCS J1885; ATC C09AA05. Dispensed quantity 3 x 3 mL cartridges.`,
  `Child aged 4 years 2 months, weight 16.8 kg (50th centile), height 104 cm. Dose 15 mg/kg = 250 mg four times daily.`,
  `An 89-year-old man with a 10-year history of BPH. Tamsulosin 400 micrograms OD. IPSS 18. Post-void residual 140 mL. Follow up at 14:30 next clinic.`,
  `Warfarin 3 mg Mon/Wed/Fri and 4 mg other days; target INR 2-3, today 2.4. Next INR check in 7-10 days. Software v4.12 dosing tool.`,
];

const half = process.argv.indexOf('--half');
const which = half >= 0 ? (process.argv[half + 1] ?? '') : 'all';
if (which !== 'all' && which !== 'iterate' && which !== 'score') {
  process.stderr.write('--half must be iterate, score or all\n');
  process.exit(2);
}
const phi = [...(which !== 'score' ? ITERATE_PHI : []), ...(which !== 'iterate' ? SCORE_PHI : [])];
const free = [...(which !== 'score' ? ITERATE_FREE : []), ...(which !== 'iterate' ? SCORE_FREE : [])];
writeMarkedTexts(phi, free, `forms-${which}`, '/tmp/deid-ood-forms.jsonl');
