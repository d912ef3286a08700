/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), forty-second session, engineer author: short and
 * long clinician texts, about three quarters of them the most common real case: ordinary English clinic letters
 * (movement disorders, rheumatology, renal, endocrine, cardiology, hepatology, heart failure, memory, ophthalmology,
 * orthopaedics, paediatric epilepsy, sexual health, diabetic foot), discharge summaries and instructions, operation,
 * progress, consult and ward-round notes, referrals (respiratory, TIA, cardiology, hepatology, paediatric cardiology,
 * thyroid), handovers, ward boards, night entries, care-home rounds, district-nurse, health-visitor, Plunket, midwife,
 * physio, podiatry, audiology, home-health and hospice notes, reception and telephone messages, NHS 111 triage, SMS,
 * WhatsApp and portal messages, e-mails with headers and signatures, fit notes, a medical certificate, safeguarding,
 * coroner's, solicitor's, chaplaincy, mental-health triage and occupational-health texts, screening results (AAA,
 * fracture liaison, newborn hearing), prior authorisation, workers' compensation, WSIB, ACC45, ACAT, RFDS, EMS, VA,
 * IHS, Medicaid transport, medical-aid, billing, refill, pharmacy, lab-request and lab-critical-call texts and one-line
 * notes, from England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada (Quebec, Ontario, Alberta,
 * Saskatchewan, Nova Scotia, Newfoundland), Australia, New Zealand, India and South Africa, with names without a cue
 * word in sentences, lists and signatures, hospitals and clinics by their full names, towns, suburbs and streets in
 * running sentences, dates in every common form and record and plan numbers with prefixes. The rest are kinds of text
 * beyond the headers of letters14-38: an iCalendar VEVENT, a git log entry, a Kubernetes ConfigMap, an SQL INSERT
 * statement, a Reddit post, a Google review, a GoFundMe page, a LinkedIn message, a ski-patrol incident report, a
 * school absence letter, a bank transfer record, a Python traceback, a Jupyter cell output, a Stata listing, a Mastodon
 * post, a Nextdoor post, a parish bulletin prayer list, a hotel incident report, a dive log, an Oura ring CSV export, a
 * newsletter photo alt text, a DeepL translation note and a probation officer's letter; and texts written in the
 * styles of towns, peoples and languages not named in those headers: Kautokeino (Northern Sámi, Norwegian), Tórshavn
 * (Faroese), Khorog (Shughni, Russian Cyrillic), Díli (Tetum), Honiara (Pijin), South Tarawa (Gilbertese), Tamuning
 * (Chamorro), San Lorenzo (Guaraní, Spanish), Dangriga (Garifuna), Temuco (Mapuche, Spanish), Elista (Kalmyk, Russian
 * Cyrillic), Derbent (Lezgin, Russian Cyrillic), Lijiang (Naxi, Chinese script), Denpasar (Balinese, Indonesian),
 * Chipata (Nyanja) and Maseru (Sesotho). Some of their countries and languages were named before (Norway, the Faroes,
 * Tajikistan, Timor-Leste, the Solomon Islands, Kiribati, Guam, Paraguay, Belize, Chile, Kalmykia, Dagestan, China,
 * Indonesia, Zambia, Lesotho and several of the languages); they recur only through a town or people not named there.
 * Human patients only. Written by hand by engineer author on 2026-12-08 (forty-second session) without reading the
 * engine's rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never
 * tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone in sentences, greetings, signatures, e-mail and git headers, SMS,
 * chat, ward boards, surname first in capitals with a comma, DICOM carets, SQL quotes, Stata and DataFrame cells,
 * usernames and handles, initials, bank-reference capitals, Cyrillic and Chinese script, lone first names and lone
 * surnames; honorifics such as "Dr", "Mr.", "Sh.", "Shri", "Fr.", "Sr.", "Rev.", "Sister", "Baby", "Ña" and
 * "'Me" outside the name); places of every kind (streets, flats, a ski area and a forest park, a dive site, an airport,
 * schools, a swimming and a netball club, employers, a colliery, a law firm, a parish church, a Baptist church,
 * pharmacies, care homes, a hospice, a hotel, a probation office, an urgent-care centre, villages and hospitals
 * and clinics in Norwegian, Northern Sámi, Faroese, Russian, Portuguese, Spanish, Indonesian and Chinese); ages over 89 as
 * digits; dates in many forms (dd/mm/yyyy, mm/dd/yyyy, ISO, dd.mm.yyyy, dd-mm-yyyy, yyyy/mm/dd, yyyymmdd, Stata
 * ddmonyyyy, "Wed Dec 2", "Thurs", "Sat 5 Dec", "Mon 30 Nov", a date range, a month and year, "3. desember 2026", "3
 * Dezembru 2026", "3 de diciembre de 2026", "3 декабря 2026 г.", "2026年12月3日", "4 Desember 2026"); IDs of many shapes
 * (South African, Norwegian, Faroese, Paraguayan, Chilean RUN, SNILS, Indonesian NIK, Zambian NRC, Lesotho, passport,
 * PNC, MASH, claim, authorisation, invoice, trial, employee and patroller numbers); health plans (Medicare US and AU,
 * MBI, Medicaid, RAMQ, OHIP, AHCIP, HSN, MSI, MCP, PMJAY, GMS, Discovery, ОМС, a commercial member ID); licences (NPI
 * and HPCSA); NHS, CHI, H&C, NHI, UR, HRN, UHID, CR and MR numbers as MRN; phones of many countries, bleeps and
 * extensions; a fax, e-mails, URLs, IPv4 addresses; device serials (hearing aids, CPAP, an event monitor, a dive
 * computer, a smart ring); vehicles (an EMS unit plate, aircraft and helicopter marks); a US last-four SSN; billing and
 * bank accounts. Every name, address and number is invented; institution names may be the public names of real
 * hospitals, employers and places, as organisations only.
 * Format and gold convention as deid-ood-letters37.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics stay
 * outside a name, facility words inside (and street words inside a street); US states, provinces, regions, counties,
 * boroughs and countries are not marked (a town, a village, a suburb, a quarter or an island small enough to be an
 * address is); years on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE, "today", "tomorrow" and "tonight" are not; numbered wards, rooms, beds, bays and cubicles are not
 * marked. An AGE span is one stated exact age over 89, only its number. Medical licences, NPIs and HPCSA numbers are
 * LICENSE; national, case, claim, referral, booking, passport and PNC numbers are ID (US SSNs are SSN); hospital,
 * chart, NHS, CHI, H&C, NHI, UR, HRN, UHID and folder numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of
 * any country ZIP; a DEVICE span is the serial only; aircraft marks and plates are VEHICLE; label words stay outside
 * their numbers; bleeps and extensions are PHONE; employers, hospitals, clinics, schools, clubs, churches and pharmacies
 * are marked as places, insurers, agencies, lab companies, programmes and councils are not; billing and bank accounts
 * are ACCOUNT. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits
 * non-zero).
 * PHI-free texts (one- and two-line notes among them) carry eponyms and signs (gastroenterology, dermatology,
 * ophthalmology, respiratory, obstetrics, rheumatology criteria), a clinic-letter template, a cast leaflet, antibiotic,
 * stoma, orthopaedic-implant, cardiac-device and neonatal-equipment brand names, a ward safety huddle, a score table,
 * a history of psychiatry and a vaccination history of years alone, travel vaccines, places that name diseases,
 * paediatric doses, a pharmacy notice, a renal diet leaflet, a teaching case with a capitalised season, welcome and
 * thank-you words in many languages and a seasonal greeting, which must stay.
 *   node --import tsx scripts/deid-ood-letters39.ts [--out /tmp/deid-ood-letters39.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters39.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Hollingworth}},
Thank you for asking me to see {{NAME|Maureen Tattersall}} in the movement disorders clinic at {{LOCATION|Salford Royal Hospital}} on {{DATE|2 December 2026}}. She is 74 and has a two-year history of a rest tremor of the left hand, slowness and a shuffling gait. Her husband {{NAME|Derek}} says she no longer swings her left arm. I have started co-beneldopa 62.5 mg three times a day and will review her at {{LOCATION|Prestwich}} clinic in three months.
Yours sincerely,
{{NAME|Imran Shafiq}}
Consultant Neurologist`,

  `{{NAME|Gemma}} pls call {{NAME|Norman Pickles}} re INR 5.8 - omit warfarin tonight and tomorrow, recheck {{DATE|Thurs}}. Mobile {{PHONE|07984 330 127}}. {{NAME|Vik}}`,

  `DISCHARGE SUMMARY - {{LOCATION|Leicester Royal Infirmary}}
Patient: {{NAME|Harbans Kaur Bains}}   NHS {{MRN|603 771 2048}}   DOB {{DATE|21/01/1946}}
Admitted {{DATE|29/11/2026}}: urosepsis, E. coli in blood cultures, AKI stage 2 (creatinine peak 241). IV gentamicin then oral co-amoxiclav. Creatinine 112 on discharge {{DATE|05/12/2026}}. Lives with her son {{NAME|Jaswinder}} on {{LOCATION|Evington Road}}, {{LOCATION|Leicester}}. GP {{LOCATION|Spinney Hill Medical Centre}}. Please recheck U&E in one week.`,

  `Hi {{NAME|Orla}}, {{NAME|Declan Whelan}} was seen in the {{LOCATION|Mater Misericordiae University Hospital}} ED last night with a fractured left ankle, going for ORIF {{DATE|Wednesday}}. His mam {{NAME|Bernadette}} asked me to let the practice know. Thanks, {{NAME|Ciara}} (practice nurse, {{LOCATION|Phibsborough Medical}})`,

  `Referral - Respiratory, {{LOCATION|Glasgow Royal Infirmary}}
