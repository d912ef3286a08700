/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-eighth session, engineer author: short and
 * long clinician texts, about two thirds of them the most common real case: ordinary English GP and hospital clinic
 * letters, discharge summaries, referrals (breast, skin and cancer pathways, PICU retrieval, hospice, housing support),
 * ward boards, handovers, night entries, theatre lists, pre-assessment, OT home visits, hospital-at-home, tissue
 * viability, safeguarding, coroner's referrals, fit notes, school and screening letters, pharmacy and dispensary
 * messages, reception and telephone messages, SMS reminders, e-mails with headers and signatures, prior-authorisation
 * and refill requests, nurse-line, telehealth, VA, home-health, RFDS, ACAT, Plunket, ACC, PMJAY, CGHS and medical-aid
 * texts, from England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada (Ontario, Quebec, Alberta, Nova
 * Scotia, British Columbia, Manitoba), Australia, New Zealand, India and South Africa, with names without a cue word
 * in sentences, lists and signatures, hospitals and clinics by their full names, towns, suburbs and streets in running
 * sentences, dates in every common form and record and plan numbers with prefixes. The rest are kinds of text beyond
 * letters14-34: an iCalendar invite, a vCard, X12 837 claim segments, a decoded vaccination-certificate QR payload, a
 * ZPL wristband print job, SRT subtitles of a recorded video consultation, an infusion-pump event log, a JIRA ticket,
 * a git commit message, a LaTeX case-report draft, an OCR'd fax with misread characters, a Teams MDT transcript, an
 * alphanumeric pager message, raw e-mail headers, a decoded GS1 wristband barcode, a Python error-log line with a
 * dict, a smart-speaker reminder transcript, a subpoena duces tecum and an openEHR flat composition; and texts written
 * in the styles of regions, peoples and languages not named in the headers of letters14-34: Tabriz (Azerbaijani,
 * Persian script, Solar Hijri date), the Middle Atlas (Tamazight, Tifinagh heading), Fayoum (Arabic script), Timbuktu
 * (Songhai), Cape Coast (Fante), Kenema (Mende), Dodoma (Gogo), Gondar (Amharic script, Ethiopian date), the Bo-Kaap
 * (Cape Malay), the Merina highlands (Malagasy), Hyderabad (Dakhini, Urdu script), Jumla (Khas, Devanagari, Bikram
 * Sambat date), Bhola island (Bengali script, Bengali calendar date), Hà Giang (H'mong, Vietnamese), Tawi-Tawi (Sama),
 * Kinmen (Chinese script, Minguo date), Ulleungdo (Hangul), Khövsgöl (Dukha reindeer herders, Mongolian Cyrillic), the
 * Trobriand Islands (Kilivila), Lifou (Drehu), Te Urewera (Tūhoe), Zuni Pueblo, Manitoulin Island (Odawa), Jalisco
 * (Wixárika), Huehuetenango (Mam), Espírito Santo (Pomeranian), the Limousin, the Bernese Oberland, Kurpie, the
 * Csángó of Moldavia, Ikaria (Greek script), Courland (Livonian coast) and Sunnmøre. Some countries named before recur
 * (Iran, Morocco, Egypt, Mali, Ghana, Sierra Leone, Tanzania, Ethiopia, South Africa, Madagascar, India, Nepal,
 * Bangladesh, Vietnam, the Philippines, Taiwan, Korea, Mongolia, Papua New Guinea, New Caledonia, New Zealand, the US,
 * Canada, Mexico, Guatemala, Brazil, France, Switzerland, Poland, Romania, Greece, Latvia, Norway), only through a
 * region, people or language not named before.
 * Human patients only. Written by hand by engineer author on 2026-12-07 (thirty-eighth session) without reading the
 * engine's rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never
 * tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone at the start of a line, in ward boards, theatre and clinic lists,
 * greetings and signatures, "Re:" lines, cc and subject lines, X12 asterisk and ZPL caret fields, vCard N and FN
 * fields, JSON "fn"/"gn", iCalendar CN parameters, commit authors, subtitles and transcripts, surname first with a
 * comma, all caps, initials, usernames, hyphenated, with "Ó", "Mac", "de la"; Persian, Arabic, Urdu, Amharic,
 * Devanagari, Bengali, Chinese, Hangul, Cyrillic and Greek script); lone first names and lone surnames; places of
 * every kind (streets, flats, plots, farms, stations, villages, fokontany, quarters, islands,
 * schools, employers, mines, shops, care homes, hospices, pharmacies, a funeral home and a church); ages over 89 as
 * digits ("(96)", "(93)", ", 92,", "94 ans", "92歲", "91 lat", "102 ετών", ", 101," after a name); dates in
 * many formats (1 December 2026, 13/07/1951, 04/22/1957, 2026-12-04, 02.12.2026, "Wed 2 Dec", "the 2nd", "Thursday",
 * "Saturdays", 20261214T093000, 19710826, "Tue Dec 1 17:02:44 2026", "01/Dec/26 09:41", OCR'd "l4/O6/1947", "Fourth
 * of March, nineteen forty-one", "the twenty-sixth of November", "Friday the eleventh", "۱۴۰۵/۰۹/۱۲", "ኅዳር 23 ቀን
 * 2019", "२०८३/०८/१७", "১৭ অগ্রহায়ণ ১৪৩৩", "115年12月2日", "2026년 12월 2일", "2 Desemba 2026", "2 Desambra 2026",
 * "ngày 2 tháng 12 năm 2026", "Rātū 1 Hakihea", "mardi 1er décembre 2026", "2 grudnia 2026", "2026. gada 1.
 * decembrī", months alone); IDs of many shapes (PPSN, CAD and MASH references, Nikshay, South African ID, SAPS case,
 * Iranian national code, Egyptian national number, NIDA, CIN, CCCD, РД, CURP, DPI, AHV, PESEL, CNP, personas kods,
 * status card and tribal IDs, case and photo numbers); health plans (Medicaid, TennCare, OHIP, AHCIP, MSI, PHN, RAMQ,
 * Discovery, GEMS, CGHS, PMJAY, Aarogyasri, RAMED, NHIS, BHYT, CAFAT, CNS, AXA, an X12 member ID); licences (NMC PIN,
 * NPI, HPCSA, ARDC, a hunting licence); phones of many countries; faxes, e-mails, a URL, IPv4; device serials (a CGM sensor,
 * a CPAP, an infusion pump); vehicles (canoes, a pirogue, a fishing boat); a US SSN and a partial one, a French NIR and
 * a Greek AMKA (SSN); MRNs (NHS, CHI, H&C, NHI, UR, CR No., folder numbers); a patient control number.
 * Every name, address and number is invented; institution names may be the public names of real hospitals, employers
 * and places, as organisations only.
 * Format and gold convention as deid-ood-letters33.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics
 * ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Sister", "Elder", "Aunty", "M.")
 * and degree suffixes (", MD", ", NP", ", PA-C") stay outside a name, facility words inside; US states, provinces,
 * regions, counties and countries are not marked (a town, a village, a suburb, a quarter or an island small enough to
 * be an address is); years on their own are never marked; ages of 89 and under are not marked; weekdays and dates
 * named by a weekday are DATE, "today", "tomorrow" and "tonight" are not; numbered wards, rooms, beds, bays and named
 * rooms are not marked. An AGE span is one stated exact age over 89, only its number. Medical, nursing, hunting and
 * attorney licences and NPIs are LICENSE; national, personal, employee, tribal, case, claim, referral, screening and
 * order numbers are ID (US SSNs, a French NIR and a Greek AMKA are SSN); hospital, chart, NHS, NHI, CHI, H&C and UR
 * numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any country ZIP; a DEVICE span is the serial only;
 * a boat's or canoe's name and a registration are VEHICLE; label words stay outside their numbers; employers,
 * hospitals, clinics, schools, mines and pharmacies are marked as places, insurers, agencies, suppliers,
 * manufacturers and programmes are not; a claim's patient control number is ACCOUNT. Before writing, the script checks
 * every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms (neurology, endocrine, genetics, dermatology, obstetric and neonatal, orthopaedic
 * classifications), place-named diseases and viruses with their places, scores and scales, medication lists with
 * brackets and braces, an allergy template, an antibiotic table, contraception and endocrine markdown tables, device
 * and pump brands, chemotherapy and Asian-Pacific pharmacy brands, welcome signs, greetings, pain words and ED signs in
 * many languages and scripts, a transplant timeline and a department history of years alone, an immunisation age
 * schedule, hospital vehicle names, a heading in capitals and one- and two-line texts, which must stay.
 *   node --import tsx scripts/deid-ood-letters35.ts [--out /tmp/deid-ood-letters35.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters35.jsonl --json
 */import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Abernethy-Cole}},
