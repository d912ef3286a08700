/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-third session: short and long clinician
 * texts of kinds beyond letters14-19: occupational-health and fitness-for-work reports (management referrals, noise,
 * silica and vibration surveillance, driver, seafarer and pilot medicals, needlestick, pre-placement), radiology
 * reports, requests, vetting and addenda with requesting clinicians, pathology, cytology, frozen-section, marrow and
 * autopsy reports, pharmacy medicines reconciliation and discharge checks, ambulance patient report forms, ATMIST and
 * air-ambulance handovers, blood-bank crossmatch, emergency release, transfusion-reaction and antibody notes, elective,
 * day-case and emergency theatre lists, Mental Health Act papers (tribunal report and decision, AMHP report, Section
 * 5(2), 17 and 136 forms, CTO conditions), adult and child safeguarding referrals (MARAC, MASH, school nurse),
 * research-consent logs, e-consent audit and biobank withdrawal, home-care rotas and carers' logs, dental referrals and
 * letters (oral surgery, domiciliary, trauma, orthodontic), optometry reports and referrals, and zoonosis contact
 * tracing (brucellosis, rabies, psittacosis, Q fever, leptospirosis, avian influenza, anthrax, hantavirus, plague,
 * Crimean-Congo fever, tuberculosis households); written in the styles of Ethiopia (Amharic labels, Ethiopian
 * calendar), Georgia (Latin and Georgian script), Bolivia, Sri Lanka, Albania, Cameroon (French), Mongolia (Latin and
 * Cyrillic), Fiji, Iceland, Uzbekistan, Madagascar (French and Malagasy), Guatemala, Kazakhstan, Tonga, Samoa, Bhutan,
 * Lithuania, Ghana, Afghanistan, the UK and the US. Human patients only. Written by hand by engineer author on
 * 2026-12-05 (twenty-third session) without reading the engine's rules or lexicons, and never run through ddx by its
 * author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read its misses
 * text by text.
 * It varies: names with and without cue words (alone, in lists, tables, rotas, consent logs, theatre lists, contact
 * tables, signatures, lower case, all caps, surname first, hyphenated, initials, Cyrillic script); lone surnames and
 * lone first names; places of every kind (streets, flats, kebeles, fokontany, khoroo, zonas, aldeas, farmsteads,
 * schools, employers, mines, bakeries, abattoirs, pharmacies, care homes, facilities in local languages); ages over 89
 * as digits and words ("94" after a name, "(97)", "91 yrs", "92 años", "90 ans", "94 taona", "91 vjeç", "93 წლის", "95
 * ára", "96 настай", "ዕድሜ 93", "ninety-six", "ninety-three"); dates in many formats and calendars (04/12/2026,
 * 12/03/2026, 2026-12-05, 05.12.2026, 04.12.26, 2026.12.04, 4/XII/2026, 04 DEC 2026, "Dec 4, 2026", "December 2, 2026",
 * "3 Dec 2026", "12. nóvember 2026", "le 2 décembre 2026", "1 de diciembre de 2026", "03-dic-2026", "3 dhjetor 2026",
 * "4 Desambra 2026", "4-dekabr 2026", Ethiopian 24/03/2019 E.C., month-year, weekdays alone and abbreviated); IDs of
 * many shapes (Ethiopian Fayda, Icelandic kennitala, Georgian personal number, Bolivian CI, Guatemalan DPI, Sri Lankan
 * NIC, Albanian NID, Cameroonian CNI, Mongolian register number, incident, study, screening, biobank, donation (DIN),
 * Datix, police and lab numbers, in tables and without labels); health plans (CBHI, SUS, IGSS, ЭМД, Medicare MBI,
 * Aetna); licences (EFDA, SLMC, GMC, GPhC, GDC, HCPC, DEA, pilot and driving licences); phones of many countries;
 * faxes, e-mails, URLs, IPv4; device serials (CGM, insulin pump, pacemaker, hearing aid, retinal camera); vehicle
 * plates of several countries; a US SSN and a UK NI number. Every name, address and number is invented; institution
 * names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters17.ts and 18.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Pr", "PC", "Judge", "Sister", "Doña", "doña", "Madame", "old mr") stay
 * outside a name, facility words inside; US states, provinces, regions, districts at county level and countries are not
 * marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE, "today" and "tomorrow" are not; numbered wards, units, rooms, bays, theatres and beds are not
 * marked. An AGE span is one stated exact age over 89, only its number or number word. Medical, pharmacy, dental,
 * paramedic, DEA, pilot and driving-licence numbers are LICENSE; national, study, incident and other ID numbers ID (a
 * UK NI number and a US SSN are SSN); hospital and clinic numbers MRN; health-insurance numbers HEALTH_PLAN;
 * pension-fund claim, prescription and billing numbers ACCOUNT; postcodes of any country ZIP; a DEVICE span is the
 * serial only (make and model outside, unless the serial line names them together); employers, pharmacies, schools,
 * mines, abattoirs and care homes are marked as places, insurers and agencies (UKHSA, RNIB, a local authority) not;
 * calendar labels ("E.C.") outside a date. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous scales (Gleason, Breslow, Kellgren-Lawrence, Schatzker, Weber, Garden,
 * Salter-Harris, Coombs, Kleihauer-Betke, Mallampati, Cormack-Lehane, Waterlow, Braden, Snellen, Ishihara, Amsler,
 * Goldmann, Humphrey, Van Herick, Schirmer, Marcus Gunn, Argyll Robertson, Fuchs, Stargardt), radiological and
 * pathological signs, place-named diseases and words (Crimean-Congo, Rift Valley, Omsk, Kyasanur Forest, Murray Valley,
 * Ross River, Oropouche, Mayaro, Stockholm scale, Munchausen), drug and device brands, organisms, genes, scores, unit
 * and theatre names, ages under 90, bare years, weekdays in a timetable and country names, which must stay.
 *   node --import tsx scripts/deid-ood-letters20.ts [--out /tmp/deid-ood-letters20.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters20.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `OCCUPATIONAL HEALTH REPORT - fitness for work
Employee: {{NAME|Tsegayi Wuldi-Mariem}}   Staff no. {{ID|EEP-0448127}}   DOB {{DATE|11/09/1979}}
Employer: {{LOCATION|Awash Cement Share Company}}, {{LOCATION|Mugher}} plant
Referred by HR ({{NAME|Mekdes Haileyesus}}) after 6 weeks' absence with low back pain.
Assessment {{DATE|02/12/2026}}: lumbar flexion to knees, SLR 80° both sides, no red flags. Works as kiln operator, lifts bags of 50 kg.
Opinion: fit for modified duties for 4 weeks (no lifting over 15 kg, no ladder work), then full duties. Not disabled under the Act.
OH physician: Dr {{NAME|Yanesh Gebretsadik}}, EFDA reg. {{LICENSE|MD/4471/09}}`,

  `OH phone consultation - {{NAME|lali kvaratskhelia}}, nurse, night shifts at {{LOCATION|Tbiliso Central Hospital}}. Asthma worse on nights, PEF 340 (best 420). Advise day rota for 8 weeks. Manager {{NAME|Ninu}} copied.`,

  `Fitness-to-work certificate (Iceland)
Nafn: {{NAME|Guðran Hjaltadóttir}}   Kennitala: {{ID|040587-2349}}
Starf: fish processing, {{LOCATION|Vinnslustöðin Eyjar}}, {{LOCATION|Vestmannaeyjar}}
Carpal tunnel release right {{DATE|12. nóvember 2026}}; return to line work {{DATE|14. desember 2026}}, knife work from January.
Læknir: {{NAME|Þórir Ragnarsson}}, {{LOCATION|Heilsugæslan Höfða}}`,

  `Pre-placement health questionnaire, reviewed: {{NAME|Ashenafi B.}}, laboratory assistant. Hep B surface antibody 8 mIU/mL (non-responder after 2 courses) - EPP restricted. HBsAg negative. Reviewed by OHN {{NAME|K. Dembélé}} on {{DATE|Thursday}}.`,

  `Management referral reply
Dear Mr {{NAME|Ruslan Tursunuv}},
Re: {{NAME|Dilfuza Yusupove}}, warehouse picker, {{LOCATION|Chilonzur Logistics}}
I saw Mrs {{NAME|Yusupove}} on {{DATE|3 December}}. She has De Quervain tenosynovitis of the right wrist. She is fit for work with adjustments: rotate away from scanner-gun picking, 10-minute breaks every 2 hours. I expect recovery within 6-8 weeks. The Equality Act is unlikely to apply.
Yours sincerely
{{NAME|Feruza Alimova}}, occupational health physician`,

  `Noise surveillance: {{NAME|Pite Ravuvu}}, {{LOCATION|Vatukoula Gold Mine}}, 4 kHz notch 45 dB left, 40 dB right; HSE category 2. Retest {{DATE|06/2027}}. Contact {{PHONE|+679 992 4471}}.`,

  `Driver medical (Group 2), {{LOCATION|Ulaanbaater}}: {{NAME|Batbayer Ganzorig}}, bus driver, register no. {{ID|УБ79041512}}, licence {{LICENSE|DL-0447193}}. HbA1c 8.9%, on insulin since {{DATE|2026.10.15}} - not fit for Group 2 until 3 months stable without hypoglycaemia.`,

  `RADIOLOGY REPORT
Patient: {{NAME|RAKOTOMALALA, Hanta Voahangy}}   MRN {{MRN|CHUJRA-2264187}}
Exam: CT chest with contrast   Date: {{DATE|04/12/2026}} 11:22
Requesting clinician: Dr {{NAME|Andry Ravelonarivo}}, pneumology, {{LOCATION|CHU Josiph Raseta Befelatanana}}
Clinical details: cough 3 months, haemoptysis, weight loss, HIV negative.
Findings: thick-walled cavity 3.4 cm right upper lobe apical segment, tree-in-bud nodules right middle lobe, no effusion. Mediastinal nodes up to 12 mm.
Conclusion: appearances most in keeping with active post-primary tuberculosis; sputum x3 advised.
Reported by: Dr {{NAME|Fanja Rasoanirina}}, radiologist`,

  `US abdomen {{DATE|05.12.2026}}. Requested by Dr. {{NAME|Kasun Wickramage}} (GP, {{LOCATION|Kandi}}). Pt {{NAME|W.M. Chandrike Meniki}}, PHN {{MRN|KDY-041-22871}}. Gallbladder: multiple calculi, wall 2 mm, CBD 4 mm. Liver normal. Reported {{NAME|S. Paranavitana}}.`,

  `MRI lumbar spine - requesting: {{NAME|Erion Hoxhe}}, orthopaedics. Patient {{NAME|Drita Kapllani}}, NID {{ID|J70418051P}}. L4/5 broad-based disc bulge with moderate canal narrowing; L5/S1 left paracentral protrusion contacting the traversing left S1 root. No cauda equina compression.`,

  `ADDENDUM to CXR {{DATE|03/12/26}}, patient {{NAME|Nomvule Tshabangu}}, X-ray no. {{ID|XR-26-0991347}}: the 8 mm nodule left mid zone is a nipple shadow on the lateral; no follow-up needed. Phoned to ward 11 nurse {{NAME|Graci}}.`,

  `Mammography screening letter: Dear Mrs {{NAME|Waleska Oxlaj}}, your screening mammogram at {{LOCATION|Hospital Roosevilt}} on {{DATE|1 de diciembre de 2026}} showed no sign of cancer (BI-RADS 1). Your next invitation will be in two years. Screening ID {{ID|GT-MX-0447122}}.`,

  `PATHOLOGY REPORT
Specimen: skin ellipse, left forearm. Lab no. {{ID|H26-44719}}
Patient: {{NAME|Jóhann Sveinbjörnsson}}, {{AGE|91}} yrs. Received {{DATE|28/11/2026}}.
Requesting clinician: Dr {{NAME|Hulda Ásgeirsdóttir}}, dermatology, {{LOCATION|Landspítalo Fossvogi}}
Microscopy: well-differentiated squamous cell carcinoma, depth 3.1 mm, no perineural invasion; margins clear (peripheral 2 mm, deep 1.5 mm).
Pathologist: {{NAME|Ólafur Thorlacius}}, FRCPath`,

  `Histology - cervical biopsy, pt {{NAME|Temer Beridzi}}, {{AGE|93}} წლის, requester Dr {{NAME|Maia Tsiklauro}}, {{LOCATION|Batumo Referral Hospital}}: CIN 3 with involvement of glands.`,

  `Cytology result phoned: FNA thyroid right lobe, Bethesda V, pt {{NAME|Ruwanthi Jayasekera}} (clinic Dr {{NAME|Mahesh Kodituwakku}}). Lab {{PHONE|+94 11 269 4471}}. Slide ref {{ID|CY/26/7193}}.`,

  `Frozen section note: {{DATE|Tue 1 Dec}}, theatre 4, surgeon Mr {{NAME|Besnik Dervishi}}: sentinel node 1 of 1 positive for metastatic ductal carcinoma. Called by Dr {{NAME|Alma Qose}} at 10:42.`,

  `MEDICINES RECONCILIATION - pharmacy
Patient: {{NAME|Ezekiil Manuvau}}   Hospital no: {{MRN|CWM-0447193}}   Ward: AMU
Sources: GP summary ({{LOCATION|Nabua Medical Centre}}), patient's own drugs, wife {{NAME|Losane}}
| Drug | Dose | GP list | POD | Action |
| amlodipine | 10 mg od | yes | yes | continue |
| metformin | 1 g bd | yes | yes | withhold (eGFR 28) |
| allopurinol | 300 mg od | yes | no | check with {{LOCATION|Patel's Pharmacy Suva}} |
| bendroflumethiazide | 2.5 mg | stopped {{DATE|08/2026}} | yes | removed, patient informed |
Pharmacist: {{NAME|Shalino Presed}}, GPhC {{LICENSE|2087719}}`,

  `Med rec: pt {{NAME|bolet}} brought a bag: 3 boxes of Eliquis 5 mg from two different pharmacies. Community pharmacy ({{LOCATION|Apteka Zdorovye}}, {{PHONE|+7 727 244 7190}}) confirms last issue {{DATE|20.11.2026}}.`,

  `Discharge medicines check: Mrs {{NAME|C. Nkwenti}}. Warfarin INR target 2.5, clinic at {{LOCATION|Bamenda Regional Hospital}}; Rx no. {{ACCOUNT|RX-2026-4471903}}. Counselled with daughter {{NAME|Bih}}.`,

  `Pharmacy note, {{DATE|12/03/2026}} (US): {{NAME|Harlen Whitcombi}}, Medicare MBI {{HEALTH_PLAN|1EG4-TE5-MK73}}, prescriber DEA {{LICENSE|BW4471903}}. Oxycodone 5 mg #28 - PDMP checked, no other prescribers.`,

  `PATIENT REPORT FORM (ambulance)
Incident no. {{ID|CAD-261204-0447}}   Date {{DATE|04/12/2026}}   Call 02:14, on scene 02:31
Patient: {{NAME|Nikoloz Gelashvilo}}, approx 60, at {{LOCATION|14 Vazhe-Pshavele Ave, flat 22}}, {{LOCATION|Tbiliso}}
Presenting complaint: central chest pain 40 min, sweaty. Obs: HR 48, BP 86/52, SpO2 95%, RR 20, GCS 15, BM 7.1.
ECG: ST elevation II, III, aVF; ST depression V1-V2. Aspirin 300 mg given; IV access; fluids 250 mL.
Pre-alert to {{LOCATION|Aversi Clinic}} cath lab 02:46. Crew: {{NAME|G. Tsertsvadze}} (paramedic, HCPC {{LICENSE|PA104471}}), {{NAME|L. Abashidze}}`,

  `ePCR: fall at home, {{NAME|Margarita Qaispi Memano}}, {{AGE|92}} años, {{LOCATION|Calle Jaén 771}}, {{LOCATION|El Altu}}. Long lie ~6 h, CK pending. Neighbour Doña {{NAME|Justina}} found her. Son on {{PHONE|+591 7 144 7190}}.`,

  `RTC, single vehicle: driver {{NAME|Dorjsuren}} (no surname given), Toyota Land Cruiser plate {{VEHICLE|4471 УБА}}, restrained, airbag deployed. Complains of left chest wall pain, SpO2 97%. Conveyed to {{LOCATION|Intensive Care Hospital No. 1}}.`,

  `ATMIST: Age {{AGE|ninety-six}}, time of onset 18:10, mechanism: choked on meat at {{LOCATION|Hrafnista nursing home}}, injuries: none, signs: SpO2 84% then 95% after back blows, treatment: O2 15 L. ETA 6 min.`,

  `Ambulance handover, {{DATE|2026-12-05}}: hypoglycaemia, BM 1.9, glucagon 1 mg IM, now GCS 15. Pt {{NAME|Seini Tapoa}} declined conveyance, capacity assessed; left with husband {{NAME|Viliamo}}.`,

  `BLOOD BANK - crossmatch request
Patient: {{NAME|ANDRIAMAHEFA Tojo}}   Hosp no {{MRN|HJRA-0771942}}   DOB {{DATE|07/07/1961}}
Group: O RhD positive; antibody screen negative. 2 units requested for THR {{DATE|Monday 7 December}}.
Units issued: DIN {{ID|G0447 26 118294 K}}, DIN {{ID|G0447 26 118301 B}}
Requested by: Dr {{NAME|Lalaina Rabemananjara}}, bleep 4471`,

  `Transfusion reaction report: pt {{NAME|inis canaviri}}, unit 2 stopped at 40 mL, temp 38.9, rigors. DAT negative. Reported to SHOT by {{NAME|Rolandu Memano}} {{DATE|3 Dec 2026}}.`,

  `THEATRE LIST - {{DATE|Wednesday 9 December 2026}} - Theatre 2 (orthopaedics)
Surgeon: Mr {{NAME|Gaspor Nguimfack}}   Anaesthetist: Dr {{NAME|Esther Mbeh}}
| # | Patient | Hosp no | Age | Procedure |
| 1 | {{NAME|FOTSO, Jeen-Blaise}} | {{MRN|HGY-26-04471}} | 58 | R TKR |
| 2 | {{NAME|NGO BIKOK, Solangi}} | {{MRN|HGY-26-04502}} | {{AGE|90}} | L hemiarthroplasty (NOF) |
| 3 | {{NAME|Tchinda}} | {{MRN|HGY-26-04519}} | 34 | ORIF ankle |
Notes: pt 2 on apixaban, last dose {{DATE|Sunday}}.`,

  `Theatre list change: {{NAME|ayodeli}} moved from slot 3 to 1, {{NAME|Ch. Enkhtuya}} cancelled (K 6.1). Dr {{NAME|Munkhbat}} informed.`,

  `MENTAL HEALTH TRIBUNAL - responsible clinician's report
Patient: {{NAME|Lasha Japaridze}}   Detained under: Section 3   Since: {{DATE|14/09/2026}}
Hospital: {{LOCATION|Greenacre Unit}}, {{LOCATION|Hullons Park}}, {{LOCATION|Warrington}}
Hearing: {{DATE|17 December 2026}}
Mr {{NAME|Japaridze}} has paranoid schizophrenia. Before admission he stopped clozapine and was found in the loft of his mother's house believing neighbours were poisoning the water. Plasma clozapine now 0.41 mg/L. He has had two periods of unescorted leave without incident.
I recommend continued detention for 4-6 weeks while Section 17 leave is extended.
Dr {{NAME|Ruta Vaitkevičienė}}, consultant psychiatrist, GMC {{LICENSE|6044719}}`,

  `AMHP report: assessment at {{LOCATION|Flat 3, Orchid Court}}, {{LOCATION|Stockport}} {{ZIP|SK4 2LX}} on {{DATE|04/12/2026}}. Nearest relative: sister, {{NAME|Shoron Rahmonova}} ({{PHONE|07700 904 471}}), consulted, does not object to Section 2. Doctors: Dr {{NAME|Ukafur-Boll}} (s12), Dr {{NAME|Pwint}} (GP).`,

  `Section 5(2) holding power applied 23:40 by Dr {{NAME|Anuradha Senanayaki}} to informal patient {{NAME|Kelesi}} on Ward 5 (Rowan). Patient attempted to leave, expressing suicidal intent.`,

  `Section 136 record: brought by police to the place of safety ({{LOCATION|Orchard Suite}}), officer PC {{NAME|Dawot Tisfayi}} collar {{ID|4471}}. Detained {{DATE|05/12/2026}} 01:15 at {{LOCATION|Stockport Viaduct}}.`,

  `SAFEGUARDING REFERRAL - adult
Adult at risk: {{NAME|Vera Zhamanova}}, {{AGE|94}}, lives alone at {{LOCATION|27 Birchfiild Road}}, {{LOCATION|Levenshulmi}} {{ZIP|M19 3NH}}
Concern: carer ({{NAME|Deen}}, agency worker) seen taking cash from her purse; bank statements show £1,200 withdrawn in November. She has moderate Alzheimer dementia, MMSE 14.
Reporter: {{NAME|Amare Fofanah}}, district nurse, {{PHONE|0161 447 1903}}, {{EMAIL|amare.fofanah@example.nhs.uk}}
Police informed: ref {{ID|MPS-26-447190}}. Family: nephew {{NAME|Kairat Zhamanov}}.`,

  `Child safeguarding - health visitor: baby {{NAME|Lemlem}}, 7 weeks, torn frenulum and bruise to left cheek. Mother {{NAME|Selem Haili}} says her 3-year-old hit him. Referred to MASH {{DATE|04.12.26}}; CP medical booked at {{LOCATION|Starlight Centre}}.`,

  `School nurse concern: pupil {{NAME|Ngaiu}} (Year 8) disclosed self-harm; cuts to forearm, superficial. Parent Mrs {{NAME|Ralevu}} contacted. CAMHS referral sent; DSL Mr {{NAME|Eiríksson}} informed.`,

  `MARAC referral: victim {{NAME|Leidy Choc Caal}}, DOB {{DATE|22/03/1994}}, perpetrator {{NAME|Edgar Tut}} (partner). DASH score 17. Lives {{LOCATION|Colonia El Milagro, zona 6}}, {{LOCATION|Mixco}}. Safe number {{PHONE|+502 5447 1903}} - do not leave messages.`,

  `RESEARCH CONSENT LOG - study ASTRA-HF (REC 26/NW/0447)
| Participant ID | Name | Consented | Taken by | Version |
| {{ID|AHF-044-017}} | {{NAME|Morele Shehu}} | {{DATE|01/12/2026}} | {{NAME|R. Lleshi}} | v3.1 |
| {{ID|AHF-044-018}} | {{NAME|Teodur Buzi}} | {{DATE|02/12/2026}} | {{NAME|R. Lleshi}} | v3.1 |
| {{ID|AHF-044-019}} | {{NAME|Mahlet Asrat}} | {{DATE|03/12/2026}} | {{NAME|Tekli}} | v3.1 |
Note: participant 019 consented via interpreter (Amharic), interpreter {{NAME|Bizuayehu}}.`,

  `e-Consent audit: participant {{NAME|sigran pálsdóttir}} signed at 21:14 from IP {{IP|157.157.44.71}}; identity check by SMS to {{PHONE|+354 844 7190}}. Withdrawal of samples requested {{DATE|5 Dec 2026}}.`,

  `Biobank withdrawal: donor {{ID|BB-UZ-0047193}} ({{NAME|Shahnoza Ergasheva}}) asks that her DNA be destroyed; confirmed by Dr {{NAME|Temur Rasulov}} {{DATE|04-dekabr 2026}}.`,

  `Consent witnessed (thumbprint): {{NAME|Ravaka}}, participant {{ID|MAL-TB-0219}}, {{LOCATION|Fokontany Ambohimanarina}}; witness {{NAME|Hery Rakotobe}}. Study nurse {{NAME|Voahirana}}.`,

  `Trial screening failure: Mr {{NAME|Kapila Dissanayaki}}, eGFR 24 below cut-off. Screening no. {{ID|SCR-LK-0447}}. Told on {{DATE|Friday 4 December}}.`,

  `HOME CARE ROTA - week of {{DATE|7 Dec}}
Client: {{NAME|Edoth Callowai-Brink}} ({{AGE|97}}), {{LOCATION|9 Mill Lane}}, {{LOCATION|Hebdin Bridge}}. Key safe code held by the agency.
{{DATE|Mon}} 08:00 {{NAME|Ioanela}} / 12:30 {{NAME|Ioanela}} / 18:00 {{NAME|Teroq}} / 21:00 {{NAME|Teroq}}
{{DATE|Tue}} 08:00 {{NAME|Merewai}} / 12:30 {{NAME|Merewai}} / 18:00 {{NAME|Bugden}} / 21:00 {{NAME|Bugden}}
Double-up for hoist on mornings; district nurse visits {{DATE|Wed}} for leg ulcer.`,

  `Carer's log {{DATE|thurs}}: helped mrs {{NAME|callowai}} wash, ate half porridge, BP not taken. Pressure area sacrum red, non-blanching - rang DN. {{NAME|merewai}}`,

  `Home care note: Mr {{NAME|Otabek}} refused tea visit again, daughter {{NAME|Gulnore}} ({{PHONE|+998 90 447 19 03}}) says he is sleeping more. Medication in dosette untouched since {{DATE|Tuesday}}.`,

  `Reablement plan: {{NAME|Ane-Lusia Tuilago}}, lives with son at {{LOCATION|12 Kings Road}}, {{LOCATION|Lautoka}}; goals: stairs with rail, own shower. Visits 4/day for 2 weeks then review {{DATE|21/12/2026}}.`,

  `DENTAL REFERRAL
To: Oral and Maxillofacial Surgery, {{LOCATION|Mother Terese University Hospital Centre}}
Patient: {{NAME|Klodiana Rame}}, DOB {{DATE|19.06.1988}}, {{LOCATION|Rruga e Kavajës 142}}, {{LOCATION|Tirani}} {{ZIP|1001}}
Reason: impacted LR8 with recurrent pericoronitis (3 episodes this year), OPG shows root close to the IAN canal.
Medical: penicillin allergy (rash).
Referring dentist: Dr {{NAME|Arben Muça}}, {{LOCATION|Dental Studio Blloku}}, {{PHONE|+355 69 447 1903}}`,

  `Dental letter to GP: your patient {{NAME|Tenzon Dolkar}} attended with a non-healing extraction socket LL6 after 6 weeks; on zoledronic acid for myeloma since {{DATE|March 2024}}. Suspect medication-related osteonecrosis; referred on. {{NAME|Priye Ekanayake}}, BDS.`,

  `Orthodontic note: {{NAME|Manaia}}, 14, upper removable appliance fitted {{DATE|02/12/2026}}; wear 22 h a day. Mum {{NAME|Leote}} given spare case.`,

  `Domiciliary dental visit, {{LOCATION|Sunnysidi Care Home}}: resident {{NAME|Bertha}} ({{AGE|101}}) - ill-fitting upper denture, ulcer at the post dam. Denture eased; review 2 weeks. Dentist {{NAME|G. Ochirbet}}, GDC {{LICENSE|284719}}.`,

  `OPTOMETRY REPORT to GP
Patient: {{NAME|Ganner Baldursson}}, {{LOCATION|Hafnarstræti 44}}, {{ZIP|600}} {{LOCATION|Akureyro}}
Seen {{DATE|3.12.2026}}. VA R 6/9, L 6/24. IOP R 19, L 31 mmHg (Goldmann). Left disc cup:disc 0.8 with inferior notch; visual field: superior arcuate defect left.
Referred urgently to ophthalmology at {{LOCATION|Sjúkrahúsið á Akureyro}}.
Optometrist: {{NAME|Hrafnhildur Jónsdóttir}}, OCT ref {{ID|OCT-26-9912}}`,

  `Optom letter: ms {{NAME|tsetseg}}, diabetic retinopathy screening - R2 (pre-proliferative) left, M1 right. Referred {{DATE|04 DEC 2026}}. Camera {{DEVICE|TRC-NW400 SN 4471903}}.`,

  `Spectacle voucher (low income): {{NAME|Kodjo Menzah-Ekué}}, NI no. {{SSN|NX 71 44 90 D}}, voucher type C, issued {{DATE|1/12/26}}.`,

  `Contact lens complication: {{NAME|Linnea}} (student), left eye painful after swimming in lenses; Acanthamoeba excluded? Sent to eye casualty at {{LOCATION|Manchestir Royal Eye Hospital}} {{DATE|Sat}}.`,

  `ZOONOSIS CONTACT TRACING - brucellosis cluster
Index case: {{NAME|Nurlan Seitkalo}}, herder, {{LOCATION|Zhibek Zholy farmstead}} near {{LOCATION|Saryagash}} town
Exposure: assisted lambing without gloves, unpasteurised milk.
| Contact | Relation | Exposure | Serology (Rose Bengal) |
| {{NAME|Eigerom Seitkalo}} | wife | milk | positive |
| {{NAME|Daulit}} | son, 12 | lambing | negative |
| {{NAME|Yerlen Abenov}} | neighbour | raw cheese | pending |
Veterinary officer: Dr {{NAME|Bakhyt Omarov}}, {{PHONE|+7 725 447 1903}}`,

  `Rabies exposure log: {{NAME|Andris Tiul Coc}}, bitten by neighbour's dog (dog owner Doña {{NAME|Ruse Xol}}), {{LOCATION|Aldea Chisec}}, {{DATE|2 dic 2026}}. Category III: RIG + vaccine day 0, 3, 7, 14. Dog under observation by municipal vet.`,

  `Psittacosis trace: pet shop {{LOCATION|Birds & Beaks}}, {{LOCATION|Cheadle}}; staff member {{NAME|Kieren Doolan}} admitted with atypical pneumonia. Customers who bought parakeets {{DATE|1-20 Nov}} contacted (list held by UKHSA).`,

  `Q fever: goat farm worker {{NAME|Temuujin}} (lives {{LOCATION|Bayanzirkh 4th khoroo}}), phase II IgM positive. Herd owner Mrs {{NAME|Oyunchimig}} informed; 6 co-workers for serology.`,

  `Leptospirosis contacts (flood, {{LOCATION|Nausoro}}): {{NAME|Jone}}, {{NAME|Mereani}}, {{NAME|Saimoni Naivalu}} - doxycycline prophylaxis given {{DATE|03/12/2026}}. Rat control by the rural local authority.`,

  `Avian influenza contact: poultry culler {{NAME|Hasitha Bandare}}, {{LOCATION|Kurunegale}}; conjunctivitis day 3. Oseltamivir 75 mg bd. Swab sent to {{LOCATION|Medical Research Institute}}, ref {{ID|AI-26-0044}}.`,

  `Ethiopia, CT head request (Amharic/English form): ስም / Name: {{NAME|Almez Tadessi Bekeli}}, ዕድሜ {{AGE|93}}, card no. {{MRN|TASH-0447193}}, {{LOCATION|Kebele 07}}, {{LOCATION|Yeka}} sub-city. Fall with headache, on warfarin. Requesting: Dr {{NAME|Henok Assefa}}, {{LOCATION|Tikar Anbesse Specialized Hospital}}. Date {{DATE|24/03/2019}} E.C.`,

  `CBHI member {{HEALTH_PLAN|CBHI-AM-0447-1903}} - {{NAME|Getachiw Mulugete}}, {{LOCATION|Dibri Birhan}}; referral to {{LOCATION|Hakim Gizaw Hospital}} for echo, covered.`,

  `Fayda ID {{ID|4471 9036 2281}} verified for {{NAME|Hirat Demissie}} at pharmacy window ({{LOCATION|Kenema Pharmacy No. 4}}), {{DATE|Dec 4, 2026}}.`,

  `Cameroun - compte rendu opératoire
Patient : {{NAME|ATANGANA Marii-Clairi}}, {{AGE|90}} ans, {{LOCATION|quartier Mvog-Mbo}}, {{LOCATION|Yaoundé}}
Date : {{DATE|le 2 décembre 2026}}
Opérateur : Pr {{NAME|Emmanuil Ngowe}} ; aide : Dr {{NAME|Fombe}}
Indication : hernie inguinale droite étranglée. Geste : herniorraphie selon Shouldice, pas de résection.
Suites simples. Sortie prévue {{DATE|samedi}}. CNI {{ID|1140471903}}.`,

  `Lettre de liaison : Madame {{NAME|Ngo Ndjock Paulini}} est adressée au {{LOCATION|Centre Pastear du Cameroun}} pour charge virale VIH. Tél. {{PHONE|+237 6 77 44 71 90}}. Dr {{NAME|Tabi Eyong}}.`,

  `Bolivia - boleta de referencia: {{NAME|Fortunato Cundoro Ticone}}, CI {{ID|4827193 LP}}, SUS beneficiario {{HEALTH_PLAN|SUS-LP-2044719}}, desde {{LOCATION|Centro de Salud Villa Adele}} a {{LOCATION|Hospital de Clínicas}}, {{DATE|03-dic-2026}}. Motivo: abdomen agudo.`,

  `Bolivia, nota de enfermería: doña {{NAME|Eulogia}} ({{AGE|95}} años), quechua hablante, familiar {{NAME|Wilme Choqui}}. Dirección {{LOCATION|Zona Villa Copacabana, calle 4 nro 1190}}.`,

  `Guatemala - constancia: {{NAME|Brende Ixchel Tzal}}, DPI {{ID|2547 81963 0101}}, IGSS afiliación {{HEALTH_PLAN|IGSS-1-44719032}}, atendida en {{LOCATION|Hospital General San Juen de Dios}} el {{DATE|04/12/2026}}. Reposo 7 días.`,

  `Madagascar, fiche de consultation: {{NAME|Rasoanaivu Lalao}}, {{AGE|94}} taona, {{LOCATION|Lot II M 87 Antsahabe}}, {{LOCATION|Antananarivu}} {{ZIP|101}}. HTA 190/110, céphalées. {{DATE|4 Desambra 2026}}.`,

  `Sri Lanka clinic book entry: {{NAME|K.A. Sumanawathie}}, NIC {{ID|573450127V}}, {{LOCATION|No. 44/2, Temple Road}}, {{LOCATION|Nugegoda}}; HbA1c 9.2%. Next clinic {{DATE|2027.01.08}}. MO Dr {{NAME|Nirosha Gunatilleke}}, SLMC {{LICENSE|24471}}.`,

  `{{NAME|ranjith}} from the ward rang - his mother {{NAME|seelawathie}} (bed 12) is {{AGE|96}}, not 69 as on the label. Corrected in PAS.`,

  `Fiji - FNPF medical claim for {{NAME|Sailosi Tabua}}, claim no. {{ACCOUNT|FNPF-0447193}}, {{LOCATION|Lot 12 Namadi Heights}}, {{LOCATION|Suva}}. Claim amount FJD 640.`,

  `Albania - fletëdalje: {{NAME|Agron Kola}}, {{AGE|91}} vjeç, {{LOCATION|Lagjja 5, Durrës}}. Diagnoza: pneumoni e djathtë. Dalë më {{DATE|3 dhjetor 2026}}. Mjeku: Dr. {{NAME|Elone Bejko}}.`,

  `Georgia - referral: {{NAME|Keteven Lomidzi}}, personal no. {{ID|01024044719}}, {{LOCATION|Kutaisi}}, {{LOCATION|Temer Mepe St 18}}; universal health programme; echo at {{LOCATION|Kutaisi Referral Hospital}} on {{DATE|4/XII/2026}}.`,

  `Mongolia - эмнэлгийн хуудас: {{NAME|Цэрэндорж Батсүх}}, {{AGE|96}} настай, {{LOCATION|Сүхбаатар дүүрэг, 8-р хороо}}. ЭМД {{HEALTH_PLAN|ЭМД-0447193}}. {{DATE|2026.12.04}}.`,

  `Uzbekistan - yo'llanma: {{NAME|Saidakbar Nazarov}}, {{LOCATION|Mirobod tumani, Nukus ko'chasi 44-uy}}, {{LOCATION|Toshkint}} {{ZIP|100015}}; to {{LOCATION|Respublika Ixtisoslashtirilgan Kardiologiya Markazi}}, {{DATE|4-dekabr 2026}}.`,

  `Iceland - bréf: {{NAME|Sæmundur Geirsson}}, {{AGE|95}} ára, býr á {{LOCATION|Sólvangur}}, {{LOCATION|Hafnarfirði}}. Kennitala {{ID|120731-3389}}.`,

  `fax to {{LOCATION|Colombu South Teaching Hospital}} medical records: please send discharge summary for {{NAME|M.H. Fathime Rizne}}, BHT {{MRN|CSTH/26/44719}}. Our fax {{FAX|+94 11 276 4471}}, their fax {{FAX|+94 11 276 3390}}.`,

  `Email from patient's daughter ({{EMAIL|tiana.rakoto@example.mg}}): mother {{NAME|Bau}} missed her dialysis at {{LOCATION|Clinique Saint Michel}}, transport failed.`,

  `Patient portal link sent: {{URL|https://portal.example.is/p/44719-gbald}} (login for {{NAME|Baldvin Eggertsson}}), expires 72 h.`,

  `Remote monitoring server log: CGM upload from {{IP|10.44.71.90}} - device {{DEVICE|Dexcom G7 SN 8EF4471903}} - patient {{NAME|Ane Vakacegu}}.`,

  `Insulin pump replaced under warranty: old serial {{DEVICE|NG4471903H}}, new serial {{DEVICE|NG4472016H}}; pt {{NAME|Ólöf}}, {{DATE|04/12/2026}}.`,

  `Pacemaker check: {{NAME|Gie Chkheidze}}, Medtronic Azure XT DR, SN {{DEVICE|RNB447190S}}; RA 92%, RV 3%; battery 9 years.`,

  `Hearing aid lost on ward: resident Mrs {{NAME|Tevite}}, Phonak Audéo, right aid serial {{DEVICE|2247L44719}}. Reported to {{NAME|Sioni}} (ward clerk).`,

  `Parking fine appeal for relative: car {{VEHICLE|KX71 WHB}}, owner {{NAME|Dilruksho Fernandu}}, was visiting her father in ICU on {{DATE|1 December}}. Waived.`,

  `US pre-op clearance: {{NAME|Lurraini Ebernethi-Scott}}, SSN {{SSN|447-19-0388}}, Aetna member {{HEALTH_PLAN|W447190388}}, {{LOCATION|1144 Pinecrist Drive}}, {{LOCATION|Pocatellu}}, ID {{ZIP|83201}}. RCRI 1, METs > 4, proceed.`,

  `billing: account {{ACCOUNT|ACC-44719-0388}} for {{NAME|Ulugbek Tashkentuv}}, invoice sent to {{EMAIL|u.tashkentuv@example.uz}}.`,

  `Radiology request (vetting): CTPA for {{NAME|Feta Leavasa}}, Wells 5, D-dimer 2.1; requester Dr {{NAME|Ingibjerg}}, bleep 2290. Vetted by Dr {{NAME|Kobuladze}}: accepted, slot 16:00 today.`,

  `Bone density (DXA) report {{DATE|December 2, 2026}}: {{NAME|Pirpetue Ayuk-Ebai}}, L1-L4 T-score -3.1, femoral neck -2.7. FRAX major 24%. Requested by Dr {{NAME|Lum Ngwa}} ({{LOCATION|Kumba District Hospital}}).`,

  `Echo report: pt {{NAME|Chaminda Rathnayaki}}, LVEF 30% (Simpson biplane), LVIDd 6.4 cm, moderate functional MR. Sonographer {{NAME|Tharushi}}. Referrer Dr {{NAME|Peiris}}, {{LOCATION|Nawaloka Hospital}}.`,

  `Autopsy request (coroner not involved): deceased {{NAME|Jamyang Lhamo}}, died {{DATE|04/12/2026}} 03:20 on ward; next of kin husband {{NAME|Peme Wangdi}} consents to limited (chest only) post-mortem. Consent taken by Dr {{NAME|Orvar Hallgrímsson}}.`,

  `Lab specimen rejected: unlabelled EDTA tube received with form for {{NAME|ARAYE CHOQUEHUANCA, Delfín}}, MRN {{MRN|HCL-4471903}}. Ward informed (Sister {{NAME|Poma}}) {{DATE|05/12/2026}} 07:10.`,

  `Critical result phoned: K 7.1 (not haemolysed) for {{NAME|Ganbold Erdene}}, {{LOCATION|Songinokhairkhen}} GP. Taken by Dr {{NAME|Solongo}} 18:32.`,

  `Blood bank - emergency release: 4 units O negative to ED resus for unknown male ({{ID|UNKNOWN-447190}}, later identified as {{NAME|Viliame Koroo}}); MHP activated by Dr {{NAME|Raiwalui}} {{DATE|03/12/2026}} 22:47.`,

  `Anti-D given: Ms {{NAME|Gulshen Abdullaeva}}, 28/40, batch not recorded here; Kleihauer 2 mL FMH. Midwife {{NAME|Rath Ubo}}.`,

  `Day surgery list {{DATE|Fri 11/12}}: cataract (phaco + IOL) x6 - {{NAME|Bjarnason}}, {{NAME|Hallsdóttir}}, {{NAME|Lkhagva}}, {{NAME|Ravuvu}}, {{NAME|Mendoze Qaispi}}, {{NAME|Pereire}}. Surgeon Ms {{NAME|Tenagne Abera}}.`,

  `Section 17 leave form: {{NAME|Dmitro Aleksandrovich Orlov}}, escorted leave to {{LOCATION|Didsbury}} village, 2 h, with staff nurse {{NAME|Edaezi}}. Authorised {{DATE|04-12-2026}} by RC.`,

  `Tribunal decision: the patient ({{NAME|Malalai Noorzao}}) is discharged from Section 2 with effect from {{DATE|8 December 2026}}. Tribunal judge: Judge {{NAME|H. Caddick}}; medical member Dr {{NAME|S. Olatunjo}}.`,

  `CTO conditions: {{NAME|Kwebene Asanti-Darku}} to live at {{LOCATION|Beich House}} supported accommodation, {{LOCATION|48 Wellingtun Road South}}, {{LOCATION|Stockport}} {{ZIP|SK1 3UA}}, and accept depot (paliperidone) at {{LOCATION|Moorside CMHT}}.`,

  `safeguarding - verbal: neighbour phoned about old mr {{NAME|szabu-ravelo}}, shouting heard, no food in the house. Welfare check by police {{DATE|5/12}}.`,

  `Prevent referral considered and not made; discussed with safeguarding lead {{NAME|Nasron Hakimo}} ({{EMAIL|n.hakimo@example.nhs.uk}}) on {{DATE|3 Dec}}.`,

  `Occupational health - needlestick: {{NAME|Beatroz Memano}}, HCA, hollow-bore needle from source {{NAME|Ariel Quenta}} ({{MRN|HCL-4471988}}), source HIV/HBV/HCV negative. No PEP. Incident ref {{ID|DATIX-26-44719}}.`,

  `OH: seafarer medical (ENG1), {{NAME|Kaveinga Fifite}}, discharge book no. {{ID|FJ-SB-044719}}, passport {{ID|FP447190}}. Colour vision Ishihara 17/17. Fit, no restrictions, valid to {{DATE|04/12/2028}}.`,

  `OH: pilot class 1 renewal, {{NAME|Ívar Gunnlaugssun}}, licence {{LICENSE|IS.FCL.44719}}, ECG normal, audiogram normal.`,

  `Pathology: bone marrow trephine, pt {{NAME|Sh. Munkhtsetseg}} ({{AGE|90}}), plasma cells 38%, lambda restricted. Clinician Dr {{NAME|Enkhjargel}}.`,

  `Microbiology phoned: blood cultures x2 Brucella melitensis in {{NAME|Aigul Zhaksylyk}} (ward 3). IPC notified; lab staff exposure risk assessment for {{NAME|Marat}} and {{NAME|Saule}}.`,

  `GP letter, short: Thank you for seeing {{NAME|Timote}} again, sugar still high on Jardiance. Mob {{PHONE|021 447 1903}}.`,

  `{{NAME|Oyunae}} - bloods done, results to follow.`,

  `Message: {{NAME|Gjirgj}} cancelled, rebook {{DATE|Monday}}.`,

  `Ward round: ms {{NAME|ramanantsoa}} better, off O2, home tomorrow morning per team.`,

  `Physician associate note signed {{NAME|T. Ulziibayar}}, PA.`,

  `PRF (Iceland, translated): útkall {{ID|112-261203-0447}}, {{DATE|03.12.2026}} 16:05. Sjúklingur {{NAME|Hallgerður Ketilsdóttir}}, {{AGE|92}} ára, {{LOCATION|Bræðraborgarstígur 7}}, {{ZIP|101}} {{LOCATION|Reykjavok}}. Fall, shortened externally rotated left leg. Methoxyflurane. To {{LOCATION|Landspítalo Fossvogi}}.`,

  `Paramedic referral to falls team: Mrs {{NAME|Oksane Melnyk-Broght}}, 3rd fall in 2 months, lying BP 142/80, standing 104/66 at 3 min. GP Dr {{NAME|Abeysekera}}, {{LOCATION|Hiatun Moor Medical Group}}.`,

  `Air ambulance handover, {{LOCATION|Labasa}} to {{LOCATION|Suva}}: {{NAME|Asinate Nailatikau}}, 31/40, eclampsia, MgSO4 running. Husband {{NAME|Josaia}} on {{PHONE|+679 834 4719}}.`,

  `Ambulance crew note: patient's husband {{NAME|Khurshid}} drove her in their own car ({{VEHICLE|01 A 447 BC}}) before we arrived; we met them at {{LOCATION|Yunusobod}} metro.`,

  `Theatre list, emergency (CEPOD) {{DATE|Saturday 5th}}:
1. {{NAME|Gelovano}}, 44, lap appendicectomy - consent signed
2. {{NAME|Rakotondrabe}}, 71, laparotomy for perforated DU - HDU bed booked
3. {{NAME|B. Tserendulam}}, {{AGE|90}}, washout of infected hip - family ({{NAME|Naraa}}) aware of risk
Anaesthetist on call Dr {{NAME|Kiflom}}.`,

  `Swab count discrepancy ({{DATE|4/12/2026}}, theatre 6): resolved on X-ray; scrub nurse {{NAME|Ellie Vanua}}, circulating {{NAME|Kalolaine}}. Patient {{NAME|Rastem Kholmatov}} not harmed.`,

  `Blood bank note: {{NAME|Amalia Coyoy}} has anti-Kell; Kell-negative units sourced from {{LOCATION|Banco Nacional de Sangre}}; ETA 2 h.`,

  `Platelet refractoriness: HLA class I antibodies in {{NAME|Tsegereda}}; matched platelets from donor {{ID|D-ET-447190}}. Haematology SpR {{NAME|Biruk Alema}}.`,

  `Dental emergency: {{NAME|lanieta}} (9) avulsed UR1 at school ({{LOCATION|Suva Grammar School}}), tooth in milk, replanted at 45 min and splinted. Tetanus up to date.`,

  `Dentist to GP (short): Please check INR before extractions for Mr {{NAME|Ilia Mchedlidze}}, {{LOCATION|Rustaveli Dental}}, {{PHONE|+995 32 244 7190}}.`,

  `Eye clinic letter: {{NAME|Robertu Choc}}, {{LOCATION|Cobán}}, right eye pterygium excised with conjunctival autograft {{DATE|1 Dec 2026}}. Review at {{LOCATION|Visualiza}} clinic 2 weeks.`,

  `Low vision aids: {{NAME|Hannes}} (wet AMD both eyes) issued a 4x illuminated magnifier and CCTV; RNIB helpline number given. Lives {{LOCATION|Grandavegur 12}}.`,

  `Contact tracing - TB (household): index {{NAME|Nilmino Hereth}}, smear 2+. Household: {{NAME|Sunol Hereth}} (husband), {{NAME|Sachini}} (6), {{NAME|Dilshan}} (3, IGRA not for under-5s, start TPT), grandmother {{NAME|Podi Meniki}} ({{AGE|91}}). Address {{LOCATION|Walpola, Ragama}}.`,

  `Anthrax - cutaneous, butcher {{NAME|Mesfin Kassa}} (slaughterhouse {{LOCATION|Bahor Dwar Abattoir}}), 4 co-workers started on ciprofloxacin; carcass disposal by woreda vet Dr {{NAME|Yohannos}}.`,

  `Hantavirus suspected: farmworker {{NAME|Lissandro Coce Mendoze}}, {{LOCATION|Comunidad Santa Ruse}}, {{LOCATION|Caranavi}}; rodent droppings in grain store. Family of 5 under observation.`,

  `Plague (bubonic) notification: {{NAME|Rakotonirina Fidy}}, 17, {{LOCATION|Commune Ambositra}}, inguinal bubo, F1 antigen RDT positive, {{DATE|02/12/2026}}. Contacts given doxycycline: 8. Notified by Dr {{NAME|Haja}}.`,

  `Tick bite clinic (Georgia/Crimean-Congo area): {{NAME|Leven Maisuradze}}, shepherd, {{LOCATION|Dedoplistskaro}}; platelets 42, AST 310. Isolated. Contacts: brother {{NAME|Zureb}}.`,

  `Dog bite, Fiji: {{NAME|Mosese}} bitten by pig-hunting dog; owner {{NAME|Tomasi Qarase}}. Wound irrigated, co-amoxiclav. No rabies in Fiji.`,

  `HIV pre-exposure clinic slip: {{NAME|L. Tuiloma}}, clinic no. {{MRN|GUM-FJ-0447}}, PrEP started {{DATE|04/12/2026}}.`,

  `Referral accepted by {{LOCATION|Kandi Cancer Centre}}. Letter to pt {{NAME|W.G. Somawathi}} posted to {{LOCATION|Ampitiya Road}}, {{LOCATION|Kandi}} {{ZIP|20000}}.`,

  `Occupational asthma: {{NAME|Gulchehra}}, baker at {{LOCATION|Non Uyi Bakery}}; serial PEF Oasys score 3.4 (work effect), specific IgE wheat flour positive.`,

  `Silica exposure surveillance (stonemasons, {{LOCATION|Ingólfs Steinsmiðja}}): {{NAME|Arnar}}, {{NAME|Kristófer}} and {{NAME|Piutr Wiśniewsko-Ráðsson}} - CXR ILO 0/0; {{NAME|Egill}} - ILO 1/0, refer.`,

  `Vibration white finger: Mr {{NAME|Sergo Bakradze}}, forestry worker; Stockholm scale 2V, sensorineural 2SN. Letter to employer ({{LOCATION|Borjomi Forest Enterprise}}).`,

  `{{AGE|ninety-three}} today and still driving - {{NAME|Pálmi}} asks if he needs a medical for his licence.`,

  `Pre-employment: {{NAME|rosalíe tzuc}} - MMR x2 documented, varicella IgG positive, TB IGRA negative. Clear for paediatric ward.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Occupational health fitness categories: fit; fit with adjustments (hours, duties, equipment); temporarily unfit; permanently unfit. Consider the Equality Act 2010, Access to Work, and phased return over 4 weeks. Night-shift workers: Epworth, STOP-BANG, HbA1c.`,
  `OH surveillance schedule: audiometry (HSE categories 1-4) yearly for noise over 85 dB(A); spirometry and symptom questionnaire for isocyanates, flour and latex; skin checks for wet work; HAVS tiers 1-5 with Stockholm scale; lead in blood over 50 µg/dL means suspension.`,
  `Radiology classifications: BI-RADS 0-6, TI-RADS, LI-RADS, PI-RADS v2.1, Lung-RADS, Bosniak (renal cysts), Fleischner Society nodule guidance, Schatzker (tibial plateau), Weber A-C (ankle), Garden I-IV (hip), Salter-Harris I-V, Kellgren-Lawrence 0-4.`,
  `Radiological signs: Kerley B lines, bat-wing oedema, Hampton hump, Westermark sign, deep sulcus sign, Golden S sign, air crescent sign, double bubble, coffee bean sign, Rigler sign, target sign, string sign of Kantor, Chilaiditi sign, Codman triangle, sunburst.`,
  `Pathology terms: Reed-Sternberg cells, Auer rods, Russell bodies, Mallory-Denk bodies, Councilman bodies, Aschoff bodies, Schiller-Duval bodies, Call-Exner bodies, Psammoma bodies, Gleason 4+3, Breslow thickness, Clark level, Nottingham grade 2, Ki-67 30%.`,
  `Immunohistochemistry panel: CK7, CK20, TTF-1, napsin A, GATA3, PAX8, CDX2, SOX10, S100, HMB-45, Melan-A, CD20, CD3, CD30, CD34, CD117 (KIT), DOG1, synaptophysin, chromogranin, p16, p40, ER, PR, HER2 (IHC 2+, ISH reflex), PD-L1 22C3.`,
  `Medicines reconciliation standard: two sources within 24 hours of admission (GP record, Summary Care Record, patient's own drugs, community pharmacy, care home MAR); record allergies with reaction; flag high-risk drugs (warfarin, DOACs, insulin, methotrexate weekly, lithium, clozapine, opioids).`,
  `Brands and generics: Eliquis (apixaban), Lixiana (edoxaban), Pradaxa (dabigatran), Januvia (sitagliptin), Trulicity (dulaglutide), Spiriva Respimat, Fostair NEXThaler, Relvar Ellipta, Seretide Accuhaler, Clexane, Fragmin, Zomorph, Sevredol, Movicol, Laxido, Adcal-D3, Fultium.`,
  `Ambulance protocols: ABCDE, ATMIST handover, SBAR, NEWS2 (score 5 urgent, 7 emergency), FAST and BE FAST, JRCALC guidance, ROSIER, Glasgow Coma Scale, AVPU, Pain score 0-10, Entonox and methoxyflurane (Penthrox), Kendrick splint, scoop stretcher, LUCAS chest compression device.`,
  `Major haemorrhage protocol: pack 1 = 4 units red cells + 4 FFP; pack 2 adds platelets and cryoprecipitate; tranexamic acid 1 g within 3 hours (CRASH-2); targets Hb over 80, platelets over 75, fibrinogen over 1.5 g/L; ROTEM or TEG where available; O negative for women of childbearing age.`,
  `Blood groups and antibodies: ABO, RhD, Kell, Duffy (Fya, Fyb), Kidd (Jka, Jkb), MNS, Lewis, Lutheran; Bombay phenotype; anti-D prophylaxis at 28 weeks (1500 IU); Kleihauer-Betke test; direct antiglobulin (Coombs) test; TRALI, TACO, FNHTR, delayed haemolytic reaction.`,
  `WHO Surgical Safety Checklist: sign in, time out, sign out; ASA grades I-VI; Mallampati I-IV; Cormack-Lehane grades; Caprini and Padua VTE scores; NCEPOD categories immediate, urgent, expedited, elective; swab, needle and instrument count.`,
  `Theatre and unit names: Main Theatres 1-8, Day Surgery Unit, Endoscopy Suite, Cath Lab 2, Hybrid Theatre, Recovery (PACU), Surgical Assessment Unit, Fracture Clinic, Plaster Room, Eye Theatre, Ward 12 (orthogeriatrics), Ward 4A, HDU, ITU.`,
  `Mental Health Act 1983 (England and Wales): Section 2 assessment up to 28 days; Section 3 treatment up to 6 months; Section 4 emergency; 5(2) and 5(4) holding powers; Section 17 leave; Section 117 aftercare; Section 135 and 136; CTO with conditions; second opinion appointed doctor for treatment after 3 months.`,
  `Psychiatric rating scales: PANSS, BPRS, HoNOS, HAM-D, MADRS, PHQ-9, GAD-7, Y-BOCS, AUDIT-C, CIWA-Ar, COWS, MoCA, ACE-III, Clinical Frailty Scale, Columbia suicide severity rating scale; clozapine levels 0.35-0.5 mg/L; Glasgow Antipsychotic Side-effect Scale.`,
  `Safeguarding categories (Care Act 2014): physical, sexual, psychological, financial, neglect, self-neglect, discriminatory, organisational, modern slavery, domestic abuse. Making Safeguarding Personal. Children: Working Together 2023, MASH, section 47 enquiry, child protection medical, Gillick and Fraser.`,
  `Research governance: ICH-GCP E6(R3), Declaration of Helsinki, informed consent form version control, participant information sheet, Caldicott principles, data minimisation, pseudonymised participant codes, right to withdraw samples, Human Tissue Act licence, CONSORT and STROBE checklists.`,
  `Home care tasks: personal care, medication prompt versus administer (MAR chart), pressure area checks (Waterlow, Braden), SSKIN bundle, catheter care, Sara Stedy, rotunda, slide sheets, ceiling hoist, key safe, falls pendant, visits on Mondays and Thursdays only where agreed.`,
  `Dental charting: FDI two-digit notation (11-48), Palmer notation, BPE codes 0-4 and *, DMFT index, Black classification of cavities, Angle class I-III malocclusion, IOTN grades, Ellis fracture classes, Miller mobility grades, medication-related osteonecrosis (MRONJ) risk with denosumab and bisphosphonates.`,
  `Optometry and eye tests: Snellen and logMAR acuity, Ishihara plates, Amsler grid, Goldmann applanation, Humphrey 24-2 fields, OCT, slit lamp with Van Herick angle grading, Schirmer test, fluorescein, Marcus Gunn pupil, Argyll Robertson pupil, Adie pupil, Hess chart.`,
  `Eponymous eye conditions: Fuchs endothelial dystrophy, Coats disease, Stargardt disease, Best disease, Leber hereditary optic neuropathy, Vogt-Koyanagi-Harada, Posner-Schlossman, Terson syndrome, Purtscher retinopathy, Kayser-Fleischer ring, Brushfield spots, Horner syndrome.`,
  `Zoonoses list: brucellosis (Brucella melitensis, B. abortus), Q fever (Coxiella burnetii), leptospirosis (Weil disease), psittacosis (Chlamydia psittaci), anthrax (Bacillus anthracis), plague (Yersinia pestis), tularaemia, hantavirus, orf, cat-scratch (Bartonella henselae), toxoplasmosis, echinococcosis, avian influenza H5N1.`,
  `Place-named infections and syndromes: Crimean-Congo haemorrhagic fever, Rift Valley fever, Lassa, Marburg, Ebola, Nipah, Hendra, Kyasanur Forest, Omsk haemorrhagic fever, Murray Valley encephalitis, Ross River virus, Oropouche, Mayaro, Chikungunya, Lyme, Stockholm syndrome, Munchausen syndrome.`,
  `Genes (hereditary cancer and cardiac): BRCA1, BRCA2, PALB2, CHEK2, ATM, MLH1, MSH2, MSH6, PMS2, EPCAM, APC, MUTYH, STK11, CDH1, PTEN, VHL, RET M918T, MYBPC3, MYH7, KCNQ1, KCNH2, SCN5A, LMNA, TTN truncating variants, TTR V122I.`,
  `Scores in one line: Wells (DVT) 2, Geneva 4, PESI class II, GRACE 128, TIMI 3, HEART 4, CHA2DS2-VASc 3, ORBIT 1, Glasgow-Blatchford 6, Ranson 2, BISAP 1, Alvarado 7, PAS 6, Rockwood CFS 5, Waterlow 15, MUST 2, Barthel 65, Rankin 3.`,
  `Ages and years for the audit: patients aged 18, 45, 67, 79 and 89; cohort born 1936-1950; data 2019 to 2025; device implanted 2017, replaced 2024; the oldest in the sample was in her late eighties. Nonagenarians and centenarians reported as one band.`,
  `Ethiopia, Cameroon and Madagascar notes (no names): community-based health insurance schemes; Ethiopian calendar 13 months; podoconiosis and tungiasis; Buruli ulcer (Mycobacterium ulcerans); plague season October to April in the central highlands; artesunate for severe malaria.`,
  `Bolivia, Guatemala and Sri Lanka notes: Chagas (Trypanosoma cruzi) - benznidazole 60 days; high-altitude polycythaemia; onchocerciasis elimination; chronic kidney disease of unknown aetiology (CKDu) in agricultural workers; leptospirosis after paddy work; kidney stones with low fluid intake.`,
  `Iceland, Georgia, Albania, Mongolia, Uzbekistan and Fiji (country terms only): Icelandic kennitala format, Georgian personal numbers, Albanian NID letters, Mongolian register numbers, Uzbek PINFL, Fiji FNPF; brucellosis in pastoral areas; rheumatic heart disease screening by echo in schools.`,
  `Weekly clinic timetable: Mondays fracture clinic, Tuesdays diabetic eye screening, Wednesdays OH walk-in 09:00-12:00, Thursdays blood bank training, Fridays theatre list review; Saturday mornings phlebotomy only. Bank holidays closed.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter20', '/tmp/deid-ood-letters20.jsonl');
