/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), fortieth session, engineer author: short and long
 * clinician texts, about three quarters of them the most common real case: ordinary English clinic letters (falls,
 * rheumatology, neurology, ENT, endocrine, paediatric diabetes, memory, sleep, cardiology, renal), discharge summaries,
 * operation and progress notes, referrals (2WW lower GI, rapid-access chest pain, gastroscopy, paediatric neurology,
 * genetics), handovers, ward rounds and boards, ITU and ED boards, night entries, nursing-home rounds, district-nurse,
 * hospital-at-home, health-visitor, Plunket, midwife, physio and audiology notes, reception and telephone messages, SMS,
 * WhatsApp and portal messages, e-mails with headers and signatures, sticky notes, fit notes, court and locum letters,
 * safeguarding, coroner's and mental-health triage texts, solicitor's requests, screening results (smear, AAA, lead,
 * fracture liaison), prior authorisation, worker's compensation, WSIB, ACC45, ACAT, RFDS, EMS, VA, IHS, hospice,
 * home-health, school-nurse, occupational-health, pharmacy, refill, billing, claim, lab-critical-call and NHS 111 texts
 * and one-line notes, from England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada (Quebec, Ontario,
 * Alberta, Nova Scotia, British Columbia, Manitoba), Australia, New Zealand, India and South Africa, with names without
 * a cue word in sentences, lists and signatures, hospitals and clinics by their full names, towns, suburbs and streets
 * in running sentences, dates in every common form and record and plan numbers with prefixes. The rest are kinds of
 * text beyond letters14-36: a GEDCOM pedigree export, a Discord study-group chat, a medicine-cabinet syslog line, a
 * MIME multipart e-mail with an attachment name, an EDIFACT MEDRPT message, a scanned passport MRZ, an IATA boarding-pass
 * barcode, a Zoom chat export, a Word track-changes comment, a GraphQL API-gateway log line, a TOML test fixture, an
 * Apple Health export record, a rest-centre SITREP, an "ls -l" listing of dictation files, a pandas DataFrame print and
 * an FDF form-field dump; and texts written in the styles of regions, peoples and languages not named in the headers of
 * letters14-36: Fatick (Serer, French), Uyo (Ibibio), Okahandja (Otjiherero), Bangui (Sango, French), Mbandaka
 * (Lingala, French), Ndzuani (Shindzuani, French), Bethel (Yup'ik), Macas (Shuar, Spanish), Ixmiquilpan (Hñähñu,
 * Spanish), Liège (Walloon, French), Anadyr (Chukchi, Russian Cyrillic), Vigan (Ilocano), Legazpi (Bikol), Punakha
 * (Dzongkha, Tibetan script), Ségou (Bambara, French) and Mueda (Makonde, Portuguese). Some countries named before
 * recur (Senegal, Nigeria, Namibia, the Central African Republic, the DR Congo, the Comoros, the US, Ecuador, Mexico,
 * Belgium, Russia, the Philippines, Bhutan, Mali, Mozambique), only through a region, people or language not named
 * before.
 * Human patients only. Written by hand by engineer author on 2026-12-07 (fortieth session) without reading the engine's
 * rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never tune rules,
 * lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone in sentences, greetings, signatures, e-mail headers, SMS, chat,
 * ward, ED, ITU and theatre boards, surname first in capitals with a comma, initials, nicknames in quotes, usernames,
 * GEDCOM /surname/ slashes, EDIFACT colons, MRZ and boarding-pass chevrons and slashes, file-name underscores, TOML given
 * and family keys, DataFrame cells, Cyrillic script, lone first names and lone surnames; honorifics such as "Dr", "Mr.",
 * "Smt.", "Master", "Gogo", "Uncle", "Lola", "Aum", "Mama", "Doña", "Sister", "Father" and "Baby Boy" outside the name);
 * places of every kind (streets, flats, cottages, a barangay, villages, quartiers, an avenue, a ski field, an interstate
 * junction, schools, a college, employers, a brewery, a bus company, a law firm, a prison, a GAA club, a cathedral, a
 * presbytery, pharmacies, care homes, a hospice, a funeral parlour, a holiday village, a rest centre and hospitals and
 * clinics in French, Spanish, Portuguese and Russian); ages over 89 as digits ("(97)", ", 92,", "aged 96", "turned 101",
 * "91 ans"); dates in many forms (dd/mm/yyyy, mm/dd/yyyy, ISO, dd.mm.yyyy, dd-mm-yyyy, yyyy/mm/dd, yyyymmdd, ddmmyy in
 * file names, MRZ yymmdd, "12 MAR 1961", "Nov. 30, 2026", "Tues 1 Dec", "Mon 7th", "the 16th", weekdays alone, months
 * alone, a date range, "3 décembre 2026", "1er décembre 2026", "2 di decimbe 2026", "2 de diciembre de 2026", "3 de
 * Dezembro de 2026", "3 декабря 2026 г.", "Disiembre 3, 2026"); IDs of many shapes (South African ID, SAPS case, PhilSys,
 * Bhutanese CID, NINA, Mozambican BI, Ecuadorian cédula, INE clave, Belgian NISS, Namibian ID, passport number, PNR,
 * safeguarding, claim, booking, referral, solicitor's and employee numbers); health plans (Medicare US and AU, MBI,
 * Medicaid, Medi-Cal, a commercial member ID, RAMQ, OHIP, AHCIP, MSI, PHN, PMJAY, CGHS, Discovery, GMS, NHIA, ОМС);
 * licences (GMC, NPI, HPCSA, a Medicare provider number); NHS, CHI, H&C, NHI, UR, UHID, IHI, folder and hospital numbers
 * as MRN; phones of many countries, a bleep and an extension; faxes, e-mails, URLs, an IPv4; device serials (CPAP,
 * hearing aids, a smartwatch, an oxygen concentrator); vehicles (an ambulance plate, aircraft marks, a helicopter); a US
 * SSN and a last-four; hospital, practice and claim accounts. Every name, address and number is invented; institution
 * names may be the public names of real hospitals, employers and places, as organisations only.
 * Format and gold convention as deid-ood-letters35.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics stay
 * outside a name, facility words inside (and street words inside a street); US states, provinces, regions, counties,
 * boroughs and countries are not marked (a town, a village, a suburb, a quarter or an island small enough to be an
 * address is); years on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE, "today", "tomorrow" and "tonight" are not; numbered wards, rooms, beds, bays and cubicles are not
 * marked. An AGE span is one stated exact age over 89, only its number. Medical licences, NPIs, HPCSA and provider
 * numbers are LICENSE; national, case, claim, referral, booking and passport numbers and a PNR are ID (US SSNs are SSN);
 * hospital, chart, NHS, CHI, H&C, NHI, UR, UHID, IHI and folder numbers MRN; health-insurance numbers HEALTH_PLAN;
 * postcodes of any country ZIP; a DEVICE span is the serial only; aircraft marks and plates are VEHICLE; label words
 * stay outside their numbers; bleeps and extensions are PHONE; employers, hospitals, clinics, schools, clubs, churches,
 * funeral parlours and pharmacies are marked as places, insurers, agencies, programmes and councils are not; billing and
 * claim accounts are ACCOUNT. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts;
 * exits non-zero).
 * PHI-free texts (one- and two-line notes among them) carry eponyms and signs (neurology, endocrine, haematology,
 * cardiology, renal, orthopaedic tests, dental and maxillofacial, psychiatry), place-named infections and diseases with
 * their places, stroke-unit scales and scores, medication lists and an antiemetic ladder with brackets and braces, an
 * allergy template, anticoagulant and steroid markdown tables, cath-lab, ventilator, inhaler and insulin brand and device
 * names, welcome signs, thank-you words and pharmacy warnings in many languages and scripts, a vaccination history of
 * years alone, paediatric milestones and a seasonal greeting, which must stay.
 *   node --import tsx scripts/deid-ood-letters37.ts [--out /tmp/deid-ood-letters37.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters37.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Pemberton}},
