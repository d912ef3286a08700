/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), forty-first session, engineer author: short and long
 * clinician texts, about three quarters of them the most common real case: ordinary English clinic letters (falls,
 * rheumatology, first seizure, breast, endocrine, neurology, optometry), discharge summaries and
 * instructions, progress, consult and ward-round notes, referrals (rapid-access chest pain, 2WW-style breast, community
 * mental health, ACAT, respiratory, ophthalmology), handovers, ward boards, nursing-home and community-nursing rounds,
 * hospital-at-home, home-health, hospice, midwife, Plunket, school-nurse, physio and dental notes, reception and
 * telephone messages, NHS 24 and NHS 111 reports, SMS, WhatsApp, Signal and portal messages, e-mails with headers and
 * signatures, sticky notes, fit notes, medical certificates, mitigating-circumstances letters, coroner's, solicitor's,
 * witness-summons and interpreter texts, screening results (smear, newborn hearing, mammogram), prior
 * authorisation, workers' compensation, WSIB, ACC45, RFDS, EMS, VA, IHS, Medicaid, pharmacy refill, billing,
 * lab-critical-call and medical-aid motivation texts and one-line notes, from England, Scotland, Wales, Northern
 * Ireland, Ireland, the US, Canada (Ontario, Quebec, Nova Scotia, the Northwest Territories, British Columbia, Alberta,
 * Manitoba, Saskatchewan, Newfoundland, New Brunswick), Australia, New Zealand, India, South Africa and Fiji, with names
 * without a cue word in sentences, lists and signatures, hospitals and clinics by their full names, towns, suburbs and
 * streets in running sentences, dates in every common form and record and plan numbers with prefixes. The rest are
 * kinds of text beyond letters14-37: a pacemaker interrogation report, a KakaoTalk chat export, an out-of-office
 * automatic reply, a Trello card, a Notion page export, an Excel cell dump, a dental chart note, an optician's recall
 * letter, an M-Pesa confirmation SMS, a witness summons, a newspaper death notice, an Airbnb host message, a Fitbit CSV
 * export, a Venmo payment note, an ED locker log, an app crash report, a 911 CAD incident, a Signal chat and an
 * Instagram DM; and texts written in the styles of regions, peoples and languages not named in the headers of
 * letters14-37: Nuoro (Sardinian, Italian), Ajaccio (Corsican), Kyzyl (Tuvan, Russian Cyrillic), Vladikavkaz
 * (Ossetian, Russian Cyrillic), Lankaran (Talysh, Azerbaijani), Larkana (Sindhi, Arabic script), Imphal (Meitei),
 * Dumka (Santali), Koror (Palauan), Weno (Chuukese), Nuuk (Kalaallisut, Danish), Kenora (Ojibwe), Tizi Ouzou (Kabyle,
 * French), Masaka (Luganda), Makeni (Temne), Kidal (Tamasheq, French), Douala (Duala, French), Oudomxay (Khmu, Lao
 * script) and Hargeisa (Somali). Some countries or regions named before recur (Italy, Sardinia, France, Corsica,
 * Russia, Azerbaijan, Pakistan, Sindh, India, Manipur, Jharkhand, Palau, Micronesia, Greenland, Canada, Algeria,
 * Uganda, Sierra Leone, Mali, Cameroon, Laos, Somaliland), only through a town, people or language not named before.
 * Human patients only. Written by hand by engineer author on 2026-12-08 (forty-first session) without reading the
 * engine's rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never
 * tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone in sentences, greetings, signatures, e-mail headers, SMS, chat
 * exports, ward, theatre and clinic lists, surname first in capitals with and without a comma, initials, nicknames in
 * quotes, usernames with @, a maiden name after "née", spreadsheet cells, Cyrillic, Arabic, Lao and Korean-chat
 * contexts, lone first names and lone surnames; honorifics such as "Dr.", "Mrs", "Smt.", "Master", "Col. (Retd)",
 * "Rev.", "Prof.", "Ratu", "Uncle", "Oupa", "HCA", ທ້າວ and ນາງ outside the name); places of every kind (streets,
 * flats, a pier business park, employers, a steelworks, a mine, a race course, a rugby
 * club, a national park, a lake, a highway and its scales, a mission, schools, universities, a court, a law firm,
 * pharmacies, care homes, a funeral home, a hospice and hospitals and clinics in Italian, Sardinian, French, Danish,
 * Russian, Azerbaijani, Sindhi and Lao, a Dublin postal district, First Nations reserves, Chandigarh sectors);
 * ages over 89 as digits; dates in many forms (dd/mm/yyyy, mm/dd/yyyy, ISO, dd.mm.yyyy, dd-mm-yyyy, yyyy/mm/dd,
 * 03DEC2026, 03-Dec-2026, "2026. 12. 5.", "the 1st of December", "Thurs 10/12", weekdays alone, "3 décembre 2026",
 * "3 di dicembre", "4. december 2026", "5 dekabr 2026", "12 марта 1979 г.", "5 дек. 2026", "5 déc. 2026"); IDs of
 * many shapes (South African, Danish CPR, Pakistani CNIC, Azerbaijani FIN, Nikshay, court case, solicitor's reference,
 * CAD incident, M-Pesa transaction, interpreter booking, prescription and trial subject numbers); health plans
 * (GMS card, Medicare AU and US, Medicaid, OHIP, RAMQ, PHN, AHCIP, MSI, PHIN, MCP, NB Medicare, DVA, Discovery,
 * Bonitas, PMJAY, CGHS, OMS, Italian tessera sanitaria); licences (GMC, GDC, HPCSA, NPI); NHS, CHI, H&C, NHI, UR,
 * UHID, HRN, IPD and folder numbers as MRN; phones, bleeps, extensions, faxes, e-mails, a URL, an IP; device serials
 * (a pacemaker, a home haemodialysis machine, a CPAP, a phone); vehicles (an RFDS aircraft, a medevac registration,
 * ambulance call signs); US SSNs; claims and accounts. Every name, address and number is invented; institution names
 * may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters36.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics
 * stay outside a name, facility words inside; US states, provinces, regions, territories, counties, districts and
 * countries are not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and
 * dates named by a weekday are DATE; wards, beds, bays, rooms, lockers and unit names such as "Medic 7" are not
 * marked. An AGE span is one stated exact age over 89, only its number. Medical, dental and NPI licences are LICENSE;
 * national, staff, case and register numbers ID (US SSNs are SSN); NHS, H&C, CHI, NHI, UR, UHID, folder and hospital
 * numbers MRN; health-insurance numbers HEALTH_PLAN (insurers, agencies and programmes unmarked); claims ACCOUNT; postcodes ZIP
 * (a Dublin district LOCATION); a DEVICE span is the serial only; bleeps and extensions are PHONE. Before writing, the
 * script checks every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts (short one- and two-line notes among them) carry eponyms and signs (Wolff-Parkinson-White, Brugada,
 * Ebstein, Kussmaul, Austin Flint, Osler, Janeway, Takotsubo, Guillain-Barré, Charcot-Marie-Tooth, Brown-Séquard,
 * Argyll Robertson, Koebner, Auspitz, Nikolsky, Gottron, Addison, Cushing, Conn, Graves, Hashimoto, Sheehan, Wermer,
 * Sipple, Chvostek, Trousseau, Asherman, Meigs, Pfannenstiel, Sjögren, Behçet, Heberden), scales, criteria and
 * classifications in lists and tables (CURB-65, Wells, Glasgow-Blatchford, Rockall, HAS-BLED, Child-Pugh, MELD-Na,
 * qSOFA, NEWS2, Denver II, PASI, DLQI, SCORAD, FIGO PALM-COEIN, Rotterdam, ACR/EULAR, CASPAR, ASAS, Jones, Yamaguchi,
 * Chapel Hill, Sapporo), place-named diseases (Lyme, Rocky Mountain, Bornholm, Q fever, Rift Valley, West Nile, Hendra,
 * Nipah, Machupo, Junin, Sindbis, Semliki Forest, Barmah Forest, Mayaro, Lagos bat virus, Stockholm syndrome), drug,
 * brand and device names with brackets (Lipitor, Plavix, Brilique, Leqvio, Trelegy, Trimbow, Symbicort, Keytruda,
 * Tagrisso, Tazocin, Zavicefta, Exeter V40, Triathlon, Gamma3, SenSura Mio, Hamilton C6, Servo-u, Prismaflex, Impella,
 * Qdenga, Stamaril), a medication list, history years (1948-2025, 2003, 2016), tube colours, an infection-control
 * notice, and welcome, thank-you and no-smoking signs in other languages (Sveiki atvykę, Khush amdeed, Ia ora na,
 * Akwaaba, Barka da zuwa, Dankon, Paldies, Շնորհակալություն, მადლობა, Dhonnobad, Vinaka, Ahéhee', Dim ysmygu), which
 * must stay.
 *   node --import tsx scripts/deid-ood-letters38.ts [--out /tmp/deid-ood-letters38.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters38.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Pemberton}},

Re: {{NAME|Geraldine Mary Oakes}}, DOB {{DATE|14/03/1951}}, NHS No {{MRN|634 118 2057}}
{{LOCATION|14 Albion Terrace}}, {{LOCATION|Lostwithiel}}, {{ZIP|PL22 0AB}}

I saw {{NAME|Geraldine}} in the falls clinic at {{LOCATION|Royal Cornwall Hospital}} on {{DATE|1 December 2026}}. She has had four falls since the summer, all on turning, and her lying and standing blood pressures were 148/82 and 112/70 with symptoms at one minute. Her amlodipine and doxazosin were started at {{LOCATION|Lanivet Surgery}} last year; I have stopped the doxazosin. Her daughter {{NAME|Tamsin}} will help with the exercise programme.

Yours sincerely,

