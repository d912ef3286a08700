/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-seventh session, engineer author: short and
 * long clinician texts, about two thirds of them the most common real case (ordinary English clinic letters, discharge
 * summaries, referrals, handovers, ward lists, theatre and clinic lists, e-mails, portal messages, phone messages, SMS,
 * fit notes, DVLA, coroner, safeguarding, tribunal, ACC, WSIB, ACAT, prior-authorisation, pharmacy-error, privacy-audit,
 * EMS, RFDS, sleep-lab, audiology, hospice and one-line notes) from Northern Ireland, Ireland, England, Wales,
 * Scotland, the US, Canada, Australia, New Zealand, India and South Africa, with names without a cue word in sentences
 * and signatures, hospitals and clinics by their full names, towns, suburbs and streets in running sentences; and the
 * rest written in the styles of regions, peoples and languages not named in the headers of letters14-33: Khakassia
 * (Khakas, Cyrillic), Naryn (Kyrgyz, Cyrillic), Bayan-Ölgii (Kazakh, Cyrillic), Kasai (Tshiluba, French), the
 * Copperbelt (Bemba), northern Malawi (Tumbuka), Mwanza (Sukuma, Swahili), Limpopo (Sepedi), the Ovambo north of
 * Namibia (Oshiwambo), Inhambane (Xitsonga, Portuguese), Chimaltenango (Kaqchikel), Corrientes (Guaraní), Sioux Lookout
 * (Anishinaabemowin), Kayah State (Karenni), Mon State (Burmese script), Cao Bằng (Tày, Vietnamese), Ratanakiri
 * (Jarai, Khmer digits), Jhabua (Bhili, Devanagari digits), Ballia (Bhojpuri), Udupi (Tulu,
 * Kannada digits), Manado (Minahasa Malay), Sulu (Tausug), Bodoland (Bodo), Jammu (Dogri), Jodhpur (Marwari,
 * Devanagari), Bundelkhand, Chhattisgarh, Kumaon, Istanbul's Sephardim (Ladino), Stamford Hill (Yiddish, Hebrew script
 * and date), Ulster Scots, Kigezi (Rukiga), Plateau State (Berom), Adamawa (Fulfulde), Harar (Oromo label, Ethiopian
 * date), Wolaita, Masvingo (Karanga), the Zambezi of Zambia (Luvale), Dang (Tharu), the Kathmandu valley's Newars
 * (Nepal Sambat), Putao (Lisu), Mindoro (Mangyan), Zamboanga (Chavacano), Aklan (Aklanon), Kupang, Alta Verapaz
 * (Q'eqchi'), the Huasteca (Nahuatl), the Isthmus of Tehuantepec (Zapotec), Formosa (Wichí), Chaco (Qom), Misiones
 * (Mbyá), Pucallpa (Shipibo-Konibo), Leticia (Tikuna), Suriname's interior (Saramaccan), Ukhrul (Tangkhul), Gorkha
 * (Gurung, Tamang, Magar) and West Kalimantan (Dayak). Some countries named before recur (Kyrgyzstan, Mongolia,
 * Malawi, Zimbabwe, Zambia, Nepal, Myanmar, Guatemala, Mexico, Argentina, Peru, Colombia, Suriname, Indonesia, the
 * Philippines, India, Nigeria, Ethiopia, Uganda, Tanzania, Mozambique, Namibia, South Africa, Cambodia, Vietnam,
 * Turkey), only through a region, people or language not named before; Zambia's Zambezi district is not Namibia's
 * Zambezi Region (letters32), Argentina's Chaco is not the Mennonite Chaco, and Adamawa's Fulfulde is the Fula
 * language that letters31 named as Pulaar of the Fouta Toro. Human patients only. Written by hand by engineer author on
 * 2026-12-07 (thirty-seventh session) without reading the engine's rules, lexicons or models, and never run through
 * ddx by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read
 * its misses text by text.
 * It varies: names with and without cue words (alone in sentences, greetings, signatures, e-mail headers, SMS, ward,
 * theatre and clinic lists, surname first in capitals, "s/o", nicknames in quotes, user names, lone first names and
 * lone surnames, Cyrillic, Burmese, Devanagari and Hebrew script; honorifics such as "Smt.", "Mnr.", "Doña",
 * "Na", "Alhaji", "Mama" and ד"ר outside the name); places of every kind (streets, flats, farms, stations,
 * villages, barangays, sitios, aldeas, longhouses, First Nations, a shelter, a refinery, a mine, a police station,
 * schools, universities, pharmacies, care homes, hospitals and clinics in local languages, Dublin and London postal
 * districts); ages over 89 as digits; dates in many forms (dd/mm/yyyy, mm/dd/yyyy, ISO, dd.mm.yyyy, "Dec 5/26",
 * "1st Dec 2026", "Thursday 3 December", weekdays alone, "le 4 décembre 2026",
 * "jueves 3 de diciembre de 2026", "3 Desemba 2026", "30 Nofemere 2026", "Laraba, 2 Disamba 2026", "2 Aralık 2026",
 * Ethiopian, Bikram Sambat, Nepal Sambat and Hebrew dates, Khmer, Kannada and Devanagari digits); IDs of many shapes
 * (PPSN, Aadhaar, NRC, NIN, DPI, CUI, CURP, DNI, NIK, status card, South African, Namibian and Zimbabwean IDs, Kyrgyz
 * PIN, Bhamashah, MLC, APS, animal-control, inquest, tribunal, DVLA driver and staff numbers);
 * health plans (GMS and medical cards, Medicare AU and MBI, Medicaid, Medi-Cal, Part D, Aetna, BCBS, RAMQ, OHIP, PHIN,
 * PHN, AHCIP, YHCIP, NS and SK cards, DVA, Discovery, Bonitas, ABHA, PMJAY, NHIF, NHIS, BPJS, PhilHealth, BHYT);
 * licences (GMC, GPhC, Irish Medical Council, Dental Council, MCNZ, CPSO, HPCSA, NMC Nepal, NPI, DEA, TNMC, BC
 * pharmacist); NHS, H&C, CHI, NHI, UR, UHID and folder numbers as MRN; phones, a bleep, faxes, e-mails, URLs, an IPv4;
 * device serials (pacemaker, CPAP, hearing aids, syringe driver); vehicles (an ambulance unit and crew call sign, an
 * aircraft and a medevac mark, a river launch); US SSNs; claims and invoices. Every name, address and number is
 * invented; institution names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters32.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics
 * stay outside a name, facility words inside; US states, provinces, regions, territories, counties, prefectures and
 * countries are not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and
 * dates named by a weekday are DATE; wards, beds, bays, rooms and lots are not marked. An AGE span is one stated exact
 * age over 89, only its number. Medical, dental, nursing, pharmacy, NPI and DEA licences are LICENSE; national, staff,
 * case and register numbers ID (US SSNs are SSN); NHS, H&C, CHI, NHI, UR, UHID, folder and hospital numbers MRN;
 * health-insurance numbers HEALTH_PLAN; claims and invoices ACCOUNT; postcodes and a London postal district ZIP (a
 * Dublin district, as in letters32, LOCATION); a DEVICE span
 * is the serial only; bleeps are PHONE. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts (short one- and two-line notes among them) carry eponyms and signs (Austin Flint, Graham Steell,
 * Quincke, Beck, Dressler, Chvostek, Pemberton, Whipple, Romberg, Babinski, Marcus Gunn, Argyll Robertson, Dix-Hallpike,
 * Mallory-Weiss, Boerhaave, Courvoisier, Charcot, Sturge-Weber, Couvelaire), classifications and scores in lists and
 * tables (Neer, Lauge-Hansen, Sanders, Kellgren-Lawrence, NEWS2, CHA2DS2-VASc, Rockall, Ballard, Finnegan, Forrest),
 * place-named diseases (Rocky Mountain, West Nile, Rift Valley, St. Louis, Semliki Forest, Barmah Forest, Madura,
 * Minamata, Balkan), drug, brand and device names with brackets (Eliquis, Keytruda [pembrolizumab], Aquacel, PICO,
 * Omnipod, Medtrum, Alaris, Zoll, GlideScope, Easyhaler, Spiromax), a medication list, guideline and history years,
 * immunisation ages, interpreter languages, and greetings, closings and signs in other languages (Haere mai, Talofa
 * lava, Sawubona, Vanakkam, Sat Sri Akal, Mingalaba, Ngā mihi, Go raibh maith agat, Baie dankie, Ke a leboga), which
 * must stay.
 *   node --import tsx scripts/deid-ood-letters34.ts [--out /tmp/deid-ood-letters34.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters34.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Okafor}},

Re: {{NAME|Maureen Tiernan}}, DOB {{DATE|02/08/1958}}, H&C {{MRN|329 551 8804}}
{{LOCATION|41 Ardenlee Avenue}}, {{LOCATION|Belfast}} {{ZIP|BT6 0AB}}

I saw {{NAME|Maureen}} in the breathlessness clinic at {{LOCATION|Belfast City Hospital}} on {{DATE|1 December 2026}}. Spirometry shows FEV1 54 % predicted with a ratio of 0.58 and no reversibility. She still smokes ten a day. I have started Trimbow two puffs twice daily and referred her to pulmonary rehabilitation at {{LOCATION|Knockbracken Healthcare Park}}.

Yours sincerely,
{{NAME|Niamh McCusker}}
Consultant Respiratory Physician`,

  `DISCHARGE SUMMARY - {{LOCATION|Altnagelvin Area Hospital}}