Many thanks for referring {{NAME|Lorraine Whitfield}}, whom I saw in the breast clinic at {{LOCATION|Nottingham City Hospital}} on {{DATE|1 December 2026}}. She is 47 and noticed a lump in the left breast while showering. Triple assessment: 14 mm spiculated mass, U5, core biopsy taken. I have explained the likely diagnosis and she will return with her husband {{NAME|Gareth}} on {{DATE|8 December}}.
With best wishes,
{{NAME|Helen Marchbank}}
Consultant Breast Surgeon`,

  `{{NAME|Stuart}}, can you squeeze {{NAME|Peggy Raynor}} in for a dressing change before lunch? Her leg ulcer has leaked through again. She's at {{LOCATION|9 Poplar Close}}, {{LOCATION|Kidsgrove}}. Ta, {{NAME|Bryony}}`,

  `Spoke with {{NAME|Nuala Brennan}}'s son {{NAME|Eoin}} this afternoon. Mam is settling in at {{LOCATION|Nazareth House}}, {{LOCATION|Sligo}}, but still not eating much. Plan SALT review {{DATE|Monday}}. PPSN on file {{ID|7719304RA}}.`,

  `Pharmacist note, {{DATE|02/12/26}}: {{NAME|Malcolm Greaves}} collected his methotrexate 2.5 mg from {{LOCATION|Well Pharmacy Clowne}} but says the label said daily. Rang the surgery, spoke to {{NAME|Fiona}}. Script corrected to weekly on {{DATE|Saturdays}}. No doses taken yet.`,

  `Hi Dr {{NAME|Bhandari}},
{{NAME|Kelly Ann Pryce}} came to see me at the practice nurse clinic with her 2-year-old, {{NAME|Tilly-Mae}}, who has had a barking cough for 3 nights. Sats 97%, no stridor at rest. I've given dexamethasone as per PGD. Mum's number is {{PHONE|07459 330 128}} if you want to check in tomorrow.
Thanks,
{{NAME|Marianne}} (PN)`,

  `Tel msg for Dr {{NAME|Ferreira}} from {{NAME|Janet}} at {{LOCATION|Haven Lodge}} care home: Mrs {{NAME|Elsie Mottram}} ({{AGE|96}}) has a new sacral pressure sore grade 3. Please visit. Call {{PHONE|01323 644 019}}.`,

  `OT home visit report {{DATE|27.11.2026}}. Client: {{NAME|Roy Lightfoot}}. Home: {{LOCATION|2 Beech Grove}}, {{LOCATION|Ashington}}, {{ZIP|NE63 9DL}}. Two-storey terraced house; bathroom upstairs. Recommended: stair rail, toilet frame, bath board. Neighbour {{NAME|Dot}} checks daily. Equipment from Northumberland Equipment Store order {{ID|NES-334802}}.`,

  `Urgent suspected cancer referral (skin)
Patient: {{NAME|Barnaby Fitch}}, {{DATE|9 Aug 1958}}
Lesion: 9 mm irregular pigmented lesion right calf, changed over 3 months. 7-point checklist 5.
Referred to {{LOCATION|Salisbury District Hospital}} dermatology by Dr {{NAME|Oonagh Fairlie}}, {{LOCATION|Harcourt Medical Centre}}, {{LOCATION|Crane Bridge Road}}, {{LOCATION|Salisbury}}.`,

  `Post-natal visit day 5. {{NAME|Jasmine Cartwright}} and baby {{NAME|Theo}} at home, {{LOCATION|Flat 12, Wentworth Court}}, {{LOCATION|Rotherham}}. Baby weight 3.21 kg (birth 3.40), feeding well, jaundice fading. Mum's stitches healing. Midwife {{NAME|Sadie Okafor}}. Next visit {{DATE|Wed 9th}}.`,

  `From: Dr {{NAME|Tomos Bevan}} <{{EMAIL|tomos.bevan@wales.nhs.uk}}>
Sent: {{DATE|02 December 2026}} 16:41
Subject: RE: {{NAME|Glenys Harries}}
Hi {{NAME|Nerys}}, happy to take her on the ward at {{LOCATION|Prince Philip Hospital}} tomorrow. She'll need her CT from {{LOCATION|Glangwili}} sent across. {{NAME|Tomos}}`,

  `Ward 31 board, 07:30
Bed 2 {{NAME|Kowalski}} - NBM, theatre 2nd on list
Bed 5 {{NAME|Yasmin Haq}} - IV abx day 3, PICC Tues
Bed 6 {{NAME|Lennie}} - confused overnight, 1:1 needed
Bed 8 {{NAME|McGrory}} - home today, TTOs done, transport booked`,

  `Dear Mr {{NAME|Ahmed}}, your MRI of the lumbar spine at {{LOCATION|Bradford Royal Infirmary}} on {{DATE|24 November}} shows a disc prolapse at L5/S1 touching the S1 nerve root. Physiotherapy has been arranged at {{LOCATION|St Luke's Hospital}}. Please call {{PHONE|01274 365 882}} with any bladder symptoms.`,

  `CPR decision note. {{NAME|Arthur Pickles}}, {{AGE|94}}, {{LOCATION|Rochdale Infirmary}}. Discussed with his nephew {{NAME|Ian Pickles}} by phone. Not for CPR; for ward-based care. Senior decision-maker Dr {{NAME|Nasreen Akhtar}}, {{DATE|Fri 4 Dec}} 18:10.`,

  `Fracture clinic, {{LOCATION|Northern General Hospital}}, {{DATE|30/11/2026}}
{{NAME|Callum Doherty}}, 11, right distal radius buckle fracture playing football at {{LOCATION|Hillsborough Park}}. Removable splint 3 weeks. Mum {{NAME|Leanne}} given advice sheet. No follow-up needed.`,

  `Mrs {{NAME|Dorothy Penhaligon}} phoned from {{LOCATION|St Ives}} asking whether she can fly to see her daughter in {{LOCATION|Perth}} after her hip replacement on {{DATE|14 October}}. Advised wait 12 weeks and compression stockings. Her number {{PHONE|01736 799 204}}.`,

  `Liaison psychiatry - {{LOCATION|Ulster Hospital}}, {{LOCATION|Dundonald}}
Pt: {{NAME|Conor McAleese}}, H&C {{MRN|320 445 1187}}, {{DATE|03/12/2026}}
28M, brought by PSNI after found on {{LOCATION|Shaftesbury Square}} distressed. No psychotic features. Safety plan made with his partner {{NAME|Aisling}}. Follow-up with {{LOCATION|Belfast Crisis Resolution Home Treatment Team}}.`,

  `Re: {{NAME|Harriet Oyinlola-Baker}}
Thank you for asking me to see this 34-year-old solicitor who works at {{LOCATION|Freshfields}} and has had three episodes of palpitations. Holter shows SVT runs. She has an appointment for ablation at {{LOCATION|St Bartholomew's Hospital}} on {{DATE|11 January 2027}}.
{{NAME|Ravi Chandran}}, Consultant Cardiologist`,

  `Note: {{NAME|Ellie}} in reception says Mr {{NAME|Thwaites}} came in to drop off a urine sample but forgot to label it. Sample binned; he will bring another {{DATE|Thursday}}. Patient tel {{PHONE|01909 482 390}}.`,

  `Discharge summary: {{LOCATION|Cork University Hospital}}
Patient {{NAME|Diarmuid Ó Ceallaigh}}, MRN {{MRN|C0882719}}, DOB {{DATE|22/02/1963}}. Lives {{LOCATION|Ballincollig}}, Co. Cork. STEMI {{DATE|28/11}}, primary PCI to LAD. Cardiac rehab at {{LOCATION|Mercy University Hospital}}. Wife {{NAME|Gráinne}} present at discharge.`,

  `{{NAME|Fatou}} - the agency nurse for tonight is {{NAME|Precious Ndlovu}}, NMC PIN {{LICENSE|19I2847E}}. She's done our induction before. {{NAME|Lou}}, night sister`,

  `Patient note - {{LOCATION|Beech House Surgery}}, {{LOCATION|Knaresborough}}
{{DATE|04/12/2026}} 11:20 {{NAME|Noah Whitaker}}, 6, earache R 2 days, T 38.1, red bulging TM. Amoxicillin 5 days. Dad {{NAME|Jamie}} happy with plan.`,

  `PICU retrieval request
Caller: Dr {{NAME|Ifeoma Nwankwo}}, {{LOCATION|Darent Valley Hospital}}
Child: {{NAME|Leo Castellano}}, 14 months, status epilepticus 40 min, intubated. Weight 10.2 kg.
Retrieval team: South Thames Retrieval Service. Ref {{ID|STRS-26-4471}}. Destination {{LOCATION|Evelina London Children's Hospital}}.`,

  `Hello,
This is {{NAME|Gemma}} from the {{LOCATION|Manor Park Medical Practice}} dispensary. {{NAME|Derek Sowerby}} has not collected his inhalers since {{DATE|August}}. Could the asthma nurse contact him on {{PHONE|01226 730 551}}? Thank you.`,

  `Consent form 4 (adults lacking capacity). Patient {{NAME|Maureen O'Hagan}}, DOB {{DATE|17.04.1939}}. Procedure: PEG insertion at {{LOCATION|Antrim Area Hospital}}. Best-interests meeting {{DATE|1/12/2026}} with daughter {{NAME|Bernie}} and IMCA {{NAME|Josh Calder}}.`,

  `Sexual health clinic, {{LOCATION|Mortimer Market Centre}}. Attended {{DATE|02/12/2026}}. Clinic no. {{MRN|MMC-882041}}. Name given: {{NAME|Kai}}. Partner notification code {{ID|PN-77120}}. Treated for chlamydia.`,

  `Ambulance handover at {{LOCATION|Basildon University Hospital}} 14:32
Pt {{NAME|Ronald Fitzgerald}}, 79, fall at {{LOCATION|Lakeside Shopping Centre}}, long lie no, head strike yes, on apixaban. GCS 15. Crew: {{NAME|Jordan}} and {{NAME|Amira}}. CAD {{ID|1202-0431}}.`,

  `Dear Parent/Carer of {{NAME|Esme Tattersall}},
Your child's vision screening at {{LOCATION|Oakfield Primary School}} on {{DATE|19th November}} showed reduced vision in the right eye (0.300). Please take {{NAME|Esme}} to an optometrist. School Nursing Team, {{LOCATION|Wakefield}}.`,

  `Dictated but not read: {{NAME|Brian Cusack}} is a 63 year old retired docker from {{LOCATION|Bootle}} seen on the respiratory ward at {{LOCATION|Aintree University Hospital}} on {{DATE|the 2nd}}. CT shows pleural plaques and a right effusion. Pleural biopsy booked. His wife {{NAME|Carol}} and I discussed asbestos compensation.`,

  `Handover to OOH GP, {{DATE|Sat 5 December}}
1. {{NAME|Mavis Entwistle}} ({{AGE|93}}), {{LOCATION|Brookfield House}}, {{LOCATION|Darwen}} - end of life, anticipatory meds in house; family aware.
2. {{NAME|Darren Coupe}}, 44 - INR 7.9 today, warfarin held, recheck Monday; lives {{LOCATION|Accrington}}, tel {{PHONE|07982 114 520}}.`,

  `{{LOCATION|Addenbrooke's}} Renal Unit - dialysis transport
{{NAME|Vikram Solanki}} needs a wheelchair car from {{LOCATION|43 Histon Road}}, {{LOCATION|Cambridge}} {{ZIP|CB4 3JD}} for Mon/Wed/Fri 07:00. Transport booking {{ID|EEAST-TX-5521903}}.`,

  `Mr {{NAME|Colm}} rang. Wife {{NAME|Bríd Nic Giolla}} has vomiting since last night after eating mussels in {{LOCATION|Westport}}. Advised fluids and to attend {{LOCATION|Mayo University Hospital}} if unable to keep anything down.`,

  `Operating list - {{LOCATION|Royal Victoria Infirmary}}, Theatre 8, {{DATE|Tuesday 8 December}}
1. {{NAME|Ashworth, Lynne}} - lap chole
2. {{NAME|Quinn, Patrick}} - inguinal hernia repair (mesh)
3. {{NAME|Olatunji, Femi}} - excision lipoma back
Surgeon: Mr {{NAME|Hugo Pemberton-Rhys}}`,

  `{{LOCATION|Brigham and Women's Hospital}} - Discharge Summary
Patient: {{NAME|Whitaker, Denise M.}}   MRN: {{MRN|40288173}}   DOB: {{DATE|04/22/1957}}
Admission: {{DATE|11/28/2026}}   Discharge: {{DATE|12/03/2026}}
Hospital course: admitted with acute decompensated heart failure (EF 30%); diuresed 6 L. Discharged home to {{LOCATION|Dorchester}} with VNA services. Follow up with Dr. {{NAME|Samuel Okafor-Lind}} at {{LOCATION|Codman Square Health Center}} within 7 days.`,

  `Pt called nurse line at 9:14 pm. {{NAME|Tyler Brandt}}, 17, hit in the face with a lacrosse ball at practice at {{LOCATION|Westfield High School}}. Nosebleed stopped, nose looks crooked. Mom {{NAME|Kristen}} advised ED or urgent care tonight. Callback {{PHONE|(703) 555-0142}}.`,

  `Dear Dr. {{NAME|Hollings}},
I had the pleasure of seeing your patient {{NAME|Mariana Esquivel}} in the endocrine clinic at {{LOCATION|UT Southwestern}} on {{DATE|December 1, 2026}}. Her TSH is 0.02 with a free T4 of 3.1; uptake scan shows diffuse increased uptake consistent with Graves disease. We started methimazole 10 mg. She lives in {{LOCATION|Oak Cliff}} and prefers Spanish; her sister {{NAME|Lucía}} interprets.
Sincerely,
{{NAME|Gregory Atwater}}, MD`,

  `MEDICATION REFILL REQUEST
Patient: {{NAME|Harold Vance}}   DOB {{DATE|2/9/1944}}   Pharmacy: {{LOCATION|Walgreens #04471}}, {{LOCATION|1200 W Main St}}, {{LOCATION|Tupelo}} MS {{ZIP|38801}}
Meds: metformin 1000 mg BID, amlodipine 5 mg. Last seen {{DATE|6/15/2026}}. Approved x90 days - {{NAME|KLM}}, PA-C`,

  `ED Provider Note - {{LOCATION|Harborview Medical Center}}
{{DATE|12/04/2026}} 03:12. {{NAME|Juan Carlos Reyes}}, 38M, fell ~12 ft from scaffolding at a job site in {{LOCATION|South Lake Union}}. GCS 14, L wrist deformity. FAST negative. Employer: {{LOCATION|Sellen Construction}}. L&I claim {{ID|BK-44182-07}}.`,

  `Hey {{NAME|Jess}} - Mr. {{NAME|Dubois}} in 14B is asking for his daughter {{NAME|Renee}} to be called, her cell is {{PHONE|504-555-0193}}. He's more SOB since lunch, sat 89% on 3L, I paged the resident. - {{NAME|Marcus}} RN`,

  `Prior authorization request - Blue Cross Blue Shield of Michigan
Member: {{NAME|Angela Kuzniar}}   Member ID: {{HEALTH_PLAN|XYP847302216}}   DOB: {{DATE|08/30/1979}}
Drug: adalimumab 40 mg q2wk for moderate-severe plaque psoriasis (BSA 18%, failed methotrexate and NB-UVB).
Prescriber: {{NAME|Neha Raghunathan}}, MD, NPI {{LICENSE|1679482035}}, {{LOCATION|Henry Ford Hospital}}, {{LOCATION|Detroit}}. Fax {{FAX|(313) 555-0127}}.`,

  `Telehealth visit {{DATE|12/2/26}} - pt {{NAME|Brianna Sutter}} joined from her car in the parking lot of {{LOCATION|Costco Issaquah}}. Complains of UTI sx x2 days, no fever or flank pain. Rx nitrofurantoin 100 mg BID x5d to {{LOCATION|CVS Pharmacy}} nearby.`,

  `Progress note - {{LOCATION|Vanderbilt University Medical Center}}, Pediatric Hematology
{{NAME|DeShawn Mitchell}}, 9 y/o with HbSS, seen {{DATE|Dec 3, 2026}}. Hydroxyurea 25 mg/kg. TCD normal. Grandmother {{NAME|Loretta Mitchell}} is guardian; lives in {{LOCATION|Antioch}}. MRN {{MRN|V-3310944}}. TennCare {{HEALTH_PLAN|TC441902877}}.`,

  `Death pronouncement: {{NAME|Evelyn Rose Hartley}}, {{AGE|101}}, pronounced at 02:47 on {{DATE|12/05/2026}} at {{LOCATION|Sunrise of Edina}}. No signs of life. Son {{NAME|Douglas}} notified by phone. Funeral home: {{LOCATION|Washburn-McReavy}}. {{NAME|Tamara Lindgren}}, RN, hospice`,

  `Subject: Referral - {{NAME|Ricardo Alvarado-Pinto}}
Dr. {{NAME|Chen}},
Could you see this 52-year-old with a PSA of 11.4 (up from 6.2)? He works nights at {{LOCATION|Newark Liberty International Airport}}, best reached at {{PHONE|973-555-0188}} or {{EMAIL|r.alvaradopinto@example.com}}. SSN on the registration sheet {{SSN|159-42-7730}}.
Thanks, {{NAME|Beth Moran}}, NP`,

  `VA Primary Care - {{LOCATION|Hines VA Hospital}}
Veteran {{NAME|Raymond J. Kowalczyk}}, Army 1969-71, seen {{DATE|11/30/2026}}. PTSD screen positive, PHQ-9 14. Agent Orange registry exam requested. Lives alone in {{LOCATION|Cicero}}; neighbor {{NAME|Stan}} helps. Phone {{PHONE|708-555-0164}}.`,

  `School nurse note, {{LOCATION|Lincoln Elementary}}, {{DATE|Tuesday}} 10:05 - {{NAME|Aiden Gutierrez}} (gr 3) c/o stomach ache, T 100.9 F. Called mom {{NAME|Rosa}} at {{PHONE|(559) 555-0117}}; picked up 10:40.`,

  `OB triage - {{LOCATION|Magee-Womens Hospital}}
{{NAME|Ashley Kowalski-Dunn}}, G1P0 at 34+5, BP 162/104, headache, 3+ protein. Labs: plt 98, AST 142. Dx: preeclampsia with severe features. Mag started. Partner {{NAME|Tyler}} at bedside. Attending Dr. {{NAME|Priyanka Mehrotra}}. {{DATE|12-03-2026}} 22:15`,

  `Consult - {{LOCATION|Toronto Western Hospital}} Neurology
Re: {{NAME|Marc-André Thibodeau}}, OHIP {{HEALTH_PLAN|5522-019-884-MT}}, MRN {{MRN|TW-4471820}}
62-year-old from {{LOCATION|Etobicoke}} with 2 years of rest tremor L hand, micrographia, reduced arm swing. Started levodopa-carbidopa. His wife {{NAME|Sylvie}} will keep a diary. Seen {{DATE|December 2, 2026}}.
{{NAME|Rebecca Tsang}}, MD, FRCPC`,

  `Nursing station, {{LOCATION|Foothills Medical Centre}}, unit 102: {{NAME|Gurpreet}} please call {{NAME|Harvinder Sidhu}}'s son at {{PHONE|403-555-0199}} re family meeting {{DATE|Thursday}} 3pm. AHCIP {{HEALTH_PLAN|61188-4402}}.`,

  `Dear Dr. {{NAME|MacIsaac}},
Thank you for referring {{NAME|Shelby Doucette}}, age 29, of {{LOCATION|Antigonish}}, to the {{LOCATION|IWK Health Centre}} high-risk pregnancy clinic. She is a carrier of a balanced translocation. Appointment booked for {{DATE|January 6, 2027}}. MSI {{HEALTH_PLAN|0044 182 209}}.
{{NAME|Claire Boudreau}}, MD`,

  `BC Emergency Health Services patient care report
Date {{DATE|2026-12-04}}   Event {{ID|BCEHS-26-992114}}
Pt {{NAME|Wilson Tom}}, 58M, chest pain while splitting wood at {{LOCATION|4417 Marine Drive}}, {{LOCATION|Gibsons}}. ASA 162 mg, NTG x2. Transported to {{LOCATION|Lions Gate Hospital}} via ferry. PHN {{HEALTH_PLAN|9047 218 330}}.`,

  `Clinic note - {{LOCATION|Kingston Health Sciences Centre}}
{{DATE|30 Nov 2026}}: {{NAME|Hannah Greenberg}}, 19, university student, 3 days of fever, sore throat, posterior nodes. Monospot positive. Advised no contact sports 4 weeks. Lives in residence at {{LOCATION|Victoria Hall}}.`,

  `Quebec - {{LOCATION|Hôpital du Sacré-Cœur de Montréal}}
Patient: {{NAME|Jean-Philippe Lavoie}}, RAMQ {{HEALTH_PLAN|LAVJ 8403 1219}}, né le {{DATE|12 mars 1984}}. Fracture du plateau tibial après chute à vélo sur la {{LOCATION|rue Fleury}}. Conjointe {{NAME|Mélanie}}. Chirurgien Dr {{NAME|Olivier Ménard}}.`,

  `Hi Dr. {{NAME|Patel}}, quick one: {{NAME|Cheryl Ann Bouchard}} (DOB {{DATE|1966-05-19}}) is asking if her mammogram from {{LOCATION|Sunnybrook}} came back. She's at {{PHONE|416-555-0133}}. - {{NAME|Trish}}, front desk`,

  `Hi {{NAME|Shaz}}, can you book {{NAME|Wayne Dimitriou}} in with the podiatrist next week? Diabetic foot, small ulcer L hallux. He's on {{PHONE|0412 558 031}}. Cheers {{NAME|Bec}}`,

  `RFDS clinic run, {{LOCATION|Tibooburra}}, {{DATE|Wed 2 Dec}}
Seen: {{NAME|Clem Sullivan}} (station hand, {{LOCATION|Mount Wood Station}}) - laceration L forearm from fencing wire, 5 sutures; {{NAME|Norma Bates-Kelly}} - BP review; {{NAME|Jye}}, 4 - ear infection. Flight nurse {{NAME|Kirra Watson}}.`,

  `Dear Dr {{NAME|Nguyen}},
I reviewed {{NAME|Angus McPhail}} in the respiratory clinic at {{LOCATION|The Prince Charles Hospital}}, {{LOCATION|Chermside}}, on {{DATE|1 December 2026}}. He is a 71-year-old retired boilermaker from {{LOCATION|Redcliffe}} with asbestosis; FVC 62%, DLCO 48%. Please ask him to ring {{PHONE|(07) 3139 4822}} if his cough worsens. UR {{MRN|TPCH-229104}}.
Kind regards, Dr {{NAME|Priya Wijeratne}}`,

  `ACAT assessment - {{NAME|Doris Fennimore}}, {{AGE|92}}, {{LOCATION|Unit 3, 27 Hawthorn Road}}, {{LOCATION|Caulfield North}} VIC {{ZIP|3161}}. Lives alone, falls x2. Approved for Home Care Package level 3 and respite at {{LOCATION|Arcare Malvern East}}. Daughter {{NAME|Lynette}} is EPOA.`,

  `Text message sent {{DATE|04/12/26}} 15:02 from {{LOCATION|Bondi Junction Medical Centre}}: Hi {{NAME|Matilda}}, your skin check results are back. Please book a follow-up with Dr {{NAME|Rosen}} at {{URL|https://bondijunctionmc.example.com.au/book?ref=MW4418}}. Reply STOP to opt out.`,

  `NZ - {{LOCATION|Wellington Regional Hospital}} ED discharge
{{NAME|Tama Rangihuna}}, NHI {{MRN|ZHB4418}}, {{DATE|3/12/26}}. Dislocated R shoulder surfing at {{LOCATION|Lyall Bay}}; reduced under sedation. ACC {{ID|ACC-55190233}}. Follow-up with {{LOCATION|Newtown Union Health Service}}. Whānau: partner {{NAME|Aroha}}.`,

  `Kia ora {{NAME|Mere}},
Just confirming your appointment with the diabetes nurse at {{LOCATION|Kawerau Medical Centre}} on {{DATE|Tuesday 15 December}} at 9.30. Please bring your meter. Ngā mihi, {{NAME|Hine}}`,

  `Plunket nurse visit, {{DATE|1/12/2026}}: baby {{NAME|Isla Thompson-Fa'alogo}}, 6 weeks, {{LOCATION|14 Rata Street}}, {{LOCATION|Naenae}}. Weight 4.6 kg (50th), exclusively breastfed. Mum {{NAME|Leilani}} EPDS 9. Next visit in 6 weeks.`,

  `OPD slip, {{LOCATION|KEM Hospital}}, {{LOCATION|Parel}}, {{DATE|3.12.26}}: {{NAME|Prakash Sawant}}, 45 M, mill worker from {{LOCATION|Lalbaug}}, cough 6 wks, night sweats. Sputum CBNAAT sent. Nikshay ID {{ID|NK-2604418}}. Dr {{NAME|Mehta}}.`,

  `WhatsApp from ward boy {{NAME|Raju}}: sir bed 12 patient {{NAME|Mohd. Irfan}} attendant asking for discharge papers, they have to reach {{LOCATION|Moradabad}} by night. CGHS card {{HEALTH_PLAN|CG-4471-0922}}.`,

  `PMJAY pre-auth, {{LOCATION|Government Medical College Kozhikode}}: beneficiary {{NAME|Abdul Rasheed K.}}, 61, {{LOCATION|Kondotty}}, CABG package. PMJAY ID {{HEALTH_PLAN|PMJ-KL-882041776}}. Treating doctor Dr {{NAME|Jayasree Menon}}. Submitted {{DATE|2 Dec 2026}}.`,

  `{{LOCATION|Chris Hani Baragwanath Academic Hospital}} - Paediatric ward
Patient: {{NAME|Lerato Mokoena}}, 3 years, hosp no. {{MRN|CHB 4418 2031}}. Admitted {{DATE|29/11/2026}} with severe acute malnutrition and TB contact (uncle {{NAME|Sipho}}). Lives {{LOCATION|Orlando East}}, {{LOCATION|Soweto}}. Mother {{NAME|Palesa}} cell {{PHONE|072 448 1903}}.`,

  `Dear colleague,
Re: Mr {{NAME|Johan van der Merwe}}, ID {{ID|6302145088083}}, of {{LOCATION|Plot 44, Kameeldrift}}, {{LOCATION|Pretoria}}. I saw him at {{LOCATION|Netcare Unitas Hospital}} on {{DATE|3 December 2026}}. CT confirms a 5.8 cm AAA. Discovery Health member {{HEALTH_PLAN|188204471}}. Please refer to vascular.
Dr {{NAME|Thandeka Zulu}}, HPCSA {{LICENSE|MP0772214}}`,

  `Clinic card, {{LOCATION|Khayelitsha Site B CHC}}: {{NAME|Nomvula Dlamini}}, folder {{MRN|KB-220918}}, HIV on TLD, VL suppressed. Collected meds {{DATE|01/12/2026}}. Next collection via {{LOCATION|Pick n Pay Khayelitsha}} CCMDD pickup point.`,

  `SMS from {{LOCATION|Groote Schuur Hospital}}: Dear Mr {{NAME|Hendricks}}, your appointment in the Cardiology Clinic is on {{DATE|14/12/2026}} at 08:00. Ref {{ID|GSH-APT-77120}}. Please bring your green card.`,

  `Re: {{NAME|Abigail Featherstonehaugh}} (dob {{DATE|02/03/1990}})
I saw {{NAME|Abbie}} in the epilepsy clinic at {{LOCATION|Walton Centre}} today. Two focal impaired awareness seizures since {{DATE|October}}, both at work at {{LOCATION|Jaguar Land Rover Halewood}}. DVLA informed; she must not drive. Lamotrigine increased to 150 mg bd.
{{NAME|Oluwaseun Adebayo-Hart}}, Epilepsy Specialist Nurse`,

  `Night entry 02:30 - called to see {{NAME|Frank Halloran}} (bed 11) - chest pain 6/10. ECG: new ST depression V4-6. Trop sent. Discussed with cardiology reg Dr {{NAME|Siddiqui}}. {{NAME|FH}}'s daughter {{NAME|Maggie}} informed on {{PHONE|07712 668 094}}.`,

  `Hospital at Home visit {{DATE|Sun 6/12}}: {{NAME|Winifred Oakes}}, {{AGE|90}}, {{LOCATION|The Bungalow, Sandy Lane}}, {{LOCATION|Brereton}}. IV ceftriaxone day 3 for cellulitis R leg. Obs stable. Key safe code held by {{NAME|Chris}} (son).`,

  `Dear Ms {{NAME|Obeng}},
Following your recent screening at Breast Test Wales, {{LOCATION|Cardiff}}, we would like you to attend for further tests on {{DATE|Thursday 10 December 2026}} at 14:15. Your screening number is {{ID|BTW-7731902}}. Please call {{PHONE|029 2039 7222}} if you cannot attend.`,

  `Adult safeguarding concern raised {{DATE|03/12/2026}} by DN {{NAME|Hollie Grange}}: {{NAME|Edwin Moss}}, 84, {{LOCATION|6 Quarry Bank}}, {{LOCATION|Brierley Hill}}, found with unexplained bruising; grandson {{NAME|Kyle}} manages his bank card. Referral to Dudley MASH, ref {{ID|DMASH-26-3381}}.`,

  `Re: {{NAME|Ross Kinnaird}}, age 24 - seen at {{LOCATION|Victoria Hospital}}, {{LOCATION|Kirkcaldy}}, {{DATE|Wed 2 December}} after a fall from a ladder at {{LOCATION|Rosyth Dockyard}}. Calcaneal fracture R. Off work 8 weeks. CHI {{MRN|0207021448}}.`,

  `Hi all, just to say {{NAME|Pam}} on the oncology helpline took a call from {{NAME|Gerald Ashford}} (NHS {{MRN|634 119 2208}}) - temp 38.4, day 9 of FEC. Told to come to {{LOCATION|Maidstone Hospital}} now. Please expect him. {{NAME|Pam}} x4471`,

  `Transfer letter to {{LOCATION|Leonard Cheshire Seven Rivers}}
Resident: {{NAME|Alan Greenway}}, 57, MS (secondary progressive). Hoist transfers x2. Catheter changed {{DATE|25/11/26}}. Sister {{NAME|Janice Coverdale}} is NOK, tel {{PHONE|01206 872 551}}.`,

  `{{LOCATION|University Hospital Limerick}} ED - {{DATE|04/12/2026}} 19:50
{{NAME|Seán Mac Mathúna}}, 67, from {{LOCATION|Kilmallock}}, farmer, crushed by a bullock in the crush. Rib fractures L 4-7, small pneumothorax. Admitted under surgeons. Wife en route.`,

  `Letter to GP: {{NAME|Lily Armitage-Cho}}, 15, was seen at the {{LOCATION|Leeds Children's Hospital}} diabetes clinic on {{DATE|1st December}}. HbA1c 81. She has been missing boluses at school ({{LOCATION|Roundhay School}}). Libre 3 sensor serial {{DEVICE|3MH00V4418K}}. Psychology referral made.`,

  `{{NAME|Jas}} - Mrs {{NAME|Kaur}}'s daughter in side room 3 is asking about the PEG. Can you or Dr {{NAME|Hale}} speak to her before 5? Her number is {{PHONE|07834 221 906}}. {{NAME|Nat}}`,

  `Pre-assessment, {{LOCATION|Spire Cheshire Hospital}}, {{DATE|02/12/2026}}
{{NAME|Dominic Ravenscroft}}, 58, for L TKR on {{DATE|18/12/2026}}. BMI 33, OSA on CPAP (ResMed AirSense 10, serial {{DEVICE|23181449027}}). AXA policy {{HEALTH_PLAN|AXA-PPP-8830214}}. Anaesthetist Dr {{NAME|Ingrid Solberg}}.`,

  `Coroner's referral - HM Coroner for Avon
Deceased: {{NAME|Kieran Joseph Lacey}}, DOB {{DATE|11/11/1986}}, died {{DATE|4 December 2026}} at {{LOCATION|Southmead Hospital}}. Found unresponsive at {{LOCATION|Flat 7, Ashley Court}}, {{LOCATION|St Pauls}}, {{LOCATION|Bristol}}. Suspected opioid toxicity. Reporting doctor Dr {{NAME|Yusuf Demir}}.`,

  `GP note {{DATE|03/12/26}}, {{LOCATION|Aberfeldy Medical Practice}}: {{NAME|Hector Drummond}}, 72, gamekeeper at {{LOCATION|Glenlyon Estate}}, tick bite 3 wks ago, now erythema migrans L thigh 9 cm. Doxycycline 21 days.`,

  `Dear Ms {{NAME|Okwuosa}},
RE: YOUR SON {{NAME|CHIDI OKWUOSA}} (DOB {{DATE|21/06/2012}})
{{NAME|Chidi}} was seen in the paediatric asthma clinic at {{LOCATION|North Middlesex University Hospital}}. Please make sure he uses his spacer and brown inhaler every day. Clinic nurse {{NAME|Tabitha Grant}}, tel {{PHONE|020 8887 2000}}.`,

  `Tissue viability: {{NAME|Stanley Pearce}}, bed 4, {{LOCATION|Derriford Hospital}}, category 4 sacral PU, photographed {{DATE|4/12}}. VAC applied. Wound photo ID {{ID|WP-26-88129}}. Wife {{NAME|Joan}} aware.`,

  `From the desk of Dr {{NAME|Marguerite Ellery}}, {{LOCATION|Mass Eye and Ear}}
{{DATE|Dec 2 2026}}
{{NAME|Theodore Blum}}, 64, sudden painless loss of vision OS this morning, cherry-red spot on fundoscopy. CRAO. Sent to {{LOCATION|Massachusetts General}} stroke team. Wife {{NAME|Naomi}} drove him from {{LOCATION|Brookline}}.`,

  `Hospice admission, {{LOCATION|St Christopher's Hospice}}, {{LOCATION|Sydenham}}
{{NAME|Delroy Campbell}}, 68, metastatic prostate cancer, admitted {{DATE|02/12/2026}} for symptom control. Wife {{NAME|Marcia}}, daughters {{NAME|Keisha}} and {{NAME|Tanya}}. Pastor {{NAME|Winston Reid}} from {{LOCATION|New Testament Church of God Lewisham}} to visit.`,

  `Telephone triage note: {{NAME|Amelia Hurst}}, 31, 9 weeks pregnant, heavy bleeding with clots since 06:00. Advised attend EPAU at {{LOCATION|Princess Royal University Hospital}}, {{LOCATION|Farnborough}}. Partner {{NAME|Josh}} driving. {{DATE|Fri 04/12}} 07:40.`,

  `US - Urgent Care, {{LOCATION|MedExpress Altoona}}
{{DATE|12/01/2026}}: {{NAME|Colton Schaeffer}}, 26, deer hunting injury, tree stand fall ~10 ft near {{LOCATION|Tyrone}}, PA. Ankle fx suspected, x-ray shows bimalleolar fx. Transferred to {{LOCATION|UPMC Altoona}}. Hunting license {{LICENSE|PA-HL-7718204}}.`,

  `Home health aide log, {{DATE|Mon 11/30}}: Mrs. {{NAME|Gloria Pettaway}}, {{LOCATION|2210 Dauphin Island Pkwy}}, {{LOCATION|Mobile}} AL. Bathed, meds set up, BP 148/90. Grandson {{NAME|Darnell}} says she fell Saturday but ok. Aide {{NAME|Yolanda Fields}}, agency ID {{ID|HHA-33018}}.`,

  `PCP note - {{LOCATION|Cherokee Health Systems}}, {{LOCATION|Knoxville}}: {{NAME|Bobby Joe Tipton}}, 55, {{DATE|12/2/2026}}, COPD, still smoking 1 ppd, works at {{LOCATION|Pilot Flying J}}. Medicaid (TennCare) {{HEALTH_PLAN|TN-770118423}}. Wife {{NAME|Darla}}.`,

  `Re: {{NAME|Wiremu Pōhatu}} - {{LOCATION|Rotorua Hospital}} renal clinic {{DATE|2 Dec 2026}}. eGFR 14, planning PD. Lives at {{LOCATION|Ōhinemutu}}. His mokopuna {{NAME|Kahu}} will learn the exchanges. NHI {{MRN|PXZ7731}}.`,

  `Dear Parents, {{NAME|Ruby}} and {{NAME|Finn Maddox}} were seen at {{LOCATION|Sydney Children's Hospital}}, {{LOCATION|Randwick}}, on {{DATE|Saturday}} after eating cashews at a birthday party at {{LOCATION|Centennial Park}}. {{NAME|Finn}} needed adrenaline. Allergy clinic referral made.`,

  `India - {{LOCATION|Christian Medical College}}, {{LOCATION|Vellore}}. Hospital No. {{MRN|448219K}}. {{NAME|Pradeep Kumar Sahu}} from {{LOCATION|Balasore}}, Odisha, snake bite (krait) {{DATE|29-11-2026}}, ventilated 3 days, now extubated. Attender {{NAME|Manoj}} ph {{PHONE|94370 18822}}.`,

  `South Africa - {{LOCATION|Tygerberg Hospital}} trauma unit, {{DATE|Sat 05/12}} 01:10
{{NAME|Ashwin Februarie}}, 22, stab wound L chest at a tavern in {{LOCATION|Elsies River}}. ICD inserted, 600 mL blood. SAPS case {{ID|CAS 118/12/2026}}. Mother {{NAME|Magdalena}} waiting outside.`,

  `Dear Dr {{NAME|Ogunleye}},
Thank you for seeing {{NAME|Rosalind Whitcombe}} again. Since her admission to {{LOCATION|Royal Cornwall Hospital}} in {{DATE|September}} she has lost a further 4 kg. She lives with her partner {{NAME|Dee}} on a smallholding outside {{LOCATION|Lostwithiel}} and struggles to get to clinic; could the next review be by video?
Best wishes,
{{NAME|Alistair Penrose}}`,

  `Morning huddle {{DATE|Thurs 03/12}} - {{LOCATION|Parkside Surgery}}
- {{NAME|Colin}} off sick, Dr {{NAME|Yeo}} covering his visits.
- Mrs {{NAME|Abara}} complaint: see {{NAME|Denise}}.
- Flu clinic {{DATE|Saturday}} in the {{LOCATION|Moorside Community Hall}}.`,

  `Dear {{NAME|Harpreet}},
Your husband {{NAME|Jaswinder}} is now on the coronary care unit at {{LOCATION|Leicester Glenfield Hospital}}. Visiting is 2pm to 8pm. If you have questions please phone the ward on {{PHONE|0116 258 3003}}. Best wishes, Sister {{NAME|Amelia Roper}}`,

  `Fit note: {{NAME|Craig Dobson}}, assessed {{DATE|03/12/2026}}, lumbar back pain. May be fit for work with amended duties (no lifting over 10 kg) until {{DATE|31/12/2026}}. Employer {{LOCATION|Amazon MAN1}}. Dr {{NAME|Preeti Sandhu}}, {{LOCATION|Wythenshawe Health Centre}}.`,

  `US - {{LOCATION|Children's Hospital of Philadelphia}}, NICU
Baby boy {{NAME|Santiago}} (mother {{NAME|Valeria Mendoza-Ruiz}}), born {{DATE|11/27/2026}} at 29+1 wks, 1,180 g. CPAP, caffeine. MRN {{MRN|CHOP-88201446}}. Dad {{NAME|Andrés}} works nights at {{LOCATION|SEPTA}} and visits mornings.`,

  `Canada - {{LOCATION|Health Sciences Centre Winnipeg}}: Elder {{NAME|Grace Spence}}, 78, flown in from {{LOCATION|Garden Hill}} with a hip fracture. Status card {{ID|2640441822}}. Granddaughter {{NAME|Kayla}} escorting; she can be reached at {{PHONE|204-555-0179}}. Seen {{DATE|Dec 1 2026}}.`,

  `Australia - telehealth note, {{DATE|2/12/2026}}: {{NAME|Darcy Whelan}}, 33, FIFO worker at {{LOCATION|Roy Hill}} mine, calling from camp. Low mood since his brother {{NAME|Kane}} died. K10 31. Referred to {{LOCATION|Headspace Joondalup}}; EAP number given.`,

  `Message from {{LOCATION|Dunedin Hospital}} pharmacy to {{LOCATION|Mosgiel Health Centre}}: {{NAME|Graeme Lousley}} discharged {{DATE|Wed}} on apixaban 5 mg BD, first dispensing from us, please continue. Pharmacist {{NAME|Ana Tupou}}.`,

  `India - {{LOCATION|PGIMER}}, {{LOCATION|Chandigarh}}, Nephrology OPD {{DATE|01/12/2026}}: {{NAME|Gurdev Singh Sandhu}}, 64, farmer from {{LOCATION|Sangrur}}, CKD stage 4, arsenic-contaminated tubewell suspected. CR No. {{MRN|20260441822}}. Son {{NAME|Manpreet}} {{PHONE|98140 22091}}.`,

  `Referral, {{LOCATION|Tata Memorial Hospital}}: Ms {{NAME|Fathima Beevi}}, 46, from {{LOCATION|Malappuram}}, biopsy-proven carcinoma cervix IIB. Referred by Dr {{NAME|Anil Kumar Nair}}, {{LOCATION|Malabar Cancer Centre}}, {{LOCATION|Thalassery}}. Date {{DATE|28/11/2026}}.`,

  `South Africa - {{LOCATION|Inkosi Albert Luthuli Central Hospital}}, {{LOCATION|Durban}}: Mr {{NAME|Sibusiso Ngcobo}}, 55, from {{LOCATION|Umlazi}}, for CABG. Medical aid: GEMS {{HEALTH_PLAN|GEM 441822091}}. Wife {{NAME|Zanele}} {{PHONE|083 441 8220}}. {{DATE|2 Dec 2026}}.`,

  `Dear Sir/Madam, I write in support of the housing application of {{NAME|Kamala Thapa}}, 41, of {{LOCATION|Flat 22, Tower Court}}, {{LOCATION|Aldershot}} {{ZIP|GU11 1BS}}. She has COPD and cannot manage the stairs when the lift is broken. Yours faithfully, Dr {{NAME|Giles Hartnell}}, {{LOCATION|Princes Gardens Surgery}}`,

  `GP out-of-hours, {{DATE|Sat 05/12/2026}} 21:10: {{NAME|Bethan Lloyd}}, 8 months, fever 39.5, floppy, mottled, non-blanching spots on the trunk. 999 called; IM benzylpenicillin given. Parents {{NAME|Rhodri}} and {{NAME|Sian}}. Address {{LOCATION|Ty Gwyn}}, {{LOCATION|Llanrhystud}}.`,

  `Re: {{NAME|Aarón Villalobos}}, an 18-year-old seen at the {{LOCATION|UCLA Student Health Center}} on {{DATE|Nov 30}} with 2 days of fever and a petechial rash after a party in a residence hall. Sent to {{LOCATION|Ronald Reagan UCLA Medical Center}} ED. Roommate {{NAME|Kenji}} also unwell.`,

  `Calendar invite pasted into the ticket (iCalendar):
BEGIN:VEVENT
DTSTART:{{DATE|20261214T093000}}
SUMMARY:Colposcopy - {{NAME|Hollie Brandreth}} ({{MRN|RBK0448120}})
LOCATION:{{LOCATION|Royal Berkshire Hospital}}, Level 2 Women's Centre
ORGANIZER;CN={{NAME|Sally Pickering}}:mailto:{{EMAIL|sally.pickering@royalberkshire.example.nhs.uk}}
ATTENDEE;CN={{NAME|Hollie Brandreth}}:mailto:{{EMAIL|hollie.b1992@example.com}}
END:VEVENT`,

  `vCard attached to the referral e-mail:
BEGIN:VCARD
VERSION:3.0
FN:{{NAME|Desmond Achterberg-Vos}}
N:{{NAME|Achterberg-Vos}};{{NAME|Desmond}};;;
BDAY:{{DATE|1948-01-30}}
ADR;TYPE=home:;;{{LOCATION|17 Larkspur Way}};{{LOCATION|Melksham}};;{{ZIP|SN12 6FG}};UK
TEL;TYPE=cell:{{PHONE|+44 7700 900 842}}
NOTE:Next of kin - carer {{NAME|Imke}}
END:VCARD`,

  `X12 837P claim segments (billing queue, rejected for a missing modifier):
NM1*IL*1*{{NAME|HERNANDEZ*ROSALIND}}****MI*{{HEALTH_PLAN|W44827190302}}~
N3*{{LOCATION|4410 E VAN BUREN ST}}~
N4*{{LOCATION|PHOENIX}}*AZ*{{ZIP|85008}}~
DMG*D8*{{DATE|19710826}}*F~
CLM*{{ACCOUNT|PCN77310992}}*245***11:B:1~
NM1*82*1*{{NAME|OYELARAN*TOBI}}****XX*{{LICENSE|1386620471}}~`,

  `Vaccination certificate QR payload, decoded by the travel-clinic scanner:
{"ver": "1.3.0", "nam": {"fn": "{{NAME|Szabó}}", "gn": "{{NAME|Réka}}", "fnt": "SZABO", "gnt": "REKA"}, "dob": "{{DATE|1995-07-14}}", "v": [ {"tg": "840539006", "vp": "1119349007", "mp": "EU/1/20/1528", "dn": 3, "sd": 3, "dt": "{{DATE|2026-10-02}}", "co": "HU", "is": "Nemzeti Népegészségügyi Központ", "ci": "{{ID|URN:UVCI:01:HU:44182209BX77}}"} ] }`,

  `Wristband label reprint job (ZPL sent to the ward printer):
^XA^FO30,20^A0N,34,34^FD{{NAME|OYEDEPO, ADAORA}}^FS
^FO30,60^A0N,26,26^FDDOB {{DATE|08/05/1983}}  F^FS
^FO30,92^A0N,26,26^FDMRN {{MRN|LTH-7710294}}  NHS {{MRN|488 221 9037}}^FS
^FO30,126^BCN,60,N^FD{{MRN|LTH-7710294}}^FS^XZ`,

  `Subtitles of the recorded video consultation (SRT), kept for the complaint file:
1
00:00:02,100 --> 00:00:05,400
Hello, is that Mrs {{NAME|Pennock}}? It's Doctor {{NAME|Ayodele}} from {{LOCATION|Thornbury Health Centre}}.
2
00:00:05,900 --> 00:00:09,800
Yes, it's {{NAME|Janice}}. I've been ringing since {{DATE|Monday}} about my husband's tablets.
3
00:00:10,200 --> 00:00:14,000
Can you confirm his date of birth for me? {{DATE|Fourth of March, nineteen forty-one}}.`,

  `Infusion pump event log (exported for the incident review):
{{DATE|2026-12-03}}T04:12:07Z pump SN {{DEVICE|AL8004417731}} ward=ICU bed=6 pt={{MRN|U2209184}} drug=noradrenaline rate=12 mL/h
{{DATE|2026-12-03}}T04:12:55Z ALARM occlusion downstream
{{DATE|2026-12-03}}T04:13:40Z ack by user {{NAME|t.ebrahimi}}
{{DATE|2026-12-03}}T04:15:02Z rate=14 mL/h user {{NAME|t.ebrahimi}}`,

  `JIRA ticket EPR-4471: "Results not filing to patient record"
Reporter: {{NAME|Gavin Throup}} (Clinical Systems)   Created: {{DATE|01/Dec/26 09:41}}
Description: Potassium result for {{NAME|Violet Harker}} ({{MRN|DGH0099831}}) from {{DATE|30/11}} is in the lab system but not in the EPR. Requesting clinician Dr {{NAME|Sunil Wadhwa}} had to phone the lab (ext 3312). Workstation {{IP|10.118.4.62}}.`,

  `Commit message found in the integration repo during the privacy sweep (patient data in test fixtures):
commit 9f3c2e1
Author: {{NAME|Liam Donnachie}} <{{EMAIL|liam.donnachie@example-hie.org}}>
Date:   {{DATE|Tue Dec 1 17:02:44 2026}}
    fix ADT parser for {{NAME|Okeke}} case - DOB {{DATE|19880214}} was being swapped with admit date
    (real record from {{LOCATION|Lewisham Hospital}}, MRN {{MRN|LH0388214}}, remove before merge)`,

  `LaTeX draft of a case report (shared on the department drive, identifiers not yet removed):
\\section{Case presentation}
A 38-year-old woman (\\textit{{{NAME|Rhiannon Tudor-Price}}}, hospital number {{MRN|W0884192}}) presented to \\textbf{{{LOCATION|Morriston Hospital}}} on {{DATE|14 March 2026}} with a thunderclap headache. CT angiography showed a 7 mm posterior communicating artery aneurysm.`,

  `Fax received (OCR text, errors as scanned):
T0: Dr {{NAME|Mahmood}}  FR0M: {{LOCATION|Rossendale Hea1th Centre}}  FAX: {{FAX|01706 235 O19}}
RE: {{NAME|Barbara Ashw0rth}}  D0B {{DATE|l4/O6/1947}}
P1ease see this lady urgent1y - Hb 7l, ferritin 4. No GI sx. Thank y0u.`,

  `Teams meeting transcript (virtual MDT, auto-captioned):
[{{NAME|Catherine Oduya}}] 10:02 Next is Mr {{NAME|Felix Brandt}}, seventy-four, from {{LOCATION|Chipping Norton}}, oesophageal adenocarcinoma, T3 N1.
[{{NAME|Rajesh Pillai}}] 10:03 PET from {{DATE|the twenty-sixth of November}} shows no distant disease.
[{{NAME|Catherine Oduya}}] 10:04 So neoadjuvant FLOT then Ivor Lewis at {{LOCATION|Churchill Hospital}}. {{NAME|Rajesh}}, can you let his wife know?`,

  `Alphanumeric pager message, {{DATE|05/12}} 03:41: PLS CALL 5520 RE {{NAME|ABIGAIL STONE}} BED 9 {{MRN|K4471902}} K+ 6.8 - {{NAME|LUCY}} ACUTE MED`,

  `Raw e-mail headers attached to a misdirected-results complaint:
Return-Path: <{{EMAIL|results.noreply@pathlab.example.co.uk}}>
Received: from mail.pathlab.example.co.uk ({{IP|185.44.118.20}}) by mx.example.net; {{DATE|Thu, 3 Dec 2026}} 11:04:51 +0000
To: "{{NAME|Hazel Wainwright}}" <{{EMAIL|hazelw61@example.net}}>
Subject: Your results: {{NAME|Harold Wainwright}} DOB {{DATE|07/09/1938}} HbA1c 58`,

  `GS1 barcode on a patient wristband, decoded (AI 8018 = service relation number):
(8018){{MRN|950110004418229018}}(7003){{DATE|2612030915}}
Printed name under the code: {{NAME|MARSHALL-OKAFOR, ZINNIA}}  Ward 4B  {{LOCATION|Whiston Hospital}}`,

  `Error log line from the appointment-reminder service:
2026-12-04 06:00:14,882 ERROR sms_gateway: send failed for {'patient_id': '{{MRN|NN-0088412}}', 'name': '{{NAME|Brogan Fairweather}}', 'mobile': '{{PHONE|+447700900561}}', 'clinic': '{{LOCATION|Kettering General Hospital}} Fracture Clinic', 'appt': '{{DATE|2026-12-07}} 09:20'} -> HTTP 429`,

  `Smart speaker reminder transcript saved by the telecare service:
"Reminder for {{NAME|Albert}}: take your furosemide. Your daughter {{NAME|Gillian}} will ring at ten. Your next appointment is at {{LOCATION|Bridlington Hospital}} on {{DATE|Friday the eleventh}}." User reply: "Thank you, love."`,

  `SUBPOENA DUCES TECUM - Circuit Court of Cook County, case no. {{ID|2026-L-004418}}
To: Custodian of Records, {{LOCATION|Advocate Illinois Masonic Medical Center}}
Produce all records of {{NAME|Darius Whitlock}}, DOB {{DATE|06/17/1985}}, SSN ending {{SSN|xxx-xx-4471}}, for treatment on or about {{DATE|March 3, 2026}}. Attorney: {{NAME|Sheila Brandvold}}, ARDC {{LICENSE|6291044}}.`,

  `openEHR composition (flat format) from the regional record:
ctx/composer_name=Dr {{NAME|Nkechi Obi}}
ctx/health_care_facility|name={{LOCATION|Hull Royal Infirmary}}
ehr_subject/name={{NAME|Gordon Pybus}}
ehr_subject/id={{MRN|HRI2041187}}
vital_signs/blood_pressure/any_event/time={{DATE|2026-12-02T14:30}}
vital_signs/blood_pressure/any_event/systolic|magnitude=188`,

  `Tabriz (Azerbaijani, Persian script) - {{LOCATION|بیمارستان امام رضا تبریز}}: خسته {{NAME|رحیم نجفی}}، ۶۷ یاشیندا، {{LOCATION|مرند}} دان، سکته قلبی؛ کد ملی {{ID|۱۳۸۱۴۴۱۸۲۲}}؛ تلفن {{PHONE|۰۹۱۴ ۴۴۱ ۸۸۲۰}}؛ {{DATE|۱۴۰۵/۰۹/۱۲}}.`,

  `Middle Atlas (Tamazight, ⵜⴰⵎⴰⵣⵉⵖⵜ heading) - {{LOCATION|Centre de santé Aguelmam Azegza}}: {{NAME|Itto Ouchen}}, bergère, {{AGE|94}} ans, douar {{LOCATION|Ait Ishaq}}, hypothermie; RAMED {{HEALTH_PLAN|RM-4418220}}; {{DATE|30 novembre 2026}}.`,

  `Fayoum - {{LOCATION|مستشفى الفيوم العام}}: الطفل {{NAME|يوسف عبد الحميد سيد}}، 6 سنوات، من قرية {{LOCATION|تونس}}، بلهارسيا، برازيكوانتيل؛ الرقم القومي للأب {{ID|27701012300441}}؛ {{DATE|٣ ديسمبر ٢٠٢٦}}.`,

  `Timbuktu (Songhai) - {{LOCATION|Hôpital de Tombouctou}}: {{NAME|Alkaya Touré}}, 55, piroguier à {{LOCATION|Kabara}}, piqûre de scorpion; pirogue {{VEHICLE|Bana Ka Boni}}; {{DATE|29 nov. 2026}}; fofo.`,

  `Cape Coast (Fante) - {{LOCATION|Cape Coast Teaching Hospital}}: {{NAME|Kobina Essel Mensah}}, 63, fisherman at {{LOCATION|Elmina}}, hook injury to R hand; canoe {{VEHICLE|Nyame Ye Kese}}; NHIS {{HEALTH_PLAN|44182209}}; {{DATE|02/12/26}}; Ɛyɛ.`,

  `Kenema (Mende) - {{LOCATION|Kenema Government Hospital}}: {{NAME|Jeneba Lahai}}, 24, diamond digger's wife from {{LOCATION|Tongo Field}}, Lassa fever suspected, ribavirin started; phone {{PHONE|+232 76 441 822}}; {{DATE|2 Dec 2026}}; bi sie.`,

  `Dodoma (Gogo) - {{LOCATION|Benjamin Mkapa Hospital}}: {{NAME|Mazengo Chidawali}}, {{AGE|91}}, wa kijiji cha {{LOCATION|Bahi}}, kiharusi; NIDA {{ID|19350412-44182-00001-22}}; {{DATE|2 Desemba 2026}}.`,

  `Gondar (Amharic script) - {{LOCATION|የጎንደር ዩኒቨርሲቲ ሆስፒታል}}: ታካሚ {{NAME|አበበ ተሰማ ወልዴ}}፣ ዕድሜ 48፣ ከ{{LOCATION|ደባርቅ}}፣ የሳንባ ነቀርሳ፤ ስልክ {{PHONE|0918 44 18 22}}፤ ቀን {{DATE|ኅዳር 23 ቀን 2019}} ዓ.ም.`,

  `Bo-Kaap (Cape Malay) - {{LOCATION|Schotsche Kloof Clinic}}: Aunty {{NAME|Gadija Isaacs}}, 79, {{LOCATION|44 Wale Street}}, diabetes review, Ramadan fasting plan for next year; ID {{ID|4701120441085}}; {{DATE|03/12/2026}}; shukran.`,

  `Merina highlands (Malagasy) - {{LOCATION|CHU Joseph Ravoahangy Andrianavalona}}: {{NAME|Rakotomalala Hery Nirina}}, 36, fokontany {{LOCATION|Ambohimanarina}}, pesta (plague) suspected, bubo inguinal; CIN {{ID|101 441 822 091}}; {{DATE|2 Desambra 2026}}; misaotra.`,

  `Hyderabad (Dakhini, Urdu script) - {{LOCATION|Osmania General Hospital}}: مریض {{NAME|محمد عبد القدیر}}، 60 سال، {{LOCATION|چارمینار}}، ذیابیطس کا پیر؛ آروگیہ شری {{HEALTH_PLAN|AS-44182209}}؛ {{DATE|2 دسمبر 2026}}؛ ڈاکٹر {{NAME|فرحانہ بیگم}}۔`,

  `Jumla (Khas, Devanagari) - {{LOCATION|कर्णाली स्वास्थ्य विज्ञान प्रतिष्ठान}}: बिरामी {{NAME|धनबहादुर रोकाया}}, ६८ वर्ष, {{LOCATION|गुठिचौर}}, निमोनिया; फोन {{PHONE|९८४८४४१८२२}}; मिति {{DATE|२०८३/०८/१७}}.`,

  `Bhola island (Bengali script) - {{LOCATION|ভোলা সদর হাসপাতাল}}: রোগী {{NAME|আমেনা খাতুন}}, ৪২, চর {{LOCATION|কুকরি মুকরি}}, কলেরা; এনআইডি {{ID|৪৪১৮২২০৯১৭৭}}; {{DATE|১৭ অগ্রহায়ণ ১৪৩৩}}.`,

  `Hà Giang (H'mong) - {{LOCATION|Bệnh viện Đa khoa tỉnh Hà Giang}}: {{NAME|Giàng Thị Mỷ}}, 23, {{LOCATION|Đồng Văn}}, sản giật; CCCD {{ID|002195044182}}; BHYT {{HEALTH_PLAN|DT2024418220917}}; {{DATE|ngày 2 tháng 12 năm 2026}}; ua tsaug.`,

  `Tawi-Tawi (Sama) - {{LOCATION|Datu Halun Sakilan Memorial Hospital}}: {{NAME|Hadja Nurhaida Amilhamja}}, {{AGE|93}}, stilt house at {{LOCATION|Sitangkai}}, fall from walkway into sea; {{DATE|02/12/2026}}; magsukul.`,

  `Kinmen - {{LOCATION|衛生福利部金門醫院}}: {{NAME|許清標}}，{{AGE|92}}歲，{{LOCATION|金城鎮}}，高粱酒廠退休，吸入性肺炎；健保卡{{HEALTH_PLAN|0000 4418 2209}}；{{DATE|115年12月2日}}。`,

  `Ulleungdo (Hangul) - {{LOCATION|울릉군보건의료원}}: {{NAME|김순자}} (여, 81세), {{LOCATION|저동리}}, 오징어 건조 작업 중 낙상; 연락처 {{PHONE|010-4418-2209}}; {{DATE|2026년 12월 2일}}.`,

  `Khövsgöl (Dukha reindeer herders, Mongolian Cyrillic) - {{LOCATION|Цагааннуур сумын эрүүл мэндийн төв}}: {{NAME|Ганбат Санжим}}, 44, цаатан, буга малчин, {{LOCATION|Баруун тайга}}, frostbite toes; РД {{ID|ФА82044182}}; {{DATE|2026.12.01}}.`,

  `Trobriand Islands (Kilivila) - {{LOCATION|Losuia Health Centre}}, {{LOCATION|Kiriwina}}: {{NAME|Tokwaisa Mwasawa}}, 22, yam-garden injury, axe wound foot; canoe transfer arranged; {{DATE|1 Dec 2026}}; agutoki.`,

  `Lifou (Drehu) - {{LOCATION|Centre médical de Wé}}: {{NAME|Wakaine Hnawia}}, 70 ans, tribu de {{LOCATION|Drueulu}}, ciguatera après poisson de récif; CAFAT {{HEALTH_PLAN|4418220}}; {{DATE|2 déc. 2026}}; olea.`,

  `Te Urewera (Tūhoe) - {{LOCATION|Ruatāhuna Health Clinic}}: {{NAME|Te Whiti Rewi}}, 12, pig-hunting dog bite to calf; kuia {{NAME|Mihi}} brought him from {{LOCATION|Maungapōhatu}}; NHI {{MRN|RUT7730}}; {{DATE|Rātū 1 Hakihea}}.`,

  `Zuni Pueblo - {{LOCATION|Zuni Comprehensive Community Health Center}}: {{NAME|Leander Quam}}, 61, silversmith, type 2 DM, foot ulcer; tribal ID {{ID|ZT-04418}}; {{DATE|12/02/2026}}; elahkwa.`,

  `Manitoulin Island (Odawa) - {{LOCATION|Noojmowin Teg Health Centre}}: {{NAME|Darlene Pangowish}}, 53, {{LOCATION|Wiikwemkoong}}, diabetic retinopathy screening; status card {{ID|1580441822}}; OHIP {{HEALTH_PLAN|4418-220-917-DP}}; {{DATE|Dec 1}}; miigwech.`,

  `Jalisco (Wixárika) - {{LOCATION|Hospital Comunitario de Huejuquilla}}: {{NAME|Xitákame Carrillo de la Cruz}}, 34, de {{LOCATION|San Andrés Cohamiata}}, picadura de alacrán; CURP {{ID|CACX920411HJCRRT07}}; {{DATE|30 de noviembre de 2026}}; pamparios.`,

  `Huehuetenango (Mam) - {{LOCATION|Hospital Nacional de Huehuetenango}}: {{NAME|Cristina Pérez Ramírez}}, 19, de {{LOCATION|Todos Santos Cuchumatán}}, hemorragia posparto; DPI {{ID|2441 82209 1301}}; {{DATE|1/12/2026}}; chjonte.`,

  `Espírito Santo (Pomeranian) - {{LOCATION|Hospital Municipal de Santa Maria de Jetibá}}: {{NAME|Erna Rutz Plaster}}, 58, agricultora, intoxicação por agrotóxico; CNS {{HEALTH_PLAN|898 0044 1822 0917}}; {{DATE|1º de dezembro de 2026}}; Gooden Dach.`,

  `Limousin - {{LOCATION|CHU Dupuytren}}, {{LOCATION|Limoges}}: M. {{NAME|Jean-Baptiste Peyrat}}, 66 ans, éleveur de vaches limousines à {{LOCATION|Eymoutiers}}, coup de corne; NIR {{SSN|1 60 11 87 044 182 20}}; {{DATE|mardi 1er décembre 2026}}.`,

  `Bernese Oberland - {{LOCATION|Spital Interlaken}}: {{NAME|Ueli Zurbrügg}}, 41, Bergführer aus {{LOCATION|Grindelwald}}, Erfrierungen an den Zehen; AHV {{ID|756.4418.2209.17}}; {{DATE|1.12.2026}}; merci vilmal.`,

  `Kurpie - {{LOCATION|Szpital Specjalistyczny w Ostrołęce}}: {{NAME|Stanisława Kaczyńska}}, {{AGE|91}} lat, {{LOCATION|Kadzidło}}, wycinanki artist, złamanie nadgarstka; PESEL {{ID|35041204418}}; {{DATE|2 grudnia 2026}}.`,

  `Csángó (Moldavia) - {{LOCATION|Spitalul Județean de Urgență Bacău}}: {{NAME|Rózsa Benke}} ({{NAME|Roza Bechi}}), 83, {{LOCATION|Pusztina}}, insuficiență cardiacă; CNP {{ID|2430715044182}}; {{DATE|2 decembrie 2026}}; Isten áldja.`,

  `Ikaria - {{LOCATION|Γενικό Νοσοκομείο Ικαρίας}}: {{NAME|Σταματία Καρίμαλη}}, {{AGE|102}} ετών, {{LOCATION|Ράχες}}, πτώση στο κτήμα; ΑΜΚΑ {{SSN|12092404418}}; {{DATE|1 Δεκεμβρίου 2026}}.`,

  `Courland (Livonian coast) - {{LOCATION|Ventspils slimnīca}}: {{NAME|Dainis Štāls}}, 74, zvejnieks no {{LOCATION|Mazirbe}}, hipotermija; personas kods {{ID|120452-14418}}; {{DATE|2026. gada 1. decembrī}}; tänū.`,

  `Sunnmøre - {{LOCATION|Ålesund sjukehus}}: {{NAME|Kari Myklebust Vik}}, 34, fiskeforedlar på {{LOCATION|Giske}}, hypotermi etter fall i sjøen; fiskebåt {{VEHICLE|M-44-GS Havbris}}; {{DATE|30. november}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Neurology eponyms for the registrar quiz: Brown-Séquard, Wallenberg (lateral medullary), Weber syndrome, Benedikt, Millard-Gubler, Foville, Parinaud, Gerstmann, Anton, Balint, Korsakoff, Wernicke, Todd paresis, Lhermitte sign, Uhthoff phenomenon, Romberg, Babinski, Hoffmann, Tinel, Phalen, Froment, Adie pupil, Holmes-Adie, Charcot-Marie-Tooth, Friedreich ataxia, Lambert-Eaton.`,
  `Discharge medicines (no patient details on this copy):
- Apixaban 5 mg twice daily [Eliquis] (anticoagulant - do not stop without advice)
- Bisoprolol 2.5 mg once daily (Cardicor)
- Ramipril 5 mg nocte [held if systolic < 100]
- Atorvastatin 80 mg (Lipitor) at night
- GTN spray 400 micrograms PRN (Glyceryl Trinitrate; sit down first)
- Lansoprazole 15 mg OD {while on dual antiplatelets}`,
  `One line: Fasting bloods 8-9am, Mondays and Thursdays only.`,
  `Place-named diseases and agents, third list: Lyme arthritis (Lyme, Connecticut), Hantaan (Hantan River), Marburg, Ebola, Zika (Zika Forest), Coxsackie (New York), Norwalk (Ohio), Sindbis, Semliki Forest, O'nyong'nyong, Chikungunya (Makonde word), Kyasanur Forest, Omsk haemorrhagic fever, Tahyna, Toscana virus, Bwamba, Usutu, Lake Victoria marburgvirus, Guanarito, Sabiá, Chapare, Lujo.`,
  `Welcome signs at the outpatient entrance: Welcome, Fáilte, Croeso, Fàilte, Wolkom, Välkommen, Tervetuloa, Velkommen, Witamy, Vítejte, Üdvözöljük, Bine ați venit, Добре дошли, Benvenuti, Bienvenue, Willkommen, Bem-vindo, Hoş geldiniz, Ласкаво просимо, أهلا وسهلا, ברוכים הבאים, स्वागत है, স্বাগতম, ਜੀ ਆਇਆਂ ਨੂੰ, خوش آمدید, 欢迎, ようこそ, 환영합니다, Haere mai, Nau mai.`,
  `Scales used in the memory clinic: MoCA 22/30, ACE-III 78/100, MMSE 24/30, Mini-Cog, 6-CIT, GPCOG, AMTS 7/10, Clock Drawing Test, Trail Making A and B, Addenbrooke's Cognitive Examination, Geriatric Depression Scale 15-item, Cornell Scale, Neuropsychiatric Inventory, Bristol Activities of Daily Living, Barthel 85, Lawton IADL, Clinical Frailty Scale 5, Rockwood.`,
  `Device list for the cardiac physiology stock take: Medtronic Azure XT DR MRI, Micra AV2, Boston Scientific Accolade, Abbott Assert-IQ ICM, Biotronik Edora 8, LINQ II, Reveal LINQ, CareLink SmartSync, Merlin PCS, Latitude NXT, Holter (Spacelabs, Schiller), Zio XT, Bittium Faros, ECG machines GE MAC 5500 and Philips PageWriter TC70.`,
  `Timeline of transplantation for the patient-education board: 1954 first kidney (identical twins, Boston), 1963 first liver and lung attempts, 1967 first heart (Cape Town), 1968 first pancreas, 1983 ciclosporin approved, 1986 first double lung, 1998 first hand, 2005 first partial face, 2014 first uterus live birth, 2022 first pig heart.`,
  `Greetings and thanks on the paediatric ward poster: Hello, Dia dhuit, Shwmae, Ciamar a tha thu, Hallo, Hej, Moi, Cześć, Ahoj, Szia, Bună, Здравей, Ciao, Salut, Hallo, Olá, Merhaba, Привіт, Salaam, Shalom, Namaste, Nomoshkar, Sat Sri Akal, Assalamu alaikum, Ni hao, Konnichiwa, Annyeonghaseyo, Kia ora, Talofa lava, Bula, Sawubona, Molo, Dumela, Jambo, Habari, Sannu, Bawo, Kedu.`,
  `Heading only: DAY SURGERY UNIT - THEATRES 1 TO 4 - MONDAYS, WEDNESDAYS AND FRIDAYS - NO ENTRY WITHOUT PPE.`,
  `Markdown table of endocrine terms for the coding team:
| Term | Eponym? | Code |
| --- | --- | --- |
| Addison disease | yes | E27.1 |
| Cushing syndrome | yes | E24.9 |
| Conn syndrome | yes | E26.0 |
| Hashimoto thyroiditis | yes | E06.3 |
| Graves disease | yes | E05.0 |
| Sheehan syndrome | yes | E23.0 |
| Kallmann syndrome | yes | E23.0 |
| Turner syndrome | yes | Q96.9 |
| Klinefelter syndrome | yes | Q98.4 |`,
  `Antibiotic guideline summary (adult, penicillin-allergy column in brackets): CAP CURB-65 0-1 amoxicillin (doxycycline); CURB-65 2 amoxicillin + clarithromycin (doxycycline); CURB-65 3-5 co-amoxiclav + clarithromycin (levofloxacin); cellulitis flucloxacillin (clarithromycin); UTI nitrofurantoin (trimethoprim if eGFR < 45); C. difficile vancomycin PO (fidaxomicin).`,
  `Two lines: "Ward 7 side rooms 1-4 closed - norovirus. Reopen after 48 h symptom-free and HPV clean."`,
  `Orthopaedic classifications crib: Garden I-IV, Pauwels, Schatzker I-VI, Weber A-C, Lauge-Hansen, Salter-Harris I-V, Gustilo-Anderson IIIb, Neer 4-part, Mason radial head, Gartland supracondylar, Hawkins talar neck, Sanders calcaneus, Denis three-column, AO/OTA 31-A2, Tscherne, Frykman, Herbert scaphoid, Lisfranc, Jones, Maisonneuve.`,
  `Brand names on the pharmacy shelf, Asia and the Pacific: Panadol, Biogesic, Neozep, Bioflu, Decolgen, Ponstan, Kremil-S, Diatabs, Bactidol, Tiger Balm, White Flower, Axe Brand oil, Salonpas, Counterpain, Yakult, Pocari Sweat, Hydrite, Lomotil, Polynesian noni, Koyo plasters.`,
  `Immunisation ages (no patients): 6-in-1 at 8, 12 and 16 weeks; MenB at 8 and 16 weeks and 1 year; PCV at 12 weeks and 1 year; MMR at 1 year and 18 months; pre-school booster at 3 years 4 months; HPV at 12 to 13; 3-in-1 teenage booster at 14; shingles from 65; pneumococcal at 65; RSV from 75 to 79.`,
  `Signs in the emergency department waiting room (translation project): Urgencias, Urgences, Notaufnahme, Pronto Soccorso, Spoedeisende Hulp, Akutmottagning, Ensiapu, SOR, Urgentní příjem, Sürgősségi, Urgențe, Спешно отделение, Acil Servis, Приймальне відділення, Τμήμα Επειγόντων, الطوارئ, חדר מיון, आपातकालीन, জরুরি বিভাগ, 急诊, 救急外来, 응급실.`,
  `Chemotherapy and immunotherapy brand crib: Keytruda (pembrolizumab), Opdivo (nivolumab), Yervoy (ipilimumab), Tecentriq, Imfinzi, Herceptin, Perjeta, Kadcyla, Enhertu, Avastin, Erbitux, Vectibix, Tagrisso, Alecensa, Lorviqua, Ibrance, Kisqali, Verzenios, Lynparza, Zejula, Xtandi, Zytiga, Revlimid, Darzalex, Imbruvica, Venclyxto, Blincyto, Kymriah, Yescarta.`,
  `Inherited conditions named after places or people, for the genetics leaflet: Huntington disease, Tay-Sachs, Gaucher, Niemann-Pick, Fabry, Pompe, Marfan, Ehlers-Danlos, Loeys-Dietz, Noonan, Williams, Angelman, Prader-Willi, Rett, Fragile X, Duchenne, Becker, Wilson, von Willebrand, Gilbert, Crigler-Najjar, Dubin-Johnson, Mediterranean fever (familial), Finnish-type nephrotic syndrome, Pendred.`,
  `Scores used on the acute take: NEWS2 7, qSOFA 2, CURB-65 3, Wells DVT 2, Wells PE 6, PERC, HEART score 5, TIMI 3, GRACE 142, CHA2DS2-VASc 4, HAS-BLED 2, ABCD2 4, Glasgow-Blatchford 9, Rockall 5, Child-Pugh C, MELD 24, 4AT 5, CFS 6, Waterlow 18, MUST 2.`,
  `Short note: "Spirometer: Vitalograph Alpha, calibrated daily with a 3 L syringe. Peak flow meters Mini-Wright. FeNO: NIOX VERO."`,
  `Contraception options table for the clinic wall:
| Method | Brand examples | Typical-use failure |
| Combined pill | Microgynon, Rigevidon, Yasmin | 7% |
| Progestogen-only pill | Cerazette, Hana, Slynd | 7% |
| Implant | Nexplanon | 0.05% |
| Injectable | Depo-Provera, Sayana Press | 4% |
| IUS | Mirena, Kyleena, Jaydess, Levosert | 0.2% |
| Copper IUD | T-Safe, Nova-T | 0.8% |`,
  `Dermatology: Fitzpatrick I-VI, Breslow thickness, Clark level, ABCDE, Glasgow 7-point checklist, Nikolsky, Auspitz, Köbner, Darier, Leser-Trélat, Gorlin, Bazex, Muehrcke lines, Beau lines, Terry nails, Lindsay nails, Mees lines, Koplik spots, Forchheimer spots, Pastia lines.`,
  `Hospital vehicle names listed in the annual report (no patients): the Blood Bike, the Hospice Bus, the Mobile Chemotherapy Unit, the Lung Health Check Truck, the Breast Screening Van, the Neonatal Transport Incubator, the Air Ambulance appeal, the Children's Hospital Charity minibus.`,
  `Years only, for the department history page: founded 1874; new wing 1932; war damage 1941; joined the NHS 1948; first ICU 1962; CT scanner 1977; MRI 1989; PCI service 1996; stroke unit 2004; robot-assisted surgery 2019; new emergency department 2025.`,
  `Yes, no and pain words for the communication board: Pain / Dolor / Douleur / Schmerz / Dolore / Dor / Ból / Bolest / Fájdalom / Durere / Боль / Ağrı / ألم / כאב / दर्द / ব্যথা / 疼 / 痛み / 통증 / Mamae / Ubuhlungu.`,
  `Allergy list format (template, no patient): Penicillin [anaphylaxis, 1998]; Co-trimoxazole (rash); Latex {contact urticaria}; Elastoplast (blisters); Peanut [IgE, ImmunoCAP 14 kUA/L]; Chlorhexidine (anaphylaxis - BEWARE Hibiscrub, Instillagel).`,
  `One line: The Friday journal club is in the Lister Room; bring your own lunch.`,
  `Infusion-pump and line brands on the ICU supply list: B. Braun Perfusor Space, Infusomat Space, Alaris GP, CADD-Solis, BodyGuard 323, Baxter Spectrum IQ, Arrow Multi-Lumen CVC, Vygon Expert, Teleflex, Becton Dickinson Insyte-N, Smiths Medical CADD, Cook Medical, Prismaflex, Fresenius multiFiltrate.`,
  `Obstetric and neonatal eponyms and scores: Apgar 9 and 10, Bishop score 7, Ballard, Silverman-Andersen, Dubowitz, Moro reflex, Ortolani, Barlow, Erb palsy, Klumpke palsy, Ballantyne, McRoberts manoeuvre, Woods screw, Rubin manoeuvre, Zavanelli, Robson group 5, Montevideo units, Friedman curve.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter35', '/tmp/deid-ood-letters35.jsonl');