{{NAME|Hugh Penhaligon}}
Consultant Geriatrician`,

  `Discharge summary
{{LOCATION|Queen Elizabeth Hospital Birmingham}} - Acute Medical Unit
Name: {{NAME|SANDHU, Baljit Kaur}}   Hosp No: {{MRN|QE7730215}}   DOB: {{DATE|02-11-1963}}
Admitted {{DATE|28/11/2026}}, discharged {{DATE|03/12/2026}}
Diagnosis: diabetic ketoacidosis precipitated by omitted insulin during gastroenteritis.
Follow-up: diabetes specialist nurse {{NAME|Lorna Whitby}} to phone within 48 h. GP: {{LOCATION|Handsworth Wood Medical Centre}}.`,

  `{{NAME|Trevor}} rang from {{LOCATION|Kidderminster}} - says his wife {{NAME|Pauline Hackett}} has had black stools since yesterday and feels faint. Advised 999. Noted by {{NAME|Danielle}} 08:12 {{DATE|4/12}}.`,

  `Hi {{NAME|Sunita}},
Quick one - Mrs {{NAME|Okafor}}'s repeat echo at {{LOCATION|Lister Hospital}} has been moved to {{DATE|Friday 11th}}. Could you let her know? Her mobile is {{PHONE|07700 918244}}.
Cheers, {{NAME|Gareth}}`,

  `Handover - Ward 22, {{LOCATION|Leeds General Infirmary}}, nights {{DATE|05/12/26}}
Bay A1 {{NAME|BRADSHAW, Keith}} 77 - post-TURP, three-way irrigation, clots, check Hb 06:00
Bay A4 {{NAME|Nazir, Farzana}} 54 - pyelonephritis, gent level due
Side room 2 {{NAME|Clegg, Albert}} {{AGE|94}} - end of life, family staying, son {{NAME|Malcolm}} on {{PHONE|0113 496 0731}}
FY1 bleep {{PHONE|2261}}`,

  `Referral: rapid-access chest pain clinic
Patient {{NAME|Darren Whitehouse}}, DOB {{DATE|1971-07-19}}, NHS {{MRN|402 667 9135}}
Three weeks of exertional central chest tightness walking up {{LOCATION|Bank Street}} to work at {{LOCATION|Wigan Pier Business Park}}, relieved by rest. Smoker, father had CABG. ECG sinus, no Q waves.
GP: Dr {{NAME|Imran Siddiqi}}, {{LOCATION|Pemberton Surgery}}, {{ZIP|WN5 9HR}}`,

  `Ward round {{DATE|Sun 6 Dec}} - cons Dr {{NAME|Frobisher}}
Mr {{NAME|Lionel Ashdown}}, day 4 post right hemicolectomy. Distended, vomited twice. AXR: dilated small bowel. NG, NBM, IV fluids. Wife {{NAME|Brenda}} aware.`,

  `Clinic letter - Rheumatology, {{LOCATION|Royal National Hospital for Rheumatic Diseases}}, {{LOCATION|Bath}}