Name: {{NAME|DOHERTY, Ciaran Padraig}}   H&C No: {{MRN|604 118 2297}}   DOB: {{DATE|17.04.1979}}
Address: {{LOCATION|9 Creggan Heights}}, {{LOCATION|Derry}} {{ZIP|BT48 9LE}}
Admitted: {{DATE|29/11/2026}}   Discharged: {{DATE|05/12/2026}}
Diagnosis: alcohol-related acute pancreatitis (lipase 2140), no collections on CT.`,

  `Hi {{NAME|Deirdre}}, it's {{NAME|Tom}} from the practice. Your smear result is back and is normal, next one due in five years. Any questions ring {{PHONE|091 524 773}}. {{LOCATION|Salthill Medical Centre}}`,

  `Referral letter - Rheumatology, {{LOCATION|University Hospital Galway}}
From: Dr {{NAME|Fionnuala Breathnach}}, {{LOCATION|Oranmore Family Practice}}, {{LOCATION|Oranmore}}, Co. Galway {{ZIP|H91 X2T4}}
Date: {{DATE|3rd December 2026}}
Re: {{NAME|Padraic Ó Fátharta}}, 46, GMS card {{HEALTH_PLAN|2214573K}}, PPSN {{ID|6281947TA}}
Three months of symmetrical small-joint synovitis of both hands, morning stiffness two hours, CRP 38, anti-CCP strongly positive. Started prednisolone 10 mg pending your review.`,

  `ED triage note, {{LOCATION|Cork University Hospital}}, {{DATE|06/12/2026}} 22:14
{{NAME|Aisling Cronin}}, 23, student at {{LOCATION|University College Cork}}, presented with friends after a fall at a house party on {{LOCATION|College Road}}. Alcohol on breath, laceration 4 cm R eyebrow, no LOC. Tetanus up to date. Seen by ANP {{NAME|Orla Twomey}}.`,

  `From: {{NAME|Siobhán Kinsella}} <{{EMAIL|skinsella@kilkennydocs.example.ie}}>
Sent: {{DATE|Friday 4 December 2026}} 09:12
To: Palliative Care Team
Subject: Mr {{NAME|Michael Brennan}}, {{AGE|94}}, {{LOCATION|Thomastown}}
He is deteriorating at home, now bed-bound, taking sips only. Family would like him to die at home. Could the team visit before the weekend?
{{NAME|Siobhán}}`,

  `GP out-of-hours ({{LOCATION|Shannondoc}}) call log
Caller: mother of {{NAME|Jayden Hogan}}, 2, {{LOCATION|Moyross}}. Barking cough, stridor only when crying, temp 38.1. Advised attend {{LOCATION|Ennis Road treatment centre}}. Callback {{PHONE|061 432 880}}. {{DATE|4/12/26}} 02:40.`,

  `Patient: {{NAME|Ethan Kowalski}}  MRN: {{MRN|800244719}}  DOB: {{DATE|03/14/1988}}
Date of service: {{DATE|12/03/2026}}
{{LOCATION|Hennepin Healthcare}}, {{LOCATION|Minneapolis}}, MN
CC: L knee pain after a skiing fall at {{LOCATION|Buck Hill}}.
Exam: effusion, Lachman 2+, pivot shift +. MRI ordered. Crutches, brace.
Insurance: BCBS MN member {{HEALTH_PLAN|XZB448120975}}.`,

  `SOAP - {{DATE|Dec 2, 2026}}
S: {{NAME|Lakeisha Monroe}} 34F here for f/u HTN, misses doses bc of work (CNA at {{LOCATION|Magnolia Manor}} nursing home).
O: BP 162/98, 158/96 repeat. BMI 37.
A: Stage 2 HTN, uncontrolled.
P: add amlodipine 5. BMP. RTC 4 wk. Medicaid {{HEALTH_PLAN|MS0048817320}}.
- {{NAME|R. Patel}}, MD`,

  `Hospital course (long):
{{NAME|Gordon "Gordie" Whitfield}} is a 71-year-old retired lineman from {{LOCATION|Casper}}, WY who was transferred from {{LOCATION|Wyoming Medical Center}} to {{LOCATION|UCHealth University of Colorado Hospital}} on {{DATE|November 27, 2026}} with an inferior STEMI complicated by complete heart block. He underwent primary PCI to the RCA by Dr {{NAME|Anneliese Vogt}} and had a temporary wire placed. Conduction did not recover and on {{DATE|December 1}} a dual-chamber pacemaker was implanted (Medtronic Azure, serial {{DEVICE|PZX604218S}}). He was discharged on {{DATE|December 4, 2026}} on aspirin, ticagrelor, atorvastatin 80 mg and metoprolol. Follow-up device check at the {{LOCATION|Anschutz}} clinic in two weeks; cardiology f/u with {{NAME|Vogt}}. Medicare MBI {{HEALTH_PLAN|7TW2-QK4-HN81}}.`,

  `Nursing handover 19:00 - 4 North
Rm 412: Mrs. {{NAME|Ortega}}, POD 1 R TKA, pain 6/10 on oxy, PT tomorrow.
Rm 414: {{NAME|Leonard Fitch}}, {{AGE|92}}, CHF, net -1.2 L, K 3.4 replaced.
Rm 418: {{NAME|Kimberly Ashby}}, DKA resolved, transitioned to SQ insulin at 14:00.`,

  `Telephone encounter {{DATE|12/05/2026}} 4:52 PM
Pt {{NAME|Harold Beaumont}} called re: Eliquis cost, his Part D plan {{HEALTH_PLAN|H5521-044}} wants $147. Gave 30-day free card. Pharmacy: {{LOCATION|Walgreens #07213}}, {{LOCATION|Ocala}}, FL. Callback {{PHONE|352-555-0186}}.
{{NAME|Becca L.}}, RN`,

  `Referral: Pediatric Endocrinology, {{LOCATION|Children's Hospital of Philadelphia}}
Patient: {{NAME|Aaliyah Grant}}, 8 y 2 m, DOB {{DATE|10/02/2018}}
Concern: breast budding at 7 y, growth velocity 9 cm/yr, bone age 10 y. LH 0.6 basal.
Referring: {{NAME|Marcus Feld}}, MD, {{LOCATION|Germantown Pediatrics}}, {{LOCATION|Philadelphia}}, PA {{ZIP|19144}}. Fax {{FAX|(215) 555-0143}}. NPI {{LICENSE|1386204719}}.`,

  `Progress note - Behavioral Health
Client {{NAME|Trevor Nakamura-Banks}} (MRN {{MRN|BH-0093318}}) seen {{DATE|Thursday}} for week 6 of CBT. PHQ-9 down from 19 to 12. Still avoids the bus to {{LOCATION|Kapiolani Community College}}. Homework: exposure hierarchy.
{{NAME|Leilani Kahale}}, LCSW`,

  `Pt is an {{AGE|96}} y/o woman, lives with son {{NAME|Dale}} in {{LOCATION|Bowling Green}}, KY, brought in for hip pain after slip on ice on her porch. XR: displaced femoral neck fx. Ortho (Dr {{NAME|Ambrose}}) plans hemiarthroplasty tomorrow. SSN {{SSN|401-88-2617}} on file for Medicare verification. Code status DNR/DNI per POLST.`,

  `Clinic note (Spanish-speaking pt, interpreter {{NAME|Yesenia}} #4471)
{{NAME|Rigoberto Canales}}, 52, farmworker at {{LOCATION|Sunview Vineyards}} near {{LOCATION|Delano}}, CA. Itchy rash on forearms after spraying, patch test pending. Medi-Cal {{HEALTH_PLAN|91744028F}}. {{DATE|12-04-2026}}.`,

  `ADMISSION H&P - {{LOCATION|Mayo Clinic Hospital}}, {{LOCATION|Rochester}}
{{NAME|Ingrid Solheim}}, 64, from {{LOCATION|Decorah}}, IA, admitted {{DATE|12/06/26}} with jaundice and 7 kg weight loss. CA 19-9 1,840. CT: 3.2 cm pancreatic head mass abutting SMV. ERCP with stent planned. Clinic number {{MRN|4-119-882-0}}.`,

  `Kinda urgent - can someone call {{NAME|Brenda Pickett}} back? her INR was 5.8 this am at the {{LOCATION|Kroger on Sawmill Road}} clinic, she's on warfarin for her valve. # {{PHONE|(614) 555-0192}}. thx - {{NAME|Jess}}`,

  `Operative note
Date: {{DATE|2026-12-02}}
Patient: {{NAME|Marcus Oyelaran}}   MRN {{MRN|002914485}}
Surgeon: {{NAME|Catherine Du}}, MD; Assistant: {{NAME|Brent Ivey}}, PA-C
Procedure: laparoscopic appendectomy. Findings: gangrenous appendix, no perforation. EBL 10 mL.`,

  `Vaccine record correction request
Student: {{NAME|Priya Raghunathan}}, DOB {{DATE|July 9, 2007}}, {{LOCATION|Rutgers University}} ID {{ID|193004712}}
The second MMR dose given on {{DATE|08/22/2012}} at {{LOCATION|Edison Family Health}} is missing from NJIIS. Please update.`,

  `Prior authorization - denied
Member: {{NAME|Stacy-Ann Bellamy}}   ID: {{HEALTH_PLAN|AET W228 6110 73}}   Claim {{ACCOUNT|CLM-2026-33810447}}
Drug: adalimumab biosimilar for hidradenitis suppurativa Hurley II. Reason: step therapy with doxycycline not documented. Appeal by {{DATE|01/04/2027}}. Prescriber: {{NAME|O. Nwachukwu}}, MD, DEA {{LICENSE|BN4471928}}.`,

  `Discharge instructions (given to patient)
{{NAME|Darnell Whitaker}}, you were seen in the {{LOCATION|Grady Memorial Hospital}} Emergency Department on {{DATE|December 6, 2026}} for a kidney stone (5 mm, left side). Drink plenty of water, take tamsulosin each night, strain your urine. Call Urology at {{PHONE|404-555-0171}} if fever.`,

  `EMS run report (excerpt)
Unit {{VEHICLE|Medic 14}} dispatched 03:22 to {{LOCATION|2209 N Kedzie Ave}}, {{LOCATION|Chicago}}. Pt {{NAME|Luis Ocasio}}, ~40, found down, RR 6, pinpoint pupils. Naloxone 4 mg IN with response. Transported to {{LOCATION|Norwegian American Hospital}}.`,

  `Patient portal message
From: {{NAME|Katie Sorensen}}
Hi Dr. {{NAME|Liang}}, the rash on my daughter {{NAME|Ellie}}'s cheeks is now lacy on her arms, she has no fever and is playing fine. Photo attached. Thanks, {{NAME|Katie}}
Reply by Dr. {{NAME|Liang}}: looks like fifth disease; she is not contagious once the rash appears, fine for school.`,

  `Occupational health clearance - {{LOCATION|Chevron Richmond Refinery}}
Employee: {{NAME|Dwayne Castellanos}}, badge {{ID|CR-558210}}, respirator fit test passed (3M 7502, medium). Spirometry normal. Hearing: 25 dB notch at 4k R. Cleared. Examiner: {{NAME|Lorna Vik}}, NP. {{DATE|Dec 3 2026}}.`,

  `Social work note
Mr {{NAME|Eugene Pruitt}}, {{AGE|91}}, widowed, lives alone in a trailer at {{LOCATION|Shady Pines Mobile Home Park}}, lot 17, {{LOCATION|Mena}}, AR. No running water since {{DATE|Nov 20}}. APS report {{ID|APS-26-004918}} filed.`,

  `Dear Dr. {{NAME|Mahmoud}},
Thank you for seeing {{NAME|Gabriela Ferreira-Lopes}} ({{DATE|5/19/1992}}) in the {{LOCATION|Brigham and Women's Hospital}} high-risk OB clinic. She is G2P1 at 28 weeks with GDM; fasting sugars 105-118 on diet. She prefers Portuguese. Phone {{PHONE|617-555-0158}}.
Best, {{NAME|Hannah Cho}}, CNM`,

  `CONSULT - Canadian clinic
Patient: {{NAME|Jean-Philippe Tremblay}}   RAMQ: {{HEALTH_PLAN|TREJ 7803 1412}}
Date: {{DATE|2026-12-01}}
Référé par: {{LOCATION|Hôpital de Chicoutimi}}
Reason: refractory GERD, Barrett on biopsy (no dysplasia). PPI bid. Repeat OGD 3 yr.
Dr {{NAME|Mélanie Gagnon}}, gastro`,

  `{{LOCATION|Health Sciences Centre}} ED, {{DATE|Dec 5/26}}
{{NAME|Raymond Flett}}, 33, from {{LOCATION|Garden Hill First Nation}}, flown in with a 3-day history of fever and R flank pain; CVA tenderness, WBC 19. Pyelonephritis with sepsis. Manitoba PHIN {{HEALTH_PLAN|119 428 733}}. Escort: sister {{NAME|Ruby Flett}}.`,

  `Family medicine note, {{LOCATION|Saskatoon}}
{{NAME|Amrit Sandhu}}, 58, truck driver, DOT medical: A1c 8.9 %, BP 148/92, neck 45 cm, snores. Referred for sleep study at {{LOCATION|Royal University Hospital}}. SK health card {{HEALTH_PLAN|824 519 306}}. {{DATE|03 Dec 2026}}.`,

  `{{LOCATION|QEII Health Sciences Centre}}
Consult: Infectious Diseases. {{NAME|Kayla MacIsaac}}, 27, PWID, MSSA tricuspid endocarditis, vegetation 1.8 cm. Housed at {{LOCATION|Barry House}} shelter on {{LOCATION|Gottingen Street}}. NS health card {{HEALTH_PLAN|0029 447 182}}. Seen {{DATE|04/12/2026}}.`,

  `BC PharmaCare note: {{NAME|Wei-Lin Ho}}, PHN {{HEALTH_PLAN|9087 334 512}}, dispensed Paxlovid on {{DATE|Dec 6}} at {{LOCATION|London Drugs}}, {{LOCATION|Richmond Centre}}. Interaction with atorvastatin flagged - held statin 5 days. Pharmacist {{NAME|Jasmine Dhaliwal}}, licence {{LICENSE|BC-02716}}.`,

  `Home care visit - {{LOCATION|Sudbury}}
Client {{NAME|Lucienne Bélanger}}, {{AGE|90}}, lives at {{LOCATION|228 Kathleen St}}, {{LOCATION|Sudbury}}, ON {{ZIP|P3C 2M3}}. Stage 3 pressure injury sacrum, improving. OHIP {{HEALTH_PLAN|4217-880-193-KT}}. Next visit {{DATE|Wed Dec 9}}.`,

  `Referral
To: {{LOCATION|CHEO}} neurology
Re: {{NAME|Noah Abdi-Warsame}}, 6, absence seizures, 10-20 a day, EEG 3 Hz spike-wave. Mother {{NAME|Hodan Warsame}} speaks Somali; interpreter needed. OHIP {{HEALTH_PLAN|6402-117-556-PQ}}. Dr {{NAME|Sarah Lindgren}}, CPSO {{LICENSE|104482}}. {{DATE|December 3, 2026}}.`,

  `Ortho note: {{NAME|Shirley Johns}}, 67, from {{LOCATION|Carcross}}, fell on ice {{DATE|2 Dec}}, wrist fx, ORIF at {{LOCATION|Whitehorse General Hospital}}. YHCIP {{HEALTH_PLAN|001-448-901}}.`,

  `Dear Dr {{NAME|Ashworth}},

Re: {{NAME|Kenneth Greenhalgh}} DOB {{DATE|11/11/1949}} NHS No. {{MRN|943 476 5919}}
{{LOCATION|27 Moorside Road}}, {{LOCATION|Bury}} {{ZIP|BL8 2JY}}

{{NAME|Kenneth}} attended the Parkinson's clinic at {{LOCATION|Fairfield General Hospital}} today with his wife {{NAME|Jean}}. His off periods are now three hours a day and he had two falls in November. I have increased his co-careldopa to 25/100 five times daily and added opicapone 50 mg at night.

Kind regards

Dr {{NAME|Imran Qureshi}}
Consultant Neurologist`,

  `WARD 32 HANDOVER - {{LOCATION|Leeds General Infirmary}} - {{DATE|Sun 6/12}} night
Bed 3 {{NAME|HARTLEY, Doreen}} {{AGE|93}} - #NOF day 2, delirious overnight, 4AT 6, bloods in am
Bed 5 {{NAME|Okonjo, Chidi}} 44 - cellulitis L leg, IV fluclox, marked edge
Bed 9 {{NAME|Pritchard, Alan}} 81 - PEG feeding, for SALT Tues`,

  `GP letter - {{LOCATION|Pendleton Medical Centre}}, {{LOCATION|Salford}}
{{DATE|04/12/2026}}
To whom it may concern,
{{NAME|Jordan McNally}} (DOB {{DATE|23/06/2001}}) is under my care for asthma and was admitted to {{LOCATION|Salford Royal}} from {{DATE|16/11/2026}} to {{DATE|19/11/2026}}. He was unable to sit his exams at the {{LOCATION|University of Salford}} during that time.
Dr {{NAME|Rachel Oyebode}}, GMC {{LICENSE|7044218}}`,

  `2WW referral - suspected skin cancer
Patient {{NAME|Gwen Treloar}}, 78, {{LOCATION|Helston}}, Cornwall {{ZIP|TR13 8PA}}, NHS {{MRN|401 229 3387}}
7 mm irregular pigmented lesion L calf, changed over 3 months, dermoscopy atypical network.
Referrer: Dr {{NAME|P Angove}}, {{LOCATION|Helston Medical Centre}}. Tel {{PHONE|01326 572 637}}, fax {{FAX|01326 569 882}}.`,

  `A&E attendance summary - {{LOCATION|Royal Devon and Exeter Hospital}}
{{NAME|Liam Yeo}}, 16, came by ambulance after coming off a quad bike at {{LOCATION|Higher Barton Farm}} near {{LOCATION|Crediton}}. CT: no intracranial injury; clavicle fracture managed in a sling. Discharged {{DATE|5 Dec 2026}} 23:10.`,

  `Message on the practice phone system, transcribed {{DATE|07/12/26}} 08:03:
"Hello it's {{NAME|Margaret Pugh}}, I'm ringing about my husband {{NAME|Glyn}}, he's had a bad night with his chest and he's gone a bit blue round the lips, can the doctor ring me on {{PHONE|01686 412 905}}, we're at {{LOCATION|Ty Gwyn}}, {{LOCATION|Llanidloes}}, thank you."`,

  `SAFEGUARDING REFERRAL (children)
Child: {{NAME|Tyler-Jay Booth}}, 4, DOB {{DATE|02 Feb 2022}}, nursery {{LOCATION|Little Acorns Day Nursery}}, {{LOCATION|Grimsby}}
Concern: bruising on both upper arms in a grip pattern noticed by key worker {{NAME|Stacey}} on {{DATE|3rd December}}. Strategy meeting requested.`,

  `Clinic list - Diabetes foot clinic, {{LOCATION|Queen Elizabeth Hospital Birmingham}}, {{DATE|Tuesday 8 December 2026}}
09:00 {{NAME|Singh, Harbhajan}} - ulcer R hallux, probe to bone
09:20 {{NAME|Kowalczyk, Barbara}} - Charcot L, TCC change
09:40 {{NAME|Begum, Rehana}} - new referral, neuropathy
10:00 {{NAME|Clarke, Desmond}} - post TMT amputation review`,

  `Discharge letter
{{NAME|Eilidh MacLeod}}, 29, CHI {{MRN|2106970814}}, was admitted to {{LOCATION|Raigmore Hospital}}, {{LOCATION|Inverness}} on {{DATE|30.11.2026}} at 33+2 weeks with pre-eclampsia and was delivered by caesarean on {{DATE|02.12.2026}}. Home to {{LOCATION|Kyle of Lochalsh}} when BP settles on labetalol.`,

  `From the desk of Dr {{NAME|A. Ferguson}}, {{LOCATION|Ninewells Hospital}}, {{LOCATION|Dundee}}
{{DATE|1st Dec 2026}}
Dear Dr {{NAME|Rankin}},
Mr {{NAME|Alasdair Kerr}} (CHI {{MRN|1504561233}}) has a 4.1 cm infrarenal AAA on surveillance. Repeat ultrasound 6 months. He must inform the DVLA only if it reaches 6.5 cm.`,

  `OCCUPATIONAL HEALTH - {{LOCATION|Sellafield}}
Employee {{NAME|Stuart Nicholson}}, staff no. {{ID|SL-40877}}, whole-body count normal; hand dermatitis from gloves; moved to dry work. Home {{LOCATION|Whitehaven}} {{ZIP|CA28 7RX}}. {{DATE|3/12/2026}}`,

  `Pharmacy query (community pharmacy to GP)
Patient: {{NAME|Violet Ashby}} ({{DATE|04/05/1936}}), {{LOCATION|Flat 12, Beech Court}}, {{LOCATION|Stevenage}}
Two prescriptions for alendronic acid received from {{LOCATION|Bedwell Surgery}} and {{LOCATION|Stevenage Hospital}} outpatients, duplicate? Please advise. {{NAME|Parminder Gill}}, {{LOCATION|Boots Westgate}}, GPhC {{LICENSE|2078815}}.`,

  `Ambulance handover (ATMIST) - {{DATE|06/12/2026}}
A: {{AGE|90}} M, {{NAME|Albert Cheetham}}  T: found 06:40 on kitchen floor  M: ? long lie, pressure areas red, no head injury
I: CK pending  S: HR 104, BP 96/58, T 35.2  T: warm, fluids
From {{LOCATION|3 Chapel Lane}}, {{LOCATION|Marsden}}. Crew {{VEHICLE|YAS 4512}}.`,

  `Re: {{NAME|Delroy Campbell}}, {{LOCATION|Brixton}}
Dear colleague, I reviewed this 59-year-old man in the sickle cell day unit at {{LOCATION|King's College Hospital}} on {{DATE|Monday}}. HbSC, proliferative retinopathy on L - laser booked at {{LOCATION|Moorfields Eye Hospital}} on {{DATE|14/12/26}}. Hospital number {{MRN|K1442873}}.
{{NAME|Funmi Adewale}}, Haematology CNS`,

  `Care home GP ward round - {{LOCATION|Heatherview Care Home}}, {{LOCATION|Bracknell}}
1. Mrs {{NAME|Enid Lacey}} 88 - UTI? dip +ve, no symptoms, no abx.
2. Mr {{NAME|Raymond Holt}} {{AGE|97}} - weight down 3 kg, start Fortisip.
3. Mrs {{NAME|Pamela Wright}} 84 - review DNACPR with daughter {{NAME|Sue}}.
Seen by Dr {{NAME|T. Ng}} {{DATE|Fri 4 Dec}}.`,

  `Tele-dermatology SMS: Hi {{NAME|Abigail}}, your appt with {{LOCATION|Spire Nottingham Hospital}} is on {{DATE|11/12}} at 10:40. Reply Y to confirm.`,

  `Outpatient letter, Gastroenterology
{{DATE|2 December 2026}}
Dear Dr {{NAME|Brookes}},
{{NAME|Harriet Wainwright}}, DOB {{DATE|14/02/1997}}, NHS {{MRN|609 184 2257}}
Diagnosis: ulcerative colitis, E2, Mayo 2. Calprotectin 910. I have started Octasa 4.8 g and Pentasa enemas. If no better in 4 weeks we will consider prednisolone. She lives at {{LOCATION|5 Spencer Parade}}, {{LOCATION|Northampton}} {{ZIP|NN1 5AB}}.
Yours sincerely, {{NAME|Oliver Thackeray}}`,

  `Coroner's officer email
From: {{EMAIL|coroners.officer@westyorks-coroner.example.gov.uk}}
Re: {{NAME|Shaun Lockwood}} (deceased), died {{DATE|01/12/2026}} at {{LOCATION|Huddersfield Royal Infirmary}}. Inquest ref {{ID|WY-2026-01882}}. Please send GP records.`,

  `Fit note: {{NAME|Callum Rhodes}}, back pain, not fit for work from {{DATE|01/12/2026}} to {{DATE|14/12/2026}}. Assessed by telephone. {{LOCATION|Castle Street Surgery}}, {{LOCATION|Hinckley}}.`,

  `TRANSFER LETTER - NZ
Patient: {{NAME|Hemi Te Rangi}}   NHI: {{MRN|ZKP4471}}   DOB {{DATE|12/09/1968}}
From {{LOCATION|Whakatāne Hospital}} to {{LOCATION|Tauranga Hospital}} coronary care on {{DATE|4 December 2026}}
NSTEMI, troponin 1,420, for angiography. Whānau: wife {{NAME|Aroha}}, {{PHONE|027 441 8830}}, home {{LOCATION|Ōpōtiki}}.
Dr {{NAME|Sione Vaipulu}}, MCNZ {{LICENSE|54122}}`,

  `ACC claim note: {{NAME|Jack Tauroa}}, 31, builder, fell off scaffolding at a site on {{LOCATION|Riccarton Road}}, {{LOCATION|Christchurch}}, {{DATE|3/12/26}}; L calcaneal fracture; employer {{LOCATION|Hawkins Construction}}.`,

  `Older Persons Health
{{NAME|Muriel Stevenson}}, {{AGE|95}}, from {{LOCATION|Mosgiel}}. Admitted after 2 falls; postural drop 30 mmHg; stopped doxazosin. Lives in a unit at {{LOCATION|Chatsford Retirement Village}}. NHI {{MRN|HTR2203}}. {{DATE|Tues 1 Dec}}.`,

  `Dear Dr {{NAME|Mahon}},
I saw {{NAME|Ruby Anderton-Hale}}, age 7, at {{LOCATION|Starship Children's Hospital}} on {{DATE|30 November 2026}}. She has had 3 episodes of swelling of the lips and eyes within minutes of eating cashew; skin prick 11 mm. I have prescribed two EpiPen Jr and written an action plan for {{LOCATION|Ponsonby Primary School}}.
{{NAME|Mere Walker}}, Paediatric Allergist`,

  `Australian GP referral
Dr {{NAME|Kylie Nguyen}}, {{LOCATION|Cabramatta Family Medical Centre}}, {{LOCATION|Cabramatta}} NSW {{ZIP|2166}}
{{DATE|02/12/2026}}
Dear Dr {{NAME|Farrugia}},
Re: {{NAME|Thi Lan Pham}}, 61, Medicare {{HEALTH_PLAN|5503 81927 2}}
Progressive exertional dyspnoea, ankle swelling, murmur of mitral regurgitation, BNP 1,100. Echo at {{LOCATION|Liverpool Hospital}} shows EF 35 %. Please see. She needs a Vietnamese interpreter.`,

  `RFDS clinic note - {{LOCATION|Tibooburra}}
{{NAME|Cliff Pearce}}, 57, station hand at {{LOCATION|Mount Wood Station}}, 3 days of dysuria and fever; UA nitrites +. Cephalexin. Next flight clinic {{DATE|21/12/2026}}. Aircraft {{VEHICLE|VH-FVX}}.`,

  `ED - {{LOCATION|Royal Darwin Hospital}}
{{NAME|Jacinta Wunungmurra}}, 24, from {{LOCATION|Galiwin'ku}}, flown in with RHD and mitral stenosis, AF 140. UR {{MRN|RDH0093127}}. Benzathine penicillin due {{DATE|10/12/26}}.`,

  `{{LOCATION|Royal Hobart Hospital}} discharge {{DATE|3 Dec 2026}}
{{NAME|Travis Lowe}}, 38, {{LOCATION|Glenorchy}}, chainsaw injury L thigh, washout and closure. DVA Gold card {{HEALTH_PLAN|TX291840}}.`,

  `Handover SMS from ICU reg to admitting team
"Bed 7 {{NAME|Rochelle Bindon}} 42 ex-{{LOCATION|Fiona Stanley}}, post-op Whipple day 5, pancreatic leak, drain amylase 9000, on TPN. Husband {{NAME|Dean}} 0411 no. {{PHONE|0411 552 839}}. Cheers {{NAME|Anand}}"`,

  `Aged care assessment (ACAT) - {{LOCATION|Toowoomba}}
{{NAME|Norma Hinchcliffe}}, {{AGE|99}}, widowed, {{LOCATION|14 Hume Street}}, {{LOCATION|Toowoomba}} QLD {{ZIP|4350}}. Approved for residential care. Assessor {{NAME|Leanne Oakes}} {{DATE|01-Dec-2026}}.`,

  `Psychiatry tribunal notice
Patient {{NAME|Connor Fitzgerald}}, {{LOCATION|Glenside Health Service}}, Inpatient Treatment Order hearing on {{DATE|9 December 2026}} 10:00. SACAT ref {{ID|2026/MHA/44817}}.`,

  `DISCHARGE SUMMARY
{{LOCATION|Christian Medical College}}, {{LOCATION|Vellore}}
Name: Mrs. {{NAME|Lakshmi Subramanian}}   Hospital No: {{MRN|418822K}}   Age/Sex: 56/F
DOA: {{DATE|24-11-2026}}   DOD: {{DATE|03-12-2026}}
Diagnosis: Scrub typhus with meningoencephalitis; eschar L axilla; Weil-Felix not done, IgM ELISA positive.
Treatment: IV doxycycline and azithromycin. Discharged in stable condition to {{LOCATION|Gudiyatham}}.
Review in Medicine OPD Unit III on {{DATE|17/12/2026}}. Dr {{NAME|Joel Varghese}}, Reg. No. {{LICENSE|TNMC 88241}}`,

  `OPD slip - {{LOCATION|AIIMS New Delhi}}
UHID {{MRN|102948817}}  Name {{NAME|Rajesh Kumar Yadav}}  42 M  {{LOCATION|Sangam Vihar}}
c/o cough 6 wk, evening fever, wt loss. CBNAAT MTB detected, Rif resistance not detected. Start 2HRZE. Mob {{PHONE|98110 44726}}. {{DATE|05/12/26}}`,

  `Referral
To, Dr {{NAME|Subhasish Mukherjee}}, Nephrology, {{LOCATION|SSKM Hospital}}
Respected Sir,
Kindly see my patient Smt. {{NAME|Mousumi Ghosh}}, 48 F, resident of {{LOCATION|Behala}}, with creatinine 3.8 mg/dL, USG small kidneys, long-standing hypertension. ABHA {{HEALTH_PLAN|91-4471-2093-8856}}.
Thanking you,
Dr {{NAME|Anirban Sen}}, MBBS MD, {{LOCATION|Sen Polyclinic}}, {{LOCATION|Diamond Harbour Road}}. {{DATE|3rd Dec 2026}}`,

  `{{LOCATION|Apollo Hospitals, Greams Road}} - cardiology OP
{{NAME|Venkatesh Iyer}}, 63, Aadhaar {{ID|4419 2280 6637}}, CABG 2019, now angina class II. TMT positive at 7 METs. CAG planned on {{DATE|10.12.2026}}.`,

  `Casualty note, {{LOCATION|Osmania General Hospital}}
Pt {{NAME|Md. Shoaib}}, 27, bike RTA on {{LOCATION|Tolichowki flyover}}, GCS 14, # R femur. MLC No {{ID|MLC/2026/11882}}. {{DATE|6/12/2026}} 23:50 hrs.`,

  `{{LOCATION|KEM Hospital Pune}}, NICU discharge card
Baby of {{NAME|Pooja Deshmukh}}, born {{DATE|18/11/2026}} at 31 weeks, 1.42 kg, RDS given surfactant, now 1.71 kg on breastfeeds. Follow-up ROP screening {{DATE|14/12/2026}}. Address {{LOCATION|Flat 304, Sai Krupa Apartments}}, {{LOCATION|Kothrud}}. PMJAY {{HEALTH_PLAN|PMJAY-MH-4418820917}}.`,

  `{{LOCATION|King George's Medical University}}
Pt {{NAME|Ram Dulari}}, 70 F, from village {{LOCATION|Mohanlalganj}}, snake bite (krait?) while sleeping on floor; ptosis, ASV 10 vials, ventilated 2 days. Disch {{DATE|04/12/26}}.`,

  `Dr {{NAME|Ranjana Sinha}}'s clinic, {{LOCATION|Boring Road}}
Rx {{DATE|2-12-2026}}: {{NAME|Kumari Sweta}}, 19 F, Hb 7.2, MCV 64, ferritin 6. Inj. ferric carboxymaltose 1 g. Deworming albendazole. Review 4 wk.`,

  `{{LOCATION|Lisie Hospital}}, {{LOCATION|Ernakulam}}
{{NAME|Mathew Joseph}}, 58, returned from {{LOCATION|Dubai}} 5 days ago, fever, myalgia, platelets 42,000, NS1 positive. Dengue without warning signs. {{DATE|December 5, 2026}}.`,

  `After-visit summary (English) from {{LOCATION|Manipal Hospital Old Airport Road}}
{{NAME|Divya Raghavan}}, 33, software engineer. Migraine without aura, 8 days/month. Start propranolol 20 mg bd. Email {{EMAIL|divya.r1993@gmail.example}}. Portal: {{URL|https://patient.manipal.example.in/avs/7711802}}. {{DATE|01-Dec-2026}}.`,

  `{{LOCATION|Tata Memorial Hospital}} DMG clinic
Case no. {{MRN|TMH/2026/44187}}; {{NAME|Farida Shaikh}}, 52, from {{LOCATION|Govandi}}, Ca breast L, T2N1, ER/PR +, HER2 -. NACT (AC-T) from {{DATE|08/12/2026}}.`,

  `{{LOCATION|SMS Hospital}} - MLC intimation to {{LOCATION|Police Station Sindhi Camp}}
Injured {{NAME|Bhanwar Lal Meena}} s/o {{NAME|Gopal Lal}}, 35 M, r/o {{LOCATION|Village Chaksu}}, alleged assault with lathi. Injuries: 3, simple. {{DATE|06.12.2026}} 20:15.`,

  `SOUTH AFRICA - {{LOCATION|Chris Hani Baragwanath Academic Hospital}}
Patient: {{NAME|Sipho Dlamini}}   Folder no: {{MRN|B5521907}}   ID: {{ID|8804125671083}}
Address: {{LOCATION|2144 Vilakazi Street}}, {{LOCATION|Orlando West}}, {{LOCATION|Soweto}}
Dx: TB meningitis stage II in newly diagnosed HIV (CD4 64). Started RHZE + dexamethasone; ART deferred 4-8 weeks. Next of kin: mother {{NAME|Thandiwe Dlamini}} {{PHONE|072 448 1930}}. {{DATE|2026/12/03}}`,

  `{{LOCATION|Inkosi Albert Luthuli Central Hospital}}
Referral from {{LOCATION|Prince Mshiyeni Memorial Hospital}}, {{LOCATION|Umlazi}}: {{NAME|Nokuthula Mkhize}}, 31, peripartum cardiomyopathy, EF 22 %. Bromocriptine started. Medical aid: none. Dr {{NAME|Pillay}}, HPCSA {{LICENSE|MP0638812}}. {{DATE|4 Dec 2026}}.`,

  `GP note
{{NAME|Riaan van der Merwe}}, 44, {{LOCATION|Durbanville}}, Discovery Health {{HEALTH_PLAN|DH 441 902 733}}. Gout flare R MTP; urate 0.56 mmol/L. Colchicine. Invoice {{ACCOUNT|INV-26-11820}}. {{DATE|01/12/2026}}.`,

  `{{LOCATION|Steve Biko Academic Hospital}} psych consult
{{NAME|Lerato Molefe}}, 22, student at {{LOCATION|University of Pretoria}}, overdose of 20 x paracetamol 500 mg; NAC started; 4 h level 190. Lives in res at {{LOCATION|Tuks Village}}. {{DATE|Sat 5 Dec 2026}}.`,

  `{{LOCATION|Universitas Hospital}}
Oncology letter {{DATE|02 December 2026}}: Mnr. {{NAME|Pieter Botha}}, 67, farmer from {{LOCATION|Reitz}}, squamous cell carcinoma of the lower lip, 2 cm, no nodes. Wedge excision booked. Medical aid Bonitas {{HEALTH_PLAN|BON 0093 1148 72}}.`,

  `Eastern Cape clinic card - {{LOCATION|Mthatha}}
{{NAME|Nomvula Ngcobo}}, 19, booked ANC at 14 weeks, HIV negative, RPR reactive, BPG 2.4 MU given. Clinic {{LOCATION|Ngangelizwe Clinic}}. Next visit {{DATE|4/1/2027}}.`,

  `Incident report (US hospital IT)
User {{NAME|kpatterson}} accessed chart of {{NAME|Dolores Whitcomb}} (MRN {{MRN|7719240}}) from workstation {{IP|10.44.18.207}} on {{DATE|12/01/2026 03:14}}; no treatment relationship. Case {{ID|PRV-26-0419}}.`,

  `Sleep lab report - {{LOCATION|Providence St. Vincent Medical Center}}, {{LOCATION|Portland}}, OR
{{NAME|Garrett Lindqvist}}, 49, AHI 38/h, nadir SpO2 79 %. Auto-CPAP ResMed AirSense 11 serial {{DEVICE|23184477120}} issued {{DATE|12/04/2026}}. Compliance: {{URL|https://airview.example.com/p/884120}}.`,

  `Audiology: {{NAME|Annie Buckley}}, {{AGE|91}}, bilateral Phonak hearing aids, L serial {{DEVICE|1827K4471}}, R serial {{DEVICE|1827K4472}}; wax removed; re-fit {{DATE|Dec 2}}. {{LOCATION|Specsavers Hearing}}, {{LOCATION|Bangor}}.`,

  `Quick note: {{NAME|Jim}} in bay 4 wants to self-discharge, Dr {{NAME|Kaur}} aware. 14:20 {{DATE|7/12}}.`,

  `Dr. {{NAME|Osei}}, pls see {{NAME|Tiffany Greer}} in triage - 19 wks, vaginal bleeding, no pain. {{NAME|M. Ruiz}} RN`,

  `Letter to DVLA
Re: {{NAME|Gareth Bevan}}, DOB {{DATE|19/03/1971}}, driver number {{ID|BEVAN703191G99LK}}, {{LOCATION|Merthyr Tydfil}} {{ZIP|CF47 8UT}}. First unprovoked seizure {{DATE|22/11/2026}}; advised not to drive for 6 months. Dr {{NAME|Eleri Hughes}}, {{LOCATION|Prince Charles Hospital}}.`,

  `NHS 111 summary: caller {{NAME|Nicola Drummond}}, 37, {{LOCATION|Harrogate}}, 3 days of pleuritic chest pain, HR 110 on own oximeter, on the combined pill. Disposition: ED within 1 h. {{DATE|06/12/2026}} 21:15.`,

  `Paediatric clinic letter (long)
{{LOCATION|Sheffield Children's Hospital}}
{{DATE|3 December 2026}}

Dear Dr {{NAME|Whitworth}},

Re: {{NAME|Amelia-Rose Gibson}}, DOB {{DATE|07/07/2019}}, NHS {{MRN|716 442 0933}}, {{LOCATION|41 Abbeydale Road}}, {{LOCATION|Sheffield}} {{ZIP|S7 1FD}}

Thank you for referring {{NAME|Amelia-Rose}}, aged 7, who has had daytime wetting since starting Year 2 at {{LOCATION|Carterknowle Junior School}}. She drinks little at school because she dislikes the toilets. Urinalysis was clear and an ultrasound showed a normal upper tract with a thickened bladder wall. Her bowel diary shows Bristol type 1-2 stools every 4 days.

I think this is bladder-bowel dysfunction driven by constipation. I have started Movicol Paediatric, a drinking plan of 6-8 cups a day, timed voiding every 2 hours, and I have written to the school nurse, {{NAME|Joanne Platt}}. Her mother, {{NAME|Kerry Gibson}}, can contact our continence nurse on {{PHONE|0114 271 7000}}.

I will see {{NAME|Amelia-Rose}} again in three months.

Yours sincerely,
Dr {{NAME|Ikechukwu Ndubuisi}}
Consultant Paediatrician`,

  `Theatre list - {{LOCATION|St James's Hospital}}, {{LOCATION|Dublin 8}} - {{DATE|Wed 09/12/2026}}
1 {{NAME|O'SULLIVAN Kevin}} 54 lap chole
2 {{NAME|NÍ CHONAILL Máire}} 38 hernia repair (mesh)
3 {{NAME|ADEBAYO Tunde}} 61 EUA + banding
4 {{NAME|WALSH Bridget}} {{AGE|90}} excision BCC nose, local`,

  `Dental referral - oral surgery, {{LOCATION|Dublin Dental University Hospital}}
Patient {{NAME|Conor Byrne}}, 19, impacted lower 8s with recurrent pericoronitis. Medical card {{HEALTH_PLAN|0938411M}}. Dentist {{NAME|Emer Quigley}}, Dental Council No. {{LICENSE|D2417}}, {{LOCATION|Quigley Dental}}, {{LOCATION|Main Street}}, {{LOCATION|Naas}}. {{DATE|02/12/2026}}.`,

  `Hospice admission note - {{LOCATION|Marymount University Hospital & Hospice}}
{{NAME|Patrick Joseph Healy}}, 77, metastatic prostate cancer, bone pain. Syringe driver (T34 serial {{DEVICE|1004-88217}}) with oxycodone 20 mg and midazolam 5 mg/24 h. {{DATE|5th December 2026}}.`,

  `US ED note excerpt
{{DATE|12/06/2026}} 14:02 - {{NAME|Kaden Brooks}}, 11, dog bite R forearm at a neighbor's house on {{LOCATION|Pinecrest Dr}}, {{LOCATION|Knoxville}}, TN. Dog vaccinated per owner Mr. {{NAME|Harlan Teague}}; animal control case {{ID|KCAC-26-3381}}. Augmentin x 5 d.`,

  `Pt msg via MyChart: "Hey this is {{NAME|Tonya}} ({{NAME|Tonya Marie Jessup}}, DOB {{DATE|1/22/79}}) my cpap mask broke can u send a new order to {{LOCATION|Lincare}} in {{LOCATION|Lufkin}}, my # is {{PHONE|936 555 0140}}"`,

  `Veteran clinic - {{LOCATION|VA Puget Sound}}, {{LOCATION|Seattle}}
{{NAME|Roberto "Bobby" Alcantara}}, 74, Vietnam veteran, Agent Orange registry, new diagnosis of ischemic heart disease; service-connected claim. SSN {{SSN|531-44-4417}}. {{DATE|Dec 1 2026}}.`,

  `Pharmacy label error report
Rx {{ID|RX 4471920}} for {{NAME|Agnes Whitlock}}, {{AGE|98}}, filled at {{LOCATION|CVS Pharmacy #2217}}, {{LOCATION|Dover}}, DE: label said methotrexate 2.5 mg DAILY instead of weekly; caught by daughter {{NAME|Janice Whitlock}}.`,

  `Canada - WSIB form 8 (excerpt)
Worker: {{NAME|Dominic Ferraro}}   Claim: {{ACCOUNT|33019874}}   Employer: {{LOCATION|Magna Seating}}, {{LOCATION|Concord}}
Injury {{DATE|Nov 30, 2026}}: crush injury L index finger in press. X-ray: tuft fracture. Modified duties 3 wks. HP: Dr {{NAME|R. Bains}}, billing number {{ID|0218847}}.`,

  `Alberta Health - community paramedic visit
{{NAME|Marlene Cardinal}}, 66, {{LOCATION|Bonnyville}}, COPD exacerbation managed at home; prednisone + doxy. AHCIP {{HEALTH_PLAN|31774-2088}}. Next check {{DATE|Dec 9}}.`,

  `Dermatology referral: {{LOCATION|Cape Breton Regional Hospital}}, {{LOCATION|Sydney}} - {{NAME|Angus MacNeil}}, 68, fisherman, basal cell carcinoma L ear, Mohs referral to {{LOCATION|Halifax Infirmary}}. {{DATE|03/12/2026}}.`,

  `{{LOCATION|Республиканская клиническая больница имени Г. Я. Ремишевской}}, {{LOCATION|Абакан}}
Пациент (хакас): {{NAME|Чебодаев Аркадий Семёнович}}, 63 г., с. {{LOCATION|Аскиз}}; клещевой энцефалит, парез правой руки. Khakas greeting from the family: "Изеннер!". Дата {{DATE|03.12.2026}}. Врач {{NAME|Тюмерекова О. В.}}`,

  `{{LOCATION|Нарын облустук ооруканасы}}
Бейтап: {{NAME|Асылбек Жумалиев}}, 44 жаш, {{LOCATION|Ат-Башы}} айылы, чабан. Бруцеллёз: ысытма, муундар ооруйт, Райт 1:400. Доксициклин + рифампицин. ПИН {{ID|21204198200317}}. Күнү {{DATE|03.12.2026}}. Дарыгер {{NAME|Айгүл Токтогулова}}. Тел {{PHONE|+996 772 441 908}}.`,

  `{{LOCATION|Өлгий сумын эмнэлэг}}, Баян-Өлгий - Kazakh family, eagle hunter
Науқас: {{NAME|Бекбол Құрманұлы}}, 61, бүркітші, from {{LOCATION|Сагсай}} village; frostbite fingers after the festival, ECG normal. Регистр {{ID|ЖК61031418}}. {{DATE|2026.12.02}}. Эмч {{NAME|Д. Батбаяр}}.`,

  `Kasai - {{LOCATION|Hôpital Général de Référence de Tshikaji}}, {{LOCATION|Kananga}}
Muntu musama: {{NAME|Kabeya Mbuyi Jean-Pierre}}, 27 ans, du village {{LOCATION|Bena Leka}}. Anémie sévère Hb 4,8 g/dl, paludisme grave; transfusion 1 poche. Nsonga: {{DATE|le 4 décembre 2026}}. Infirmier {{NAME|Tshibangu Ntumba}}. Tél {{PHONE|+243 81 552 4470}}.`,

  `Copperbelt - {{LOCATION|Nchanga North General Hospital}}, {{LOCATION|Chingola}}
Umulwele: {{NAME|Mwansa Chileshe}}, 46, underground miner at {{LOCATION|Konkola Copper Mines}} shaft 4; silicotuberculosis suspected, GeneXpert positive. Date {{DATE|02/12/2026}}.`,

  `Chitumbuka note
Wakulwara: {{NAME|Chimwemwe Nyirenda}}, 8, wa ku {{LOCATION|Ekwendeni}}; malungo ghakofya (severe malaria), convulsions x2, artesunate IV. {{DATE|5/12/2026}}.`,

  `{{LOCATION|Bugando Medical Centre}}, {{LOCATION|Mwanza}}
Mgonjwa: {{NAME|Ng'wana Masanja Shija}}, miaka 34, mvuvi wa {{LOCATION|Kisiwa cha Ukerewe}}; kichocho (schistosomiasis) with haematuria and hydronephrosis. Tarehe {{DATE|3 Desemba 2026}}. NHIF {{HEALTH_PLAN|101448827193}}.`,

  `Limpopo - {{LOCATION|Mankweng Hospital}} (Sepedi)
Molwetši: {{NAME|Mmakgomo Ramaphosa-Letsoalo}}, 52, wa go tšwa {{LOCATION|Ga-Molepo}}; diabetic foot sepsis, below-knee amputation {{DATE|30 Nofemere 2026}}.`,

  `Oshiwambo/English
Omuvembi: {{NAME|Ndapandula Shikongo}}, 29, from {{LOCATION|Ongwediva}}; pre-eclampsia at 36 weeks, MgSO4. Namibian ID {{ID|97031200418}}. {{DATE|04.12.2026}}.`,

  `Inhambane - {{LOCATION|Hospital Provincial de Inhambane}} (Xitsonga / português)
Muvabyi: {{NAME|Armando Chauque}}, 39, pescador de {{LOCATION|Tofo}}; ferida infectada por coral, celulite, flucloxacilina. BI {{ID|110204817734A}}. Data {{DATE|01/12/2026}}.`,

  `{{LOCATION|Hospital Nacional de Chimaltenango}}
Ri yawab' (kaqchikel): {{NAME|Juana Xocop Cutzal}}, 23 años, de la aldea {{LOCATION|Chimazat}}, {{LOCATION|Tecpán}}. Hemorragia postparto, oxitocina y masaje. Comadrona Doña {{NAME|Juana Tum}}. DPI {{ID|2814 44719 0404}}. {{DATE|jueves 3 de diciembre de 2026}}.`,

  `Corrientes - {{LOCATION|Hospital Escuela José F. de San Martín}}
Tasyo (guaraní): {{NAME|Ramona Benítez}}, 71, de {{LOCATION|Paraje Tres Cerros}}, {{LOCATION|Ituzaingó}}; mordedura de yarará, suero antibotrópico 8 frascos. DNI {{ID|10.447.812}}. {{DATE|5/12/2026}}.`,

  `{{LOCATION|Sioux Lookout Meno Ya Win Health Centre}}
Aakozi (Anishinaabemowin): {{NAME|Melvin Keesickquayash}}, 55, from {{LOCATION|Bearskin Lake First Nation}}; diabetic foot ulcer with osteomyelitis, IV ertapenem. Status card {{ID|1780019442}}. Medevac aircraft {{VEHICLE|C-FMPA}}. Boozhoo, miigwech. {{DATE|Dec 2 2026}}.`,

  `{{LOCATION|Loikaw General Hospital}} (Kayah)
Patient {{NAME|Plu Reh}}, 64, from {{LOCATION|Demoso}}; chronic cough, sputum AFB positive. {{DATE|2 December 2026}}. NRC {{ID|14/LaKaNa(N)044187}}.`,

  `Mon State
လူနာ မိ {{NAME|မွန်ဆွေ}} ({{NAME|Mi Mon Swe}}), 36, rubber tapper from {{LOCATION|Kyaikmaraw}}; snakebite (Russell's viper), AKI, dialysis. {{DATE|2026-12-04}}.`,

  `{{LOCATION|Bệnh viện Đa khoa tỉnh Cao Bằng}}
Bệnh nhân: {{NAME|Nông Thị Hoa}} (người Tày), 41 tuổi, xã {{LOCATION|Hưng Đạo}}; bướu giáp nhân, TSH 0,01. BHYT {{HEALTH_PLAN|DN4041122887715}}. Ngày {{DATE|03/12/2026}}.`,

  `Ratanakiri - {{LOCATION|Ban Lung Referral Hospital}}
Patient (Jarai, via interpreter {{NAME|Rmah Hlang}}): {{NAME|Siu Nheu}}, 30, from {{LOCATION|Phum Kachon}}; falciparum malaria, ASMQ. ID Poor card {{ID|IDP-16-0441872}}. ថ្ងៃទី {{DATE|០៣/១២/២០២៦}}.`,

  `{{LOCATION|जिला चिकित्सालय झाबुआ}} (Bhili)
रोगी: {{NAME|रमिला भूरिया}}, ४९ वर्ष, फलिया {{LOCATION|कालीदेवी}}; सिकल सेल, Hb 6.1, "माथु दुखे". दिनांक {{DATE|०४/१२/२०२६}}. आधार {{ID|५५१८ २२७० ४४१९}}. डॉक्टर {{NAME|सुनिता डामोर}}.`,

  `Bhojpuri-speaking - {{LOCATION|District Hospital Ballia}}
Mariz: {{NAME|Lalmuni Devi}}, 60, gaon {{LOCATION|Sikandarpur}}; "sans phoolat ba", COPD from chulha smoke. {{DATE|01/12/2026}}.`,

  `{{LOCATION|District Hospital Udupi}} (Tulu/English)
Patient {{NAME|Sadananda Poojary}}, 52, toddy tapper from {{LOCATION|Brahmavar}}; fall from coconut tree, L1 burst fracture, paraplegia. Aadhaar {{ID|7729 1408 3361}}. {{DATE|೦೪-೧೨-೨೦೨೬}}.`,

  `{{LOCATION|RSUP Prof. Dr. R. D. Kandou}}
Pasien: {{NAME|Fransiskus Tumbelaka}}, 48, nelayan dari {{LOCATION|Bitung}}; makan ikan buntal, lumpuh naik, intubasi (tetrodotoxin). "Kita pe papa so ba ilang napas," kata anak {{NAME|Vanessa}}. BPJS {{HEALTH_PLAN|0001447183026}}. {{DATE|Kamis, 3 Desember 2026}}.`,

  `{{LOCATION|Sulu Provincial Hospital}}, {{LOCATION|Jolo}}
Patient (Tausug): {{NAME|Nurhaida Jumaani}}, 26, from {{LOCATION|Barangay Tulay}}, {{LOCATION|Patikul}}; eclampsia, MgSO4 loading. PhilHealth {{HEALTH_PLAN|19-044128711-3}}. {{DATE|Dec 5, 2026}}. Magsukul.`,

  `{{LOCATION|RNB Civil Hospital}} (Bodo)
Bemarmi: {{NAME|Rinjila Basumatary}}, 33, from {{LOCATION|Serfanguri}}; Japanese encephalitis, GCS 9. {{DATE|02/12/2026}}. Reg {{MRN|RNB-2026-88213}}.`,

  `{{LOCATION|Government Medical College Jammu}}
Rogi (Dogri): {{NAME|Kuldeep Singh Jamwal}}, 67, {{LOCATION|Akhnoor}}; "chhati ch peerh", inferior MI, thrombolysed. {{DATE|6.12.2026}}.`,

  `{{LOCATION|Mathura Das Mathur Hospital}} (Marwari)
मरीज: {{NAME|भंवरी देवी}}, 58, गांव {{LOCATION|ओसियां}}; "माथो घणो दुखे", BP 210/120, hypertensive emergency. बेटा {{NAME|मांगीलाल}}. भामाशाह {{ID|WDYYZ4417}}. {{DATE|04/12/2026}}.`,

  `Bundelkhand - {{LOCATION|Maharani Laxmi Bai Medical College}}
Pt {{NAME|Ramkali Kushwaha}}, 45, gaon {{LOCATION|Babina}}; skeletal fluorosis, knock knees, water fluoride 4.2. {{DATE|3/12/26}}.`,

  `{{LOCATION|Dr. Bhimrao Ambedkar Memorial Hospital}} (Chhattisgarhi)
Mariz {{NAME|Sunita Sahu}}, 24, gaon {{LOCATION|Arang}}; "peet pirat he", sickle cell crisis (HbSS), hydroxyurea. {{DATE|05-12-2026}}.`,

  `Kumaon - {{LOCATION|Base Hospital Almora}}
Patient {{NAME|Govind Singh Bisht}}, 72, {{LOCATION|Jageshwar}}; "khaansi laagi rai", COPD with cor pulmonale; LPG over chulha advised. {{DATE|1 Dec 2026}}.`,

  `{{LOCATION|Or-Ahayim Hastanesi}} (Ladino)
Hazino: {{NAME|Rashel Eskenazi}}, {{AGE|92}}, de {{LOCATION|Şişli}}; "la kavesa me aravea", subdural haematoma after fall. Muestra: {{DATE|2 Aralık 2026}}.`,

  `GP note (Yiddish phrases)
{{NAME|Chaya Rivka Grunfeld}}, 31, {{LOCATION|Lordship Road}}, {{ZIP|N16}}; 7th pregnancy, booked at {{LOCATION|Homerton}}. "Ich bin zeier mid" - Hb 94. הרופא ד"ר {{NAME|שלמה וייס}}. {{DATE|כ"ד כסלו}} / {{DATE|3.12.2026}}.`,

  `Ulster Scots - practice note
{{NAME|Wullie Gillespie}}, 80, {{LOCATION|Cullybackey}}: "A'm no weel, ma feet's aa swalled up" - heart failure, BNP 2100. H&C {{MRN|445 227 9102}}. {{DATE|Thursday 3 December}}.`,

  `{{LOCATION|Kabale Regional Referral Hospital}} (Rukiga)
Omurwaire: {{NAME|Tumusiime Ainembabazi}}, 17, from {{LOCATION|Rubanda}}; hydatidiform mole, evacuation. NIN {{ID|CF09044117RLTA}}. {{DATE|04/12/2026}}.`,

  `{{LOCATION|Jos University Teaching Hospital}}
Patient (Berom): {{NAME|Dung Gyang Pam}}, 38, from {{LOCATION|Vom}}; Lassa fever suspected, ribavirin. NIN {{ID|44718209331}}. {{DATE|3-12-2026}}.`,

  `{{LOCATION|Federal Medical Centre Yola}} (Fulfulde)
Ɓernde: {{NAME|Hadiza Ɓuba}}, 30, from {{LOCATION|Jimeta}}; "ɓernde am ina muusa", peripartum cardiomyopathy, EF 28 %. Husband Alhaji {{NAME|Umaru Dahiru}}, {{PHONE|0803 441 7729}}. NHIS {{HEALTH_PLAN|ADM/0041/88217}}. {{DATE|Laraba, 2 Disamba 2026}}.`,

  `{{LOCATION|Hiwot Fana Specialized University Hospital}}
Dhukkubsataa: {{NAME|Abdulahi Ahmed Yusuf}}, 35, from {{LOCATION|Jugol}} (old walled town); khat-associated acute hepatitis, ALT 1,240. ቀን {{DATE|24/03/2019 ዓ.ም.}}. Card {{MRN|HF-77190}}.`,

  `{{LOCATION|Wolaita Sodo University Teaching Hospital}}
Patient {{NAME|Tesfaye Dana Ersado}}, 12, from {{LOCATION|Boloso Sore}}; early podoconiosis (mossy foot) and tinea capitis. {{DATE|Hidar 24, 2019 E.C.}}.`,

  `{{LOCATION|Masvingo Provincial Hospital}} (Karanga)
Murwere: {{NAME|Tendai Chiwenga}}, 41, gold panner from {{LOCATION|Zvishavane}}; mercury exposure, tremor, gingivitis. ID {{ID|22-441872 M 22}}. {{DATE|3/12/2026}}.`,

  `Zambezi (Zambia) - {{LOCATION|Zambezi District Hospital}} (Luvale)
Muveji: {{NAME|Kapenda Samakayi}}, 9, from {{LOCATION|Chinyingi}}; sleeping sickness suspected, card test +. {{DATE|02.12.2026}}.`,

  `Dang (Tharu) - {{LOCATION|Rapti Provincial Hospital}}, {{LOCATION|Tulsipur}}
बिरामी {{NAME|Phulmati Chaudhary}}, 40, गाउँ {{LOCATION|Manpur}}; scrub typhus, doxy. छोरा {{NAME|Ramesh Chaudhary}}. मिति {{DATE|2083-08-18}}.`,

  `Newar - {{LOCATION|Patan Hospital}}, {{LOCATION|Lagankhel}}
{{NAME|Ratna Kaji Shakya}}, {{AGE|91}}, {{LOCATION|Nagbahal}}, {{LOCATION|Lalitpur}}; aspiration pneumonia; family ask to take him home. Nepal Sambat date {{DATE|Kachhalā 7}}; {{DATE|7 Dec 2026}}.`,

  `{{LOCATION|Putao District Hospital}} (Lisu)
Patient {{NAME|Ngwa Ni Yaw}}, 22, from {{LOCATION|Machanbaw}}; goitre, iodised salt advised. {{DATE|1 Dec 2026}}.`,

  `Mindoro - {{LOCATION|Oriental Mindoro Provincial Hospital}}, {{LOCATION|Calapan}}
Mangyan (Iraya) patient {{NAME|Tugtugan Agbay}}, 5, from {{LOCATION|Sitio Bayanan}}; severe pneumonia, O2, ampicillin + gent. {{DATE|December 4, 2026}}.`,

  `Chavacano
Paciente: {{NAME|Rosalinda Climaco Atilano}}, 63; "ta dole el mio pecho", unstable angina. Barangay {{LOCATION|Tetuan}}. {{DATE|Miercoles, 2 de Diciembre 2026}}.`,

  `{{LOCATION|Dr. Rafael S. Tumbokon Memorial Hospital}} (Aklanon)
Pasyente: {{NAME|Jun-Jun Palmares}}, 16, {{LOCATION|Barangay Andagao}}, {{LOCATION|Kalibo}}; leptospirosis after flood, creatinine 4.1, "masakit gid ro akon nga mga siki". {{DATE|12/05/2026}}.`,

  `{{LOCATION|RSUD Prof. Dr. W. Z. Johannes}}
Pasien {{NAME|Yakobus Ndun}}, 57, dari {{LOCATION|Oesapa}}; "beta pung dada sakit", STEMI anterior, streptokinase. Istri Mama {{NAME|Ance}}. BPJS {{HEALTH_PLAN|0002248817731}}. {{DATE|04-12-2026}}.`,

  `{{LOCATION|Hospital Regional de Cobán}} (Q'eqchi')
Yajel: {{NAME|Rosa Caal Choc}}, 19, de {{LOCATION|San Pedro Carchá}}; desnutrición en su hija {{NAME|Ana}}, 2 años, P/T -3 DE. CUI {{ID|3011 84472 1608}}. {{DATE|03/12/2026}}.`,

  `Huasteca (náhuatl) - {{LOCATION|Hospital General de Huejutla}}
Kokoxki: {{NAME|Teodora Hernández Bautista}}, 58, de la comunidad {{LOCATION|Tepehuacán}}; "nech kokoa noelchikiuj", colecistitis aguda. CURP {{ID|HEBT680414MHGRTD08}}. {{DATE|04/12/2026}}.`,

  `Zapotec-speaking patient - {{LOCATION|Hospital General Dr. Macedonio Benítez Fuentes}}
Paciente Na {{NAME|Gregoria Toledo Jiménez}}, {{AGE|93}}, de la sección {{LOCATION|Cheguigo}}; neumonía, "nagana naa". Nieta {{NAME|Yesenia}} tel {{PHONE|971 118 4402}}. {{DATE|sábado 5 de diciembre}}.`,

  `Formosa (wichí) - {{LOCATION|Hospital Distrital Ingeniero Juárez}}
Paciente {{NAME|Elvira Pérez}}, 3, de la comunidad {{LOCATION|Lote 27}}; Chagas congénito confirmado, benznidazol. {{DATE|02-12-2026}}.`,

  `Chaco (qom) - {{LOCATION|Hospital Julio C. Perrando}}, {{LOCATION|Resistencia}}
{{NAME|Mauricio Sanabria}}, 44, de {{LOCATION|Pampa del Indio}}; tuberculosis, BK ++. DNI {{ID|23.118.447}}. {{DATE|4 de diciembre de 2026}}.`,

  `Misiones (mbyá guaraní) - {{LOCATION|Hospital SAMIC El Soberbio}}
Paciente {{NAME|Kerechu Benítez}}, 17, aldea {{LOCATION|Tekoa Yma}}; parto en domicilio, retención placentaria. Cacique {{NAME|Artemio Benítez}} acompañó. {{DATE|1/12/2026}}.`,

  `Shipibo-Konibo patient - {{LOCATION|Hospital Amazónico de Yarinacocha}}
Paciente {{NAME|Marina Mahua Sanancino}}, 28, de la comunidad {{LOCATION|San Francisco de Yarinacocha}}; leishmaniasis mucosa. DNI {{ID|44718209}}. {{DATE|03.12.2026}}.`,

  `Tikuna patient - {{LOCATION|Hospital San Rafael de Leticia}}
{{NAME|Nazaret Ángel Coello}}, 6, de {{LOCATION|Puerto Nariño}}; malaria vivax, cloroquina + primaquina. Llegó en lancha {{VEHICLE|Amazonas Express II}}. {{DATE|2026-12-02}}.`,

  `Suriname interior (Saramaccan) - {{LOCATION|Medische Zending poli Djumu}}
Paciënt {{NAME|Awansi Amoida}}, 34, uit {{LOCATION|Pikin Slee}}; hypertensie 190/110, "mi hedi ta hati". {{DATE|4 december 2026}}.`,

  `Tangkhul - {{LOCATION|District Hospital Ukhrul}}
Patient {{NAME|Somi Shimray}}, 46, from {{LOCATION|Hundung}}; chronic hepatitis B, tenofovir. {{DATE|02/12/2026}}. Mob {{PHONE|87319 04412}}.`,

  `Gorkha (Gurung/Tamang porters) - {{LOCATION|Gorkha Hospital}}
1. {{NAME|Dil Bahadur Gurung}}, 52, {{LOCATION|Barpak}} - HAPE after trek portering, improved on O2.
2. {{NAME|Pasang Tamang}}, 23, {{LOCATION|Laprak}} - frostbite toes.
3. {{NAME|Min Kumari Magar}}, 31 - UTI.
Dr {{NAME|Bishnu Adhikari}}, NMC {{LICENSE|8841}}. {{DATE|7 Dec 2026}}.`,

  `Dayak (West Kalimantan) - {{LOCATION|RSUD Sintang}}
Pasien {{NAME|Apai Jantan}}, 66, dari {{LOCATION|Rumah Betang Ensaid Panjang}}; ulkus kaki diabetik. NIK {{ID|6105042211600003}}. {{DATE|Senin, 7 Desember 2026}}.`,

  `Seen {{NAME|Tomasz}} in the corridor, obs fine, will review after lunch.`,

  `Pls bleep {{PHONE|2231}} re bed 6 - {{NAME|Okoro}}`,

  `Spoke to Mrs {{NAME|Doyle}}'s daughter on the phone; happy with the plan.`,

  `Call from {{LOCATION|Middlemore}} ED: {{NAME|Sione Taufa}} being transferred to you for vascular review.`,

  `Booked for {{DATE|Tue 15/12}} at {{LOCATION|Tallaght University Hospital}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Medication list on admission:
- Apixaban (Eliquis) 5 mg BD [held pre-op]
- Bisoprolol 2.5 mg OD
- Ramipril 5 mg OD [AKI - withheld]
- Atorvastatin 40 mg ON
- Sertraline 50 mg OM
- Lansoprazole 30 mg OD
- Paracetamol 1 g QDS PRN [max 4 g/24 h]
- Laxido 1 sachet BD
- Adcal-D3 1 tab BD
- Ventolin Evohaler 2 puffs PRN`,
  `Plan: repeat U&E in the morning.`,
  `Nil by mouth from midnight. Consent signed.`,
  `Eponyms in cardiology teaching session: Austin Flint murmur, Graham Steell murmur, Carey Coombs murmur, Quincke pulse, de Musset sign, Corrigan pulse, Kussmaul sign, Beck triad, Osler nodes, Janeway lesions, Roth spots, Dressler syndrome, Eisenmenger syndrome, Ebstein anomaly, Lown-Ganong-Levine, Mobitz I and II, Wenckebach.`,
  `Place-named diseases quiz: Rocky Mountain spotted fever, West Nile virus, Japanese encephalitis, St. Louis encephalitis, Rift Valley fever, Q fever (Queensland), Lyme (Connecticut), Chagas, Oroya fever and Carrión disease, Kyasanur, Tahyna, Semliki Forest, Barmah Forest, Hendra, Bwamba, Mayaro, O'nyong'nyong, Madura foot, Delhi belly, Baghdad boil.`,
  `| Score | Range | Use |
| GCS | 3-15 | consciousness |
| NEWS2 | 0-20 | deterioration |
| CURB-65 | 0-5 | pneumonia |
| CHA2DS2-VASc | 0-9 | AF stroke risk |
| HAS-BLED | 0-9 | bleeding |
| Wells | -2 to 12.5 | PE/DVT |
| qSOFA | 0-3 | sepsis |
| Rockall, Glasgow-Blatchford | - | upper GI bleed |`,
  `Wound care formulary: Aquacel Ag+ Extra, Mepilex Border Flex, Allevyn Life, Kerlix, Inadine, Iodoflex, Actisorb Silver 220, PICO 7 (Smith & Nephew), V.A.C. Ulta (3M KCI), Tegaderm, Opsite Flexifix, Coban 2, Profore four-layer, Urgo KTwo, Medihoney, Flaminal Forte.`,
  `Signs at the clinic entrance: Welcome / Haere mai / Talofa lava / Mālō e lelei / Bula vinaka / Kia ora / Sawubona / Dumelang / Molweni / Goeie môre / Namaskar / Vanakkam / Sat Sri Akal / As-salamu alaykum / Shalom / Nǐ hǎo / Xin chào / Kamusta / Mingalaba. Masks available at reception.`,
  `Historical timeline for the audit: 1796 smallpox vaccine, 1847 handwashing, 1895 X-rays, 1921 insulin, 1928 penicillin, 1948 NHS founded, 1953 DNA structure, 1967 first heart transplant, 1978 first IVF baby, 1980 smallpox eradicated, 2020 COVID-19 pandemic declared.`,
  `Ages for the immunisation schedule: 8, 12 and 16 weeks; 1 year; 3 years 4 months; 12-13 years (HPV); 14 years (Td/IPV, MenACWY); 65 years (pneumococcal); 75-79 years (shingles, RSV); 80 years flu.`,
  `Endocrine eponyms: Addison, Cushing, Conn, Graves, Hashimoto, de Quervain thyroiditis, Riedel, Sheehan, Nelson, Kallmann, Turner, Klinefelter, Prader-Willi, Wolfram (DIDMOAD), Chvostek and Trousseau signs, Pemberton sign, Whipple triad, Zollinger-Ellison, Verner-Morrison, MEN 1 and 2 (Sipple, Wermer).`,
  `Device inventory (ward template): Alaris GP pumps x6, Braun Perfusor syringe drivers x4, Philips IntelliVue MX450 monitors, Welch Allyn Connex, Zoll R Series defib, GlideScope Go, Bair Hugger, Arjo Sara Stedy, Huntleigh Flowtron, Dinamap, BladderScan BVI 9400.`,
  `Orthopaedic classifications crib sheet: Neer, Mason (radial head), Weber, Lauge-Hansen, Hawkins (talus), Sanders (calcaneus), Tile and Young-Burgess (pelvis), Denis (spine), Frankel grade, ASIA A-E, Vancouver (periprosthetic), Paprosky, Kellgren-Lawrence 0-4.`,
  `Greeting card text: Get well soon! Kia ora anō / Bon rétablissement / Gute Besserung / Recupérate pronto / Guarisci presto / Beterschap / Szybkiego powrotu do zdrowia / Brzy se uzdrav / Ozdravi brzo / Geçmiş olsun / Pona haraka / Sterkte / Lekker slaap.`,
  `Antibiotic guideline table (2026 update):
| Infection | First line | Penicillin allergy |
| Cellulitis | flucloxacillin 1 g QDS | clarithromycin |
| CAP (CURB-65 0-1) | amoxicillin 500 mg TDS | doxycycline |
| Lower UTI (women) | nitrofurantoin MR 100 mg BD | trimethoprim |
| C. difficile | vancomycin 125 mg QDS | - |
| H. pylori | PPI + amoxicillin + clarithromycin | PPI + metronidazole + clarithromycin |`,
  `OK to discharge. TTOs ready.`,
  `Diabetes tech glossary: Omnipod DASH, Medtrum TouchCare Nano, Ypsomed mylife YpsoPump, Accu-Chek Insight, Guardian 4 sensor, Dexcom ONE+, Libre 2 Plus, xDrip+, Loop, AndroidAPS, Nightscout, Tidepool, DIY closed loop, Lilly Tempo pen, NovoPen 6, Mounjaro KwikPen.`,
  `Neuro exam eponyms: Romberg, Babinski, Hoffmann, Oppenheim, Gordon, Chaddock, Kernig, Brudzinski, Lhermitte, Uhthoff, Marcus Gunn pupil, Argyll Robertson pupil, Horner syndrome, Holmes-Adie, Parinaud, Weber and Rinne, Dix-Hallpike, Epley and Semont manoeuvres, HINTS.`,
  `Interpreter booking languages this month: Tigrinya, Amharic, Oromo, Somali, Dari, Pashto, Kurdish Sorani, Arabic (Sudanese), Farsi, Urdu, Punjabi, Bengali (Sylheti), Tamil, Nepali, Vietnamese, Mandarin, Cantonese, Polish, Romanian, Albanian, Ukrainian, Russian, Portuguese, Spanish, Lingala, Tshiluba, Kinyarwanda, BSL.`,
  `Oncology drugs (brand [generic]): Keytruda [pembrolizumab], Opdivo [nivolumab], Yervoy [ipilimumab], Tecentriq [atezolizumab], Imfinzi [durvalumab], Ibrance [palbociclib], Kisqali [ribociclib], Verzenios [abemaciclib], Xtandi [enzalutamide], Zytiga [abiraterone], Imbruvica [ibrutinib], Calquence [acalabrutinib], Revlimid [lenalidomide], Darzalex [daratumumab].`,
  `Paediatric drug doses (weight based): paracetamol 15 mg/kg 4-6 hourly (max 75 mg/kg/day); ibuprofen 10 mg/kg 8 hourly; amoxicillin 30 mg/kg TDS (max 1 g); prednisolone 1-2 mg/kg (max 40 mg); dexamethasone 0.15 mg/kg for croup; ondansetron 0.15 mg/kg.`,
  `Dermatology eponyms: Stevens-Johnson, Lyell (TEN), Sweet syndrome, Gianotti-Crosti, Kaposi sarcoma, Bowen disease, Paget disease of the nipple, Hailey-Hailey, Darier, Netherton, Peutz-Jeghers freckles, Kasabach-Merritt, Sturge-Weber port-wine stain, Klippel-Trénaunay, Muir-Torre.`,
  `ECG: sinus rhythm 72, PR 160, QRS 90, QTc 420. No acute changes.`,
  `Hospital sign (trilingual): Emergency / Noodgeval / Tshoganetso. Pharmacy / Apteek / Khemisi. No weapons / Geen wapens / Ga go dibetsa. Thank you / Dankie / Ke a leboga / Enkosi / Ngiyabonga.`,
  `GI eponyms and scores: Crohn, Whipple disease, Ménétrier, Mallory-Weiss, Boerhaave, Zenker diverticulum, Schatzki ring, Plummer-Vinson, Barrett, Cullen and Grey Turner signs, Murphy sign, Rovsing sign, Courvoisier law, Charcot triad, Reynolds pentad, Ranson and Glasgow-Imrie, Child-Pugh, MELD-Na, Los Angeles grade C, Prague C2M4, Forrest Ia-III.`,
  `Inhaler technique leaflet titles: Easyhaler, Turbohaler, Accuhaler, Ellipta, Spiromax, NEXThaler, Genuair, Respimat, Breezhaler, HandiHaler, Zonda; pMDI with Volumatic or AeroChamber Plus; Symbicort SMART; Relvar 92/22; Seretide 250; Clenil Modulite.`,
  `Obstetric and neonatal list: Apgar, Ballard, Silverman-Andersen, Downes score, Finnegan (NAS), Kramer zones of jaundice, Moro and rooting reflexes, Ortolani and Barlow, Naegele rule, Couvelaire uterus, HELLP, Sheehan, Asherman, Mayer-Rokitansky-Küster-Hauser.`,
  `Occupational eponyms and exposures: caisson disease (the bends), Minamata disease (mercury), itai-itai disease (cadmium), Balkan nephropathy, Gulf War syndrome, mad hatter disease, phossy jaw (Lucifer match), Pott scrotal cancer (chimney sweeps), Monday fever (byssinosis), miner's nystagmus.`,
  `Renal: CKD G3bA2. eGFR 38, ACR 12. Continue dapagliflozin 10 mg. Repeat in 3 months.`,
  `Closing lines seen in referral letters: Many thanks, Best wishes, With kind regards, Yours faithfully, Ngā mihi, Noho ora mai, Go raibh maith agat, Le meas, Diolch yn fawr, Cheers, Dhanyavad, Nandri, Shukriya, Baie dankie, Siyabonga, Asante, Merci d'avance, Muchas gracias.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter34', '/tmp/deid-ood-letters34.jsonl');