Thank you for referring {{NAME|Sheila Rowntree}}, whom I saw in the falls clinic at {{LOCATION|York Hospital}} on {{DATE|3 December 2026}}. She is 84 and has fallen four times since {{DATE|September}}, twice at night going to the toilet. Lying and standing BP showed a 28 mmHg drop. I have stopped her doxazosin and asked the community physios at {{LOCATION|Selby War Memorial Hospital}} to see her at home in {{LOCATION|Tadcaster}}.
Kind regards,
{{NAME|Oliver Haigh}}
Consultant Geriatrician`,

  `{{NAME|Becky}} can you ring {{NAME|Trevor Ashdown}} back about his bloods? Potassium 5.9, needs repeat today. He's on {{PHONE|07711 402 983}}. Thanks {{NAME|Raj}}`,

  `Discharge summary - {{LOCATION|Royal Derby Hospital}}
Name: {{NAME|Kathleen Moss}}   NHS No: {{MRN|485 221 9034}}   DOB: {{DATE|14/03/1949}}
Admitted {{DATE|27/11/2026}} with a left lower lobe pneumonia (CURB-65 2). Treated with co-amoxiclav and clarithromycin. Discharged {{DATE|03/12/2026}} to her daughter's house at {{LOCATION|18 Kedleston Road}}, {{LOCATION|Allestree}}. GP: {{LOCATION|Park Lane Surgery}}.`,

  `Hi, just to let you know {{NAME|Padraig Flynn}} didn't turn up for his colonoscopy at {{LOCATION|Beaumont Hospital}} this morning. His wife rang at 10 to say he took the prep but then got cold feet. Can we rebook for {{DATE|14th Dec}}? {{NAME|Aoife}}, endoscopy bookings`,

  `Referral: Rapid Access Chest Pain Clinic
Patient {{NAME|Gordon McBain}}, CHI {{MRN|0811547329}}, {{LOCATION|14 Braid Crescent}}, {{LOCATION|Morningside}}, {{LOCATION|Edinburgh}} {{ZIP|EH10 6AX}}.
62-year-old joiner with exertional central chest tightness for 3 weeks, settles with rest in 5 min. Smoker 30 pack-years. ECG: sinus rhythm, no acute changes. Please see at {{LOCATION|Royal Infirmary of Edinburgh}}.
Dr {{NAME|Fiona Lennox}}, {{LOCATION|Bruntsfield Medical Practice}}`,

  `Night entry 02:40. Called to see Mr {{NAME|Doyle}} re: agitation. Pulled out cannula. Known alcohol excess, last drink {{DATE|Friday}}. CIWA 17. Chlordiazepoxide given per protocol, pabrinex prescribed. Family contact is brother {{NAME|Kieran}} {{PHONE|087 334 1902}}. FY1 {{NAME|H. Adeyemi}}, bleep {{PHONE|4417}}.`,

  `Re: {{NAME|Agnes Thornbury}} ({{AGE|97}}), {{LOCATION|Lavender Court Nursing Home}}
Seen on the weekly round {{DATE|Tues 1 Dec}}. More drowsy, eating less, new sacral redness. Not distressed. Discussed with her niece {{NAME|Pauline}}: for comfort care, remain at home, no hospital transfer. JIC meds prescribed.
Dr {{NAME|S. Gill}}`,

  `From: {{NAME|Megan Price}} <{{EMAIL|megan.price3@nhs.net}}>
To: Cardiology secretaries
Subject: ECHO request - {{NAME|Dennis Lloyd}}
Hi both, could you add him to the echo list at {{LOCATION|Morriston Hospital}}? New murmur, ejection systolic, radiating to carotids. DOB {{DATE|02/07/1951}}. Thanks`,

  `Fit note. I assessed {{NAME|Jordan Keeley}} on {{DATE|04/12/2026}} and advise that he is not fit for work because of a fractured right scaphoid. This will be the case for 6 weeks. Employer: {{LOCATION|Tesco Distribution Centre Daventry}}. Dr {{NAME|A. Ramsden}}, {{LOCATION|Danetre Medical Practice}}.`,

  `Ward 9 handover (days)
- {{NAME|Hussain}} bay 2: post-op day 1 hemicolectomy, epidural working, mobilise today
- {{NAME|Tina Marsh}}: awaiting CT abdo, NBM
- Mr {{NAME|Gallagher}}: MFFD, waiting for POC from Sefton council
- {{NAME|Wendy}} side room 4: C. diff, stool chart`,

  `Dear Mrs {{NAME|Okonkwo}},
Your blood tests at {{LOCATION|Lewisham Hospital}} on {{DATE|26 November}} show that your iron stores are low (ferritin 6). Please collect a prescription for ferrous fumarate from {{LOCATION|Boots Catford}} and book a telephone review in 3 months.
Yours sincerely,
{{NAME|Claire Dobson}}, Practice Pharmacist`,

  `MSG from reception: {{NAME|Lorna}} at {{LOCATION|Ashgrove Care Home}} asking for a visit to {{NAME|Edna Platt}}, room 12, suspected UTI. Call back on {{PHONE|01942 817 230}} ext {{PHONE|22}}.`,

  `{{NAME|Gwen}} - mum of {{NAME|Alfie Lewis}} (4) rang the health visitor line. {{NAME|Alfie}} has had a rash on his cheeks since {{DATE|Sunday}}, "slapped cheek", otherwise well. Mum is 18 weeks pregnant. Advised to see GP today and midwife aware. {{NAME|Rhian Parry}}, HV, {{LOCATION|Llandudno}}.`,

  `OPERATION NOTE
{{LOCATION|Queen Elizabeth Hospital Birmingham}}, Theatre 12, {{DATE|02.12.2026}}
Patient: {{NAME|SANDHU, Harjit}}   Hosp no {{MRN|J4418820}}
Procedure: laparoscopic cholecystectomy. Surgeon Mr {{NAME|N. Whitlock}}, assistant Dr {{NAME|Amara Eze}}. Findings: thick-walled GB, one large stone in Hartmann's pouch. Uneventful. Home same day.`,

  `I'll see Mr {{NAME|Barraclough}} on my visits after surgery. He's at {{LOCATION|7 Moorside Terrace}}, {{LOCATION|Keighley}}?`,

  `Safeguarding adults concern
Adult at risk: {{NAME|Marjorie Hilton}}, DOB {{DATE|09/10/1940}}, {{LOCATION|Flat 3, Prospect House}}, {{LOCATION|Huddersfield}} {{ZIP|HD1 5AB}}
Concern: unexplained bruising to both upper arms noted by district nurse {{NAME|Chloe Barnes}} on {{DATE|1 Dec 2026}}. Grandson {{NAME|Liam}} manages her money. Referral ref {{ID|KC-ASC-556120}}.`,

  `Telephone consultation {{DATE|07/12/2026}} 09:12
{{NAME|Robert Kinnear}} rang re: his father {{NAME|James Kinnear}} (88) who lives alone in {{LOCATION|Kirkcaldy}}. More confused over 3 days, not eating. Advised urgent home visit - booked for Dr {{NAME|Moira Baird}} this afternoon.`,

  `Hi Dr {{NAME|Cheung}}, quick one - {{NAME|Grace Ofori}} in bed 14 is asking whether she can go home for her son's birthday on {{DATE|Saturday}} and come back {{DATE|Sunday}} evening. Her INR is 2.6. Is that ok? {{NAME|Stacey}}, ward 22`,

  `Consultant letter - Paediatric Diabetes
Re: {{NAME|Ruby Atherton}}, DOB {{DATE|19.06.2015}}, NHS {{MRN|612 448 3071}}
Seen at {{LOCATION|Alder Hey Children's Hospital}} on {{DATE|30.11.2026}} with mum {{NAME|Kirsty}}. HbA1c 58 on the Omnipod 5. School ({{LOCATION|St Mary's C of E Primary, Woolton}}) staff trained. Review in 3 months.
Dr {{NAME|Ewan Fairclough}}`,

  `Coroner's referral
Deceased: {{NAME|Brian Halloran}}, aged 71, of {{LOCATION|22 Crosby Road North}}, {{LOCATION|Waterloo}}, died {{DATE|5 December 2026}} at {{LOCATION|Southport and Formby District General Hospital}} following a fall at home on {{DATE|28 November}}. Referred because death followed a fracture. Reporting doctor Dr {{NAME|Neha Kapoor}}, GMC {{LICENSE|7230918}}.`,

  `Text to {{PHONE|07892 556 014}}: Hi {{NAME|Shannon}}, this is {{LOCATION|Ravenscourt Surgery}}. Your smear test result is normal. Your next one is due in 5 years. Please don't reply to this number.`,

  `Letter to GP - Rheumatology, {{LOCATION|Leeds Chapel Allerton Hospital}}
Mr {{NAME|Stephen Ogden}} (DOB {{DATE|11/08/1967}}) attended on {{DATE|1 December}}. He has a classical presentation of gout of the right first MTP with a urate of 560. He works as a brewer at {{LOCATION|Timothy Taylor}} in {{LOCATION|Keighley}}. Start allopurinol 100 mg after this flare settles, titrate monthly.
Dr {{NAME|Priya Menon}}`,

  `Pre-op assessment, {{LOCATION|Musgrove Park Hospital}}, {{DATE|4 Dec}}
{{NAME|Valerie Crouch}}, 68, for right TKR. STOP-BANG 5 - sleep study booked. Metformin omit on morning of surgery. Lives with husband {{NAME|Clive}} in {{LOCATION|Wellington}}. Hosp no {{MRN|T3307921}}.`,

  `District nurse visit - {{NAME|Harold Binns}}, {{LOCATION|41 Cemetery Road}}, {{LOCATION|Barnsley}}. Leg ulcer L gaiter, 4 x 3 cm, sloughy. Doppler ABPI 0.9. Compression started. Next visit {{DATE|Thu 10/12}}. {{NAME|Kerry}} DN`,

  `Dr {{NAME|Nkemelu}}, can you review {{NAME|Sarah Jane Poole}} in resus 3 - 26 weeks pregnant, BP 168/112, headache. PET bloods sent. Obs reg {{NAME|Tariq}} is on his way. {{NAME|Hollie}}, ED nurse`,

  `{{LOCATION|Southmead Hospital}} - ENT clinic letter
Dear Dr {{NAME|Blackwood}},
I saw {{NAME|Ellis Carter}}, aged 7, with his father {{NAME|Marcus}} on {{DATE|25/11/2026}}. Recurrent tonsillitis, 8 episodes this year, missing school at {{LOCATION|Filton Avenue Primary}}. Listed for tonsillectomy.
Yours sincerely,
{{NAME|Rebecca Thorne}}, ENT Registrar`,

  `Message from {{NAME|Eileen Cassidy}}'s daughter: mum fell at {{LOCATION|Tesco Omagh}} yesterday and has a sore wrist, can someone look at it? Daughter {{NAME|Siobhan}}, {{PHONE|07703 228 419}}. Mum's H&C {{MRN|471 882 3390}}.`,
  `{{LOCATION|Massachusetts General Hospital}} - Progress Note
{{DATE|12/05/2026}}. {{NAME|Patricia Delgado}}, 57F, HD 3 for cellulitis of the left leg. Afebrile x 24 h, erythema receding from marked borders. Switch cefazolin to cephalexin. Husband {{NAME|Ray}} will pick her up; lives in {{LOCATION|Chelsea}}. PCP Dr. {{NAME|Adam Feldstein}} at {{LOCATION|MGH Chelsea HealthCare Center}}.`,

  `Hey {{NAME|Brittany}} - Mr. {{NAME|Jorgensen}} in 412 is asking for his daughter to be called, {{NAME|Kari}}, at {{PHONE|612-555-0187}}. He wants her there when Dr. {{NAME|Osei}} rounds. Thx, night RN`,

  `PRIOR AUTHORIZATION REQUEST
Member: {{NAME|Leroy Washington}}   DOB: {{DATE|03/17/1962}}   Member ID: {{HEALTH_PLAN|XGP884201377}}
Drug: Ozempic 1 mg weekly. Dx: type 2 diabetes, A1c 9.1 on metformin 2000 mg and glipizide. Prescriber: {{NAME|Angela Reyes}}, NP, NPI {{LICENSE|1487756320}}, {{LOCATION|Piedmont Family Medicine}}, {{LOCATION|Macon}} GA. Fax {{FAX|(478) 555-0193}}.`,

  `Dear Dr. {{NAME|Kowalczyk}},
Thank you for referring Ms. {{NAME|Tamika Johnson}} to the sleep clinic at {{LOCATION|Henry Ford Hospital}}. Her home sleep test on {{DATE|November 19, 2026}} showed an AHI of 38. She has been set up with auto-CPAP (serial {{DEVICE|23184550912}}). She drives a school bus for {{LOCATION|Dearborn Public Schools}}, so we discussed drowsy driving.
Sincerely,
{{NAME|Mohammed Haddad}}, MD`,

  `ED triage {{DATE|12/6/26}} 23:48 - {{NAME|Cody Simmons}}, 22M, brought by friends from a party on {{LOCATION|Frat Row}} near campus, GCS 13, smells of EtOH, vomited x2. VS stable. A friend says he also took "a pill". Tox screen sent. {{LOCATION|Tuscaloosa}} PD aware.`,

  `Home health visit {{DATE|12/03/2026}}. Pt {{NAME|Dolores Whitfield}}, 81, {{LOCATION|2210 Magnolia Ave}}, {{LOCATION|Mobile}}, AL {{ZIP|36606}}. CHF, weight up 2.1 kg since {{DATE|Monday}}, 2+ pitting edema. Called Dr. {{NAME|Hargrove}}'s office, furosemide increased to 40 mg BID. Daughter {{NAME|Annette}} present. Medicare {{HEALTH_PLAN|4TW8-KD2-MR57}}.`,

  `VA Outpatient Clinic - {{LOCATION|Bay Pines VA Healthcare System}}
Veteran {{NAME|Curtis L. Henley}}, last 4 {{SSN|4471}}, seen {{DATE|Dec 2, 2026}}. Army, Vietnam 1969-70, Agent Orange exposure. New diagnosis of prostate cancer, Gleason 7. Referred to urology at {{LOCATION|James A. Haley Veterans' Hospital}}.`,

  `patient portal msg from {{NAME|Jenna Kaur}} {{DATE|12/04}} 7:02am: "hi is it ok to take tylenol with my amoxicillin? my throat is still killing me. thanks" -- reply by {{NAME|Lisa B.}}, RN: Yes, acetaminophen is fine with amoxicillin.`,

  `Operative Report - {{LOCATION|Cedars-Sinai Medical Center}}
Date of surgery: {{DATE|December 1, 2026}}. Patient: {{NAME|Rosenthal, Miriam}}, MRN {{MRN|7714-02-38}}. Surgeon: {{NAME|David Park}}, MD. Procedure: right carpal tunnel release. EBL minimal. Disposition: home with her husband {{NAME|Irving}}.`,

  `School nurse note - {{LOCATION|Lincoln Middle School}}, {{LOCATION|Aurora}}. {{DATE|12/02/2026}}: {{NAME|Mateo Alvarez}}, 12, came in wheezing after gym class, used his albuterol inhaler x2 puffs with relief. Mom {{NAME|Yesenia}} notified at {{PHONE|720-555-0164}}. Asthma action plan on file.`,

  `Dear Parent, {{NAME|Aiden Brooks}}'s lead screening at {{LOCATION|Cleveland Clinic Children's}} on {{DATE|11/20/2026}} showed a blood lead level of 8 mcg/dL. The health department will contact you about your home on {{LOCATION|East 79th Street}}. Questions: {{PHONE|216-555-0121}}.`,

  `Hospice admission, {{DATE|Dec 4 2026}}
{{NAME|Eugene Barfield}}, {{AGE|92}}, metastatic lung cancer. Lives with wife {{NAME|Opal}} on a farm outside {{LOCATION|Paducah}}, KY. DNR/POLST signed. Chaplain Rev. {{NAME|Dale Hutchins}} to visit. Medicare hospice benefit; MBI {{HEALTH_PLAN|7KQ2-VT4-XN83}}.`,

  `EMS run report - Travis County Medic 14. Pt {{NAME|Sofia Marquez}}, 34F, MVC on {{LOCATION|I-35}} at {{LOCATION|Riverside Dr}}, restrained driver, airbag deployed. c/o neck pain, ambulatory at scene. Transported to {{LOCATION|Dell Seton Medical Center}}. Unit plate {{VEHICLE|TX 1PK-4472}}.`,

  `Lab critical call: K+ 6.8 on {{NAME|Bernard Olsen}}, MRN {{MRN|00448217}}, called to {{NAME|Jessica}} RN on 5W at 14:12 {{DATE|12/07/2026}}, read back verified. - MLS {{NAME|T. Huynh}}`,

  `Re: {{NAME|Carmen Ruiz-Ortega}} - worker's comp
Ms. {{NAME|Ruiz-Ortega}} injured her lower back on {{DATE|10/14/2026}} lifting boxes at {{LOCATION|Amazon Fulfillment Center PHX7}} in {{LOCATION|Phoenix}}. MRI shows L4-5 disc bulge without stenosis. She may return to light duty, no lifting > 10 lb. Claim # {{ID|WC-26-0091443}}.
{{NAME|Brian Tolliver}}, DO, {{LOCATION|Banner Occupational Health}}`,

  `Refill request from {{LOCATION|CVS Pharmacy #7732}} for {{NAME|Gloria Patterson}} (DOB {{DATE|1/30/1955}}): lisinopril 20 mg #90. Last BMP {{DATE|8/2026}} normal. OK to refill x1 year. - Dr. {{NAME|Kim}}`,

  `Pediatric well visit, {{LOCATION|Children's Mercy}} {{LOCATION|Blue Valley}} clinic. {{NAME|Harper Nguyen}}, 18 mo, here with grandma {{NAME|Lan}}. Growth 50th centile. MMR #1 given late today. Speech: 10 words. Next visit 2 years.`,

  `From: {{EMAIL|d.okafor@stanfordhealthcare.org}}
Sent: {{DATE|Fri 12/4/2026}} 5:17 PM
Subject: bed request
Hi team, can we get a tele bed for {{NAME|Wendell Grayson}} from the {{LOCATION|Stanford}} ED? New AF with RVR, rate 140s on dilt drip. Thanks, {{NAME|Dayo}}`,

  `IHS - {{LOCATION|Chinle Comprehensive Health Care Facility}}. {{DATE|12/01/2026}}. {{NAME|Loretta Begay}}, 61F, from {{LOCATION|Many Farms}}, DM2 follow-up. A1c 8.4. Foot exam: reduced monofilament sensation both feet. Daughter {{NAME|Shandiin}} drives her 40 miles each way.`,

  `Nurse line call 18:33. Mom {{NAME|Ashley Crane}} calling about {{NAME|Liam}}, 6 wk old, temp 100.6 F rectal. Advised ED now. Directed to {{LOCATION|Riley Hospital for Children}}. Callback {{PHONE|(317) 555-0199}}.`,

  `Clinic note - {{LOCATION|Grady Memorial Hospital}} HIV clinic, {{DATE|12/02/2026}}. {{NAME|Marcus Bell}}, 29M, viral load undetectable on Biktarvy. Ryan White eligible. Lives in {{LOCATION|East Point}} with partner {{NAME|Andre}}. Next visit {{DATE|March 2027}}.`,
  `Dear Dr. {{NAME|Tremblay}},
I saw {{NAME|Madeleine Gagnon}} today, {{DATE|2 December 2026}}, at the {{LOCATION|Jewish General Hospital}} memory clinic. MoCA 19/30. She still lives alone on {{LOCATION|rue Saint-Urbain}}. Her son {{NAME|Luc}} will arrange CLSC support. RAMQ {{HEALTH_PLAN|GAGM 4312 1288}}.
Dr. {{NAME|Naomi Feld}}`,

  `Hi {{NAME|Jas}}, Mr. {{NAME|Dhillon}} from {{LOCATION|Brampton}} is in bay 6, chest pain, trop pending. OHIP {{HEALTH_PLAN|5584-229-117-KT}}. His son {{NAME|Gurpreet}} wants an update. - {{NAME|Kim}}, {{LOCATION|Brampton Civic Hospital}} ED`,

  `Consultation - {{LOCATION|Foothills Medical Centre}}, {{LOCATION|Calgary}}
{{NAME|Darlene Running Rabbit}}, 45F, from {{LOCATION|Siksika}}, with a new left hemiparesis {{DATE|Dec 3}}. CT: right MCA infarct. AHCIP {{HEALTH_PLAN|41882-7730}}. Sister {{NAME|Marlene}} at bedside.`,

  `Nova Scotia Health - {{LOCATION|QEII Health Sciences Centre}}. {{DATE|2026-12-01}}. {{NAME|Angus MacNeil}}, 76, from {{LOCATION|Sydney Mines}}, COPD exacerbation, 3rd admission this year. MSI {{HEALTH_PLAN|0044 881 392}}. Wife {{NAME|Flora}}. Home O2 assessment booked.`,

  `WSIB Form 8 - Health Professional's Report
Worker: {{NAME|Kevin Oduya}}   Claim {{ID|30881245}}
Injury {{DATE|Nov 24, 2026}}: laceration right hand, box cutter, at {{LOCATION|Canadian Tire Distribution Centre}}, {{LOCATION|Bolton}}. 6 sutures. Modified duties 10 days. Dr. {{NAME|L. Chen}}, {{LOCATION|Humber River Hospital}}.`,

  `BC Cancer - {{LOCATION|Vancouver Centre}}
Re: {{NAME|Ethan Wu}}, PHN {{HEALTH_PLAN|9874 553 210}}, DOB {{DATE|1988-05-09}}. Stage I seminoma after orchidectomy at {{LOCATION|Vancouver General Hospital}} on {{DATE|Oct 30}}. Surveillance. Next CT {{DATE|March 2027}}. Dr. {{NAME|Anika Sharma}}`,

  `Manitoba - {{LOCATION|Health Sciences Centre Winnipeg}}. Infant Baby Boy {{NAME|Harper}}, born {{DATE|05/12/2026}} 03:14, 34 weeks, mother {{NAME|Tanis Harper}} from {{LOCATION|Norway House}}. Transferred by Lifeflight {{VEHICLE|C-GMBL}}. NICU.`,

  `Dear Dr {{NAME|Nguyen}},
Re: Mr {{NAME|Barry Whitcombe}}, DOB {{DATE|17/02/1958}}, {{LOCATION|31 Banksia Street}}, {{LOCATION|Heidelberg West}} VIC {{ZIP|3081}}
Thank you for seeing {{NAME|Barry}}, a 68-year-old retired tram driver with 6 months of progressive dysphagia to solids and 7 kg weight loss. Gastroscopy please at {{LOCATION|Austin Hospital}}. Medicare {{HEALTH_PLAN|2951 66024 1}}.
Regards, Dr {{NAME|Sally Papadopoulos}}, {{LOCATION|Bell Street Medical}}`,

  `G'day {{NAME|Shazza}}, {{NAME|Kev Doolan}} rang again about his scripts. He's out at {{LOCATION|Tibooburra}} till {{DATE|Thursday}}. Can we fax them to the clinic on {{FAX|08 8091 3312}}? Ta {{NAME|Jodie}}`,

  `RFDS clinic run {{DATE|03/12/26}}, {{LOCATION|Coober Pedy}}
1. {{NAME|Arthur Wilkes}}, 71 - BP 176/98, restart amlodipine
2. {{NAME|Kylie}} (and bub) - 6/52 check, all fine
3. {{NAME|Demetri Kostas}} - opal miner, eye injury, FB removed
Aircraft {{VEHICLE|VH-FVY}}. Dr {{NAME|M. Healy}}`,

  `ACAT referral - {{LOCATION|Nepean Hospital}}. {{NAME|Joyce Perrin}}, {{AGE|91}}, lives alone in {{LOCATION|Emu Plains}}, two falls in a month. Needs home care package. Next of kin: son {{NAME|Graham}}, {{PHONE|0412 557 093}}. UR {{MRN|N0458821}}.`,

  `Emergency Department discharge - {{LOCATION|Royal Perth Hospital}} {{DATE|04/12/2026}}
{{NAME|Tyson Ugle}}, 19, fractured 5th metacarpal (punch). Ulnar gutter slab. Hand clinic at {{LOCATION|Fiona Stanley Hospital}} {{DATE|11/12}}. GP {{LOCATION|Derbarl Yerrigan Health Service}}.`,

  `From: Dr {{NAME|Aroha Tipene}}
To: Dr {{NAME|Sam Whitmore}}, {{LOCATION|Whangārei Hospital}}
Kia ora {{NAME|Sam}}, referring {{NAME|Hemi Walker}} (NHI {{MRN|ZKP4471}}), 58, from {{LOCATION|Kaikohe}}. New AF, CHA2DS2-VASc 3. Starting dabigatran. Could cardiology see him at the {{LOCATION|Bay of Islands Hospital}} outreach clinic? Ngā mihi, {{NAME|Aroha}}`,

  `Plunket nurse visit - {{NAME|Mia Faleolo}}, 4 months, with mum {{NAME|Losa}} at home in {{LOCATION|Otara}}. Weight 6.8 kg. Next visit {{DATE|14 January}}. Dad {{NAME|Sione}} works nights.`,

  `ACC45 - {{NAME|Liam O'Sullivan}}, NHI {{MRN|HPL8823}}, injury {{DATE|29/11/2026}} at {{LOCATION|Remarkables ski field}}, {{LOCATION|Queenstown}}. Sprain left knee MCL. ACC claim {{ID|10048862419}}. Physio at {{LOCATION|Frankton}}. Dr {{NAME|Kate Moffat}}`,

  `Hi Dr {{NAME|Sharma}}, this is {{NAME|Ranjit}} from {{LOCATION|Apollo Pharmacy}}, {{LOCATION|Koramangala}}. Patient {{NAME|Lakshmi Narayan}} brought a prescription for metformin 5000 mg - I think you meant 500? Please call {{PHONE|+91 98450 22318}}.`,

  `Discharge Summary - {{LOCATION|Christian Medical College, Vellore}}
Name: Mr. {{NAME|S. Arumugam}}   Hospital No: {{MRN|847221H}}   Age/Sex: 54/M
Address: {{LOCATION|No. 12, Gandhi Nagar 3rd Street}}, {{LOCATION|Katpadi}} - {{ZIP|632007}}
DOA {{DATE|24-11-2026}}  DOD {{DATE|02-12-2026}}. Diagnosis: scrub typhus with ARDS, recovered. Doxycycline 7 days. Review OPD {{DATE|16-12-2026}}.`,

  `OPD slip - {{LOCATION|AIIMS New Delhi}}, Medicine OPD, {{DATE|03/12/2026}}. UHID {{MRN|105229847}}. Smt. {{NAME|Kamla Devi}}, 67 F, from {{LOCATION|Sonipat}}. Known HTN, now pedal oedema. PMJAY card {{HEALTH_PLAN|PMJAY-HR-77218390}}. Son {{NAME|Ramesh}} accompanying.`,

  `Dear Dr {{NAME|Iyer}},
Referring Master {{NAME|Aarav Kulkarni}}, 9 yrs, to {{LOCATION|KEM Hospital, Pune}} paediatric neurology. Two afebrile seizures, last on {{DATE|28th November}}. EEG shows centrotemporal spikes. Father {{NAME|Sachin}} {{PHONE|98220 41876}}.
Regards, Dr {{NAME|Meera Joshi}}, {{LOCATION|Kothrud}}`,

  `WhatsApp from ward 3B sister {{NAME|Jincy}}: sir bed 7 Mr. {{NAME|Thomas Varghese}} sugar 412, insulin given as per scale, rechecking at 10. Bystander wife {{NAME|Annamma}} asking for discharge tomorrow.`,

  `{{LOCATION|Groote Schuur Hospital}} - Medical admission {{DATE|2026/12/04}}
Mr {{NAME|Sipho Dlamini}}, 43M, folder {{MRN|GSH 4418812}}, from {{LOCATION|Khayelitsha Site C}}. New TB, GeneXpert positive, rifampicin sensitive. HIV positive, CD4 88. Start TB treatment, ART in 2 weeks. Sister {{NAME|Nomsa}} {{PHONE|072 558 3109}}.`,

  `Motivation to Discovery Health
Member: Mrs {{NAME|Annelie van der Merwe}}   Member no {{HEALTH_PLAN|488207713}}
Request for a continuous glucose monitor for type 1 diabetes with recurrent severe hypoglycaemia (3 admissions to {{LOCATION|Mediclinic Durbanville}} this year). Dr {{NAME|J. Pretorius}}, HPCSA {{LICENSE|MP0558712}}.`,

  `Hi Sister {{NAME|Thandi}}, pls check on Gogo {{NAME|Mahlangu}} at {{LOCATION|Soshanguve}} block L today. She missed her ARVs pick-up at {{LOCATION|Jubilee District Hospital}}. Her cell {{PHONE|083 442 7761}}. {{NAME|Lerato}}, CHW`,

  `Referral from {{LOCATION|Chris Hani Baragwanath Academic Hospital}} to {{LOCATION|Charlotte Maxeke Johannesburg Academic Hospital}}, {{DATE|1 Dec 2026}}: {{NAME|Thabo Mokoena}}, 31M, {{ID|9503125834089}}, gunshot wound L thigh with absent pulses. For vascular. SAPS case {{ID|CAS 112/12/2026}}.`,

  `Dear Dr {{NAME|Ó Briain}},
I reviewed {{NAME|Máire Ní Dhomhnaill}} in the diabetes clinic at {{LOCATION|University Hospital Galway}} on {{DATE|3rd December}}. She travels from {{LOCATION|Carraroe}}. HbA1c improved to 52. GMS card {{HEALTH_PLAN|2284716B}}. Retinal screening due.
Le meas, Dr {{NAME|Cathal Mulryan}}`,

  `Message for Dr {{NAME|Kearney}}: {{NAME|Tommy Brennan}} from {{LOCATION|Ballyfermot}} rang, he's run out of his Epilim and the chemist ({{LOCATION|McCabes Pharmacy}}) can't give emergency supply. Mobile {{PHONE|086 771 4209}}.`,
  `Two-week-wait referral - suspected lower GI cancer
{{NAME|Norman Pickering}}, DOB {{DATE|5 Jan 1953}}, NHS {{MRN|702 118 4463}}. FIT 212. Iron-deficiency anaemia, Hb 94. Change in bowel habit 8 weeks. Lives with wife {{NAME|Jean}} at {{LOCATION|Rose Cottage, Low Lane}}, {{LOCATION|Horsforth}}. Referred to {{LOCATION|St James's University Hospital}}. Dr {{NAME|Imran Qureshi}}.`,

  `Ward round {{DATE|Mon 7th}} - consultant Dr {{NAME|Hallworth}}. {{NAME|Pritchard}}: LFTs improving, bili 48. Continue. For USS liver {{DATE|Wednesday}}. Wife {{NAME|Cerys}} updated on the phone.`,

  `Dear {{NAME|Kyle}},
We tried to call you on {{DATE|Friday}} about your recent chlamydia test from {{LOCATION|Clinic 55}}, {{LOCATION|Dean Street}}. Please call us on {{PHONE|020 3315 5555}} quoting {{ID|CL-4428810}}.`,

  `Clinic letter: Neurology, {{LOCATION|Salford Royal}}
Dear Dr {{NAME|Ashraf}},
{{NAME|Joanne Whalley}}, 38, has typical migraine without aura, 12 headache days a month, overusing co-codamol. Plan: withdraw co-codamol, start propranolol 40 mg bd. She teaches at {{LOCATION|Eccles College}}. Review 4 months.
Dr {{NAME|Gareth Sumner}}`,

  `Hi {{NAME|Pete}}, re {{NAME|Doris Whitlam}} - the family want her transferred to {{LOCATION|St Catherine's Hospice}} rather than home. Bed may be free {{DATE|Wednesday 9 December}}. Can you sort the fast-track CHC form? {{NAME|Nicola}}`,

  `Pharmacy intervention, {{LOCATION|Royal Cornwall Hospital}} {{DATE|03/12/2026}}: Mr {{NAME|Trelawny}} prescribed clarithromycin with simvastatin 40 mg. Simvastatin held during course. Discussed with FY2 {{NAME|Josh Penrose}}.`,

  `Sticky note on the computer: "Mrs {{NAME|Atkinson}} (ward 5) - son {{NAME|Graham}} will be here at 3 to talk about the scan. Please don't forget!"`,

  `Fracture liaison letter
Dear Mrs {{NAME|Beryl Hodgson}},
After your wrist fracture on {{DATE|10 October}}, your bone scan at {{LOCATION|Harrogate District Hospital}} showed osteoporosis (T-score -3.1). Your GP at {{LOCATION|Church Avenue Surgery}} will start alendronic acid 70 mg once a week.`,

  `Dear Sir/Madam, I am writing on behalf of my client Mr {{NAME|Lee Harrop}} (DOB {{DATE|14.02.1979}}) of {{LOCATION|12 Ingleton Avenue}}, {{LOCATION|Blackpool}} {{ZIP|FY2 0QT}}, who was injured in a road traffic accident on {{DATE|3 June 2026}}. Please provide copies of his records from {{LOCATION|Blackpool Victoria Hospital}}. Our ref {{ID|HMP/LH/88312}}. {{LOCATION|Harper Moss Solicitors}}.`,

  `AAA screening: Mr {{NAME|Dennis Carver}}, 65, {{LOCATION|Lowestoft}}, aorta 3.4 cm. Recall in 12 months.`,

  `Re: {{NAME|Zainab Bibi}} DOB {{DATE|21/07/1992}}
Antenatal booking at {{LOCATION|Bradford Royal Infirmary}} {{DATE|2 Dec}}. G3P2, 10+3 weeks. Previous GDM. Urdu interpreter needed; husband {{NAME|Asif}} works at {{LOCATION|Morrisons Thornbury}}. Community midwife {{NAME|Jo Pickles}}.`,

  `Call from Father {{NAME|Michael}} at {{LOCATION|St Anne's Presbytery}}: one of his parishioners, {{NAME|Bridie Kavanagh}}, hasn't answered her door since {{DATE|Saturday}}. Lives {{LOCATION|6 Canal Street}}, {{LOCATION|Tullamore}}. Gardaí called, welfare check done - she was in {{LOCATION|Midland Regional Hospital}}.`,

  `Mental health triage - {{DATE|06/12/2026}} 21:40
Caller {{NAME|Becca}} (partner) re {{NAME|Connor Doyle}}, 27, said he has a plan to overdose. He is at their flat in {{LOCATION|Gorgie}}. Police and {{LOCATION|Royal Edinburgh Hospital}} crisis team informed. Ref {{ID|NHS24-884216}}.`,

  `Dr {{NAME|Nwosu}} - sorry to bother, {{NAME|Lily-Rose}} in cubicle 4 (3 yrs) has a purpuric rash on her legs and a temp of 39.2. Cef given. Mum {{NAME|Jade}} very anxious.`,

  `Audiology report, {{LOCATION|Torbay Hospital}}, {{DATE|01.12.2026}}
{{NAME|Frank Luscombe}}, 79: bilateral moderate sensorineural loss. Hearing aids fitted, serial L {{DEVICE|2316A0992}}, R {{DEVICE|2316A1004}}. Lives {{LOCATION|Brixham}}.`,

  `Patient {{NAME|Kieran Walsh}}, bed 3, asked to self-discharge at 23:10 against advice. Capacity assessed by Dr {{NAME|Oyelaran}}. Signed form. Brother {{NAME|Declan}} collecting him to {{LOCATION|Finglas}}.`,

  `Dear Dr {{NAME|Murtagh}},
Re {{NAME|Cillian Burke}}, 16. Seen at {{LOCATION|CHI at Crumlin}} on {{DATE|2/12/2026}} for scoliosis review, Cobb angle 34 degrees. For bracing. He plays hurling for {{LOCATION|Na Fianna}}.
Ms {{NAME|Orla Kinsella}}, Orthopaedic Surgeon`,

  `Occupational health - {{LOCATION|Network Rail}}. {{NAME|Darren Pike}}, trackside worker, medical {{DATE|03/12/2026}}. Colour vision normal. BMI 33. Fit for safety-critical work. Employee no {{ID|NR447812}}. OH nurse {{NAME|Sam Kaur}}.`,

  `Hospital at Home visit, {{DATE|Sun 6/12}}: {{NAME|Ena Fitzsimons}} ({{AGE|90}}) at {{LOCATION|28 Ravenhill Road}}, {{LOCATION|Belfast}} {{ZIP|BT6 8EB}}. IV ceftriaxone day 3, cellulitis improving. Daughter {{NAME|Colette}} staying.`,

  `Dear Ms {{NAME|Patel}}, your appointment at the {{LOCATION|Moorfields Eye Hospital}} clinic at {{LOCATION|St George's}} is on {{DATE|Tuesday 15 December 2026}} at 10:40. Please bring your glasses. Ref {{ID|MEH-9182204}}.`,

  `Handover, ITU {{DATE|7/12}} 20:00
Bed 1 {{NAME|Cowley}}: day 4 ventilated, sedation hold AM
Bed 3 {{NAME|Ruth Ainsworth}}: post-op AAA, extubated, lactate 1.2
Bed 6 {{NAME|Jimmy}}: DKA, FRIII, K 3.4 - replace`,

  `Dear Dr {{NAME|Lindqvist}},
{{NAME|Nathaniel Osei-Bonsu}} is a 52-year-old bus driver for {{LOCATION|First Bus}} in {{LOCATION|Sheffield}} with new type 2 diabetes and HbA1c 88. He is fasting for Ramadan in {{DATE|February}}, and I have advised him on doses. DVLA informed.`,

  `Midwife note: {{NAME|Chantelle}} (G1) delivered a live girl, {{NAME|Nevaeh}}, on {{DATE|05/12/2026}} at 04:52 at {{LOCATION|Liverpool Women's Hospital}}. SVD, EBL 350 ml. Partner {{NAME|Reece}} present.`,

  `Physio note - {{LOCATION|Cheltenham General Hospital}}. {{NAME|Gladys Beckford}} walked 20 m with frame + 1. Stairs not assessed. Home: bungalow, {{LOCATION|Prestbury}}. Discharge {{DATE|Tues}}.`,
  `call back Mrs {{NAME|Stanton}} re hrt {{PHONE|01482 223 908}}`,

  `Seen {{NAME|Wayne}} again today. Still drinking. {{NAME|Kelly}} (his sister) says she'll take him to Turning Point {{DATE|Monday}}.`,

  `{{NAME|Lucy Hartnell}} {{DATE|07/12}} - bloods normal, letter sent.`,

  `Pls fax results to {{LOCATION|Dunedin Hospital}} {{FAX|03 474 0214}}, attn Dr {{NAME|Fergusson}}.`,

  `Reminder: {{NAME|Ahmed Jama}}'s interpreter (Somali) booked for 14:00 {{DATE|Thursday}}, {{LOCATION|Hillingdon Hospital}} outpatients.`,

  `Patient {{NAME|Noor Al-Hassan}}, DOB {{DATE|2001-09-14}}, emailed from {{EMAIL|noor.alhassan01@gmail.com}} asking for her vaccination history.`,

  `ED board {{LOCATION|Toowoomba Hospital}} 16:00
C1 {{NAME|Hendricks}} 64M chest pain, trop x2 neg
C2 {{NAME|Brooke Tanner}} 17F OD paracetamol 4h level 210
C5 Uncle {{NAME|Reg Cobbo}} 70M SOB, COPD
FT3 {{NAME|Dylan}} 9M arm #`,

  `Hi {{NAME|Nomvula}}, the ultrasound for {{NAME|Precious Khumalo}} at {{LOCATION|Edendale Hospital}} is booked {{DATE|10/12}}. She stays in {{LOCATION|Imbali}} unit 14. Tell her to drink water before. {{NAME|Sbu}}`,

  `Dear Dr. {{NAME|Abernathy}},
Your patient {{NAME|Harold "Hal" Grissom}} was seen at {{LOCATION|Mayo Clinic}} in {{LOCATION|Rochester}} on {{DATE|Nov. 30, 2026}}. Nerve conduction studies confirm a length-dependent axonal polyneuropathy. We found no reversible cause. He will follow up with you in {{LOCATION|La Crosse}}.
{{NAME|Ingrid Solberg}}, MD, Neurology`,

  `Medication reconciliation - {{NAME|Ruth Abernethy-Kerr}}, {{DATE|07 Dec 2026}}. Own supply from {{LOCATION|Lloyds Pharmacy Prestwick}}. Husband {{NAME|Alistair}} gave list. CHI {{MRN|2607439188}}.`,

  `Your 2pm Ms {{NAME|Addo}} has cancelled, she's stuck in {{LOCATION|Croydon}} traffic. Rebooked {{DATE|16th}}.`,

  `Letter to patient: Dear Mr {{NAME|Baptiste}}, your chest X-ray at {{LOCATION|Whittington Hospital}} on {{DATE|30 Nov}} was clear. Your cough should settle. Best wishes, Dr {{NAME|Hannah Foy}}`,

  `Dear Dr {{NAME|Chatterjee}},
We admitted Mrs {{NAME|Bharati Sen}}, 72, to {{LOCATION|Tata Medical Center}}, {{LOCATION|New Town}}, {{LOCATION|Kolkata}} on {{DATE|29.11.2026}} with febrile neutropenia after her 3rd cycle. She recovered and was discharged on {{DATE|04.12.2026}}. Her daughter {{NAME|Ritu}} can be reached at {{PHONE|+91 98310 44127}}.`,

  `Doc, {{NAME|Jaxon}} (10) from {{LOCATION|Ruatoria}} is booked on the bus to {{LOCATION|Gisborne Hospital}} {{DATE|Wed}} for his grommets. Nan {{NAME|Mere}} will go with him. {{NAME|Huia}}, {{LOCATION|Ngati Porou Oranga}}`,

  `Triage - {{LOCATION|Cairns Hospital}}. {{NAME|Joseph Nona}}, 41M, from {{LOCATION|Thursday Island}}, flown in with fever and rigors. Melioidosis query. Wife {{NAME|Nancy}}. UR {{MRN|C551902}}.`,

  `From the desk of Dr {{NAME|Ruth Abrahams}}, {{LOCATION|Sea Point Medical Centre}}: Mr {{NAME|Jacobus Steyn}} is unfit to attend court on {{DATE|8 December 2026}} because of an acute exacerbation of heart failure. Tel {{PHONE|021 434 9901}}.`,

  `NHS 111 summary, {{DATE|06/12/2026}} 03:15: {{NAME|Elliot Raine}}, 24, stung by a wasp at {{LOCATION|Center Parcs Longleat}}, lip swelling, no SOB. Advised antihistamine; attend {{LOCATION|Royal United Hospital Bath}} if breathing difficulty.`,

  `Dr {{NAME|Mbeki}} -- please sign the death certificate for Mrs {{NAME|Florence Ndaba}} ({{AGE|94}}), died {{DATE|06/12/2026}} 05:30 at {{LOCATION|Kwa-Zulu Frail Care}}, {{LOCATION|Pietermaritzburg}}. Family ({{NAME|Bongani}}) arranging {{LOCATION|Avbob}} funeral parlour.`,

  `Cardiology outpatient, {{LOCATION|Ottawa Heart Institute}}. {{DATE|Dec 1 2026}}. {{NAME|Raymond Lafleur}}, 59, post-CABG 3 months, walking 5 km a day. LVEF 45%. Drives for {{LOCATION|OC Transpo}}. OHIP {{HEALTH_PLAN|7730-118-402}}.`,

  `Mr. {{NAME|Lopez}}'s biopsy came back benign. Let him know? He prefers text {{PHONE|305-555-0134}}.`,

  `Good morning, {{NAME|Cathy Greenwood}} ({{LOCATION|Burnley General}} ward 2) wants to speak to you about her mum's DNACPR. She'll be in from 11.`,

  `{{LOCATION|Delhi}} - {{LOCATION|Sir Ganga Ram Hospital}}. Pt {{NAME|Mohd. Irfan}}, 35M, dengue NS1+, platelets 38k {{DATE|5 Dec}}. Stays {{LOCATION|Karol Bagh}}. CGHS CGHS {{HEALTH_PLAN|4472108}}. Brother {{NAME|Rizwan}} attendant.`,

  `Sr. {{NAME|Mary Kelleher}} -- thank you for the card. {{NAME|Bernadette}}'s funeral will be at {{LOCATION|St Mel's Cathedral}}, {{LOCATION|Longford}}, on {{DATE|Thursday}} at 11.`,
  `Billing query - {{LOCATION|Sutter Medical Center, Sacramento}}
Patient {{NAME|Raymond Ochoa}}, account HAR {{ACCOUNT|60044821977}}, DOS {{DATE|11/21/2026}}. Secondary insurance Medi-Cal {{HEALTH_PLAN|91822047A}}. Guarantor: wife {{NAME|Linda Ochoa}}, SSN {{SSN|561-44-0938}}. Please rebill.`,

  `Dear Mrs {{NAME|Whitcombe}}, you can see your results and book online at {{URL|https://patient.eastfieldsurgery.co.uk/login?id=88213}}. If you cannot get online, ring {{LOCATION|Eastfield Surgery}} on {{PHONE|01733 562 440}}.`,

  `Birthday visit note: {{NAME|Winifred Allsop}} turned {{AGE|101}} on {{DATE|4 December}}! Card from the King arrived at {{LOCATION|Meadowbank Residential Home}}, {{LOCATION|Matlock}}. BP 128/70, chest clear, in good spirits. Great-granddaughter {{NAME|Poppy}} visited.`,

  `Locum booking confirmed: Dr {{NAME|Chinonso Eze}}, GMC {{LICENSE|7481220}}, at {{LOCATION|Kingsway Health Centre}}, {{LOCATION|Wallasey}}, {{DATE|14-18 December}}. Invoice to practice account {{ACCOUNT|KHC-00417}}. Mobile {{PHONE|07812 004 553}}.`,

  `Pt {{NAME|Cornelius Vandermeer}}, aged {{AGE|96}}, of {{LOCATION|Grand Rapids}}, MI, admitted {{DATE|12/5/2026}} to {{LOCATION|Corewell Health Butterworth Hospital}} with hip fracture. Living will on file. Son {{NAME|Pieter}} is POA.`,

  `Telehealth link for {{NAME|Shauna Kirwan}}'s review: {{URL|https://attendanywhere.hse.ie/ucd/waiting-area/derm}} on {{DATE|Wed 16 Dec}} at 9:30. IHI {{MRN|7042 1185 903}}. If the link fails, Dr {{NAME|Ng}}'s secretary is on {{PHONE|01 221 4890}}.`,

  `Medicare claim rejected: {{NAME|Jessie Tuckwell}}, Medicare {{HEALTH_PLAN|4418 22907 3}}, provider {{LICENSE|2447813K}}, item 721 on {{DATE|24/11/2026}}, claim {{ACCOUNT|VQ8X2P}}. Resubmit with referral from {{LOCATION|Mudgee Health Service}}.`,

  `Ward 4 whiteboard (ortho) {{DATE|Mon 7/12}}: {{NAME|Ivy Rudd}} ({{AGE|95}}) NOF day 2, {{NAME|B. Nightingale}} ({{AGE|90}}) wrist ORIF today, {{NAME|Sutcliffe}} 72 pending rehab at {{LOCATION|Airedale}}.`,

  `0 HEAD
1 SOUR PedigreeDraw
1 NOTE Genetics clinic, {{LOCATION|Birmingham Women's Hospital}}, family of proband
0 @I1@ INDI
1 NAME {{NAME|Lorraine /Bickerstaff/}}
1 SEX F
1 BIRT
2 DATE {{DATE|12 MAR 1961}}
1 NOTE proband, BRCA2 c.5946delT
0 @I2@ INDI
1 NAME {{NAME|Eileen /Bickerstaff/}}
1 DEAT
2 DATE {{DATE|4 JUN 1998}}
2 PLAC {{LOCATION|Walsall}}
1 NOTE ovarian cancer at 58
0 TRLR`,

  `[#study-group] {{NAME|gracie_obi}} — Today at 22:14
anyone else see the guy in bay 4 at {{LOCATION|Leicester Royal Infirmary}} today?? {{NAME|Terence Hobday}}, the one with the massive spleen. CML apparently
[#study-group] {{NAME|M. Kaur}} — Today at 22:16
pls don't post names on here lol`,

  `{{DATE|Dec  4}} 14:02:17 {{IP|10.41.7.22}} omnicell-cab3[2211]: DISPENSE user={{NAME|jmcallister}} patient="{{NAME|DUNNE, PATRICIA}}" mrn={{MRN|M0088214}} item="OXYCODONE 5MG TAB" qty=1 witness={{NAME|rfenwick}}`,

  `MIME-Version: 1.0
From: {{EMAIL|radiology.typing@uhb.nhs.uk}}
Date: {{DATE|Thu, 3 Dec 2026}} 10:44:02 +0000
Content-Type: multipart/mixed; boundary="b1_8821"

--b1_8821
Content-Type: application/pdf; name="CT_report_{{NAME|HOLLOWAY_Kenneth}}_{{DATE|20261202}}.pdf"
Content-Disposition: attachment; filename="CT_report_{{NAME|HOLLOWAY_Kenneth}}_{{DATE|20261202}}.pdf"`,

  `UNH+00027+MEDRPT:D:97A:UN'
BGM+LAB+{{ID|RPT448210}}'
DTM+137:{{DATE|20261203}}:102'
NAD+PAT+++{{NAME|VERHOEVEN:MARIEKE}}+{{LOCATION|KERKSTRAAT 41}}+{{LOCATION|ZWOLLE}}++{{ZIP|8011 KM}}'
NAD+DOC+++{{NAME|DE GROOT:PIETER}}'
RFF+PAT:{{MRN|ISA-5530918}}'
UNT+7+00027'`,

  `MEDIF / repatriation. Passport MRZ as scanned:
P<GBR{{NAME|FAIRWEATHER<<GORDON<ALAN}}<<<<<<<<<<<<<<<<<<
{{ID|543882190}}7GBR{{DATE|521017}}4M3104228<<<<<<<<<<<<<<02
Patient for stretcher repatriation from {{LOCATION|Hospital Universitario de Gran Canaria Doctor Negrín}} to {{LOCATION|Glasgow Royal Infirmary}} with a nurse escort.`,

  `Boarding pass barcode (medical escort, read off the phone screen):
M1{{NAME|OKAFOR/CHIDINMA}} MRS    E{{ID|KXR4TZ}} LOSLHRBA 0074 {{DATE|338}}Y022C0041 147>
Escorting patient {{NAME|Okafor, Emeka}} on stretcher, oxygen 2 L. Doctor's letter from {{LOCATION|Lagos University Teaching Hospital}}.`,

  `Zoom chat export, MDT {{DATE|2026-12-03}}
14:02:11 From Dr {{NAME|Femi Adebayo}} to Everyone: next is Mrs {{NAME|Cartwright}} from {{LOCATION|Wigan}}, the 4 cm RUL mass
14:02:40 From {{NAME|Helen}} (CNS) to Everyone: she's asked for her son {{NAME|Wayne}} to be at results
14:03:05 From Rad - {{NAME|Tom Hurst}} to Everyone: PET shows N2, sharing screen now`,

  `[Comment {{NAME|KB}}1]: {{NAME|Kate}} - can we remove the bit about his brother {{NAME|Vince}} being in {{LOCATION|HMP Durham}}? Not relevant and he didn't want it in.
Dear Dr {{NAME|Lowther}}, I saw Mr {{NAME|Colin Dryden}} today regarding his alcohol-related liver disease...`,

  `{{DATE|2026-12-04}}T09:31:22Z api-gw POST /graphql {"query":"query { patient(nhsNumber: \\"{{MRN|943 476 5919}}\\") { name dob } }","user":"{{EMAIL|s.ibrahim@nhs.net}}","response":{"name":"{{NAME|Abigail Thistlewood}}","dob":"{{DATE|1986-04-30}}"} }`,

  `# test-env.toml  (DO NOT COMMIT REAL DATA)
[seed.patient]
given = "{{NAME|Rosalind}}"
family = "{{NAME|Pettigrew}}"
dob = "{{DATE|1944-11-02}}"
address = "{{LOCATION|9 Alma Terrace}}, {{LOCATION|Ripon}}"
nhs = "{{MRN|401 223 8817}}"`,

  `<Record type="HKQuantityTypeIdentifierHeartRate" sourceName="{{NAME|Callum}}'s Apple Watch" device="Watch, serial {{DEVICE|FH7KQ2XJ0D}}" unit="count/min" creationDate="{{DATE|2026-12-02}} 03:14:51 +0000" value="41"/>
GP note: {{NAME|Callum Reid}} sent his watch export showing HR in the 40s overnight.`,

  `SITREP 06 - {{LOCATION|Carlisle Sands Centre}} rest centre, {{DATE|06/12/2026}} 18:00
Evacuees 212. Medical: Mr {{NAME|Alan Routledge}} (insulin, needs fridge), {{NAME|Dora Kirkup}} ({{AGE|93}}, home O2 - concentrator serial {{DEVICE|EV-3381245}} left at {{LOCATION|Warwick Road}}). Paramedic {{NAME|Lee Armstrong}} on site.`,

  `$ ls -l /dictation/{{DATE|2026-12}}/
-rw-r--r-- 1 {{NAME|bmcandrew}} sec  81230 {{DATE|Dec  3}} 09:12 {{DATE|031226}}_{{NAME|McAleer_Brian}}_clinic.dss
-rw-r--r-- 1 {{NAME|bmcandrew}} sec  40417 {{DATE|Dec  3}} 09:20 {{DATE|031226}}_{{NAME|Quigley_Rose}}_clinic.dss
-rw-r--r-- 1 {{NAME|bmcandrew}} sec 122004 {{DATE|Dec  4}} 16:47 {{DATE|041226}}_{{NAME|Ferris_Gavin}}_discharge.dss`,

  `>>> df.head(3)
   nhs_no        name              dob         postcode  hba1c
0  {{MRN|4857730021}}  {{NAME|Sunita Mistry}}    {{DATE|1971-02-19}}  {{ZIP|LE4 6RB}}     71
1  {{MRN|4857731109}}  {{NAME|Derek Rowbotham}}  {{DATE|1958-08-03}}  {{ZIP|LE5 1PF}}     64
2  {{MRN|4857733317}}  {{NAME|Joy Asante}}       {{DATE|1990-12-25}}  {{ZIP|LE2 0QS}}     49`,

  `%FDF-1.2
1 0 obj << /FDF << /Fields [
<< /T (PatientName) /V ({{NAME|Hughes, Eirlys}}) >>
<< /T (DOB) /V ({{DATE|08/05/1950}}) >>
<< /T (Address) /V ({{LOCATION|Tŷ Gwyn, Heol y Llan}}, {{LOCATION|Llanrug}}) >>
<< /T (Clinician) /V (Dr {{NAME|Dafydd Rowlands}}) >> ] >> >>
endobj`,
  `{{LOCATION|Poste de santé de Diakhao}}, région de Fatick. Le {{DATE|3 décembre 2026}}. Na fio. Patiente {{NAME|Ngoné Faye}}, 24 ans, G2P1, 32 SA, céphalées et TA 160/105. Évacuée vers l'{{LOCATION|Hôpital régional de Fatick}} par l'ambulance {{VEHICLE|FK-2214-A}}. Mari {{NAME|Latyr Diouf}}, tél. {{PHONE|77 552 31 08}}. ICP {{NAME|Mame Coumba Sarr}}.`,

  `{{LOCATION|University of Uyo Teaching Hospital}}, Paediatrics. {{DATE|02/12/2026}}. Master {{NAME|Aniekan Udoh}}, 6yrs, from {{LOCATION|Ikot Ekpene}}, severe malaria with Hb 4.2. Transfused. Mother Mrs {{NAME|Emem Udoh}} (speaks Ibibio; "Sosongo" to the nurses). NHIA {{HEALTH_PLAN|AKS/0458/22718}}. Dr {{NAME|Idongesit Bassey}}.`,

  `{{LOCATION|Okahandja State Hospital}} - outpatient card, {{DATE|04.12.2026}}. Wa penduka. {{NAME|Kaitjirokuye Tjiposa}}, 58F, from the village {{LOCATION|Ovitoto}}, hypertensive, BP 182/104. ID {{ID|66031500447}}. Grandson {{NAME|Uaurika}} translates Otjiherero.`,

  `{{LOCATION|Hôpital de l'Amitié Sino-Centrafricaine}}, {{LOCATION|Bangui}}. Le {{DATE|1er décembre 2026}}. Bara ala. Enfant {{NAME|Grâce-Divine Ngaïkoumon}}, 3 ans, du quartier {{LOCATION|Boy-Rabe}}, paludisme grave, convulsions. Papa {{NAME|Fiacre}} parle sango. Tél. {{PHONE|+236 72 41 88 03}}.`,

  `Mbote! Rapport de garde, {{LOCATION|Hôpital Général de Référence de Mbandaka}}, le {{DATE|2 décembre 2026}}. Mama {{NAME|Bolumbu}} ({{NAME|Bolumbu Ekofo}}), 40 ans, {{LOCATION|avenue Ikelemba}}, choléra suspect, plan C. Infirmier {{NAME|Papy Bonkoko}}. Matondo.`,

  `{{LOCATION|Centre hospitalier régional de Hombo}}, {{LOCATION|Mutsamudu}} (Ndzuani). {{DATE|03/12/2026}}. {{NAME|Zaharia Abdallah}}, 33 ans, de {{LOCATION|Ouani}}, hémorragie du post-partum, transfusée. Mari {{NAME|Said Ahmed Madi}}. Marahaba. Dr {{NAME|Nourdine Soilihi}}.`,

  `Waqaa. {{LOCATION|Yukon-Kuskokwim Delta Regional Hospital}}, {{LOCATION|Bethel}}, AK. {{DATE|12/03/2026}}. {{NAME|Elsie Active}}, 67F, flown from {{LOCATION|Toksook Bay}} with pneumonia. Speaks Yup'ik; interpreter {{NAME|Nick Andrew Jr.}}. Medicaid {{HEALTH_PLAN|AK884201937}}. Quyana.`,

  `{{LOCATION|Hospital General Macas}}, Morona Santiago, {{DATE|2 de diciembre de 2026}}. ¿Pujamek? Paciente {{NAME|Tsamaraint Juank}}, 29 años, comunidad shuar {{LOCATION|Sevilla Don Bosco}}, mordedura de serpiente (Bothrops) en pie derecho. Cédula {{ID|1402338817}}. Esposo {{NAME|Nunkui Tsamaraint}}.`,

  `Ki hats'i. {{LOCATION|Centro de Salud de Ixmiquilpan}}, Hidalgo, {{DATE|04/12/2026}}. Paciente Doña {{NAME|Eufrosina Cruz Ramírez}}, hñähñu, de {{LOCATION|El Alberto}}. DM2, glucosa 312. INE {{ID|CRRMEF58031413M200}}. Hijo {{NAME|Anselmo}}.`,

  `Bondjoû! Note de liaison, {{LOCATION|CHR de la Citadelle}}, {{LOCATION|Liège}}, li {{DATE|2 di decimbe 2026}}. {{NAME|Marcel Dethier}}, {{AGE|91}} ans, d'{{LOCATION|Outremeuse}}, {{LOCATION|rue Puits-en-Sock}}, chute, fracture du col. NISS {{ID|35.04.12-223.61}}. Sa fille {{NAME|Josée}} {{PHONE|0478 22 41 90}}. A r'vey.`,

  `{{LOCATION|Чукотская окружная больница}}, г. {{LOCATION|Анадырь}}. {{DATE|3 декабря 2026 г.}} Етти. Пациент {{NAME|Рультынэут Виктор}}, 52 г., оленевод из {{LOCATION|с. Канчалан}}, обморожение стоп II ст. Полис ОМС {{HEALTH_PLAN|8751 2204 1187 3390}}. Доставлен вертолётом {{VEHICLE|RA-22841}}.`,

  `Naimbag nga aldaw! {{LOCATION|Gabriela Silang General Hospital}}, {{LOCATION|Vigan City}}. {{DATE|Disiembre 3, 2026}}. Lola {{NAME|Crisanta Rabago}}, 88, from {{LOCATION|Barangay Pantay Daya}}, CAP-MR. Apo {{NAME|Jerome}} {{PHONE|0917 552 4418}}. PhilSys {{ID|4418-2209-7731-0042}}. Agyamanak.`,

  `{{LOCATION|Bicol Regional Training and Teaching Hospital}}, {{LOCATION|Legazpi City}}. {{DATE|12/02/2026}}. Marhay na aga. {{NAME|Rogelio Bonaobra}}, 45M, tricycle driver from {{LOCATION|Daraga}}, leptospirosis after flooding. Wife {{NAME|Marites}}. Dios mabalos po.`,

  `ཀུ་ཟུ་ཟང་པོ་ལགས། {{LOCATION|Punakha District Hospital}}, {{DATE|04/12/2026}}. Aum {{NAME|Pem Zangmo}}, 71F, from {{LOCATION|Toebesa}}, COPD from wood fire. CID {{ID|11508001427}}. Son {{NAME|Sangay Dorji}} {{PHONE|17 64 22 81}}. Kadrinchey la.`,

  `I ni ce. {{LOCATION|Hôpital Nianankoro Fomba}}, {{LOCATION|Ségou}}, le {{DATE|5 décembre 2026}}. {{NAME|Awa Coulibaly}}, 19 ans, de {{LOCATION|Pelengana}}, anémie sévère, grossesse 28 SA. NINA {{ID|20061004588201F}}. Mari {{NAME|Bakary Traoré}}, pêcheur.`,

  `{{LOCATION|Hospital Distrital de Mueda}}, Cabo Delgado. {{DATE|3 de Dezembro de 2026}}. {{NAME|Atanásio Namashulua}}, 36 anos, deslocado de {{LOCATION|Muidumbe}}, ferida por arma branca. Fala makonde. Irmã {{NAME|Rosalina}}. BI {{ID|110400882391B}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Regular medications (template): Bisoprolol 2.5 mg OD [held if HR < 55]; Ramipril 5 mg OD (AKI sick-day rules); Atorvastatin 80 mg ON; Apixaban 5 mg BD {dose-reduce if 2 of: age 80+, weight 60 kg or less, creatinine 133 or more}; Dapagliflozin 10 mg OD; Furosemide 40 mg OM (extra 40 mg if weight up 2 kg); Adcal-D3 one tab BD.`,
  `Neurology eponyms for the teaching session: Parkinson, Huntington, Guillain-Barré, Miller Fisher, Bell palsy, Ramsay Hunt, Horner, Brown-Séquard, Wernicke, Charcot-Marie-Tooth, Lambert-Eaton, Creutzfeldt-Jakob, Todd paresis, Uhthoff phenomenon, Lhermitte sign, Babinski, Hoffmann, Romberg, Kernig, Brudzinski, Jendrassik manoeuvre.`,
  `Infections named after places: Lyme disease (Old Lyme, Connecticut), Rocky Mountain spotted fever, West Nile virus, Zika, Chikungunya, Hendra, Nipah, Hantaan, Sin Nombre, Machupo, Junin, Rift Valley fever, Japanese encephalitis, Kyasanur Forest disease, Ljungan, Mayaro, Semliki Forest, Q fever (Queensland), Legionnaires' (Philadelphia).`,
  `Two lines.
Clinic running 40 min late. Tea and coffee in the League of Friends cafe.`,
  `Scales and scores checklist for the stroke unit: NIHSS, modified Rankin 0-6, Barthel 0-100, ROSIER, FAST, BE-FAST, GCS (E4 V5 M6), MUST, Waterlow, Braden, 4AT, Abbreviated Mental Test, Oxford Cognitive Screen, Berg Balance, Timed Up and Go, Functional Ambulation Category.`,
  `| Drug | Brand (UK) | Brand (US) | Class |
| apixaban | Eliquis | Eliquis | DOAC |
| rivaroxaban | Xarelto | Xarelto | DOAC |
| edoxaban | Lixiana | Savaysa | DOAC |
| dabigatran | Pradaxa | Pradaxa | DTI |
| warfarin | Marevan | Coumadin, Jantoven | VKA |`,
  `Welcome signs at the main entrance (one per language): Welcome, Croeso, Fáilte, Haere mai, Welkom, Sawubona, Namaste, Sat Sri Akal, Assalamu alaikum, Shalom, Bienvenue, Bienvenidos, Willkommen, Benvenuti, Witamy, Vítejte, Hoş geldiniz, Karibu, Akwaaba, E kaabo, Nnọọ, Barka da zuwa, Mabuhay, Selamat datang, Huan ying, Irasshaimase, Hwan-yeong-hamnida.`,
  `Device list, cath lab stock: Medtronic Resolute Onyx, Boston Scientific Synergy XD, Abbott Xience Sierra, Terumo Radifocus, Impella CP, Angio-Seal VIP, TR Band, Volcano IVUS, OCT Dragonfly, Rotablator, Shockwave C2, Guideliner V3.`,
  `Years of the vaccination programme (history slide): smallpox vaccine 1796; diphtheria toxoid 1940; polio (Salk) 1955 and (Sabin) 1962; measles 1968; MMR 1988; Hib 1992; MenC 1999; PCV 2006; HPV 2008; rotavirus 2013; MenB 2015; shingles 2013; COVID-19 2020.`,
  `Ok.`,
  `Endocrine eponyms: Cushing disease, Cushing syndrome, Addison disease, Conn syndrome, Graves disease, Hashimoto thyroiditis, de Quervain thyroiditis, Riedel thyroiditis, Sheehan syndrome, Nelson syndrome, Kallmann syndrome, Klinefelter, Turner, Wolfram (DIDMOAD), Sipple (MEN2A), Wermer (MEN1), Chvostek and Trousseau signs, Pemberton sign.`,
  `Antiemetic ladder (palliative care): 1st line haloperidol 0.5-1.5 mg (chemical causes); metoclopramide 10 mg TDS (gastric stasis) [avoid in complete obstruction]; cyclizine 50 mg TDS (raised ICP, vestibular); levomepromazine 2.5-6.25 mg (broad spectrum); ondansetron 4-8 mg BD (chemo) {constipating}; dexamethasone 4-8 mg mane.`,
  `Paediatric milestones (no patient): social smile 6 weeks; head control 3-4 months; sits unsupported 6-8 months; crawls 9 months; pincer grip 10 months; walks 12-15 months; 2-word phrases 2 years; tricycle 3 years; hops 4 years.`,
  `Thank-you card on the ward wall, translated: Diolch, Go raibh maith agat, Tapadh leibh, Ngā mihi, Dankie, Ngiyabonga, Enkosi, Dhanyavaad, Shukriya, Nandri, Dhonnobad, Xièxie, Arigatō, Gracias, Obrigado, Merci, Danke, Grazie, Dziękuję, Spasibo, Teşekkürler, Efcharistó, Asante, Medaase, Na gode, Salamat, Terima kasih.`,
  `Haematology eponyms crib: Philadelphia chromosome, Auer rods, Pelger-Huët, Döhle bodies, Heinz bodies, Pappenheimer bodies, Cabot rings, Bence Jones protein, Coombs test, Kleihauer, Schilling test, Evans syndrome, Fanconi anaemia, Diamond-Blackfan, Glanzmann, Bernard-Soulier, May-Hegglin, Chediak-Higashi, Richter transformation, Burkitt lymphoma.`,
  `Ventilator settings sheet (blank template): Mode SIMV-PC / PSV; FiO2 ___; PEEP ___ cmH2O; Pinsp ___; Rate ___; Ti ___ s; Vt target 6 ml/kg PBW; Trigger ___ L/min. Devices: Hamilton C6, Dräger Evita V800, Servo-u, Puritan Bennett 980, Philips Trilogy Evo.`,
  `Inhaler colours for the asthma review: Ventolin (blue), Clenil Modulite (brown), Qvar (brown), Seretide Evohaler (purple), Symbicort Turbohaler (red and white), Fostair NEXThaler, Relvar Ellipta (pale blue and yellow), Trelegy Ellipta, Spiriva Respimat, Anoro Ellipta, Easyhaler Salbutamol.`,
  `One line: Fire alarm test every Tuesday at 10:00.`,
  `Cardiology signs and eponyms: Kussmaul sign, Beck triad, Quincke sign, de Musset sign, Corrigan pulse, Traube sign, Duroziez sign, Austin Flint murmur, Graham Steell murmur, Carey Coombs murmur, Osler nodes, Janeway lesions, Roth spots, Libman-Sacks, Brugada, Wolff-Parkinson-White, Lown-Ganong-Levine, Takotsubo, Dressler syndrome, Eisenmenger.`,
  `Diseases with places in their names, for the infection-control poster: Middle East respiratory syndrome, Spanish flu (1918), Hong Kong flu (1968), Asian flu (1957), Rocky Mountain spotted fever, Colorado tick fever, St. Louis encephalitis, Murray Valley encephalitis, Barmah Forest virus, Kyasanur Forest disease, Bornholm disease, Madura foot, Delhi belly, Aleppo boil, Oriental sore, Baghdad boil.`,
  `Warning signs in the pharmacy (multilingual): Keep out of reach of children / Cadw allan o gyrraedd plant / Ne pas laisser à la portée des enfants / Manténgase fuera del alcance de los niños / Außerhalb der Reichweite von Kindern aufbewahren / Tenere fuori dalla portata dei bambini / Chroń przed dziećmi / 请放在儿童接触不到的地方 / बच्चों की पहुंच से दूर रखें.`,
  `Steroid conversion table (equivalent anti-inflammatory doses):
| Steroid | Dose | Brand |
| hydrocortisone | 20 mg | Solu-Cortef, Plenadren |
| prednisolone | 5 mg | Deltacortril |
| methylprednisolone | 4 mg | Medrone, Solu-Medrol |
| dexamethasone | 0.75 mg | Decadron, Neofordex |`,
  `Orthopaedic tests crib: Lachman, anterior drawer, McMurray, Apley grind, Thessaly, pivot shift, Thomas test, FABER (Patrick), Ober, Trendelenburg, Hawkins-Kennedy, Neer, Jobe (empty can), Speed, Yergason, O'Brien, Spurling, Adson, Allen, Finkelstein, Phalen, Tinel, Froment, Wartenberg.`,
  `Two lines: Christmas rota is on the staff room door. Swaps through the rota coordinator only please.`,
  `Allergy and intolerance codes (template only): Penicillins [rash, non-urticarial - low risk]; Cephalosporins (cross-reactivity < 2%); NSAIDs {aspirin-exacerbated respiratory disease}; Opioids (nausea = intolerance, not allergy); Contrast media [premedicate?]; Egg (MMR and flu vaccines are safe).`,
  `Renal and urology eponyms: Alport, Fanconi syndrome, Goodpasture (anti-GBM), Berger disease (IgA), Henoch-Schönlein purpura, Wegener (now GPA), Churg-Strauss (now EGPA), Balkan nephropathy, Liddle, Bartter, Gitelman, Wilms tumour, Potter sequence, Peyronie, Fournier gangrene, Randall plaques, Foley catheter, Coudé tip.`,
  `Dental and maxillofacial terms used in the referral guide: Le Fort I-III, Ludwig angina, Vincent angina (ANUG), Pindborg tumour, Stafne cyst, Fordyce spots, Koplik spots, Hutchinson incisors, Mulberry molars, Frey syndrome, Eagle syndrome, Melkersson-Rosenthal, Sjögren syndrome, Warthin tumour, Stensen and Wharton ducts.`,
  `Insulin names and devices: NovoRapid FlexPen, Fiasp, Humalog KwikPen, Lyumjev, Apidra SoloStar, Lantus, Toujeo, Abasaglar, Semglee, Levemir, Tresiba FlexTouch, Humulin I, Insulatard, Mixtard 30, NovoMix 30, Humalog Mix25; pumps: Omnipod 5, Tandem t:slim X2, Medtronic MiniMed 780G, Ypsopump; CGM: Dexcom G7, FreeStyle Libre 3, Guardian 4.`,
  `Psychiatry terms: Capgras, Fregoli, de Clérambault (erotomania), Othello syndrome, Ganser syndrome, Munchausen, Charles Bonnet syndrome, Korsakoff psychosis, Wernicke-Korsakoff, Ekbom (restless legs and delusional parasitosis), Tourette, Asperger (historical), Kraepelin, Bleuler, Schneider first-rank symptoms.`,
  `Kind regards and thanks to all the team on Ward 12. Merry Christmas and a happy New Year!`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter37', '/tmp/deid-ood-letters37.jsonl');
