/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-ninth session, engineer author: short and
 * long clinician texts, about two thirds of them the most common real case: ordinary English clinic letters,
 * discharge summaries, referrals (2WW, TIA, lipid, nephrology, gastroenterology, neurosurgery, cardiology and paediatric),
 * handovers, ward rounds, night entries, theatre and clinic lists, nursing-home rounds, reception and telephone
 * messages, SMS and WhatsApp messages, e-mails with headers and signatures, portal and inbox messages, fit notes,
 * medical certificates, safeguarding, DoLS and coroner's referrals, solicitor's letters, screening invitations,
 * prior-authorisation, medical-aid motivation, WSIB, ACC, ACAT, Plunket, RFDS, EMS, VA, IHS, hospice, home-health,
 * school-nurse, occupational-health, pharmacy and lab-call texts and one-line notes, from England, Scotland, Wales,
 * Northern Ireland, Ireland, the US, Canada, Australia, New Zealand, India and South Africa, with names without a cue
 * word in sentences, lists and signatures, hospitals and clinics by their full names, towns, suburbs and streets in
 * running sentences, dates in every common form and record and plan numbers with prefixes. The rest are kinds of
 * text beyond letters14-35: a medical certificate of cause of death, an explanation of benefits, an NCPDP pharmacy
 * claim rejection, a TSV export of a referral tracker, a treating physician's affidavit, a trial case report form page,
 * a Yellow Card and a MedWatch report, an automatic voicemail transcript, a Telegram chat export, an HL7 CDA XML
 * header, an RTF letter fragment, a Viber message, a pharmacy receipt, an anaesthetic on-call rota, a CTG review
 * sticker and a WeChat exchange; and texts written in the styles of regions, peoples and languages not named in the
 * headers of letters14-35: Gitega (Kirundi, French), Woleu-Ntem (Fang, French), Rodrigues (Kreol Rodrige), Malaita
 * (Solomon Islands Pijin), Võru County (Võro, Estonian), Jacmel (Haitian Kreyòl), Addu (Dhivehi, Thaana script),
 * Trashigang (Tshangla), the Mixteca Alta (Mixtec, Spanish), Fogo (Kabuverdianu), Mukalla in the Hadramaut (Arabic
 * script), Rize (Laz, Turkish), Meizhou (Hakka, Chinese script), Miyako island (Miyakoan, Japanese script), Siargao
 * (Surigaonon), the Marquesas (Marquesan, French), Car Nicobar (Nicobarese), Kutch (Kachchi, Gujarati script and
 * digits), Quetta (Brahui), Tajik Badakhshan (Shughni, Tajik Cyrillic), Tunceli (Zaza, Turkish), Duhok (Assyrian
 * Neo-Aramaic, Syriac script), Aswan (Nubian, Arabic script and digits), Port Sudan (Beja), Juba (Juba Arabic), West
 * Pokot (Pokot, Swahili), Kajiado (Maasai), Khanty-Mansiysk (Khanty, Russian Cyrillic), Grozny (Chechen) and Evenkia
 * (Evenki). Some countries named before recur (Burundi, Gabon, Mauritius, the Solomon Islands, Estonia, Haiti, the
 * Maldives, Bhutan, Mexico, Cape Verde, Yemen, Turkey, China, Japan, the Philippines, French Polynesia, India,
 * Pakistan, Tajikistan, Iraq, Egypt, Sudan, South Sudan, Kenya, Russia), only through a region, people or language not
 * named before.
 * Human patients only. Written by hand by engineer author on 2026-12-07 (thirty-ninth session) without reading the
 * engine's rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never
 * tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone in sentences, greetings, signatures, e-mail headers, SMS, chat
 * exports, ward, theatre and clinic lists, surname first in capitals with and without a comma, initials, nicknames in
 * quotes, a "prefers to be called" name, XML given and family fields, TSV cells, lone first names and lone surnames;
 * Cyrillic, Arabic, Syriac, Thaana, Gujarati, Chinese and Japanese script; honorifics such as "Shri", "Mnr.",
 * "Suster", "Oupa", "bhai", "Baby of", "Col. (Retd)" and 医生 outside the name); places of every kind (streets, flats,
 * a PO box, units, farms, stations, villages, collines, quartiers, puroks, manyattas, a reindeer factoria, First
 * Nations, a mall, a bridge, a refinery, a shipyard, a steelworks, a park, schools, universities, pharmacies, care
 * homes, a hospice and hospitals and clinics in local languages, a Dublin postal district); ages over 89 as digits;
 * dates in many forms (dd/mm/yyyy, mm/dd/yyyy, ISO, dd.mm.yyyy, yyyymmdd, 03DEC2026, "Thu, 3 Dec 2026", "the 5th of
 * December", weekdays alone, "7 déc. 2026", "6 desanm 2026", "7 Desam 2026", "8 di Dizembru di 2026", "Disyembre 6,
 * 2026", "6 Aralık 2026 Pazar", "Jumamosi, 5 Desemba 2026", "6 декабря 2026", 2026年12月5日, 12月6日, Arabic-Indic and
 * Gujarati digits); IDs of many shapes (South African, Estonian, Turkish, Egyptian,
 * Bhutanese CID, Maldivian, Mauritian NIC, Pakistani CNIC, CURP, SNILS, DVLA driver number, MASH, DoLS, coroner,
 * court case, police incident, iPLEDGE, badge, First Nations status, lab accession, prescription, pharmacovigilance,
 * trial subject and MCP card numbers); health plans (GMS
 * medical card, Medicare AU, Medicaid, UHC, a pharmacy cardholder ID, Sun Life, RAMQ, OHIP, PHN, AHCIP, MSI, SK HSN,
 * DVA, Discovery, Bonitas, PMJAY, CGHS, CAM, CNAMGS, French Polynesian DN, PhilHealth, NHIF, OMS); licences (GMC, GPhC,
 * HPCSA, TNMC, NPI); NHS, CHI, H&C, NHI, UR, UHID and folder numbers as MRN; phones, bleeps, faxes, e-mails, a URL, an
 * IPv4; device serials (hearing aids, an insulin pump); vehicles (ambulances, an RFDS aircraft, a medevac mark, a
 * ship); US SSNs; claims and invoices. Every name, address and number is invented; institution names may be the
 * public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters34.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics
 * stay outside a name, facility words inside; US states, provinces, regions, territories, counties, districts and
 * countries are not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and
 * dates named by a weekday are DATE; wards, beds, bays, rooms and lots are not marked. An AGE span is one stated exact
 * age over 89, only its number. Medical, pharmacy, NPI and DEA licences are LICENSE; national, staff, case and register
 * numbers ID (US SSNs are SSN); NHS, H&C, CHI, NHI, UR, UHID, folder and hospital numbers MRN; health-insurance numbers
 * HEALTH_PLAN; claims ACCOUNT; postcodes ZIP (a Dublin district LOCATION); a DEVICE span is the serial only; bleeps
 * and extensions are PHONE. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts;
 * exits non-zero).
 * PHI-free texts (short one- and two-line notes among them) carry eponyms and signs (Hodgkin, Waldenström, Castleman,
 * Howell-Jolly, Reed-Sternberg, Trendelenburg, Lasègue, Phalen, Tinel, Finkelstein, Froment, Simmonds-Thompson,
 * Capgras, Fregoli, Cotard, Ekbom, Korsakoff, Alport, Bartter, Gitelman, Liddle, Peyronie, Fournier, Mitrofanoff),
 * scales, classifications and staging in lists and tables (PHQ-9, GAD-7, AUDIT-C, MoCA, Epworth, STOP-BANG, Clinical
 * Frailty Scale, NIHSS, ASPECTS, Bamford, Breslow, Ann Arbor, Lugano, Binet, Rai, FIGO, Dukes, Bosniak, Glucksberg),
 * place-named diseases and criteria (Ebola, Marburg, Lassa, Coxsackie, Norwalk, Ross River, Murray Valley, Omsk,
 * Crimean-Congo, Oropouche, Powassan, La Crosse, Pontiac, Tangier, Saguenay, Navajo, Guam, Baltimore protocol,
 * Seattle criteria, Paris, Jerusalem and Stendhal syndromes), drug, brand and device names with brackets (Glucophage
 * SR, Jardiance, Cardicor, Fultium, Entresto, Forxiga, Verquvo, Bexsero, Prevenar 20, Shingrix, Abrysvo, Tresiba,
 * Lyumjev, Neopuff, Optiflow, Giraffe OmniBed, Olympus, Pentax, EndoCuff, Hemospray, PillCam, Hot AXIOS), a medication
 * list, history years (1842-2008, 1996, 2018, 2024), a ventilator line, and greetings, thanks and signs in other
 * languages (Golchwch eich dwylo, Fakaʻapaʻapa, Fakaalofa lahi atu, Kia orana, Halo olgeta, Iakwe, Mauri, Sannu, Ẹ
 * káàrọ̀, Köszönöm, Kamsahamnida, Cảm ơn), which must stay.
 *   node --import tsx scripts/deid-ood-letters36.ts [--out /tmp/deid-ood-letters36.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters36.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Hollingworth}},

Re: {{NAME|Beverley Ann Stott}}, NHS No {{MRN|485 227 1093}}

Thank you for referring {{NAME|Beverley}}, whom I saw in the lipid clinic at {{LOCATION|Huddersfield Royal Infirmary}} on {{DATE|2 December 2026}}. Her LDL is 6.1 mmol/L off treatment and her brother had a myocardial infarction at 44. She meets the Simon Broome criteria for possible familial hypercholesterolaemia and I have sent genetic testing. Atorvastatin 40 mg started today.

Kind regards,

{{NAME|Rashid Mahmood}}
Consultant Chemical Pathologist`,

  `Discharge summary - {{LOCATION|Royal Stoke University Hospital}}
