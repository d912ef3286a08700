/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), eighteenth session: short clinician texts of
 * kinds beyond letters13: discharge summaries of long stays with many staff (ICU, spinal, burns, cardiothoracic,
 * psychiatry, rehabilitation), handover sheets (night, surgical, ICU, maternity, paediatric, neonatal, renal, stroke,
 * hospice, ED, GP duty), referral e-mails with signature blocks, home-care, district-nurse, health-visitor, reablement
 * and home-dialysis visit logs, pharmacy queries (community, hospital, care home, controlled drugs, by phone, fax and
 * e-mail), ambulance run sheets and ATMIST handovers (UK, US, Canada, Germany, Ireland, India, Kenya, New Zealand,
 * South Africa), genetics clinic letters with pedigrees described in words, mental-health tribunal and Mental Health
 * Act reports, insurance, disability, benefit, travel and motor-claim forms, care-home transfer forms, death
 * notifications and obituary-like notices to GPs, patient-portal messages written by clinicians, police custody
 * notes, IT and remote-monitoring audit lines; in English, German, French, Spanish, Portuguese, Dutch, Danish,
 * Japanese and Korean styles. Human patients only. Written by hand by engineer author on 2026-12-05 (eighteenth
 * session) without reading the engine's rules or lexicons, and never run through ddx by its author. It is scored by
 * the lead only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, signatures, greetings, pedigrees, handover lines,
 * chat, lower case, all caps, surname first, hyphenated, with particles, Irish, Welsh, Scottish Gaelic, Maori,
 * Japanese, Korean, Chinese and other name forms, diacritics), lone surnames and lone first names, relatives,
 * carers, crews, pharmacists, panel members and officers; hospitals, hospices, care homes, pharmacies, clinics,
 * custody suites, leisure centres, shops, farms and funeral directors; streets, flats, towns, villages, barangays and
 * postcodes of several countries (UK, Ireland, US, Canada, Australia, New Zealand, Germany, Netherlands, France,
 * Singapore); dates in many formats (02/09/2026, 19.04.1958, 2026-12-04T21:07, Jan 9 1966, "3 de noviembre de 2026",
 * "12 février 1936", "3 april 1933", "4. december 2026", 2026年10月2日, 12月3日, 2026.11.20, weekdays, "the 3rd",
 * ranges); ages over 89 as digits and words; phones of many countries, bleeps and extensions, faxes, e-mails, URLs,
 * IPv4 and IPv6 addresses; MRN, NHS, CHI and NHI numbers, health-plan numbers (Medicare, NHIF, NHIS, SUS,
 * PhilHealth, RAMQ, OHIP, AOK, GMS, EHIC, French social security), accounts and claims, licences (GMC, NPI, DEA,
 * driving, CMQ, GDC, prescriber), national and other IDs (DNI, BSN, CPR, CPF, NRIC, Aadhaar, CURP, PPSN, IHI, NDIS,
 * passport, custody and study numbers), device serials, vehicle plates of several countries and SSNs (US SSN,
 * Canadian SIN, UK NI number). Every name, address and number is invented; institution names may be the public
 * names of real hospitals, as organisations only.
 * Format and gold convention as deid-ood-letters13.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr", "Mrs",
 * "Mr", "PC", "Father", "Judge", "Mdm") stay outside a name, facility words inside; US states, provinces, counties
 * and countries are not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays
 * and dates named by a weekday are DATE, "today", "tomorrow" and "yesterday" are not marked; wards, units, rooms,
 * bays, cots and bed numbers are not marked. An AGE span is one stated exact age over 89, only its number or number
 * word. NPI, DEA, GMC, GDC, CMQ, Medical Council, prescriber and driving licence numbers are typed LICENSE; national
 * and other ID numbers ID (a UK NI number, a US SSN and a Canadian SIN are typed SSN); NHS, CHI, NHI and hospital
 * numbers MRN; postcodes of any country ZIP. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, signs, scales and scores, drugs (generic and brand), doses, ages under 90, bare
 * years, gene and variant names (HGVS) and codes (ICD-10, CPT, SNOMED CT, OPCS), which must stay.
 *   node --import tsx scripts/deid-ood-letters14.ts [--out /tmp/deid-ood-letters14.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters14.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `DISCHARGE SUMMARY - {{LOCATION|Ravensclough Infirmary}}
Patient: {{NAME|Orlaath Penhallaw-Mbeka}}   MRN {{MRN|RI-0048812}}   Admitted {{DATE|02/09/2026}}   Discharged {{DATE|28/11/2026}} (87 days)
Consultants: Dr {{NAME|Tancred Aldersey}} (ICU), Dr {{NAME|Yevdokia Strelnikova}} (respiratory), Mr {{NAME|Barnabes Quillfeather}} (thoracic surgery). Physio {{NAME|Kessie}}, dietitian {{NAME|Ottolina Brackenbury}}.
ARDS after influenza, tracheostomy day 9, decannulated day 61. GP: Dr {{NAME|Rhosyn Tegwared}}, {{LOCATION|Pennant Street Surgery}}.`,

  `Handover sheet, night team, {{DATE|Sat 6 Dec}}
Bay 3: {{NAME|Gorseway, Elphinstone}} - NSTEMI, heparin, repeat trop 02:00.
Bay 4: Mrs {{NAME|Aubade Kinnerslay}}, DOB {{DATE|11/01/1935}} - {{AGE|91}}, hip pinned, Hb 84 recheck.
Bay 6: {{NAME|Quintrell}} - confused overnight, son {{NAME|Hedley}} on {{PHONE|07911 402 558}}.`,

  `From: {{EMAIL|f.marwood-acheba@nhs-ref.example.net}}
To: cardiology referrals
Subject: Urgent referral - {{NAME|Ezinna Dallimore}}, DOB {{DATE|19.04.1958}}
Dear colleagues, exertional syncope, ejection systolic murmur, AV peak gradient 74 mmHg on our echo. Grateful for review.
Kind regards,
Dr {{NAME|Fenelle Marwood-Acheba}}
GP partner, {{LOCATION|Thistlecombe Medical Practice}}, {{LOCATION|14 Harrier Walk}}, {{LOCATION|Dunmorrow}} {{ZIP|DM4 7QX}}
Tel {{PHONE|01632 960 417}} | Fax {{FAX|01632 960 418}}`,

  `Home-care visit log - client {{NAME|Wilbraham Stott}}
{{DATE|01/12}} 08:10 carer {{NAME|Preciosa Mutambara}}: strip wash, meds from dosette, ate half toast.
{{DATE|02/12}} 08:25 carer {{NAME|Lenka}}: refused breakfast, ankles more swollen, told office.
{{DATE|03/12}} 08:05 district nurse {{NAME|Ayodela Fairhurst}}: weight 71.2 kg (+2.4), GP called.`,

  `Pharmacy query to ward 9: {{NAME|Gidean Trembeth}}, NHS no. {{MRN|943 551 2087}}, is written for clarithromycin 500 mg BD while on simvastatin 40 mg. Please confirm we hold the simvastatin. {{NAME|Inês}} (pharmacist), bleep {{PHONE|4471}}.`,

  `AMBULANCE RUN SHEET  Incident {{ID|INC-26-1183044}}  Unit {{VEHICLE|WX24 KPD}}
Pt {{NAME|Callowey Breen}}, found at {{LOCATION|7 Kittiwake Row}}, {{LOCATION|Seahampton}}. GCS 13, RR 28, SpO2 86% air, BBG 2.1. Glucagon 1 mg IM, GCS 15 at 12 min. Crew: {{NAME|Daniyar Oskenbay}} (paramedic), {{NAME|Rowenna Pascoa}} (EMT).`,

  `Clinical genetics letter
Re: {{NAME|Ptolamy Ashgrova}}, DOB {{DATE|3 March 1979}}
Pedigree in words: Mr {{NAME|Ashgrova}}'s father {{NAME|Leodegar}} died of a dissected aorta at 44; his paternal aunt {{NAME|Winifrith}} had a mitral valve repair; his daughter {{NAME|Clemancy}}, 12, is tall with lens subluxation. FBN1 c.3037G>A found in {{NAME|Ptolamy}}. Cascade testing offered to his brother {{NAME|Ansger}}.
Dr {{NAME|Mehrunissa Kalhoro}}, Consultant Clinical Geneticist`,

  `FIRST-TIER TRIBUNAL (MENTAL HEALTH) - RESPONSIBLE CLINICIAN'S REPORT
Patient: {{NAME|Tobies Ellerington-Nwosa}}   Detained s.3 since {{DATE|14 July 2026}}   Hospital: {{LOCATION|Larkspar Lodge}}
Nearest relative: mother, {{NAME|Gwenllien Ellerington}}. Hearing listed {{DATE|Tuesday 16 December 2026}}.
Author: Dr {{NAME|Auberon Fitzsimmonds-Rayudu}}, RC.`,

  `Disability benefit medical form, section C. Claimant: {{NAME|Marisele Quiñonero Batet}}. National Insurance no. {{SSN|PX 51 77 20 B}}. Claim ref {{ACCOUNT|PIP-4481-77302}}. Walks 20 m with two sticks, falls weekly. Completed by Dr {{NAME|Hesketh}} on {{DATE|3/12/2026}}.`,

  `CARE HOME TRANSFER FORM
Resident: {{NAME|Alwyn Jary Penhaligan}}  DOB {{DATE|22-Feb-1931}}  Room 14
From: {{LOCATION|Saltmarsh View Care Home}}, {{LOCATION|Ferryside Lane}}, {{LOCATION|Wrexbourne}} {{ZIP|WB9 3LN}}  To: ED
Reason: fall, head strike, on apixaban. Next of kin: niece {{NAME|Tamsan Varcoe}} {{PHONE|07700 138 904}}. DNACPR in place.`,

  `Death notification to GP
Dear Dr {{NAME|Ollerenshew}},
I am sorry to tell you that your patient {{NAME|Evadna Lockyer-Sands}} ({{DATE|08/06/1940}}) died peacefully at 03:40 on {{DATE|4 December 2026}} on our ward, with her husband {{NAME|Crispan}} and granddaughter {{NAME|Maelle}} present. Cause: 1a metastatic ovarian carcinoma. Coroner not informed. The family have asked for {{LOCATION|Brightwatar Funeral Service}}.
Dr {{NAME|Saoirsa Kinvara Duggen}}, FY2`,

  `Patient portal message (sent by clinician)
Hi {{NAME|Lucasta}}, your ferritin came back at 9 and Hb 104, so iron tablets are the next step - ferrous fumarate 210 mg once daily. I've sent it to {{LOCATION|Tollgate Pharmacy}}, {{LOCATION|Cheapside Arcade}}. Recheck bloods around {{DATE|19 January}}. Any questions reply here.
Dr {{NAME|Ingrad Solvang-Hartwell}}`,

  `Insurance claim form - attending physician statement
Insured: {{NAME|Radomar Kostadinov}}   Policy {{HEALTH_PLAN|AVH-66120458-01}}   Claim {{ACCOUNT|CLM-2026-0441872}}
Date of injury {{DATE|11/08/2026}}; date first seen {{DATE|11/08/2026}}. Diagnosis: Weber B fracture, ORIF {{DATE|13/08/2026}}. Return to work as courier expected {{DATE|Jan 5, 2027}}.
Physician: {{NAME|Odhrán Bellew}}, GMC {{LICENSE|7720413}}`,

  `handover (whatsapp, nights)
{{NAME|jojo}}: bed 12 mr {{NAME|fennimore}} pulled his ng out again, reg aware
{{NAME|saskia}}: ok. and mrs {{NAME|delacourt-ibekwe}}? still sats 88
{{NAME|jojo}}: yes on 2L, abg at 4`,

  `Referral e-mail
Hi {{NAME|Thandeke}},
Could your team see {{NAME|Isamberd Hollas}} (DOB {{DATE|30/10/1987}}, hospital no. {{MRN|K2290347}}) in the first-fit clinic? Two GTCS, normal CT. Driving: told to stop and to inform the DVLA; his licence no. is {{LICENSE|HOLLI810307IJ9XY}}.
Thanks,
{{NAME|Bram Oosterhuas}}
Acute Medicine, {{LOCATION|St Kentigern's Hospital}} | {{EMAIL|bram.oosterhuas@stkentigern.example.org}} | ext {{PHONE|66219}}`,

  `Ambulance patient report (US) - Medic 14
Pt: {{NAME|Delphyne Ahanotu}}, 67F. Pickup {{LOCATION|2211 Cottonwood Bend Rd}}, {{LOCATION|Sallisaw}}, OK {{ZIP|74955}}. Chief complaint: slurred speech since 06:40. BE-FAST positive, glucose 132. Stroke alert to {{LOCATION|Sequoyah Memorial}}. Unit plate {{VEHICLE|OK 4HJ-772}}.`,

  `Visite à domicile (infirmière libérale) - Mme {{NAME|Ghislaina Perruchot}}, née le {{DATE|12 février 1936}}, {{AGE|90}} ans. Pansement ulcère jambe gauche, INR 3,1. Fille {{NAME|Sévérine}} prévenue au {{PHONE|06 71 44 28 93}}. Prochain passage {{DATE|mardi 9 décembre}}.`,

  `Apothekenanfrage an Praxis Dr. {{NAME|Wiebke Hollenstedt}}: Patient {{NAME|Ludger Ossenkamp}}, geb. {{DATE|07.07.1951}}, Versichertennr. {{HEALTH_PLAN|K884102775}}. Rezept über Metamizol 500 mg, aber Allergie dokumentiert. Bitte Rückruf {{PHONE|0421 339 87 15}}. {{LOCATION|Apotheke am Wallring}}, {{LOCATION|Hemelingen}}.`,

  `Informe de alta - {{LOCATION|Hospital Comarcal de Villaescusa}}
Paciente: {{NAME|Remedias Urquijo Lasarte}}. DNI {{ID|48217396-Q}}. Ingreso: {{DATE|3 de noviembre de 2026}}; alta: {{DATE|25 de noviembre de 2026}}. Neumonía bilateral, 4 días en UCI. Médico: Dra. {{NAME|Itzier Goñi}}.`,

  `Genetics clinic summary - {{NAME|Kavah Sabzevari}}. Family history: two maternal uncles ({{NAME|Dariash}} and {{NAME|Farhad}}) had kidney failure in their 30s; his mother {{NAME|Shiran}} has microscopic haematuria; a cousin is deaf. COL4A5 variant c.1871G>A. Sample {{ID|GEN-26-04412}} to {{LOCATION|Ardleigh Regional Genetics Laboratory}}.`,

  `Care-home transfer (Australia): resident {{NAME|Merv Tallowwood}}, Medicare {{HEALTH_PLAN|2419 88301 4}}, from {{LOCATION|Banksia Rise Aged Care}}, {{LOCATION|Toowoomba}} QLD {{ZIP|4350}}, to {{LOCATION|Darling Downs Base Hospital}} ED. Urinary retention, IDC inserted. Contact son {{NAME|Dougie}} {{PHONE|0412 774 390}}.`,

  `Pharmacy query (phone log {{DATE|Wed 3 Dec}} 14:20): {{NAME|Noar Al-Khatab}} from {{LOCATION|Riverband Pharmacy}} asked whether Mrs {{NAME|Zuleike Pembridga}} should still take methotrexate 15 mg weekly with the new trimethoprim. Advised to withhold; GP Dr {{NAME|Halloren}} informed.`,

  `ED handover: {{NAME|Stellen Vikström}}, 34, Swedish tourist staying at {{LOCATION|Harbour Lights Hostel}}, fall from scooter, scaphoid tenderness, XR normal, splint, fracture clinic {{DATE|Friday}}. Passport {{ID|91847720}}. EHIC {{HEALTH_PLAN|80752 0000 4418 2207}}.`,

  `Mental health act assessment note
{{NAME|Corwen Abernothy}}, 29, seen at {{LOCATION|Marlstone Police Station}} with AMHP {{NAME|Philippe Drummand-Oyelaren}} and s.12 doctor Dr {{NAME|Lazaras Mwanga-Hurst}}. Grandiose, not slept 5 nights. Detained s.2, bed found at {{LOCATION|Coldharboar Unit}}.`,

  `Care coordinator contact: spoke with {{NAME|Ruairi}} and his partner {{NAME|Maighread O'Dwyar-Kenna}} by phone ({{PHONE|+353 87 441 9082}}). Depot given by CPN {{NAME|Tomesz Wielgosz}} on {{DATE|2/12}}. Next CPA review {{DATE|Jan 14}}.`,

  `Death notification (telephone, recorded by receptionist {{NAME|Hayley}}): {{NAME|Bartholomaw Ngate}}, DOB {{DATE|5/5/1934}}, died at home on {{DATE|the 3rd}}; verified by district nurse {{NAME|Marama Tipena}}. Funeral director: {{LOCATION|Kowhaa Funerals}}, {{LOCATION|Hastings}}. NHI {{MRN|ZKT4418}}.`,

  `Disability parking badge - medical evidence. Applicant {{NAME|Perpetue Hollinraka}}, {{LOCATION|Flat 3, Millrace Court}}, {{LOCATION|Bramshott}} {{ZIP|GU30 7RZ}}. COPD, FEV1 0.9 L, walks 15 m. Vehicle {{VEHICLE|GU62 TWD}}. Signed Dr {{NAME|Anvar Rahimov}}, {{DATE|4.12.26}}.`,

  `Referral e-mail signature block:
-- 
{{NAME|Georgiane Ekwuema-Laithwaite}} | Advanced Nurse Practitioner
{{LOCATION|Cressbrook Primary Care Network}}, {{LOCATION|Unit 4, Tannery Yard}}, {{LOCATION|Bakewell}} {{ZIP|DE45 1PL}}
T: {{PHONE|01629 555 712}}  E: {{EMAIL|georgiane.ekwuema@cressbrook-pcn.example.nhs.uk}}  W: {{URL|https://cressbrook-pcn.example.nhs.uk}}`,

  `Ambulance run sheet (Germany) - RTW {{VEHICLE|HH-RD 4471}}. Einsatz {{DATE|05.12.2026}} 02:14, {{LOCATION|Wandsbeker Chaussee 188}}, {{ZIP|22089}} {{LOCATION|Hambarg}}. Pat. {{NAME|Hannelora Büssing}}, {{AGE|93}} J., Sturz, Hüfte rechts verkürzt. Notarzt Dr. {{NAME|Jörn Tedsen}}.`,

  `Genetics letter (cardiac)
Dear Dr {{NAME|Pryca}},
We saw {{NAME|Iolanthe Mawdsley}} with her two sons, {{NAME|Fitz}} (17) and {{NAME|Albian}} (14). Her late husband {{NAME|Roderack}} died suddenly while swimming at 39; his sister has long QT. KCNQ1 testing arranged for both boys at {{LOCATION|Wyvernmoor Heart Centre}}.
Dr {{NAME|Selasi Amedzro}}`,

  `Portal message from Dr {{NAME|Kwabene Asanta-Mortlaka}}: {{NAME|Hetta}}, the biopsy from your cheek showed a basal cell carcinoma, which is a slow, local skin cancer. I've booked you with Mr {{NAME|Thorne-Adeyeme}}'s team; the hospital will write with a date.`,

  `Home visit log, community palliative team. {{DATE|Mon 1 Dec}}: {{NAME|Ellas Ransome}}, syringe driver morphine 20 mg/24 h + midazolam 10 mg, comfortable. Wife {{NAME|Jennet}} coping, daughter {{NAME|Corinna}} arriving from {{LOCATION|Inverkeld}}. CNS {{NAME|Oluwasean Baptista}}. Key safe code kept by office only.`,

  `Pharmacy discharge check: {{NAME|Habakkuk Ferreire-Lundvall}}, MRN {{MRN|00773184}}. Apixaban 5 mg BD, but weight 56 kg, age 81, creatinine 141 - dose-reduction criteria met (2 of 3). Prescriber Dr {{NAME|Mukama}} paged {{DATE|05/12/2026}} 10:42.`,

  `Ambulance handover (ATMIST): Age 52, Time 17:05, Mechanism - cyclist v car on {{LOCATION|Old Quarry Road}}, Injuries - open tib/fib right, Signs - HR 118 BP 104/70, Treatment - splint, 10 mg morphine. Pt name {{NAME|Fintan Colquhoun}}. Crew {{NAME|Benedikta Sørlia}}, callsign {{VEHICLE|NW-342}}.`,

  `Tribunal report (social circumstances): Mr {{NAME|Arjunan Pillaa-Whitcomba}} lived with his mother {{NAME|Vasanthi}} at {{LOCATION|41 Orchard Crescent}}, {{LOCATION|Longmead}}, until {{DATE|June 2026}}. His brother {{NAME|Sanjeevan}} is willing to offer a room. Social worker: {{NAME|Ffian Caradog}}.`,

  `Insurance pre-authorisation. Member: {{NAME|Yolande Bastien-Oduye}}. Member ID {{HEALTH_PLAN|WXH 558 214 907}}. Group {{ACCOUNT|GRP-00441-EAST}}. Requested: MRI lumbar spine, radicular pain 9 weeks, failed physio. Requesting provider NPI {{LICENSE|1720459831}}. Fax back to {{FAX|(612) 555-0149}}.`,

  `Care-home transfer (to hospice): {{NAME|Seraphine Gallachar}}, {{AGE|96}}, CHI {{MRN|1203300482}}, from {{LOCATION|Kinloch House Nursing Home}} to {{LOCATION|St Columbe's Hospice}}. Anticipatory meds in place. Power of attorney: nephew {{NAME|Alasdaar Macleish}}.`,

  `Patient-portal reply (nurse {{NAME|Rosaland Achterbarg}}): Hello Mr {{NAME|Verhoeven-Okafar}}, the clinic has moved your appointment to {{DATE|Thursday 18th December}} at 09:30 at {{LOCATION|Elmbridge Outpatients}}. Please bring your glucose meter (serial {{DEVICE|GM7-220914-AB}}).`,

  `Handover (surgical, 08:00): 1) {{NAME|Pettigraw}} - day 3 Hartmann's, stoma pink, eating. 2) {{NAME|Lusardi}} - ?collection, CT at 10. 3) {{NAME|Okonja-Braithwaite}} - for home, TTOs done. Reg {{NAME|Cassias}} on bleep {{PHONE|2290}}.`,

  `Genetics pedigree narrative: proband {{NAME|Annwen Prothero}} (III-2), breast cancer at 38. Mother {{NAME|Myfenwy}} (II-3) ovarian cancer at 51, died {{DATE|1998-03-17}}. Maternal grandmother (I-2) breast cancer in her 40s. BRCA1 c.68_69delAG detected, lab ref {{ID|MG/26/55810}}.`,

  `Ship-to-shore medical call (radio medical): MV Ocean Tern, crew member {{NAME|Aurelii Santillán Mora}}, second engineer, chest pain 40 min. Ship's satellite phone {{PHONE|+870 773 112 904}}. Advised aspirin 300 mg, divert to {{LOCATION|Punta Delgada Naval Clinic}}.`,

  `Obituary-style notice to GP practice: The family of {{NAME|Hubert Aloysias Crabtrea}}, late of {{LOCATION|Pear Tree Cottage}}, {{LOCATION|Little Saxby}}, wish to thank Dr {{NAME|Mellor}} and the staff of {{LOCATION|Saxby Surgery}} for their care. He died on {{DATE|28th November 2026}} aged {{AGE|97}}.`,

  `Referral (fax) to {{LOCATION|Greyfriars Memory Clinic}}, fax {{FAX|0117 496 0554}}: Mrs {{NAME|Bathsheba Ormerad}}, {{DATE|14/02/1944}}, MoCA 19/30, lives alone at {{LOCATION|12 Linnat Close}}. Daughter {{NAME|Morwenne}} lives in {{LOCATION|Aberfeldy}}.`,

  `Disability form (USA): Claimant {{NAME|Deshewn Featherstona}}, SSN {{SSN|612-48-3307}}, DOB {{DATE|09/22/1971}}. Employer: {{LOCATION|Tri-County Lumber}}. Restrictions: no lifting over 10 lb for 12 weeks after L4-5 fusion. Examining physician: Dr {{NAME|Ilsa Brautigam}}, license {{LICENSE|MN-44721}}.`,

  `Handover sheet, paediatrics: Cot 2 - baby {{NAME|Ruadhan}} - bronchiolitis, HFNC 8 L, feeds NG. Cot 5 - {{NAME|Inaya Chaadhry}}, 4 - DKA day 2, off insulin infusion 06:00. Mum {{NAME|Rubine}} asks for a call from the consultant.`,

  `Telefonnotiz Hausbesuch: Frau {{NAME|Edeltraut Schwerdtfeger}}, {{AGE|92}} J., {{LOCATION|Lindenstraße 7}}, {{ZIP|79585}} {{LOCATION|Steinen-Höllstein}}. Pflegedienst {{LOCATION|Sozialstation Wiesental}} meldet Fieber 38,9 und Verwirrtheit seit {{DATE|Donnerstag}}. Tochter {{NAME|Margit}} erreichbar unter {{PHONE|+49 7627 918 442}}.`,

  `Verslag thuiszorg: mevrouw {{NAME|Geertruide van Oudshoorn}}, geboren {{DATE|3 april 1933}}, BSN {{ID|183 552 907}}. Wond stuit graad 3, verbandwissel. Huisarts {{NAME|Dijkgraef}}, {{LOCATION|Gezondheidscentrum De Vlonder}}, {{LOCATION|Zaltbommel}}. Volgende bezoek {{DATE|8 december}}.`,

  `Hjemmesygepleje, journalnotat {{DATE|4. december 2026}}: {{NAME|Sigvald Kjærsgaerd}}, CPR {{ID|140232-1187}}. Blodsukker 19,4, insulin givet. Datter {{NAME|Birthe}} ringet op på {{PHONE|+45 28 44 17 90}}. Egen læge: {{NAME|Ulrikka Thygesen}}, {{LOCATION|Lægehuset Vestergade}}, {{LOCATION|Ribe}}.`,

  `Relatório de alta - {{LOCATION|Hospital Regional de Itapecerica}}. Paciente {{NAME|Joaquina Dornelles Prates}}, CPF {{ID|418.227.903-61}}, Cartão SUS {{HEALTH_PLAN|708 4102 2871 5533}}. Internação {{DATE|12/10/2026}} a {{DATE|30/11/2026}}: AVC isquêmico, trombólise. Fisioterapeuta {{NAME|Clodoaldo}}; médico Dr. {{NAME|Aníbal Tavaras Quintela}}.`,

  `退院サマリー: 患者 {{NAME|鷹野 澄江}} 様、{{AGE|91}}歳。入院 {{DATE|2026年10月2日}}、退院 {{DATE|2026年11月27日}}。誤嚥性肺炎。主治医 {{NAME|久米田 修平}}。{{LOCATION|湊川中央病院}}。`,

  `Ambulance (India) - 108 run sheet: caller {{NAME|Ramprasad Ekbote}}, patient his wife {{NAME|Sunanda}}, 58, snake bite right foot at {{LOCATION|Khandala Wadi}}, taluka {{LOCATION|Maval}}. ASV started at {{LOCATION|Rural Hospital Vadgaon}}. Vehicle {{VEHICLE|MH 14 EM 2291}}. Aadhaar {{ID|4471 9920 3318}}.`,

  `Discharge note (Philippines): {{NAME|Ma. Concepcion Dimaculangen}}, PhilHealth {{HEALTH_PLAN|02-051884417-6}}, Brgy. {{LOCATION|San Isidra Labrador}}, {{LOCATION|Tanauan}}, Batangas. Dengue with warning signs, platelets 38 to 142. Attending: Dr. {{NAME|Rommel Villaseñar}}.`,

  `Clinic letter (Ghana): Re {{NAME|Akosue Ofora-Atte Boatang}}, folder no. {{MRN|KBTH/26/118204}}, NHIS {{HEALTH_PLAN|NHIS 0471 8823}}. Sickle cell (HbSS), third crisis this year. Hydroxyurea started. Review {{DATE|2 Feb 2027}}. Dr {{NAME|Kwesa Antwi-Danso}}.`,

  `Singapore polyclinic referral: Mdm {{NAME|Quek Swee Hwee}}, NRIC {{ID|S4128870J}}, {{LOCATION|Blk 412 Ang Mo Kio Ave 10, #08-221}}, Singapore {{ZIP|560412}}. HbA1c 9.8%. To {{LOCATION|Khoo Teck Puat Hospital}} diabetes centre. Tel {{PHONE|+65 9123 7741}}.`,

  `Korean discharge summary (translated): 환자 {{NAME|Pyeon Mi-rae}}, 등록번호 {{MRN|20261130-4471}}. Admitted {{DATE|2026.11.20}}, discharged {{DATE|2026.12.02}}. Acute pyelonephritis. Attending Prof. {{NAME|Gong Ji-hyeok}}, {{LOCATION|Daegu Bukbu Medical Center}}.`,

  `Nota de farmacia (México): paciente {{NAME|Eustolia Barragán Cuevas}}, CURP {{ID|BACE560812MJCRVS04}}, receta de tramadol sin firma. Se llamó al Dr. {{NAME|Heriberto Lozoya}} al {{PHONE|33 3841 2290}}. Farmacia {{LOCATION|San Judas Tadeo}}, {{LOCATION|Colonia Las Águilas}}.`,

  `Kenyan home-based care log: Client {{NAME|Nyokabi Wanjira-Gathona}}, {{LOCATION|Kiambaa}} village. CHV {{NAME|Mumba}} visited {{DATE|3/12/2026}}: ART adherence good, CD4 412. NHIF {{HEALTH_PLAN|5521-0047-82}}. Next visit {{DATE|17/12/2026}}.`,

  `{{NAME|oduye}} rang again re his mum's tablets, told him pharmacy will deliver {{DATE|tues}}`,

  `note to self - ring {{NAME|prudenca}} back about the smear result, she's on nights so after 4`,

  `Home-care log {{DATE|04/12/26}} 19:30 - {{NAME|Chidubam}} (carer): service user Mr {{NAME|Halewood}} - no answer at door, keysafe used, found on floor, conscious, 999 called, ambulance {{VEHICLE|YJ21 ANX}} attended 20:10.`,

  `Pharmacy query by e-mail from {{EMAIL|dispensary@kilnfield-pharmacy.example.co.uk}}: Patient {{NAME|Oluwatoyin Marchbenk}}, DOB {{DATE|Jan 9 1966}}, prescribed both sertraline 100 mg and tramadol 50 mg QDS. Serotonin risk - please review. {{NAME|Gwydion}}, pre-reg pharmacist.`,

  `Discharge summary (long stay, 112 days) - {{NAME|Benedek Harváth-Lindqvast}}, {{LOCATION|Northcote Spinal Injuries Centre}}. T6 complete after fall at work. MDT: Dr {{NAME|Aurelia Fenwraght}} (spinal), OT {{NAME|Keturah Boakya}}, SLT {{NAME|Imogan}}, psychologist Dr {{NAME|Osian Prydderch}}, social worker {{NAME|Delyth}}. Home adapted at {{LOCATION|5 Beacon View}}, {{LOCATION|Caerwent}}. Wheelchair serial {{DEVICE|QX7-0441-8822}}.`,

  `Insurance medical (life cover): Applicant {{NAME|Theodore Kaczmerczyk}}, policy application {{ACCOUNT|LA-99017344}}. BMI 31, BP 148/92 on two readings, no medication. Examiner {{NAME|Joost Wevers}}, {{DATE|2 December 2026}}, at {{LOCATION|Merchant Quay Health Screening}}.`,

  `Handover (ICU): bed 4 - {{NAME|Ifeoluwe Ransley-Adebaya}} - ECMO day 6, circuit {{DEVICE|CARD-HLS-22091}} changed on {{DATE|03/12}}. Husband {{NAME|Kolade}} visits 2-8.`,

  `Tribunal hearing outcome: patient {{NAME|Mirele Dragomar}} discharged from s.3 by the tribunal on {{DATE|1 December 2026}}. Panel: Judge {{NAME|Hathersage}}, medical member Dr {{NAME|Ngoza Aldoas}}, specialist lay member {{NAME|Peregrina Lyell}}. Aftercare at {{LOCATION|Foxglova Community Mental Health Team}}.`,

  `ED referral from GP out-of-hours (phone, {{DATE|Sun 7 Dec}} 23:50): Dr {{NAME|Eleftherie Kouloumbi}} sending {{NAME|Manfred Quast}}, 46, with a hot swollen knee, temp 38.6. Lives at {{LOCATION|The Old Forge}}, {{LOCATION|Tilbrook End}}, {{ZIP|PE28 0JT}}.`,

  `Patient portal (message from clinician): Dear Ms {{NAME|Aderinsola}} - the scan booking link is {{URL|https://book.weyford-imaging.example.org/slot?ref=88214}}. If it doesn't work, ring {{PHONE|0300 555 0193}}. Best, Dr {{NAME|Hildegunn Røed}}`,

  `Death verification (nursing home): {{NAME|Cuthbart Ellinghem}}, {{AGE|ninety-seven}}, verified 05:15 {{DATE|6 Dec 2026}} by RN {{NAME|Evangelina Oyeboda}}. No pacemaker. GP Dr {{NAME|Wakeham}} to issue MCCD. Family ({{NAME|Sylvie Ellinghem}}) informed.`,

  `Ambulance (Canada) ACR: pt {{NAME|Maryse-Josette Thibodeau-Caron}}, RAMQ {{HEALTH_PLAN|THIM 6607 1214}}, from {{LOCATION|2450 rue des Érablas}}, {{LOCATION|Rimouski}} QC {{ZIP|G5L 3C4}}. Anaphylaxis (wasp), epi 0.5 mg IM x2. Unit {{VEHICLE|4471-RIM}}.`,

  `Genetics: consanguineous family (parents first cousins). Proband {{NAME|Zaineb Al-Rubaia}}, 3, developmental delay and seizures; her sister {{NAME|Maryem}} died aged 2 with similar illness. Father {{NAME|Haider}}, mother {{NAME|Rusul}}. Exome trio sent, request {{ID|EXO-26-7731}}.`,

  `Handover (community hospital): {{NAME|Agathe Pinchbeck}}, 88, for discharge {{DATE|Tues}} to her daughter's in {{LOCATION|Wickhambrook}}; equipment delivered by {{LOCATION|Orwell Community Equipment}}. Frame ordered. {{NAME|Ruthella}} (daughter) {{PHONE|07845 220 716}}.`,

  `Pharmacy query (hospital): Dr {{NAME|Kallistratos}}, please clarify gentamicin for {{NAME|Jeremieh Oyelowa-Tapley}}, 82 kg, creat 168: level at 18 h was 2.4. Next dose? {{NAME|Sunnive Bakke}}, antimicrobial pharmacist, ext {{PHONE|5512}}.`,

  `Referral e-mail (dermatology)
From: Dr {{NAME|Pádraic Ó Ceallacháan}} <{{EMAIL|pocallaghan@gleannmor-gp.example.ie}}>
Re: {{NAME|Nollaig Breathnech}}, DOB {{DATE|25/12/1990}}, changing mole left shoulder, 8 mm, two colours. Dermoscopy images uploaded to {{URL|https://teledermis.example.ie/case/44719}}.
Regards, {{NAME|Pádraic}}
{{LOCATION|Gleann Mór Medical Centre}}, {{LOCATION|Baile an Róba}}, Co. Mayo {{ZIP|F12 X2P4}}. Ph {{PHONE|+353 94 954 1187}}`,

  `Visit log (home dialysis nurse): {{NAME|Ezekial Brathwaite}}, machine serial {{DEVICE|NxStage-SN-77A2190}}, {{DATE|Dec 2}}: dry weight 78.5, pre 80.1. Access thrill good. Wife {{NAME|Cordelie}} trained. Next visit {{DATE|Dec 16}}. Nurse {{NAME|Lourdas Ybarre}}.`,

  `Insurance form (travel claim): Insured {{NAME|Harald Vinterberg}}, policy {{HEALTH_PLAN|TRV-DK-00441-92}}. Admitted {{LOCATION|Clínica Sant Jordi}}, {{LOCATION|Sóller}}, {{DATE|14-16 Oct 2026}}, appendicitis. Treating surgeon Dr {{NAME|Bartomeu Pons Riutort}}. Bank acct for reimbursement {{ACCOUNT|DK50 0040 0440 1162 43}}.`,

  `Mental-health tribunal, nurse's report: {{NAME|Lachlen Dunber-Osea}} has had unescorted leave to {{LOCATION|Brookfield Retail Park}} since {{DATE|20/10/2026}} without incident. Named nurse: {{NAME|Chantelle Ogundipa}}. Ward manager {{NAME|Idras Mabbott}}.`,

  `Care-home transfer letter: Dear colleagues at {{LOCATION|Heatherbank Care Centre}}, {{NAME|Florenca Ivette Budgen}} returns to you today after 19 days with us. New: furosemide 40 mg, stop amlodipine. Please weigh daily. Ward sister {{NAME|Bernadetta Keagh}}, {{PHONE|0161 555 0842}}.`,

  `Ambulance run sheet (NZ): Pt {{NAME|Wirema Te Awa-Kingi}}, {{LOCATION|38 Kowhaa Street}}, {{LOCATION|Ōtorohanga}} {{ZIP|3900}}. Chest pain 1 h, STE inferior leads. Aspirin, GTN, to {{LOCATION|Waikata Hospital}} cath lab. Crew {{NAME|Mereana}} and {{NAME|Jarrod Penfold}}.`,

  `Handover sheet (maternity): Rm 2 - {{NAME|Kezieh Fairweathar}}, G2P1, 39+4, induction, ARM at 06:00. Rm 5 - {{NAME|Sorche Mulrennan}}, PPH 1.4 L, Hb 79. Midwife in charge {{NAME|Mercyline}}; obs reg {{NAME|Rajasekhar}}.`,

  `Death notification to GP (hospice): {{NAME|Osmund Ferrers}} died {{DATE|Wed 03/12/2026}} at 14:05, {{LOCATION|Lantern House Hospice}}. Wife {{NAME|Hester}} and son {{NAME|Rafa}} present. Please cancel outstanding appointments.`,

  `Portal message: {{NAME|Priyanke}}, your pregnancy blood tests are back - all fine, ferritin 41, rubella immune. Your 20-week scan is on {{DATE|the 22nd}}. - Midwife {{NAME|Saffron Leadbettar}}`,

  `Genetics letter (neuro): {{NAME|Gerontius Blayney}} and his sister {{NAME|Perdite}} both developed chorea in their 40s; their father died in {{LOCATION|Ashwarth Park Hospital}} in 1987. HTT CAG 44 repeats. Predictive testing requested by nephew {{NAME|Lysandar Blayney-Hook}}, who lives in {{LOCATION|Kirkby Stephen}}.`,

  `Pharmacy query (community): Mrs {{NAME|Oyeronke Salako}} brought a prescription dated {{DATE|28/10/2026}} for a schedule 2 drug, now expired. Prescriber Dr {{NAME|Trevelyan}} contacted on {{PHONE|01872 555 309}}.`,

  `Disability claim (Ireland): applicant {{NAME|Caoamhín de Burca}}, PPSN {{ID|8241739TA}}, address {{LOCATION|Apt 12, Quay Mills}}, {{LOCATION|Carrick-on-Suir}}. MS, EDSS 6.0. Certified by Dr {{NAME|Niemh Ní Bhriaan}} on {{DATE|01.12.2026}}.`,

  `IT audit (records access): user ID {{ID|U448102}} opened the record of {{NAME|Jessemy Thornbary}} on {{DATE|30/11/2026}} 22:14 from workstation IP {{IP|10.112.40.77}}. Not in care team; referred to the Caldicott guardian.`,

  `Remote monitoring alert: ICD {{DEVICE|PMX-448120K}} of {{NAME|Gasperd Leclarc-Nwachukwa}} transmitted 3 shocks {{DATE|05/12}} 04:12. Transmission server {{IP|2001:db8:4c1:20::17}}. Call patient {{PHONE|+33 6 12 48 77 09}}.`,

  `Telehealth login trouble: {{NAME|Desmand}} could not join; link {{URL|https://meet.harrowvale-health.example.com/room/77120}} expired. Re-sent to {{EMAIL|des.okonkwa-mayberry@mailbox.example.org}}. Surname on record {{NAME|Okonkwa-Mayberry}}.`,

  `Handover (ED majors, 20:00): cubicle 7 {{NAME|faircloagh}} - ?sepsis, lactate 4.1, 2nd litre up. cubicle 9 {{NAME|bamidele}} - DKA, on FRIII. cubicle 11 {{NAME|gwatkin}} - for CT head. nurse in charge {{NAME|tegan}}.`,

  `Ambulance run sheet (Ireland): Pt {{NAME|Donnche Ó Súilleabháan}}, {{LOCATION|Knockanore Cross}}, {{LOCATION|Ballyheigue}}, Eircode {{ZIP|V92 KX40}}. Seizure at mart, 4 min, buccal midazolam. Vehicle {{VEHICLE|191-KY-4471}}.`,

  `Care-home transfer (Netherlands): bewoner {{NAME|Hendrikas Zwanenbarg}}, geb. {{DATE|18-11-1929}}, van {{LOCATION|Zorgcentrum De Wingerd}}, {{LOCATION|Kerkstraet 41}}, {{ZIP|5301 EJ}} {{LOCATION|Zaltbrink}}, naar SEH. Koorts, saturatie 87%. Contact zoon {{NAME|Wim}} {{PHONE|+31 6 4417 2290}}.`,

  `Insurance (US) EOB query: patient {{NAME|Latrelle Washburn-Oba}}, member {{HEALTH_PLAN|UHX 882 041 337 01}}, claim {{ACCOUNT|2026-77104-558}}, DOS {{DATE|10/14/2026}}. Denied as out-of-network; provider {{LOCATION|Cedar Hollow Urgent Care}}, tax ID {{ID|84-2210473}}.`,

  `Portal message (clinician): Hello Mr {{NAME|Oakenfold}} - your INR today is 4.6, please miss tonight's warfarin and take 3 mg from tomorrow. Recheck {{DATE|Mon 8/12}}. Anticoag nurse {{NAME|Junipar Lightbody}}.`,

  `Tribunal (Scotland) report: patient {{NAME|Fearghas MacIllFhinnein}}, CTO since {{DATE|12 March 2025}}. Named person: sister {{NAME|Iseabail}}. MHO {{NAME|Ronen Gilfeather}}. Hearing at {{LOCATION|Dunraven Community Centre}}.`,

  `Discharge summary (long stay, rehab): {{NAME|Clementia Awolowo-Pryar}}, admitted {{DATE|Aug 19, 2026}}, discharged {{DATE|Nov 30, 2026}}. Stroke rehab: physio {{NAME|Tarquin}}, OT {{NAME|Yasmean Hadded-Lowndes}}, SALT {{NAME|Ebany}}, orthoptist {{NAME|Marguerita Sallis}}. Consultant Dr {{NAME|Wolstenholma}}. Home with package from {{LOCATION|Caring Hands Domiciliary}}.`,

  `Pharmacy (Australia) query: Script for {{NAME|Bronte Killalea}}, Medicare {{HEALTH_PLAN|5512 44017 2}}, PBS authority {{ID|A88104471}} - quantity unclear. Prescriber Dr {{NAME|Naveen Thirukumaran}}, prescriber no. {{LICENSE|2284417}}. {{LOCATION|Wollongbar Pharmacy}}, fax {{FAX|02 6628 5519}}.`,

  `Patient-portal message from the practice nurse: {{NAME|gracie}}, the travel jabs are booked for {{DATE|12/12}}; bring your vaccination booklet. {{NAME|lornagh}}`,

  `Ambulance run sheet: RRV {{VEHICLE|KX73 FHB}}, job {{ID|CAD 4471-0812}}. Male, {{AGE|94}}, fall at {{LOCATION|Sunnyhill Sheltered Housing}}, {{LOCATION|Flat 22}}, hip pain, shortened leg. Pt {{NAME|Stanislaw Wrzosek}}. Warden {{NAME|Lorette}} let us in.`,

  `Handover from day to night (hospice): {{NAME|Aurora Lindgran-Menseh}} - agitated 16:00, midazolam 2.5 mg sc x1. Partner {{NAME|Kwabenya}} staying overnight. Chaplain, Father {{NAME|Dominac Stirrup}}, visited.`,

  `Referral e-mail (urology)
Dear Mr {{NAME|Abernithy-Quaya}},
Please see {{NAME|Leofrac Humberstone}}, 66, PSA 14.2 (was 6.1 in 2024), DRE craggy right lobe.
With thanks,
{{NAME|Rosamand Lyell-Okora}}
Salaried GP | {{LOCATION|Frogmore Health Centre}} | {{EMAIL|rosamand.lyell-okora@nhs.example.net}}`,

  `Home visit log (health visitor): {{DATE|01/12/2026}} new birth visit to baby {{NAME|Oakley}} and mum {{NAME|Shania Bristow}} at {{LOCATION|14 Wran Gardens}}, {{LOCATION|Ebbsfleet Valley}}. Weight 3.21 kg (birth 3.40). Dad {{NAME|Kylan}} present. Next contact {{DATE|15/12/2026}}.`,

  `Insurance disability form (Canada): {{NAME|Guillaume Archambault}}, SIN {{SSN|046 454 286}}, employer {{LOCATION|Papeterie Rivière-du-Nord}}. Off work since {{DATE|2026-09-02}} with major depression. Dr {{NAME|Éloïse Vachon-Trembley}}, CMQ {{LICENSE|1-22840}}.`,

  `Death notification (police surgeon to GP): {{NAME|Roydon Capstick}}, 61, found deceased at {{LOCATION|Wharfside Lock-up 3}}, {{LOCATION|Ossett}}, {{DATE|2/12/2026}}. Referred to HM Coroner. Officer PC {{NAME|Gemme Ackrayd}} collar {{ID|4471}}.`,

  `Pharmacy query (care home): {{NAME|Ethelreda Cooksey}}, {{LOCATION|Bramblewood House}}, MAR shows alendronate given with breakfast. Advised 30 min before food, upright. Senior carer {{NAME|Mihaele Ionesca}}.`,

  `Tribunal report (psychology): {{NAME|Kip Mallinder}} (preferred name; legal name {{NAME|Crispus Mallinder}}) completed the anger-management programme at {{LOCATION|Ashdene Secure Unit}}. HCR-20 reviewed {{DATE|Nov 2026}}. Psychologist Dr {{NAME|Ottiline Barraclough}}.`,

  `Genetics (prenatal): {{NAME|Anoushka Varadarajan}}, 36, NIPT high chance T21. Partner {{NAME|Vikrem}}. CVS booked {{DATE|11 Dec}} at Fetal Medicine Unit, {{LOCATION|Kingsmere Maternity}}. Counsellor {{NAME|Philomene Ashdawn}}.`,

  `Care-home transfer (Scotland): {{NAME|Isobal Rintoul}}, CHI {{MRN|2811294417}}, from {{LOCATION|Glenorchy Court}}, {{LOCATION|Bo'ness}} {{ZIP|EH51 9QT}}, for assessment of delirium. Key worker {{NAME|Faride}}.`,

  `Portal message to patient (dietitian): {{NAME|Barneby}} - great progress, 4 kg down since {{DATE|September}}. Keep the food diary on {{URL|https://diary.wellpath-nutrition.example.net/u/barneby-k}}. {{NAME|Cirys Morgan-Ifeanya}}, RD`,

  `Handover sheet (orthopaedics): {{NAME|KRZYWICKI, Aleksander}} - NOF, theatre pm. {{NAME|VELLACOTT, Primrose}} - periprosthetic #, awaiting Mr {{NAME|Haverfield}}. {{NAME|ADEBOWALE-SMYTHE, Tunde}} - wash-out, on vanc.`,

  `Referral letter to rheumatology, {{LOCATION|Highcross Hospital}}: Re {{NAME|Marigald Etheridge}}, hospital no. {{MRN|HX0918273}}, NHS {{MRN|401 227 9936}}. Inflammatory back pain, HLA-B27 positive. Dr {{NAME|Sebastiaan Kloosterman}}.`,

  `Ambulance run sheet (US EMS): Pt {{NAME|Teodore Villalpando}}, DOB {{DATE|03-14-1959}}, picked up at {{LOCATION|Westgata Truck Stop}}, {{LOCATION|I-40 exit 121}}, {{LOCATION|Kingman}}, AZ. Driver's license {{LICENSE|D08841027}}. Semi truck plate {{VEHICLE|AZ 7TRK221}}.`,

  `Home-care log (Spanish): {{DATE|lunes 1/12}} - cuidadora {{NAME|Maricraz}}: Don {{NAME|Evaristo Peñalver}} con tos, 37,8. Se avisa a su hija {{NAME|Nieves}} al {{PHONE|+34 612 448 019}}.`,

  `Patient portal (physio): Hi {{NAME|Torben}}, video of the exercises: {{URL|youtu.be/kneeRehab-x7Q2}}. See you {{DATE|Thurs}}. {{NAME|Majella}}`,

  `Discharge summary (ICU long stay, 64 days): {{NAME|Radegund Ochiang-Larsan}}, {{LOCATION|Cathcart Royal Infirmary}}. Team: Dr {{NAME|Elspath Haldane}}, Dr {{NAME|Tiberia Costache}}, nurse {{NAME|Kelechi}}, physio {{NAME|Brannagh}}. Ventilator {{DEVICE|HAM-C6-07741}} weaned {{DATE|29/11}}.`,

  `Pharmacy query (US): Rx for {{NAME|Shaquille Ambrosa-Dunn}}, DOB {{DATE|7/4/1988}}, oxycodone 10 mg #120 - DEA {{LICENSE|BD4471902}} does not match prescriber Dr {{NAME|Wendelina Kraus}}. Pharmacy {{LOCATION|Mesa Verde Drug}}, {{PHONE|(505) 555-0172}}.`,

  `Handover, GP practice (duty doctor): ring back Mrs {{NAME|Fothergill}}'s daughter re DNACPR; {{NAME|Ambrosa}} (pharmacist) needs a script for {{NAME|Tiernan Boyce}}; visit {{NAME|Wetherall}} at {{LOCATION|Copper Beech Farm}} after 3.`,

  `Occupational health referral (e-mail): Employee {{NAME|Saoirsa Lennon-Achterbarg}}, staff no. {{ID|E0044187}}, porter at {{LOCATION|Greyhythe General}}. Back pain after patient transfer {{DATE|17 Nov}}. Manager {{NAME|Coilín}}. Reply to {{EMAIL|ohreferrals@greyhythe.example.nhs.uk}}.`,

  `Ambulance run sheet (Kenya): Pt {{NAME|Otiena Ochola Wera}}, RTA at {{LOCATION|Kisuma-Busia road}} near {{LOCATION|Maseno}}. Open femur #. Ambulance {{VEHICLE|KCK 441T}}. Taken to {{LOCATION|Jaramogi Oginga Odinga Teaching and Referral Hospital}}. Brother {{NAME|Onyango}} {{PHONE|+254 722 418 903}}.`,

  `Disability living allowance (child): {{NAME|Alfie-Jensen Thwaita}}, DOB {{DATE|2018-06-30}}, autism and epilepsy. Parent {{NAME|Carly Thwaita}}, {{LOCATION|88 Peel Street}}, {{LOCATION|Nelsan}} {{ZIP|BB9 7PH}}. Claim ref {{ACCOUNT|DLA/88/0419920}}.`,

  `Genetics clinic (in words): {{NAME|Eirwen Jagger}}'s mother and two maternal aunts had bowel cancer before 50; her cousin {{NAME|Dalys}} had endometrial cancer at 44. MLH1 c.1852_1854del found in {{NAME|Eirwen}}. Colonoscopy every 2 years at {{LOCATION|Tremadog Endoscopy Unit}}.`,

  `Tribunal report (RC addendum, {{DATE|04/12/2026}}): Since my report Mr {{NAME|Oyinlole}} has absconded once (returned by police from {{LOCATION|Gravesend}} station after 6 h). Dr {{NAME|Wilhelmine Osea-Bonsa}}.`,

  `Insurance form (dental accident): {{NAME|Ptolemaeus Frasar-Ngu}}, policy {{HEALTH_PLAN|DEN-77104-A}}, injury {{DATE|1 Nov 2026}} at {{LOCATION|Kingfisher Leisure Centre}}. UR1 avulsed, reimplanted at 50 min. Dentist {{NAME|Maud Ravenhill}}, GDC {{LICENSE|288140}}.`,

  `Care-home transfer (Ireland): {{NAME|Bríde Ní Mhurchú}}, {{AGE|99}}, from {{LOCATION|Teach Altranais Naomh Áine}} to {{LOCATION|University Hospital Karry}}. IHI {{ID|0481177290}}. Nephew {{NAME|Seosamh}}.`,

  `Portal message (GP): {{NAME|Talluleh}}, your sick note is ready: {{URL|https://portal.ashbeck-surgery.example.co.uk/doc/fitnote-55271}}. Valid to {{DATE|19.12.2026}}. Dr {{NAME|Abimbole Hartigan}}`,

  `Pharmacy query (fax to GP): Patient {{NAME|Cosimo Benedette}}, {{DATE|12-Jan-1947}}, dispensed digoxin 250 mcg, heart rate reported 44 by carer. Please advise. {{LOCATION|Lark Rise Pharmacy}}, fax {{FAX|01295 555 881}}.`,

  `Discharge summary (burns, 41 days): {{NAME|Joneh Merriwether-Oni}}, MRN {{MRN|B-22081944}}, 18% TBSA flame burns. Grafts by Mr {{NAME|Pembertan-Asanta}} and Ms {{NAME|Kirsi Halonen}}. Pressure garments fitted by {{NAME|Ondine}}. GP Dr {{NAME|Bellamy}}: follow-up for itch.`,

  `Home-care log (Japan, translated): {{DATE|12月3日}} ヘルパー {{NAME|小野寺}} 訪問。利用者 {{NAME|篠原 トメ}} 様、食欲低下。家族 {{NAME|篠原 勝}} 様に連絡 ({{PHONE|090-4417-2281}})。`,

  `Ambulance run sheet (UK, cardiac arrest): Pt {{NAME|Lyndan Quarrie}}, arrest at {{LOCATION|Brambleside Golf Club}}, bystander CPR by {{NAME|Felicity Marchetta}}, AED {{DEVICE|AED-HS1-B44712}} shocked x2. ROSC 14 min.`,

  `Handover (renal): {{NAME|Ngaira Holmwood}} - line sepsis, tunnelled line out, tip to micro. {{NAME|Bartasz}} - K 6.7, calcium gluconate given, dialysis at 14:00. Dr {{NAME|Kristiansan}} on call.`,

  `Genetics letter: Mr and Mrs {{NAME|Harrowgata}} - their son {{NAME|Lorcen}} has Duchenne (DMD exon 45-50 deletion). Mrs {{NAME|Tabitha Harrowgata}} is a carrier; her sister {{NAME|Verity}} is pregnant and has been offered testing.`,

  `Police custody healthcare note: detainee {{NAME|Lemual Harkaway}}, custody ref {{ID|KD/26/44719}}, {{LOCATION|Southbank Custody Suite}}. Alcohol withdrawal risk, CIWA 12. FME Dr {{NAME|Zenobia Akhtir-Hala}}. Solicitor Mr {{NAME|Penrosa}} informed.`,

  `Pharmacy query (hospital at home): {{NAME|Ermintruda Gaskell}} on IV ceftriaxone via PICC, pump serial {{DEVICE|CADD-SOL-770412}}. Infusion alarm overnight. Nurse {{NAME|Rukhsane}} visiting at {{LOCATION|6 Hollybush Terrace}}.`,

  `Referral e-mail (paeds): Dear Dr {{NAME|Ellwood-Banjo}}, 
Could you see {{NAME|Zephaniah Coultard}}, 6, with recurrent UTIs and a duplex kidney? Mum {{NAME|Rhiannan}} prefers {{DATE|Wednesday}} mornings. Phone {{PHONE|07423 551 908}}.
Best wishes, {{NAME|Maximilian Achterhaf}}, GPST3`,

  `Insurance form (critical illness): insured {{NAME|Hyacanth Oduwole-Barrington}}, DOB {{DATE|15 Aug 1972}}, policy {{HEALTH_PLAN|CI-4471029-UK}}. Diagnosis: invasive ductal carcinoma, date of diagnosis {{DATE|9 Sept 2026}}. Oncologist Dr {{NAME|Auden Ferridey}}, {{LOCATION|Marsden Row Cancer Centre}}.`,

  `Care-home transfer form (US nursing facility): resident {{NAME|Winifrad Albertina Scully}}, Medicare {{HEALTH_PLAN|1EG4-TE5-MK72}}, {{AGE|102}}, from {{LOCATION|Magnolie Terrace Skilled Nursing}}, {{LOCATION|Thibodaux}}, LA {{ZIP|70301}}. POLST: DNR. Daughter {{NAME|Claudette}} {{PHONE|985-555-0138}}.`,

  `Death notification to GP (ED): Your patient {{NAME|Wendall Ikeotuonye}} died in our department on {{DATE|5.12.2026}} after an out-of-hospital cardiac arrest at {{LOCATION|Marlowa Street Gym}}. Next of kin {{NAME|Chiamake Ikeotuonye}}. ED consultant Dr {{NAME|Lindqvast}}.`,

  `Handover (medical admissions, lower case list)
- {{NAME|edwina}} bed 1 copd ex, on niv
- mr {{NAME|tollemache}} bed 3 ?pe, ctpa booked
- {{NAME|haroun}} bed 6 alcohol w/d, pabrinex`,

  `Ambulance (Germany) - Übergabe: Patientin {{NAME|Waltraud Ebbinghaus}}, {{LOCATION|Seniorenresidenz Am Kurpark}}, {{LOCATION|Bad Ams}}, Sturz, Platzwunde. Kennzeichen RTW {{VEHICLE|EMS-RK 112}}. Versicherung {{HEALTH_PLAN|AOK A448102917}}.`,

  `Patient portal (secure message) from Dr {{NAME|Oyelaren-Frith}}: {{NAME|Ansalm}}, your holter showed short runs of atrial fibrillation. I'd like to start apixaban; can we talk on {{DATE|Tuesday the 9th}}? You can also email {{EMAIL|cardio.secretaries@larchfield.example.org}}.`,

  `Tribunal (mental health) - nearest relative displacement: applicant AMHP {{NAME|Marcas Oyetunde-Greave}}; nearest relative {{NAME|Dorces Pilkington}} (mother) objects. Patient {{NAME|Ruban Pilkington}}, Meadowlark Ward, {{LOCATION|Thornfield Hospital}}.`,

  `Home visit log (community midwife): {{DATE|Dec 3}} - {{NAME|Shakire Obuye}} and baby girl {{NAME|Amani}}, day 5. Jaundice to chest, SBR 212. Readmitted to {{LOCATION|Pennina Vale Maternity}}. Midwife {{NAME|Tessa Grimshew}}.`,

  `Pharmacy query (veterinary confusion): owner {{NAME|Gilberto Arriete}} brought a prescription for himself from Dr {{NAME|Hollans}} but labelled for his dog. Clarified with surgery on {{PHONE|01392 555 418}}.`,

  `Disability form (Australia, NDIS): participant {{NAME|Kirre Goolagong-Webley}}, NDIS no. {{ID|430 118 772}}, {{LOCATION|12 Acacia Parade}}, {{LOCATION|Dubbo}} NSW {{ZIP|2830}}. Cerebral palsy GMFCS III. Report by OT {{NAME|Lachia Brennen}}.`,

  `Discharge summary (psychiatry, 71 days): {{NAME|Ingebarg Nakagawara-Holtby}}, {{LOCATION|Birchmoor Hospital}}. Consultant Dr {{NAME|Evandar Stroad}}, ward doctor Dr {{NAME|Adaeza}}, named nurse {{NAME|Colby}}, OT {{NAME|Saskia Veldhuizen}}. Clozapine started {{DATE|24/09/2026}}, titrated to 300 mg. Pharmacy registration {{ID|CPMS-448102}}.`,

  `Referral (fax cover): TO {{LOCATION|Elmharst Sleep Centre}} FAX {{FAX|+1 416 555 0199}} RE {{NAME|Bartholomaw Nakajo-Rudloe}} OHIP {{HEALTH_PLAN|4471-229-018-HK}} - loud snoring, ESS 16.`,

  `Vehicle incident (ambulance run sheet): pt {{NAME|Cyprien Dobrowolski}} was driver of {{VEHICLE|PO19 WZT}}, rear-ended on {{LOCATION|Fratton Road}}. Neck pain, Canadian C-spine rule negative. Discharged from scene to GP.`,

  `Handover note: {{NAME|Ffraid}} in side room 2 has CPE, contact precautions. Her husband {{NAME|Gruffydd Tudar}} to phone before visiting. Infection control nurse {{NAME|Vashti}} aware.`,

  `Insurance (motor claim, medical report): claimant {{NAME|Ibraham Kourouma}}, claim {{ACCOUNT|MTR-26-118047}}, vehicle {{VEHICLE|LD23 OXV}}, accident {{DATE|22/09/2026}} at junction of {{LOCATION|Tollington Way}} and {{LOCATION|Hatchard Road}}. Whiplash grade II.`,

  `Pharmacy query: {{NAME|Lavinie Cheang-Abare}} asked if she can take her own insulin pump ({{DEVICE|MMT-780G NG4471902H}}) on the ward. Diabetes nurse {{NAME|Orla}} to assess.`,

  `Portal message (clinic admin): Dear {{NAME|Cresside Vanstona}}, your telephone appointment with Dr {{NAME|Lomax}} is on {{DATE|15/12/2026}}; we will call {{PHONE|+44 7700 900 418}}. Reply STOP to opt out.`,

  `Genetics: {{NAME|Teodar Ivanchuk}}, 19, tall, pectus, aortic root z-score 3.4. Father {{NAME|Mykola}} had sudden death at 36 in {{LOCATION|Ternopil}}. Sample to lab with ref {{ID|TGX-880412}}.`,

  `Tribunal report (social work): {{NAME|Delphyne}} will live at {{LOCATION|Harbour House Supported Living}}, {{LOCATION|Newlyn}}, on discharge. Support worker {{NAME|Kerenza Pengally}}. Benefits sorted by {{NAME|Marcas}} at the council.`,

  `Care-home to hospital transfer (UK): {{NAME|Leonora Brightwell-Amoah}}, NHS no. {{MRN|482 110 7735}}, {{LOCATION|Lavender Court Nursing Home}}, {{ZIP|SO41 8BN}}. Catheter, MRSA negative. Hearing aids x2 sent. Carer {{NAME|Jovita}}.`,

  `ED triage line: 02:17 | {{NAME|MacCRIMMON, Hamash Torqual}} | 44M | assault, facial injury, ETOH | police PC {{NAME|Odura}} with pt`,

  `Home-care visit (reablement), {{DATE|Fri 5th Dec}}: {{NAME|Norbert Sowerbatts}} managed stairs with rail, kettle safe. Reablement officer {{NAME|Janine}}. Goals met; discharge from service {{DATE|12/12}}.`,

  `Death notification (coroner's officer to GP): {{NAME|Aldoas Penhale}}, DOB {{DATE|01/04/1958}}, found at {{LOCATION|Gweek Quay}} {{DATE|28.11.2026}}. Post-mortem at {{LOCATION|Treliske Mortuary}}. Coroner's officer {{NAME|Demelze Rowse}}, {{PHONE|01872 555 202}}.`,

  `Referral e-mail (gastro) with signature:
Thanks {{NAME|Aislang}}, I'll add {{NAME|Reuban Szczepańske}} to the list.
{{NAME|Marisal Ekwensi-Hartley}}
Endoscopy Coordinator | {{LOCATION|Wolds Gastroenterology Unit}}
{{EMAIL|m.ekwensi@woldsgi.example.nhs.uk}} | {{PHONE|01482 555 610}}`,

  `Network log (remote prescribing): session for {{NAME|Beatraz Caamaño}} from IP {{IP|203.0.113.58}} on {{DATE|2026-12-04T21:07}}; prescriber login {{ID|RX-77104}}.`,

  `Disability form (US VA): veteran {{NAME|Lorenza Kealohe}}, SSN {{SSN|577-20-4418}}, service-connected PTSD and tinnitus. Exam at {{LOCATION|Kaneohe Veterans Clinic}}, {{DATE|Nov 21, 2026}}.`,

  `Handover (neonatal): twins of {{NAME|Morayo Adeyema-Clarka}}: twin 1 CPAP, twin 2 in air. Dad {{NAME|Jeroma}}.`,

  `Pharmacy (Ireland): Dr {{NAME|Gobnaat Cronin}}, Medical Council no. {{LICENSE|408117}}, prescribed for {{NAME|Seán Ó Dálaagh}}, GMS card {{HEALTH_PLAN|4471902K}}. Query: methotrexate daily?`,

  `Portal message: Ms {{NAME|Winterbourna}}, the skin clinic photos were received. Dr {{NAME|Rautenbech}}`,

  `Ambulance run sheet (South Africa): pt {{NAME|Sipha Mthemba-Daniels}}, GSW left thigh, {{LOCATION|Khayelitshe Site C}}. Tourniquet 21:40. ID no. {{ID|8807125448087}}. Vehicle {{VEHICLE|CA 448-102}}.`,

  `Handover (stroke unit): {{NAME|Huw Pritcherd-Llayd}} - thrombolysed 14:10, NIHSS 9 to 4. Wife {{NAME|Anghared}} at {{LOCATION|Riversida Lodge Hotel}}. Repeat CT {{DATE|Sat}} am.`,

  `Discharge summary (cardiothoracic, 38 days): {{NAME|Konstantin Abramovich-Pell}}, MRN {{MRN|CT44718}}. CABG x3 by Mr {{NAME|Hargreavas-Lowndes}}, re-sternotomy for bleeding by Ms {{NAME|Aurélia Fontenat}}. ICU Dr {{NAME|Sunderland}}. Cardiac rehab at {{LOCATION|Kestral Park Leisure Centre}}.`,

  `Pharmacy query (e-mail): {{NAME|Hamze}}, can you check the lithium level for {{NAME|Isadore Pennycuack}}? 1.4 on {{DATE|3/12}}. - {{NAME|Gwendolan}}, {{EMAIL|gwen.pharm@thornleigh.example.nhs.uk}}`,

  `Patient-portal message: {{NAME|Leopald}}, the hospital's new address for your scan is {{LOCATION|Harboursida Diagnostic Centre}}, {{LOCATION|3 Dock Road}}, {{ZIP|CF10 4NS}}. Parking with plate registration at the kiosk - we have {{VEHICLE|CF66 BNW}} on file.`,

  `Insurance form (income protection): {{NAME|Oriana Castellanas-Whyta}}, employee no. {{ID|7710-44}}, employer {{LOCATION|Ardent Logistics}}. Off sick from {{DATE|14/10/2026}}. Long COVID. GP {{NAME|Lowther}}.`,

  `Ambulance run sheet (maternity): {{NAME|Preciosa Zondo-Harrington}}, 37 weeks, BBA at {{LOCATION|Cobblers Way}}, {{LOCATION|Bideford}}. Baby girl born 04:22, Apgar 8/9. Cord clamped. Partner {{NAME|Tray}}.`,

  `Home-care log: {{DATE|Sun 30/11}} night sitter {{NAME|Dorote}} - Mr {{NAME|Penningtan-Acheba}} restless 02:00, toileted. {{DATE|Mon 1/12}} - day carer {{NAME|Kemisola}}: eating well.`,

  `Tribunal report (forensic): patient {{NAME|Raphaal Czerwiński}}, restriction order s.41. Index offence at {{LOCATION|Cranmore Retail Park}} in 2019. Ministry reference {{ID|MOJ/MHCS/44718}}. RC Dr {{NAME|Oluwakemi Stanbridge}}.`,

  `Genetics letter (haem): {{NAME|Haddan Ferriby}} and his maternal grandfather both have haemophilia B (F9 c.1025C>T). His mother {{NAME|Lilias}} and sister {{NAME|Bryony}} are carriers; {{NAME|Bryony}}'s factor IX is 38%.`,

  `Care-home transfer form: {{NAME|Gwladys Maynard}}, from {{LOCATION|Orchard Vale}}, DOB {{DATE|14th May 1931}}, {{AGE|95}}. Reason: GI bleed. Medication list and MAR attached. Sent with hearing aid and glasses.`,

  `Death notification to GP (care home): {{NAME|Jocelyn Thrale}} died {{DATE|Friday}} evening; verified by RGN {{NAME|Grainne}}. Expected death. Undertaker: {{LOCATION|A. Bramhall & Sons}}.`,

  `Referral e-mail (ENT): From {{EMAIL|dr.kettleboroagh@shepperton-gp.example.co.uk}}: {{NAME|Faustine Moreaa-Adjea}}, unilateral hearing loss 3 weeks, Weber to the left. Please see urgently. Dr {{NAME|Kettleboroagh}}.`,

  `Pharmacy query (controlled drugs): {{NAME|Ashton Greenhelgh}}, 40, collected methadone at {{LOCATION|Station Road Chemist}} on {{DATE|1st}} and {{DATE|2nd Dec}}, missed 3 days since. Keyworker {{NAME|Fabian}} at {{LOCATION|Horizon Recovery}}.`,

  `ED handover (paeds): {{NAME|Mercyline-Roseline Agyemeng}}, 3, bead in left ear, removed with hook. Mum {{NAME|Akosiwa}}. GP {{LOCATION|Kingsland Medical}}.`,

  `Occupational health (airline): cabin crew {{NAME|Solveag Brandtzæg}}, staff ID {{ID|CC-88104}}, unfit to fly until {{DATE|20 December}}. Tel {{PHONE|+47 912 44 718}}.`,

  `Disability form (France): {{NAME|Aymeric Delacroax-Bah}}, n° sécurité sociale {{HEALTH_PLAN|1 84 07 75 112 044 27}}, {{LOCATION|14 rue des Tannears}}, {{ZIP|80000}} {{LOCATION|Amiens}}. Taux d'incapacité demandé 80 %. Dr {{NAME|Capucine Morvan}}.`,

  `Handover (acute surgery): {{NAME|Quillan}} - appendix, theatre 2. {{NAME|Okpare}} - SBO, NGT, drip and suck. {{NAME|Fairbenks-Ola}} - biliary colic, home.`,

  `Portal message (clinician to parent): Mrs {{NAME|Khumala}}, {{NAME|Thembe}}'s allergy test shows peanut IgE 18. Dr {{NAME|Arkwright}}`,
];

