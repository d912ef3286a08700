/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), seventeenth session: short clinician texts of
 * kinds beyond letters12 (outpatient letters of other countries' systems in German, French, Spanish, Portuguese,
 * Dutch, Danish and Japanese styles and from Kenya, Nigeria, Ghana, India, Brazil, the Philippines, Singapore,
 * Korea, Hong Kong, Israel, Canada, Australia and New Zealand; tele-health and video-visit summaries; research
 * consent, withdrawal and biobank notes; school nurse notes; occupational health (port, police, airline, mining,
 * school staff, NHS staff); dental and tele-dental notes; prison health screens and incident reports; ED triage lines;
 * radiology, pathology, echo, audiology and DEXA reports; chat and messages between colleagues; safeguarding, social
 * work, court, coroner, poisons-line, ship's-doctor, aviation-medical, blood-bank, IVF, midwifery, hospice and
 * transport notes), with PHI of all 18 Safe Harbor kinds, plus PHI-free texts. Human patients only. Written by hand
 * by engineer author on 2026-12-05 (seventeenth session) without reading the engine's rules or lexicons, and never
 * run through ddx by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and
 * do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, signatures, greetings, labels, theatre lists, chat,
 * lower case, all caps, surname first, hyphenated, with particles, patronymic and multi-part names, diacritics),
 * relatives, clinicians, officers, porters, interpreters and chaplains; hospitals, clinics, care homes, prisons,
 * schools, clubs, ports and shops with full and short names; streets, flats, houses, towns, suburbs, barangays and
 * postcodes of several countries; dates in many formats (14.09.1947, 2026-12-03, Dec 18, 2/12/2026, "den 2.
 * december", "3 de diciembre de 2026", 2026年11月20日, "the 9th", weekdays, month and year); ages over 89 as digits
 * and words; phones, bleeps, faxes, e-mails, URLs, IPv4 and IPv6 addresses, MRN, NHS, CHI and NHI numbers, plan,
 * Medicare, OHIP, RAMQ, NHIF, SUS and PhilHealth numbers, accounts and claims, licences (pilot, DEA, driving,
 * medical), national and other ID numbers (NIR, CPR, DNI, BSN, CPF, NRIC, Aadhaar, prison and study numbers), device
 * serials, vehicle plates, SSNs and a UK NI number. Every name, address and number is invented; institution names may
 * be the public names of real hospitals, as organisations only.
 * Format and gold convention as deid-ood-letters12.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr", "Mrs",
 * "Sr", "Rabbi", "Capt.", "PC", "Staff Nurse") stay outside a name, facility words inside; US states, provinces and
 * countries are not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and
 * dates named by a weekday are DATE, "today" and "tomorrow" are not marked; wards and bed numbers are not marked. An
 * AGE span is one stated exact age over 89, only its number or number word. NPI, DEA, GMC, pilot, medical and driving
 * licence numbers are typed LICENSE; national and other ID numbers ID (a UK NI number is typed SSN); postcodes of any
 * country ZIP. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits
 * non-zero).
 * PHI-free texts carry eponyms, signs, scales and scores, drugs (generic and brand), doses, ages under 90, bare years
 * and device models without serials, which must stay.
 *   node --import tsx scripts/deid-ood-letters13.ts [--out /tmp/deid-ood-letters13.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters13.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Sehr geehrte Frau Kollegin {{NAME|Wendelgard Obermaier-Kühn}},
wir berichten über Herrn {{NAME|Adalbert Grübelmeier}}, geb. {{DATE|14.09.1947}}, stationär vom {{DATE|02.11.}} bis {{DATE|09.11.2026}} im {{LOCATION|Klinikum Rosenheimer Land}}. NSTEMI, DES in RIVA.
Mit kollegialen Grüßen, Dr. med. {{NAME|Eckhart Vollbrecht}}`,

  `Telehealth summary (video, 22 min). Patient {{NAME|Thaddäus Quarmby}} joined from his car outside {{LOCATION|Pocatello}}; BP self-read 152/94. Wife {{NAME|Lorilee}} present. Next call {{DATE|Dec 18}}.`,

  `RESEARCH CONSENT - STUDY ARM B
Participant: {{NAME|Xochiquetzal Ochandiano-Barrenechea}}   Study no. {{ID|KX-22-00417}}
Consent taken by {{NAME|Ingebjørg Halvorsrud}} (research nurse) on {{DATE|4 December 2026}}. Witness: {{NAME|Deirbhile Cunniffe}}.`,

  `School nurse note: {{NAME|Tobiel}} (Year 5) came in at lunch wheezy after football, peak flow 210. Two puffs salbutamol via spacer, settled. Mum {{NAME|Fenwicka Garrowby}} phoned on {{PHONE|07700 914 362}}.`,

  `Occupational health: {{NAME|Kolawole Adeyinka-Briggs}}, forklift driver at {{LOCATION|Harwich International Port}}, fit for restricted duties after lumbar strain. Review {{DATE|12/01/2027}}. Manager {{NAME|Prudentia Hallamshire}} informed with consent.`,

  `Dental chart - {{NAME|Ottolie Vasconez-Merriday}}, DOB {{DATE|30/06/1962}}. LL6 fractured cusp, INR 2.4 on warfarin, extraction deferred. Practice: {{LOCATION|Bridgegate Dental Care}}, {{LOCATION|Retford}}.`,

  `HMP health screen (reception): {{NAME|Dugdale, Cormack Thaddäus}}, prison no. {{ID|A7731DK}}. Opioid substitution: methadone 60 mL confirmed with {{LOCATION|Shettleston Health Centre}}. Next review {{DATE|Thursday}}.`,

  `ED triage 23:12 | {{NAME|Maripaz Etxegarai}} | 34F | fall from bike, L wrist deformity, CRT <2 | cat 3`,

  `CT HEAD WITHOUT CONTRAST
Patient: {{NAME|Osric Pemberthy}}   Acc#: {{ACCOUNT|RAD-88104273}}   Exam date: {{DATE|2026-12-03}}
Findings: 9 mm right-sided acute subdural haematoma, 3 mm midline shift.
Reported by {{NAME|Anselmi Drewery-Fitch}}, Consultant Radiologist`,

  `Histopathology report. Specimen {{ID|H26-118803}}: colon, sigmoid, polypectomy. Patient {{NAME|Ambroise Kettlewell}}, {{LOCATION|Calderdale Royal Hospital}}. Tubulovillous adenoma, low-grade dysplasia, margin clear. Pathologist: {{NAME|Siobhra Ní Fhlannagáin}}.`,

  `[chat] {{NAME|priyamvadha}}: is bed 7 ok for the cardioversion at 2
[chat] {{NAME|tymoteusz}}: yes, mr {{NAME|gethingwood}} fasted since 6, INR 2.8 this morning`,

  `Outpatient letter (Kenya): Patient {{NAME|Wanjugu Kamaara-Ndegwa}}, NHIF no. {{HEALTH_PLAN|8841-2207-93}}, seen at {{LOCATION|Nyeri County Referral Hospital}}. HbA1c 11.2%, started metformin and glibenclamide. Review in 4 weeks.`,

  `Dear {{NAME|Marjolaine}}, thank you for your letter about your father {{NAME|Evanthe Plowright}}. He is now {{AGE|ninety-four}} and the home at {{LOCATION|Fallowfield Grange}} have agreed to the bed rails.`,

  `Vaccination record: {{NAME|Jovanca Petrušević}}, DOB {{DATE|08.03.1991}}. Yellow fever vaccine batch KJ204, given {{DATE|28 Nov 2026}} at {{LOCATION|Marlborough Travel Clinic}}.`,

  `Call from Dr {{NAME|Rahulkumar Venkatachalapathy}} (on call, {{LOCATION|Tiruppur Government Hospital}}): transferring Mr {{NAME|Selvaganapathy}}, 56, with a STEMI, ETA 40 minutes, ambulance {{VEHICLE|TN 39 BX 4471}}.`,

  `ED triage line: 04:02 {{NAME|HALLORVAN-VOSSBERG, BRIGIDINA}} 71F chest pain 2h, sweaty, HR 48, BP 92/60 - to resus`,

  `Audiology: {{NAME|Leopoldine Starkweather}}, {{AGE|92}}, hearing aid Phonak Audéo, serial {{DEVICE|2213SN04471}}, retubed. Daughter {{NAME|Rosamel}} to collect from {{LOCATION|Ilkley}} clinic.`,

  `Genetic counselling: {{NAME|Aoibhinn Scally}} attended with her sister {{NAME|Caoilinn}}. BRCA2 c.5946del confirmed in their mother's sample ({{ID|GEN-4471902}}). Cascade letter sent {{DATE|1st December}}.`,

  `Physio discharge: {{NAME|Bartolomé Anyanwuocha}}, ACL reconstruction {{DATE|June 2026}}, now hop test 92% symmetric. Return to play agreed with his coach at {{LOCATION|Baildon Rugby Club}}.`,

  `From: {{EMAIL|r.tiwary-holme@reddish-practice.nhs.net}}
To: district nurses
Please visit Mrs {{NAME|Filomenka Gasparotto}} at {{LOCATION|Flat 3, 41 Gorsey Bank Road}}, {{LOCATION|Reddish}} {{ZIP|SK5 6BT}} for a leg ulcer dressing.`,

  `Prison healthcare IR: at 19:40 {{NAME|Kierán Ashwick-Pylewell}} found on cell floor, GCS 9, pinpoint pupils. Naloxone 400 mcg IM by Officer {{NAME|Strathie}}. Transferred to {{LOCATION|Wythenshawe Hospital}}.`,

  `Speech and language therapy: {{NAME|Ifeoluwa}} (aged 4) stammer, 12% syllables stuttered. Lidcombe programme started. Parents {{NAME|Babarinsa}} and {{NAME|Morenike Oyekanmi}}.`,

  `MRI LUMBAR SPINE. Name: {{NAME|Gustavsson, Ylva}}. MRN {{MRN|K40928715}}. L4/5 broad-based disc protrusion with left L5 root compression. Referrer: Dr {{NAME|Hollingdrake}}.`,

  `Optometrist referral: {{NAME|Crispinus Aldwinckle}}, 67, IOP 31 R and 29 L, cup-disc 0.8. Urgent to {{LOCATION|Bedford Hospital Eye Clinic}}. Contact {{PHONE|01234 587 201}}.`,

  `Hi {{NAME|Ruaraidh}}, quick one - Mrs {{NAME|Lachie-Beaton}} in bay 2 has a K of 2.9, I've started oral Sando-K. Can you look at her ECG when you're back? {{NAME|Ishbella}}`,

  `Consent for research biobank: donor {{NAME|Helmi Räsänen}}, sample {{ID|BB-FI-0099312}}, collected {{DATE|3.12.2026}} at {{LOCATION|Tampere University Hospital}}.`,

  `Ship's doctor log, MV Saltcourt: crew member {{NAME|Rolando Dimacali}}, seaman's book {{ID|C0918834}}, laceration right forearm, 6 sutures. Next port {{LOCATION|Vlissingen}}.`,

  `Sports medicine: {{NAME|Jacinta Worrall}} (netball, {{LOCATION|Loughborough Lightning}}) - ferritin 11, Hb 118. Iron sucrose given {{DATE|25/11}}. Coach {{NAME|Imeldine Thursgood-Prytherch}} aware.`,

  `Poisons line call {{DATE|05/12/2026}} 01:15: caller {{NAME|Gedaliah Fairbairn}} reports his daughter {{NAME|Tamsynne}}, 3, may have swallowed 4 x iron tablets. Advised ED. Callback {{PHONE|+44 7911 208 556}}.`,

  `Aviation medical: Capt. {{NAME|Lysandros Mbathiswa-Wolfe}}, licence {{LICENSE|UK.FCL.ATPL.0091847}}. ECG: incomplete RBBB, otherwise normal. Class 1 certificate issued until {{DATE|November 2027}}.`,

  `Lettre de liaison - {{LOCATION|Centre Hospitalier de Montluçon}}
Patiente : Mme {{NAME|Ghislainette Vautrin-Laborde}}, née le {{DATE|12/05/1950}}, NIR {{ID|2 50 05 03 185 042 77}}. Pneumopathie, amoxicilline-acide clavulanique 7 jours. Médecin traitant : Dr {{NAME|Aurélien Castagnède}}.`,

  `Patient portal: "hello it's {{NAME|Dorcasina}}, my blood test code is {{ACCOUNT|LB-7730-2241}} and the website {{URL|https://results.kestrelvale-health.org/p/77312}} won't open"`,

  `Care home incident form: resident {{NAME|Winfreda Blamire}}, {{AGE|97}}, unwitnessed fall in the lounge at {{LOCATION|Ashenhurst House}}, {{DATE|Saturday}} 21:10. No head injury. GP Dr {{NAME|Figueiroa-Lund}} informed.`,

  `SBAR - S: {{NAME|Radomir Kovačina}} NEWS 7. B: day 2 post-Hartmann's. A: anastomosis n/a, suspect collection. R: CT today, surgical reg {{NAME|Oluwatumininu}} aware, bleep {{PHONE|4471}}.`,

  `Tele-dermatology summary: photos from {{NAME|Hyacinthe Ogunmodede-Carr}} uploaded {{DATE|Nov 30}} from IP {{IP|81.144.203.17}}. Likely seborrhoeic keratosis; no dermoscopy concern. Routine.`,

  `Letter from {{LOCATION|Aarhus Universitetshospital}}: Patient {{NAME|Søren Kjærsgaard}}, CPR {{ID|120458-2917}}, seen for atrial flutter ablation {{DATE|den 2. december}}. Uneventful.`,

  `Pre-op assessment: {{NAME|Euphrasia Doubtfire-Nkosinathi}}, hernia repair at {{LOCATION|Epsom Hospital}}. Medicaid equivalent N/A; private plan {{HEALTH_PLAN|AXA-PPP 40918826}}. Anaesthetist {{NAME|Ruprecht Okonjeh}}.`,

  `radiology text to ward: pt {{NAME|ubahakwe-lawson}} cxr shows R apical pneumothorax 3cm, pls call dr {{NAME|ferrand}} on {{PHONE|2290}}`,

  `Mental health act assessment {{DATE|03/12/26}} 15:00 at {{LOCATION|14 Sedgemoor Walk}}, {{LOCATION|Sutton-in-Craven}}. Present: AMHP {{NAME|Clemensia Ravenhurst}}, Dr {{NAME|Battistin}}, Dr {{NAME|Wexcott}}. Patient: {{NAME|Lucian Tredgold}}.`,

  `Social work note: Mrs {{NAME|Aldith Penhallurick}} wants her grandson {{NAME|Jorrit}} to stay with her in {{LOCATION|St Just}} during chemo. Contact {{EMAIL|aldith.penhallurick@btinternet.example}}.`,

  `Pharmacy: dispensing error report. Mr {{NAME|Ignaz Sealey}} received amlodipine 10 mg instead of 5 mg, script {{ID|RX5593014}}, {{DATE|Tuesday}}. Pharmacist {{NAME|Nadifa Warsuge}}.`,

  `Ambulance dispatch: call 0433, {{LOCATION|Unit 6 Brindley Trading Estate}}, {{LOCATION|Dudley}} {{ZIP|DY2 0XW}}. Male 40s crush injury leg. Crew {{VEHICLE|YX19 KHP}} assigned.`,

  `Blood bank: {{NAME|Leontina Sharpless}}, group B neg, anti-D detected. 2 units requested for {{DATE|7 Dec}}. Sample ID {{ID|BT-2026-339817}}.`,

  `Dear Dr {{NAME|Mwangangi}},
I reviewed {{NAME|Achola Otianga}} in the {{LOCATION|Kakamega}} renal clinic on {{DATE|Friday 28 November}}. eGFR 22, potassium 5.8. Please stop her losartan.
{{NAME|Barnabus Teasdale}}`,

  `IVF clinic: partner of {{NAME|Delphinie Aubergé}} is {{NAME|Marc-Olivier Trembleau}}. Semen analysis 14 million/mL. ICSI advised. RAMQ {{HEALTH_PLAN|TREM 8211 0914}}.`,

  `Prison dental: {{NAME|Vinnie Clutterbuck}}, cell {{LOCATION|C-wing 2-14}}, abscess UR6, metronidazole. Escort to {{LOCATION|Peterborough City Hospital}} not needed.`,

  `Palliative care handover: Mr {{NAME|Thorvald Eikeland}} in side room 4, syringe driver midazolam 10 mg/24h. Son {{NAME|Håkon}} staying overnight.`,

  `Outpatient letter, {{LOCATION|Kasturba Medical College Manipal}}: Mrs {{NAME|Lakshmipriya Sundaresan}}, hospital no. {{MRN|CMC 418772K}}. Thyroidectomy {{DATE|15/10/2026}}, histology papillary carcinoma, pT1b.`,

  `Safeguarding referral: child {{NAME|Kaydence Follet}}, DOB {{DATE|19/02/2021}}, bruising on the pinna. Mother {{NAME|Shanequa Follet}}, address {{LOCATION|28 Hornbeam Vale}}, {{LOCATION|Clacton}}.`,

  `Lab critical call {{DATE|04/12}} 02:47: Na 114 on {{NAME|Bogumiła Wrzesińska}}, told to FY1 {{NAME|Hartnell}}, read back correctly.`,

  `Triage: {{NAME|Kezzie Brocklebank}} 19F, 8/40 pregnant, PV bleeding + pain, BP 88/50 - EPU aware, Dr {{NAME|Quarcoopome}} coming down.`,

  `Occ health pre-placement: {{NAME|Feardorcha Ó Duibhir}}, staff no. {{ID|E0043817}}, hep B surface antibody 8 mIU/mL - booster given {{DATE|2 Dec}}. Next titre {{DATE|January 2027}}.`,

  `To whom it may concern, Ms {{NAME|Renske Dijkgraaf}} attended {{LOCATION|Spaarne Gasthuis}} on {{DATE|donderdag 27 november}} and is unfit for work for 2 weeks. BSN {{ID|204381197}}.`,

  `Teleconsult (phone) with {{NAME|Bertrandine Oyebisi-Finchingfield}}: cough 3 weeks, no haemoptysis, ex-smoker. CXR booked at {{LOCATION|Ormskirk District General}}. He asked that we call {{PHONE|01695 449 318}} not his mobile.`,

  `PATHOLOGY: Bone marrow trephine {{ID|BM-26-0771}}, {{NAME|Florentyjna Zawadzka}}, {{AGE|90}}. Hypercellular, 34% blasts. Discussed at MDT {{DATE|Wednesday}}.`,

  `Chat, ED consultants' group: "{{NAME|Hamilcar}}, can you take the 2 o'clock? {{NAME|Magnhild}}'s stuck in resus with the paeds arrest."`,

  `Discharge - {{LOCATION|Hospital Universitario de Basurto}}: Paciente {{NAME|Remigia Albarracín Quintanar}}, DNI {{ID|50419872-K}}. Fractura de cadera, prótesis parcial. Alta el {{DATE|3 de diciembre de 2026}}.`,

  `School health: {{NAME|Anoukje}} in Year 9 has type 1 diabetes, pump Tandem t:slim serial {{DEVICE|1184402}}. Hypo at PE, glucose 2.8, treated. Dad {{NAME|Pieterjan}} picked her up.`,

  `Referral (Nigeria): {{NAME|Chukwunonso Obiefuna}}, hospital no. {{MRN|UNTH/24/08812}}, from {{LOCATION|Nsukka}} to {{LOCATION|University of Nigeria Teaching Hospital}}, {{LOCATION|Ituku-Ozalla}}, for dialysis.`,

  `US ABDOMEN: Mrs {{NAME|Clotilde Harrowbarrow}}. 11 mm gallstone in neck, wall 4 mm, CBD 6 mm. No collection. Sonographer {{NAME|Demelzah}}.`,

  `Hello Dr {{NAME|Achterkamp}}, your patient {{NAME|Jurgen Pfannkuch}} missed his anticoagulation clinic on {{DATE|Monday}}; INR last 4.1. Can you contact him at {{PHONE|(03) 9481 2206}}? {{NAME|Melva}}, Anticoag nurse, {{LOCATION|Box Hill Hospital}}`,

  `Coroner's officer DC {{NAME|Aldwulf Brannock}} requests notes for {{NAME|Terence Ollerton}}, died {{DATE|01/12/2026}} at {{LOCATION|Pinderfields}}. Ref {{ID|CO-WY-26-4418}}.`,

  `Inmate medical transfer: {{NAME|LAURENTIU POPOVICI}}, booking no. {{ID|BK2611072}}, insulin glargine 24 units. Transferred to {{LOCATION|Ryker's Ridge Correctional Facility}} on {{DATE|12/04/2026}}.`,

  `ED: {{NAME|Nokwanda Dlamuka-Fouché}}, 27, asthma attack, SpO2 89%, PEF 30% predicted. Magnesium given. Lives in {{LOCATION|Mamelodi}}. Sister {{NAME|Zanelethu}} has her inhalers.`,

  `Dear colleague, {{NAME|Teodor Zhelyazkov}} is a 63-year-old man from {{LOCATION|Stara Zagora}} visiting his daughter {{NAME|Radostina}} in {{LOCATION|Leamington Spa}}. He ran out of his apixaban; please supply 14 days.`,

  `Immunology: {{NAME|Ottilia Brereton-Sowande}} - C1 esterase inhibitor 0.08 g/L, C4 low. Hereditary angioedema type 1. Berinert for home use. Hospital no. {{MRN|RX4481073}}.`,

  `Travel clinic: {{NAME|Gulnaz Akhmetova}} travelling to {{LOCATION|Almaty}} on {{DATE|20/12/2026}}, passport {{ID|N14908812}}. Rabies course completed.`,

  `Reply from {{LOCATION|Sengkang General Hospital}}: Thank you for referring Mr {{NAME|Tng Weixiang Jie}}, NRIC {{ID|S8214477D}}. Colonoscopy on {{DATE|8 Dec}} at 8.30am.`,

  `Sexual health: {{NAME|Ptolemaios}} (prefers no surname) - GC NAAT positive, ceftriaxone 1 g given. Partner notification via {{URL|www.tellyourpartner.example.org/ref/A9912}}.`,

  `Memo: Sr {{NAME|Carmelina Fitzmorris}} will cover the {{LOCATION|Holy Cross}} outreach clinic on {{DATE|the 9th}}.`,

  `Consent form (research, genomics): I, {{NAME|Hortensia Villalón}}, agree to my sample being stored. Signed {{DATE|04/12/2026}}. Contact for results: {{EMAIL|hvillalobos77@correo.example.mx}}.`,

  `Triage note 11:50 - {{NAME|jebediah moorcroft}}, 60s, found wandering on {{LOCATION|Shambles Lane}}, smells of alcohol, GCS 13, laceration to occiput.`,

  `From Dr {{NAME|Faustina Agyepong-Sarfo-Duah}}, {{LOCATION|Cape Coast Teaching Hospital}}, {{LOCATION|Cape Coast}}: please accept {{NAME|Kwablah Asantewaah-Amponsem-Tawiah}} for cardiac surgery, severe MS, valve area 0.8 cm2.`,

  `Outpatient letter (Japan): 患者 Mr {{NAME|Hirotaka Noguchi}}, ID {{MRN|0048-221-907}}, {{LOCATION|Kameda Medical Center}}. Gastric ESD {{DATE|2026年11月20日}}, margins negative.`,

  `DEXA: {{NAME|Gwendolyne Ffoulkes}}, T-score -3.1 at the hip. Alendronate started. Scan done at {{LOCATION|Llandrindod Wells}} ({{LOCATION|Ysbyty Maldwyn}}).`,

  `Interpreter booking confirmed: Tigrinya, for {{NAME|Mebrahtu Tesfazghi}} on {{DATE|Thu 11 Dec}}, 10:00, {{LOCATION|Glenfield Hospital}} clinic 3. Booking ref {{ID|INT-7780341}}.`,

  `GP summary for insurer: {{NAME|Ruben Castellví-Ivimey}}, policy {{HEALTH_PLAN|BUPA 88419307-02}}, DOB {{DATE|July 9, 1973}}. Type 2 diabetes, HbA1c 58.`,

  `District nurse note: visited Mr {{NAME|Eliasz Wootton}} at {{LOCATION|The Old Forge}}, {{LOCATION|Bourton-on-the-Water}} {{ZIP|GL54 2DA}}. Pressure ulcer grade 2 sacrum. Wife {{NAME|Berylla}} coping.`,

  `Echo report: {{NAME|Ivančica Marinković}}. LVEF 30%, global hypokinesia, moderate functional MR. Cardiologist Dr {{NAME|Sunnvør Lindgrenius}}.`,

  `whatsapp (ward team): "{{NAME|femitola}} pls rewrite mrs {{NAME|kowalczuk}}'s drug chart, she's nil by mouth from midnight"`,

  `Tele-psychiatry: {{NAME|Lucindra Marchbank}} joined from {{LOCATION|Kirkwall}}. PHQ-9 18, no active plan. Sertraline increased. Next video {{DATE|Dec 19, 2026}}, link {{URL|https://attend.orkneyvc.example.scot/r/55012}}.`,

  `Fit note: {{NAME|Alfonso Brunetti}}, NI number {{SSN|JT 44 81 92 C}}, not fit for work 4 weeks, post cholecystectomy.`,

  `US medical billing: patient {{NAME|Shawnda Pettifer-Hollingsby}}, account {{ACCOUNT|00482193376}}, SSN {{SSN|523-71-0448}}, plan {{HEALTH_PLAN|BCBS XPD884411902}}, DOS {{DATE|11/28/2026}}.`,

  `Aged-care assessment (Australia): Mrs {{NAME|Dulcibella Kerslake}}, {{AGE|99}}, of {{LOCATION|Gundagai}}, NSW {{ZIP|2722}}. Medicare {{HEALTH_PLAN|2951 44812 1}}.`,

  `Endoscopy booking: {{NAME|Cathaoir Mac Ghiollagáin Phóil}} on {{DATE|Tues 16/12}}, bowel prep given, warfarin bridging with Dr {{NAME|Oyediran}}.`,

  `Minor injuries: {{NAME|Pascow Trembath}} bitten by his neighbour's dog in {{LOCATION|Helston}}; tetanus up to date; co-amoxiclav.`,

  `Handover ICU: bed 3 {{NAME|Cressidah Villiers-Ubahakwe}}, day 4 ARDS, prone 16 h, PF ratio 14. Husband {{NAME|Tobechukwu}} asked for the consultant, told Dr {{NAME|Halvorstad}} will call at 6.`,

  `Operation note: {{NAME|Ansgard Wennerström}}, right hemicolectomy, {{DATE|2/12/2026}}. Surgeon Mr {{NAME|Olufunsho Adebambo-Grantley}}. Assistant Ms {{NAME|Tindall}}.`,

  `Radiology addendum: images of {{NAME|ROSAMUNDE ACHTERHOF}} from {{LOCATION|Wirral Imaging Centre}} (PACS {{ID|WIC7730192}}) compared; nodule stable at 6 mm.`,

  `Ambulance PRF: {{NAME|Mareczek Szczepański}}, 48, chest pain, STEMI inferior on 12-lead, pre-alert to {{LOCATION|Furness General Hospital}}. Vehicle {{VEHICLE|BF70 WKO}}. Crew {{NAME|Lyall}} and {{NAME|Tamsyn}}.`,

  `Brazil - carta de referência: Paciente {{NAME|Josenilda Barbosa Cavalcanti}}, CPF {{ID|418.227.903-61}}, cartão SUS {{HEALTH_PLAN|898 0041 2273 1106}}, de {{LOCATION|Caruaru}}. Encaminhada para cardiologia.`,

  `Philippines OPD: {{NAME|Ma. Luzviminda Dimagiba}}, PhilHealth no. {{HEALTH_PLAN|19-025581447-3}}, {{LOCATION|Brgy. San Isidro}}, {{LOCATION|Tarlac City}}. PTB, started on HRZE.`,

  `Scottish referral: {{NAME|Moragh Strathie-Bellhouse}}, CHI {{MRN|2708548813}}, {{LOCATION|Inverurie}} {{ZIP|AB51 3QT}}. Urgent suspected cancer - iron deficiency, weight loss.`,

  `E-mail from {{NAME|Reuel Ashkelonov}} <{{EMAIL|reuel.a@mailbox.example.il}}>: "my father's BP is 180/100 on the home monitor, he is {{AGE|91}}, should I call someone?"`,

  `Dental referral: {{NAME|Chidiebube Ezeoke-Whitlowe-Marrable}}, 24, impacted LL8, paraesthesia risk discussed. To {{LOCATION|Guyon's Dental Hospital}} oral surgery.`,

  `Pathology (cervical screening): {{NAME|Yasmeen Qureshiya-Rand}}, lab no. {{ID|CX26-0445172}}. HPV 16 positive, cytology HSIL. Colposcopy at {{LOCATION|Hillingdon Hospital}}.`,

  `Prison health: {{NAME|Dwyfor Okparaeke-Ryland}}, hunger strike day 6, weight 71 kg, K 3.4. Seen by Dr {{NAME|Imrie}}. Governor Mr {{NAME|Fetherstonhalgh}} informed.`,

  `ED triage: 13:22, {{NAME|Lowdy}} (no surname given), ~25F, overdose of 30 paracetamol 4h ago, alert, tearful. Friend {{NAME|Kerenhappuch}} with her.`,

  `Tele-stroke: {{NAME|Ewart Blenkiron}}, onset 19:05, NIHSS 14, CT no bleed, CTA M1 occlusion. Transfer to {{LOCATION|Salford Royal}} for thrombectomy agreed with Dr {{NAME|Moorhouse-Kaurwal}}.`,

  `Nursing home GP round: {{NAME|Eulalya Pardoe}} ({{AGE|95}}) - weight down 3 kg; {{NAME|Albion Trickett}} - chest clear; Mrs {{NAME|Gorringe}} - UTI, nitrofurantoin.`,

  `Research study visit: subject {{ID|PROT-0419-117}} ({{NAME|Xanthippe Bellingdon}}), visit 4, {{DATE|December 5th}}. Adverse event: grade 1 nausea.`,

  `Letter to patient: Dear Mr {{NAME|Cheung}}, your scan at {{LOCATION|Tuen Mun Hospital}}, {{LOCATION|Tuen Mun}}, on {{DATE|12 Dec}} has been moved to 14:30. Please bring your HKID card.`,

  `ED chat: "resus 2 = {{NAME|Amadoune}} (the cyclist), hb 78, FAST +ve, theatres called"`,

  `Occupational health (NHS trust): needlestick, Staff Nurse {{NAME|Rosheen Delacey}}. Source patient {{NAME|Arturito Bellwethers}}, consented to BBV testing, results pending.`,

  `Ophthalmology letter: {{NAME|Hildebrand Quistorp}}, 72, wet AMD left eye, VA 6/24. Aflibercept loading. Driving: DVLA informed; licence {{LICENSE|QUIST709213H99KL}}.`,

  `Midwife booking: {{NAME|Shakira Mbekwa-Hollinrake}}, G2P1, EDD {{DATE|14/06/2027}}, BMI 33. GTT at 24-28 weeks. Partner {{NAME|Jermaine}}.`,

  `Psychology report for court: {{NAME|Bartley Gunnlaugsson}}, case no. {{ID|T20267431}}, {{LOCATION|Snaresbrook Crown Court}}. IQ 71, suggestibility high.`,

  `Hospice at home: Mr {{NAME|Cuthred Amersham}}, died peacefully {{DATE|04/12/2026}} 03:20 at {{LOCATION|19 Gorsedene Crescent}}, verified by RN {{NAME|Aiyanna}}.`,

  `Telehealth (US): patient {{NAME|Dakotah Whitecalf}}, from {{LOCATION|Lame Deer}}, MT {{ZIP|59043}}, via tablet. A1c 7.4. DEA {{LICENSE|BW4471192}} used for the e-script by Dr {{NAME|Tsinajinnie-Brandtner}}.`,

  `Patient transport booked: {{NAME|Florrie Scattergood}}, wheelchair, from {{LOCATION|Alnwick}} to {{LOCATION|Cumberland Infirmary}} renal clinic, {{DATE|Mon 8th}}, 09:15. Escort: granddaughter {{NAME|Skye}}.`,

  `Reply, clinical genetics, {{LOCATION|Forth Valley Royal}}: we saw {{NAME|Ludovica Pellegrini-Harthill}} and her father {{NAME|Vittorio}}. Marfan gene panel: FBN1 variant of uncertain significance.`,

  `Dear Sir, re: my mother {{NAME|Agnieszkaja Brzęczyszczyk}}, NHS no {{MRN|612 447 9081}} - I would like a copy of her records. Regards, {{NAME|Kasieńka}}.`,

  `Triage (walk-in, {{LOCATION|Barry Hospital}} MIU): {{NAME|Gethin ap Rhisiart}}, 17, rugby, clavicle deformity, NV intact.`,

  `Teams message: "{{NAME|Obediah}} - the CTPA on Mrs {{NAME|Featherby}} is negative, she can go home with her daughter."`,

  `Pathology - liver biopsy: {{NAME|Svetozar Dimitrijević}}, specimen {{ID|LB/26/04418}}. Interface hepatitis, plasma cells, fibrosis F2. Consistent with autoimmune hepatitis.`,

  `Outpatient letter (Germany): Herr {{NAME|Friedemann Schwarzkopf}}, Versichertennummer {{HEALTH_PLAN|K820477193}}, AOK Bayern. Gonarthrose rechts, Kniegelenkersatz geplant.`,

  `Incident report: Porter {{NAME|Duane Hatherley}} found Mr {{NAME|Anstruther}} on the floor of lift 4, {{DATE|Sunday}} 06:15. Ward sister {{NAME|Nia Pughe}} attended.`,

  `Consent (telehealth research): participant {{NAME|Sunaina Raghupathy}}, ID {{ID|TELE-CV-00918}}, IP of consent session {{IP|2a02:c7f:8a14:1b00::4}}, {{DATE|03 Dec 2026}} 19:02.`,

  `Occupational health - police: PC {{NAME|Nathanael Okwuonu}}, collar {{ID|4417}}, spat at during arrest {{DATE|1/12}}; source {{NAME|Jordache Crabbetree}}. PEP not indicated.`,

  `Urgent fax to {{LOCATION|Mater Misericordiae University Hospital}}, fax {{FAX|+353 1 803 2119}}: referral {{NAME|Caoimhín Ni Riada}}, suspected cauda equina.`,

  `Radiology (chest x-ray): {{NAME|Gaspard Lefeuvre-Nkemdirim}}. Right lower lobe consolidation. Comparison: {{DATE|16 Sept 2025}}. Reporter Dr {{NAME|Asquith}}.`,

  `ED triage: {{NAME|Willoughby Pennock}}, {{AGE|102}}, from {{LOCATION|Beechwood Court}}, drowsy, temp 38.9, catheter in situ.`,

  `Prescription: {{NAME|Tamarit Ben-Haimovich}}, DOB {{DATE|22.7.1985}}, levothyroxine 100 mcg. Prescriber Dr {{NAME|Eliakim Katzenelson}}, licence {{LICENSE|IL-MD-33817}}.`,

  `Home visit request: {{NAME|Ernestyna}} from {{LOCATION|Kestrelmead Close}} rang, her husband {{NAME|Ivor Leadbetter}} is confused and hasn't eaten since yesterday.`,

  `GP practice SMS: Hi {{NAME|Zainabu}}, your smear result is normal. Next due in 2029. {{LOCATION|Hazelgrove Surgery}}`,

  `Community mental health: {{NAME|Deaglán Furphy}}, depot olanzapine due {{DATE|10/12}}. Care coordinator {{NAME|Marisabel Ottoway}}, tel {{PHONE|0151 882 4407}}.`,

  `Renal unit: {{NAME|Mohinder Singh Gillender}}, fistula L arm, dialysis three times a week at {{LOCATION|Walsall Satellite Unit}}. Transport crew report BP 84/50 on {{DATE|Wednesday}}.`,

  `Anaesthetic chart: {{NAME|Bronwyneth Tegid}}, difficult airway grade 4, alert card issued. Hospital no. {{MRN|W4418820}}.`,

  `Dear Dr {{NAME|Ilunga}}, please see {{NAME|Mputu Kalombo}}, 35, from {{LOCATION|Lubumbashi}}, now in {{LOCATION|Brussels}}, with haemoglobin 72 and sickle cell disease.`,

  `Complaint letter: I am writing about the care of my wife {{NAME|Henriëtte Sowerbutts}} on the stroke ward from {{DATE|the 20th}} to {{DATE|the 26th of November}}. {{NAME|Clemmow Sowerbutts}}`,

  `Cardiology clinic (Canada): {{NAME|Genoveva Lachapelle-Rossiter}}, OHIP {{HEALTH_PLAN|4471-882-019-KT}}, {{LOCATION|Sudbury}}, ON {{ZIP|P3E 5J1}}. Holter: paroxysmal AF, CHA2DS2-VASc 3.`,

  `Teledentistry triage: {{NAME|Oisíní Breathnachán}}, swelling left cheek since {{DATE|Sunday}}, trismus. Advised {{LOCATION|Macroom Dental Clinic}} today.`,

  `Pathology: frozen section, Mrs {{NAME|Sabine Hochreiter}}, sentinel node negative. Report to Mr {{NAME|Callowhill}} in theatre 2 at 11:42.`,

  `School nurse: head lice letter sent home for {{NAME|Braxley}} and {{NAME|Lyric Featherstone}}, {{LOCATION|Greenbank Primary}}, class 3B.`,

  `Pharmacy call log: {{NAME|Shirindokht Farahnaz}} asked about her son {{NAME|Dariuszek}}'s methylphenidate supply; GP Dr {{NAME|Pembridge-Oakeshott}} to issue {{DATE|Fri 12/12}}.`,

  `Triage note, {{LOCATION|Groote Schuur}} trauma: {{NAME|Thabiso Mokoenyana}}, 22, stab wound left chest, BP 80/40, to theatre. Brother {{NAME|Leratong}} waiting.`,

  `OH (airline): cabin crew {{NAME|Allegrina Fontanesi}}, staff ID {{ID|EZ-CC-30418}}, fainted on flight {{DATE|03/12}}. Hb 96, ferritin 5.`,

  `Video visit note: {{NAME|Cornelis van Rensburg}}, joined from {{LOCATION|Paarl}}, heart failure, weight up 2 kg. Furosemide doubled for 3 days.`,

  `ED chat (registrars): "anyone seen {{NAME|Ngozichukwu}}? mr {{NAME|tillotson}} in cubicle 9 needs his LP consent"`,

  `Pathology request form: {{NAME|Hyeong-woong Baekho}}, MRN {{MRN|88-40-1173}}, renal biopsy, {{LOCATION|Chonnam National University Hospital}}. Clinical: nephrotic, PLA2R positive.`,

  `Letter: Dear Ms {{NAME|Okonjoh-Prattley}}, we have received your request to transfer care of your son {{NAME|Ebubedike}} from {{LOCATION|Sheffield Children's Hospital}} to {{LOCATION|Royal Hospital for Children}}.`,

  `Radiology: MR brain, {{NAME|Perpétue Onwuachi}}, {{AGE|ninety-two}}. Small vessel disease, no acute infarct. Clinical question from Dr {{NAME|Whitmarsh}} answered.`,

  `Consent witness statement: {{NAME|Guyon Mortlake}} read the information sheet to Mrs {{NAME|Esmeraldina Quinteiro}} in Spanish. Signed {{DATE|4th Dec 2026}}.`,

  `Prison health care plan: {{NAME|Reece Moxham}}, {{LOCATION|HMP Stocken}}, hep C RNA positive, genotype 3, glecaprevir-pibrentasvir for 8 weeks starting {{DATE|08/12/2026}}.`,

  `Device clinic: ICD Medtronic Cobalt XT, serial {{DEVICE|RNJ604418S}}, patient {{NAME|Hamidullah Zarrinkamar}}. 2 appropriate shocks on {{DATE|30 Nov}}.`,

  `GP to GP transfer: {{NAME|Dymphna Grealish}}, previous practice {{LOCATION|Tubbercurry Medical Centre}}, {{LOCATION|Co. Sligo}} {{ZIP|F91 X7K2}}. Asthma, on Symbicort.`,

  `Triage: {{NAME|Ferdinando Oberkirchner}} 81M, vomiting blood x2, on rivaroxaban, HR 112, BP 98/60.`,

  `Discharge summary: {{NAME|Immacolata Nwachinemelu}}, admitted {{DATE|Nov 24}}, discharged {{DATE|Dec 2}}, pyelonephritis, follow-up at {{LOCATION|Federal Medical Centre Abeokuta}}, phone {{PHONE|+234 803 418 2207}}.`,

  `Chat between GPs: "{{NAME|Wilhelmiina}}, did you ring the {{NAME|Pargeters}}? their lad {{NAME|Rafe}} has a temp again"`,

  `Insurance form (Australia): {{NAME|Lachie Bradwardine}}, policy {{HEALTH_PLAN|HCF 70419938}}, hospital no. {{MRN|RPA3317702}}, knee arthroscopy {{DATE|2 December 2026}}.`,

  `Remote monitoring alert: {{NAME|Ottavio Scarpelli}}'s glucose sensor ({{DEVICE|3MH0041KQ7}}) reading 2.4 mmol/L at 03:11; no answer on {{PHONE|07821 440 913}}; police welfare check requested.`,

  `Letter from Rabbi {{NAME|Shmerl Yarmolinsky}} asking that Mr {{NAME|Lieberwitz}} be allowed to stay in his own room for Shabbat.`,

  `Radiology request: {{NAME|Ambrosine Tully}}, DOB {{DATE|1/9/44}}, XR right hip, fall at {{LOCATION|Asda Cribbs Causeway}}.`,

  `Occupational health (mining): {{NAME|Siphamandla Ntuthuko}}, employee {{ID|AMP-44180}}, silicosis screen, CXR ILO 1/1. Referred to {{LOCATION|Klerksdorp Tshepong Hospital}}.`,

  `Hi {{NAME|Jolyon}} - can you check the fax from {{LOCATION|Yeovil District Hospital}}? It's about Mr {{NAME|Witheridge}}, their fax is {{FAX|01935 384 118}}.`,

  `IT audit: user {{ID|u448120}} opened the record of {{NAME|Philippota Dunstable}} from workstation {{IP|10.44.18.203}} at 22:47 on {{DATE|29/11/2026}}; no care relationship.`,

  `Referral to {{LOCATION|Geisinger Medical Center}}, {{LOCATION|Danville}}: {{NAME|Delbert Huckabay}}, SSN {{SSN|431-09-7752}}, Medicare {{HEALTH_PLAN|3KT7-WQ2-HN48}}, amyloid suspected.`,

  `Outpatient letter (India): Shri {{NAME|Ramakant Bhattasali}}, UHID {{MRN|AIIMS-20264418}}, from {{LOCATION|Siliguri}}. Aadhaar {{ID|4471 8820 3319}}. COPD, GOLD 3.`,

  `Accident & emergency: {{NAME|Isoldine Fairbrass}} drove herself in; car {{VEHICLE|LN68 RVX}} left in the ambulance bay - please move.`,

  `Chat: "{{NAME|bexie}} it's {{NAME|dilys}} from 4B, mr {{NAME|pownall}}'s sats are 84 on 2L, can you come"`,

  `Telehealth summary (NZ): {{NAME|Arohanui Te Whatu}}, NHI {{MRN|ZKT4471}}, from {{LOCATION|Rāwene}}. Gout flare, colchicine. Whānau support from her aunt {{NAME|Huiarangi}}.`,

  `Billing: account {{ACCOUNT|HX-4410-22917}} for {{NAME|Montagu Trelawny}}, claim no. {{ACCOUNT|CLM884120}}, denied - prior auth missing.`,

  `Pathology: blood culture positive, Staph aureus, patient {{NAME|Nuno Gonçalves Teixidor}}, lab {{ID|MB26-771042}}. Phoned to Dr {{NAME|Raposo}} at 16:05 on {{DATE|Wednesday 3rd}}.`,

  `ED triage: {{NAME|Seraphina Wolstencroft}}, 6, scald to forearm from kettle at Nan's house in {{LOCATION|Bacup}}. Dad {{NAME|Lewin}} present.`,

  `Dear Dr {{NAME|Figueiroa}}, {{NAME|Marta}} is a 29-year-old teacher from {{LOCATION|Braga}} now living at {{LOCATION|Rua das Flores 118}}, {{LOCATION|Porto}} {{ZIP|4050-265}}. Migraine with aura; please avoid the combined pill.`,

  `Court report: {{NAME|Desiderio Aigbogun}}, DOB {{DATE|11 March 1988}}, driving licence {{LICENSE|AIGBO803118D99XY}}, seen at {{LOCATION|Bexleyheath}} custody suite; fit to be interviewed.`,

  `Occ health (school staff): Mrs {{NAME|Carlotta Odhengo}}, teacher at {{LOCATION|St Cuthman's Academy}}, chickenpox contact, VZV IgG positive. No action.`,

  `Email to renal team: "{{NAME|Angharad}}, Mr {{NAME|Vosper}}'s creatinine is up to 310 from 140, he's on ward 12, can someone see him today? - {{NAME|Sathish}}"`,

  `Radiology: CT KUB for {{NAME|Marcellus Aurelius Ubahakwe}}, 5 mm stone at the left VUJ. {{LOCATION|Scunthorpe General Hospital}}, {{DATE|04/12/26}}.`,

  `Consent for photography: {{NAME|Leokadia Wojtaszek}} agrees to images of her leg ulcer for teaching; not for {{URL|www.facebook.com/groups/woundcare}}.`,

  `NHS 111 disposition: caller {{NAME|Trystan}} for his partner {{NAME|Efa Llewelyn-Bowenhill}}, 32 weeks pregnant, headache and visual flashes - 999 ambulance, {{LOCATION|Llanidloes}}.`,

  `Dental (Australia): Dr {{NAME|Kerryn Blundstone}}, {{LOCATION|Goondiwindi Dental}}, referral for {{NAME|Jarrahdale McWhirter}}, 15, ortho assessment.`,

  `Handover: {{NAME|Antonín Dvořáček}}, bed 22, alcohol withdrawal, CIWA 18, chlordiazepoxide. Pabrinex given. Brother {{NAME|Zdeněk}} rang from {{LOCATION|Brno}}.`,

  `Letter: Re {{NAME|Beatrijs Oyekanmi-Doyley}}, {{LOCATION|Apartment 7B, 220 Palisade Avenue}}, {{LOCATION|Yonkers}}, NY {{ZIP|10703}}, phone {{PHONE|(914) 555-0187}}. Lupus nephritis class IV.`,

  `Triage line (phone): {{NAME|Kwadzo}} ringing from {{LOCATION|Ashburton Park}} about his mum, {{AGE|93}}, who has fallen.`,

  `Theatre list {{DATE|Mon 15 Dec}}: 1. {{NAME|Hollingsby, Bernardina}} - lap chole. 2. {{NAME|Quenby, Ambroise}} - hernia. 3. {{NAME|Fitzrandolph-Mbah, Toby}} - circumcision.`,

  `Fax cover: to Dr {{NAME|Venables}}, {{LOCATION|Wellingborough Community Hospital}}, fax {{FAX|01933 493 771}}; from {{LOCATION|Corby Urgent Care}}. Re: {{NAME|Sheila Plaskett}}, ECG attached.`,

  `Tele-ICU note: night intensivist Dr {{NAME|Ekaterinoslava Volynskaya}} reviewed bed 5 ({{NAME|Magnhildur Thorvaldur}}) remotely from {{LOCATION|Fargo}} hub; norad 0.3.`,

  `Research withdrawal: {{NAME|Ignaz Rooke}} withdrew from {{ID|TRIAL-HF-2231}} by e-mail from {{EMAIL|iggy.rooke@fastmail.example.com}} on {{DATE|1 Dec}}.`,

  `Patient label: {{NAME|OYELEKE, FUNMILAYO}} | DOB {{DATE|17/08/1959}} | MRN {{MRN|D7741190}} | {{LOCATION|Whipps Cross University Hospital}}`,
];