Mr {{NAME|Alasdair Cowan}}, CHI {{MRN|1503588126}}, {{LOCATION|Flat 2/1, 47 Duke Street}}, {{LOCATION|Dennistoun}}, {{LOCATION|Glasgow}} {{ZIP|G31 1LF}}. 68, ex-welder, breathless on one flight of stairs, clubbing, fine bibasal crackles. Spirometry restrictive, FVC 61%. Please assess for ILD.
Dr {{NAME|Shona Kerr}}, {{LOCATION|Parkhead Health Centre}}`,

  `Night FY1 entry 03:15. Asked to see Mrs {{NAME|Ferreira}} - fall on the way to the toilet, no head injury, no LOC, on apixaban. Full neuro exam normal, no hip pain, walking. Neuro obs 4-hourly. Son {{NAME|Paulo}} informed on {{PHONE|07539 118 604}}. Dr {{NAME|E. Osei-Bonsu}}, bleep {{PHONE|2283}}.`,

  `Re: Mr {{NAME|Wilfred Entwistle}} ({{AGE|94}}), {{LOCATION|Hollins Grange Care Home}}, {{LOCATION|Bury}}
Weekly round {{DATE|Mon 30 Nov}}: chesty cough, sats 91% on air, RR 22, crackles right base. Discussed with daughter {{NAME|Janice}} - he would want treatment at the home. Doxycycline started. ReSPECT form in place.
Dr {{NAME|P. Mahmood}}`,

  `From: {{NAME|Rhys Pugh}} <{{EMAIL|rhys.pugh@wales.nhs.uk}}>
To: Outpatient bookings
Subject: Urgent fracture clinic slot - {{NAME|Carys Jenkins}}
Could {{NAME|Carys}} (DOB {{DATE|12/09/1988}}) be booked into fracture clinic at {{LOCATION|Ysbyty Gwynedd}} this week? Displaced distal radius fracture, MUA in ED. Thanks, {{NAME|Rhys}}`,

  `Statement of Fitness for Work. I assessed your case on {{DATE|01/12/2026}}: {{NAME|Nathan Oyelaran}}. Because of low back pain with sciatica you may be fit for work with amended duties for 4 weeks: no heavy lifting. Employer noted as {{LOCATION|Royal Mail Mount Pleasant}}. Dr {{NAME|Helen Crabtree}}, {{LOCATION|Exmouth Street Surgery}}.`,

  `Ward 24 board ({{DATE|Sat 5 Dec}})
Bed 1 {{NAME|Okafor}} - DKA resolving, off FRIII
Bed 2 {{NAME|Mavis Lumb}} - NOF #, theatre PM
Bed 3 {{NAME|Brennan}} - awaiting NH placement ({{LOCATION|Kirkstall Lodge}})
Bed 4 {{NAME|Kamal}} - chest drain, swinging`,

  `Dear Mr {{NAME|Adebayo}},