const PHI_FREE_TEXTS: string[] = [
  `Discharge summary (long stay, 74 days): ARDS after influenza A, prone 6 cycles, tracheostomy day 10, decannulated day 52. ICU-acquired weakness, MRC sum score 38 to 52. Critical illness polyneuropathy on EMG. Aged 57. Home with 4 calls a day.`,
  `Handover sheet: bay 1 NSTEMI, GRACE 142, fondaparinux 2.5 mg. Bay 2 CAP, CURB-65 3, co-amoxiclav and clarithromycin. Bay 3 AKI stage 2, KDIGO, fluids. Bay 4 alcohol withdrawal, CIWA-Ar 16, chlordiazepoxide reducing.`,
  `Referral e-mail: 61-year-old with Raynaud phenomenon, sclerodactyly, anti-centromere positive, FVC 82%, DLCO 58%. Question limited cutaneous systemic sclerosis with early ILD. Grateful for rheumatology opinion. Best wishes, the duty GP.`,
  `Home-care visit log: 08:00 meds given from blister pack (donepezil 10 mg, sertraline 50 mg, bisoprolol 2.5 mg). Waterlow 14. Fluid chart 1,100 mL. Bowels opened, Bristol type 4. No falls.`,
  `Pharmacy query: clarithromycin with atorvastatin 80 mg - interaction (CYP3A4). Suggest azithromycin 500 mg OD for 3 days or pause statin. QTc 452 ms, so azithromycin only with ECG repeat.`,
  `Ambulance run sheet: 71M, collapse, ROSC after 2 shocks, 300 mg amiodarone, 1 mg adrenaline x3. ETCO2 4.2 kPa. 12-lead: STEMI anterior. Pre-alert to PCI centre. NEWS2 9.`,
  `Clinical genetics letter (in words): proband with hypertrophic cardiomyopathy, septum 21 mm. MYBPC3 c.1504C>T p.(Arg502Trp), pathogenic (ACMG PS4, PM1, PM2, PP3). First-degree relatives offered echo and ECG every 3 years from age 10.`,
  `Mental-health tribunal report, clinical summary: schizoaffective disorder since 2014, 4 admissions. PANSS positive 24. Clozapine 450 mg, level 0.42 mg/L. HoNOS 18. Risk: DUNDRUM-1 triage score reviewed.`,
  `Insurance form, clinical section: ICD-10 M75.1 rotator cuff tear, M17.1 primary knee osteoarthritis; CPT 29827 arthroscopic repair. SNOMED CT 239873007. OPCS T79.1. Expected recovery 16 weeks.`,
  `Care-home transfer form: MUST score 2, Braden 12, Abbey pain scale 9, 4AT 6. DNACPR and ReSPECT form in place. Clinical Frailty Scale 7. Aged 88.`,
  `Death notification: 1a hospital-acquired pneumonia, 1b frailty of old age, 2 Parkinson disease (Hoehn and Yahr 4). Aged 86. Not for referral to the coroner. Cremation form 4 completed.`,
  `Patient-portal message from the clinician: your HbA1c is 58 mmol/mol (7.5%), down from 71. Keep metformin 1 g BD and add empagliflozin 10 mg. Aim for 150 minutes of activity a week.`,
  `Stevens-Johnson syndrome after lamotrigine, SCORTEN 2. Nikolsky sign positive, 8% BSA. Ciclosporin 3 mg/kg. Ophthalmology review for conjunctival involvement.`,
  `Hirschsprung disease repaired in infancy (Soave pull-through). Now 19 with enterocolitis episodes. Krickenbeck classification reviewed. Transanal irrigation 300 mL daily.`,
  `Crohn disease, Montreal A2 L3 B2, Harvey-Bradshaw index 9. Faecal calprotectin 840. Ustekinumab 90 mg SC every 8 weeks. MRE: 14 cm terminal ileum stricture.`,
  `Charcot foot, Eichenholtz stage 1. Total contact cast. Temperature difference 3.1 °C. HbA1c 81. Offloading for 12 weeks. Born 1961.`,
  `Gene panel: BRCA2 c.5946delT (p.Ser1982fs), CHEK2 c.1100delC heterozygous, PALB2 no variant. HGVS nomenclature. Manchester score 24. Risk-reducing mastectomy discussed.`,
  `Ambulance run sheet: anaphylaxis after amoxicillin. Adrenaline 500 mcg IM twice, 1 L Hartmann's, chlorphenamine 10 mg IV, hydrocortisone 200 mg. BP 84/50 to 118/70. Tryptase at 1 h.`,
  `Apgar 3, 6 and 8 at 1, 5 and 10 minutes. Cord pH 7.08, base excess -11. Therapeutic hypothermia criteria not met. Thompson score 5. Birth weight 3.62 kg at 40+2.`,
  `Disability form: MS, McDonald 2017 criteria, EDSS 6.5, 9-hole peg test 41 s, timed 25-foot walk 14 s. Ocrelizumab 600 mg six-monthly. Fatigue severity scale 5.8.`,
  `Pharmacy query: levothyroxine 100 mcg and ferrous sulfate 200 mg taken together - separate by 4 hours. Calcichew D3 Forte also. TSH 6.8 after 8 weeks.`,
  `Handover (ICU): SOFA 11, APACHE II 27. Norad 0.4 mcg/kg/min, vasopressin 0.03 U/min. CRRT at 25 mL/kg/h, citrate. RASS -4. CAM-ICU not assessable.`,
  `Referral e-mail: Dupuytren disease, Tubiana stage 2, MCPJ contracture 45°, Hueston table-top test positive. Collagenase not available; needle fasciotomy vs fasciectomy. Aged 67.`,
  `Audiology: Rinne positive both sides, Weber central. PTA 4-frequency average 42 dB HL right, 44 left. Tympanometry type A. Bilateral hearing aids. Tinnitus handicap inventory 38.`,
  `Ophthalmology: Snellen 6/9 right, 6/36 left. IOP 32 mmHg left. Gonioscopy: Shaffer grade 1. Laser peripheral iridotomy. Latanoprost 0.005% nocte.`,
  `Home-care log: INR 2.7 (target 2-3), warfarin 4 mg. Pressure area grade 1 sacrum, Waterlow 17. Fortisip compact BD. Weight 49.8 kg. Bristol type 6 x2.`,
  `Child protection medical, clinical findings only: bruises of different colours on both shins, consistent with play; no patterned injuries. Skeletal survey in 2024 normal. Growth on 25th centile.`,
  `DEXA: L1-L4 T-score -2.9, total hip -2.4. FRAX 10-year major osteoporotic 24%, hip 7.1%. Alendronic acid 70 mg weekly. Adcal-D3 BD. Aged 72.`,
  `Meckel diverticulum on technetium scan, 2 cm, ectopic gastric mucosa. Laparoscopic resection. Hb 72 before transfusion. Aged 9.`,
  `Wolff-Parkinson-White pattern: PR 96 ms, delta wave, QRS 124 ms. Ablation of a left lateral pathway. Flecainide stopped. Holter: no pre-excitation after 2026 procedure.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter14', '/tmp/deid-ood-letters14.jsonl');