const PHI_FREE_TEXTS: string[] = [
  `Guillain-Barré syndrome, day 9. Vital capacity 1.9 L, falling from 2.6 L. IVIg 0.4 g/kg/day for 5 days. Hughes disability grade 4. Enoxaparin 40 mg daily. Aged 58.`,
  `Babinski sign upgoing on the right, Hoffmann positive. MRI cervical spine: C5/6 cord signal change. mJOA score 11. Decompression planned. Pregabalin 75 mg BD.`,
  `Wells score 6, D-dimer not needed. CTPA: bilateral segmental emboli, RV:LV 0.8. Apixaban 10 mg BD for 7 days then 5 mg BD. PESI class II. Aged 66.`,
  `Teleconsult summary: eczema flare, EASI 18, POEM 20. Mometasone 0.1% ointment to body, Protopic 0.1% to face. Dupilumab criteria not yet met. Born 1998.`,
  `Research eligibility screen: HbA1c 71 mmol/mol, eGFR 54, BMI 34. Inclusion criteria 1-6 met, exclusion 3 (SGLT2 inhibitor use since 2021). Not eligible.`,
  `Dental: Class II caries UR6 and LL7, BPE 2/2/3/3/2/2. Articaine 4% with adrenaline 1:100,000. Duraphat 5000 toothpaste. Recall in 6 months.`,
  `School nurse note: Year 7 pupil, EpiPen 300 mcg in the office, expiry checked. Peanut and sesame allergy, last reaction aged 5. Care plan reviewed with the SENCo.`,
  `Occupational health: audiometry shows a 4 kHz notch, 45 dB bilaterally. HSE category 2. Noise at work 89 dB(A). Hearing protection reinforced; annual review.`,
  `Prison health: methadone 80 mL daily, observed. Urine drug screen positive for buprenorphine only. COWS score 4. Naloxone kit on release.`,
  `ED triage line: chest pain, ECG sinus 92, no ST change, troponin 6 ng/L, HEART score 3. Aspirin 300 mg given.`,
  `CT chest: 14 mm spiculated RUL nodule, Brock score 38%, Herder score after PET 74%. Lung MDT. Aged 71, 45 pack-years.`,
  `Pathology: prostate biopsies, Gleason 3+4=7 (Grade Group 2) in 4 of 12 cores. PSA 8.9, PSA density 0.19. MRI PI-RADS 4.`,
  `Parkinson disease, Hoehn and Yahr stage 2.5. Co-careldopa 25/100 TDS, rasagiline 1 mg. MoCA 26/30. Falls: 2 in 6 months.`,
  `Kawasaki disease criteria: fever 6 days, conjunctival injection, strawberry tongue, cervical node 1.8 cm. IVIG 2 g/kg and aspirin. Echo: no aneurysm. Aged 3.`,
  `Glasgow-Blatchford score 8, Rockall 4. OGD: Forrest IIa ulcer, adrenaline and clips. Omeprazole 40 mg BD. Helicobacter CLO test positive.`,
  `Nursing note: Waterlow 18, MUST 2, Braden 13. Repose mattress. Turning every 2 hours. Fortisip BD. Weight 52.4 kg.`,
  `Behçet disease: oral ulcers 5 per month, pathergy positive. Colchicine 500 mcg BD, apremilast 30 mg BD. HLA-B51 positive.`,
  `Hashimoto thyroiditis, TPO antibodies 640. TSH 7.9, free T4 11. Levothyroxine 50 mcg. Recheck in 6 weeks. Aged 34, planning pregnancy.`,
  `Radiology: XR wrist, undisplaced scaphoid waist fracture, Herbert B2. Thumb spica cast 6 weeks. CT at 6 weeks if union uncertain.`,
  `Paget disease of bone, alkaline phosphatase 410. Zoledronic acid 5 mg IV. Vitamin D 25-OH 62 nmol/L. Bone scan: pelvis and L3.`,
  `Colleague chat: the 10 o'clock is a Stevens-Johnson rebiopsy, then the two Mohs cases, then the Breslow 1.2 wide local excision.`,
  `Obstetric: Bishop score 4, propess inserted. CTG: baseline 135, variability 10, accelerations present. Robson group 1. Group B strep negative.`,
  `Telehealth: heart failure NYHA II, weight stable at 81 kg, sacubitril-valsartan 49/51 mg BD, bisoprolol 5 mg, dapagliflozin 10 mg, eplerenone 25 mg.`,
  `Apley scratch test limited, Hawkins-Kennedy and Neer positive, Jobe test weak. Subacromial injection of triamcinolone 40 mg with lidocaine. Physio 6 sessions.`,
  `Meniere disease: low-frequency SNHL 40 dB, vertigo attacks 3 per month. Betahistine 16 mg TDS, salt restriction. Intratympanic gentamicin discussed.`,
  `Cushing syndrome screen: overnight dexamethasone suppression cortisol 212 nmol/L, 24-hour urinary free cortisol 410. ACTH 3. Adrenal CT requested.`,
  `Blood bank: group O RhD positive, antibody screen negative. 2 units crossmatched. Tranexamic acid 1 g. Hb 71 pre-transfusion, target above 80.`,
  `Whipple procedure in 2019 for ampullary adenocarcinoma. Creon 25,000 with meals. HbA1c 52. CA 19-9 18. No recurrence on CT.`,
  `Pathology: Reed-Sternberg cells, CD15 and CD30 positive, nodular sclerosis. Ann Arbor stage IIA. ABVD planned; fertility preservation offered. Aged 24.`,
  `Alvarado score 8. WCC 14.2, CRP 88. US: non-compressible appendix 9 mm. Laparoscopic appendicectomy. Cefuroxime and metronidazole.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter13', '/tmp/deid-ood-letters13.jsonl');