Your recent blood test at {{LOCATION|Homerton University Hospital}} on {{DATE|24 November 2026}} shows your vitamin D level is low (21 nmol/L). Please start colecalciferol 800 units daily; the prescription has gone to {{LOCATION|Well Pharmacy Mare Street}}.
Yours sincerely,
{{NAME|Fatima Begum}}, Clinical Pharmacist, {{LOCATION|Lower Clapton Group Practice}}`,

  `RECEPTION MSG: {{NAME|Janet}} from {{LOCATION|Brookfield House}} care home asking for a visit to {{NAME|Arthur Pennington}}, room 8, off his legs since yesterday. Ring back {{PHONE|01257 462 910}}.`,

  `Health visitor note {{DATE|02/12/2026}}. Home visit to {{NAME|Lily-Mae Hargreaves}}, 10 days old, with mum {{NAME|Jade}} at {{LOCATION|14 Lune Street}}, {{LOCATION|Preston}}. Weight back to birth weight. Breastfeeding well. Dad {{NAME|Connor}} back at work {{DATE|Monday}}. {{NAME|Anne-Marie Fisher}}, HV.`,

  `OPERATION NOTE - {{LOCATION|Addenbrooke's Hospital}}, Theatre 7, {{DATE|3.12.2026}}
Patient {{NAME|GRIFFITHS, Owen}}   Hosp no {{MRN|C7729054}}
Procedure: emergency laparoscopic appendicectomy. Surgeon Ms {{NAME|L. Okonjo}}, assistant Mr {{NAME|Tom Ashby}}. Gangrenous appendix, no perforation. Home tomorrow if eating.`,

  `Popping in to see {{NAME|Doris Kettlewell}} after lunch - she's at {{LOCATION|3 Chapel Fold}}, {{LOCATION|Haworth}}. Key safe code with the DNs.`,

  `Safeguarding children referral
Child: {{NAME|Kayden Whitlow}}, DOB {{DATE|14/07/2022}}, {{LOCATION|22 Elm Close}}, {{LOCATION|Gateshead}} {{ZIP|NE8 3QR}}
Concern: unexplained bruise to the left ear seen at {{LOCATION|Queen Elizabeth Hospital Gateshead}} ED on {{DATE|3 Dec 2026}}. Mum {{NAME|Tasha Whitlow}} and partner {{NAME|Ryan}} gave different accounts. MASH ref {{ID|GH-MASH-88142}}.`,

  `Telephone triage {{DATE|06/12/2026}} 18:40. {{NAME|Elaine Mowbray}} rang about her husband {{NAME|Keith}}, 79, who has had black stools since this morning and felt faint. On aspirin and naproxen. Advised 999. Ambulance to {{LOCATION|James Cook University Hospital}}. {{NAME|Sue}}, NHS 111`,

  `Hi Dr {{NAME|Achterberg}}, {{NAME|Priya Raghavan}} in bed 9 is asking if she can shower with the PICC line. Also her husband {{NAME|Vinod}} wants a word before he leaves at 7. {{NAME|Leanne}}, ward 31`,

  `Paediatric epilepsy clinic - {{LOCATION|Royal Hospital for Children, Glasgow}}
Re {{NAME|Isla Donaldson}}, DOB {{DATE|03.04.2016}}, CHI {{MRN|0304165521}}
Seen {{DATE|01.12.2026}} with dad {{NAME|Ewan}}. Absences down to one a week on ethosuximide. Teacher at {{LOCATION|Hyndland Primary}} keeps a seizure diary.
Dr {{NAME|Morag Lindsay}}`,

  `Coroner's Officer note
Deceased: {{NAME|Terence Dowd}}, aged 58, of {{LOCATION|9 Marsh Lane}}, {{LOCATION|Bootle}}. Found at home {{DATE|4 December 2026}} by his neighbour {{NAME|Cath Rimmer}}. Last seen {{DATE|1 December}}. Known alcohol dependence. GP Dr {{NAME|J. Waddington}}, {{LOCATION|Strand Medical Centre}}. Reference {{ID|MSC-26-11874}}.`,

  `SMS to {{PHONE|07455 910 238}}: Hello {{NAME|Marcus}}, this is {{LOCATION|Meadowbank Surgery}}. Your blood test results are back and the doctor would like to speak to you. Please call us on {{PHONE|0161 872 4410}}.`,

  `Rheumatology clinic letter - {{LOCATION|Norfolk and Norwich University Hospital}}
Mrs {{NAME|Rosemary Twigg}} (DOB {{DATE|30/06/1959}}) attended on {{DATE|27 November}}. Symmetrical small joint synovitis, RF and anti-CCP positive, DAS28 5.4. Starting methotrexate 15 mg weekly with folic acid. She teaches at {{LOCATION|Hellesdon High School}}.
Dr {{NAME|Ben Carraway}}`,

  `Pre-assessment {{LOCATION|Torbay Hospital}} {{DATE|7 Dec}}. {{NAME|Geoffrey Luscombe}}, 72, for TURP. On clopidogrel - stop 7 days before. Lives with wife {{NAME|Pam}} in {{LOCATION|Brixham}}. Hosp no {{MRN|TB448172}}.`,

  `DN visit: {{NAME|Elsie Crowther}}, {{LOCATION|16 Victoria Avenue}}, {{LOCATION|Batley}}. Sacral grade 2, dressing changed, airflow mattress ordered. Next visit {{DATE|Fri 11/12}}. {{NAME|Bev}} DN`,

  `Dr {{NAME|Quaye}}, please see {{NAME|Holly Birtwistle}} in majors 6 - 34 weeks, reduced fetal movements since last night, BP 142/94. CTG on. Midwife {{NAME|Jo}} is with her. {{NAME|Reece}}, ED`,

  `{{LOCATION|Bristol Royal Hospital for Children}} - Orthopaedic letter
Dear Dr {{NAME|Fenwick}},
I reviewed {{NAME|Freya Osborne}}, aged 13, with mum {{NAME|Nicola}} on {{DATE|30/11/2026}}. Adolescent idiopathic scoliosis, Cobb 28 degrees. Bracing started. She swims for {{LOCATION|Thornbury Swimming Club}}.
Yours sincerely,
{{NAME|Giles Hartnell}}, Consultant Paediatric Orthopaedic Surgeon`,

  `Message from {{NAME|Seamus McGrory}}'s wife: he has a bad chest and she wants a home visit in {{LOCATION|Strabane}}. Wife {{NAME|Philomena}}, {{PHONE|028 7188 4401}}. H&C {{MRN|392 117 6608}}.`,

  `{{LOCATION|Johns Hopkins Hospital}} - Progress Note
{{DATE|12/04/2026}}. {{NAME|Denise Holloway}}, 63F, HD 2 for COPD exacerbation. Off BiPAP since AM, on 2 L NC. Prednisone day 2/5. Sister {{NAME|Gail}} at bedside; lives in {{LOCATION|Dundalk}}. PCP Dr. {{NAME|Victor Amadi}} at {{LOCATION|Johns Hopkins Community Physicians Canton}}.`,

  `Hey {{NAME|Kayla}} - Mrs. {{NAME|Lindqvist}} in 308 wants her son {{NAME|Erik}} called at {{PHONE|763-555-0142}} before her CT. Dr. {{NAME|Balogun}} knows. Thx, eve RN`,

  `PRIOR AUTHORIZATION
Member: {{NAME|Tyrone Mitchell}}   DOB: {{DATE|08/22/1970}}   Member ID: {{HEALTH_PLAN|W2284419903}}
Request: adalimumab for moderate-to-severe plaque psoriasis, BSA 18%, failed methotrexate. Prescriber {{NAME|Sandra Lowe}}, MD, NPI {{LICENSE|1093847561}}, {{LOCATION|Atlanta Dermatology Associates}}, {{LOCATION|Decatur}} GA. Fax {{FAX|(404) 555-0177}}.`,

  `Dear Dr. {{NAME|Abernathy}},
Thank you for referring Mr. {{NAME|Luis Ocampo}} to the {{LOCATION|UCSF Medical Center}} hepatology clinic on {{DATE|December 3, 2026}}. FibroScan 14.2 kPa. He works nights at {{LOCATION|SFO}} baggage handling and lives in {{LOCATION|Daly City}}.
Sincerely,
{{NAME|Grace Tanaka}}, MD`,

  `ED triage {{DATE|12/05/26}} 01:12 - {{NAME|Jaylen Brooks}}, 17M, brought by EMS from a basketball game at {{LOCATION|Central High School}}, {{LOCATION|Memphis}}, collapsed, brief LOC, now alert. ECG: LVH voltage. Mom {{NAME|Tanya}} en route.`,

  `Home health visit {{DATE|12/02/2026}}. Pt {{NAME|Herman Voss}}, {{AGE|91}}, {{LOCATION|417 Prairie View Rd}}, {{LOCATION|Grand Island}}, NE {{ZIP|68803}}. Wound vac to L heel working. BG 184. Wife {{NAME|Irene}} does meds. Medicare {{HEALTH_PLAN|6HT3-QP7-WD22}}.`,

  `VA - {{LOCATION|Minneapolis VA Health Care System}}
Veteran {{NAME|Duane R. Kowalski}}, last 4 {{SSN|8826}}, seen {{DATE|Nov 30, 2026}}. Gulf War, burn pit exposure. Chronic cough, CT shows mosaic attenuation. Pulmonary referral. Wife {{NAME|Cheryl}} present.`,

  `portal msg from {{NAME|Brianna Castillo}} {{DATE|12/06}} 9:41pm: "my daughter {{NAME|Sofia}} has a fever of 103 and her neck hurts when she looks down, should I bring her in?" -- reply {{NAME|Mark T.}}, RN: Please go to the ER now.`,

  `Operative Report - {{LOCATION|Mayo Clinic Hospital, Saint Marys Campus}}
Date: {{DATE|December 2, 2026}}. Patient: {{NAME|Halvorsen, Arne}}, MRN {{MRN|3-448-210}}. Surgeon: {{NAME|Rebecca Lindahl}}, MD. Procedure: right total hip arthroplasty. Disposition: home with daughter {{NAME|Solveig}}.`,

  `School nurse log - {{LOCATION|Roosevelt Elementary}}, {{LOCATION|Tacoma}}. {{DATE|12/01/2026}}: {{NAME|Ava Petrov}}, 8, head lice on check. Mom {{NAME|Natalia}} called at {{PHONE|253-555-0188}}. Sent home with info sheet.`,

  `Dear Parent/Guardian, {{NAME|Noah Whitaker}}'s hearing screen at {{LOCATION|Nationwide Children's Hospital}} on {{DATE|11/23/2026}} showed a refer result in the left ear. Please bring him to audiology at {{LOCATION|Livingston Ambulatory Center}}. Questions: {{PHONE|614-555-0147}}.`,

  `Hospice admission {{DATE|Dec 1 2026}}
{{NAME|Ruby Mae Tillman}}, {{AGE|96}}, end-stage dementia. Lives with granddaughter {{NAME|Keisha}} in {{LOCATION|Greenville}}, MS. DNR. Chaplain Rev. {{NAME|Otis Jefferson}} of {{LOCATION|Mount Zion Baptist Church}} visits weekly. MBI {{HEALTH_PLAN|2MR4-HX9-KT16}}.`,

  `EMS PCR - Engine 22. Pt {{NAME|Gregory Nash}}, 54M, chest pain at {{LOCATION|Lowe's}} on {{LOCATION|Route 9}}. 12-lead inferior STE, STEMI alert to {{LOCATION|St. Vincent's Medical Center}}. ASA 324 given. Unit {{VEHICLE|CT 7781-EMS}}.`,

  `Critical lab call: troponin I 4.81 on {{NAME|Harold Bixby}}, MRN {{MRN|01993427}}, called to {{NAME|Marisol}} RN on 6 East at 03:50 {{DATE|12/06/2026}}, read back. - MLT {{NAME|P. Oyelowo}}`,

  `Re: {{NAME|Dustin Farrow}} - workers' compensation
Mr. {{NAME|Farrow}} fell from a ladder on {{DATE|11/02/2026}} while working for {{LOCATION|Carolina Roofing Co.}} in {{LOCATION|Charlotte}}. Comminuted calcaneal fracture, ORIF on {{DATE|11/04/2026}}. Non-weight-bearing 8 weeks. Claim {{ID|NC-WC-2026-440918}}.
{{NAME|Ellen Shipley}}, MD, {{LOCATION|Atrium Health Orthopedics}}`,

  `Refill request from {{LOCATION|Walgreens #11842}} for {{NAME|Martha Ellison}} (DOB {{DATE|4/12/1948}}): levothyroxine 88 mcg #90. TSH {{DATE|10/2026}} 2.1. Approved. - {{NAME|J. Ruiz}}, PA-C`,

  `Well child, {{LOCATION|Boston Children's at Waltham}}. {{NAME|Oliver Chen-Murphy}}, 4 yo, with dad {{NAME|Kevin}}. Vision 20/40 both eyes, refer optometry. DTaP/IPV and MMRV given. Starts pre-K at {{LOCATION|Northeast Elementary}}.`,

  `From: {{EMAIL|a.whitford@mountsinai.org}}
Sent: {{DATE|Thu 12/3/2026}} 11:02 PM
Subject: transfer
Team - accepting {{NAME|Rosa Quintero}} from {{LOCATION|Elmhurst Hospital}} for ERCP in the AM. Cholangitis, bili 6.8. - {{NAME|Alex}}`,

  `IHS - {{LOCATION|Gallup Indian Medical Center}}. {{DATE|12/02/2026}}. {{NAME|Wilbert Yazzie}}, 58M, from {{LOCATION|Crownpoint}}, CKD 4, for fistula planning. Wife {{NAME|Marilyn}} translates. Nephrology at {{LOCATION|UNM Hospital}} next month.`,

  `Nurse advice line 22:10. {{NAME|Megan Foley}} calling re her son {{NAME|Brody}}, 3, swallowed a button battery about an hour ago. Advised go to {{LOCATION|Children's Hospital Colorado}} ED immediately, give honey 10 mL on the way. Callback {{PHONE|(303) 555-0132}}.`,

  `Clinic note - {{LOCATION|Parkland Memorial Hospital}} diabetes clinic, {{DATE|12/01/2026}}. {{NAME|Esperanza Villarreal}}, 52F, A1c 10.2, started basal insulin. Works at {{LOCATION|Fiesta Mart}} on {{LOCATION|Jefferson Blvd}}. Daughter {{NAME|Marisela}} will help with injections. Next visit {{DATE|January 12}}.`,
  `Dear Dr. {{NAME|Bouchard}},
I saw {{NAME|Gisèle Lapointe}} on {{DATE|1 December 2026}} at the {{LOCATION|Hôpital du Sacré-Coeur de Montréal}} heart failure clinic. EF 30%, NYHA III. Sacubitril-valsartan started. She lives with her daughter {{NAME|Chantal}} in {{LOCATION|Laval}}. RAMQ {{HEALTH_PLAN|LAPG 4807 1529}}.
Dr {{NAME|Yannick Belanger}}`,

  `Hi {{NAME|Priyanka}}, Mr. {{NAME|Szymanski}} from {{LOCATION|Mississauga}} is in hallway 3 with renal colic, CT booked. OHIP {{HEALTH_PLAN|7721-448-093-MX}}. Wife {{NAME|Ewa}} is in the waiting room. - {{NAME|Tom}}, {{LOCATION|Credit Valley Hospital}} ED`,

  `Consult - {{LOCATION|Royal Alexandra Hospital}}, {{LOCATION|Edmonton}}
{{NAME|Wayne Cardinal}}, 39M, from {{LOCATION|Saddle Lake}}, necrotising pancreatitis day 6. AHCIP {{HEALTH_PLAN|60214-3385}}. Mother {{NAME|Delphine}} at bedside. Dr. {{NAME|Rachel Ng}}, GI.`,

  `Saskatchewan Health Authority - {{LOCATION|Royal University Hospital}}. {{DATE|2026-12-03}}. {{NAME|Dale Olynyk}}, 71, from {{LOCATION|Humboldt}}, new diagnosis of CLL on routine bloods. HSN {{HEALTH_PLAN|448 219 706}}. Wife {{NAME|Lorraine}}.`,

  `WSIB Form 8
Worker: {{NAME|Manpreet Gill}}   Claim {{ID|31194087}}
Injury {{DATE|Nov 30, 2026}}: crush injury left index finger, at {{LOCATION|Maple Leaf Foods}}, {{LOCATION|Brampton}}. X-ray tuft fracture. Off work 2 weeks. Dr. {{NAME|S. Varghese}}, {{LOCATION|William Osler Health System}}.`,

  `Nova Scotia Health - {{LOCATION|Cape Breton Regional Hospital}}. {{DATE|2026-12-04}}. {{NAME|Theresa MacIsaac}}, {{AGE|95}}, from {{LOCATION|Glace Bay}}, hip fracture after a fall on ice. MSI {{HEALTH_PLAN|0021 774 903}}. Son {{NAME|Donnie}} {{PHONE|902-555-0174}}.`,

  `Newfoundland - {{LOCATION|Health Sciences Centre, St. John's}}. {{NAME|Bride Power}}, 66F, from {{LOCATION|Placentia}}, COPD, BiPAP overnight. MCP {{HEALTH_PLAN|338 441 902 017}}. Husband {{NAME|Gerard}}. Dr. {{NAME|K. Rideout}}.`,

  `Dear Dr {{NAME|Pham}},
Re: Mrs {{NAME|Dulcie Henshaw}}, DOB {{DATE|04/05/1943}}, {{LOCATION|8 Wattle Grove}}, {{LOCATION|Ringwood East}} VIC {{ZIP|3135}}
{{NAME|Dulcie}} has had two episodes of transient left arm weakness this week. ABCD2 5. Please see urgently in the TIA clinic at {{LOCATION|Box Hill Hospital}}. Medicare {{HEALTH_PLAN|4182 33710 2}}.
Regards, Dr {{NAME|Lachlan Greer}}, {{LOCATION|Maroondah Family Practice}}`,

  `Hey {{NAME|Trace}}, {{NAME|Bluey Hammond}} rang from the station near {{LOCATION|Longreach}} - his ute rolled, he's ok but wants his tetanus. Can you book him for {{DATE|Friday}}? Ph {{PHONE|0427 883 150}}. {{NAME|Mel}}`,

  `RFDS clinic {{DATE|01/12/26}}, {{LOCATION|Fitzroy Crossing}}
1. {{NAME|Marjorie Skinner}}, 64 - RHD, benzathine penicillin due
2. {{NAME|Kyson}} (2yo) - ear discharge, swab taken
3. {{NAME|Clarence Bedford}} - diabetic foot check
Aircraft {{VEHICLE|VH-NQA}}. Dr {{NAME|R. Tsang}}`,

  `ACAT assessment - {{LOCATION|Flinders Medical Centre}}. {{NAME|Albert Pocock}}, {{AGE|90}}, lives with his wife in {{LOCATION|Glenelg North}}. Needs shower chair and rails. Son {{NAME|Malcolm}}, {{PHONE|0419 228 704}}. UR {{MRN|F7710329}}.`,

  `ED discharge - {{LOCATION|Royal Brisbane and Women's Hospital}} {{DATE|05/12/2026}}
{{NAME|Jayden Marsh}}, 24, laceration right palm from a broken stubby. 5 sutures, tetanus given. ROS {{DATE|15/12}} at {{LOCATION|Kelvin Grove Medical Centre}}.`,

  `From: Dr {{NAME|Ngaire Rawiri}}
To: {{NAME|Tom Fielding}}, {{LOCATION|Waikato Hospital}}
Kia ora {{NAME|Tom}}, referring {{NAME|Wiremu Tane}} (NHI {{MRN|ABK2291}}), 47, from {{LOCATION|Ngāruawāhia}}, gout with tophi, urate 0.62. Could rheumatology see him? Ngā mihi, {{NAME|Ngaire}}`,

  `Plunket visit - {{NAME|Aria Tuilagi}}, 8 weeks, with mum {{NAME|Malia}} in {{LOCATION|Mangere}}. Weight 4.9 kg. Immunisations due at {{LOCATION|Mangere Family Doctors}}. Next visit {{DATE|18 December}}.`,

  `ACC45 - {{NAME|Hamish Grant}}, NHI {{MRN|ZJT5527}}, injury {{DATE|28/11/2026}} mountain biking at {{LOCATION|Craigieburn Forest Park}}, {{LOCATION|Springfield}}. Broken left clavicle. ACC claim {{ID|10051723866}}. Dr {{NAME|Olivia Hurst}}, {{LOCATION|Darfield Medical Centre}}.`,

  `Discharge Summary - {{LOCATION|Nizam's Institute of Medical Sciences}}, {{LOCATION|Hyderabad}}
Name: Mr. {{NAME|K. Venkateswarlu}}   UHID {{MRN|NIMS2026118842}}   Age/Sex: 61/M
Address: {{LOCATION|H.No. 4-7-112, Esamiya Bazar}}, {{LOCATION|Koti}} - {{ZIP|500027}}
DOA {{DATE|25-11-2026}} DOD {{DATE|03-12-2026}}. Anterior wall MI, PCI to LAD. Review {{DATE|17-12-2026}}.`,

  `OPD card - {{LOCATION|PGIMER Chandigarh}}, Nephrology OPD, {{DATE|04/12/2026}}. CR No. {{MRN|202611884731}}. Sh. {{NAME|Gurdev Singh}}, 55 M, from {{LOCATION|Mohali}}, CKD 3b, diabetic. Ayushman card {{HEALTH_PLAN|PMJAY-PB-22871904}}. Grandson {{NAME|Harjot}} accompanying.`,

  `Dear Dr {{NAME|Nair}},
Referring Baby {{NAME|Anvi Reddy}}, 4 months, to {{LOCATION|Rainbow Children's Hospital, Banjara Hills}} for a murmur and poor weight gain. Mother {{NAME|Swathi}} {{PHONE|99480 12377}}.
Regards, Dr {{NAME|Pradeep Rao}}, {{LOCATION|Kukatpally}}`,

  `WhatsApp from staff nurse {{NAME|Reshma}}: sir bed 12 {{NAME|Abdul Rahiman}} saturation 88 on 4 litres, RR 30, ABG sent. Son {{NAME|Shameer}} asking about shifting to ICU.`,

  `{{LOCATION|Chris Hani Baragwanath Academic Hospital}} - Surgical admission {{DATE|2026/12/05}}
Mr {{NAME|Thabo Mokoena}}, 31M, file {{MRN|CHB 2291847}}, from {{LOCATION|Orlando East}}, stab wound left chest, ICD inserted, 600 mL blood. Girlfriend {{NAME|Lerato}} {{PHONE|083 447 2190}}.`,

  `Dear Sir/Madam, this is to certify that {{NAME|Nosipho Zulu}} (ID {{ID|9304120558083}}) was seen at {{LOCATION|Addington Hospital}} on {{DATE|2 December 2026}} and was unfit for duty from {{DATE|2 to 4 December 2026}} due to gastroenteritis. Dr {{NAME|R. Pillay}}, HPCSA {{LICENSE|MP0711284}}.`,

  `Medical aid query - {{LOCATION|Netcare Milpark Hospital}}. Patient {{NAME|Johan van der Merwe}}, Discovery {{HEALTH_PLAN|224418775}}, admitted {{DATE|30/11/2026}} for knee replacement. Authorisation {{ID|AUTH-8821-44}}. Contact {{NAME|Annelie}} in billing {{PHONE|011 480 5582}}.`,

  `Dear Dr {{NAME|Cathcart}},
Thank you for seeing Mrs {{NAME|Winifred Ashworth}} ({{AGE|93}}) from {{LOCATION|Clitheroe}}. Her new bilateral ankle swelling started after amlodipine was increased. I have reduced it.
Dr {{NAME|Naveed Akhtar}}, {{LOCATION|Pendleside Medical Practice}}`,

  `Letter - Sexual Health, {{LOCATION|Mortimer Market Centre}}
Dear {{NAME|Sam}}, your tests from {{DATE|26/11/2026}} are all negative. Please come back in 3 months or sooner if you have symptoms. Clinic number {{MRN|MMC-441982}}. {{NAME|Adaeze Nwosu}}, Health Adviser`,

  `Memo to practice team: {{NAME|Barbara Finnegan}}'s daughter rang to say her mum died peacefully at {{LOCATION|St Catherine's Hospice}} on {{DATE|Sunday}} night. Please update records and cancel the {{DATE|10 Dec}} review. {{NAME|Liz}}`,

  `Telephone message for Dr {{NAME|Ogunleye}}: {{NAME|Colin Fairbairn}} from {{LOCATION|Larbert}} wants to know if he can stop his bisoprolol before his wedding on {{DATE|19 December}}. Number {{PHONE|07812 645 003}}.`,

  `Memory clinic - {{LOCATION|Ninewells Hospital}}, {{LOCATION|Dundee}}
Mrs {{NAME|Agnes Robertson}}, DOB {{DATE|11/11/1942}}, CHI {{MRN|1111425586}}. ACE-III 71/100. Husband {{NAME|Jim}} reports getting lost driving to {{LOCATION|Broughty Ferry}}. Advised to inform DVLA. Dr {{NAME|Calum Neish}}`,

  `Ward round, {{LOCATION|University Hospital Limerick}}, {{DATE|Tue 1/12}}. Mr {{NAME|Mossie Hickey}}, 77, post-op day 3 right hemicolectomy, ileus settling, NG out. Daughter {{NAME|Nora}} wants to discuss going home to {{LOCATION|Abbeyfeale}}. MRN {{MRN|0448127}}.`,

  `Note to Fr. {{NAME|Dinneen}} from the chaplaincy: {{NAME|Brigid Tully}} on ward 6 asked to be anointed. She is from {{LOCATION|Castlebar}}. Sr. {{NAME|Assumpta}}`,

  `Referral to {{LOCATION|Cork University Hospital}} Cardiology. Mr {{NAME|Dermot Lynch}}, DOB {{DATE|03/03/1961}}, {{LOCATION|Ballincollig}}, exertional chest tightness, positive exercise test at 6 METs. GMS {{HEALTH_PLAN|1184772K}}. Dr {{NAME|Aisling Kiely}}, {{LOCATION|Ballincollig Medical Centre}}.`,

  `Hi all, {{NAME|Tadhg}} from pharmacy here - {{NAME|Eamon Delaney}} on ward 5 is on both clarithromycin and simvastatin, please hold the statin. Ext {{PHONE|4471}}.`,

  `Physio note - {{LOCATION|Mid Cheshire Hospitals}}, {{DATE|04/12/2026}}. {{NAME|Julie Mottershead}}, 55, ACL reconstruction week 6, ROM 0-115. Returns to netball at {{LOCATION|Winsford Netball Club}} not before 9 months. {{NAME|Dan Hulme}}, MCSP`,

  `Audiology result {{DATE|01/12/2026}}: {{NAME|Trevor Bamford}}, {{LOCATION|Worksop}}. Bilateral high-frequency loss, noise exposure at {{LOCATION|Thoresby Colliery}}. Hearing aids fitted, serial L {{DEVICE|2241B77091}}, R {{DEVICE|2241B77102}}.`,

  `Midwife booking {{DATE|03/12/2026}}: {{NAME|Zainab Hussain}}, G3P2, 10+2 weeks, {{LOCATION|Sparkbrook}}. Booked at {{LOCATION|Birmingham Women's Hospital}}. Husband {{NAME|Tariq}}. Hosp no {{MRN|BW2266180}}. Midwife {{NAME|Cheryl Abbott}}.`,

  `Occupational health - {{LOCATION|Sellafield}}. {{NAME|Graham Tyson}}, employee {{ID|SL-004418}}, fitness for respirator use. Spirometry normal. Fit. Dr {{NAME|Alison Kemp}} (OH physician).`,

  `Letter to patient: Dear Mr {{NAME|Pearce}}, your AAA scan at {{LOCATION|Treliske}} on {{DATE|27 November}} showed an aorta of 4.1 cm. We will rescan you in 3 months. AAA screening office, {{PHONE|01872 253 118}}.`,

  `GP note {{DATE|04/12/2026}}: {{NAME|Kelly Brannigan}}, 29, 6/7 sore throat, Centor 4. Phenoxymethylpenicillin 10 days. Works at {{LOCATION|Greggs}} in {{LOCATION|Washington}} town centre. Dr {{NAME|S. Raine}}`,

  `Hi {{NAME|Marion}}, the ambulance for {{NAME|Leonard Crisp}} is booked for {{DATE|Tuesday}} 09:30 to take him to {{LOCATION|Papworth Hospital}}. He lives at {{LOCATION|2 Mill Lane}}, {{LOCATION|Histon}}. {{NAME|Dee}}, transport`,

  `Mental health triage {{DATE|05/12/2026}}: {{NAME|Callum Speirs}}, 22, brought to {{LOCATION|Crosshouse Hospital}} by police after being found on the {{LOCATION|Irvine}} harbour wall. Denies intent now. Mum {{NAME|Lorraine}} {{PHONE|07760 218 445}}. CPN {{NAME|Gail}}.`,

  `Solicitor request: We act for {{NAME|Michelle Ramsbottom}} (DOB {{DATE|17/10/1979}}) re a road traffic collision on {{LOCATION|Manchester Road}}, {{LOCATION|Rochdale}} on {{DATE|12/06/2026}}. Please supply records. Our ref {{ID|PIC/RAM/22817}}. {{LOCATION|Slater Heelis}}.`,

  `Endocrine letter - {{LOCATION|St Bartholomew's Hospital}}. Ms {{NAME|Yetunde Alabi}}, Graves disease, TRAb 8.2, FT4 38. Carbimazole 30 mg. Eye review at {{LOCATION|Moorfields Eye Hospital}}. Dr {{NAME|Harriet Wolfe}}`,

  `{{NAME|Kev}} - Mrs {{NAME|Doolan}}? No - it was Mrs {{NAME|Dolan}} in bay 4 who wanted the chaplain. Sorry! {{NAME|Sinead}}`,
  `Cardiology clinic - {{LOCATION|Tampa General Hospital}}, {{DATE|12/03/2026}}. {{NAME|Lorraine Pettibone}}, 69F, paroxysmal AF, CHA2DS2-VASc 4, started apixaban. Event monitor serial {{DEVICE|ZP-0048817263}}. Husband {{NAME|Walt}}. Lives in {{LOCATION|Brandon}}.`,

  `Billing: Acct {{ACCOUNT|PT-00814472}} - {{NAME|Raymond Oduya}}, DOS {{DATE|11/28/2026}}, {{LOCATION|Northwestern Memorial Hospital}} ED, CPT 99285. Balance $412.60 after BCBS. Call {{PHONE|312-555-0119}}.`,

  `Hi Dr. {{NAME|Fitzgerald}}, this is {{NAME|Dana}} from {{LOCATION|Kroger Pharmacy}} on {{LOCATION|Kingston Pike}}. {{NAME|Harold Tipton}} has scripts for both tramadol and sertraline - serotonin risk, ok to fill? {{PHONE|865-555-0163}}.`,

  `Medicaid transport request: {{NAME|Shaniqua Lewis}}, Medicaid {{HEALTH_PLAN|MD77120449}}, dialysis MWF at {{LOCATION|DaVita Druid Hills}}, pickup {{LOCATION|1408 Brice Ave}}, {{LOCATION|Baltimore}} {{ZIP|21217}}, starting {{DATE|Monday 12/07}}.`,

  `SOAP {{DATE|12/04/26}} - {{NAME|Cole Haverford}}, 34M, R ankle inversion at pickup soccer at {{LOCATION|Wash Park}}. Ottawa rules negative. RICE, ibuprofen. Return to {{LOCATION|Denver Health}} if no better. - {{NAME|T. Abeyta}}, NP`,

  `Dear Dr {{NAME|Haddow}},
I reviewed Mr {{NAME|Norrie Baxter}} in the {{LOCATION|Forth Valley Royal Hospital}} diabetic foot clinic on {{DATE|2/12/26}}. Neuropathic ulcer under the right first MTP, probes to bone. MRI booked. He lives in {{LOCATION|Grangemouth}}.
{{NAME|Kirsty Allan}}, Podiatrist`,

  `Fracture liaison letter - {{LOCATION|Royal Cornwall Hospital}}: {{NAME|Margaret Trembath}}, DOB {{DATE|06/06/1944}}, wrist fracture {{DATE|11/11/2026}}, DXA T-score -3.1. Please start alendronic acid. {{NAME|Kate Penrose}}, FLS nurse`,

  `Hi, {{NAME|Colm}} here from {{LOCATION|St. James's Hospital}} bloods. {{NAME|Patricia Cullen}}'s sodium is 118 - rang to the ward, spoke to {{NAME|Niamh}}. {{DATE|7/12/26}} 16:05.`,

  `Progress note {{DATE|12/06/2026}}, {{LOCATION|Ochsner Medical Center}}. {{NAME|Clarence Boudreaux}}, 77M, post CABG day 4, new AF, amiodarone load. Wife {{NAME|Marie}} from {{LOCATION|Houma}}. - Dr. {{NAME|Thibodeaux}}`,

  `{{LOCATION|Texas Children's Hospital}} note: {{NAME|Isabella Nguyen}}, 6, sickle cell disease, pain crisis in both legs, PCA morphine. Mom {{NAME|Thanh}}. School {{LOCATION|Bellaire Elementary}} notified. MRN {{MRN|TCH-8841726}}.`,

  `Letter - Ophthalmology, {{LOCATION|Manchester Royal Eye Hospital}}. Mr {{NAME|Kenneth Oldroyd}}, {{DATE|03/12/2026}}, wet AMD right eye, VA 6/24. First aflibercept injection given. Son {{NAME|Stuart}} drives him from {{LOCATION|Stalybridge}}.`,

  `Discharge instructions - {{LOCATION|Intermountain Medical Center}}. {{NAME|Tanner Jensen}}, 28, concussion from a snowboarding fall at {{LOCATION|Snowbird}} on {{DATE|12/01/2026}}. No screens 48 h, gradual return to work at {{LOCATION|Adobe Lehi}}.`,

  `Lab request - {{NAME|Opal Fontaine}}, DOB {{DATE|09/14/1953}}, Quest Diagnostics, {{LOCATION|Shreveport}}. CBC, CMP, lipid, A1c. Dx E11.9. Ordering provider {{NAME|Leon Batiste}}, MD, NPI {{LICENSE|1750339284}}.`,

  `Hey Doc, {{NAME|Jolene}} at front desk - {{NAME|Buck Harlan}} called, says his CPAP (SN {{DEVICE|22081A4413}}) is leaking and he can't sleep. Wants a call {{PHONE|406-555-0191}}.`,

  `Prenatal visit {{DATE|12/02/2026}} - {{LOCATION|Kaiser Permanente Oakland Medical Center}}. {{NAME|Keanna Williams}}, 24 wk, GDM screen 1h GTT 162 - needs 3h. Partner {{NAME|DeShawn}}. MRN {{MRN|11-0448-2271}}.`,

  `Letter - Renal, {{LOCATION|Royal Free Hospital}}. Dear Dr {{NAME|Ezra}}, {{NAME|Ahmed Yusuf}} (DOB {{DATE|15/02/1975}}) has CKD 4 from IgA nephropathy; transplant work-up started. His brother {{NAME|Abdi}} is willing to donate. {{NAME|Rachel Benhamou}}, Nephrologist`,

  `Notes: {{NAME|Stan}} from {{LOCATION|Hartlepool}} - wife {{NAME|Brenda Hodgson}} died {{DATE|Friday}}, he's struggling, sleeping badly. Bereavement leaflet, review 2 weeks. {{NAME|SK}}`,

  `{{LOCATION|Whiston Hospital}} burns unit: {{NAME|Kyle Dempsey}}, 19, 12% TBSA flash burn from a BBQ in {{LOCATION|Prescot}} on {{DATE|Sat 28 Nov}}. Mum {{NAME|Tracey}} {{PHONE|07851 330 926}}.`,

  `CT request: {{NAME|Imelda Roche}}, MRN {{MRN|00773015}}, {{LOCATION|Galway University Hospital}}. ?PE, Wells 6, D-dimer 2.4. Requested by Dr {{NAME|Fionn Keane}}, bleep {{PHONE|615}}, {{DATE|06/12/2026}}.`,

  `Hello, I am {{NAME|Mandla Nkosi}}'s mother. He has a fever again and is not eating. We stay in {{LOCATION|Soshanguve Block L}}. Please can the clinic sister call me {{PHONE|076 118 4490}}. Thank you. ({{DATE|Thursday}})`,

  `Triage - {{LOCATION|Tygerberg Hospital}} {{DATE|03/12/2026}}: {{NAME|Chantelle Adams}}, 26, from {{LOCATION|Bishop Lavis}}, 38 weeks, BP 170/110, headache. MgSO4 started. Folder {{MRN|TBH 8841002}}. Partner {{NAME|Ricardo}}.`,

  `Clinic note - {{LOCATION|Frere Hospital}}, {{LOCATION|East London}}, {{DATE|01/12/2026}}. {{NAME|Zola Mbeki}}, 44F, MDR-TB, month 4 of BPaL. Sister {{NAME|Thandiwe}}. Folder {{MRN|FH2207731}}.`,

  `Indian Railways referral: Shri {{NAME|Rajendra Prasad Yadav}}, employee no. {{ID|NR-44821907}}, Loco Pilot, {{LOCATION|Northern Railway Central Hospital}}, {{LOCATION|New Delhi}}. Colour vision defect found at periodic medical exam {{DATE|02.12.2026}}. Ophthalmology opinion please.`,

  `Patient {{NAME|Meenakshi Sundaram}}, 58 F, {{LOCATION|Madurai}}, came to {{LOCATION|Aravind Eye Hospital}} on {{DATE|1-12-2026}} with sudden painless loss of vision right eye. CRAO. MR No. {{MRN|AEH-MDU-5527180}}. Son {{NAME|Karthik}} {{PHONE|+91 94431 77025}}.`,

  `Dear Dr {{NAME|D'Souza}},
Thank you for referring Ms {{NAME|Fiona Pereira}} from {{LOCATION|Margao}}. Her thyroid nodule on USG is TIRADS 4; FNAC at {{LOCATION|Goa Medical College}} on {{DATE|9th December}}.
Dr {{NAME|Shailesh Naik}}`,

  `NZ - {{LOCATION|Dunedin Hospital}} discharge {{DATE|04/12/2026}}. {{NAME|Ruth McKenzie}}, {{AGE|92}}, from {{LOCATION|Mosgiel}}, delirium from UTI, now back to baseline. NHI {{MRN|PRK6620}}. Daughter {{NAME|Fiona}} {{PHONE|027 448 2013}}.`,

  `Hi Dr {{NAME|Malhotra}}, this is {{NAME|Tui}} from {{LOCATION|Te Puna Hauora}}. {{NAME|Rangi Walker}} missed his warfarin check again, lives out at {{LOCATION|Kawerau}}. Can we do a home INR {{DATE|Wednesday}}?`,

  `Australia - {{LOCATION|Alice Springs Hospital}} renal unit. {{NAME|Lindsay Japaljarri}}, 52M, from {{LOCATION|Yuendumu}}, missed 2 dialysis sessions. K 6.9. Sister {{NAME|Bessie}}. HRN {{MRN|A0044817}}. Medicare {{HEALTH_PLAN|3307 18842 1}}.`,

  `Dear {{NAME|Kirsten}},
Thanks for the call about {{NAME|Ned Kowalski}}. His warfarin dose from {{DATE|Monday}} will be 4 mg. Next INR at {{LOCATION|Launceston General Hospital}} anticoag clinic on {{DATE|14/12}}.
{{NAME|Hugh}}`,

  `Australian Hearing letter: {{NAME|Cooper Nguyen}}, 5, {{LOCATION|Cabramatta}}, bilateral grommets {{DATE|10/11/2026}} at {{LOCATION|Fairfield Hospital}}. Hearing now normal. Mum {{NAME|Linh}}.`,

  `US - {{LOCATION|Alaska Native Medical Center}}, {{DATE|12/04/2026}}. {{NAME|Ernestine Wassillie}}, 70F, from {{LOCATION|Dillingham}}, hip fracture, ORIF done. Daughter {{NAME|Agnes}} {{PHONE|907-555-0172}}.`,
  `BEGIN:VCALENDAR
BEGIN:VEVENT
DTSTART:{{DATE|20261214}}T093000Z
SUMMARY:Colposcopy - {{NAME|Roisin Gallagher}}
LOCATION:{{LOCATION|Coombe Hospital}}, {{LOCATION|Dolphin's Barn}}
ORGANIZER;CN=Dr {{NAME|Maeve Nolan}}:mailto:{{EMAIL|maeve.nolan@coombe.ie}}
END:VEVENT
END:VCALENDAR`,

  `commit 4f2a9c1e
Author: {{NAME|Priya Natarajan}} <{{EMAIL|priya.n@leedsth.nhs.uk}}>
Date:   {{DATE|Wed Dec 2}} 14:11:07 2026 +0000

    remove test patient {{NAME|Gary Threlfall}} ({{MRN|472 118 9930}}) from seed data, he is a real patient at {{LOCATION|St James's University Hospital}}`,

  `apiVersion: v1
kind: ConfigMap
metadata:
  name: pacs-gateway
data:
  PACS_HOST: "{{IP|10.44.118.27}}"
  REFERRER_URL: "{{URL|https://pacs.westfieldhealth-demo.org/viewer}}"
  DEFAULT_PATIENT: "{{NAME|Jurgens, Hendrik}}"  # TODO remove before prod`,

  `INSERT INTO admissions (mrn, surname, forename, dob, ward, admitted) VALUES ('{{MRN|RK448210}}', '{{NAME|Abernethy}}', '{{NAME|Colin}}', '{{DATE|1957-03-19}}', 'W12', '{{DATE|2026-12-04}} 22:18');`,

  `r/ChronicIllness - posted by u/{{NAME|spoonie_kate_88}}
Finally got a diagnosis after 4 years!! Dr {{NAME|Abiodun}} at {{LOCATION|Leeds General Infirmary}} confirmed POTS on the tilt test last {{DATE|Tuesday}}. Shout out to my partner {{NAME|Jonno}} for driving me from {{LOCATION|Otley}} every time.`,

  `★★☆☆☆ Google review of {{LOCATION|Riverside Urgent Care}}, {{LOCATION|Sacramento}}
{{NAME|Marcy Delacroix}} - {{DATE|Dec 3, 2026}}
Waited 3 hours with my son {{NAME|Tyler}} who had a broken wrist. Dr. {{NAME|Hampton}} was great once we got in but the front desk lady {{NAME|Doreen}} was rude.`,

  `GoFundMe: Help {{NAME|Jamal Okoro}} get home
Organised by {{NAME|Chidinma Okoro}} in {{LOCATION|Peckham}}
On {{DATE|20 November}} my brother {{NAME|Jamal}} collapsed at {{LOCATION|Gatwick Airport}} and is now in ICU at {{LOCATION|East Surrey Hospital}} after a brain bleed. {{URL|gofundme.com/f/help-jamal-okoro-get-home}}`,

  `LinkedIn message
{{NAME|Harriet Osei}} · Clinical Nurse Specialist at {{LOCATION|Royal Marsden}}
Hi {{NAME|Ben}}, thanks for connecting. Your mum {{NAME|Angela Whitmore}}'s scan is on {{DATE|Friday 11th}} - I can't discuss results here, but please call me on {{PHONE|020 7352 8171}} ext {{PHONE|4402}}.`,

  `SKI PATROL INCIDENT REPORT - {{LOCATION|Whistler Blackcomb}}
Date {{DATE|2026-12-05}} 13:42. Run: lower Peak to Creek. Guest {{NAME|Oscar Lindgren}}, 31, collided with tree, L femur deformity. Traction splint applied. Patroller {{NAME|Jess Tremblay}} #{{ID|WB-P-0417}}. Transported to {{LOCATION|Whistler Health Care Centre}}, then {{LOCATION|Vancouver General Hospital}} by helicopter {{VEHICLE|C-GHHY}}.`,

  `Dear Mrs {{NAME|Cartwright}},
{{NAME|Ellie-Rose}} (Year 4, {{LOCATION|Moorlands Junior School}}) was absent from {{DATE|1 to 3 December}}. You told us she had chickenpox. Please send a note from {{LOCATION|Oakley Health Centre}} if she is off longer. Mr {{NAME|P. Riley}}, Attendance Officer`,

  `Faster Payment received {{DATE|04/12/2026}}
From: {{NAME|D J MCALLISTER}}   Sort code {{ACCOUNT|30-94-57}}   Account {{ACCOUNT|12748830}}
Ref: PRIVATE PHYSIO {{NAME|MCALLISTER E}} INV {{ID|INV-2291}}
To: {{LOCATION|Holywood Physiotherapy Clinic}}`,

  `Traceback (most recent call last):
  File "/srv/dicom/ingest.py", line 88, in push
    send(study, host="{{IP|192.168.40.12}}")
ValueError: PatientName '{{NAME|WALLACE^IAN^R}}' PatientID '{{MRN|0771294X}}' StudyDate '{{DATE|20261203}}' rejected by {{URL|http://mirth.ayrshire-trust.local:8080/channel/ct}}`,

  `In [14]: cohort.loc[cohort.readmit_30d].head(2)
Out[14]:
        hosp_no     patient             discharge   postcode
17   {{MRN|G0091882}}  {{NAME|Pauline Strachan}}  {{DATE|2026-11-02}}  {{ZIP|AB24 3NR}}
41   {{MRN|G0093110}}  {{NAME|Fraser Duthie}}     {{DATE|2026-11-09}}  {{ZIP|AB15 6YX}}`,

  `. list id name dob site if ae_grade>=3
     +--------------------------------------------------------+
     | id        name              dob          site          |
  1. | {{ID|TR-0448}}   {{NAME|Okwuosa, Chuka}}    {{DATE|14mar1968}}    {{LOCATION|Royal Stoke}}   |
  2. | {{ID|TR-0512}}   {{NAME|Fennimore, Jane}}   {{DATE|02aug1971}}    {{LOCATION|Royal Stoke}}   |
     +--------------------------------------------------------+`,

  `@{{NAME|kerri_oh}}@mastodon.ie · {{DATE|4 Dec}}
Two weeks since my mam {{NAME|Phil}} had her stroke. The stroke nurses at {{LOCATION|Sligo University Hospital}} are angels, especially {{NAME|Dympna}}. She's moving her hand again 💚`,

  `Nextdoor - {{LOCATION|Hyde Park}}, {{LOCATION|Chicago}}
{{NAME|Gloria Akins}}: Has anyone seen my neighbor Mr. {{NAME|Bell}}? He's {{AGE|90}} with dementia and walked out of {{LOCATION|5310 S Dorchester Ave}} this morning in a blue coat. His son {{NAME|Terrence}} is on {{PHONE|773-555-0104}}.`,

  `Parish bulletin, {{LOCATION|St Patrick's Church, Dungannon}}, {{DATE|Sunday 6 December}}
Please pray for the sick of the parish: {{NAME|Maisie Quinn}} (in {{LOCATION|Craigavon Area Hospital}}), {{NAME|Hugh Donnelly}}, Baby {{NAME|Cara McKenna}} and Fr. {{NAME|Tom Devlin}}. Month's mind for {{NAME|Patsy Mallon}}.`,

  `Hotel incident report - {{LOCATION|The Balmoral}}, {{LOCATION|Edinburgh}}. {{DATE|05/12/2026}} 02:30. Guest Mr {{NAME|Hiroshi Tanabe}}, room 412, chest pain. Night manager {{NAME|Craig Foy}} called 999. Taken to {{LOCATION|Royal Infirmary of Edinburgh}}. Passport {{ID|TR8843127}}.`,

  `Dive log #212 - {{DATE|29 Nov 2026}} - {{LOCATION|Blue Hole, Dahab}}
Buddy: {{NAME|Lukas Brenner}}. Max 31 m, 42 min. On ascent {{NAME|Lukas}} had joint pain and a rash on the chest. O2 given, to hyperbaric chamber at {{LOCATION|Sharm El Sheikh International Hospital}}. Computer serial {{DEVICE|SNT-7729104}}.`,

  `oura_export.csv
date,user,ring_serial,avg_hr,lowest_hr,temp_dev
{{DATE|2026-12-01}},{{NAME|m.vandenberg}},{{DEVICE|OU3-88K2-0419}},58,44,+0.1
{{DATE|2026-12-02}},{{NAME|m.vandenberg}},{{DEVICE|OU3-88K2-0419}},71,55,+1.4
Note from GP: {{NAME|Maarten van den Berg}} sent this; the fever rise matches the flu he reported.`,

  `Alt text for the ward newsletter photo: "Sister {{NAME|Agnieszka Nowak}} presents a retirement cake to porter {{NAME|Wilf Barraclough}} on Ward 7 at {{LOCATION|Pinderfields Hospital}}, {{DATE|27 November 2026}}."`,

  `Translation (DeepL, checked by {{NAME|Iryna Kovalenko}}, interpreter) of a letter brought by {{NAME|Oleksandr Bondar}}: "Discharge from {{LOCATION|Kyiv City Clinical Hospital No. 17}}, {{DATE|03.10.2026}}. Diagnosis: type 2 diabetes, diabetic nephropathy." He now lives at {{LOCATION|12 Aldermoor Road}}, {{LOCATION|Southampton}}.`,

  `Probation Service - {{LOCATION|Durham Probation Office}}
Re: {{NAME|Jordan Pike}}, DOB {{DATE|08/02/1996}}, PNC {{ID|14/882107K}}. Please confirm whether he attended his methadone review at {{LOCATION|Recovery Steps Chester-le-Street}} on {{DATE|30/11/2026}}. {{NAME|Lorna Fenwick}}, Probation Officer.`,
  `Buorre beaivi. {{LOCATION|Guovdageainnu dearvvašvuođaguovddáš}} / {{LOCATION|Kautokeino legesenter}}, {{DATE|3. desember 2026}}. {{NAME|Máret Ánne Sara}}, 46 år, reindriftsutøver fra {{LOCATION|Máze}}, frostskade på fingrene. Fødselsnummer {{ID|12098044817}}. Bror {{NAME|Nils Mathis}} tlf. {{PHONE|+47 915 22 804}}. Giitu.`,

  `Góðan dag. {{LOCATION|Landssjúkrahúsið}}, {{LOCATION|Tórshavn}}, {{DATE|2. desember 2026}}. {{NAME|Jógvan Poulsen}}, 63 ár, fiskimaður úr {{LOCATION|Klaksvík}}, brjóstpína, troponin hækkað. P-tal {{ID|230763-417}}. Kona hansara {{NAME|Sólrun}}. Takk fyri.`,

  `{{LOCATION|Хорогская областная больница}}, {{DATE|4 декабря 2026 г.}} Хуш омед. Пациентка {{NAME|Гулбахор Назарбекова}}, 38 лет, из {{LOCATION|кишлака Поршнев}}, говорит по-шугнански. Эклампсия, 36 недель. Муж {{NAME|Давлатшо}}, тел. {{PHONE|+992 93 544 21 87}}.`,

  `Bondia. {{LOCATION|Hospital Nacional Guido Valadares}}, {{LOCATION|Díli}}, {{DATE|3 Dezembru 2026}}. Pasiente {{NAME|Domingos da Costa Belo}}, tinan 41, husi {{LOCATION|Aileu}}, dengue ho trombosit 22. Feen {{NAME|Ermelinda}} {{PHONE|+670 7723 4418}}. Obrigadu barak.`,

  `Halo olketa. {{LOCATION|National Referral Hospital}}, {{LOCATION|Honiara}}. {{DATE|02/12/2026}}. {{NAME|Rex Maetoloa}}, 29M, from {{LOCATION|Auki}}, Malaita, fall from coconut tree, T12 fracture. Wantok {{NAME|Joe Ramo}} stap long ward. Tanggio tumas.`,

  `Mauri. {{LOCATION|Tungaru Central Hospital}}, {{LOCATION|Nawerewere}}, {{DATE|4 December 2026}}. {{NAME|Teraoi Tebano}}, 54F, from {{LOCATION|Betio}}, diabetic foot sepsis, below-knee amputation advised. Speaks Gilbertese; daughter {{NAME|Bwebwe}} translates. Ko rabwa.`,

  `Håfa adai! {{LOCATION|Guam Memorial Hospital}}, {{LOCATION|Tamuning}}, {{DATE|12/03/2026}}. {{NAME|Juan Cruz Taitano}}, 71M, from {{LOCATION|Inarajan}}, ALS-PDC family history, new dysphagia. Medicaid {{HEALTH_PLAN|GU44821907}}. Son {{NAME|Vicente}} {{PHONE|671-555-0183}}. Si Yu'os ma'åse'.`,

  `Mba'éichapa. {{LOCATION|Hospital de Clínicas}}, {{LOCATION|San Lorenzo}}, {{DATE|3 de diciembre de 2026}}. Paciente Ña {{NAME|Ramona Benítez Cáceres}}, 67 años, de {{LOCATION|Itauguá}}, habla guaraní. ACV isquémico. CI {{ID|1.884.207}}. Nieta {{NAME|Fátima}}, {{PHONE|0981 442 318}}. Aguyje.`,

  `Buiti binafi. {{LOCATION|Southern Regional Hospital}}, {{LOCATION|Dangriga}}, Belize, {{DATE|04/12/2026}}. {{NAME|Cleotilde Martinez}}, 59F, Garifuna, from {{LOCATION|Hopkins Village}}, hypertensive urgency 212/118. Daughter {{NAME|Yolanda}} {{PHONE|+501 622 4471}}. Seremein.`,

  `Mari mari. {{LOCATION|Hospital Dr. Hernán Henríquez Aravena}}, {{LOCATION|Temuco}}, {{DATE|2 de diciembre de 2026}}. Paciente {{NAME|Rosa Huenchumilla Painemal}}, 52 años, de la comunidad {{LOCATION|Llaguepulli}}, colecistitis aguda. RUN {{ID|11.448.207-3}}. Hijo {{NAME|Alihuen}}. Facilitadora intercultural {{NAME|Ana Llanquileo}}.`,

  `Мендвт! {{LOCATION|Республиканская больница им. П.П. Жемчуева}}, г. {{LOCATION|Элиста}}, {{DATE|3 декабря 2026 г.}} Пациент {{NAME|Бадма Очиров}}, 58 лет, чабан из {{LOCATION|пос. Яшкуль}}, бруцеллёз. Полис ОМС {{HEALTH_PLAN|0855 4402 7718 2019}}. Дочь {{NAME|Саглара}}.`,

  `Салам! {{LOCATION|Дербентская центральная городская больница}}, {{DATE|4 декабря 2026 г.}} Пациентка {{NAME|Зарема Рамазанова}}, 44 года, лезгинка из {{LOCATION|с. Ахты}}, говорит по-лезгински, дочь переводит. Гипертонический криз. СНИЛС {{ID|118-447-209 61}}. Сын {{NAME|Эльдар}}, тел. {{PHONE|+7 928 551 40 27}}.`,

  `{{LOCATION|丽江市人民医院}} ({{LOCATION|Lijiang People's Hospital}}), {{DATE|2026年12月3日}}. Patient {{NAME|和秀英}} ({{NAME|He Xiuying}}), 72F, Naxi, from {{LOCATION|Baisha}} village, high-altitude COPD exacerbation. Grandson {{NAME|和建}} {{PHONE|139 8882 4417}}.`,

  `Om swastiastu. {{LOCATION|RSUP Prof. dr. I.G.N.G. Ngoerah}}, {{LOCATION|Denpasar}}, {{DATE|4 Desember 2026}}. Pasien {{NAME|I Wayan Sudarsana}}, 48 th, petani dari {{LOCATION|Desa Jatiluwih}}, Tabanan, rabies post-exposure (digigit anjing). NIK {{ID|5102041204780003}}. Istri {{NAME|Ni Made Ayu}}. Matur suksma.`,

  `Muli bwanji. {{LOCATION|Chipata Central Hospital}}, Eastern Province, {{DATE|03/12/2026}}. {{NAME|Esnart Banda}}, 27F, from {{LOCATION|Msanzala}}, speaks Nyanja, postpartum haemorrhage, 3 units transfused. NRC {{ID|448210/61/1}}. Husband {{NAME|Lackson Phiri}} {{PHONE|+260 97 744 1820}}. Zikomo.`,

  `Lumela. {{LOCATION|Queen 'Mamohato Memorial Hospital}}, {{LOCATION|Maseru}}, {{DATE|2 December 2026}}. 'Me {{NAME|Palesa Mokhehle}}, 35, from {{LOCATION|Roma}}, TB/HIV, on TLD. Lesotho ID {{ID|0044187730}}. Husband {{NAME|Teboho}}, a shepherd. Kea leboha.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Clinic letter template (no patient): Thank you for referring this patient with suspected Parkinson disease. On examination there was cogwheel rigidity, a positive Myerson sign and a reduced arm swing. Plan: trial of Madopar 62.5 mg TDS, DaTscan if the response is unclear, and review in the Movement Disorders Clinic in 12 weeks.`,
  `Gastroenterology eponyms for the registrar teaching: Crohn disease, Whipple disease, Barrett oesophagus, Zenker diverticulum, Mallory-Weiss tear, Boerhaave syndrome, Peutz-Jeghers, Gardner syndrome, Lynch syndrome, Hirschsprung, Meckel diverticulum, Dieulafoy lesion, Cullen and Grey Turner signs, Murphy sign, Rovsing sign, Courvoisier law, Budd-Chiari, Gilbert, Dubin-Johnson, Wilson disease.`,
  `Ok, thanks.`,
  `Discharge advice after a cast (leaflet): Keep your Plaster of Paris dry. Elevate the arm on two pillows for 48 hours. Return to the Fracture Clinic or ED if your fingers go white, blue or numb, or if the pain gets worse despite paracetamol and ibuprofen.`,
  `Antibiotic brands on the ward formulary: Augmentin, Tazocin, Meronem, Zinacef, Rocephin, Klacid, Zithromax, Tavanic, Ciproxin, Flagyl, Targocid, Vancocin, Zyvox, Cubicin, Septrin, Macrobid, Nitrofurantoin (Macrodantin), Trimethoprim, Fucidin, Bactroban, Doxycycline (Vibramycin).`,
  `Ward safety huddle, 08:00: two patients at high falls risk, one sepsis screen pending, one NEWS2 of 6 escalated, Datix submitted for a pressure ulcer. Next huddle 14:00. Reminder that the Resus trolley check is due today.`,
  `Skin lesion eponyms: Kaposi sarcoma, Merkel cell carcinoma, Spitz naevus, Becker naevus, Bowen disease, Paget disease of the nipple, Darier disease, Hailey-Hailey, Grover disease, Sweet syndrome, Gianotti-Crosti, Koebner phenomenon, Nikolsky sign, Auspitz sign, Wickham striae, Dennie-Morgan folds, Beau lines, Mees lines, Terry nails, Lindsay nails.`,
  `| Score | Use | Cut-off |
| Wells (DVT) | pretest probability | 2 or more = likely |
| Wells (PE) | pretest probability | more than 4 = likely |
| PERC | rule out PE | all 8 negative |
| Geneva | PE probability | revised |
| HAS-BLED | bleeding on anticoagulation | 3 or more = high |
| CHA2DS2-VASc | stroke in AF | 2 or more (men) |`,
  `Stoma products for the nurse-led clinic: Coloplast SenSura Mio, Dansac NovaLife, ConvaTec Esteem+, Hollister Moderma Flex, Salts Confidence BE, Eakin Cohesive seals, Brava protective rings, Adapt barrier rings, Appeel sterile wipes, Orabase paste, Stomahesive powder.`,
  `History of psychiatry (lecture slide): Pinel unchained patients in 1793; Kraepelin described dementia praecox in 1893; Bleuler coined schizophrenia in 1908; chlorpromazine arrived in 1952; lithium was introduced by Cade in 1949; DSM-III was published in 1980.`,
  `Two lines.
No visiting on the ward after 20:00. Please use the hand gel at the door.`,
  `Travel clinic vaccines: Yellow fever (Stamaril), Japanese encephalitis (Ixiaro), Rabies (Rabipur, Verorab), Typhoid (Typhim Vi, Vivotif), Hepatitis A (Havrix, Avaxim), Hepatitis B (Engerix B, HBvaxPRO), Cholera (Dukoral), Tick-borne encephalitis (TicoVac), MenACWY (Nimenrix, Menveo); malaria chemoprophylaxis: Malarone, Lariam, doxycycline.`,
  `Places that name diseases and signs, for the quiz: Marburg virus, Ebola (the river), Lassa fever, Coxsackie (New York), Norwalk virus, Lyme, Omsk haemorrhagic fever, Crimean-Congo haemorrhagic fever, Bornholm disease, Mediterranean spotted fever, Oroya fever, Tahyna, Chagas (the physician), Tokelau (tinea imbricata), Jamestown Canyon virus.`,
  `Ophthalmology eponyms and signs: Argyll Robertson pupil, Marcus Gunn pupil, Adie tonic pupil, Horner syndrome, Kayser-Fleischer rings, Roth spots, Brushfield spots, Lisch nodules, Fuchs dystrophy, Coats disease, Stargardt disease, Best disease, Amsler grid, Snellen chart, Ishihara plates, Goldmann perimetry, Schirmer test.`,
  `Bleep list changes: from next month the Medical Registrar bleep moves to the new system. Surgical SHO, Ortho SHO and Night Nurse Practitioner numbers stay the same. Switchboard will confirm by email.`,
  `Orthopaedic implants on the theatre list: Exeter stem, Trident cup, Corail, Pinnacle, Attune knee, Triathlon knee, NexGen, Oxford partial knee, Birmingham Hip Resurfacing, Gamma3 nail, DHS, PFNA, LCP plates, Herbert screw, Kirschner wires, Ilizarov frame, Taylor Spatial Frame.`,
  `Respiratory teaching list: Pancoast tumour, Horner syndrome, Kartagener syndrome, Young syndrome, Macleod syndrome, Caplan syndrome, Löfgren syndrome, Heerfordt syndrome, Churg-Strauss, Hamman sign, Hamman-Rich, Light criteria, Berlin definition of ARDS, Fleischner guidelines, Brock and Herder models for nodules.`,
  `Paediatric doses card (no patient): Paracetamol 15 mg/kg 4-6 hourly, max 4 doses in 24 h; Ibuprofen 10 mg/kg 8 hourly; Amoxicillin 30 mg/kg TDS (max 1 g); Dexamethasone 0.15 mg/kg for croup; Prednisolone 1-2 mg/kg for asthma, max 40 mg; Ondansetron 0.15 mg/kg.`,
  `Signs at the entrance (one per language): Welcome, Velkommen, Bienvenue, Bem-vindo, Benvenuto, Tervetuloa, Välkommen, Witajcie, Vitajte, Dobrodošli, Mirë se vini, Ongi etorri, Benvido, Fáilte, Croeso, Kaabo, Wamkelekile, Siyakwamukela, Swaagat hai, Khush amdeed, Sabaidee, Suosdei, Chào mừng, Selamat datang, Maligayang pagdating.`,
  `Pharmacy notice: Please allow 48 hours for repeat prescriptions. Controlled drugs (Schedule 2 and 3) must be collected within 28 days. We stock Calpol, Nurofen, Gaviscon, Rennie, Piriton, Clarityn, Sudafed, Lemsip, Canesten, Daktarin and Anusol.`,
  `Vaccination history (slide only): BCG 1921; tetanus toxoid 1924; yellow fever 17D 1937; influenza 1945; measles 1963; mumps 1967; rubella 1969; hepatitis B 1981; varicella 1995; HPV 2006; the UK shingles programme began in 2013.`,
  `One line: Clinic closed on bank holidays; the answerphone gives the out-of-hours number.`,
  `Cardiac devices in the pacing clinic: Medtronic Azure, Micra AV, Boston Scientific Accolade, Emblem S-ICD, Abbott Assurity, Gallant ICD, Biotronik Edora, Amvia, MicroPort Alizea; home monitors: CareLink, LATITUDE, Merlin.net, Home Monitoring. Loop recorders: Reveal LINQ II, Confirm Rx, BIOMONITOR IV.`,
  `Obstetric terms: Naegele rule, Bishop score, McRoberts manoeuvre, Woods screw, Rubin manoeuvre, Zavanelli manoeuvre, Lovset manoeuvre, Mauriceau-Smellie-Veit, Pinard stethoscope, Kielland forceps, Neville-Barnes forceps, Kiwi OmniCup, Bakri balloon, B-Lynch suture, Robson groups, Apgar score, Kleihauer test.`,
  `Renal diet leaflet: Choose white bread instead of wholemeal, apples and pears instead of bananas and oranges, and boil potatoes twice. Avoid LoSalt and Lo-Salt style substitutes because they contain potassium. Ask your Renal Dietitian about Phosphate binders such as Renvela, Fosrenol and Velphoro.`,
  `Thank-you words on the staff board: Thank you, Diolch, Go raibh maith agat, Merci, Danke, Grazie, Gracias, Obrigado, Dank je, Tack, Takk, Kiitos, Dziękuję, Děkuji, Köszönöm, Mulțumesc, Hvala, Faleminderit, Eskerrik asko, Gràcies, Ngiyabonga, Asante, Modupe, Daalụ, Na gode, Xiè xie, Kamsahamnida.`,
  `Neonatal unit equipment list: Giraffe OmniBed, Babyleo TN500, Infant Flow SiPAP, Fabian HFO, SLE6000, Neopuff, Bilisoft phototherapy blanket, Masimo Radical-7, Cool-Cap, Tecotherm Neo, Medela Symphony breast pump.`,
  `Teaching case (anonymised, no dates): a man in his seventies with Addison disease presented in Winter with vomiting and a sodium of 124. Hydrocortisone was doubled under sick-day rules and he recovered. Discuss: the Synacthen test, the role of fludrocortisone and the NHS Steroid Emergency Card.`,
  `Rheumatology criteria crib: ACR/EULAR 2010 RA, ACR/EULAR 2019 SLE, Jones criteria, Yamaguchi criteria (Still disease), Modified New York criteria, ASAS axial SpA, CASPAR (psoriatic arthritis), Chapel Hill nomenclature, Schober test, Gottron papules, Heliotrope rash, Raynaud phenomenon.`,
  `Kind regards from all at Outpatients. Wishing you a peaceful Hanukkah, Diwali, Christmas and New Year.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter39', '/tmp/deid-ood-letters39.jsonl');