Re: {{NAME|Philippa Greaves}}, hospital number {{MRN|RNHRD-448201}}
Seen {{DATE|2nd December 2026}}. Her psoriatic arthritis has flared with dactylitis of the left second toe and enthesitis at both Achilles. She has failed methotrexate and adalimumab; we will start secukinumab. Please continue folic acid.
{{NAME|Anjali Bose}}, Specialty Registrar`,

  `Phone msg for Dr {{NAME|Heald}}: Mr {{NAME|Jonah Stableford}} from {{LOCATION|Hexham}} - his INR was 6.2 at the {{LOCATION|Corbridge Health Centre}} anticoag clinic this morning. He's had a nosebleed. Please call back on {{PHONE|01434 602 117}}.`,

  `SMS: {{NAME|Kelsey}}, your smear test result is normal. Next invitation in 3 years. {{LOCATION|Kingsthorpe Medical Centre}}, {{LOCATION|Northampton}}.`,

  `From: {{NAME|Fiona McAllister}} <{{EMAIL|fiona.mcallister@ggc.example.scot}}>
Sent: {{DATE|04 December 2026}} 12:41
To: Renal secretaries
Subject: RE: {{NAME|Dougie Baird}} AV fistula

Hi all - {{NAME|Dougie}}'s fistula at {{LOCATION|Queen Elizabeth University Hospital}} is maturing well; flow 780 mL/min. Can we book first needling at the {{LOCATION|Renfrew Dialysis Unit}} for {{DATE|14/12}}? CHI {{MRN|2306584417}}.
Thanks
{{NAME|Fiona}}`,

  `Community nursing visit - {{LOCATION|Stornoway}}
Mrs {{NAME|Catriona MacLeod}}, {{AGE|91}}, leg ulcer left gaiter, reduced in size to 3 x 2 cm. Doppler ABPI 0.92. Compression continued. Neighbour {{NAME|Iain Murdo}} collects her prescriptions from {{LOCATION|Cromwell Street}} pharmacy. Next visit {{DATE|Thursday}}.`,

  `Out of hours note, NHS 24 call {{DATE|05/12/2026}} 23:50
Caller {{NAME|Ewan Baxter}}, 32, at home in {{LOCATION|Kirkcaldy}}: sudden severe left loin pain radiating to groin, vomiting, no fever. Advised attend {{LOCATION|Victoria Hospital}} ED.`,

  `Letter to GP
{{LOCATION|Ysbyty Gwynedd}}, {{LOCATION|Bangor}}
Dear Dr {{NAME|Rhys Llewelyn}},
Re: {{NAME|Meinir Wyn Hughes}}, {{LOCATION|Penrhosgarnedd}}
{{NAME|Meinir}} attended our first seizure clinic on {{DATE|3/12/2026}} after a witnessed generalised tonic-clonic seizure at her work in {{LOCATION|Pontio}}. Her EEG shows generalised spike-wave. She must not drive and should inform the DVLA. We will start lamotrigine slowly, given she is planning a pregnancy.
Dr {{NAME|Sioned Pritchard}}, Neurology`,

  `{{NAME|Owain}}, can you see the lady in cubicle 6 - {{NAME|Nia Bevan}}, 27, 8 weeks pregnant, PV bleeding, from {{LOCATION|Merthyr}}. Beta-hCG sent. Thanks {{NAME|Carys}}`,

  `A&E discharge letter - {{LOCATION|Craigavon Area Hospital}}
Patient: {{NAME|Conor McCann}}, H&C No {{MRN|320 557 8841}}, {{LOCATION|Portadown}}
Attended {{DATE|05/12/2026}} after a fall from a ladder. Undisplaced fracture of the right distal radius, backslab applied. Fracture clinic {{DATE|Tuesday 8th}}.`,

  `Re: {{NAME|Bríd Ní Fhlatharta}}, {{LOCATION|An Spidéal}}, Co. Galway
MRN {{MRN|UHG-00719234}}
Dear Dr {{NAME|Colm Feeney}},
I reviewed {{NAME|Bríd}} at the breast clinic, {{LOCATION|University Hospital Galway}}, on {{DATE|the 1st of December}}. Triple assessment of the left breast lump is benign (fibroadenoma, B2). No follow-up needed.
Ms {{NAME|Aoife Kenny}}, Consultant Breast Surgeon`,

  `GP note {{DATE|02.12.2026}} - {{LOCATION|Ballymun Primary Care}}
{{NAME|Jason Doyle}}, 24, GMS card {{HEALTH_PLAN|8831274T}}. Injecting heroin, requesting methadone. Referred to the {{LOCATION|Ana Liffey}} drug project and HSE addiction service. Hep C Ab sent.`,

  `Hi {{NAME|Sinéad}}, your mam {{NAME|Peggy Ryan}} is being moved from {{LOCATION|St. Vincent's University Hospital}} to {{LOCATION|Clontarf Hospital}} for rehab tomorrow. Ward sister {{NAME|Eileen}} {{PHONE|01 221 4000}} ext {{PHONE|4312}}.`,

  `Referral - community mental health
{{NAME|Lewis Harkness}}, DOB {{DATE|12 Aug 1998}}, lives with partner {{NAME|Jade}} in {{LOCATION|Byker}}, {{LOCATION|Newcastle upon Tyne}}.
Low mood 6 months, PHQ-9 22, passive suicidal thoughts without plan. Lost job at {{LOCATION|Nissan Sunderland}} in the autumn. Please assess.`,

  `Theatre list - {{LOCATION|Nuffield Orthopaedic Centre}}, {{DATE|Wednesday 9 December}}
1. {{NAME|Cartwright, Gillian}} - R TKR
2. {{NAME|Osei-Bonsu Kwame}} - L THR
3. {{NAME|Fenwick, Harold}} - revision L THR
Surgeon Mr {{NAME|Barnaby Lisle}}; anaesthetist Dr {{NAME|Ming Zhao}}.`,

  `Midwife booking note - {{LOCATION|Liverpool Women's Hospital}}
{{NAME|Chantelle Mulhearn}}, 19, G1, LMP {{DATE|10/09/2026}}. Lives with her nan in {{LOCATION|Kirkby}}. Smoker 10/day. CO 18 ppm. Referred to stop-smoking in pregnancy. Partner {{NAME|Kyle}}. NHS {{MRN|719 442 3081}}.`,

  `Dear Parent/Carer of {{NAME|Alfie Southgate}},
Your child's hearing screen at {{LOCATION|Colchester Hospital}} on {{DATE|30/11/2026}} did not show a clear response in the right ear. An appointment has been booked with audiology on {{DATE|16 December 2026}} at 10:30.
Newborn Hearing Screening Programme`,

  `Coroner's referral - HM Coroner for Inner North London
Deceased: {{NAME|Francis Aloysius Byrne}}, DOB {{DATE|07/04/1932}}, died {{DATE|06/12/2026}} at {{LOCATION|Whittington Hospital}}.
Fall at home on {{LOCATION|Holloway Road}} with fractured neck of femur 10 days before death. Referred as death followed injury. Reported by Dr {{NAME|Aisling Cowan}}, GMC {{LICENSE|7193385}}.`,

  `Med rec - Mr {{NAME|Vikram Joshi}} ({{MRN|RF4418273}}), {{LOCATION|Royal Free}}
Community pharmacy: {{LOCATION|Well Pharmacy, Kentish Town}}. Takes tacrolimus 3 mg BD (Adoport - brand specific!). Daughter {{NAME|Priya}} manages the dosette.`,

  `Handover to day team {{DATE|07/12}}:
- {{NAME|Jackie Prosser}} bed 14, NSTEMI, for angio at {{LOCATION|Morriston}}.
- {{NAME|Dai Morgan}} bed 16, cellulitis L leg, IV fluclox day 3.
- {{NAME|Lillian}} in bed 18 is fit for discharge once her son picks her up.`,

  `Memo from {{NAME|Zofia Nowak}}, practice nurse, {{LOCATION|Boston}} (Lincs): {{NAME|Tomasz Wiśniewski}}'s spirometry shows FEV1/FVC 0.58, FEV1 61 %. Started on LAMA. He works nights at {{LOCATION|Fenland Fresh Produce}}.`,

  `Dear Sir/Madam,
I confirm that {{NAME|Samuel Adebayo-Lewis}} (DOB {{DATE|23.06.2004}}) is registered at {{LOCATION|Fallowfield Medical Centre}} and was unwell with glandular fever from {{DATE|16 November}} to {{DATE|4 December 2026}}. Please consider this for his mitigating circumstances at the {{LOCATION|University of Manchester}}.
Dr {{NAME|Helen Thackeray}}`,

  `Ward 5 board: {{NAME|JD}} home; Mrs {{NAME|Khatun}} awaiting interpreter (Sylheti) for consent; {{NAME|Ernie}} NBM for OGD.`,

  `Hospital at home visit - {{LOCATION|Cheltenham}}, {{DATE|5/12/26}}
{{NAME|Reginald Forbes-Hamilton}}, {{AGE|90}}, on day 2 of IV ceftriaxone for pneumonia via the virtual ward. Sats 95 % RA, RR 18. Wife {{NAME|Daphne}} reports he ate breakfast. Continue.`,

  `From: {{EMAIL|rota.anaesthesia@uhb.example.nhs.uk}}
Subject: swap {{DATE|Sat 12/12}}
{{NAME|Ollie}} - happy to swap my long day on {{DATE|12/12}} for your night on {{DATE|19/12}}? {{NAME|Bex}}`,

  `Paediatric ED note, {{LOCATION|Alder Hey Children's Hospital}}
{{NAME|Mason Cheetham}}, 4, brought by grandad {{NAME|Barry}} from {{LOCATION|Bootle}}. Drooling, stridor, temp 39.6. Unvaccinated. Anaesthetist and ENT called. Do not examine throat.`,

  `Re: Ms {{NAME|Ayesha Patel}}, NHS {{MRN|553 871 0624}}
Thank you for seeing this 29-year-old with a 3-month history of amenorrhoea, galactorrhoea and headaches. Prolactin 4,200 mU/L. She works at {{LOCATION|Leicester Royal Infirmary}} pharmacy. I'd be grateful for endocrine review.
Dr {{NAME|Nikhil Mistry}}, {{LOCATION|Spinney Hill Medical Centre}}`,

  `Sticky note on the scanner: Dr {{NAME|Okonkwo}} - please sign the DVLA form for {{NAME|Steve Bellamy}} (HGV, post-MI). Due back {{DATE|Mon}}.`,

  `Nursing home round - {{LOCATION|Cedar Lodge}}, {{LOCATION|Frinton-on-Sea}}, {{DATE|3rd Dec}}
{{NAME|Doris Whitlam}} {{AGE|99}} - eating less, weight 41 kg, DNACPR in place. {{NAME|Harold Pike}} 86 - UTI, nitrofurantoin. {{NAME|Betty Clements}} {{AGE|92}} - skin tear R forearm, dressed.`,

  `Hi Mum, {{NAME|Josh}} here - the nurse at {{LOCATION|Ipswich Hospital}} says Grandpa can come home {{DATE|Wednesday}} if the stairlift is in. Can you ring {{NAME|Mike}} at the council? x`,

  `Solicitor's request
{{LOCATION|Irwin Mitchell LLP}}, {{LOCATION|Sheffield}}
Our client: {{NAME|Gary Tolliver}}, DOB {{DATE|19/02/1984}}; road traffic accident on the {{LOCATION|A57 Snake Pass}} on {{DATE|21 July 2026}}. Please provide copies of his records from {{LOCATION|Northern General Hospital}} under the enclosed signed consent. Our ref: {{ID|IM/PI/2208731}}.`,

  `Fit note - {{NAME|Kieran Bloomfield}}, assessed {{DATE|4 Dec 2026}}: right Achilles rupture, in boot. May be fit for work with amended duties (seated) at {{LOCATION|Royal Mail Swindon Mail Centre}}. Dr {{NAME|A. Kowalczyk}}`,
  `PROGRESS NOTE - {{LOCATION|Mercy Hospital St. Louis}}
Patient: {{NAME|Dwayne K. Holloway}}   MRN: {{MRN|MH-20448175}}   DOB: {{DATE|08/17/1966}}
Date of service: {{DATE|12/04/2026}}
S: Day 2 after admission for decompensated heart failure. Down 2.1 kg, breathing easier.
O: BP 118/74, HR 88, JVP 9 cm. Cr 1.6 (from 1.4).
A/P: continue IV furosemide 80 mg BID, recheck BMP in AM. Daughter {{NAME|Keisha}} updated by phone {{PHONE|(314) 555-0192}}.
{{NAME|Rebecca Lindqvist}}, MD`,

  `Pt {{NAME|Marisol Gutierrez}} called the {{LOCATION|El Rio Health}} nurse line - 3 days dysuria, now fever 101.8 and R flank pain. 22 wks pregnant. Sent to L&D triage at {{LOCATION|Banner - University Medical Center Tucson}}. {{DATE|12/6/26}} 9:40 pm, RN {{NAME|T. Begay}}`,

  `Prior authorization request - Aetna member ID {{HEALTH_PLAN|W288147736}}
Patient {{NAME|Courtney Blevins}}, DOB {{DATE|1988-01-30}}
Drug: semaglutide 2.4 mg weekly. BMI 41, HbA1c 6.1, OSA on CPAP. Prescriber {{NAME|Ashok Raman}} MD, NPI {{LICENSE|1548392207}}, {{LOCATION|Knoxville}} TN.`,

  `ED triage - {{LOCATION|Hennepin County Medical Center}}
{{DATE|Dec 5, 2026}} 02:14. {{NAME|Abdirahman Warsame}}, 31 y/o M, brought by EMS from {{LOCATION|Cedar-Riverside}}, stab wound L flank. Interpreter (Somali) requested. Trauma activation level 1.`,

  `Hey {{NAME|Kayla}}! Reminder from {{LOCATION|Northside Pediatrics}}: {{NAME|Brayden}} is due for his 4-year shots on {{DATE|Thursday, December 10}} at 3:15pm. Reply STOP to opt out.`,

  `Dear Mr. {{NAME|Fitzgerald}},
This letter confirms that your son {{NAME|Liam Fitzgerald}} was seen at {{LOCATION|Boston Children's Hospital}} on {{DATE|November 30, 2026}} for a concussion sustained at {{LOCATION|Brookline High School}}. He may return to school with academic accommodations and must not play hockey until cleared.
Sports Medicine`,

  `VA telehealth note - {{LOCATION|Jesse Brown VA Medical Center}}
Veteran {{NAME|Clarence "Sarge" Odom}}, SSN {{SSN|412-55-8093}}, age 78, Vietnam era. PTSD follow-up; nightmares improved on prazosin. Lives with his sister {{NAME|Gloria}} in {{LOCATION|Bronzeville}}. RTC 3 months.`,

  `Discharge instructions
{{NAME|Hannah Yoder}} - {{LOCATION|Pomerene Hospital}}, {{LOCATION|Millersburg}}, OH
You had your baby boy on {{DATE|12/3/2026}}. Your bishop's wife {{NAME|Ruth Miller}} will drive you home. Call us at {{PHONE|330-674-1015}} for fever over 100.4 or heavy bleeding.`,

  `Pharmacy refill request: {{NAME|Earl Dupree}}, DOB {{DATE|03/09/1947}}, lisinopril 20 mg #90. {{LOCATION|Walgreens #04417}}, {{LOCATION|Lafayette}}, LA. Fax {{FAX|337-555-0148}}. Rx # {{ID|RX7713390}}.`,

  `Home health visit {{DATE|12/02/26}} - {{LOCATION|Amedisys Home Health}}
{{NAME|Lorraine Pacheco}}, {{AGE|96}}, {{LOCATION|Española}}, NM. Stage 2 sacral pressure injury healing. Granddaughter {{NAME|Angelica}} is the caregiver. Medicare {{HEALTH_PLAN|7KD2-XN4-TT81}}.`,

  `From: Dr. {{NAME|Priya Venkataraman}} <{{EMAIL|pvenkat@uwhealth.example.org}}>
To: {{NAME|Nate Sorensen}}
Subject: your biopsy

Hi {{NAME|Nate}}, the skin biopsy from your left shoulder shows a basal cell carcinoma. It's very treatable. {{NAME|Jenna}} from our {{LOCATION|Madison}} clinic will call to book Mohs. Best, Dr. {{NAME|V}}`,

  `Workers' comp - Liberty Mutual claim {{ACCOUNT|WC-442-871190}}
Claimant {{NAME|Rodrigo Alvarez}}, injured {{DATE|10/14/2026}} lifting drywall at a site on {{LOCATION|Preston Road}}, {{LOCATION|Plano}}. L5-S1 disc herniation on MRI. MMI not reached.`,

  `EMS run report - {{LOCATION|Gallup}} Fire, Medic 7
{{DATE|12/05/2026}}. Pt {{NAME|Darlene Yazzie}}, 58 F, found at home in {{LOCATION|Twin Lakes}} with hypoglycemia, BGL 31. D10 given, BGL 142. Transported to {{LOCATION|Gallup Indian Medical Center}}.`,

  `IHS note: {{NAME|Marcus Whitehorse}}, 44, {{LOCATION|Pine Ridge}} - HbA1c 10.8, foot ulcer L 1st MTP. Referred to podiatry at {{LOCATION|Rapid City}}. Chart {{MRN|PR-118022}}.`,

  `Lab critical call {{DATE|12/6/2026}} 03:12 - K 6.9 on {{NAME|Theodore Banks}} ({{MRN|004417822}}) called to RN {{NAME|Mackenzie}} on 5 West, read back. Caller {{NAME|J. Oyelaran}}, Quest Diagnostics.`,

  `Patient portal message
From: {{NAME|Stephanie Kowalski}}
To: Dr. {{NAME|Ahmed}}
My mom {{NAME|Irene}} ({{DATE|2/14/1940}}) fell again last night at {{LOCATION|Sunrise of Glen Ellyn}}. Can we get the PT referral you mentioned? Thanks!`,

  `Hospice admission - {{LOCATION|Hospice of the Chesapeake}}
{{NAME|Wendell Pruitt}}, 83, metastatic pancreatic cancer. Wife {{NAME|Faye}} is primary caregiver at home on {{LOCATION|Solomons Island Road}}. DNR/MOLST signed {{DATE|12/04/2026}}. Chaplain Rev. {{NAME|Otis Greer}} to visit.`,

  `Billing: patient {{NAME|Jenelle Harper}}, acct {{ACCOUNT|8842197}}, DOS {{DATE|11/19/2026}}, CPT 99214, ICD-10 J01.90. Balance nil.`,

  `School nurse note, {{LOCATION|Roosevelt Elementary}}, {{LOCATION|Dubuque}}
{{NAME|Addison Kramer}}, grade 2, peanut allergy. Hives and lip swelling after lunch {{DATE|12/3}}. EpiPen given 12:20, 911 called. Mom {{NAME|Jessica}} met the ambulance.`,

  `Consult note - Infectious Diseases, {{LOCATION|Johns Hopkins Hospital}}
{{NAME|Tyrone Mackey}}, 36, MRN {{MRN|JH5529178}}. IVDU, MRSA bacteremia, tricuspid endocarditis with septic emboli. Recommend vancomycin, TEE done {{DATE|12/04}}. Lives at {{LOCATION|Helping Up Mission}}.`,

  `Canada - {{LOCATION|Sunnybrook Health Sciences Centre}} discharge
{{NAME|Anjali Sharma-Dhillon}}, OHIP {{HEALTH_PLAN|4418-337-902-KT}}, {{LOCATION|Brampton}}
Admitted {{DATE|2026-11-29}} for STEMI, PCI to LAD. Discharged {{DATE|2026-12-03}}. Cardiac rehab at {{LOCATION|Toronto Rehab}}. Follow up Dr {{NAME|Mendelsohn}}.`,

  `Référence - {{LOCATION|Hôpital Maisonneuve-Rosemont}}
Patiente: {{NAME|Ginette Tremblay}}, RAMQ {{HEALTH_PLAN|TREG 5403 1218}}
Vue le {{DATE|3 décembre 2026}}: glaucome à angle fermé OD, PIO 52. Iridotomie faite. Suivi avec Dr {{NAME|Bélanger}} à {{LOCATION|Laval}}.`,

  `WSIB Form 8 - {{NAME|Harjit Grewal}}, truck driver for {{LOCATION|Bison Transport}}, injured {{DATE|Nov 27 2026}} at the {{LOCATION|Highway 401}} scales near {{LOCATION|Woodstock}}. Right shoulder rotator cuff tear. Claim {{ACCOUNT|31184472}}.`,

  `Nova Scotia - {{LOCATION|Cape Breton Regional Hospital}}
{{NAME|Angus MacNeil}}, {{AGE|93}}, from {{LOCATION|Glace Bay}}, MSI {{HEALTH_PLAN|0012 448 917}}. Aspiration pneumonia, family meeting with daughters {{NAME|Mary Catherine}} and {{NAME|Theresa}}: comfort care.`,

  `Hey doc, it's {{NAME|Brody}} from the {{LOCATION|Yellowknife}} health centre - {{NAME|Elijah Beaulieu}} from {{LOCATION|Behchokǫ̀}} is on the medevac tonight ({{VEHICLE|C-GMVZ}}?) with a probable appendix. Can {{LOCATION|Stanton Territorial Hospital}} take him?`,

  `BC - {{LOCATION|Vancouver General Hospital}} clinic note {{DATE|2026/12/02}}
{{NAME|Kenji Tanaka-Ross}}, PHN {{HEALTH_PLAN|9876 543 218}}. Crohn's, ileocolonic. Fecal calprotectin 1,840. Switching to ustekinumab. Lives in {{LOCATION|Kitsilano}}.`,

  `Alberta - {{LOCATION|Foothills Medical Centre}} stroke team
{{NAME|Darlene Cardinal}}, 67, AHCIP {{HEALTH_PLAN|55102-4418}}, from {{LOCATION|Siksika}}. LKW {{DATE|Dec 4}} 14:10. NIHSS 12. Thrombectomy done. Son {{NAME|Jerome}} at bedside.`,

  `Manitoba - {{LOCATION|Health Sciences Centre Winnipeg}} peds
{{NAME|Riley Spence}}, 9 months, flown from {{LOCATION|Norway House}}. Bronchiolitis, on HFNC. Mom {{NAME|Krista}} accompanied. PHIN {{HEALTH_PLAN|118 223 904}}.`,

  `{{LOCATION|Saskatoon}} - {{LOCATION|Royal University Hospital}} ICU, {{DATE|Dec 6}}
{{NAME|Travis Kowalchuk}}, 41, MVC on {{LOCATION|Hwy 11}} near {{LOCATION|Dundurn}}. TBI, ICP 24. Wife {{NAME|Brittany}} and his boss from {{LOCATION|Nutrien Allan}} mine called.`,

  `Newfoundland - {{LOCATION|Health Sciences Centre, St. John's}}
{{NAME|Bride Kavanagh}}, MCP {{HEALTH_PLAN|448 221 907 113}}, of {{LOCATION|Placentia}}. Admitted {{DATE|Dec 1}} with COPD exacerbation; on home O2. Discharge {{DATE|Dec 7}} via her nephew {{NAME|Paddy}}.`,

  `US - {{LOCATION|Cedars-Sinai Medical Center}} OR schedule {{DATE|12/08/2026}}
0730 {{NAME|Goldstein, Miriam}} - lap chole - Dr. {{NAME|Okafor-Reyes}}
0930 {{NAME|Nguyen, Bao}} - hernia repair
1200 {{NAME|Petrosyan, Armen}} - thyroidectomy`,

  `Texas Medicaid {{HEALTH_PLAN|519447820}} - {{NAME|Yesenia Cantu}}, {{DATE|05/22/2019}}, seen at {{LOCATION|Driscoll Children's Hospital}}, {{LOCATION|Corpus Christi}}, for asthma exacerbation. Spacer teaching done with abuela {{NAME|Dolores}}.`,

  `Pt {{NAME|Shondra Ellis}} ({{MRN|2210948}}) no-showed OB visit {{DATE|12/1}} and {{DATE|12/3}}. Last BP 152/98 at 34 wks. Outreach: home visit by CHW {{NAME|Leticia}} to {{LOCATION|Orange Mound}}.`,

  `Dear {{NAME|Tamika}}, your mammogram at {{LOCATION|Piedmont Atlanta Hospital}} on {{DATE|November 24, 2026}} showed a finding that needs a second look. Please call {{PHONE|404-555-0177}} to schedule diagnostic imaging.`,
  `Discharge summary - {{LOCATION|Royal Prince Alfred Hospital}}
Patient: {{NAME|Nguyen Thi Lan}}   MRN: {{MRN|RPA0918244}}   DOB: {{DATE|21/05/1957}}
Medicare: {{HEALTH_PLAN|2953 18471 2}}
Admission {{DATE|29/11/2026}} - {{DATE|04/12/2026}}: community-acquired pneumonia, hyponatraemia (Na 121). Home to {{LOCATION|Cabramatta}} with her son {{NAME|Minh}}. GP Dr {{NAME|Sharon Vu}} please repeat sodium in one week.`,

  `G'day {{NAME|Shazza}}, can you fit {{NAME|Bluey Thompson}} in with Dr {{NAME|Pat}} today? He's out at the station past {{LOCATION|Longreach}} and coming into town on the mail run, says his chest is "crook". - {{NAME|Deb}} at {{LOCATION|Longreach Family Medical Practice}}`,

  `RFDS retrieval {{DATE|05/12/26}} - aircraft {{VEHICLE|VH-FVX}} from {{LOCATION|Broken Hill}}
{{NAME|Kylie Bates}}, 34, from {{LOCATION|Wilcannia}}, ectopic pregnancy with haemoperitoneum. Transferred to {{LOCATION|Lyell McEwin Hospital}}.`,

  `ACAT assessment - {{NAME|Alfredo Costanzo}}, {{AGE|91}}, {{LOCATION|Leichhardt}}
Lives with wife {{NAME|Concetta}} on {{LOCATION|Norton Street}}. Needs help with showering. Recommended Home Care Package level 3. DVA Gold Card {{HEALTH_PLAN|NX 248817}}.`,

  `To Dr {{NAME|Jacinta Mulholland}}, {{LOCATION|Ballarat Base Hospital}}
Re: {{NAME|Brendan O'Loughlin}}, {{DATE|13.02.1962}}, UR {{MRN|B229184}}
Thanks for seeing {{NAME|Brendan}}, a sheep farmer from {{LOCATION|Skipton}}, with a painless ulcer on the right forearm for 6 weeks. PCR for Mycobacterium ulcerans is positive. He swims at {{LOCATION|Lake Wendouree}}.
Dr {{NAME|Tom Hennessy}}, {{LOCATION|Beaufort}}`,

  `Hi this is {{NAME|Mei}} from {{LOCATION|Chatswood Physio}} - {{NAME|Oliver Grant}} missed his ACL rehab session today. Pls call {{PHONE|0412 558 903}}.`,

  `{{LOCATION|Perth}} - {{LOCATION|Fiona Stanley Hospital}} ED, {{DATE|6 Dec 2026}}
{{NAME|Jarrah Ningali}}, 17, from {{LOCATION|Armadale}}. Snake bite L ankle at {{LOCATION|Serpentine National Park}}. Pressure bandage, VDK negative, observing 12 h.`,

  `{{LOCATION|Darwin}} - {{LOCATION|Royal Darwin Hospital}}
{{NAME|Rosalind Wununmurra}}, 52, from {{LOCATION|Galiwinku}}, melioidosis, blood cultures positive. Aboriginal Health Practitioner {{NAME|Joylene}} to arrange return flight. HRN {{MRN|0449218}}.`,

  `{{LOCATION|Adelaide}} - {{LOCATION|Flinders Medical Centre}}, referral to respiratory
Re: {{NAME|Keith Pilkington}}, DOB {{DATE|19/09/1945}}. Ex-boilermaker at {{LOCATION|Whyalla Steelworks}} 1965-1998. CT: calcified pleural plaques, lower-lobe fibrosis.`,

  `{{LOCATION|Hobart}} - {{LOCATION|Royal Hobart Hospital}} memory clinic {{DATE|2 Dec}}
{{NAME|Beryl Chaffey}}, 84, accompanied by niece {{NAME|Lynette}}. MoCA 17. Lives alone in {{LOCATION|New Norfolk}}. Referred for aged care.`,

  `Kia ora {{NAME|Mere}}, this is a reminder for {{NAME|Tamati}}'s 15-month immunisations at {{LOCATION|Te Kōhao Health}}, {{LOCATION|Kirikiriroa}}, on {{DATE|Tuesday 15 December}}. Ngā mihi.`,

  `ACC45 - {{NAME|Hemi Walker}}, NHI {{MRN|ZBK4728}}, injured {{DATE|03/12/2026}} falling off a quad bike on the farm at {{LOCATION|Ruatoria}}. Fractured L clavicle. ACC claim {{ACCOUNT|10042881547}}.`,

  `Discharge - {{LOCATION|Christchurch Hospital}}
{{NAME|Sione Taufa}}, NHI {{MRN|PLQ9921}}, {{DATE|4/12/26}}. Gout flare R knee, urate 0.61. Started allopurinol 50 mg, titrate. Follows up at {{LOCATION|Aranui}} community clinic.`,

  `Plunket note - {{NAME|Aroha}} (pēpi {{NAME|Nikau}}), {{LOCATION|Ōpōtiki}}, {{DATE|1/12}}. Weight 7.1 kg, on 25th centile. Safe sleep pēpi-pod given.`,

  `{{LOCATION|Wellington Hospital}} ward 6 handover
{{NAME|Fa'amoana Leota}} - cellulitis, IV fluclox
{{NAME|Brenda Quirke}} - #NOF, theatre tomorrow
{{NAME|Rawiri}} - discharged to {{LOCATION|Porirua}}`,

  `Dear Dr {{NAME|Ramanathan}},
Re: Smt. {{NAME|Lakshmi Venkatesan}}, {{AGE|92}}, UHID {{MRN|AIMS-20261148}}
Kindly see this lady from {{LOCATION|Mylapore}}, {{LOCATION|Chennai}} with a fracture of the left neck of femur on {{DATE|02-12-2026}}. Diabetic, on insulin. Her grandson {{NAME|Karthik}} is the attender.
Dr {{NAME|S. Balasubramanian}}, {{LOCATION|Apollo Hospitals, Greams Road}}`,

  `OPD slip - {{LOCATION|AIIMS New Delhi}}
Name: {{NAME|Ramesh Kumar Yadav}}   Age: 46   UHID: {{MRN|104418227}}
Address: {{LOCATION|Gali No. 4, Sangam Vihar}}, {{ZIP|110080}}
Dx: pulmonary TB, sputum CBNAAT positive, rif sensitive. Nikshay ID {{ID|NK-22819044}}. Started on FDC.`,

  `Ayushman card {{HEALTH_PLAN|PMJAY-9128 4471 0032}} - {{NAME|Sunita Devi}}, w/o {{NAME|Rajendra Prasad}}, {{LOCATION|Gaya}}. Admitted {{LOCATION|ANMMCH}} {{DATE|4/12/2026}} with snake bite, ASV 10 vials.`,

  `Pls review: Master {{NAME|Aarav Deshmukh}}, 6 yrs, dengue with warning signs, platelets 28k, from {{LOCATION|Kothrud}}, {{LOCATION|Pune}}. Father {{NAME|Sachin}} {{PHONE|+91 98220 44718}}. Admitted PICU {{LOCATION|Deenanath Mangeshkar Hospital}}.`,

  `Discharge card - {{LOCATION|Christian Medical College, Vellore}}
{{NAME|Thomas Varghese}}, Hosp No {{MRN|418227F}}, from {{LOCATION|Kottayam}}. Dx: SLE nephritis class IV. MMF and steroids. Review {{DATE|15/01/2027}}.`,

  `{{LOCATION|Kolkata}} - {{LOCATION|SSKM Hospital}} neuro OPD {{DATE|03.12.2026}}
{{NAME|Anwesha Chatterjee}}, 23, student at {{LOCATION|Jadavpur University}}. Migraine without aura, 12 days/month. Started propranolol.`,

  `WhatsApp: Sir, {{NAME|Mohammed Irfan}} bed 12 sugar 412 at 2am, given 10u actrapid as per sliding scale. - Sister {{NAME|Jincy}}, {{LOCATION|KIMS Hospital}}, {{LOCATION|Secunderabad}}`,

  `CGHS card {{HEALTH_PLAN|CG-44182973}} - Col. (Retd) {{NAME|Harbhajan Singh Sidhu}}, 82, {{LOCATION|Sector 35}}, {{LOCATION|Chandigarh}}. Referred to {{LOCATION|PGIMER}} for TURP.`,

  `South Africa - {{LOCATION|Chris Hani Baragwanath Academic Hospital}}
Patient: {{NAME|Sipho Mthembu}}, folder {{MRN|CHB2614478}}, ID {{ID|8804125589083}}
Admitted {{DATE|2026/12/01}}: TB meningitis, HIV CD4 42. From {{LOCATION|Orlando East}}, {{LOCATION|Soweto}}. Mother {{NAME|Nomsa}} contact {{PHONE|072 448 1903}}.`,

  `Motivation to Discovery Health - member {{HEALTH_PLAN|442 918 7713}}
Mrs {{NAME|Annelie van der Merwe}}, DOB {{DATE|1970/06/14}}, requires adalimumab for Crohn's disease failing azathioprine. Dr {{NAME|Pieter Botha}}, HPCSA {{LICENSE|MP 0448271}}, {{LOCATION|Mediclinic Panorama}}.`,

  `Clinic card - {{LOCATION|Ikhwezi Clinic}}, {{LOCATION|Gugulethu}}
{{NAME|Lwazi Ntshona}}, 29. Viral load <50 on TLD. Collect at {{LOCATION|Checkers NY1}} pickup point next time. Next visit {{DATE|8 March 2027}}.`,

  `{{LOCATION|Durban}} - {{LOCATION|Inkosi Albert Luthuli Central Hospital}}
{{NAME|Thandeka Zulu}}, {{DATE|02/12/2026}}, from {{LOCATION|Umlazi}} section V. Peripartum cardiomyopathy, EF 28 %. Sister {{NAME|Zanele}} to bring baby for feeds.`,

  `Hallo Dokter, dit is {{NAME|Marietjie}} - Oupa {{NAME|Koos}} se bloeddruk is 190/110 vanoggend by {{LOCATION|Oudtshoorn}}. Moet ons hom na {{LOCATION|George Hospitaal}} toe bring?`,

  `Limpopo - {{LOCATION|Mankweng Hospital}} casualty, {{DATE|5 Dec}}
{{NAME|Tshilidzi Nemavhola}}, 8, from {{LOCATION|Thohoyandou}}, malaria RDT positive after a trip to {{LOCATION|Beitbridge}}. Artesunate IV.`,
  `Pacemaker interrogation report
Device clinic, {{LOCATION|Papworth Hospital}} - {{DATE|03-Dec-2026}}
Patient: {{NAME|ABERNETHY, Colin}}   Hosp No: {{MRN|PAP448217}}
Device: Medtronic Azure XT DR MRI, serial {{DEVICE|RNB448271S}}
Implant date: {{DATE|14-Jun-2021}}   Battery: 6.8 years   RA lead 0.75 V @ 0.4 ms, RV lead 0.875 V @ 0.4 ms
AP 62 %, VP 3 %. 2 AHRE episodes, longest 4 min. No VT. Next remote check via CareLink {{DATE|Mar 2027}}.
Physiologist: {{NAME|Harriet Lomax}}`,

  `KakaoTalk Chat with 엄마
Saved: {{DATE|2026. 12. 5.}} 21:14

[{{NAME|Jiwoo}}] [오후 7:02] Mum the GP at {{LOCATION|Burnaby}} said your A1c is 9.1
[엄마] [오후 7:05] ㅠㅠ
[{{NAME|Jiwoo}}] [오후 7:06] Dr {{NAME|Sandhu}} wants you at {{LOCATION|Burnaby Hospital}} diabetes education {{DATE|Dec 14}}
[엄마] [오후 7:10] ok. tell {{NAME|Minseo}} to drive me`,

  `Automatic reply: RE: {{NAME|Tobias Wren}} - MRI results
I am out of the office until {{DATE|Monday 4 January 2027}}. For urgent clinical matters please contact my colleague Dr {{NAME|Lucinda Farrow}} on {{PHONE|020 3299 4418}} or bleep {{PHONE|558}} via {{LOCATION|King's College Hospital}} switchboard.
{{NAME|Anand Krishnamurthy}}, Consultant Neuroradiologist`,

  `Trello card - "Chase MDT outcome" (list: Waiting)
Description: {{NAME|Patsy Callaghan}} (NHS {{MRN|611 448 2093}}) - lung MDT at {{LOCATION|Royal Preston Hospital}} {{DATE|3/12}}. Need outcome letter before GP appt.
Members: @{{NAME|kirsty.dunn}}, @{{NAME|raj}}
Due: {{DATE|Dec 10}}
Comment ({{NAME|Kirsty Dunn}}): emailed the MDT coordinator {{NAME|Gemma}}.`,

  `Notion page export - Outreach visits
# Week of {{DATE|30 Nov 2026}}
- [x] Mrs {{NAME|Olwen Tate}} - {{LOCATION|Llanidloes}} - B12 injection
- [ ] {{NAME|Dilys Rowlands}} - {{LOCATION|Van Terrace}} - dressing change
- [ ] Mr {{NAME|Gethin Parry}} - {{LOCATION|Caersws}} - INR
Owner: {{NAME|Ffion}}`,

  `Excel cell dump (clinic_tracker.xlsx, sheet "Clinic"):
A2: {{NAME|Harrington, Mavis}}
B2: {{DATE|1935-08-02}}
C2: {{MRN|MT0044182}}
D2: =IF(E2>7.5,"urgent","routine")
E2: 8.2
A3: {{NAME|Lusted, Roy}}
B3: {{DATE|1949-11-27}}
C3: {{MRN|MT0051107}}
E3: 6.4`,

  `Dental chart note - {{LOCATION|Smiles on Sauchiehall}}, {{DATE|04/12/2026}}
{{NAME|Kirsten Laing}}, 38. UL6 irreversible pulpitis, extirpated, CaOH dressing. LR8 partially erupted, pericoronitis. Next: RCT completion. Dentist {{NAME|Graeme Howat}}, GDC {{LICENSE|188472}}.`,

  `{{LOCATION|Specsavers Truro}}
Dear Mr {{NAME|Nigel Trethewey}},
Your eye examination on {{DATE|28 November 2026}} showed raised eye pressures (R 29, L 31) and we have referred you to the glaucoma service at {{LOCATION|Royal Cornwall Hospital}}. Optometrist: {{NAME|Leah Chynoweth}}.`,

  `{{ID|QJ44KXW8}} Confirmed. Ksh1,500.00 sent to {{NAME|JOSEPH KAMAU}} {{PHONE|0722448193}} on {{DATE|5/12/26}} at 9:14 AM for {{LOCATION|Kikuyu Hospital}} ward deposit. New M-PESA balance is Ksh820.00.`,

  `WITNESS SUMMONS
In the {{LOCATION|Crown Court at Snaresbrook}}
Case No: {{ID|T20267714}}
To: Dr {{NAME|Olamide Fashola}}, {{LOCATION|Newham University Hospital}}
You are required to attend on {{DATE|18 January 2027}} to give evidence regarding your examination of {{NAME|Dwayne Osborne}} on {{DATE|12 March 2026}}.`,

  `Death notice (Irish Independent, {{DATE|7 December 2026}})
{{NAME|O'SULLIVAN, Teresa (Tess)}} (née {{NAME|Lynch}}), {{LOCATION|Kenmare}}, Co. Kerry, peacefully at {{LOCATION|Kenmare Community Hospital}}, aged {{AGE|97}}. Reposing at {{LOCATION|Finnegan's Funeral Home}}.`,

  `Message from your Airbnb host {{NAME|Claudette}}:
Hi! So sorry your husband fell on the steps. The nearest ER is {{LOCATION|Mid Coast Hospital}} on {{LOCATION|Medical Center Drive}}, {{LOCATION|Brunswick}}. Our address for the ambulance: {{LOCATION|22 Pleasant Cove Lane}}, {{LOCATION|Harpswell}}, ME {{ZIP|04079}}.`,

  `Fitbit export (heart.csv), user {{NAME|megan.sloane}}:
dateTime,bpm,confidence
{{DATE|2026-12-05}}T03:12:00,168,3
{{DATE|2026-12-05}}T03:12:15,171,3
# sent by {{NAME|Megan}} to {{LOCATION|Bristol Heart Institute}} arrhythmia nurse`,

  `Venmo: {{NAME|Tyler Brandt}} paid {{NAME|Alyssa Brandt}} - "mom's copay at {{LOCATION|Sanford Health Fargo}} 🏥" - {{DATE|Dec 3}}`,

  `Locker log - ED, {{LOCATION|Southmead Hospital}}
Locker 14: {{NAME|R. Penhallow}} - wallet, phone, keys - in {{DATE|05/12}} 22:40, out {{DATE|06/12}} 09:15, signed HCA {{NAME|Tasha Morris}}`,

  `App crash report (MyCare v4.2.1)
user_email: {{EMAIL|d.ferreira77@example.com}}
device: {{DEVICE|F2LXK9QH0D4N}}
ip: {{IP|203.0.113.88}}
last_screen: "Book appointment - {{LOCATION|Westmead Hospital}}"
timestamp: {{DATE|2026-12-06}} 14:02:11`,

  `911 CAD incident {{ID|26-3381904}} - {{DATE|12/06/2026}} 01:44
Loc: {{LOCATION|418 W Maple St}}, Apt 3, {{LOCATION|Kalamazoo}}
Caller {{NAME|Lisa Hartman}} {{PHONE|269-555-0164}} states husband {{NAME|Dale}} 62 unresponsive, agonal breathing. CPR instructions given. Units: Medic {{VEHICLE|KZ-14}}, Engine 4.`,

  `Signal message, {{DATE|Sat}} 16:20:
{{NAME|Noor}}: the GP at {{LOCATION|Rusholme Health Centre}} wants dad's ECG repeated, he's on {{LOCATION|Wilmslow Road}} till 5
{{NAME|Hamza}}: ok I'll take him, what's the surgery number
{{NAME|Noor}}: {{PHONE|0161 225 6699}}`,

  `Instagram DM
@{{NAME|bella.rosewood}}: hi is this the {{LOCATION|Gold Coast University Hospital}} maternity page? my sister {{NAME|Chloe Rosewood}} is in labour ward, can I visit after 8?`,
  `{{LOCATION|Ospidale San Francesco}}, {{LOCATION|Nùgoro}} - Pronto Soccorso
Data: {{DATE|04/12/2026}}
Paziente: {{NAME|Salvatorangelo Pinna}}, 71 annos, pastore da {{LOCATION|Orgòsolo}}. Bona die, dotore: su mere no est bene, dolore toracico da duas oras. ECG: sopraslivellamento ST inferiore. Trasferito in emodinamica.
Medico: dott. {{NAME|Gavino Sanna}}. Tessera sanitaria {{HEALTH_PLAN|80380000401234567890}}.`,

  `Bonghjornu dutore. Mamma {{NAME|Ghjulia Santoni}} hè stata ricuverata à u {{LOCATION|Centre Hospitalier de la Miséricorde}} à {{LOCATION|Aiacciu}} u {{DATE|3 di dicembre}} per una frattura di l'anca. {{NAME|Petru}} (u so figliolu) {{PHONE|06 14 22 87 90}}. À prestu.`,

  `{{LOCATION|Республиканская больница № 1}}, {{LOCATION|Кызыл}}
Пациент: {{NAME|Монгуш Айдыс Оолакович}}, 48 лет, чабан из {{LOCATION|Эрзина}}.
Поступил {{DATE|04.12.2026}}: бруцеллёз? Лихорадка, потливость, боли в спине. Экии, эмчи! Жена {{NAME|Чечек}} сопровождает. Полис ОМС {{HEALTH_PLAN|1798 2200 4418 7712}}.`,

  `Дæ бон хорз! Выписка, {{LOCATION|Республиканская клиническая больница}}, {{LOCATION|Владикавказ}}
{{NAME|Гаглоев Алан Таймуразович}}, {{DATE|12 марта 1979 г.}} р., {{LOCATION|ул. Кирова, 44}}. Диагноз: острый панкреатит. Выписан {{DATE|5 дек. 2026}}. Лечащий врач {{NAME|Цаллагова З. Б.}}`,

  `{{LOCATION|Lənkəran Mərkəzi Rayon Xəstəxanası}}
Xəstə: {{NAME|Əliyev Rövşən Talıb oğlu}}, {{DATE|5 dekabr 2026}}, {{LOCATION|Haftoni}} kəndi. Talış dilində danışır; qızı {{NAME|Günay}} tərcümə edir. Diaqnoz: malyariya şübhəsi, tropik səfərdən sonra. FİN {{ID|5HK2R4T}}.`,

  `{{LOCATION|چانڊڪا ميڊيڪل ڪاليج اسپتال}}، {{LOCATION|لاڙڪاڻو}}
مريض: {{NAME|غلام حسين سومرو}}، عمر 55، {{LOCATION|رتوديرو}}
تاريخ: {{DATE|2026-12-05}}
سائين، مريض کي ڪتي کاڌو آهي. اينٽي ريبيز ويڪسين شروع. CNIC {{ID|43203-5518442-9}}`,

  `{{LOCATION|Regional Institute of Medical Sciences}}, {{LOCATION|Imphal}} - OPD
Khurumjari. Pt: {{NAME|Thoudam Ibomcha Singh}}, 63, from {{LOCATION|Moirang}}. Haemoptysis 2 wk, CBNAAT negative, CT: RUL mass. Son {{NAME|Thoudam Bikramjit}} {{PHONE|+91 87310 44921}}. Date {{DATE|03/12/2026}}.`,

  `Johar! {{LOCATION|Phulo Jhano Medical College Hospital}}, {{LOCATION|Dumka}}
{{NAME|Sanmuni Hansda}}, 24, from {{LOCATION|Kathikund}}, G2P1, Hb 6.2 g/dL at 30 weeks. Santali speaker; ASHA didi {{NAME|Phulmani Murmu}} came with her. Iron sucrose started {{DATE|4-12-2026}}.`,

  `Alii! {{LOCATION|Belau National Hospital}}, {{LOCATION|Koror}}
Patient: {{NAME|Ngiraibai Tellames}}, 67, from {{LOCATION|Ngerchelong}}. Leptospirosis suspected after taro patch work. Daughter {{NAME|Dilmei}} at {{PHONE|488-2552}}. Sulang.`,

  `Ran annim, dokta! {{NAME|Kimiuo Aisek}} from {{LOCATION|Tol}} came on the boat to {{LOCATION|Chuuk State Hospital}}, {{LOCATION|Weno}}, on {{DATE|Dec 5}}. Leprosy contact, skin patches on arms. {{NAME|Sisilia}} will translate. Kinisou chapur.`,

  `Aluu! {{LOCATION|Dronning Ingrids Hospital}}, {{LOCATION|Nuuk}}
Patient: {{NAME|Aqqaluk Kristiansen}}, CPR {{ID|050672-3417}}, fanger fra {{LOCATION|Uummannaq}}. Indlagt {{DATE|4. december 2026}} med forfrysninger på begge fødder efter en nat på isen. Hustru {{NAME|Naja}}. Qujanaq.`,

  `Boozhoo. {{LOCATION|Lake of the Woods District Hospital}}, {{LOCATION|Kenora}}
{{NAME|Wabanoquay Kejick}}, 15, from {{LOCATION|Shoal Lake 40}}. Grandmother {{NAME|Ruth}} with her. OHIP {{HEALTH_PLAN|6629-118-447-RB}}. Acute rheumatic fever: migratory polyarthritis, ASO high. Miigwech.`,

  `Azul! {{LOCATION|CHU Nedir Mohamed}}, {{LOCATION|Tizi Ouzou}}
Patient: {{NAME|Amokrane Ait Ahmed}}, 58 ans, de {{LOCATION|Larbaâ Nath Irathen}}. Admis le {{DATE|4 décembre 2026}} pour kyste hydatique du foie. Sa fille {{NAME|Tassadit}} traduit du kabyle. Tanemmirt.`,

  `Oli otya, musawo? {{LOCATION|Masaka Regional Referral Hospital}}
{{NAME|Nakato Sarah}}, 31, from {{LOCATION|Kyotera}}, on ART, cryptococcal antigen positive. LP opening pressure 38. Husband {{NAME|Ssekandi}} {{PHONE|0772 448 190}}. Admitted {{DATE|5/12/2026}}. Webale.`,

  `{{LOCATION|Makeni Government Hospital}} - paediatric ward
{{NAME|Fatmata Kamara}}, 3, from {{LOCATION|Mabanta}}, Temne-speaking mother {{NAME|Isatu}}. Severe malaria with anaemia, Hb 4.1, transfused {{DATE|4 Dec}}. Referred by CHO {{NAME|Alimamy Sesay}}.`,

  `Salam aleykoum. {{LOCATION|Hôpital de Kidal}}
Patient: {{NAME|Intalla ag Mohamed}}, éleveur de {{LOCATION|Tessalit}}, 44 ans. Parle tamasheq. Morsure de vipère le {{DATE|03/12/2026}}, oedème jusqu'au genou. SAV 2 ampoules. Accompagné de son frère {{NAME|Alghabass}}.`,

  `{{LOCATION|Hôpital Laquintinie}}, {{LOCATION|Douala}} - Urgences
{{NAME|Ekwalla Ndoumbè Marie-Claire}}, 36 ans, quartier {{LOCATION|Bonabéri}}. Locutrice duala. Fièvre typhoïde ? Widal positif. Mari {{NAME|Ebelle}} {{PHONE|+237 6 77 44 81 92}}. Vue le {{DATE|5 déc. 2026}}.`,

  `{{LOCATION|ໂຮງໝໍແຂວງອຸດົມໄຊ}}
ຄົນເຈັບ: ທ້າວ {{NAME|ຄຳພອນ}}, ຊົນເຜົ່າ ຂະມຸ, ບ້ານ {{LOCATION|ນາໝໍ້}}. ໄຂ້ສູງ, scrub typhus? eschar L groin. Doxycycline. ວັນທີ {{DATE|05/12/2026}}. ພະຍາບານ ນາງ {{NAME|ແສງດາວ}}.`,

  `Iska warran dhakhtar. {{LOCATION|Hargeisa Group Hospital}}
Bukaan: {{NAME|Hodan Cabdi Faarax}}, 26, from {{LOCATION|Gabiley}}. 8 days postpartum, fever and foul lochia. Husband {{NAME|Mukhtaar}} {{PHONE|+252 63 441 8822}}. {{DATE|4/12/2026}}. Mahadsanid.`,
  `Clinic letter - Endocrinology, {{LOCATION|Royal Victoria Infirmary}}
Dear Dr {{NAME|Whitfield}},
Re: {{NAME|Amber Lowther}}, NHS {{MRN|488 204 1176}}, {{LOCATION|Whitley Bay}}
Thank you for referring this 34-year-old with palpitations, weight loss and a tender goitre after a viral illness. TSH <0.01, fT4 41, technetium uptake absent: subacute thyroiditis. Propranolol and NSAIDs. I will see her with repeat TFTs on {{DATE|19 January 2027}}.
With best wishes,
{{NAME|Ravi Chandrasekar}}`,

  `Fax to {{LOCATION|Mayo Clinic}} referral office, fax {{FAX|507-555-0126}}
From: {{LOCATION|Winona Health}}, Dr {{NAME|Kristin Halvorsen}}
Re: {{NAME|Gerald Uecker}}, DOB {{DATE|4/4/1952}}, SSN {{SSN|477-20-6631}}. Suspected cholangiocarcinoma; MRCP enclosed. Please schedule with hepatobiliary surgery.`,

  `Renal clinic {{DATE|2 Dec 2026}} - {{NAME|Desmond Achterberg}}, home haemodialysis machine serial {{DEVICE|NX2-00448193}}. Nurse {{NAME|Kerry-Ann}} visited him at {{LOCATION|Flat 7, Marlowe Court}}, {{LOCATION|Canterbury}} {{ZIP|CT1 3RF}}.`,

  `Clinic list - {{LOCATION|Tallaght University Hospital}} diabetes, {{DATE|Thurs 10/12}}
09:00 {{NAME|Maguire, Declan}}
09:20 {{NAME|Ní Bhriain, Orla}}
09:40 {{NAME|Farrelly T.}}
10:00 {{NAME|Adeyemi, Folake}}`,

  `{{LOCATION|Dublin}} - {{NAME|Fintan Coughlan}}, {{LOCATION|Dublin 8}}, {{LOCATION|Mater}} MRN {{MRN|M00448217}}. Cirrhosis with variceal bleed {{DATE|05/12}}; TIPS discussed. Partner {{NAME|Grainne}} {{PHONE|087 448 2190}}.`,

  `NHS 111 report to GP - {{DATE|06/12/2026}} 19:22
Patient: {{NAME|Olive Sutcliffe}}, DOB {{DATE|11/11/1938}}, {{LOCATION|Hebden Bridge}}. Disposition: speak to GP within 2 hours. Symptoms: new confusion, smelly urine. Caller: granddaughter {{NAME|Holly}}.`,

  `Case report form - page 3
Study: REVIVE-HF   Site: {{LOCATION|St George's Hospital}}   Subject: {{ID|RV-017-0442}}
Initials: {{NAME|K.M.O.}}   Visit 4 date: {{DATE|03DEC2026}}
NT-proBNP 2,140 pg/mL. AE: hyperkalaemia grade 2. Investigator: Prof. {{NAME|Imogen Stratton}}`,

  `Telehealth note - {{LOCATION|Mount Isa Hospital}} to {{LOCATION|Doomadgee}} clinic, {{DATE|Thu 3 Dec}}
{{NAME|Clarissa Walden}}, 11, rheumatic heart disease, monthly bicillin. Missed her dose due {{DATE|5 November}} - Uncle {{NAME|Reg}} will bring her to the clinic {{DATE|Monday}}.`,

  `Re: {{NAME|Andile Khumalo}}, date of birth {{DATE|14 July 1991}}, medical aid Bonitas {{HEALTH_PLAN|8832 4419}}
I saw Mr {{NAME|Khumalo}} at my rooms at {{LOCATION|Netcare Sunninghill Hospital}} for a torn ACL sustained playing rugby at {{LOCATION|Wanderers Club}}. Reconstruction booked {{DATE|15/12/2026}}.
Dr {{NAME|Johan Steyn}}`,

  `{{DATE|Tue}} - {{NAME|Pradeep}} from the {{LOCATION|Harrow}} lab called: Mrs {{NAME|Shah}}'s calcium 3.41. Needs same-day review. Her number {{PHONE|020 8424 7719}}.`,

  `Ambulance handover - {{LOCATION|Countess of Chester Hospital}}
{{NAME|Bernard Kilbride}}, 79, from {{LOCATION|Hoole}}. Collapse at {{LOCATION|Chester Races}} car park. BM 2.1 on scene, glucagon given. Crew {{VEHICLE|NWAS 4417}}. Daughter {{NAME|Colette}} following.`,

  `Discharge - {{LOCATION|Middlemore Hospital}}
{{NAME|Losana Tuilagi}}, NHI {{MRN|TRX5510}}, {{DATE|06/12/2026}}. Rheumatic mitral stenosis, AF, started warfarin; INR at {{LOCATION|Ōtara Family Health}} on {{DATE|Friday}}.`,

  `{{LOCATION|Sir Ganga Ram Hospital}}, {{LOCATION|Rajinder Nagar}}, {{LOCATION|New Delhi}}
Discharge: Mrs {{NAME|Kamla Bhatia}}, {{AGE|93}}, IPD {{MRN|SGRH/26/88172}}. Heart block, dual-chamber pacemaker implanted {{DATE|02/12/2026}} (serial {{DEVICE|PJN448219}}). Son {{NAME|Rajiv}} is the attendant.`,

  `URL sent to patient: {{URL|https://portal.example-health.org/r/7KQ2X9?u=lhernandez}} - {{NAME|Luis Hernandez}} to complete pre-op questionnaire before {{DATE|Dec 9}}.`,

  `Night note 03:40 {{DATE|07/12/26}} - called to see {{NAME|Gladys Penrose}}, {{AGE|95}}, fell in bathroom. No head injury, no hip pain, walking with frame. Neuro obs 1-hourly. Dr {{NAME|E. Achebe}} (FY2).`,

  `Pt email: from {{EMAIL|jim.mcgrory52@example.co.uk}} - "Hi, it's {{NAME|Jim McGrory}}. The tablets from {{LOCATION|Lloyds Pharmacy Omagh}} are making me dizzy. Can I stop them?"`,

  `Medical certificate - {{LOCATION|Vuna Medical Centre}}, {{LOCATION|Lautoka}}
This certifies that Ratu {{NAME|Jone Vakacegu}} was unwell with dengue fever from {{DATE|1 December}} to {{DATE|6 December 2026}}. Dr {{NAME|Ana Raikadroka}}.`,

  `Optometry referral - {{NAME|Ethan Brightwater}}, 7, from {{LOCATION|Miramichi}}, NB. Amblyopia L. Medicare NB {{HEALTH_PLAN|118 447 209}}. Referred to {{LOCATION|Saint John Regional Hospital}} ophthalmology.`,

  `Telephone encounter {{DATE|12/7/2026}} 8:05 AM - {{NAME|Ruby Tillman}} reports her CPAP ({{DEVICE|22191944817}}) alarms all night. Sent to {{LOCATION|Apria}} in {{LOCATION|Decatur}}. Callback {{PHONE|256-555-0139}}.`,

  `Hi Dr {{NAME|Kgomo}}, {{NAME|Lerato}} here from {{LOCATION|Polokwane}} - my son {{NAME|Tumelo}} still has the rash after the amoxicillin. Can I send a photo?`,

  `Interpreter booking: Tigrinya for {{NAME|Semhar Tesfay}}, {{DATE|Mon 14/12}} 10:00, {{LOCATION|Coventry}} maternity. Ref {{ID|INT-2026-44817}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Regular medications:
1. Atorvastatin (Lipitor) 80 mg ON [LFTs 3 months]
2. Clopidogrel (Plavix) 75 mg OD [until Jun - DAPT 12 months]
3. Aspirin 75 mg OD [dispersible]
4. Ticagrelor (Brilique) - STOPPED [dyspnoea]
5. Ezetimibe (Ezetrol) 10 mg OD
6. Lansoprazole 15 mg OD [GI protection]
7. GTN spray (Glyceryl trinitrate) 400 mcg PRN
8. Inclisiran (Leqvio) 284 mg SC 6-monthly [next due per hub]`,
  `Seen and examined. Agree with plan.`,
  `Wound review: healing by secondary intention, no slough.`,
  `Cardiology eponyms for teaching: Wolff-Parkinson-White, Brugada, Romano-Ward, Jervell and Lange-Nielsen, Ebstein anomaly, Eisenmenger, Kussmaul sign, Beck's triad, Austin Flint murmur, Graham Steell, Quincke pulse, de Musset sign, Corrigan pulse, Osler nodes, Janeway lesions, Roth spots, Takotsubo, Dressler syndrome, Libman-Sacks.`,
  `Diseases named after places: Lyme (Connecticut), Rocky Mountain spotted fever, Bornholm disease, Q fever (Queensland), Japanese encephalitis, Rift Valley fever, West Nile virus, Hendra, Nipah, Kyasanur, Machupo, Junin, Sabiá, Sindbis, Semliki Forest, Barmah Forest, Mayaro, Zika, Bangui, Hanta, Mokola, Duvenhage, Lagos bat virus, Stockholm syndrome, Munchausen by proxy.`,
  `| Score | Range | Action |
| CURB-65 | 0-5 | >=3 consider ICU |
| Wells (PE) | 0-12.5 | >4 CTPA |
| Glasgow-Blatchford | 0-23 | 0 discharge |
| Rockall | 0-11 | post-endoscopy |
| HAS-BLED | 0-9 | >=3 caution |
| Child-Pugh | 5-15 | C = decompensated |
| MELD-Na | 6-40 | transplant listing |
| qSOFA | 0-3 | >=2 sepsis risk |`,
  `Clinic signs: Bienvenue / Benvenuti / Bienvenidos / Witamy / Sveiki atvykę / Tere tulemast / Dobrodošli / Hoş geldiniz / Khush amdeed / Swagatam / Selamat datang / Maligayang pagdating / Haere mai / Talofa / Malo e lelei / Ia ora na / Karibu / Sawubona / Akwaaba / Barka da zuwa.`,
  `Orthopaedic implants on the shelf: Exeter V40 stem, Trident cup, Corail, Pinnacle, Triathlon knee, Attune, Persona, NexGen, Oxford partial knee, Gamma3 nail, PFNA, DHS 135 degrees, LCP distal radius, Acumed, Arthrex FiberWire, Smith+Nephew Journey II.`,
  `Respiratory inhalers (brand [device]): Trelegy [Ellipta], Trimbow [pMDI and NEXThaler], Symbicort [Turbohaler], Fostair [pMDI], Relvar [Ellipta], Spiriva [Respimat and HandiHaler], Anoro [Ellipta], Seretide [Accuhaler], Flutiform [pMDI], Qvar [Easi-Breathe], Clenil [Modulite], Ventolin [Evohaler].`,
  `History of the unit: opened 1948 with the NHS, first dialysis 1966, CAPD 1981, first transplant 1972, moved buildings 2003, home haemodialysis 2014, refurbished 2025.`,
  `Neurology eponyms: Guillain-Barré, Miller Fisher, Bickerstaff, Charcot-Marie-Tooth, Friedreich, Huntington, Parkinson, Lewy, Pick, Creutzfeldt-Jakob, Gerstmann-Sträussler-Scheinker, Brown-Séquard, Horner, Holmes-Adie, Argyll Robertson, Todd paresis, Bell palsy, Ramsay Hunt, Tolosa-Hunt, Arnold-Chiari, Dandy-Walker, Sturge-Weber, von Hippel-Lindau.`,
  `NEWS2 4 - escalate to nurse in charge.`,
  `Paediatric milestones (months): social smile 6 wk, sits 6-8, walks 12-15, two-word phrases 24, Denver II and Schedule of Growing Skills used; Ages and Stages at 27-30 months.`,
  `Stoma products: Coloplast SenSura Mio, ConvaTec Esteem+, Salts Confidence BE, Dansac NovaLife, Hollister Moderma Flex, Eakin Cohesive seal, Brava belt, Stomahesive paste, Orabase.`,
  `Dermatology terms: Koebner phenomenon, Auspitz sign, Nikolsky sign, Darier sign, Wickham striae, Hutchinson sign, Gottron papules, heliotrope rash, Beau's lines, Mees' lines, Muehrcke lines, Terry's nails, Lindsay nails, Fitzpatrick skin type I-VI, PASI, DLQI, SCORAD, Breslow.`,
  `Antibiotic guide (2026 edition): co-amoxiclav (Augmentin), piperacillin-tazobactam (Tazocin), meropenem (Meronem), teicoplanin (Targocid), linezolid (Zyvox), daptomycin (Cubicin), ceftazidime-avibactam (Zavicefta), cefiderocol (Fetcroja), fosfomycin (Monuril), pivmecillinam (Selexid), nitrofurantoin (Macrobid).`,
  `Chest clear. Abdomen soft, non-tender. Plan: home.`,
  `ICU devices: Hamilton C6, Servo-u, Dräger Evita V800, Prismaflex, Fresenius multiFiltrate, PiCCO, LiDCO, Vigileo, BIS, INVOS NIRS, Arctic Sun, Cardiohelp ECMO, Impella CP, IABP (Maquet CS300), Alaris and Braun Perfusor pumps.`,
  `Gynaecology: FIGO PALM-COEIN, Asherman syndrome, Meigs syndrome, Mayer-Rokitansky-Küster-Hauser, Stein-Leventhal (PCOS, Rotterdam 2003 criteria), Bartholin cyst, Nabothian follicles, Pfannenstiel incision, Manchester repair, Burch colposuspension, Mirena and Kyleena IUS, Nexplanon.`,
  `Thank you in other languages on the leaving card: Grazie mille / Tak / Takk / Tack / Kiitos / Dankon / Paldies / Ačiū / Děkuji / Hvala lijepa / Ευχαριστώ / Спасибо / Дякую / Շնորհակալություն / მადლობა / Rahmat / Sağ ol / Мерси / Shukriya / Dhonnobad / Ngā mihi / Vinaka / Fa'afetai / Mahalo / Ahéhee'.`,
  `Vital signs within normal range.`,
  `Rheumatology criteria: ACR/EULAR 2010 (RA), 2019 (SLE), CASPAR (PsA), ASAS (axSpA), Jones criteria (rheumatic fever), Yamaguchi (Still disease), Chapel Hill (vasculitis), Sapporo and Sydney (APS), Schober test, BASDAI, DAS28, Sjögren, Behçet, Raynaud, Heberden and Bouchard nodes.`,
  `Oncology drugs (brand): pembrolizumab (Keytruda), nivolumab (Opdivo), atezolizumab (Tecentriq), trastuzumab (Herceptin), pertuzumab (Perjeta), osimertinib (Tagrisso), palbociclib (Ibrance), olaparib (Lynparza), enzalutamide (Xtandi), abiraterone (Zytiga), ibrutinib (Imbruvica).`,
  `Bay 4: needs a commode. Bay 6: dietician please.`,
  `Haematology tube colours: purple (EDTA) FBC, blue (citrate) coag, gold (SST) U&E, grey (fluoride) glucose, pink (EDTA) group and save, red plain, green (heparin), black ESR (Westergren), yellow blood cultures (BacT/ALERT).`,
  `Infection control notice: Clostridioides difficile - soap and water, not alcohol gel. Norovirus - close the bay 48 h after last symptoms. Candida auris - screen contacts. Carbapenemase (KPC, NDM, OXA-48, VIM) - single room.`,
  `Endocrine eponyms: Addison, Cushing, Conn, Graves, Hashimoto, de Quervain, Riedel, Sheehan, Nelson, Kallmann, Klinefelter, Turner, Noonan, Prader-Willi, Wolfram (DIDMOAD), Zollinger-Ellison, Verner-Morrison, MEN1 (Wermer), MEN2 (Sipple), Chvostek and Trousseau signs.`,
  `Allergies: NKDA.`,
  `Door signs: No smoking / Dim ysmygu / Ná caitear tobac / Vietato fumare / Interdit de fumer / Rauchen verboten / Prohibido fumar / Zakaz palenia / Курение запрещено / Sigara içilmez / Dhumrapan nishedh / Kaua e kai paipa.`,
  `Travel vaccines: Dukoral, Vivotif, Typhim Vi, Havrix, Twinrix, Ixiaro, Rabipur, Verorab, Stamaril, Qdenga (dengue), Vaxchora, Menveo, Boostrix-IPV, Revaxis; malaria prophylaxis Malarone, Lariam, doxycycline. Yellow fever certificate (ICVP) valid for life since 2016.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter38', '/tmp/deid-ood-letters38.jsonl');