Patient: {{NAME|WEDGWOOD, Terence John}}   Hospital No: {{MRN|RJE0448193}}   DOB: {{DATE|30/06/1949}}
Admitted via ED, discharged {{DATE|04/12/2026}} to {{LOCATION|Meir Park Care Home}}.
Diagnosis: urosepsis (E. coli), delirium resolved. Catheter removed day 5, passing urine.`,

  `Ring {{NAME|Marjorie}} back pls - her daughter {{NAME|Sandra}} says she's more confused since Friday and not eating. Lives {{LOCATION|Hollins Lane}}, {{LOCATION|Marple}}. Taken by {{NAME|Kayleigh}} (reception) {{DATE|07/12}} 08:47`,

  `From: {{NAME|Oluwaseun Adeyemi}} <{{EMAIL|o.adeyemi@nhs.example.net}}>
To: Intermediate care hub
Date: {{DATE|Thu, 3 Dec 2026}} 17:05
Subject: bed for Mr {{NAME|Chowdhury}}?

Hi {{NAME|Priscilla}}, Mr {{NAME|Chowdhury}} ({{MRN|K402918}}) on the acute medical unit at {{LOCATION|Whipps Cross}} is medically fit; the social worker is chasing a placement. Any chance of an intermediate care bed at {{LOCATION|Mile End Hospital}}?
Thanks, {{NAME|Seun}}`,

  `Handover (night) - Ward 7B
Bed 3 {{NAME|Hughes, Glenys}} {{AGE|93}} - # NOF day 2, Hb 82, transfuse 1 unit.
Bed 5 {{NAME|Pritchard, Emyr}} 68 - COPD exac, on 28 % venturi, gas at 02:00.
Bed 9 {{NAME|Ellis-Jones, Cerys}} 45 - post-lap chole, for home am.
Reg on call bleep {{PHONE|4417}}.`,

  `{{NAME|Gwyneth}} phoned from {{LOCATION|Llandrindod Wells}} - her husband {{NAME|Aled Powell}} has new ankle swelling and is short of breath lying flat. Booked with Dr {{NAME|Vaughan}} at {{LOCATION|Rhayader}} surgery {{DATE|Tuesday}} 10:20.`,

  `Clinic letter - Paediatric Diabetes, {{LOCATION|Royal Hospital for Children, Glasgow}}
Re: {{NAME|Callum Fraser McInnes}} (CHI {{MRN|1107153392}})
Seen {{DATE|01.12.2026}} with mum {{NAME|Lorraine}}. HbA1c 71 mmol/mol, up from 58. Missing lunchtime boluses at {{LOCATION|Cleveden Secondary School}}. Plan: move to hybrid closed loop.
Dr {{NAME|Euan Forsyth}}`,

  `Re: Mrs {{NAME|Isobel Dunbar}}, {{AGE|97}}, {{LOCATION|Nairn}}
Fell at home {{DATE|5/12/2026}}, long lie overnight, CK 4100. Grandson {{NAME|Fraser}} found her. Admitted to {{LOCATION|Raigmore Hospital}} for fluids. Lives alone; needs a care package before home.`,

  `SMS from practice: Hi {{NAME|Jordan}}, your blood test at {{LOCATION|Cowdenbeath Health Centre}} is on {{DATE|Wed 9 Dec}} at 08:10. Fast from midnight. Reply C to cancel. {{LOCATION|Lochgelly Medical Practice}}`,

  `Referral - suspected cancer (lower GI), 2WW
Patient: {{NAME|Derek Ainsworth}}   NHS: {{MRN|712 338 4406}}   DOB: {{DATE|1958-09-22}}
Address: {{LOCATION|Bournemouth}} {{ZIP|BH1 1RB}}
FIT 240 ug/g, Hb 104, ferritin 9. Change in bowel habit 8 weeks. Referred to {{LOCATION|University Hospitals Dorset}}.
Referrer: Dr {{NAME|Kate Summerhayes}}, GMC {{LICENSE|6092314}}.`,

  `Theatre list {{DATE|Monday 7th December}} - Theatre 3, {{LOCATION|Freeman Hospital}}
1. {{NAME|ROBSON Alan}} 72M - TAVI (TF)
2. {{NAME|Charlton, Wendy}} 81F - TAVI (TF)
3. {{NAME|Tait Sammy}} 66M - PFO closure
Anaesthetist: {{NAME|Nkechi Obi}}.`,

  `Dear Ms {{NAME|Pollard}},
Your son {{NAME|Harvey}} attended {{LOCATION|Sheffield Children's Hospital}} emergency department on {{DATE|the 5th of December}} with a buckle fracture of the left wrist. He does not need further X-rays. Remove the splint after three weeks at home. 
Fracture clinic`,

  `Ward round {{DATE|06-12-2026}} - Mr {{NAME|Ifeanyi Nwosu}} seen with Dr {{NAME|Grainger}}. Still febrile 38.4. Echo: 1.1 cm vegetation on mitral valve. Blood cultures Strep gallolyticus. Discussed with {{LOCATION|Royal Brompton}} for surgery, colonoscopy requested. Wife updated by phone.`,

  `Safeguarding referral
Child: {{NAME|Tayla-Rose Birch}}, DOB {{DATE|19.10.2022}}
Concern raised {{DATE|04/12/2026}} by health visitor {{NAME|Michelle Quayle}}: unexplained bruises to pinnae. Mum and her partner live in {{LOCATION|Levenshulme}}. Case ref {{ID|MASH-26-118274}}.`,

  `Fit note (statement of fitness for work)
Patient: {{NAME|Nadia Rahman}}. Assessed {{DATE|3 Dec 2026}}. Condition: lumbar radiculopathy. Not fit for work for 4 weeks. Phased return may help.
Doctor: {{NAME|Tom Whitlock}}, {{LOCATION|Tower Hamlets GP Care Group}}, {{LOCATION|Bethnal Green}} {{ZIP|E2}}`,

  `Pharmacy message: {{NAME|Alf Greenhalgh}} collected his methotrexate 2.5 mg x 40 from {{LOCATION|Boots, Market Street}} {{DATE|Sat}} but his FBC/LFT is 3 months overdue. Please hold further scripts. {{NAME|Ruksana}}, pharmacist, GPhC {{LICENSE|2071554}}`,

  `A&E note {{LOCATION|Antrim Area Hospital}} {{DATE|5/12/26}} 01:15
{{NAME|Ruairí Mac Giolla Bhríde}}, 19, from {{LOCATION|Randalstown}}, assaulted outside a bar on {{LOCATION|Church Street}}. Nasal deformity, no septal haematoma, GCS 15. ENT clinic referral. PSNI present, incident {{ID|CC 2026120500118}}.`,

  `Community midwife notes - {{LOCATION|Enniskillen}}
{{NAME|Róisín Maguire}}, G1 at 36+2. BP 148/96, urine protein ++. Sent to {{LOCATION|South West Acute Hospital}} day unit. H&C {{MRN|551 904 6213}}. MW {{NAME|Úna Corrigan}} {{DATE|7 Dec}}.`,

  `Re: {{NAME|Seamus Ó Briain}}, {{LOCATION|Ballinrobe}}, Co. Mayo
Medical card {{HEALTH_PLAN|1188342W}}
Seen at the rapid-access TIA clinic, {{LOCATION|Mayo University Hospital}}, on {{DATE|2nd December 2026}}. ABCD2 4, carotid Doppler 80 % left ICA stenosis. Referred to vascular surgery at {{LOCATION|Galway University Hospitals}}.
Dr {{NAME|Gráinne Heneghan}}`,

  `Hi {{NAME|Sinéad}}, the bloods for your dad are back: potassium 5.9. Can you bring him to the {{LOCATION|Mater}} ED tonight? I've rung ahead. Dr {{NAME|Keane}}, {{LOCATION|Phibsboro Medical}}, {{LOCATION|Dublin 7}}`,

  `Nursing home GP visit - {{LOCATION|St. Brigid's Nursing Home}}, {{LOCATION|Kilcock}}
{{DATE|Thursday 3 December 2026}}
1. {{NAME|Margaret Kavanagh}} - chest infection, start amoxicillin, DNAR in place.
2. {{NAME|Patrick "Paddy" Rooney}} 84 - leg ulcer, swab MRSA, TVN to review.
3. {{NAME|Bridie Nolan}} {{AGE|90}} - weight loss 4 kg, bloods sent.`,

  `Dear {{NAME|Ciara}},
Thank you for bringing {{NAME|Oisín}} (DOB {{DATE|12-08-2019}}) to the asthma clinic in {{LOCATION|Tallaght University Hospital}}. His FeNO was 48 ppb. We increased his preventer. Next review {{DATE|March 4th 2027}}.
Yours, {{NAME|Nuala Fitzgerald}}, CNS`,

  `Letter to solicitor
{{LOCATION|O'Dowd & Lyons Solicitors}}, {{LOCATION|Cork}}
Re your client {{NAME|Declan Twomey}}, road traffic collision on {{DATE|14 June 2026}} on the N25. He sustained a whiplash injury and a fractured left clavicle treated non-operatively at {{LOCATION|Mercy University Hospital}}. Claim ref {{ACCOUNT|PIAB-26-0419937}}.`,

  `Telephone triage ({{LOCATION|CareDoc}}) {{DATE|6/12/2026}} 23:58: mother of {{NAME|Ella Ní Bhriain}}, 9 mo, {{LOCATION|Dungarvan}}, non-blanching spots on legs, temp 39.4. Advised ambulance to {{LOCATION|University Hospital Waterford}} now.`,

  `Patient: {{NAME|Tamika Jefferson}}   DOB: {{DATE|04/17/1983}}   MRN: {{MRN|E1029384}}
Visit: {{DATE|12/02/2026}}, {{LOCATION|Ochsner Medical Center}}, {{LOCATION|New Orleans}}, LA {{ZIP|70121}}
CC: palpitations. Holter: paroxysmal AF, 14 % burden. CHA2DS2-VASc 1 (female). TSH 0.01, FT4 3.9. Likely Graves. Methimazole 10 mg, propranolol. Endo referral.`,

  `hey its {{NAME|Marisol}} from the front desk - Mr. {{NAME|Delgado}}'s wife called, he can't make {{DATE|Thurs}} because the truck broke down in {{LOCATION|Hatch}}. rescheduled to {{DATE|12/14}} 2:30. her cell {{PHONE|575-555-0117}}`,

  `Nursing note 0300
Pt {{NAME|Gerald Voss}} ({{MRN|00883172}}) restless, pulling at lines. CAM positive. Daughter at bedside, calmed him. Haldol not given. Notified Dr {{NAME|Okonkwo}} via page {{PHONE|608-555-0133}}.`,

  `Dear Dr. {{NAME|Feinstein}},
I saw {{NAME|Ruth Abramowitz}}, a {{AGE|92}}-year-old retired schoolteacher who lives at {{LOCATION|Hebrew Home at Riverdale}}, on {{DATE|December 4, 2026}} for worsening hearing. Audiogram shows moderate-to-severe bilateral SNHL. She was fitted with Phonak Audéo hearing aids (serials {{DEVICE|2219A0871}} and {{DEVICE|2219A0872}}).
Sincerely,
Audiology`,

  `ED Provider Note - {{LOCATION|Parkland Memorial Hospital}}, {{LOCATION|Dallas}}
{{DATE|12/6/2026}} 19:42
{{NAME|Jose Luis Ybarra}} 29M roofer, fell 12 ft from a roof on {{LOCATION|Singleton Blvd}}. GCS 15, L calcaneus fx (Bohler angle 12), L1 compression fx. TLSO. Ortho consult. Workers comp carrier Texas Mutual, claim {{ACCOUNT|TM-26-7741902}}.`,

  `Message to Dr. {{NAME|Anand}}: Pt {{NAME|Kristin Halvorsen}} (DOB {{DATE|8/30/1975}}) asking for a refill of levothyroxine 112 mcg to {{LOCATION|CVS #4411}} in {{LOCATION|Fargo}}. Last TSH 2.1. OK to send 90 days? -{{NAME|Brittany}}, MA`,

  `Hospice admission
{{NAME|Lorraine Bettencourt}}, 79, metastatic pancreatic ca, admitted to home hospice {{DATE|12/05/2026}}. Lives with husband {{NAME|Manny}} at {{LOCATION|114 Rodman Street}}, {{LOCATION|Fall River}}, MA {{ZIP|02721}}. Comfort kit delivered.`,

  `Progress note (telehealth) {{DATE|Dec 3 2026}}
{{NAME|Dakota Whitehorse}}, 17, seen from {{LOCATION|Pine Ridge}} IHS clinic with mom. Acne cystic, failed doxy. iPLEDGE registration started, ID {{ID|IP-0338812-4}}. Pregnancy test N/A. Lipids and LFTs ordered.
{{NAME|Tess Arbogast}}, PA-C`,

  `Operative report
Patient: {{NAME|Hollis Pettigrew}}   MRN {{MRN|3384-771-2}}   Date: {{DATE|2026-12-04}}
Surgeon: {{NAME|Anita Rajan}}, MD   Anesthesia: general
Procedure: right carotid endarterectomy with bovine pericardial patch at {{LOCATION|Sentara Norfolk General Hospital}}. Shunt not required. EBL 50 mL.`,

  `Care coordination: Ms. {{NAME|Adebayo}} (Medicaid {{HEALTH_PLAN|GA 551042877}}) was discharged from {{LOCATION|Piedmont Atlanta}} on {{DATE|12/4}} after sickle cell crisis. Needs a ride to hematology at {{LOCATION|Grady}} on {{DATE|12/11}}. Call {{PHONE|(404) 555-0164}}.`,

  `School nurse note - {{LOCATION|Lincoln Elementary}}, {{LOCATION|Des Moines}}
{{NAME|Zoe Pham}}, grade 3, used albuterol x2 at recess {{DATE|Mon 12/7}}, wheeze resolved. Mom notified by phone. Asthma action plan expires {{DATE|01/15/27}}.`,

  `Dear Mr. {{NAME|Kowalczyk}},
Your colonoscopy at {{LOCATION|Henry Ford Hospital}} on {{DATE|November 30, 2026}} found two small tubular adenomas that were removed. No cancer. Next colonoscopy in 7 years. Questions: {{PHONE|313-555-0150}}.
{{NAME|Samir Haddad}}, MD, Gastroenterology`,

  `Pharmacy intervention
Rx for {{NAME|Earl Tubbs}} ({{DATE|1/2/1939}}): clarithromycin with simvastatin 80 mg - interaction, called prescriber Dr. {{NAME|Quentin Mayhew}} NPI {{LICENSE|1730558214}}, changed to doxycycline. His home is {{LOCATION|Route 3 Box 44}}, {{LOCATION|Hazard}}, KY. `,

  `{{NAME|Rosalind "Roz" Whitcomb}} is a {{AGE|101}}-year-old woman from {{LOCATION|Bar Harbor}}, ME, admitted to {{LOCATION|Northern Light Eastern Maine Medical Center}} on {{DATE|Saturday}} with a left hip fracture after tripping over her cat. She insists on surgery. Ortho will do a hemiarthroplasty {{DATE|Monday}}.`,

  `Behavioral health intake - {{LOCATION|Austin State Hospital}}
Client: {{NAME|Brandon Keel}}, 24, SSN {{SSN|457-20-8193}}, brought by Travis County deputies on an emergency detention after a standoff at {{LOCATION|Zilker Park}} on {{DATE|12/05/2026}}. Auditory hallucinations, no substance use reported.`,

  `Lab call: critical K 6.8 on {{NAME|Ernestine Booker}}, drawn {{DATE|12/07/26}} 06:15 at {{LOCATION|Quest Patient Service Center}}, {{LOCATION|Baton Rouge}}. Reported to the clinic nurse 07:02, read back. Accession {{ID|QL88104762}}.`,

  `Discharge instructions
{{NAME|Mateo Ruiz-Calderón}}, age 6, was treated at {{LOCATION|Rady Children's Hospital}} for croup. Give dexamethasone dose if stridor returns at rest. Follow up with Dr. {{NAME|Ng}} at {{LOCATION|Chula Vista Pediatrics}} in 2 days. {{DATE|12/6/2026}}`,

  `VA note: Veteran {{NAME|Clifford Ames}}, Army 1968-70, Agent Orange exposure, presents to {{LOCATION|Minneapolis VA Health Care System}} with new AML. Claim for service connection {{ACCOUNT|VBA-26-5510348}}. Next visit {{DATE|December 18}}.`,

  `Inbox msg {{DATE|12/4}} 11:22 AM
From patient: hi doctor {{NAME|Wexler}} my knee is still swollen after the shot, its been 5 days. should I come in? - {{NAME|Agnes Mbeki}}
Reply ({{NAME|RW}}): please come to the walk-in at {{LOCATION|Kaiser Permanente Oakland}} today to rule out infection.`,

  `Home health visit {{DATE|12/03/2026}}
{{NAME|Otis Freeman}}, 88, CHF, {{LOCATION|Sunflower Apartments}} #214, {{LOCATION|Wichita}}. Wt up 3 lb in 2 days, +2 edema. Called Dr {{NAME|Haskell}}'s office, lasix increased to 40 bid. RN {{NAME|Glenda Voth}}.`,

  `Prior auth request - Blue Cross NC
Member {{NAME|Hunter Lassiter}} ID {{HEALTH_PLAN|YPB 882401559}}, DOB {{DATE|11-11-2001}}
Requesting: dupilumab for moderate-severe atopic dermatitis, failed topical tacrolimus and cyclosporine. Prescriber {{NAME|Ama Boateng}}, MD, {{LOCATION|Duke Dermatology}}, fax {{FAX|919-555-0176}}.`,

  `ICU family meeting {{DATE|Sun 12/6}}
Present: wife, son, Dr {{NAME|Iyer}}, SW. Patient {{NAME|Wayne Tidwell}} remains on ECMO day 9 for influenza ARDS. Family chooses to continue for 72 h then reassess.`,

  `EMS: {{VEHICLE|Ambulance 31}} ({{LOCATION|Cheyenne}} Fire Rescue) to {{LOCATION|I-80 mile marker 367}}, MVC rollover, pt {{NAME|Tyler Brandt}} 22M ejected, GCS 8, intubated. Air transfer by {{VEHICLE|N281LF}} to {{LOCATION|UCHealth Medical Center of the Rockies}}.`,

  `Obstetric triage {{LOCATION|Women & Infants Hospital}}, {{LOCATION|Providence}}
{{NAME|Keisha Alves}} 31 y G3P2 at 34w, SROM 02:00 clear. GBS unknown. Pen G started. Peds aware. {{DATE|12/7/26}}`,

  `Occupational medicine - {{LOCATION|Bath Iron Works}}
{{NAME|Dale Thibodeau}}, welder, badge {{ID|BIW-20471}}, metal fume fever 2nd episode this month. Recommended PAPR. Return to work {{DATE|12/9}}.`,

  `Clinic note - {{LOCATION|Alaska Native Medical Center}}
{{NAME|Nellie Kasayulie}}, 58, from {{LOCATION|Bethel}}, flown in {{DATE|Dec 1}}. Hep B DNA 2.3 million IU/mL, ALT 140. Start tenofovir. Return to {{LOCATION|Yukon-Kuskokwim Delta Regional Hospital}} for monitoring.`,

  `Hey Dr. {{NAME|P}}, it's {{NAME|Lisa}} ({{NAME|Madison}}'s mom). Her fever broke, but she has a rash on her trunk now, pink and flat, she's eating fine. Is this roseola?? Sent pic to your email {{EMAIL|drpatil.peds@example.org}}.`,

  `Consultation - Nephrology, {{LOCATION|St. Michael's Hospital}}, {{LOCATION|Toronto}}
Patient: {{NAME|Harpreet Kaur Sandhu}}   OHIP {{HEALTH_PLAN|4471-203-889-KS}}   DOB {{DATE|1968/02/11}}
eGFR 24, ACR 310. Diabetic nephropathy. Discussed modality; she prefers PD. Husband works nights at {{LOCATION|Pearson}}.
{{NAME|Élise Tremblay-Roy}}, MD FRCPC`,

  `Triage - {{LOCATION|Hôpital Sainte-Justine}}
{{NAME|Léa Bouchard}}, 4 ans, fièvre 5 jours, conjonctivite, lèvres rouges, desquamation des doigts. RAMQ {{HEALTH_PLAN|BOUL 1903 2218}}. {{DATE|7 déc. 2026}}`,

  `Dr {{NAME|Wong}} - Mrs. {{NAME|Grace Yip}}'s daughter called from {{LOCATION|Richmond}}; mom ({{AGE|94}}) is sleepier since the new gabapentin. PHN {{HEALTH_PLAN|9081 442 617}}. Please call her back. - {{NAME|Harj}}`,

  `Discharge summary - {{LOCATION|Foothills Medical Centre}}, {{LOCATION|Calgary}}
{{NAME|Brett Sawchuk}}, 41, AHCIP {{HEALTH_PLAN|60311-4982}}, admitted after a bull-riding injury at the {{LOCATION|Ponoka Stampede grounds}}. Splenic laceration grade III, managed with embolization. Discharged {{DATE|Dec. 4, 2026}}. No contact sports 3 months.`,

  `Northern nursing station note - {{LOCATION|Fort Chipewyan}}
{{DATE|2026-12-05}} {{NAME|Rosie Marten}}, 33, fever and productive cough. Sats 89 %. Medevac requested to {{LOCATION|Northern Lights Regional Health Centre}}, {{LOCATION|Fort McMurray}}. Status no. {{ID|4560092318}}.`,

  `Referral to {{LOCATION|IWK Health}}, {{LOCATION|Halifax}}
Child: {{NAME|Liam MacIsaac}} (MSI {{HEALTH_PLAN|0019 442 771}}), 11 y, {{LOCATION|Antigonish}}. Polyuria, weight loss, glucose 24. DKA excluded. New T1DM.`,

  `WSIB Form 8 - {{NAME|Dmitri Kovalenko}}, claim {{ACCOUNT|32-4410987}}, injured {{DATE|Nov 30, 2026}} at {{LOCATION|Stelco}} {{LOCATION|Hamilton}} lifting a steel coil. L4-5 disc herniation. Modified duties. `,

  `Message from {{NAME|Ayasha Sinclair}} ({{LOCATION|Norway House Cree Nation}}): my son {{NAME|Jaxon}} still has ear drainage after the drops. Can the nurse practitioner see him {{DATE|Wednesday}}? Call {{PHONE|204-555-0188}}.`,

  `Dear Dr {{NAME|Kapoor}},
Re: {{NAME|Mohammed Al-Rashid}}, Saskatchewan HSN {{HEALTH_PLAN|771 204 639}}
Thank you for seeing this 62-year-old refugee from Syria who arrived this year. He has a 4 cm AAA on ultrasound done at {{LOCATION|Regina General Hospital}} on {{DATE|Dec 1}}. Arabic interpreter required.
{{NAME|Laurel Friesen}}, NP`,

  `Discharge summary - {{LOCATION|Royal Prince Alfred Hospital}}
Patient: {{NAME|Maria Theodoridis}}   MRN: {{MRN|1048862}}   DOB: {{DATE|09/05/1956}}
Admitted 7 days. Community-acquired pneumonia (Legionella urinary antigen positive - she had been cleaning an air-conditioner cooling tower at her son's cafe in {{LOCATION|Newtown}}). Medicare {{HEALTH_PLAN|2950 61844 1-3}}.`,

  `ACAT assessment: {{NAME|Norman Pike}}, {{AGE|91}}, lives alone in {{LOCATION|Ballarat East}}. Daughter visits weekly. Recommend home care package level 3. DVA gold card {{HEALTH_PLAN|VX287651}}. Assessed {{DATE|4/12/2026}}.`,

  `RFDS retrieval {{DATE|05/12/26}} - {{VEHICLE|VH-FVL}} from {{LOCATION|Coober Pedy}} to {{LOCATION|Royal Adelaide Hospital}}
Pt {{NAME|Desmond Wanganeen}}, 48, chest pain 3 h, inferior STEMI, tenecteplase given at {{LOCATION|Coober Pedy Hospital}} 14:05.`,

  `Hi {{NAME|Bec}}, it's {{NAME|Jodie}} from {{LOCATION|Toowong Family Practice}}. Your Pap/CST came back HPV 16 positive, so we've booked a colposcopy at {{LOCATION|Royal Brisbane and Women's}} for {{DATE|15 Dec}} 9am. Ring {{PHONE|07 3555 0142}} if that doesn't suit.`,

  `Ward round - 8A {{LOCATION|Fiona Stanley Hospital}} {{DATE|Mon 07/12}}
{{NAME|Kyle Bennell}} 27 - MVA on {{LOCATION|Kwinana Freeway}}, R femur IMN day 3, mobilising. UR {{MRN|A33920041}}.
Consultant: {{NAME|Ravi Subramanian}}. `,

  `Letter to Mrs {{NAME|Nguyen}} (mother of {{NAME|Bao Nguyen}}, DOB {{DATE|21.07.2015}})
The hearing test at {{LOCATION|Australian Hearing Footscray}} shows glue ear both sides. Dr {{NAME|Chau}} at {{LOCATION|Sunshine Hospital}} ENT will see him for grommets.`,

  `Aboriginal health worker note - {{LOCATION|Wurli-Wurlinjang Health Service}}, {{LOCATION|Katherine}}
{{NAME|Selina Roberts}}, 16, with aunty {{NAME|Mavis}}. Sore throat, rheumatic heart disease on register, bicillin due {{DATE|10 Dec}}. Lives at {{LOCATION|Binjari}}. `,

  `Email: From Dr {{NAME|Imogen Lowe}} <{{EMAIL|ilowe@hobartdocs.example.au}}> to {{LOCATION|Royal Hobart Hospital}} Fracture Clinic: Please review {{NAME|Angus Tennant}} (Medicare {{HEALTH_PLAN|4402 81653 2}}), scaphoid tenderness after a fall at {{LOCATION|Kingston Beach}}, x-ray negative. Thanks, {{NAME|Imogen}}`,

  `Referral - {{LOCATION|Christchurch Hospital}} Gastroenterology
Patient: {{NAME|Aroha Te Whata}}, NHI {{MRN|ZMK4418}}, DOB {{DATE|3/10/1990}}
Iron deficiency anaemia, tTG 120 U/mL. Query coeliac. Please scope. Kind regards, Dr {{NAME|Sione Fifita}}.`,

  `ACC45: {{NAME|Tama Herewini}}, claim {{ACCOUNT|10044827391}}, injured {{DATE|02/12/2026}} shearing at {{LOCATION|Glenroy Station}} near {{LOCATION|Gisborne}} - hand laceration from a handpiece, flexor tendon intact. Sutured at {{LOCATION|Tairāwhiti Hospital}}.`,

  `Plunket nurse note {{DATE|4 Dec}}: baby {{NAME|Mereana}} 6 weeks, weight 4.1 kg (25th centile). Mum {{NAME|Kiri Walker}} at {{LOCATION|Whanganui East}}, sore nipples. LC referral to {{LOCATION|Whanganui Hospital}}. `,

  `Kia ora {{NAME|Hemi}}, this is {{NAME|Marama}} from {{LOCATION|Ngāti Porou Oranga}}. Your diabetes review is {{DATE|Tuesday 8 Dec}} at 10.30 at the {{LOCATION|Ruatōria}} clinic. Ngā mihi.`,

  `Emergency dept note - {{LOCATION|Middlemore Hospital}} {{DATE|06/12/2026}}
{{NAME|Losa Fa'amausili}}, 52, from {{LOCATION|Māngere}}, HbA1c 104, foot ulcer with probe-to-bone. Admit for IV antibiotics and MRI. Son interpreting Samoan. NHI {{MRN|BQT2211}}.`,

  `GP letter - {{LOCATION|Dunedin}}
Dear Dr {{NAME|McAllister}},
{{NAME|Fergus Lindsay}} of {{LOCATION|Mosgiel}} has a new painless jaundice. Bilirubin 180. I have arranged CT at {{LOCATION|Dunedin Hospital}} on {{DATE|9 December}}.
Regards, {{NAME|Pip Cargill}}`,

  `Discharge summary - {{LOCATION|Christian Medical College, Vellore}}
Name: Mr. {{NAME|S. Karthikeyan}}   Hospital No: {{MRN|718244K}}   Age/Sex: 47/M
Address: {{LOCATION|Katpadi}}
DOD: {{DATE|05/12/2026}}
Diagnosis: scrub typhus with ARDS, eschar L axilla. Treated with doxycycline and azithromycin. Review in Medicine OPD. PMJAY ID {{HEALTH_PLAN|PMJAY-TN-44810293}}.`,

  `OPD slip, {{LOCATION|AIIMS New Delhi}}, {{DATE|07.12.2026}}
Pt: {{NAME|Rekha Devi}} w/o {{NAME|Ramesh Kumar}}, 35F, from {{LOCATION|Sitamarhi}}, Bihar. UHID {{MRN|106428817}}. Complains pain abdomen 2 months, USG: multiple liver cysts, echinococcus serology sent. Ref to Surgery.`,

  `Dear Sir,
Referring Baby of {{NAME|Lakshmi}}, 2 days old, born at {{LOCATION|PHC Hosakote}}, with jaundice TSB 19 mg/dL at 40 h. Kindly admit at {{LOCATION|Indira Gandhi Institute of Child Health}}, {{LOCATION|Bengaluru}}. Father's contact {{PHONE|+91 98450 31276}}.
Dr {{NAME|Kavya Reddy}}`,

  `{{NAME|Anil}} bhai - sugar 380 fasting aaj, insulin nahi liya 3 din se. {{LOCATION|Civil Hospital Ahmedabad}} le jao. Beta {{NAME|Chirag}} ka number {{PHONE|98250 44172}}. - Dr {{NAME|Mehta}} clinic, {{LOCATION|Maninagar}}`,

  `Handover - ICU, {{LOCATION|KEM Hospital}}, {{LOCATION|Parel}}
Bed 4: {{NAME|Sunita Pawar}}, 29F, leptospirosis with pulmonary haemorrhage, on ventilator FiO2 60 %. 
Bed 6: {{NAME|Mohd. Irfan Shaikh}}, 54M, dengue shock day 2, platelets 18k.
Resident: Dr {{NAME|Neha Kulkarni}}`,

  `Medical certificate
This is to certify that Shri {{NAME|Venkatesh Iyer}}, was under my treatment for acute viral hepatitis A from {{DATE|16-11-2026}} to {{DATE|06-12-2026}} and is fit to resume duties from {{DATE|07-12-2026}}.
Dr {{NAME|R. Balasubramanian}}, MBBS MD, {{LOCATION|Kauvery Hospital}}. Reg. {{LICENSE|TNMC 61207}}.`,

  `CGHS referral: beneficiary Col. (Retd) {{NAME|Harbans Singh Gill}}, {{AGE|90}} yrs, card {{HEALTH_PLAN|CGHS-CHD-0042718}}, from {{LOCATION|Sector 35}}, {{LOCATION|Chandigarh}}, referred to {{LOCATION|PGIMER}} Cardiology for TAVR work-up. Severe AS, gradient 68 mmHg.`,

  `Telemedicine (eSanjeevani) {{DATE|5 Dec 2026}} - {{NAME|Pooja Oraon}}, 24F, {{LOCATION|Gumla}}, Jharkhand, 28 weeks, Hb 6.8. Referred to {{LOCATION|RIMS Ranchi}} for transfusion. MCP card {{ID|JH-GUM-2026-00841}}.`,

  `Discharge summary ({{LOCATION|Amrita Hospital}}, {{LOCATION|Kochi}})
{{NAME|Thomas Varghese}}, 61, from {{LOCATION|Kottayam}}, admitted {{DATE|1st Dec 2026}} with NSTEMI. Angio: TVD, for CABG. Son in {{LOCATION|Dubai}} informed.`,

  `Dear Doctor,
Please see Miss {{NAME|Ananya Chatterjee}}, 19, student at {{LOCATION|Jadavpur University}}, with 3 months amenorrhoea and weight loss to BMI 15.2. Lives in {{LOCATION|Behala}}. Mother Mrs. {{NAME|Rita Chatterjee}} anxious. Thanking you, Dr {{NAME|S. Banerjee}}`,

  `Referral - {{LOCATION|Chris Hani Baragwanath Academic Hospital}}
Patient: {{NAME|Sipho Mthembu}}, 36M, ID {{ID|9004125831088}}, from {{LOCATION|Soweto}}. Smear-positive TB on treatment 6 weeks, now new confusion, CD4 42. Query TB meningitis or crypto. Please accept. Dr {{NAME|Lerato Moloi}}, HPCSA {{LICENSE|MP 0734219}}.`,

  `Hallo {{NAME|Annelie}}, Oupa {{NAME|Koos}} se bloedsuiker was 2.1 vanoggend by {{LOCATION|Huis Nuwe Hoop}}, {{LOCATION|Worcester}}. Ons het glukose gegee. Die dokter kom {{DATE|Dinsdag}}. - Suster {{NAME|Fourie}}`,

  `Discharge note - {{LOCATION|Groote Schuur Hospital}}
{{NAME|Fatima Isaacs}}, 44F, folder {{MRN|GSH 2193448}}, from {{LOCATION|Mitchells Plain}}. Admitted {{DATE|30 Nov}} with SLE flare, lupus nephritis class IV on biopsy. Started MMF. Discovery Health {{HEALTH_PLAN|186442093}}. Follow up renal clinic 2 weeks.`,

  `Clinic note - {{LOCATION|Ngwelezana Hospital}}, {{LOCATION|Empangeni}}
{{NAME|Nomvula Zulu}}, 27, G2 at 30 weeks, BP 160/110, headache. Magnesium started, transfer to {{LOCATION|Inkosi Albert Luthuli Central Hospital}}. Sister {{NAME|Mkhize}}.`,

  `Mediese sertifikaat: Mnr. {{NAME|Pieter Botha}} ({{ID|7506115043081}}) was siek van {{DATE|1 Desember 2026}} tot {{DATE|4 Desember 2026}} met akute gastro-enteritis. Dr {{NAME|Elna Steyn}}, {{LOCATION|Paarl Mediese Sentrum}}.`,

  `Ambulance: {{VEHICLE|ER24 unit PE-14}} to {{LOCATION|N2 near Kariega}}, taxi collision, 11 pts. Pt {{NAME|Luvuyo Ndlovu}} 32M, open tib fracture, to {{LOCATION|Livingstone Hospital}}, {{LOCATION|Gqeberha}}. {{DATE|06/12/2026}} 18:40.`,

  `WhatsApp to on-call: Hi Dr {{NAME|Pillay}}, Mrs {{NAME|Naidoo}} in bed 12 at {{LOCATION|RK Khan Hospital}} is desaturating to 86 % on 4 L. Started NRB. ABG sent. Pls come. {{NAME|Thandeka}} (ward sister)`,

  `Medical aid motivation - Bonitas
Member: {{NAME|Zanele Dlamini}}, no. {{HEALTH_PLAN|BON 5510882}}, dependant code 01
Request: insulin pump for T1DM with recurrent severe hypoglycaemia. Treating endocrinologist Dr {{NAME|Y. Moosa}}, {{LOCATION|Netcare Milpark}}, {{LOCATION|Parktown}}. {{DATE|2026/12/03}}.`,

  `Clinic list - Rheumatology, {{LOCATION|Leeds Chapel Allerton Hospital}}, {{DATE|Tue 08/12/2026}}
09:00 {{NAME|Pauline Ackroyd}} - PMR, steroid taper
09:20 {{NAME|Zubair Hussain}} - axSpA, biologic review
09:40 {{NAME|Sharon Lockwood}} - new, ?gout vs CPPD
10:00 {{NAME|Graham Illingworth}} - GCA, tocilizumab
`,

  `Dear Mr {{NAME|Okwuosa}},
You are invited for abdominal aortic aneurysm screening at {{LOCATION|Lewisham Hospital}} on {{DATE|Friday 18 December 2026}} at 14:40. Your NHS number is {{MRN|943 476 5919}}. Call {{PHONE|020 3192 6605}} to change.
{{LOCATION|South East London AAA Screening Programme}}`,

  `Dr {{NAME|Ashworth}}'s dictation: "{{NAME|Sheila Marsden}}, {{AGE|95}}, seen at home in {{LOCATION|Haworth}} today, {{DATE|7th December}}. Chest clear, heart failure compensated. Her carers are managing. Continue."`,

  `Coroner's referral (HM Coroner, {{LOCATION|Avon}})
Deceased: {{NAME|Kevin Marchant}}, DOB {{DATE|17 Aug 1979}}, found at {{LOCATION|Clifton Suspension Bridge}} car park {{DATE|3 Dec 2026}}. Coroner's ref {{ID|AV-1288-26}}.`,

  `hi {{NAME|Mo}}, dad's ({{NAME|Younis Akhtar}}) warfarin clinic moved to {{LOCATION|Bradford Royal Infirmary}} outpatients from {{DATE|Jan 4th}}. Bring yellow book. - {{NAME|Aisha}} @ {{LOCATION|Manningham Medical Practice}}`,

  `Handover sheet - {{LOCATION|Ninewells Hospital}}, Ward 6
{{NAME|SMITH, Moira}} CHI {{MRN|2404538821}} - upper GI bleed, OGD today, Hb stable
{{NAME|McGREGOR, Iain}} CHI {{MRN|1511479903}} - alcohol withdrawal, CIWA 14
{{NAME|Duncan}} in bay 2 wants to self-discharge, see notes.`,

  `Dear Dr {{NAME|Jenkins}}, I reviewed {{NAME|Carys Morgan}} in the epilepsy clinic at {{LOCATION|Morriston Hospital}}. She had two tonic-clonic seizures since {{DATE|October 12th}} while driving lessons were planned; I've advised her to inform the DVLA. Driver number {{ID|MORGA958064C99AB}}. Lamotrigine up to 150 mg bd. {{NAME|Huw Lewis}}, Consultant Neurologist`,

  `From: {{NAME|Chloe Barnard}} <{{EMAIL|chloe.barnard@nhs.example.net}}>
Sent: {{DATE|07 December 2026}} 10:14
To: Safeguarding adults team
Subject: Re: {{NAME|Edna Fielding}} - DoLS

The best interests meeting for Mrs {{NAME|Fielding}} at {{LOCATION|Larkfield House}}, {{LOCATION|Tonbridge}}, is now {{DATE|Thursday}} at 2 pm. Her niece is travelling from {{LOCATION|Hastings}}. DoLS ref {{ID|KCC-DOLS-55031}}.
{{NAME|Chloe}}`,

  `Re: {{NAME|Marcus Adeleke-Brown}}, DOB {{DATE|09/09/2009}}
He was seen at {{LOCATION|Evelina London Children's Hospital}} on {{DATE|1 Dec}}. Sickle cell (HbSS), on hydroxycarbamide. School: {{LOCATION|Harris Academy Peckham}}. Please allow water bottle and toilet pass.`,

  `Pt called: {{NAME|Victor Hamblin}}, pharmacy at {{LOCATION|Tesco Extra, Clacton}} refused his oxycodone script (date wrong). Reissue please. {{NAME|Lynn}} 11:05 {{DATE|7/12/26}}`,

  `Night entry 02:30 - Mrs {{NAME|Adaeze Okoro}}, 1 day post-CS, {{LOCATION|Birmingham Women's Hospital}}. Temp 38.7, HR 118, lochia offensive. Sepsis 6 started, gentamicin + co-amox.`,

  `Referral to {{LOCATION|Frenchay}}... sorry, to {{LOCATION|Southmead Hospital}} neurosurgery: {{NAME|Ollie Tranter}}, 34, thunderclap headache at the gym in {{LOCATION|Cribbs Causeway}} on {{DATE|Saturday}}, CT SAH Fisher 3. Dr {{NAME|Jo Harcourt}}, ED.`,

  `{{LOCATION|Arrowe Park Hospital}} ED - {{DATE|05/12/2026}}
{{NAME|Jack Lundy}}, 17, from {{LOCATION|Birkenhead}}, took 40 paracetamol at 20:00 after an argument. Level 4 h: 210 mg/L. NAC started. CAMHS (Dr {{NAME|Adaora Eze}}) to review. Mum present.`,

  `Patient: {{NAME|Craig Dempsey}}  DOB: {{DATE|1987-03-12}}  MRN: {{MRN|CH4410827}}
{{LOCATION|Cleveland Clinic}}, OH
Dx: infective endocarditis, tricuspid (MSSA), IVDU. Septic emboli lungs. Cefazolin 6 weeks via PICC. Addiction medicine - buprenorphine started {{DATE|12/3}}. Insurance Medicaid {{HEALTH_PLAN|OH 9011482237}}.`,

  `Telephone encounter - Ms. {{NAME|Guadalupe Reyes}} called from {{LOCATION|Yakima}}; her son {{NAME|Andrés}}, 14, was bitten by a bat in their barn on {{LOCATION|Naches Heights Road}} last night. Referred to {{LOCATION|Virginia Mason Memorial}} ED for rabies PEP today {{DATE|12/7/2026}}.`,

  `Clinic letter - {{LOCATION|Sunnybrook Health Sciences Centre}}
RE: {{NAME|Eleanor MacPhail}}, DOB {{DATE|Jan 3, 1933}}, {{AGE|93}}, OHIP {{HEALTH_PLAN|5512 883 014 EM}}
Seen in geriatric day hospital. MoCA 18/30. Son now has POA. Lives at {{LOCATION|Leaside}} retirement residence.`,

  `GP note - {{LOCATION|Fremantle}}
{{DATE|4 Dec}}: {{NAME|Jarrah Collard}}, 8, swimming at {{LOCATION|Bathers Beach}}, stung by jellyfish, severe back pain, sweating, BP 160/100. ?Irukandji. Ambulance to {{LOCATION|Fiona Stanley}}.`,

  `On-call note, {{LOCATION|Wellington}} - {{DATE|Sat 5 Dec}}
{{NAME|Priya Naidu}}, 38, from {{LOCATION|Porirua}}, 2 days post-appendicectomy at {{LOCATION|Wellington Regional Hospital}}, now vomiting, distended. AXR: SBO. NG tube. Consultant aware.`,

  `MEDICAL CERTIFICATE OF CAUSE OF DEATH
Name of deceased: {{NAME|Harold Ernest Pybus}}   Date of death: {{DATE|5 December 2026}}   Age: 84
Place of death: {{LOCATION|St Catherine's Hospice}}, {{LOCATION|Scarborough}}
I(a) Metastatic carcinoma of prostate. II Ischaemic heart disease.
Certifying doctor: {{NAME|Adebola Ogunleye}}, GMC {{LICENSE|7044216}}. Informant: daughter.`,

  `EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: {{NAME|DOUGLAS R FENWICK}}   Member ID: {{HEALTH_PLAN|UHC 994718203-01}}   Claim #: {{ACCOUNT|2026338K7710}}
Patient: {{NAME|FENWICK, MADISON}}   Provider: {{LOCATION|CHILDRENS MERCY KANSAS CITY}}
Service date {{DATE|11/19/2026}}   Billed $4,280.00   Allowed $1,912.50   You owe $382.50`,

  `NCPDP claim (pharmacy) - rejected 75 Prior Authorization Required
Cardholder ID {{HEALTH_PLAN|ZGP44190226}}  Patient {{NAME|Lucinda Marsh}}  DOB {{DATE|19780214}}
Rx {{ID|6620418}}  Semaglutide 2 mg/3 mL  Prescriber NPI {{LICENSE|1659307821}}
Pharmacy {{LOCATION|Hy-Vee Pharmacy #1372}}, IA  {{DATE|20261204}}`,

  `Export from referral tracker (TSV):
patient	dob	referrer	received	urgency
{{NAME|Bryony Keats}}	{{DATE|1993-05-02}}	Dr {{NAME|F. Osei}}	{{DATE|2026-12-01}}	routine
{{NAME|Tomasz Wiśniewski}}	{{DATE|1971-11-30}}	Dr {{NAME|K. Rahman}}	{{DATE|2026-12-01}}	urgent
{{NAME|Mabel Greer}}	{{DATE|1929-08-08}}	Dr {{NAME|F. Osei}}	{{DATE|2026-12-02}}	2WW`,

  `AFFIDAVIT OF TREATING PHYSICIAN
I, {{NAME|Raymond Okafor}}, M.D., being duly sworn, state that I treated {{NAME|Lydia Castellano}} at {{LOCATION|Jackson Memorial Hospital}}, {{LOCATION|Miami}}, from {{DATE|August 3, 2026}} to {{DATE|August 21, 2026}} for injuries sustained in a fall at {{LOCATION|Dadeland Mall}}. Case No. {{ID|2026-CA-018834}}.`,

  `CRF page 3 - Visit 4 (Week 12)
Site 044  Subject {{ID|044-0117}}  Initials {{NAME|T-B-K}}  Visit date {{DATE|03DEC2026}}
AE: grade 2 diarrhoea, onset {{DATE|27NOV2026}}, ongoing, possibly related. Site: {{LOCATION|Karolinska University Hospital}}.`,

  `Yellow Card report (suspected ADR)
Patient initials {{NAME|G.W.}}, age 71, sex M, local ref {{ID|YC-NHT-00412}}
Suspect drug: amiodarone 200 mg. Reaction: pulmonary fibrosis, onset {{DATE|Oct 2026}}. Reporter: {{NAME|Sarah Qureshi}}, pharmacist, {{LOCATION|North Tees}}, {{EMAIL|s.qureshi@nhs.example.net}}.`,

  `Voicemail transcript (auto) - received {{DATE|12/07/2026}} 7:58 AM
"Hi, this is, um, {{NAME|Barbara Kessler}}, calling for Dr. {{NAME|Olsen}}. My husband {{NAME|Ron}} fell again last night, he's okay but his hip hurts. We're at {{LOCATION|1820 Elm Creek Drive}}. Thank you, bye."`,

  `Telegram chat export
[{{DATE|06.12.2026}} 21:14] {{NAME|Ирина Волкова}}: Dr {{NAME|Levchenko}}, my son {{NAME|Artem}} has 39.8 and a stiff neck
[21:16] {{NAME|Oksana Levchenko}}: call 999 now and go to {{LOCATION|Leicester Royal Infirmary}}
[21:17] {{NAME|Ирина Волкова}}: ok going`,

  `<ClinicalDocument>
 <recordTarget><patientRole><id extension="{{MRN|55810294}}" root="2.16.840.1.113883.19.5"/>
  <addr><streetAddressLine>{{LOCATION|420 Oakmont Drive}}</streetAddressLine><city>{{LOCATION|Boise}}</city><state>ID</state><postalCode>{{ZIP|83702}}</postalCode></addr>
  <patient><name><given>{{NAME|Wren}}</given><family>{{NAME|Castellanos}}</family></name><birthTime value="{{DATE|20110906}}"/></patient>
 </patientRole></recordTarget>
 <author><assignedAuthor><assignedPerson><name>Dr {{NAME|Aaron Whitby}}</name></assignedPerson></assignedAuthor></author>
</ClinicalDocument>`,

  `{\\rtf1\\ansi {\\b Clinic letter} \\par Re: {{NAME|Florence Adjei}}, DOB {{DATE|02/02/1962}} \\par Seen at {{LOCATION|North Middlesex University Hospital}} {{DATE|3 Dec 2026}}. Sarcoidosis stable, ACE 48. \\par Dr {{NAME|T. Ismail}}}`,

  `Viber: Dr {{NAME|Novak}}, mama {{NAME|Zdenka}} has black stool since morning, we are in {{LOCATION|Bexley}}. should we go to {{LOCATION|Queen Mary's Sidcup}} or {{LOCATION|Darent Valley}}? - {{NAME|Marko}}`,

  `Receipt - {{LOCATION|Shoppers Drug Mart #1127}}, {{LOCATION|Bloor St W}}
Rx {{ID|884120}} {{NAME|CHEN, WEI}} Amoxicillin 500mg x21  Dr {{NAME|PATEL, N}}
Paid by {{HEALTH_PLAN|Sun Life 0044128 GRP 44812}}  {{DATE|2026-12-05}} 16:22`,

  `On-call rota (anaesthetics), {{LOCATION|Royal Devon and Exeter}}, week of {{DATE|7 Dec}}
Mon {{NAME|Ruth Acheson}} | Tue {{NAME|Giles Penrose}} | Wed {{NAME|Amara Nwachukwu}} | Thu {{NAME|Ruth Acheson}} | Fri locum`,

  `CTG review sticker - {{LOCATION|Liverpool Women's Hospital}} {{DATE|07/12/26}} 04:10
{{NAME|Kerry-Ann Molloy}} 39+4, baseline 145, variability <5 for 50 min, late decels. Abnormal. Reg {{NAME|Abimbola}} informed, for FBS. Signed MW {{NAME|L. Heaton}}`,

  `MedWatch 3500 (voluntary): patient identifier {{NAME|JRK}}, age 34, weight 81 kg. Event: Stevens-Johnson after lamotrigine, onset {{DATE|11/22/2026}}, hospitalized at {{LOCATION|UPMC Presbyterian}}. Reporter {{NAME|Nia Caldwell}}, PharmD, {{PHONE|412-555-0191}}, {{EMAIL|ncaldwell@example.org}}.`,

  `{{LOCATION|Hôpital Régional de Gitega}} - fiche de transfert
Umugwayi: {{NAME|Ndayishimiye Claudine}}, imyaka 26, {{LOCATION|colline Mubuga}}
Inda y'amezi 8, umuvuduko w'amaraso 170/110, ubushuhe. Sulfate de magnésium yatanzwe. Yoherejwe {{LOCATION|CHU de Kamenge}} {{DATE|le 6 décembre 2026}}. Carte CAM {{HEALTH_PLAN|CAM-GT-0448213}}.`,

  `{{LOCATION|Centre médical d'Oyem}}, Woleu-Ntem
Mbolo! Malade: {{NAME|Obame Nguema Pascaline}}, 41 ans. Fièvre et ictère depuis 5 jours, TDR paludisme positif, bilirubine 68. Transfert au {{LOCATION|Centre Hospitalier Universitaire de Libreville}} le {{DATE|5/12/2026}}. Numéro CNAMGS {{HEALTH_PLAN|0214-8839-71}}.`,

  `{{LOCATION|Lopital Queen Elizabeth}}, {{LOCATION|Port Mathurin}}, Rodrig
Nom: {{NAME|Perrine Jolicoeur}}, 58 an, {{LOCATION|Mont Lubin}}. Li finn gagn enn douler lestoma ek vomi depi {{DATE|lindi}}. Lipase 1900. Nou pe avoy li Moris lor avion {{DATE|7 Desam 2026}}. NIC {{ID|J1205684402911}}.`,

  `{{LOCATION|Kilu'ufi Hospital}}, {{LOCATION|Auki}} - referral to {{LOCATION|National Referral Hospital}}
Pikinini {{NAME|Ben Ramo'ifuila}}, 3 yia, from {{LOCATION|Busurata village}}. Hem garem big fiva long 6 dei, no save kaikai, spleen big tumas, Hb 4.2. Mami blong hem {{NAME|Rose}}. {{DATE|05/12/2026}}.`,

  `{{LOCATION|Võru Haigla}}, EMO
Patsient: {{NAME|Aino Raudsepp}}, isikukood {{ID|45303152718}}, {{LOCATION|Rõuge vald}}. Tere! (võro keeli: "Kuis elät?") Kukkus trepist, puus valus. RÖ: reieluukaela murd. Suunatud {{LOCATION|Tartu Ülikooli Kliinikum}} {{DATE|06.12.2026}}. Arst {{NAME|Mart Kõiv}}.`,

  `{{LOCATION|Hôpital Saint-Michel de Jacmel}}
Non pasyan: {{NAME|Jean-Baptiste Wilner}}, 33 an, {{LOCATION|Lavanneau}}. Li gen dyare tankou dlo diri depi {{DATE|samdi}}, li dezidrate anpil. Nou mete l nan CTC, ORS ak Ringer. Manman l rele nan {{PHONE|+509 3712 4480}}. Dat: {{DATE|6 desanm 2026}}. Dr {{NAME|Pierre-Louis}}.`,

  `{{LOCATION|Hithadhoo Regional Hospital}}
ބަލިމީހާ: {{NAME|އައިޝަތު ޝިފާ}} ({{NAME|Aishath Shifa}}), 29, {{LOCATION|Maradhoo}}. ID {{ID|A184402}}. Dengue NS1 positive, platelets 41k. Transfer to {{LOCATION|IGMH}} {{DATE|05/12/2026}}.`,

  `{{LOCATION|Trashigang Hospital}} - referral to {{LOCATION|Eastern Regional Referral Hospital, Mongar}}
Kuzu zangpo la. Patient {{NAME|Tshering Wangmo}}, 52F, from {{LOCATION|Radhi gewog}}. CID {{ID|11410004721}}. Thyroid swelling with stridor on lying down. Date {{DATE|6/12/2026}}.`,

  `{{LOCATION|Hospital Comunitario de Tlaxiaco}}, Mixteca Alta
Paciente: {{NAME|Macaria Cruz López}}, 63 años, de {{LOCATION|San Juan Ñumí}}. Habla mixteco (tu'un savi); dolor de cabeza y vómito desde el {{DATE|martes 1 de diciembre}}. PA 210/130. Se traslada al {{LOCATION|Hospital General Dr. Aurelio Valdivieso}}, Oaxaca. CURP {{ID|CULM630412MOCRPC08}}.`,

  `{{LOCATION|Hospital Regional São Francisco de Assis}}, {{LOCATION|São Filipe}}
Nómi: {{NAME|Djosa Fontes Barbosa}}, 71 anu, di {{LOCATION|Chã das Caldeiras}}. El sta ku falta di rispiraçon disdi {{DATE|sábadu}}, pé inxadu. Eko: FEVE 25 %. Ta ba {{LOCATION|Praia}} na {{DATE|8 di Dizembru di 2026}}. `,

  `{{LOCATION|مستشفى ابن سيناء}}، {{LOCATION|المكلا}}
المريض: {{NAME|سالم عوض باوزير}}، العمر 45، من {{LOCATION|الشحر}}. حمى وألم في المفاصل منذ {{DATE|الأربعاء}}، الصفائح 62 ألف. اشتباه حمى الضنك. تاريخ الدخول {{DATE|٥ ديسمبر ٢٠٢٦}}. الطبيب {{NAME|خالد باحميش}}.`,

  `{{LOCATION|Rize Devlet Hastanesi}} - acil servis
Hasta: {{NAME|Nurcan Koçoğlu}}, 67, {{LOCATION|Ardeşen}}, {{LOCATION|Kazimi köyü}}. Lazca konuşuyor, torunu {{NAME|Ayşe}} tercüme ediyor. Çay bahçesinde düştü, karın ağrısı. TC {{ID|41827305512}}. Tarih {{DATE|05.12.2026}}.`,

  `微信 {{DATE|12月6日}} 20:41
{{NAME|罗伟强}}：{{NAME|温}}医生，阿公今晡日食唔落，肚屎胀，屙唔出。
{{NAME|温}}医生：快啲带佢去{{LOCATION|梅州市人民医院}}急诊，可能系肠梗阻。
{{NAME|罗伟强}}：好，系{{LOCATION|梅县区}}出发。`,

  `{{LOCATION|宮古島徳洲会病院}} 救急外来 {{DATE|2026年12月5日}}
患者：{{NAME|砂川 恵子}}（{{AGE|96}}歳）、{{LOCATION|城辺}}在住。「んみゃーち」と挨拶あり。意識レベル低下、Na 118。娘の{{NAME|美代子}}さん同伴。主治医 {{NAME|下地}}。`,

  `{{LOCATION|Siargao District Hospital}}, {{LOCATION|Dapa}}
Pasyente: {{NAME|Rodel Plaza Sanchez}}, 24, surfer, taga {{LOCATION|General Luna}}, {{LOCATION|Purok 3 Catangnan}}. Naigo sa coral reef, samad sa tiil, nag-init ug nanghubag. Cellulitis. PhilHealth {{HEALTH_PLAN|12-051884302-7}}. {{DATE|Disyembre 6, 2026}}.`,

  `{{LOCATION|Dispensaire de Taiohae}}
Kaoha nui! Patient: {{NAME|Teiki Kohumoetini}}, 44 ans, de {{LOCATION|Hatiheu}}. Piqûre de nohu (poisson-pierre) au pied {{DATE|le 4 décembre}}, douleur intense. Immersion eau chaude. Évasan vers {{LOCATION|Centre Hospitalier de la Polynésie française}} si nécrose. DN {{HEALTH_PLAN|2291044}}. `,

  `{{LOCATION|BJR Hospital}}, {{LOCATION|Car Nicobar}}
Patient Ms. {{NAME|Lucy Ilalkar}}, 36F, {{LOCATION|Malacca village}}. Fever with jaundice, leptospira IgM positive. Referred by ship {{VEHICLE|MV Campbell Bay}} to {{LOCATION|GB Pant Hospital}}, {{LOCATION|Sri Vijaya Puram}} {{DATE|06.12.2026}}.`,

  `{{LOCATION|જી. કે. જનરલ હોસ્પિટલ}}, {{LOCATION|ભુજ}}
દર્દી: {{NAME|હરિભાઈ આહીર}}, 58 વર્ષ, ગામ {{LOCATION|ધોરડો}}. Kachchhi: "mathe me dukhe ane ulti thai." BP 220/120. તારીખ {{DATE|૦૬/૧૨/૨૦૨૬}}. ડૉ. {{NAME|નીતા ઠક્કર}}.`,

  `{{LOCATION|Sandeman Provincial Hospital}}, {{LOCATION|Quetta}}
Mareez: {{NAME|Abdul Wahid Mengal}}, 38, {{LOCATION|Kalat}}. Speaks Brahui, son {{NAME|Naseer}} interpreting. Hydatid cyst liver 9 cm, for surgery. CNIC {{ID|54400-2917743-1}}. Date {{DATE|05-12-2026}}.`,

  `{{LOCATION|Беморхонаи вилоятии Хоруғ}}
Бемор: {{NAME|Шамсов Давлатшо}}, 49 сола, {{LOCATION|деҳаи Поршнев}}, ноҳияи Шуғнон. Шугнӣ гап мезанад, писараш {{NAME|Фаридун}} тарҷума мекунад. Сил (TB) - Xpert MTB/RIF musbat, rifampicin резистент. Сана: {{DATE|05.12.2026}}. Духтур {{NAME|Гулбегим Назарова}}.`,

  `{{LOCATION|Tunceli Devlet Hastanesi}}
Hasta {{NAME|Zeynep Doğan}}, {{AGE|91}}, {{LOCATION|Ovacık}}. Oğlu {{NAME|Hıdır}} Zazaca tercüme ediyor; 3 gündür baş ağrısı. GCS 13, BT'de subdural hematom. TC {{ID|28114590366}}. {{DATE|6 Aralık 2026 Pazar}}.`,

  `{{LOCATION|Azadi Teaching Hospital}}, {{LOCATION|Duhok}}
Patient: {{NAME|ܫܡܥܘܢ ܝܘܚܢܢ}} ({{NAME|Shimon Yohanan}}), 66, village {{LOCATION|Enishke}}. Shlama! Chest pain 2 h, ST elevation V1-V4. Thrombolysed {{DATE|05/12/2026}}. Son {{NAME|Ninos}} {{PHONE|+964 750 441 8823}}.`,

  `{{LOCATION|مستشفى أسوان الجامعي}}
المريض: {{NAME|عبد الله محمد كاشف}}، 54 سنة، من قرية {{LOCATION|غرب سهيل}}. يتكلم النوبية، ابنه {{NAME|محمود}} يترجم. بلهارسيا مزمنة، دوالي المريء، نزيف. التاريخ {{DATE|٦/١٢/٢٠٢٦}}. الرقم القومي {{ID|26205122800413}}.`,

  `{{LOCATION|Port Sudan Teaching Hospital}}
Patient {{NAME|Mohammed Ohaj Adarob}}, 30M, Beja (Bedawiyet speaker), from {{LOCATION|Sinkat}}. Fever, splenomegaly, pancytopenia, rK39 positive - visceral leishmaniasis. Admitted {{DATE|4/12/2026}}. Dr {{NAME|Amna Osman}}.`,

  `{{LOCATION|Juba Teaching Hospital}} - Ward note
Ayanin: {{NAME|Nyandeng Akech Deng}}, 19, from {{LOCATION|Gudele}}. Juba Arabic: "ana fi waja fi rasi, wa fi humma." Malaria severe, Hb 5. Transfused. Mother {{NAME|Rebecca}} {{PHONE|+211 922 418 306}}. {{DATE|6 December 2026}}.`,

  `{{LOCATION|Kapenguria County Referral Hospital}}, West Pokot
Mgonjwa: {{NAME|Chepkopus Lomuria}}, 15F, kutoka {{LOCATION|Alale}}. Pokot: FGM complications, obstructed labour, fistula suspected. Referred to {{LOCATION|Moi Teaching and Referral Hospital}} {{DATE|05/12/2026}}. NHIF {{HEALTH_PLAN|R-4418820}}. `,

  `{{LOCATION|Kajiado County Referral Hospital}}
Supa! Patient {{NAME|Sintamei ole Kipaa}}, 9, from {{LOCATION|Ilbissil}} manyatta. Speaks Maa only; stomach pains and fevers 3 weeks. Brucellosis RBT positive - family drinks raw milk. Father {{NAME|Lemayian}}. {{DATE|Jumamosi, 5 Desemba 2026}}. `,

  `{{LOCATION|Окружная клиническая больница}}, {{LOCATION|Ханты-Мансийск}}
Пациент: {{NAME|Молданова Анна Петровна}}, 57 лет, {{LOCATION|стойбище Русскинская}}. По-хантыйски "Вуща" (здравствуйте). Описторхоз, механическая желтуха. СНИЛС {{ID|118-442-309 71}}. Дата {{DATE|05.12.2026}}.`,

  `{{LOCATION|Республиканская клиническая больница}}, {{LOCATION|Грозный}}
Пациент {{NAME|Магомадов Ислам Русланович}}, 34 г., {{LOCATION|с. Шатой}}. Чеченский: "Маршалла ду шуьга" (привет). Краш-синдром после обвала. Полис ОМС {{HEALTH_PLAN|2098 8804 4172 6615}}. {{DATE|6 декабря 2026}}. Врач {{NAME|Дудаева Х. А.}}`,

  `{{LOCATION|Туринская районная больница}}, Эвенкия
Пациент {{NAME|Удыгир Николай}}, 61, оленевод, {{LOCATION|фактория Учами}}. Эвенкийский: "Дорово!" Отморожение стоп III ст. Санавиация {{VEHICLE|RA-22912}} в {{LOCATION|Красноярск}} {{DATE|04.12.2026}}.`,

  `Spoke to {{NAME|Gareth}} - happy with the plan.`,

  `BP check booked for {{DATE|Thursday}}.`,

  `Seen with {{NAME|Doreen}}'s son. No change.`,

  `Please fax results to {{FAX|01392 406 118}}.`,

  `Post to: {{LOCATION|6 Tregarthen Close}}, {{LOCATION|Penzance}} {{ZIP|TR18 4AX}}`,

  `MRN {{MRN|77102948}} - duplicate record, merged.`,

  `Discussed with {{NAME|Okoro}} (micro): continue pip-taz.`,

  `Mail to {{LOCATION|PO Box 118}}, {{LOCATION|Alice Springs}} NT {{ZIP|0871}}.`,

  `Call back Mrs {{NAME|Ferreira}} re smear.`,

  `Bleep {{PHONE|2231}} for the renal reg.`,

  `{{NAME|Kwame}} did well today - walked to the nurses' station.`,

  `Appointment letter sent to {{LOCATION|Unit 3, 45 Albert Street}}, {{LOCATION|Thames}} {{ZIP|3500}}.`,

  `Repeat bloods {{DATE|14/12}}. Told {{NAME|Siobhan}} at reception.`,

  `Pt prefers to be called "{{NAME|Bunny}}".`,

  `Patient portal login reset for {{EMAIL|r.tshabalala88@example.co.za}}.`,

  `Interpreter (Farsi, {{NAME|Mahnaz}}) booked for {{DATE|10 Dec}} 14:00.`,

  `Wound photos uploaded to {{URL|https://woundimg.example.org/case/88314}} by {{NAME|Tariq}}.`,

  `Privacy audit: chart of {{NAME|Alma Reyes}} opened from {{IP|10.44.18.203}} on {{DATE|12/05/2026}} by a user outside the care team.`,

  `Insulin pump serial {{DEVICE|PT-20794418}} replaced under warranty; SSN {{SSN|523-71-0448}} verified by phone.`
];

