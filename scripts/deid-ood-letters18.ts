/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-second session: short and long clinician
 * texts of kinds beyond letters14-17: telehealth and virtual-ward visit summaries, physiotherapy, occupational-therapy,
 * speech-and-language, podiatry and dietetic notes, hospice and palliative admission, outreach, aide and
 * recertification notes, vaccination records and cards (child, adult, travel, school, rabies), insurer correspondence
 * (prior authorisation, claims, replies), lab requisitions, specimen labels and rejections, audiology reports
 * (audiogram, newborn screen, cochlear implant, industrial screen, tinnitus), patient-portal messages written by
 * clinicians, MDT and tumour-board minutes, interpreter bookings and logs, medicines reconciliation, genetic
 * counselling, sleep study, dialysis, cardiac rehab, prosthetics, chaplaincy, social work, ambulance handover, poison
 * centre, pacemaker remote monitoring, IVF, organ donation, telepsychiatry, aviation, diving and sports medicals,
 * radiology requests, CSV extracts, billing, transport, IT and audit lines, and one-line messages; written in the
 * styles of Kenya, Ukraine, Peru, Bangladesh, Morocco, Indonesia, Portugal, Egypt, Chile, Thailand, Romania, Ghana,
 * Myanmar, Nepal, Colombia, Uganda, South Africa, New Zealand, Nigeria, Somalia, Eritrea, Afghanistan, Wales, Ireland,
 * the UK and the US (local words kept: Puskesmas, CHPS, USF, Centro de Saúde, Hay, Jl., Jr., Pasaje, Travessa, Str.,
 * вул., รพ.สต., upazila, Char, Trung tâm Y tế). Human patients only. Written by hand by engineer author on 2026-12-05
 * (twenty-second session) without reading the engine's rules or lexicons, and never run through ddx by its author. It
 * is scored by the lead only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, tables, CSV rows, attendance lists, MDT minutes,
 * greetings, signatures, lower case, all caps, surname first, hyphenated, initials, Cyrillic and Thai script); lone
 * surnames and lone first names; places of every kind (streets, flats, villages, districts, upazilas, communities,
 * schools, nurseries, employers, pharmacies, funeral directors, hospices, facilities in local languages); ages over 89
 * as digits and words ("aged 94", "(94)", "94yo", "Age 93", "91 yrs", "90 років", "93 tahun", "92 años", "92 anos",
 * "90 ani", "95 ปี", "95 y", "ninety-four"); dates in many formats and calendars (04/12/2026, 12/4/2026, 2026-12-04,
 * 04.12.2026, 4.12.26, 03-12-26, 2026/12/20, "December 3rd, 2026", "4th January, 2027", "3 de dezembro de 2026",
 * "10 dic 2026", "5 Desember 2026", "4 грудня 2026", Thai Buddhist-era 4/12/2569 and "1 ธ.ค. 2569", ISO timestamps,
 * weekdays, month-year); IDs of many shapes (Kenyan, Peruvian DNI, Bangladeshi NID, Moroccan CIN, Indonesian NIK,
 * Portuguese NIF, Egyptian national ID, Chilean RUT, Colombian cédula, Thai ID, Romanian CNP, Ukrainian RNOKPP, Ghana
 * Card, passport, study, booking, accession, consent, call and ticket numbers); health plans (NHIF, SHA, NHIS, BPJS,
 * SIS, ISAPRE, CNSS/AMO, CNAS card, Medicare, insurer policies); licences (KMPDC, HCPC, cédula profissional, parafa,
 * INPE, OM, NPI, pilot and driving licences); phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6; device
 * serials (hearing aids, cochlear processor, CPAP, oximeter, syringe and feeding pumps, pacemaker, dialysis machine,
 * sound generator); vehicle plates of several countries; US SSNs and a UK NI number. Every name, address and number is
 * invented; institution names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters17.ts: PHI is marked inline as {{TYPE|text}}; titles and kinship or
 * honorific words ("Dr", "Mrs", "Mr", "Ms", "Sr.", "Sra.", "Mme", "Ibu", "Daw", "Ko", "Most.", "mama", "Chief",
 * "late", "Q.F.", "NP") stay outside a name, facility words inside; US states, provinces, regions, counties and
 * countries are not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and
 * dates named by a weekday are DATE, "today", "tomorrow" and "yesterday" are not marked; numbered wards, units, rooms,
 * bays, stations and bed numbers are not marked. An AGE span is one stated exact age over 89, only its number or
 * number word. Medical-council, therapy-council, pharmacy, pilot and driving-licence numbers are typed LICENSE;
 * national and other ID numbers ID (a UK NI number and a US SSN are typed SSN); NHS, SNS and hospital numbers MRN;
 * health-insurance numbers HEALTH_PLAN; claim, prescription and billing account numbers ACCOUNT; postcodes of any
 * country ZIP; a DEVICE span is the serial only (make and model outside); employers, pharmacies, nurseries and funeral
 * directors are marked as places, insurers and agencies are not. Before writing, the script checks every gold span
 * (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms (Parkinson, Alzheimer, Guillain-Barré, Ménière, Charcot, Morton, Pickwickian,
 * Cheyne-Stokes, Harris-Benedict, Clavien-Dindo), place-named diseases and tools (Lyme, Ebola, West Nile, Lassa,
 * Omsk, Liverpool Care Pathway, Lake Louise score), scales and scores, drugs and devices (generic and brand),
 * organisms, gene names and variants, ward and unit names, ages under 90, bare years and codes (ICD-10, ICD-11,
 * SNOMED CT, LOINC, CPT, ATC), which must stay.
 *   node --import tsx scripts/deid-ood-letters18.ts [--out /tmp/deid-ood-letters18.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters18.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `TELEHEALTH VISIT SUMMARY
Platform: video (patient at home), consent to virtual care recorded
Patient: {{NAME|Wanjoru Kameu-Otiino}}   DOB {{DATE|14/02/1958}}   Clinic no. {{MRN|KNH/OPD/771094}}
Visit date {{DATE|03/12/2026}}, 09:40 EAT
History: 68-year-old with type 2 diabetes, home glucose 9-14 mmol/L, foot tingling. No chest pain.
Plan: increase metformin to 1 g BD, add empagliflozin 10 mg. Foot check at {{LOCATION|Githurei Health Centre}} next week.
Clinician: Dr {{NAME|Nyaboke Ochiing'}}, KMPDC {{LICENSE|A 9921}}
Call-back number given by patient: {{PHONE|0722 418 306}}`,

  `Telehealth (phone only, video failed): {{NAME|ostap}} rang from his daughter's flat in {{LOCATION|Vinnytsoa}}, BP 168/94 on his own cuff, headache settled. Continue amlodipine, recheck {{DATE|Friday}}.`,

  `Virtual ward review {{DATE|2026-12-04}} 14:10
Pt: {{NAME|HUAMENÍ QUOSPE, Roselía}}  DNI {{ID|40917263}}
SpO2 93% on air at home, RR 20 per patient count. Remote oximeter S/N {{DEVICE|OXR-5521-7730}}.
Escalation contact: son {{NAME|Teodulo}}, {{PHONE|+51 984 226 117}}.`,

  `PHYSIOTHERAPY INITIAL ASSESSMENT
Name: {{NAME|Shiron Aktir Munni}}   Hosp no {{MRN|DMCH-26-0093311}}   Age 47
Referred by Dr {{NAME|Mahbubul Alum}} for right frozen shoulder, 5 months.
Flexion 95°, abduction 70°, external rotation 15°. SPADI 68/100.
Plan: graded capsular stretches, home programme, 6 sessions at {{LOCATION|Mirpur Physio Point}}, {{LOCATION|Road 7, Section 10}}.
Physio: {{NAME|R. Chakmo}}`,

  `Physio note {{DATE|5/12}}: mr {{NAME|uyelaren}} walked 40 m with frame, Berg 38/56. Wife {{NAME|titilope}} asked about stairs at home in {{LOCATION|Ogbomoso}}.`,

  `Physiotherapy discharge letter
To: Dr {{NAME|Onês Carvalhais}}, {{LOCATION|USF Ribeora Nova}}, {{LOCATION|Rua do Almada 212}}, {{ZIP|4050-032}} {{LOCATION|Purto}}
Re: {{NAME|Albertino Sequeira Lopis}}, nº utente SNS {{MRN|284 117 903}}
Post ACL reconstruction (left), 16 weeks. Single-leg hop symmetry 88%, Lysholm 90. Discharged to gym programme.
Fisioterapeuta {{NAME|Joena Vilarinho}}, cédula profissional {{LICENSE|C-051274}}`,

  `DIETETIC ASSESSMENT - renal clinic
Patient {{NAME|Hada Abdelrahim Solimen}}, national ID {{ID|25808141402337}}, CKD 4 on no dialysis.
Weight 61 kg (usual 66), potassium 5.9 mmol/L, phosphate 1.8 mmol/L.
Diet history: molokhia, dried dates and orange juice daily; advised low potassium swaps.
Review {{DATE|2026/12/20}} at {{LOCATION|Kasr Al Ainy}} outpatients, room 14.
Dietitian: {{NAME|Marwa El-Sharqawy}}`,

  `Dietitian phone review: mrs {{NAME|ferreora-gato}} (no, the daughter, {{NAME|Luciena}}, answered) - tube feed 1.5 kcal/mL at 60 mL/h, tolerating. Next review {{DATE|9 Dec}}.`,

  `Dietetics referral: {{NAME|Nakamatte Proscovia}}, {{AGE|92}} yrs, MUST 3, weight loss 8% in 3 months. Lives {{LOCATION|Kisaasi}}. Referrer: ward 6 charge nurse.`,

  `HOSPICE ADMISSION NOTE
{{LOCATION|Nyumbani Hospice Kilimani}}, admitted {{DATE|1 December 2026}}
Name: {{NAME|Koprotoch arap Sang}}   Age {{AGE|93}}   NHIF {{HEALTH_PLAN|6622190}}
Dx: metastatic prostate cancer, bone pain. PPS 30%.
Syringe driver: morphine 20 mg + midazolam 10 mg /24 h; pump serial {{DEVICE|T34-449217}}.
Next of kin: granddaughter {{NAME|Chebit}}, {{PHONE|0733-902-114}}`,

  `Palliative care MDT: Mrs {{NAME|Ioena Dumitriscu-Pavil}} ({{AGE|95}}), {{LOCATION|Str. Mihei Eminescu nr. 41}}, {{LOCATION|Claj-Napuca}} - for home death, family agree. DNACPR signed {{DATE|02.12.2026}}. GP Dr {{NAME|Soron Blăjan}} informed.`,

  `Hospice night note 03:20: {{NAME|aponya}} settled after breakthrough dose. Son {{NAME|Somchei}} staying in the family room.`,

  `Palliative outreach, {{DATE|3 de dezembro de 2026}}: Sr. {{NAME|Abílio Mendonça Rego}}, 87, {{LOCATION|Bairro da Sé}}, {{LOCATION|Évora}}. Dyspnoea at rest, oramorph 2.5 mg PRN effective. Wife {{NAME|Aurelina}} coping.`,

  `VACCINATION RECORD
Child: {{NAME|Ema Serwea Boadzie}}   DOB {{DATE|17-06-2025}}   Child Health Record no. {{ID|CHR/ASH/25/08817}}
Facility: {{LOCATION|Suame Maakro CHPS}}, {{LOCATION|Kumesi}}
BCG + OPV0 {{DATE|18-06-2025}}; Penta1/PCV1/Rota1/OPV1 {{DATE|30-07-2025}}; measles-rubella 1 {{DATE|17-03-2026}}; yellow fever {{DATE|17-03-2026}}.
Mother: {{NAME|Akosaa Dankwah}}, NHIS no. {{HEALTH_PLAN|44071922}}`,

  `Immunisation certificate (travel): {{NAME|Merik Stolarczyk-Wiąz}}, passport {{ID|EH4471902}}. Yellow fever vaccine (Stamaril) given {{DATE|29 Nov 2026}}, batch W1A447, at {{LOCATION|Nomad Travel Clinic Deansgete}}. Valid for life.`,

  `Flu clinic list {{DATE|Sat 5 Dec}}:
09:00 {{NAME|Ogunsola}} - given
09:05 {{NAME|Pirjo Lehtikangas}} - given
09:10 {{NAME|b. rahmatulleh}} - DNA
09:15 {{NAME|Wiesia}} - deferred (febrile)`,

  `Vaccine record, Indonesia: An. {{NAME|Putri Eyu Wulandari}}, NIK {{ID|3273015206190004}}, lahir {{DATE|12 Juni 2019}}. DPT-HB-Hib 4 dan MR 2 diberikan {{DATE|4 Desember 2026}} di {{LOCATION|Puskesmas Cibeunying}}. Ibu: {{NAME|Soti Rohmawati}}.`,

  `Dear Dr {{NAME|Okyere}},
RE: prior authorisation - semaglutide 1 mg weekly
Member: {{NAME|Kwabina Asamoeh-Frimpung}}   Policy {{HEALTH_PLAN|GLICO-H-0044172}}
We are unable to approve this request as submitted. BMI 31 kg/m2 with HbA1c 8.4% meets criteria; please attach the last two HbA1c results dated within 6 months.
Claims Unit, letter ref {{ACCOUNT|PA-2026-118442}}, dated {{DATE|December 2, 2026}}`,

  `INSURER CORRESPONDENCE
From: Medical Claims, Pacifico Seguros
To: {{LOCATION|Clínica San Burja Norte}}, Admisión
Asegurado: {{NAME|Fiorilla Canchari Yupanqai}}   Póliza {{HEALTH_PLAN|PS-EPS-7709142}}   Siniestro {{ACCOUNT|SIN-26-004417}}
Hospitalisation {{DATE|21/11/2026}} to {{DATE|25/11/2026}} for laparoscopic cholecystectomy approved; pathology report requested.`,

  `Reply to insurer query (claim no. {{ACCOUNT|88-2207-4410}}): the MRI lumbar spine for Mr {{NAME|Thaddeas Okunkwo-Brierley}} was requested after 8 weeks of sciatica with foot drop (MRC 3/5), not routinely. Signed Dr {{NAME|Heskith}}, {{DATE|12/03/2026}}.`,

  `LAB REQUISITION
Patient: {{NAME|Nguyin Thi Boch Phuong}}   Sex F   DOB {{DATE|1971-08-22}}
MRN {{MRN|00-447-219}}   Ward: Acute Medical Unit
Tests: FBC, U&E, LFT, CRP, blood cultures x2, lactate
Clinical details: fever 39.1, rigors, ?biliary sepsis
Requested by: Dr {{NAME|A. Zubiri}}  bleep 4417   Collected {{DATE|05/12/2026}} 07:55 by {{NAME|kwamina}}`,

  `Requisition form (Romania): Nume {{NAME|Ciobotaru Viorica}}, CNP {{ID|2580412124371}}, vârsta {{AGE|91}} ani. Analize: hemoleucogramă, uree, creatinină, TSH. Medic trimițător dr. {{NAME|Horia Iepure}}, parafa {{LICENSE|B41772}}.`,

  `Specimen label: {{NAME|EL IDRISSI Fatoma-Zihra}} / {{DATE|03-12-26}} / urine MC&S / {{MRN|CHU-IR-2026-55120}}`,

  `Lab requisition (Thailand): ชื่อ {{NAME|Kanokwan Srisawat}} HN {{MRN|66-014472}} อายุ {{AGE|95}} ปี. Test: HbA1c, lipid profile, creatinine. Date {{DATE|4/12/2569}}. Dr {{NAME|Pakorn}}, {{LOCATION|Rajavithi}} OPD.`,

  `AUDIOLOGY REPORT
Name: {{NAME|Yevhenioa Hrytsinko}}   Date of test {{DATE|02 Dec 2026}}
Pure tone audiogram: bilateral sloping sensorineural loss, 4-frequency average right 52 dB HL, left 48 dB HL. Tympanometry type A both ears. Speech discrimination 80%.
Fitted: Phonak Audéo L90 (right S/N {{DEVICE|2247A1190}}, left S/N {{DEVICE|2247A1191}}).
Audiologist: {{NAME|Liudmyla Zaporozhets}}, {{LOCATION|Kharkov Regional Clinical Hospital}}`,

  `Audiology: newborn hearing screen (AABR) refer on left for baby {{NAME|Nurhaliza}}, born {{DATE|28/11/2026}}. Diagnostic ABR booked at {{LOCATION|Hospital Selayang}}. Parent phone {{PHONE|012-774 9031}}.`,

  `Audiology note: cochlear implant mapping, {{NAME|thaboso}} ({{NAME|Mokoina}}), processor serial {{DEVICE|CP1150-0044817}}. Impedances normal, comfort levels raised 5 CL on electrodes 18-22.`,

  `Portal message from Dr {{NAME|Castañida}} to patient, {{DATE|12/4/2026}} 4:12 PM:
Hi {{NAME|Marisul}}, your thyroid results are back. TSH is 7.8 (slightly high) and free T4 is normal. This is mild; no treatment yet. Let's repeat in 8 weeks - book at the front desk or call {{PHONE|(505) 271-4408}}.
- Dr. {{NAME|Ignacoo Castañida}}, {{LOCATION|Westside Family Medicine}}`,

  `MyChart message (clinician to patient): Dear Mr. {{NAME|Adebowele}}, your colonoscopy biopsies showed a small adenoma, completely removed. Repeat in 5 years. Please update your address - letters to {{LOCATION|1148 Pinewood Terrace}}, {{LOCATION|Hyattsville}}, MD {{ZIP|20783}} are returned.`,

  `Portal reply: {{NAME|Fanmi}}, I saw your photos. The rash looks like shingles; I have sent valaciclovir to your pharmacy. Dr {{NAME|Odaya}}.`,

  `MDT MEETING MINUTES - Upper GI cancer
Date {{DATE|Thursday 3 December 2026}}, chair Mr {{NAME|Rhudri Penhaligun}}
Present: Dr {{NAME|Anusha Wickramaretne}} (radiology), Dr {{NAME|Tumesz Zwierzyniec}} (histopathology), CNS {{NAME|Dympne Corrigan}}
1. {{NAME|HELLOREN-BYRNE, Peadar}}, {{MRN|RJ1 774 0918}}: oesophageal adenocarcinoma T3N1 on EUS; for neoadjuvant FLOT, CT in 3 cycles.
2. {{NAME|Esperenza Quilca Mameni}}, {{MRN|RJ1 774 2201}}: gastric GIST 4 cm, for laparoscopic wedge resection.
Next meeting {{DATE|10/12/2026}}.`,

  `Breast MDT outcome: {{NAME|Şükran Elmacıoğlu}}, {{AGE|90}}, grade 2 ER+ HER2- 18 mm. Primary endocrine therapy (letrozole) given age and frailty. Breast care nurse {{NAME|Morwinna}} to ring.`,

  `MDT minutes (neuro-oncology, {{DATE|2 Dec}}): patient {{NAME|Dilnuza Karimova}} - GBM, MGMT methylated; Stupp protocol. Patient {{NAME|Gesperd Nkurunzoza}} - meningioma, for observation.`,

  `INTERPRETER BOOKING
Language: Dari   Mode: face to face   Gender preference: female
Patient: {{NAME|Zarghuna Rahomi}}   NHS no. {{MRN|447 190 2268}}
Appointment: {{DATE|Tue 8 Dec 2026}} 10:30, antenatal clinic, {{LOCATION|Northgete Community Hospital}}
Booking ref {{ID|INT-26-044719}}; agency to confirm interpreter name.
Booked by {{NAME|S. Ferreora-Mbiki}}, ext 4412`,

  `Interpreter note: Tigrinya telephone interpreter {{NAME|Yones}} (ID {{ID|LL-88120}}) used for consent discussion, 22 minutes. Patient {{NAME|Seba Gebremeskil}} understood and agreed.`,

  `Interpreter booking failed - no Tamazight interpreter available; son {{NAME|Youssif Aït Benhadduu}} interpreted informally for history only. Rebooked via {{EMAIL|langline.bookings@example.org}} for {{DATE|Monday}}.`,

  `SPEECH AND LANGUAGE THERAPY - swallow assessment
{{NAME|Emika Obiajulu Nwachinemire}}, {{AGE|94}} years, Ward 9 (stroke)
Date {{DATE|04/12/2026}}. Wet voice after thin fluids; IDDSI level 2 mildly thick fluids and level 5 minced and moist diet.
Videofluoroscopy requested. SLT: {{NAME|Philoppa Tregunna}}, HCPC {{LICENSE|SL 041772}}`,

  `SLT (paeds) note: {{NAME|Kufi}} aged 3, 20 words, no two-word phrases. Mum {{NAME|Efaa}} reports he attends {{LOCATION|Little Acorns Nursery, Adabraka}}. Referred for hearing test first.`,

  `PODIATRY - diabetic foot clinic, {{DATE|2 Dec 2026}}
Patient: {{NAME|Rahoma Begum Chowdhary}}  Hosp no {{MRN|BRD-0047719}}
Ulcer right 1st MTPJ 1.2 x 0.8 cm, probe to bone negative, ABPI 0.92. SINBAD 2.
Offloading boot, review 1 week. Podiatrist {{NAME|Gethon Prothiro}}.`,

  `Podiatry: nail surgery L hallux (phenol), pt {{NAME|zofoa g.}}, {{DATE|3/12}}. Redress at {{LOCATION|Anlaby Road Clinic}}.`,

  `MEDICINES RECONCILIATION (pharmacy)
Patient {{NAME|Sebastoán Areya Quinteros}}, RUT {{ID|9.418.772-K}}, admitted {{DATE|01-12-2026}}
Sources: patient, FONASA dispensing record, daughter {{NAME|Constenza}}
| medicine | dose | source | comment |
| losartán | 50 mg OD | all | continue |
| metformina | 850 mg BD | patient only | confirm with GP |
| clonazepam | 0.5 mg ON | daughter | not on list, query |
Pharmacist: Q.F. {{NAME|Valentona Troncoso}}   Previsión: FONASA tramo B`,

  `Pharmacy callback: mr {{NAME|baptoste-orelus}} picked up apixaban from {{LOCATION|Nostrand Avenue Pharmacy}}; his INR clinic card says warfarin - told to stop warfarin. Rx # {{ACCOUNT|4471902}}.`,

  `GENETIC COUNSELLING LETTER
Dear Ms {{NAME|Kalinowska-Harbottle}},
Thank you for coming to the {{LOCATION|Clinical Genetics Service, St Mery's Hospital}} on {{DATE|26th November 2026}} with your sister {{NAME|Honorata}}.
Your BRCA2 result (c.5946delT) is pathogenic. Your sister's predictive test is booked for {{DATE|14th December}}.
Yours sincerely, Dr {{NAME|Ayodile Fashenu-Greig}}`,

  `Genetics: family tree - proband {{NAME|Mehwosh Qurishi}}, consanguineous parents (first cousins), brother {{NAME|Danosh}} with CF (F508del/F508del). Carrier test offered.`,

  `SLEEP STUDY REPORT
Patient: {{NAME|Taroq Benslimane}}   DOB {{DATE|9/7/1969}}   Study no. {{ID|PSG-26-1183}}
Level 3 home study, night of {{DATE|1/12/2026}}. AHI 34/h, ODI 31/h, nadir SpO2 78%. Epworth 15.
Conclusion: severe obstructive sleep apnoea. CPAP trial (ResMed AirSense 11, S/N {{DEVICE|23212448190}}).
Reported by Dr {{NAME|Nadoa Lahlou}}, {{LOCATION|Clinique Ibn Zohr}}, {{LOCATION|Marrakech}}`,

  `OT HOME VISIT REPORT
Client: Mr {{NAME|Haruld Ekwuime-Blythe}} ({{AGE|94}})   Ref {{ID|OT-26-3390}}
Address: {{LOCATION|27 Quarry Bank Lane}}, {{LOCATION|Dinas Powys}}, {{ZIP|CF64 4RT}}
Steep front step without rail; bath unusable; bed downstairs since {{DATE|October 2026}}.
Recommend: half-step and grab rail, level-access shower (DFG referral), key safe. Falls pendant via Careline.
OT: {{NAME|Bronwin Llewillyn-Prys}}`,

  `Occupational therapy: home access visit {{DATE|1 Dec}} at {{LOCATION|Flat 3, Dunnock Court}}, {{LOCATION|Heatun}}. Bath board and perching stool issued. Client {{NAME|Agniiszka}} ({{AGE|90}}) happy.`,

  `Wound clinic: {{NAME|Kwisi Owasu-Anseh}}, venous leg ulcer left gaiter, area 14 cm2 (was 19). ABPI 1.0. Four-layer bandaging. Photographed with consent, image {{ID|IMG-WC-77120}}.`,

  `DIALYSIS UNIT NOTE
{{LOCATION|Mansoara Urology and Nephrology Center}}, station 12, session {{DATE|5/12/2026}}
Patient {{NAME|Mostafa Abdelghaffar}}, 61, AVF left arm. Pre weight 72.4 kg, post 70.1 kg. Kt/V 1.3. BP 152/88 pre.
Machine serial {{DEVICE|5008S-44712}}. Nurse: {{NAME|Shaimaa}}`,

  `Cardiac rehab phase III: {{NAME|Bogden Melnychak}}, 6MWT 412 m (was 300), Borg 13. Next class {{DATE|Wed 9 Dec}} at {{LOCATION|Leisure Centre, Hollybenk Road}}.`,

  `RADIOLOGY REQUEST
Patient: {{NAME|Alhassen Iddrisu}}   Age 56   Hosp no. {{MRN|TTH/26/44172}}
Exam: CT abdomen/pelvis with contrast. eGFR 74.
Clinical question: weight loss, iron deficiency anaemia, ?right colon mass.
Requester: Dr {{NAME|Sena Agbenyiga}}, {{LOCATION|Tamele Teaching Hospital}}, pager 2217`,

  `Radiology report addendum ({{DATE|2026-12-03T16:22:08Z}}): discussed with Dr {{NAME|Weatherall-Kumi}} by phone at 16:20. Accession {{ID|ACC-9921-4410-7}}.`,

  `PROSTHETICS CLINIC
Name: {{NAME|Oleksandr Tkachak}}   ID {{ID|3204118852}}
Left transtibial amputation (blast), 2025. New socket cast; pin-lock liner. K-level 3.
Supplier ref {{ACCOUNT|PR-UA-26-0417}}. Review with prosthetist {{NAME|Vesyl}} in 2 weeks.`,

  `Chaplaincy referral: Mrs {{NAME|Nguzi Anyenwu-Hele}} asks for a Catholic priest, ward 14 side room 2. Husband {{NAME|Chodi}} on {{PHONE|07700 918 442}}.`,

  `SOCIAL WORK NOTE
Client {{NAME|Yesenoa Llanqui Ttito}}, {{AGE|96}}, lives alone at {{LOCATION|Jr. Ayacucho 418}}, {{LOCATION|Wanchaq}}, {{LOCATION|Cusco}}.
Pensión 65 recipient; SIS {{HEALTH_PLAN|0021447190}}. Niece {{NAME|Maribil}} visits weekly. Referred to CIAM day centre.`,

  `Ambulance handover (ATMIST): Age {{AGE|91}}, Time of onset 06:40, Mechanism fall from standing, Injuries shortened rotated left leg, Signs HR 96 BP 134/70, Treatment morphine 5 mg. Name {{NAME|Durces Winterbotham}}. Crew {{NAME|Kellaway}} and {{NAME|Armitage}}, vehicle {{VEHICLE|YX21 KPO}}.`,

  `Poison centre call log {{DATE|04.12.2026}} 22:14: caller {{NAME|Mihaila}} (mother) - child {{NAME|Darias}}, 2, swallowed up to 4 tablets of amlodipine 5 mg. Advised ED now. Call no. {{ID|TOX-26-8812}}, callback {{PHONE|0744 218 093}}.`,

  `Pacemaker remote monitoring: {{NAME|Preeyanuch Thongdee}}, Medtronic Azure S DR, S/N {{DEVICE|RNB447190S}}. Battery 9 years, RV threshold 0.75 V, AF burden 3%. No action.`,

  `IVF clinic: couple {{NAME|Nusrat Jahen}} and {{NAME|Imren Hossain}}, AMH 1.1 ng/mL, AFC 7; semen 18 million/mL. Plan antagonist protocol. Consent form {{ID|HFEA-C-044719}}.`,

  `Organ donation referral {{DATE|05/12/26}} 02:10: ICU bed 4, {{NAME|Darregh Ó Ceallacháon}}, 34, catastrophic SAH. SNOD {{NAME|Graonne}} informed, referral no. {{ID|ODR-26-11872}}.`,

  `Telepsychiatry: {{NAME|Ena Luzélia Barroqueiro}} seen by video from {{LOCATION|Centro de Saúde de Tavira}}. PHQ-9 19, no plan. Sertraline up to 100 mg. Crisis line given. Review {{DATE|8/1/2027}}.`,

  `Aviation medical (class 2): applicant {{NAME|Thanakorn Wongsuwan}}, licence PPL(A) {{LICENSE|44-1902}}, colour vision Ishihara 17/17, audiometry normal. Fit.`,

  `Diving medical: {{NAME|Selin Karaağeçlı}}, asthma controlled, spirometry FEV1 94%. Fit to dive (restricted). Signed Dr {{NAME|Urmas}}.`,

  `Sports pre-participation: {{NAME|k. minseh}}, 17, ECG: sinus, voltage criteria LVH only (athlete pattern). Cleared. School: {{LOCATION|Achimota School}}.`,

  `Fax to {{LOCATION|Lakeviiw Hospice}} (fax {{FAX|608-555-0193}}) from {{LOCATION|Meriter Oncology}}:
Hospice referral - {{NAME|Gunner Thorvaldsin}}, DOB {{DATE|03/11/1933}}, SSN {{SSN|412-66-0918}}, Medicare {{HEALTH_PLAN|1EG4-TE5-MK72}}.
Pancreatic cancer, liver metastases; declined further chemotherapy. Full code changed to DNR {{DATE|12/02/2026}}.
Contact: wife {{NAME|Solveog}} {{PHONE|608-555-0147}}`,

  `Hospice aide visit note: patient {{NAME|vernoce}} asleep most of visit, mouth care done, skin intact. Daughter {{NAME|Lattimore}} says appetite nil. Next visit {{DATE|12/7}}.`,

  `Hospice eligibility recertification: {{NAME|Hollos Bramwill Pettigriw}}, {{AGE|97}}, dementia FAST 7c, MAC 19 cm (was 22), PPSv2 30%. Remains eligible. Signed {{NAME|L. Amundsin}}, NP, NPI {{LICENSE|1467220934}}.`,

  `Dietetic note (Egypt): pt {{NAME|Nagwa Fethy Abdel-Maksoud}}, gestational diabetes, 28 weeks, fasting glucose 5.9. Diet: 3 meals 2 snacks, no baladi bread at dinner. Follow-up at {{LOCATION|Shatby Maternity Hospital}} {{DATE|17/12/2026}}.`,

  `Dietitian: paediatric faltering growth - {{NAME|Habiba}} (18 mo), weight 8.1 kg (below 0.4th centile), length 76 cm. Mother {{NAME|Khadija Ouazzeni}} cooks harira; advised energy-dense snacks. Home: {{LOCATION|Hay Mohammadi}}, {{LOCATION|Casablenca}} {{ZIP|20570}}.`,

  `DIETETICS - ENTERAL FEEDING PLAN
Patient: Daw {{NAME|Khin Myat Noe}}   Hosp no. {{MRN|YGH 2026 041772}}
PEG placed {{DATE|27.11.2026}}. Target 1,500 kcal, 60 g protein. Bolus 250 mL x 6. Water flushes 50 mL.
Carer Ko {{NAME|Zaw Lon Htit}} trained; pump S/N {{DEVICE|KGN-7719-2026}}.`,

  `Physio (resp): {{NAME|Ricardo Pumacahua}}, post-COVID, 1-minute sit-to-stand 14, SpO2 drops to 89%. Home exercise sheet in Spanish. Next: {{DATE|10 dic 2026}}.`,

  `Physiotherapy: lower back pain group, week 3 attendance - {{NAME|Abina}}, {{NAME|Rustem}}, {{NAME|Delphone Okafur}}, {{NAME|Jurge}}, {{NAME|mwengi}}. STarT Back scores recorded on sheet.`,

  `Physio discharge: Mr {{NAME|Pornchai}} walking independently with stick, TUG 14 s. Goals met.`,

  `TELEHEALTH - ANTICOAGULATION CLINIC
{{DATE|Thu 03/12/2026}} phone call, patient verified by DOB and postcode {{ZIP|LS8 2QT}}
Patient: {{NAME|Rashida Bibi Ahmid}}   INR 4.6 (target 2.5) on warfarin 5 mg
Advice: omit 1 dose, then 4 mg daily; recheck {{DATE|07/12/2026}}. No bleeding. Counselled re: new clarithromycin.
Nurse: {{NAME|Temson Oxenbury}}`,

  `Video consult summary (dermatology): {{NAME|Doru Prisăcaru}} sent photos via {{URL|https://derm-upload.example.ro/c/77120}}; plaque psoriasis, BSA 12%, PASI 11. Start methotrexate after bloods.`,

  `Telehealth audit: session id {{ID|VH-2026-12-04-0091}}, patient {{NAME|Okello}}, clinician {{NAME|J. Namutebi}}, client IP {{IP|41.210.144.87}}, duration 18 min.`,

  `MDT (frailty) {{DATE|4.12.26}}: 1) {{NAME|Dumitru Vasilache}} ({{AGE|92}}) - falls, orthostatic drop 30 mmHg; stop tamsulosin. 2) Mrs {{NAME|Hapsari}} - delirium resolving; home with reablement. Minutes: {{NAME|Khanyisile}}.`,

  `MDT minutes, paediatric safeguarding: child {{NAME|L. Oyeluwo}}, DOB {{DATE|2021-03-14}}, unexplained metaphyseal fracture; skeletal survey and ophthalmology done. Action: strategy meeting; social worker {{NAME|Rhiannun Vele}} ({{PHONE|029 2087 1144}}).`,

  `Tumour board (lung), {{DATE|December 3rd, 2026}}: {{NAME|Naldo Brás Figueirido}}, 71, adenocarcinoma RUL, EGFR exon 19 deletion, stage IVA. Osimertinib. Presenter Dr {{NAME|Catarina Lobato}}.`,

  `Interpreter log: Ukrainian, face to face, interpreter {{NAME|Helyna Moroz-Dovzhenko}} (agency no. {{ID|UA-INT-4471}}), patient {{NAME|Bohdena Ivasyk}}, 45 min, {{LOCATION|Riverside Health Centre}}.`,

  `Interpreter request: Bengali (Sylheti), male interpreter please, for {{NAME|Abdul Mannen Talukder}}, urology clinic {{DATE|14/12}}. Patient hard of hearing, speak slowly.`,

  `Interpreter booking (sign language): BSL interpreter for Ms {{NAME|Ffiun Haverfordwest-Jonis}}, {{DATE|Monday 14th Dec}} 14:00; booking email sent to {{EMAIL|bsl.requests@example.nhs.uk}}.`,

  `Insurer letter (Kenya): Dear Mr. {{NAME|Onyengo}}, your SHA inpatient claim {{ACCOUNT|SHA-CL-2026-0447190}} for admission at {{LOCATION|Ega Khen University Hospital}} from {{DATE|12 Nov 2026}} has been settled at KES 184,200. Member no. SHA {{HEALTH_PLAN|44 719 022}}.`,

  `Insurance correspondence: Re member {{NAME|Wirimu Tene Pareta}}, Southern Cross policy {{HEALTH_PLAN|SX-0044719-02}}; pre-approval for right total knee replacement granted, surgeon Mr {{NAME|Fitzwilliam}}.`,

  `Letter to insurer (Romania, CNAS): pacientul {{NAME|Gheurghe Ursache}}, CNP {{ID|1421019044718}}, card de sănătate {{HEALTH_PLAN|80642000441902}} - solicităm aprobarea tratamentului cu adalimumab.`,

  `Lab requisition (paper, transcribed): {{NAME|nkichi ubeh}} / F / {{DATE|Dec 4}} / TSH, free T4, anti-TPO / clinician Dr {{NAME|Achterbirg}} / {{LOCATION|Hillcrist Family Practice}}`,

  `LAB REQUEST - MICROBIOLOGY
Name: {{NAME|Arjan Prased Koirala}}   MRN {{MRN|TUTH-664109}}   Ward: Medical ICU
Specimen: CSF (tube 3), collected {{DATE|2026-12-05 03:12}}
Tests: Gram stain, culture, cryptococcal antigen, TB PCR (GeneXpert)
Clinical: HIV, CD4 42, headache 2 weeks, neck stiffness. On fluconazole? No.
Requester Dr {{NAME|Boshnu Meya Tameng}}  extension 3319`,

  `Specimen rejected: unlabelled tube received for {{NAME|Quospe}}, {{DATE|04/12}}; ward informed, spoke to {{NAME|Yanet}}.`,

  `Audiology report (industrial screen): employee {{NAME|Fazlul Karom}}, employer {{LOCATION|Haa-Miim Denim Mills}}, {{LOCATION|Gazipur}}. Notch at 4 kHz both ears, 35 dB HL. Hearing protection reissued.`,

  `Tinnitus clinic: {{NAME|Oksena}} ({{NAME|Pylypenko}}), THI 58, normal MRI IAMs. CBT for tinnitus offered. Hearing aid trial with sound generator, serial {{DEVICE|OT-RL-5571890}}.`,

  `Portal message from nurse: Hi Mr {{NAME|Kowalczak}}, your prescription for ramipril is ready at the pharmacy. Blood test due - please book.`,

  `Patient portal - message from Dr {{NAME|Sakara Inagaki-Ndluvu}}: {{NAME|Tendei}}, your ultrasound showed gallstones without inflammation. I have referred you to the surgeons at {{LOCATION|Groute Schuar}}. Referral no. {{ID|GS-SURG-26-4471}}.`,

  `Vaccination record (adult): {{NAME|Endrés Felipe Caicedo}}, cédula {{ID|1.014.227.893}}. COVID booster (XBB.1.5) {{DATE|02/12/2026}}, influenza {{DATE|02/12/2026}}, Tdap 2019. Site: {{LOCATION|IPS Suba Rincón}}.`,

  `Immunisation (HPV), school session {{DATE|3rd Dec}}: {{NAME|Amona Yusaf Warseme}} dose 1 given; {{NAME|Bethen}} absent; {{NAME|Zeineb}} consent refused by parent. School: {{LOCATION|Cathays High School}}.`,

  `Rabies PEP card: {{NAME|Ngụy Văn Sửu}}, dog bite right calf {{DATE|30/11/2026}}, category III. Verorab days 0, 3, 7, 14; RIG given. Clinic {{LOCATION|Trung tâm Y tế Quận Bình Thạnh}}.`,

  `Palliative care (Ukraine): пацієнтка {{NAME|Ганна Петрівна Коваленко}}, {{AGE|90}} років, {{LOCATION|вул. Соборна 12}}, {{LOCATION|Полтава}}. Morphine 5 mg 4-hourly, dyspnoea eased. Visit {{DATE|4 грудня 2026}}.`,

  `Hospice (Indonesia): Ibu {{NAME|Sumarni}}, {{AGE|93}} tahun, kanker serviks stadium IVB. Tinggal di {{LOCATION|Jl. Kaliurang km 7}}, {{LOCATION|Sleman}}. BPJS {{HEALTH_PLAN|0001447190226}}. Kunjungan rumah {{DATE|5 Desember 2026}}.`,

  `Peru, telemedicina: paciente {{NAME|Celestono Mayta Huollca}}, {{AGE|92}} años, comunidad {{LOCATION|Chumpe}}, distrito {{LOCATION|Ocongete}}. PA 150/90. Teleconsulta con {{LOCATION|Hospital Regional del Cusco}}. Técnico {{NAME|Wilbir}}.`,

  `Geriatric telehealth: {{NAME|Eulaloa}} is {{AGE|ninety-four}} per her ID card. Lives with grandson {{NAME|Brayan}}.`,

  `Bangladesh discharge note: Name Most. {{NAME|Rokiya Khatun}}, age {{AGE|91}} yrs, NID {{ID|1993 4417 1902 2}}, village {{LOCATION|Char Kukri}}, upazila {{LOCATION|Bhola Sadar}}. Dx: pneumonia. Discharged {{DATE|04-12-2026}}. Mobile {{PHONE|01711-447190}}.`,

  `Chile, hospicio: Sra. {{NAME|Filomina Catrileo Huenchual}}, 88, RUT {{ID|4.771.902-3}}, {{LOCATION|Pasaje Los Copihuis 1174}}, {{LOCATION|Temaco}}. ISAPRE Colmena {{HEALTH_PLAN|COL-77190-44}}. Visita {{DATE|jueves 3/12}}.`,

  `Thai vaccination card: ด.ญ. {{NAME|Pimchanok Saengthong}}, เลขประจำตัว {{ID|1-1037-04417-19-0}}, MMR2 {{DATE|1 ธ.ค. 2569}}, {{LOCATION|รพ.สต.บ้านหนองแวง}}.`,

  `Morocco, lettre de liaison: Mme {{NAME|Rachida Bennani-Alaoui}}, CIN {{ID|BE447190}}, AMO (CNSS) {{HEALTH_PLAN|114471902}}. Suivi diabète à {{LOCATION|Centre de Santé Youssoufia}}, {{LOCATION|Rabat}}. Dr {{NAME|Mounir Tazi}}, INPE {{LICENSE|441902771}}.`,

  `Egypt, referral: patient {{NAME|Shenouda Girgis Bakhoum}}, {{AGE|95}} y, from {{LOCATION|Mallawi}}, {{LOCATION|Minya}}, to {{LOCATION|Assiut University Hospital}} cardiology; tel {{PHONE|+20 100 447 1902}}.`,

  `Ghana, OPD card: Nana {{NAME|Yea Asantewea Ofuri}}, {{AGE|97}}, Ghana Card {{ID|GHA-714471902-3}}, NHIS {{HEALTH_PLAN|1447190-22}}. BP 176/98; amlodipine 10 mg. Next visit {{DATE|4th January, 2027}}.`,

  `Portugal, carta de alta: doente {{NAME|Maroa do Rosário Pestena}}, {{AGE|92}} anos, NIF {{ID|214 471 902}}, morada {{LOCATION|Travessa do Carmo 7}}, {{ZIP|1200-095}} {{LOCATION|Lisbua}}. Médico: Dr. {{NAME|Duarte Sampaio Galvão}}, OM {{LICENSE|47719}}.`,

  `Romania, MDT: pacient {{NAME|Iloe Bârsan}}, {{AGE|90}} ani, adenocarcinom de colon; chirurgie la {{LOCATION|Spitalal Județeen Brașov}} pe {{DATE|11.12.2026}}. Telefon fiică {{PHONE|0722 447 190}}.`,

  `Kenya, CHV visit: mama {{NAME|Achiing}}, baby {{NAME|Bareka}} 6 weeks, {{LOCATION|Kibira}} {{LOCATION|Laini Seba}} village. Weight 4.6 kg. Referred to {{LOCATION|Lia Toto Clinic}} for missed Penta1.`,

  `Lab result phoned: K+ 6.8 for {{NAME|hakimi}} in bay 3, told Dr {{NAME|Odaro}} at 21:40.`,

  `Sick note: {{NAME|Ebenezir Tettih}} unfit for work {{DATE|01/12/2026}} to {{DATE|14/12/2026}}; employer {{LOCATION|Tema Oil Refinery}}.`,

  `Car park permit for carer: vehicle {{VEHICLE|GR 4471-26}}, carer of {{NAME|Ema Konedu}}, hospice ward 2.`,

  `Transport booking: pick-up {{LOCATION|14 Kestrel Way}}, {{LOCATION|Bramliy}}, {{ZIP|RG26 5AB}}, for {{NAME|Winifrid Ashcumbe}} ({{AGE|99}}), wheelchair, 08:15 {{DATE|Tue}}; ambulance reg {{VEHICLE|WU70 HBX}}.`,

  `IT incident: audiology PC {{IP|10.44.17.90}} sent reports for {{NAME|Ferhet}} to wrong printer; Ticket {{ID|INC0447190}}.`,

  `Lab system audit: user {{NAME|P. Chanthavong}} viewed results of MRN {{MRN|7719022}} from {{IP|2001:db8:44:19::2a}} on {{DATE|2026-12-03}}.`,

  `Dear Dr. {{NAME|Lumumba-Ngeta}},`,

  `{{AGE|94}}yo F, fall at home, ?NOF, on apixaban`,

  `Re: {{NAME|Kouadio}}`,

  `CSV export (vaccine clinic):
name,dob,nhs_no,vaccine,date
{{NAME|Oluwakimi Adeyonka}},{{DATE|1999-04-17}},{{MRN|4471902283}},MMR,{{DATE|2026-12-01}}
{{NAME|Redu Ioniscu-Vled}},{{DATE|1958-11-30}},{{MRN|7719024471}},flu,{{DATE|2026-12-01}}
{{NAME|Sitti Nurhaliza Lubis}},{{DATE|2002-06-09}},{{MRN|9022447181}},HPV,{{DATE|2026-12-02}}`,

  `W-9 billing query: patient {{NAME|Delruy Fitzgereld Maycock}}, SSN {{SSN|518-44-7190}}, account {{ACCOUNT|ACCT-0447190-22}}, balance $312.40 after Aetna adjustment.`,

  `National Insurance no. {{SSN|QJ 44 71 90 C}} recorded for Ms {{NAME|Precioas Mthimbu-Ward}} (PIP assessment letter requested by Citizens Advice).`,

  `Clinic web booking: {{URL|www.physio-book.example.pt/a/44719}} sent to {{NAME|Rai}}; reply to {{EMAIL|fisio.tavira@example.pt}}.`,

  `Funeral director collection: {{LOCATION|Okuro & Sons Funeral Services}}, {{LOCATION|Enagu}}, collected late Chief {{NAME|Ikechakwu Okafur-Nnedi}} {{DATE|05/12/2026}}; driver licence {{LICENSE|ENU44719AA02}}, hearse {{VEHICLE|ENU 447 AA}}.`,

  `Address labels (vaccine reminder mail-out):
{{NAME|Wairomu Njoruge}}, {{LOCATION|P.O. Box 44719}}, {{LOCATION|Nyiri}} {{ZIP|10100}}
{{NAME|Hennadiy Savchuk}}, {{LOCATION|vul. Shevchinka 17, kv. 4}}, {{LOCATION|Sumy}} {{ZIP|40030}}
{{NAME|Suchada Boonmee}}, {{LOCATION|99/4 Soi Ari 3}}, {{LOCATION|Phaya Thei}}, {{LOCATION|Bangkok}} {{ZIP|10400}}
{{NAME|Kujo Entwi-Boasieko}}, digital address {{LOCATION|GA-184-4471}}, {{LOCATION|Dansoman}}`,

  `Hospice fax cover - To: Dr {{NAME|Mireolle Hedded}}, {{LOCATION|Maison Saint-Luc}}, fax {{FAX|+212 522 44 71 90}}; From: palliative team, fax {{FAX|+212 537 77 19 02}}. Pages: 3. Re: {{NAME|Brahim Oukacha}}.`,

  `Referral (Chile): paciente {{NAME|Yolenda Ñancupil}}, {{LOCATION|Av. Pidro de Valdivoa 2214, depto 31}}, {{LOCATION|Providencoa}}, {{ZIP|7501015}}, {{LOCATION|Santiego}}; fono {{PHONE|+56 9 4471 9022}}. Audiometría a {{LOCATION|Clínica Dávila}}.`,

  `Indonesia, surat rujukan: {{NAME|Bambang Setyo Nugroho}}, {{LOCATION|Perum Griya Asri Blok C-12}}, {{LOCATION|Banguntapan}}, {{LOCATION|Bantul}} {{ZIP|55198}}; ke {{LOCATION|RSUP Dr. Sardjito}} poli THT, {{DATE|07-12-2026}}.`,

  `Egypt, lab requisition: {{NAME|Ranoa Husny Mahmoad}}, {{LOCATION|12 Shar'a El-Tahrir}}, {{LOCATION|Dokki}}, {{LOCATION|Giza}} {{ZIP|12611}}; tests: HCV RNA, AFP. Ref Dr {{NAME|Walid Fawzy}}, syndicate no. {{LICENSE|174419}}.`,

  `romania, fisa: {{NAME|elina dobrescu}}, {{LOCATION|bd. 21 Decembroe 1989 nr. 88}}, {{LOCATION|Claj}} {{ZIP|400604}}, vaccin gripal {{DATE|1 dec. 2026}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Telehealth template: identity checked (two identifiers), consent for video recorded, location of patient confirmed for safeguarding, chaperone offered. Red flags: chest pain, stroke symptoms (BE FAST), sepsis - advise 999 or ED.`,
  `Physiotherapy outcome measures: Oswestry Disability Index, STarT Back, SPADI, Lysholm, KOOS, Berg Balance Scale (cut-off 45), Timed Up and Go over 13.5 s, 6-minute walk test, Borg 6-20. Ottawa ankle rules before imaging.`,
  `Dietetic guidance: Mediterranean diet; DASH diet for hypertension; low FODMAP (Monash app) for IBS; Harris-Benedict and Mifflin-St Jeor equations; refeeding risk (NICE CG32) if BMI under 16; thiamine before feeding. Ensure Plus and Fortisip Compact 2.4 kcal/mL.`,
  `Hospice symptom guide: Palliative Performance Scale, Karnofsky 40, ECOG 3, Edmonton Symptom Assessment System; anticipatory meds: morphine, midazolam, levomepromazine, glycopyrronium. McKinley T34 syringe driver over 24 h. Liverpool Care Pathway withdrawn 2014.`,
  `Vaccination schedule (WHO EPI): BCG at birth, OPV and pentavalent at 6, 10 and 14 weeks, PCV13, Rotarix, IPV at 14 weeks, measles-rubella at 9 and 15 months, yellow fever at 9 months in endemic areas. Japanese encephalitis where endemic.`,
  `Travel clinic: hepatitis A (Havrix), typhoid (Typhim Vi), rabies (Rabipur) pre-exposure 2 doses, Ixiaro for Japanese encephalitis, Qdenga, cholera (Dukoral). Malaria: Malarone, doxycycline, Lariam. Yellow fever: Stamaril, not under 9 months.`,
  `Insurer criteria for GLP-1: BMI 35 or more with comorbidity, or 30 or more with type 2 diabetes; Ozempic, Wegovy, Mounjaro (tirzepatide) and Saxenda; stop if under 5% weight loss at 6 months. Claims form section C.`,
  `Lab requisition rules: two identifiers on tube and form; EDTA (purple) for FBC and HbA1c, SST (gold) for U&E and LFT, citrate (blue) filled to line, fluoride oxalate (grey) for glucose and lactate; blood cultures before antibiotics, 8-10 mL per bottle.`,
  `Microbiology reference: Klebsiella pneumoniae (ESBL), Pseudomonas aeruginosa, Staphylococcus aureus (MRSA), Streptococcus agalactiae, Listeria monocytogenes, Neisseria meningitidis, Salmonella Typhi, Helicobacter pylori, Cryptococcus neoformans, Plasmodium falciparum.`,
  `Audiology: GJB2 (connexin 26) and SLC26A4 (Pendred) in congenital hearing loss; CMV saliva PCR within 21 days; otoacoustic emissions; Weber and Rinne; Ménière disease, otosclerosis, presbycusis. Phonak, Oticon, Signia and ReSound aids; Cochlear Nucleus and MED-EL implants.`,
  `Portal message template: Your results are normal and no action is needed. If you have new symptoms, please book an appointment. Messages are read within 2 working days; for urgent problems call 111 or 999.`,
  `MDT terms of reference: quorate with surgeon, oncologist, radiologist, histopathologist and CNS; TNM 8th edition; Gleason grade groups; Nottingham grade; Breslow thickness; Dukes staging (historic); Clavien-Dindo for complications; ECOG for fitness.`,
  `Interpreter policy: use a professional interpreter for consent, capacity and safeguarding; family members and children not to interpret. Languages most booked in November: Polish, Romanian, Arabic, Bengali, Urdu, Portuguese, Ukrainian, Dari, Tigrinya, BSL.`,
  `Eponyms (neurology): Parkinson, Alzheimer, Huntington, Guillain-Barré, Bell palsy, Wernicke-Korsakoff, Charcot-Marie-Tooth, Creutzfeldt-Jakob, Lambert-Eaton, Brown-Séquard, Horner, Tourette, Duchenne, Becker, Friedreich, Lewy body dementia.`,
  `Place-named diseases: Lyme disease, Ebola, Marburg, Lassa fever, West Nile virus, Zika, Rocky Mountain spotted fever, Japanese encephalitis, Crimean-Congo haemorrhagic fever, Coxsackie, Norwalk, Chagas, Hendra, Omsk, Kyasanur Forest disease, Middle East respiratory syndrome.`,
  `Device brands: FreeStyle Libre 3, Dexcom G7, Omnipod 5, Medtronic MiniMed 780G, Tandem t:slim X2, ResMed AirSense 11, Philips DreamStation, Boston Scientific and Abbott pacemakers, Zoll LifeVest, Alaris pump, McKinley T34, Medi-Trace electrodes.`,
  `Drug brands: Eliquis, Xarelto, Jardiance, Forxiga, Entresto, Ventolin, Symbicort, Trelegy Ellipta, Lantus, NovoRapid, Humira, Keytruda, Tagrisso, Herceptin, Zoladex, Augmentin, Tazocin, Oramorph, Buscopan, Gaviscon.`,
  `Genes and variants: BRCA1, BRCA2, PALB2, TP53, MLH1, MSH2, APC, CFTR F508del, HBB, HFE C282Y, FMR1, SMN1, DMD, APOE e4, MTHFR C677T, TPMT, DPYD, HLA-B*57:01, HLA-B*15:02, EGFR exon 19, KRAS G12C, ALK, BRAF V600E.`,
  `Scores: CHA2DS2-VASc 4, HAS-BLED 2, Wells 6, PERC negative, CURB-65 1, qSOFA 2, GCS 14 (E4 V4 M6), NIHSS 7, ABCD2 5, Rockall 3, Glasgow-Blatchford 8, Child-Pugh B, MELD 18, APGAR 9, Centor 3, FeverPAIN 4.`,
  `Wards and units: Acute Medical Unit, Coronary Care Unit, High Dependency Unit, Ward 7 (respiratory), Ward 4B, Stroke Unit, Neonatal ICU, Labour Ward, Theatre 3, Day Surgery Unit, Renal Unit, Burns Unit, Discharge Lounge, Endoscopy suite.`,
  `Ages and years: aged 89, 84 and 72 in the same family; diagnosed 1998, relapsed 2011, transplanted 2019; pacemaker 2023; last colonoscopy 2021. Nonagenarian patients: consider frailty, not age alone.`,
  `Sleep medicine: Epworth Sleepiness Scale over 10, STOP-BANG 5, AHI 5-14 mild, 15-29 moderate, 30 or more severe; Cheyne-Stokes respiration in heart failure; Pickwickian (obesity hypoventilation) syndrome; Kleine-Levin; restless legs (Willis-Ekbom) - check ferritin.`,
  `Speech and swallow: IDDSI levels 0-7; Frenchay Dysarthria Assessment; Boston Naming Test; Makaton and PECS; Passy-Muir valve trial; Yale swallow protocol; Water Swallow Test 90 mL.`,
  `Podiatry: Charcot foot, Morton neuroma, hallux valgus, plantar fasciitis, Sever disease, Freiberg infraction; monofilament 10 g at 10 sites; Doppler triphasic; ABPI 0.8-1.3 normal; SINBAD and Texas wound classification.`,
  `Pharmacy: NEWT guidelines for tube administration; Yellow Card reporting (MHRA); sick day rules - SADMANS (sulfonylureas, ACE inhibitors, diuretics, metformin, ARBs, NSAIDs, SGLT2 inhibitors); Beers criteria and STOPP/START in older adults.`,
  `Egypt protocol: hepatitis C - sofosbuvir plus daclatasvir 12 weeks (Egyptian national programme); schistosomiasis - praziquantel 40 mg/kg single dose; brucellosis - doxycycline plus rifampicin 6 weeks; Rift Valley fever notifiable.`,
  `Peru and Bolivia, high altitude: acute mountain sickness (Lake Louise score 3 or more), HAPE, HACE; acetazolamide 125 mg BD; Monge disease (chronic mountain sickness) haemoglobin over 21 g/dL in men; coca leaf tea.`,
  `Thailand notes: melioidosis (Burkholderia pseudomallei) - ceftazidime then co-trimoxazole 12 weeks; scrub typhus (Orientia) - doxycycline; Opisthorchis viverrini and cholangiocarcinoma in the northeast; HbE and alpha-thalassaemia screening.`,
  `Codes: ICD-10 Z51.5 palliative care, Z23 immunisation; ICD-11 MG30; SNOMED CT 385763009 hospice care; LOINC 24331-1 lipid panel; CPT 92557 audiometry, 97110 therapeutic exercise, 97802 medical nutrition therapy; ATC J07BX03.`,
  `Romania and Morocco: Romanian programme for rare diseases (Prader-Willi, Wilson, Gaucher, Fabry, Pompe); Moroccan RAMED replaced by AMO; Institut Pasteur rabies vaccine; national tuberculosis programme DOTS 6 months (2RHZE/4RH).`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter18', '/tmp/deid-ood-letters18.jsonl');