const PHI_FREE_TEXTS: string[] = [
  `Current medications:
1. Metformin MR (Glucophage SR) 1 g BD [eGFR 52 - ok]
2. Empagliflozin (Jardiance) 10 mg OD [sick day rules given]
3. Ramipril 10 mg OD [K 5.1 - monitor]
4. Bisoprolol (Cardicor) 5 mg OD
5. Apixaban 5 mg BD [CHA2DS2-VASc 4]
6. Furosemide 40 mg OM [hold if dizzy]
7. Fostair NEXThaler 100/6 2 puffs BD
8. Salbutamol (Ventolin) PRN
9. Vitamin D3 (Fultium) 800 IU OD`,
  `Seen. Plan as above.`,
  `Wound clean and dry. Steri-strips on.`,
  `Bloods tomorrow: FBC, U&E, LFT, CRP, Mg, PO4.`,
  `Haematology eponyms: Hodgkin, Burkitt, Waldenström, Castleman, Rosai-Dorfman, Langerhans, Glanzmann, Bernard-Soulier, von Willebrand, Fanconi, Diamond-Blackfan, Kostmann, Chediak-Higashi, Evans syndrome, Howell-Jolly bodies, Heinz bodies, Pappenheimer bodies, Auer rods, Reed-Sternberg cells, Philadelphia chromosome.`,
  `Infections named after places: Ebola, Marburg, Lassa, Zika, Chikungunya (Makonde word), Coxsackie, Norwalk, Hantaan, Sin Nombre, Lyme, Ross River, Murray Valley encephalitis, Kyasanur Forest disease, Omsk haemorrhagic fever, Crimean-Congo haemorrhagic fever, Bolivian and Argentine haemorrhagic fevers, Oropouche, Powassan, La Crosse, Toscana virus, Pontiac fever, Legionnaires' disease (Philadelphia 1976).`,
  `| Scale | Items | Cut-off |
| PHQ-9 | 9 | >=10 moderate |
| GAD-7 | 7 | >=10 |
| AUDIT-C | 3 | >=5 |
| MMSE | 30 | <24 |
| MoCA | 30 | <26 |
| Epworth | 8 | >10 |
| STOP-BANG | 8 | >=3 |
| Clinical Frailty Scale | 1-9 | >=5 frail |
| Edinburgh Postnatal | 10 | >=13 |`,
  `Ward door sign: Please wash your hands / Golchwch eich dwylo / Nigh do làmhan / Nigh do lámha / Lavez-vous les mains / Umyj ręce / Spălați-vă pe mâini / Elinizi yıkayın / Hände waschen / Lave as mãos / Ruka osha / Hamba kahle / Fakaʻapaʻapa / Mauruuru.`,
  `Paediatric devices stocked: Neopuff, Optiflow Junior 2, Vapotherm, Babylog VN500, Giraffe OmniBed, Panda warmer, NeoBlue phototherapy, Medela Symphony pump, Broselow tape, i-gel sizes 1-2.5, Miller blades 0-1, Airtraq, LMA Supreme.`,
  `Cardiology table:
| Drug | Brand | Target |
| Sacubitril/valsartan | Entresto | 97/103 mg BD |
| Dapagliflozin | Forxiga | 10 mg OD |
| Eplerenone | Inspra | 50 mg OD |
| Ivabradine | Procoralan | 7.5 mg BD |
| Vericiguat | Verquvo | 10 mg OD |
| Digoxin | Lanoxin | 62.5-125 mcg OD |`,
  `Signs and reflexes to document: Trendelenburg, Thomas test, FABER (Patrick), Lasègue, Phalen, Tinel, Finkelstein, Froment, Allen test, McMurray, Lachman, Apley grind, Hawkins-Kennedy, Neer impingement, Speed and Yergason, Simmonds-Thompson, Ober test, Ortolani.`,
  `Greetings used at the community health day: Kia ora, Mālō e lelei, Fakaalofa lahi atu, Kia orana, Ni sa bula, Halo olgeta, Iakwe, Mauri, Aloha, Namaste, Salaam, Assalamu alaikum, Ni hao, Annyeong haseyo, Konnichiwa, Sawasdee, Selamat pagi, Magandang umaga, Dobar dan, Jambo, Sannu, Ẹ káàrọ̀, Molo, Dumela.`,
  `History of anaesthesia: 1842 ether (Long), 1846 Ether Day, 1847 chloroform (Simpson), 1853 chloroform in childbirth, 1884 cocaine local, 1934 thiopental, 1942 curare, 1956 halothane, 1986 propofol licensed, 1996 remifentanil, 2008 sugammadex.`,
  `No acute distress. Observations within normal limits.`,
  `Endoscopy kit list: Olympus GIF-H190, CF-HQ190L, Pentax EG29-i10, EndoCuff Vision, Boston Resolution 360 clips, OTSC (Ovesco), Hemospray, Bravo pH capsule, PillCam SB3, SpyGlass DS II, Niti-S stent, WallFlex, Hot AXIOS.`,
  `Syndromes with place or ethnic names: Mediterranean fever (FMF), Tangier disease, Norrbottnian Gaucher, Finnish-type nephrosis, Saguenay ataxia (ARSACS), Amish microcephaly, Navajo neurohepatopathy, Ashkenazi Tay-Sachs, Cretan fever, Jamaican vomiting sickness, Kuru (Fore), Guam ALS-PDC, Lytico-Bodig.`,
  `Insulin list: NovoRapid (aspart), Fiasp, Humalog (lispro), Lyumjev, Apidra (glulisine), Lantus and Abasaglar (glargine U100), Toujeo (U300), Levemir (detemir), Tresiba (degludec), Humulin I, Insulatard, Humulin M3, NovoMix 30, Xultophy, Suliqua.`,
  `Scores for the stroke pathway: NIHSS 0-42, ABCD2 0-7, ASPECTS 0-10, mRS 0-6, Barthel 0-100, ROSIER -2 to +5, FAST, BE-FAST, HINTS plus, TOAST classification, Oxfordshire (Bamford) TACS/PACS/LACS/POCS.`,
  `Ventilator settings: PRVC, VT 420 mL (6 mL/kg PBW), RR 22, PEEP 12, FiO2 0.5, I:E 1:2. Plateau 27. Driving pressure 15. Proned 16 h (Berlin severe ARDS).`,
  `Pharmacy shelf labels: Calpol Six Plus, Nurofen for Children, Dioralyte, Gaviscon Advance, Senokot, Dulcolax, Buscopan, Imodium, Canesten, Daktarin, Fucidin, Bactroban, E45, Doublebase, Hydromol, Zerobase, Piriton, Clarityn, Beconase, Sudafed, Strepsils.`,
  `Please keep nil by mouth after 02:00.`,
  `Thank-you cards on the nurses' station: Thank you / Diolch / Merci / Danke / Grazie / Gracias / Obrigado / Dziękuję / Mulțumesc / Köszönöm / Ďakujem / Hvala / Teşekkürler / Shukran / Toda / Dhanyavaad / Nandri / Arigatō / Kamsahamnida / Xièxie / Cảm ơn / Salamat / Terima kasih / Asante / Ngiyabonga / Enkosi / Dankie.`,
  `Bone marrow transplant conditioning regimens: BEAM, Flu/Mel, Bu/Cy, TBI/Cy, FLAMSA, ATG (Thymoglobulin) with cyclosporin and MMF, PTCy (Baltimore haplo protocol), Seattle criteria for VOD, Glucksberg and MAGIC grading of GVHD.`,
  `Nephrology and urology eponyms: Alport, Fabry, Bartter, Gitelman, Liddle, Fanconi, Berger (IgA), Goodpasture, Henoch-Schönlein, Wilms, Peyronie, Fournier gangrene, Mitrofanoff, Foley, Bosniak classification, Gleason and ISUP grade, TNM 8th edition.`,
  `Chest X-ray: clear lungs, no effusion, heart size normal.`,
  `Vaccines in stock (brand [antigen]): Bexsero [MenB], Nimenrix [MenACWY], Prevenar 20 [PCV20], Shingrix [RZV], Gardasil 9 [HPV], Vaxelis [6-in-1], Priorix [MMR], Varivax [varicella], Abrysvo and Arexvy [RSV], Vivotif [typhoid], Dukoral [cholera], Stamaril [yellow fever], Ixiaro [Japanese encephalitis], Rabipur [rabies].`,
  `Psychiatry eponyms and named tests: Capgras, Fregoli, Cotard, Ekbom, de Clérambault, Othello, Ganser, Korsakoff, Wernicke, Munchausen, Stockholm syndrome, Paris syndrome, Jerusalem syndrome, Stendhal syndrome, Jenkins activity, Hamilton scale, Beck inventory, Yale-Brown (Y-BOCS), Simpson-Angus.`,
  `Grading and staging: Breslow thickness, Clark level, Ann Arbor, Lugano, Durie-Salmon, Binet, Rai, FIGO 2018, Dukes A-D, Masaoka-Koga, Enneking, Nottingham grade, Bloom-Richardson, Fuhrman, Gleason 4+3.`,
  `Obs stable. Pain controlled. For review by the team in the morning.`,
  `Transfusion checklist (2024 version): two-person check, wristband, ABO and RhD, Kell, irradiated if Hodgkin or purine analogue, CMV-negative if pregnant, SHOT reporting, TACO and TRALI, Serious Hazards of Transfusion 1996 onwards.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter36', '/tmp/deid-ood-letters36.jsonl');
