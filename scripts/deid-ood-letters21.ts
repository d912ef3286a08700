/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-fourth session, engineer author: short
 * and long clinician texts of kinds beyond letters14-20: military and veterans' medical boards and compensation
 * exams, immigration-detention healthcare (Rule 35 reports, reception screens), school, nursery and summer-camp health
 * forms, yellow-fever and pilgrimage certificates, clinical-trial serious-adverse-event reports (CIOMS, SUSAR,
 * unblinding), telephone triage and out-of-hours call logs, care-home incident and falls forms, dialysis run sheets
 * (tables), medical-examiner scrutiny records, embryology-lab witnessing and cryostorage records, organ-donation
 * referrals and donor-family notes, offshore and maritime medicals and radio medical advice, ship's medicine logs,
 * rugby and football team-doctor notes, genetic-counselling letters with pedigree lines, partner-notification slips,
 * chaplaincy and spiritual-care notes, TB directly-observed-treatment cards, community health-worker household
 * visits, snakebite and malaria registers, forensic and sexual-assault referral notes, disability-benefit medicals,
 * cremation forms, blood-donor session records, newborn blood-spot cards and one-line messages; written in the styles
 * of Kyrgyzstan, Paraguay, Namibia, Latvia, Oman, Papua New Guinea, Côte d'Ivoire, Azerbaijan, Honduras, Mozambique,
 * Estonia, Malawi, Vanuatu, Tajikistan, Moldova, Guyana, the UK, the US and Australia (local words kept: köçəsi,
 * rayonu, kyshtak, aiyl, iela, novads, pagasts, barrio, compañía, colonia, aldea, bairro, quartier, wilayat, ward of
 * a settlement). Human patients only. Written by hand by engineer author on 2026-12-05 (twenty-fourth session)
 * without reading the engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead
 * only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in tables, run sheets, registers, cc lines, signatures,
 * greetings, lower case, all caps, surname first, patronymics, Latvian and Azerbaijani forms, Paraguayan double
 * surnames, Papua New Guinean and ni-Vanuatu names, initials); lone surnames and lone first names; places of every
 * kind (streets, flats, villages, barrios, aldeas, settlements, camps, ships and rigs, detention centres, schools,
 * clubs, employers, care homes, funeral directors, facilities in local languages); ages over 89 as digits and words
 * ("aged 93", "(F, 95)", "93 жашта", "92 gadi", "94 yaş", "91 años", "95 anos", "96 ans", "90 krismas", "93-aastane",
 * "age 101", "ninety-two", "ninety-seven"); dates in many formats and calendars (04/12/2026, 12/04/26, 2026-12-03,
 * 03.12.2026, "2026. gada 3. decembrī", "3-декабрь 2026", "3 de diciembre de 2026", "3 de Dezembro de 2026", "3 déc.
 * 2026", Hijri 22/06/1448, 20261203, "Dec-03-2026", weekdays, month-year); IDs of many shapes (with and without a
 * label, in tables: service numbers, EDIPI, A-numbers, Home Office references, personas kods, PIN, FIN, DNI, cédula,
 * civil numbers, BI, CNI, trial subject and case numbers, donor numbers); health plans (TRICARE, Medicaid, IPS, IHSS,
 * NAMMED, PSEMAS, MHIF, TƏSİS-style); licences (GMC, NMC, NPI, DEA, HPCNA, master's certificate, driving licence);
 * phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6; device serials; vehicle plates; US SSNs and a UK NI
 * number. Every name, address and number is invented; institution names may be the public names of real places, as
 * organisations only.
 * Format and gold convention as deid-ood-letters20.ts: PHI is marked inline as {{TYPE|text}}; titles and kinship or
 * honorific words ("Dr", "Mrs", "Mr", "Ms", "Sgt", "Cpl", "Capt", "Pte", "LCpl", "Maj", "Fr", "Rev", "Sr", "Don",
 * "Doña", "Ña", "Kuma", "apa", "baba", "Sheikh") stay outside a name, facility words inside; US states, provinces,
 * regions, counties and countries are not marked; years on their own are never marked; ages of 89 and under are not
 * marked; weekdays and dates named by a weekday are DATE, "today", "tomorrow" and "yesterday" are not marked;
 * numbered wards, units, rooms, bays, chairs and bed numbers are not marked. An AGE span is one stated exact age over
 * 89, only its number or number word. Medical-council, nursing, HCPC, NPI, DEA, master's-certificate and
 * driving-licence numbers are typed LICENSE; national, service and other ID numbers ID (a UK NI number and a US SSN
 * are typed SSN); NHS and hospital numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any country ZIP; a
 * DEVICE span is the serial only (make and model outside; vaccine and implant lot numbers are not marked); label
 * words (PIN, FIN, DNI, CI, BI, CNI, IPS, IHSS, EDIPI) stay outside their numbers; employers, ships and rigs, clubs,
 * schools, camps, detention centres, funeral directors and care homes are marked as places, insurers, agencies,
 * armed-forces units and sponsors are not. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous scales, signs and tests, drug and device brands and makers, scores,
 * organisms, gene names, place-like clinical words, years alone, ages under 90, ward and unit names and weekdays in
 * the plural, which must stay.
 *   node --import tsx scripts/deid-ood-letters21.ts [--out /tmp/deid-ood-letters21.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters21.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `MEDICAL BOARD - PERMANENT GRADING REVIEW (JMES)
Service no. {{ID|30418827}}  Rank: Cpl  Name: {{NAME|TREVASKIS-OYEWALANDE, Jowan Adebolu}}
Unit: 3rd Logistic Support Regiment  Board held {{DATE|03 Dec 2026}} at {{LOCATION|Hallowmere Regional Rehabilitation Unit}}
History: L knee ACL reconstruction {{DATE|Feb 2026}}; persisting instability on Lachman grade 2, pivot shift positive.
Outcome: MND (medically not deployable) for 6 months, L2 (lower limb), review {{DATE|June 2027}}.
President of the board: Lt Col {{NAME|Brisco Umphraville}}; members Maj {{NAME|Tansy Haldroyd}}, Capt {{NAME|Kemuel Uduye}}.`,

  `VA Compensation & Pension exam (DBQ, hearing loss and tinnitus)
Veteran: {{NAME|Delvon R. Harkabee}}  SSN {{SSN|219-04-4417}}  C-file {{ID|C 28 441 772}}
Service: US Army 1991-1999, 13B cannon crewmember; exam {{DATE|12/02/2026}}, {{LOCATION|Wendlebury VA Community Clinic}}, {{LOCATION|4410 Old Quarry Pike}}, {{LOCATION|Tullahassett}}, MO {{ZIP|64471}}.
Puretone average R 41 dB, L 48 dB; Maryland CNC 84% / 80%. Tinnitus recurrent, at least as likely as not related to service.
Examiner: {{NAME|Roswitha Kellerby}}, AuD, NPI {{LICENSE|1447208839}}`,

  `veteran phone note: mr {{NAME|harkabee}} called re his DBQ, wants copy mailed to {{LOCATION|PO Box 228}}, {{LOCATION|Tullahassett}} MO {{ZIP|64471}}. cb {{PHONE|(660) 555-0147}}.`,

  `Latvian National Armed Forces - medical commission extract
Karavīrs: {{NAME|Dāvis Krūmiņkalns}}, personas kods {{ID|120398-14417}}
Komisijas datums: {{DATE|2026. gada 3. decembrī}}, {{LOCATION|Ādažu poliklīnika}}
Diagnosis: recurrent shoulder dislocation (Bankart lesion on MRI). Fit for service with limitation, no parachuting.
Komisijas priekšsēdētāja: dr. {{NAME|Agrita Vilciņa-Briede}}`,

  `Military fitness to deploy note (Australia): Pte {{NAME|Bodhi Wakelin-Tarrant}}, PMKeyS {{ID|8844172}}, dental category 3 (two carious molars) - not fit to deploy until treated. Booked {{DATE|Thu 10 Dec}} at {{LOCATION|Lavarack Barracks Health Centre}}.`,

  `Service pension medical (Guyana Defence Force retirees): {{NAME|Cuthbirt Alleyne-Persaad}}, regimental no. GDF {{ID|4417}}, aged {{AGE|93}}, of {{LOCATION|Lot 14 Vryheid's Lust}}, East Coast Demerara. Housebound after stroke; pension continues. Seen {{DATE|1st December 2026}}.`,

  `Veterans' mental health (Op COURAGE) referral: {{NAME|Leightan Morroway}}, ex-RM, service no. {{ID|P064417K}}, NI no. {{SSN|JT 44 17 72 C}}, lives {{LOCATION|Flat 2, 19 Scarrowby Terrace}}, {{LOCATION|Kettlemouth}} {{ZIP|KM3 8LD}}. PCL-5 score 58. Partner {{NAME|Branwenna}} present. Referrer: {{NAME|Defydd Ap Rhosier}}, GP.`,

  `US Navy PHA (periodic health assessment) - {{NAME|Yesenie Trujeque Balam}}, HM2, DoD ID {{ID|1544172093}}; TRICARE Prime, sponsor's DBN {{HEALTH_PLAN|44172093001}}. Audiogram shift > 25 dB at 4 kHz L -> referred to {{LOCATION|Naval Branch Health Clinic Kinnoway}}. {{DATE|2026-12-02}}.`,

  `IMMIGRATION REMOVAL CENTRE - HEALTHCARE
Rule 35(3) report (concerns that a detained person may have been a victim of torture)
Detained person: {{NAME|Ehsanullah Barakzoy}}  Home Office ref {{ID|B2284417}}  Port ref {{ID|LHR/26/441772}}
Centre: {{LOCATION|Colnmere House IRC}}, {{LOCATION|Stanwick Lane}}, {{LOCATION|Harmsby}} {{ZIP|UB7 0QF}}
Examined {{DATE|02/12/2026}} with telephone interpreter (Pashto, ID {{ID|INT 70441}}).
Account: beaten with cables on the soles of the feet in 2024. Findings: linear hyperpigmented scars on both soles, 3-5 cm; gait antalgic. Istanbul Protocol: highly consistent.
Medical practitioner: Dr {{NAME|Nwakaego Feircloagh}}, GMC {{LICENSE|7338104}}`,

  `IRC reception screen (within 2 h): {{NAME|Memadoa Tiendrébeogo}}, arrived {{DATE|04/12/2026}} 23:40 from {{LOCATION|Dover Kint Escort Suite}}; no medication; PHQ-2 4 -> mental health team. Room 2-14.`,

  `ICE detention medical summary: {{NAME|Wendy Yamileth Chinchilla Oseguera}}, A-number {{ID|A 212-441-773}}, DOB {{DATE|08/14/1997}}, Honduran national; {{LOCATION|Port Isabel Service Processing Center}}. G2P1, 22 weeks, BP 148/96, urine protein 2+; sent to {{LOCATION|Valle Roju Regional Medical Center}} {{DATE|12/03/2026}}.`,

  `detention healthcare hunger strike log: day 9 - {{NAME|Tsegai}} (room 3-07), wt 58.2 kg (from 66.0), K 3.2, ketones 2.1; refuses bloods {{DATE|Tuesday}}; capacity assessed, retains. Nurse {{NAME|Orlegh Breskin}}.`,

  `Detained person's healthcare transfer sheet: {{NAME|Aygun Mammadzade}} to {{LOCATION|Brookmour IRC}}; meds: sertraline 100 mg; allergy penicillin (rash). Escort vehicle {{VEHICLE|GN24 WTK}}. Sent {{DATE|5/12/26}}.`,

  `SUMMER CAMP HEALTH FORM ({{LOCATION|Camp Tamarackwold-on-Wabuno}}) - session 2
Camper: {{NAME|Harpir-Lynn Oyelowu-Fisk}}   DOB {{DATE|03/22/2015}}   Cabin: Loons
Parent/guardian: {{NAME|Merisul Fisk}}  cell {{PHONE|(218) 555-0173}}  email {{EMAIL|mfisk.family@example.net}}
Address: {{LOCATION|2291 Birchwood Trail}}, {{LOCATION|Duluthe Heights}}, MN {{ZIP|55811}}
Insurance: Medica, member ID {{HEALTH_PLAN|MDC 44172 0931}}
Allergies: peanut (anaphylaxis 2022) - EpiPen Jr x2 with counselor. Asthma: albuterol PRN.
Physician: {{NAME|Ingrod Solheom-Baptisti}}, MD, {{LOCATION|Lakeshore Pediatrics}}, {{PHONE|(218) 555-0190}}`,

  `camp nurse log {{DATE|07/09}}: {{NAME|Harpir-Lynn}} 2 bee stings R forearm, no wheeze, local swelling 4 cm, ice + cetirizine. {{NAME|Jaxtyn}} (cabin Otters) homesick, called mom. {{NAME|Raby K.}} splinter removed.`,

  `School health form (Namibia) - Grade 1 entry
Learner: {{NAME|Ndapandula Shikongo-Amutenya}}  Date of birth: {{DATE|14/05/2020}}
School: {{LOCATION|Onawa Combined School}}, {{LOCATION|Oshakati East}}
Immunisations: BCG, OPV, Penta 1-3, measles 9 and 18 months - all on Health Passport.
Vision: 6/6 both eyes. Hearing: passed. Teeth: 2 carious molars, referred to dental.
School health nurse: {{NAME|Hilma Nangolo-Iipinge}}, HPCNA reg. {{LICENSE|EN 04417}}
Parent: {{NAME|Taimi Shikongo}}, cell {{PHONE|+264 81 447 2210}}`,

  `School nurse (UK) care plan - epilepsy: {{NAME|Oosín Thrilkild}}, Year 5, {{LOCATION|St Ambrosi-on-the-Marsh CE Primary}}. Buccal midazolam 10 mg if seizure over 5 min; call 999. Mum {{NAME|Noemh}} {{PHONE|07700 900 618}}. Reviewed {{DATE|01/12/26}}.`,

  `Nursery accident form: {{NAME|Mila}} ({{NAME|Vesquiz-Kuroo}}), age 3, fell from climbing frame 10:20 {{DATE|Fri 4 Dec}}, bump L forehead, no LOC, cold pack; parent informed by phone. Staff: {{NAME|Jodie-Enn Pembirthy}}. {{LOCATION|Little Acorn Tree Nursery}}.`,

  `Ficha de salud escolar (Paraguay): alumno {{NAME|Derlis Remón Benítiz Ocampos}}, C.I. {{ID|6.441.772}}, {{LOCATION|Escuela Básica N° 2217 Ña Eusebie}}, {{LOCATION|Compañía Coste Guazú}}, Caaguazú. Talla 128 cm, peso 24 kg, agudeza visual 20/40 OD. Madre: {{NAME|Liz Caroline Ocampos}}, tel. {{PHONE|0981 447 217}}. Fecha: {{DATE|2 de diciembre de 2026}}.`,

  `INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS
This is to certify that {{NAME|ASANBEKOVA Aizirek Tynchtykbekovna}}, date of birth {{DATE|19.07.1988}}, sex F, nationality Kyrgyz, national identification document {{ID|AN4417209}}, whose signature follows, has on the date indicated been vaccinated against: Yellow fever.
Date: {{DATE|02.12.2026}}  Signature of clinician: {{NAME|T. Omurzakova}}  Manufacturer and batch no.: Stamaril, U4417  Valid from {{DATE|12.12.2026}} for the life of the person.
Official stamp: {{LOCATION|Бишкек шаардык вакцинация борбору}}`,

  `Yellow fever exemption letter: {{NAME|Kerstin Abadie-Loum}}, passport {{ID|20CI44172}}, travelling to {{LOCATION|Yamoussoukru}} {{DATE|20/12/2026}}; thymectomy 2019 (myasthenia) - live vaccine contraindicated. Dr {{NAME|Paulin Gnahoré-Séri}}, {{LOCATION|Centre de Vaccinations Internationales de Treichville}}.`,

  `Travel vaccine certificate log (yellow fever centre): {{DATE|03/12/2026}} - {{NAME|Ruslen Ibragimuv}}, pp {{ID|C04417265}}; {{NAME|Pricioas Mbewe-Tembo}}, pp {{ID|MA441772}}; {{NAME|juneh kavanegh}}, pp {{ID|538812441}}. All Stamaril lot U4417.`,

  `Umrah/Hajj health certificate (Oman): pilgrim {{NAME|Salim bin Nasser Al-Ghufaili}}, civil no. {{ID|04417265}}, wilayat {{LOCATION|Bidbid}}; meningococcal ACWY {{DATE|22/06/1448}} H; seasonal influenza given. Age {{AGE|91}} - fit to travel with companion {{NAME|Hamood}}. Doctor: {{NAME|Shaikha Al-Maamari}}, {{LOCATION|Samail Polyclinic}}.`,

  `CIOMS I - SUSPECT ADVERSE REACTION REPORT
Study: ARK-7110-301 (phase 3, randomised, double-blind)   Sponsor case no. {{ID|ARK-2026-044172}}
Site: {{LOCATION|Rige East University Hospital, Gaiļezers}} (site 208)   Subject {{ID|208-0417}}   Initials {{NAME|J.B.}}
Age 67, F. Reaction onset {{DATE|28-NOV-2026}}: Stevens-Johnson syndrome (BSA 8%), hospitalised {{DATE|29-NOV-2026}}.
Concomitant: lamotrigine started {{DATE|02-NOV-2026}}. Outcome: recovering.
Reporter: Dr {{NAME|Jānos Ozolkalns-Brigmanis}}, tel. {{PHONE|+371 6704 4172}}, {{EMAIL|j.ozolkalns@example.lv}}
Received by sponsor {{DATE|30-NOV-2026}}.`,

  `SAE follow-up #2, subject {{ID|114-0032}}: hepatic enzyme elevation, ALT 8x ULN, resolved by {{DATE|Dec-03-2026}}. Unblinding requested by PI Dr {{NAME|Mericraz Zelaya Funes}} ({{LOCATION|Hospital Escuela, Tegucigalpa}}) - declined by medical monitor {{NAME|Anke Vollrath}}.`,

  `Trial participant compensation: subject {{ID|301-117}}, {{NAME|Tõnis Rebane}}; travel reimbursement to IBAN {{ACCOUNT|EE38 2200 2210 4417 2655}}; visit 6 {{DATE|2026-12-03}}, {{LOCATION|Tartu Ülikooli Kliinikum}}.`,

  `eCRF audit trail: {{DATE|03-Dec-2026}} 14:02:11 user {{NAME|kmbatha}} changed AE term "rash" to "maculopapular rash"; reason: PI review; IP {{IP|10.44.17.208}}.`,

  `Pregnancy in a trial: subject {{ID|0408-0019}} ({{NAME|Leilano Toala-Mapusua}}) positive hCG at visit 9, {{DATE|01/12/2026}}; study drug stopped; pregnancy form to sponsor fax {{FAX|+1 919 555 0142}}.`,

  `NHS 111 CALL LOG - case {{ID|111-2612-0447729}}
Call received {{DATE|05/12/2026}} 02:14 from {{PHONE|07700 900 883}} (caller: mother, {{NAME|Kizieh Amankweh-Redd}})
Patient: {{NAME|Elijah Redd}}, 14 months, NHS no. {{MRN|943 441 7720}}
Address: {{LOCATION|41 Gorsefield Rise}}, {{LOCATION|Wyndle Bridge}} {{ZIP|WB4 2HJ}}
Pathways disposition: Dx 011 - speak to clinician within 20 min (fever 39.4, non-blanching? glass test: blanches).
Clinician call-back 02:31 by {{NAME|Eurelii Mensforth}} RN: alert, drinking, rash blanches; advice, safety-netting, re-call if worse.`,

  `OOH triage: mrs {{NAME|pittigriw-enseh}} ({{AGE|94}}), husband reports new confusion since teatime, UTI symptoms; home visit requested to {{LOCATION|The Old Forge}}, {{LOCATION|Lower Sedgecombe}}. Car {{VEHICLE|WX21 LKD}} dispatched 21:40.`,

  `telephone triage log, {{DATE|Sat 5th}}:
08:02 {{NAME|Ekosue}} - sore throat 3 days, Centor 2 -> pharmacy first
08:09 {{NAME|Rhodro Pinhaligun}} - chest pain at rest 40 min -> 999 advised, ambulance called
08:15 {{NAME|Byström}} - repeat Rx only -> to admin
08:21 {{NAME|lucie firreire da cunhe}} - vomiting child 2 yrs, 6 wet nappies -> advice
Duty doctor: {{NAME|Ekundayu}}`,

  `Call-handler note (Namibia emergency line): caller {{NAME|Petrus Haufiku}} from {{LOCATION|Ondangwa}}, cell {{PHONE|081 244 1772}}; grandmother aged {{AGE|95}} collapsed, breathing; ambulance from {{LOCATION|Onandjokwe Intermediate Hospital}} dispatched {{DATE|03/12/2026}} 16:44.`,

  `Línea de orientación médica (Honduras): llamada {{DATE|03/12/2026}} 19:10, Sra. {{NAME|Dilcia Meribil Hernández Cárcamo}}, DNI {{ID|0801-1987-04417}}, desde {{LOCATION|Colonia Kennidy, bloque 12}}; hijo con dengue día 4, dolor abdominal y vómitos persistentes (signos de alarma) -> referido a {{LOCATION|Hospital Ixcanul de Especialidades Pediátricas}}. IHSS afiliación {{HEALTH_PLAN|0801198704417}}.`,

  `CARE HOME INCIDENT REPORT (falls)
Home: {{LOCATION|Marlcliffe House Nursing Home}}, {{LOCATION|22 Lytham Carr}}, {{LOCATION|Frodgate}} {{ZIP|FG6 1TE}}
Resident: {{NAME|Wonifrid Aske}}   Age: {{AGE|96}}   Room 14 (Bluebell unit)
Date/time: {{DATE|04/12/2026}} 03:35, found on floor by bed by {{NAME|Pricioas Chitsulo}} (night carer)
Injuries: skin tear L forearm 4 cm (Steri-Strips), no head injury witnessed; on apixaban -> 111 called, advised ED for CT head.
Family informed: son {{NAME|Geoffrey Aske}}, {{PHONE|01632 960 551}}, 04:10.
Manager: {{NAME|Surche Delahunt-Maybury}}. CQC notification ref {{ID|CQC-N-44172}}.`,

  `care home incident - medication error: {{NAME|Heruld}} in room 9 was given Mr {{NAME|Pardew}}'s evening meds (amlodipine 10, bisoprolol 5) at 18:00 {{DATE|Wed}}; obs hourly, BP 102/60 lowest; GP Dr {{NAME|Ikwuemeso}} informed.`,

  `Care home safeguarding: unexplained bruise on {{NAME|Edne Colclough}} (aged {{AGE|101}}), {{LOCATION|Heathervale Lodge}}, reported to local authority {{DATE|2 Dec}}; body map filed.`,

  `Incident form (Latvia, aprūpes nams): {{NAME|Zenta Bērziņa}}, {{AGE|92}} gadi, {{LOCATION|Sociālās aprūpes centrs "Liepkalni"}}, {{LOCATION|Sējas pagasts}}; nokrita {{DATE|03.12.2026}} naktī, sāpes gūžā, nosūtīta uz traumpunktu.`,

  `DIALYSIS RUN SHEET - {{LOCATION|Kestrel Vale Renal Satellite}} - {{DATE|Thu 03/12/2026}} - am shift
| chair | patient | hosp no | pre wt | UF goal | machine | access | nurse |
| 1 | {{NAME|OKONJU-BELL, Sylvester}} | {{MRN|KV118402}} | 82.4 | 2.8 | Fresenius 5008S sn {{DEVICE|5008S-1A44172}} | L RC AVF | {{NAME|Maribeth}} |
| 2 | {{NAME|ROONEY, Kathlein}} | {{MRN|KV118577}} | 61.0 | 1.5 | sn {{DEVICE|5008S-1A44190}} | R IJ tunnelled | {{NAME|Maribeth}} |
| 3 | {{NAME|MUNTEANA, Iun}} | {{MRN|KV119003}} | 74.9 | 3.1 | sn {{DEVICE|5008S-1A44201}} | L BC AVF | {{NAME|Dweyni}} |
| 4 | {{NAME|AL-RAWAHI, Badriya}} | {{MRN|KV119114}} | 55.2 | 2.0 | sn {{DEVICE|5008S-1A44213}} | graft | {{NAME|Dweyni}} |
Charge nurse {{NAME|Ffoun Lewarne}}; tech on call {{PHONE|01632 960 702}}.`,

  `run sheet note: chair 3 {{NAME|Iun}} cramping at 3 h, UF paused, 200 mL saline; BP 92/54 -> 118/70. rest of session ok.`,

  `Hemodialysis treatment record (Mozambique): doente {{NAME|Armandu Jossias Macuácua}}, NID {{MRN|HCM-0441772}}, BI {{ID|110100441772B}}, bairro {{LOCATION|Polana Caniço A, quarteirão 14}}; sessão {{DATE|3 de Dezembro de 2026}}, {{LOCATION|Hospital Central de Maputo}}, máquina nº {{DEVICE|NIP-DBB27-04417}}; Kt/V 1.1; enfermeira {{NAME|Graçe Cossa}}.`,

  `MEDICAL EXAMINER SCRUTINY RECORD (England)
Deceased: {{NAME|Arthar Leonard Whittingslow}}  NHS no. {{MRN|485 441 7723}}  Age {{AGE|98}}
Died {{DATE|01/12/2026}} 06:50, Ward 23, {{LOCATION|Saltmarsh General Hospital}}
Proposed cause: 1a hospital-acquired pneumonia, 1b frailty of old age; 2 CKD stage 4.
Discussion with qualified attending practitioner Dr {{NAME|Nguzo Uwaezuoke}} {{DATE|02/12/2026}}; with bereaved: daughter {{NAME|Peulini Whittingslow-Keay}}, {{PHONE|07700 900 329}} - concern about delayed antibiotics; referred for SJR. Not for coroner.
ME: Dr {{NAME|Hamosh Creevy}}; MEO {{NAME|Lurne Feirbaorn-Ossei}}`,

  `ME officer call note: spoke to Mrs {{NAME|Whittingslow-Keay}} at 14:20, explained cause of death wording; she accepts; MCCD to registrar {{DATE|Friday}}.`,

  `Cremation form 4: deceased {{NAME|Glenys Miry Pocklingtun}}, late of {{LOCATION|7 Cinder Row}}, {{LOCATION|Bratherby}}; age {{AGE|90}}; no pacemaker or radioactive implant; funeral director {{LOCATION|Haythornthwaite & Sons}}. Dr {{NAME|S. Ramsbotham-Eke}}, GMC {{LICENSE|6024417}}.`,

  `EMBRYOLOGY LABORATORY - WITNESSING RECORD (RI Witness)
Female partner: {{NAME|Anahita Rezvani-Costello}}  DOB {{DATE|1989-03-07}}  clinic no. {{MRN|FC-20441}}
Male partner: {{NAME|Declen Costello}}  DOB {{DATE|1986-11-30}}  clinic no. {{MRN|FC-20442}}
Cycle {{ID|IVF-26-0417}}; egg collection {{DATE|01/12/2026}} 09:20: 11 oocytes, 9 MII; ICSI 11:05 (embryologist {{NAME|Kaito Ferraby}}, witness {{NAME|Lowri Ashduwn}}).
Day 5 ({{DATE|06/12/2026}}): 1 blastocyst 4AA transferred, 2 vitrified (straws {{DEVICE|CBS-441772-A}}, {{DEVICE|CBS-441772-B}}), dewar 3, canister 7.
Licensed centre: {{LOCATION|Hartsmere Fertility Centre}} (HFEA licensed)`,

  `IVF nurse phone note: {{NAME|Anahita}} day 14 beta hCG 312 IU/L; repeat {{DATE|Tue}}. husband {{NAME|Declen}} asked about the frozen blasts - storage consent to {{DATE|12/2036}}.`,

  `Donor sperm bank release: donor {{ID|D-4417}} (anonymous to recipient), recipient {{NAME|Marthe Kouadiu-Londqvost}}, 2 straws, CMV neg, karyotype 46,XY; courier {{DATE|02/12/26}} to {{LOCATION|Clinique de la Fertilité Cocody-Riviera}}.`,

  `Semen analysis (WHO 2021): {{NAME|Vusumuzo Kaluwa}}, lab no. {{MRN|AND-26-7704}}, abstinence 3 days, volume 2.1 mL, concentration 9 M/mL, progressive 22%, normal forms 2%. Requested by Dr {{NAME|Lindiwi Marumo}}, {{DATE|03/12/2026}}.`,

  `ORGAN DONATION - SN-OD REFERRAL
Referral {{ID|ODR-2612-04417}} received {{DATE|03/12/2026}} 22:15 from ICU, {{LOCATION|Merrowby Royal Infirmary}}
Potential donor: {{NAME|Callam Strachen-Odhiambu}}, 34 M, hosp no. {{MRN|MR1044172}}; catastrophic SAH, brainstem death tests planned 07:00.
Organ Donor Register: opt-in recorded {{DATE|2019-06-11}} (ODR no. {{ID|441772093}}).
Family: wife {{NAME|Iona}} and brother {{NAME|Frasir Strachen}} - approach with SN-OD {{NAME|Bith Carrow-Nnado}} ({{PHONE|07700 900 714}}).`,

  `DBD testing record: {{NAME|C. Strachen-Odhiambu}}, first set {{DATE|04/12/2026}} 07:10 (Dr {{NAME|Keir Lomasney}}, Dr {{NAME|Adaobielle Pilbeem}}); second set 08:05; death confirmed 08:05.`,

  `Donor family follow-up letter: Dear {{NAME|Iona}}, thank you. His kidneys helped two people, his liver a woman in her fifties. With warm wishes, {{NAME|Bith}} (Specialist Nurse). {{LOCATION|Hawthorn Court}}, {{LOCATION|Merrowby}} {{ZIP|MB2 9QX}}.`,

  `Transplant coordination (Oman): living donor work-up, {{NAME|Khalfan bin Saif Al-Battashi}} (brother of recipient {{NAME|Muna}}), civil no. {{ID|09441772}}; HLA 2 haplotype match; crossmatch negative {{DATE|02/12/2026}}; {{LOCATION|Royal Hospital, Muscat}}, coordinator {{PHONE|+968 2459 4417}}.`,

  `OFFSHORE MEDICAL (OEUK) CERTIFICATE
Name: {{NAME|Stian Ravnåsen-McGeachy}}  DOB {{DATE|17/02/1981}}  Employer: {{LOCATION|North Tarrock Drilling Services}}
Installation: {{LOCATION|Glenbeck Alpha platform}}
Result: FIT, no restrictions; also fit for emergency response team (ERT) duties. Audiometry H1.
Valid until {{DATE|03/12/2028}}. OEUK approved doctor: Dr {{NAME|Moreg Illinghem}}, GMC {{LICENSE|4417729}}
Cert. no. {{ID|OEUK-26-441772}}`,

  `Radio medical advice (TMAS) log: vessel {{LOCATION|MV Karakol Star}}, IMO {{VEHICLE|9441772}}, call sign {{VEHICLE|V7AB4}}; 2nd officer {{NAME|Arnel Domaculangen}} reports AB seaman {{NAME|Tivite Fonue-Halaholo}} 29 M with RLQ pain 14 h, T 38.6; advice: nil by mouth, ceftriaxone 2 g IV from ship's chest, divert to {{LOCATION|Walvis Bay}}. Doctor {{NAME|Gianpiero Scalmani}}, {{DATE|03/12/2026}} 04:40 UTC.`,

  `Ship's medicine log (Category A chest): {{DATE|01/12}} paracetamol 1 g to {{NAME|Bautiste}} (cook); {{DATE|02/12}} doxycycline started, {{NAME|Jurijs Kalniņš-Ozols}} (bosun), cellulitis L shin; master Capt. {{NAME|Holmqvist}}.`,

  `Seafarer ENG1 restriction letter: {{NAME|Mikheil Arutiunov}}, discharge book no. {{ID|DB441772}}, master's certificate CoC {{LICENSE|441772}} (STCW II/2); insulin-treated diabetes - restricted to near-coastal waters.`,

  `TEAM DOCTOR - MATCH-DAY INJURY REPORT
Club: {{LOCATION|Kokopo Kumuls Rugby League Club}}   Match vs {{LOCATION|Lae Snax Tigers}}, {{DATE|Sunday 29 November}}
| min | player | injury | action |
| 22 | {{NAME|Wartovo Puara}} | HIA, dazed | off, HIA1 fail, not to return |
| 47 | {{NAME|Kingsliy Napil}} | AC joint, L | strapping, returned |
| 65 | {{NAME|Siune}} | lac. eyebrow 3 cm | glued, returned |
Team doctor: Dr {{NAME|Gideun Kaupa-Worongi}}, {{PHONE|+675 7441 7720}}`,

  `HIA2 (48 h) note: {{NAME|Puara}} - SCAT6 symptom score 3, SAC 26/30, tandem gait normal. Graduated return; HIA3 {{DATE|Tue 1/12}}.`,

  `football academy medical: {{NAME|Tiodur Cazacu}}, U16, {{LOCATION|FC Zimbru Academy}}; pre-participation ECG: T-wave inversion V1-V3 (juvenile pattern, age 15) - normal; cleared. Physio {{NAME|Sanda Rotaru}}. {{DATE|02.12.2026}}.`,

  `Sports physio note (netball): {{NAME|Lusie Faleafa}} - inversion ankle sprain grade 2 at training {{DATE|Thursday}}, Ottawa rules negative; taping, RICE; return-to-play 3 weeks. Coach {{NAME|Wendill Protcherd-Aoga}} informed.`,

  `Boxing licence medical: {{NAME|Nurlen Dzhumabaev}}, boxer licence {{LICENSE|KGZ-BX-0441}}, MRI brain normal, fundoscopy normal; passed. {{LOCATION|Спорттук медицина борбору}}, {{LOCATION|Ош}}.`,

  `CLINICAL GENETICS - letter after counselling
Dear Ms {{NAME|Kalnbērziņa}}
Re: {{NAME|Ilze Kalnbērziņa}}, DOB {{DATE|11/09/1991}}, genetics no. {{MRN|GEN-26-00441}}
Thank you for coming with your mother {{NAME|Rasma}} on {{DATE|1 December}}. Your family tree (pedigree) as drawn:
I-1 {{NAME|Pēteris Kalnbērziņš}} (d. 58, colon cancer); I-2 {{NAME|Velta}} (alive, {{AGE|93}})
II-1 {{NAME|Rasma}} (endometrial cancer at 49); II-2 {{NAME|Andros}} (colon cancer at 44)
III-1 you (proband), III-2 {{NAME|Krists}} (brother, 28)
Your mother's test found a pathogenic MSH2 variant (Lynch syndrome). Predictive testing is offered to you and {{NAME|Krists}}.
Yours sincerely, {{NAME|Solveiga Driķe}}, genetic counsellor, {{PHONE|+371 2944 1772}}`,

  `Pedigree note (cardiac genetics): proband {{NAME|Lechlen Brennuck}}, 17, SCD survivor; father {{NAME|Graeme}} (died suddenly 41), paternal aunt {{NAME|Moira Cowdenbeath}} (ICD, ICD sn {{DEVICE|PRX441772S}}); KCNQ1 variant cascade testing to first-degree relatives.`,

  `genetics clinic letter cc: Dr {{NAME|Otienu Waweru}}, GP, {{LOCATION|Kosuma Road Practice}}; Mrs {{NAME|Echiing Waweru-Odera}}, patient.`,

  `PARTNER NOTIFICATION SLIP (provider referral)
Index clinic no. {{MRN|GU-86-44172}} - diagnosis code: D3 (syphilis, early latent)
Contact: {{NAME|Kenjo}} (first name only, known from an app), phone {{PHONE|07700 900 166}}, last contact {{DATE|mid-October}}
Contact 2: "{{NAME|Refe}}", lives {{LOCATION|Nightingale Estate}}, no number
Health adviser: {{NAME|Thiodore Lingard}}; outcome to be recorded by {{DATE|18/12/2026}}`,

  `PN outcome: contact {{NAME|Kenjo}} attended {{DATE|7/12}}, treated (benzathine penicillin 2.4 MU). contact {{NAME|Refe}} untraceable.`,

  `Chaplaincy visit record: Fr {{NAME|Ansilm Mbiriyamveka}} visited {{NAME|Giovanna Pellegrinotti}} ({{AGE|ninety-two}}), Ward 7, {{DATE|Sunday}}; Anointing of the Sick at her daughter {{NAME|Loredana}}'s request. Parish: {{LOCATION|St Bridgit of Kildare, Wolverleigh}}.`,

  `Spiritual care referral: {{NAME|Mustafe Rahimuv}}, bay 2, wishes to pray; imam {{NAME|Ilgar Quliyev}} from {{LOCATION|Təzəpir məscidi}} contacted on {{PHONE|+994 50 441 77 20}}; qibla marked, halal diet ordered.`,

  `chaplain's note (palliative): sat with {{NAME|dorkesia}} and her husband mr. {{NAME|ebowusi quanseh}} for 30 min; she wanted the 23rd psalm read; asked for pastor {{NAME|Kwamenah Asiedu-Boakyi}} of {{LOCATION|Calvary Methodist, Tottenhill}}.`,

  `КАРТА ЛЕЧЕНИЯ ТБ (DOT card), форма ТБ 01
Пациент: {{NAME|Токтосунов Эрмек Айбекович}}, ПИН {{ID|22105198800417}}
Адрес: {{LOCATION|с. Кара-Суу}}, {{LOCATION|ул. Чолпонбаева 14}}, Ошская область
Регистрационный номер ТБ: {{ID|OSH-26-0441}}; начало лечения {{DATE|3-декабрь 2026}}; режим BPaLM; GeneXpert MTB/RIF: обнаружено, устойчивость к рифампицину.
Медсестра ФАП: {{NAME|Гульнара Ашырбаева}}, тел. {{PHONE|+996 555 441 772}}`,

  `DOT visit log (video DOT): {{DATE|04.12}} {{NAME|Эрмек}} took doses on camera 08:10; {{DATE|05.12}} missed, phoned mother {{NAME|Бурул}} апа, dose taken 11:30.`,

  `TB contact screening, Tajikistan: index {{NAME|Saidmurod Nazarzoda}}, household of 7 in {{LOCATION|jamoat Guliston}}, {{LOCATION|Vahdat}}; children under 5: {{NAME|Firdavs}} (3) and {{NAME|Madine}} (1) started TPT (3HP). Community nurse {{NAME|Mavluda Rahimove}}, {{DATE|02/12/2026}}.`,

  `Community health worker household visit (Honduras, ASC): vivienda {{ID|HN-LEM-0417}}, {{LOCATION|aldea El Zapotillo}}, {{LOCATION|San Mercus de Culón}}; jefa de hogar {{NAME|Reina Isabel Baquedano}}; niño {{NAME|Josué}} 18 meses con peso/talla -2.4 DE (desnutrición moderada), referido; abuelo Don {{NAME|Cipriano Baquedano}}, {{AGE|93}} años, encamado. Visita {{DATE|01/12/2026}}.`,

  `CHW visit (Malawi, HSA register): {{DATE|2/12/26}}, village {{LOCATION|Chisapo}}, {{LOCATION|TA Kalumbu}}; {{NAME|Chifundo Bande}} 4 yrs, fever 2 days, mRDT positive, LA 1x6 given; {{NAME|Esnart Phiro}} pregnant 28 wks, no ANC card -> referred to {{LOCATION|Chileka Health Centre}}. HSA {{NAME|Mphatso Kachingwe}}.`,

  `SNAKEBITE REGISTER - {{LOCATION|Kwikila Health Centre}}, Central Province, PNG
| date | name | village | snake | antivenom | outcome |
| {{DATE|28/11/2026}} | {{NAME|Hane Rova}} | {{LOCATION|Gomore}} | taipan (?) | CSL polyvalent 1 vial | transferred {{LOCATION|Port Moresby General}} |
| {{DATE|01/12/2026}} | {{NAME|Kila Iamo}} | {{LOCATION|Gabone}} | unknown, no signs | nil | home 24 h |
| {{DATE|03/12/2026}} | {{NAME|Boio Tau}} | {{LOCATION|Rigo}} | death adder | 1 vial | ptosis resolved |
Officer in charge: Sr {{NAME|Geua Morea}}`,

  `Malaria register (Mozambique), {{LOCATION|Centro de Saúde de Mocuba-Sede}}, {{DATE|02/12/2026}}: {{NAME|Amélia Mucuapel}} 6a TDR+ AL; {{NAME|Zacarias Namuetho}} 34a TDR+ grave, artesunato, transferido; {{NAME|Rosita}} 2a TDR- ; técnico {{NAME|Lourenço Mahumane}}.`,

  `Sexual assault referral centre - forensic medical examination (FME) summary
Client: {{NAME|Jade}} (uses first name only), DOB {{DATE|23/04/2007}}, SARC ref {{ID|SARC-26-0441}}
Police: crime ref {{ID|CR/441772/26}}, OIC DC {{NAME|Pollard}} (via 101)
Examined {{DATE|05/12/2026}} 03:00-04:40 at {{LOCATION|The Lighthouse SARC}} by Dr {{NAME|Sannive Redfearn}}; ISVA {{NAME|Kemo Adetoro-Lane}}.
Samples: swabs x7, blood and urine (toxicology), clothing; chain of custody {{ID|CoC-0441}}. ECP (ulipristal) and HIV PEPSE given.`,

  `Child protection medical: {{NAME|Kecpir Wróbliński}}, 2 yrs, bruising to ears and buttocks; skeletal survey, CT head; social worker {{NAME|Abene Quayi-Hult}} ({{LOCATION|Wolverleigh Children's Services}}, {{PHONE|01632 960 880}}); strategy meeting {{DATE|Monday 7th}}.`,

  `Disability assessment (Paraguay, IPS jubilación por invalidez): asegurado {{NAME|Gerónimo Acosta Riquelmi}}, C.I. {{ID|2.441.772}}, IPS asegurado {{HEALTH_PLAN|2441772-01}}, domiciliado en {{LOCATION|barrio San Vicenti}}, {{LOCATION|Luque}}; amputación transfemoral derecha 2024, diabetes; incapacidad 70%. Dr. {{NAME|Fátima Giménez Vere}}, reg. prof. {{LICENSE|8.417}}. {{LOCATION|Asunción}}, {{DATE|3 de diciembre de 2026}}.`,

  `PIP/ESA functional assessment note: claimant {{NAME|Lurcen Mulreany}}, NI {{SSN|PR 44 17 72 A}}, descriptors: mobilising 50-200 m with aid; daily living prompting for medication. Assessor {{NAME|H. Oduwoli}}, NMC {{LICENSE|06I4417E}}. Consultation {{DATE|02/12/2026}} by phone.`,

  `Blood donor session record: session at {{LOCATION|Tolland Community Hall}}, {{DATE|3 Dec}}; donor {{NAME|Proyanke Ellesmere-Rau}}, donor no. {{ID|G 441 772 093}}, Hb 128 g/L (finger-prick) - deferred, recheck 3 months; donor {{NAME|Sefu}} - bled 470 mL, pack {{ID|G1234 26 441772 X}}.`,

  `Newborn blood spot card: baby of {{NAME|Talia Navuso}}, NHS no. {{MRN|720 441 7729}}, born {{DATE|28/11/2026}} 04:12, sample day 5 ({{DATE|03/12/2026}}), birth weight 3.12 kg, not transfused; midwife {{NAME|Zoë Chamberlayne}}; card serial NBS {{ID|0441772}}.`,

  `Blood spot repeat request: Baby {{NAME|Navuso}} - insufficient sample (layered); please repeat at home visit {{DATE|Sat 5/12}}, {{LOCATION|33 Lark Rise}}, {{LOCATION|Thornwick}} {{ZIP|TW9 4AS}}.`,

  `Epikriz (Azərbaycan): xəstə {{NAME|Məmmədova Səbinə Elçin qızı}}, FİN {{ID|5KQ7R2T}}, {{AGE|94}} yaş, ünvan: {{LOCATION|Bakı}} ş., {{LOCATION|Nərimanov rayonu}}, {{LOCATION|Təbriz küçəsi 41, mən. 12}}; {{LOCATION|Kliniki Tibbi Mərkəz}}, qəbul {{DATE|28.11.2026}}, çıxış {{DATE|03.12.2026}}. Diaqnoz: ürək çatışmazlığı (HFpEF), atrial fibrilyasiya. İcbari tibbi sığorta {{HEALTH_PLAN|AZ-ITS-044177209}}. Həkim: {{NAME|Rəşad Hüseynli}}.`,

  `Azerbaijani polyclinic referral: {{NAME|Elnur Abbasov}}, {{LOCATION|Sumqayıt şəhər 2 saylı poliklinika}} -> {{LOCATION|Mərkəzi Klinika}}; tel. {{PHONE|+994 12 441 77 20}}; {{DATE|03/12/2026}}; suspected hepatitis C, anti-HCV +.`,

  `Lettre de sortie (Côte d'Ivoire): Madame {{NAME|Adjoua Yau épouse Koffi}}, {{AGE|96}} ans, domiciliée à {{LOCATION|Yopougon Niangon Sud}}, {{LOCATION|Abidjan}}; hospitalisée au {{LOCATION|CHU de Cocody}} du {{DATE|24 nov. 2026}} au {{DATE|3 déc. 2026}} pour AVC ischémique sylvien gauche. CMU n° {{HEALTH_PLAN|CI-0441772093}}. Dr {{NAME|Kouasso N'Guessan Ambroisi}}, tél. {{PHONE|+225 07 07 44 17 72}}.`,

  `Bulletin d'examen ({{LOCATION|Bouaké}}): patient {{NAME|Souleymane Ouattara-Kéita}}, CNI {{ID|C 0044 1772 05}}; goutte épaisse positive (P. falciparum 2+); laboratoire {{LOCATION|Clinique Sainte-Élise de Koko}}; {{DATE|03/12/26}}.`,

  `Vanuatu referral (Bislama/English): pikinini {{NAME|Jeremaia Tarileo}} blong {{LOCATION|Lenakel}}; fever 5 days, seizure x1; refer to {{LOCATION|Vilamara Central Hospital}} by Air Vanuatu {{DATE|Sat 05/12}}. Papa {{NAME|Willie Tarileo}} {{PHONE|+678 544 1772}}. Nurse practitioner {{NAME|Leimara Kalsakau}}.`,

  `PNG outpatient book: Mama {{NAME|Wenge Kapi}}, {{AGE|90}} krismas, from {{LOCATION|Kundiawa}} - cough 3 weeks, sputum AFB x2 sent; HEO {{NAME|Paal Yuambari}}.`,

  `Moldovan family doctor extract: {{NAME|Ecaterina Munteana-Rusa}}, IDNP {{ID|2004041772093}}, {{AGE|92}} ani, {{LOCATION|s. Cruzești}}; CNAM poliță {{HEALTH_PLAN|MD4417720931}}; diabet zaharat tip 2, HbA1c 8.9%. Medic de familie {{NAME|Iun Grosu-Bălan}}, {{DATE|02.12.2026}}.`,

  `Estonian home-nursing note: {{NAME|Helju Temm}}, {{AGE|93}}-aastane, isikukood {{ID|43302114417}}, {{LOCATION|Kalda tn 7-3}}, {{LOCATION|Viljandi}}; haavahooldus (venous ulcer R calf), Aquacel Ag; next visit {{DATE|neljapäev}}. Õde {{NAME|Kadro Saaremets}}.`,

  `Omani discharge summary: patient {{NAME|Zuwaina bint Khamis Al-Hinai}}, MRN {{MRN|SQH-0441772}}, age {{AGE|99}}, from {{LOCATION|wilayat Bahla}}, {{LOCATION|Al Ghafat village}}; hip hemiarthroplasty {{DATE|2026-11-30}}; discharged to son {{NAME|Sulten}}; follow-up {{LOCATION|Nizwa Hospital}} ortho clinic {{DATE|21/12/2026}}.`,

  `Namibia PSEMAS claim: member {{NAME|Frieda Nghipondoka}}, PSEMAS no. {{HEALTH_PLAN|04417720}}, dependant code 01; provider {{LOCATION|Katutura State Hospital}}; practice no. HPCNA {{LICENSE|MP 04417}}; service {{DATE|01/12/2026}}; ID {{ID|81061400441}}.`,

  `Guyana clinic card: {{NAME|Shondell Frasir-Ramnarine}}, {{LOCATION|Lot 88 Section C}}, {{LOCATION|Enmore}}, ECD; HTN, DM; BP 152/94 {{DATE|12/03/26}}; NIS no. {{ID|A 441772}}; next {{DATE|Jan 7}}.`,

  `Kyrgyz village midwife (ФАП) note: кары {{NAME|Жамиля Осмоналиева}}, {{AGE|93}} жашта, {{LOCATION|Ак-Суу айылы}}; кан басымы 190/100, баш айлануу; {{DATE|04.12.2026}}; үй-бүлө дарыгери {{NAME|Нурбек Садыков}}. Полис ОМС {{HEALTH_PLAN|0441772093}}.`,

  `{{LOCATION|Bishkek}} family medicine centre letter: patient {{NAME|Aizhamal Sultanbekova}}, PIN {{ID|12507199100441}}, address {{LOCATION|мкр. Джал, 23-41}}, {{LOCATION|Бишкек}} {{ZIP|720044}}; referred to {{LOCATION|National Centre of Cardiology and Internal Medicine}} for echo.`,

  `{{NAME|Nazgul}} - call back re results`,

  `pls ring {{NAME|okafragh-lindehl}} on {{PHONE|0161 496 0772}} before 4`,

  `DNACPR discussed with Mrs {{NAME|Ibbotson}}'s niece {{NAME|Ceinwyn}} - agreed.`,

  `Home oxygen order (HOOF-A): {{NAME|Desmund Ackruyd-Nunis}}, {{LOCATION|12 Tannery Wharf}}, {{LOCATION|Shelbourne Quay}} {{ZIP|SQ1 7EN}}; concentrator 2 L/min 15 h/day; supplier account {{ACCOUNT|BOC-HO-0441772}}; smoker: no. Fire service home safety check booked {{DATE|9/12}}.`,

  `Oxygen concentrator fault: serial {{DEVICE|EV-5441772K}} at {{NAME|Ackruyd-Nunis}}'s home, alarm sounding; engineer visit {{DATE|Sunday 6th}}.`,

  `Prior authorization (US): member {{NAME|Kaylei Brzezinski-Wolfi}}, Medicaid ID {{HEALTH_PLAN|MO44177209}}, DOB {{DATE|02/09/2011}}; request: dupilumab for atopic dermatitis (EASI 28 after topical steroids and tacrolimus); prescriber {{NAME|Anjalo Ravindren-Oates}}, MD, NPI {{LICENSE|1982044177}}, DEA {{LICENSE|BR4417720}}; fax {{FAX|(573) 555-0139}}.`,

  `Patient portal login alert: account {{EMAIL|kbwolfe2011@example.com}} signed in from {{IP|2001:db8:44:17::72}} on {{DATE|12/3/2026}} 11:02 PM; if this was not you, visit {{URL|https://portal.example-health.org/security}}.`,

  `Billing: guarantor {{NAME|Travis Wolfi}}, account {{ACCOUNT|HB-00441772}}, balance $312.40; statement to {{LOCATION|918 Cedar Hollow Rd}}, {{LOCATION|Rolla}}, MO {{ZIP|65401}}.`,

  `ambulance crew note: pt {{NAME|ibrahom}} found at {{LOCATION|Bellgrove bus station}}, GCS 14, smells of alcohol, BM 2.4 -> 1 mg glucagon; ID card in wallet: {{ID|IE 4417720 T}}.`,

  `Lost property: wallet of {{NAME|Suvi Lahtinen-Mbiko}} (driving licence {{LICENSE|LAHTI702145SM9}}) found in resus bay 4, {{DATE|03/12/2026}}; handed to security.`,

  `Parking: blue badge {{ID|BB-0441772}} for Mr {{NAME|Teagui}}, car {{VEHICLE|KN-4417}} (Latvian plate); valid to {{DATE|31/03/2027}}.`,

  `MDT list {{DATE|Thu}}: {{NAME|Haworth}}, {{NAME|Iqbel-Trent}}, {{NAME|Ngete}}, {{NAME|Sørbø}}, {{NAME|Firreire}}.`,

  `Clinic list (general surgery, {{DATE|Wed 2 Dec}}, room 6):
09:00 {{NAME|AMPONSEH Yew}} - hernia review
09:15 {{NAME|LUTTRELL Bronegh}} - gallstones, pre-op
09:30 {{NAME|UYUNCHIMIG B.}} - post lap chole
09:45 DNA - {{NAME|KERSHAW-MBATA Tendao}}
10:00 {{NAME|ZELENKOVA Irine}} - anal fissure`,

  `Pharmacy dispensing label: Mr {{NAME|D. Ashkettle}} - warfarin 1 mg tablets, as directed per INR book; {{LOCATION|Bridgend Street Pharmacy}}, {{LOCATION|Llanvellach}} {{ZIP|CF47 9JX}}; Rx no. {{ID|RX44177209}}; {{DATE|04/12/26}}.`,

  `Hospice at home visit: {{NAME|winnie}} very sleepy today, mouth care, syringe driver (McKinley T34 sn {{DEVICE|T34-441772}}) running, 24 h: morphine 10 mg, midazolam 5 mg. husband {{NAME|alf}} coping.`,

  `Bereavement card list {{DATE|December}}: families of {{NAME|E. Crabtrei}} ({{AGE|ninety-seven}}), {{NAME|L. Anyanwa}} (64), {{NAME|M. Oorthuizen}} ({{AGE|91}}).`,

  `Referral letter footer: {{LOCATION|Tarnbrook Medical Practice}}, {{LOCATION|3 Priory Walk}}, {{LOCATION|Hiskith Bank}} {{ZIP|PR4 6XL}} | tel {{PHONE|01772 441 720}} | fax {{FAX|01772 441 729}} | {{EMAIL|tarnbrook.admin@example.nhs.uk}} | {{URL|www.tarnbrookmedical.example.co.uk}}`,

  `SMS to patient: "Hi {{NAME|Tavite}}, your flu jab is booked {{DATE|Mon 7 Dec}} 10:40 at {{LOCATION|Riverside Surgery}}. Reply STOP to opt out."`,

  `Interpreter needed (Kyrgyz) for {{NAME|Cholpon}} at 14:00; booking ref {{ID|INT-7704417}}.`,

  `Audit: record of {{NAME|Kalinde Jurevičiūtė}} (MRN {{MRN|7044172}}) opened by user {{NAME|sbhattac}} from workstation {{IP|10.17.44.72}} on {{DATE|2026-12-04T21:14:09Z}}; reason: direct care.`,

  `Wheelchair repair: Quickie Nitrum sn {{DEVICE|QN21-0441772}}, user {{NAME|Ayotundi Fagbemo}}, {{LOCATION|Flat 6, Osprey House}}; taxi {{VEHICLE|LY70 VXC}} to clinic {{DATE|Tue}}.`,

  `Hearing aid clinic: {{NAME|Stanisłew Gorczyca}}, age {{AGE|101}}, Phonak Audéo sn R {{DEVICE|2344177A}}, L {{DEVICE|2344178A}}; wax in both canals, domes changed.`,

  `CGM alert: {{NAME|Maali Tjakamarra}} (Dexcom G7 sensor {{DEVICE|G7-4417-7209}}) low 2.6 at 03:10 {{DATE|04/12}}; mum {{NAME|Rusalond}} treated with jelly beans; remote community {{LOCATION|Yuendumu}}, clinic {{PHONE|(08) 8956 4417}}.`,

  `Aboriginal health check (715) - {{NAME|Maali Tjakamarra}}, Medicare {{HEALTH_PLAN|2441 77209 1}}, {{LOCATION|Yuendumu Clinic}}; skin sores x3 (impetigo), ARF prophylaxis due {{DATE|12 Dec}} (benzathine penicillin 28-day).`,

  `Dental charting (school van): {{NAME|Tsolmon Ganzorog}} -, 55 and 65 carious, fissure sealants 16, 26; {{NAME|Bilguun}} - caries-free. Dentist {{NAME|Enkhjin Baatarsuren}}. {{DATE|3/12/2026}}.`,

  `Letter to employer: {{NAME|Vitalie Ceban}} is fit to return to {{LOCATION|Floreni Steel Works}} warehouse duties from {{DATE|7 December}}; no forklift until {{DATE|January}}.`,

  `Court report (personal injury): claimant {{NAME|Brunwyn Tregothnan-Haqui}}, DOB {{DATE|13/06/1979}}, claim no. {{ID|H44YJ772}}, RTC on {{DATE|14/03/2025}} at {{LOCATION|Beacon Hill roundabout}}, {{LOCATION|Penhalluw}}; whiplash WAD II, prognosis 18 months. Expert: Dr {{NAME|Fenwock Oladapo}}, GMC {{LICENSE|5544172}}.`,

  `Immigration health surcharge query: {{NAME|Ramiru Villalba Duarti}}, BRP {{ID|ZX4417720}}, IHS ref {{ID|IHS441772093}}; entitled to NHS care.`,

  `Visitas domiciliárias (APE), {{DATE|4/12}}: Dona {{NAME|Felismina Chambule}}, {{AGE|95}} anos, {{LOCATION|bairro Xipamanine B, quarteirão 9}} - tensão 176/98, sem medicação; neto {{NAME|Edmilson}} tel. {{PHONE|+258 84 441 7720}}.`,

  `Ward 3 board: bed 6 {{NAME|Ruhama Gebrezgiher-Obiakwe}} (F, {{AGE|95}}) - delirium screen 4AT 6; bed 7 {{NAME|Peregrin Prewhitt}} (M, 88) - for home tomorrow am, TTOs not done.`,

  `Ña {{NAME|Casimira Ayalagua}}, {{AGE|91}} años, {{LOCATION|compañía Ybyratymí}}, {{LOCATION|Itauguá}}: control de presión el {{DATE|viernes}}, USF {{LOCATION|Guazú Virá}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Medical board grading (JMES): MFD, MLD, MND; L (lower limb), U (upper limb), M (mental), E (eyes), H (hearing), S (stability); PULHHEEMS legacy grades; review at 6 and 12 months; Defence Rehabilitation, Regional Rehabilitation Units.`,
  `VA disability benefits questionnaires: hearing loss (Maryland CNC word list), tinnitus, PTSD (CAPS-5, PCL-5 over 33), TBI (Rancho Los Amigos levels), Gulf War illness, Agent Orange presumptive conditions (ischemic heart disease, Parkinson disease, B-cell leukemias), burn-pit exposure (PACT Act 2022).`,
  `Rule 35 reports: 35(1) health likely to be injuriously affected, 35(2) suicidal intentions, 35(3) may have been a victim of torture; Istanbul Protocol levels (not consistent, consistent, highly consistent, typical, diagnostic); falanga; ACDT; Adults at Risk levels 1-3.`,
  `Detention health standards: reception screen within 2 h, GP review within 24 h; hunger strike: weight, BMI, urine ketones, K, PO4, refeeding risk (NICE CG32), thiamine (Pabrinex); capacity by the Mental Capacity Act 2005.`,
  `Camp health forms: anaphylaxis action plan (EpiPen, Auvi-Q, Neffy nasal adrenaline), asthma (albuterol, ProAir, Ventolin), type 1 diabetes (Omnipod 5, Tandem t:slim X2, Dexcom G7, Baqsimi), ADHD (Adderall, Concerta), head lice, poison ivy, Lyme disease tick checks, swim test levels.`,
  `School entry screening: Snellen and LogMAR (Keeler crowded test), Sonksen; sweep audiometry 20 dB at 1, 2, 4 kHz; BMI centiles (UK-WHO, CDC); scoliosis Adams forward bend test; Tanner staging; Denver II, Ages and Stages Questionnaire.`,
  `Yellow fever: ICVP valid 10 days after vaccination, for life since 2016 (WHO IHR Annex 7); Stamaril (Sanofi), 17D-204 strain; contraindications: thymus disorder, under 6 months, immunosuppression; YEL-AVD and YEL-AND; countries with risk listed by WHO and CDC Yellow Book.`,
  `Pilgrimage requirements: meningococcal ACWY (Nimenrix, Menveo, MenQuadfi) at least 10 days before; seasonal influenza; polio (IPV) for travellers from listed countries; MERS-CoV advice; heat illness; Hajj and Umrah seasons by the Hijri calendar, Dhu al-Hijjah.`,
  `CIOMS I form fields: reaction onset, seriousness criteria (death, life-threatening, hospitalisation, disability, congenital anomaly, other medically important), suspect drug, dechallenge, rechallenge; SUSAR 7/15-day rules; MedDRA PT and SOC; Naranjo score; WHO-UMC causality; EudraVigilance, FAERS, MHRA Yellow Card.`,
  `Trial roles: PI, sub-investigator, CRA, medical monitor, DSMB, IWRS unblinding; ICH E6(R3) GCP; eCRF (Medidata Rave, Veeva Vault EDC, REDCap); SAE within 24 h; protocol deviation log; CTCAE v5 grade 3 ALT over 5x ULN.`,
  `Telephone triage: NHS Pathways dispositions (Dx 011, Dx 05, Dx 06), Manchester Triage System, Centor and FeverPAIN, NICE traffic-light table for fever in under-5s, glass test, Pharmacy First (seven conditions), CAT 1-4 ambulance response standards.`,
  `Care home falls policy: post-fall protocol (ISTUMBLE, Mangar ELK and Camel lifting cushions), neuro obs 15-minutely for 2 h then hourly if on anticoagulant; Morse Fall Scale, Tinetti, Timed Up and Go; Bluebell, Primrose, Foxglove and Heather units; CQC regulation 18 notifications.`,
  `Dialysis run sheet terms: UF goal, QB 300-350 mL/min, QD 500, dialysate K 2.0, Ca 1.25; Fresenius 5008S, Nikkiso DBB-EXA, Baxter AK 98, NxStage System One; Kt/V, URR; AVF thrill and bruit; buttonhole cannulation; Tesio and Palindrome catheters; Citra-Lock, TauroLock.`,
  `Medical examiner scrutiny: proportionate review of notes, discussion with the QAP and the bereaved; Structured Judgement Review; Learning from Deaths; MCCD part 1a-1c and part 2; Notification of Deaths Regulations 2019; Cremation Regulations 2008, forms Cremation 4 and 5.`,
  `Embryology: ICSI, IMSI, PGT-A, time-lapse (EmbryoScope, Geri), Gardner blastocyst grading (4AA, 3BB), Veeck grading, Cryotop and CBS straws, vitrification (Kitazato), RI Witness and Matcher electronic witnessing, HFEA Code of Practice, ESHRE good practice, Bologna criteria, WHO 2021 semen reference values.`,
  `Organ donation: DBD and DCD pathways, brainstem death tests (two sets, apnoea test PaCO2 over 6.0 kPa), Maastricht categories I-V, opt-out law (Max and Keira's Law), Organ Donor Register, SN-OD, NORS teams, Kidney Donor Risk Index, UK Kidney Offering Scheme, Eurotransplant, UNOS, HLA-A, -B, -DR mismatch.`,
  `Offshore and maritime medicals: OEUK (Oil & Gas UK) medical, ENG1, ML5, STCW 2010 Manila amendments, ILO MLC 2006; BOSIET and HUET training; TMAS and CIRM radio medical services; ship's medical chest categories A, B and C; International Medical Guide for Ships.`,
  `Sports medicine: HIA1, HIA2, HIA3 (World Rugby), SCAT6, Child SCAT6, graduated return to play, Maddocks questions, Ottawa ankle rules, Lachman test, pivot shift, McMurray, Thessaly, Beighton score, Ehlers-Danlos hypermobility type, Sever disease, Osgood-Schlatter.`,
  `Genetic counselling: three-generation pedigree (squares, circles, proband arrow, deceased slash), Lynch syndrome (MLH1, MSH2, MSH6, PMS2, EPCAM), Amsterdam II and revised Bethesda criteria, Manchester score, BOADICEA (CanRisk), long QT (KCNQ1, KCNH2, SCN5A), Brugada, HCM (MYBPC3, MYH7).`,
  `Partner notification: look-back periods (chlamydia 6 months, gonorrhoea 3 months, early syphilis 90 days plus duration of symptoms); provider, patient and contract referral; BASHH codes (C4, C10, D3); benzathine penicillin (Extencilline, Lentocilin, Bicillin L-A); Jarisch-Herxheimer reaction.`,
  `Spiritual care: FICA and HOPE spiritual history tools; Anointing of the Sick, Viaticum; Jewish chevra kadisha and shemira; Islamic ghusl, janazah, qibla; Sikh five Ks; Hindu last rites, Ganga jal, tulsi leaf; chaplaincy on call Mondays and Thursdays; Multi-Faith Room, Quiet Room, Chapel of Rest.`,
  `TB treatment: 2HRZE/4HR, BPaLM 6 months (bedaquiline, pretomanid, linezolid, moxifloxacin), 3HP and 1HP preventive treatment, video-observed therapy, GeneXpert MTB/RIF Ultra, Truenat, LF-LAM, IGRA (QuantiFERON-TB Gold Plus, T-SPOT.TB), Mantoux 10 mm, Ghon complex, Pott disease.`,
  `Snakebite and envenoming: taipan, death adder, Papuan black snake, Russell's viper, saw-scaled viper, black mamba, puff adder, Mozambique spitting cobra; CSL polyvalent, SAIMR polyvalent, VINS; 20-minute whole-blood clotting test; pressure immobilisation bandage; WHO 2019 strategy.`,
  `Malaria: RDTs (SD Bioline Malaria Ag P.f/Pan, CareStart), thick and thin films, artemether-lumefantrine (Coartem, LA 1x6 to 4x6 by weight), artesunate IV 2.4 mg/kg, rectal artesunate pre-referral, IPTp-SP, RTS,S/AS01 (Mosquirix) and R21/Matrix-M vaccines; Plasmodium falciparum, vivax, ovale, malariae, knowlesi.`,
  `Forensic and SARC care: FFLM guidance on persistence of DNA, early evidence kits, chain of custody, Faculty of Forensic & Legal Medicine, ISVA and CHISVA roles, PEPSE (Truvada plus raltegravir or dolutegravir), ulipristal (ellaOne) up to 120 h, levonorgestrel (Levonelle), copper IUD (T-Safe).`,
  `Community health worker tools: MUAC tape (red under 11.5 cm, yellow 11.5-12.5), WHO weight-for-height z-scores, iCCM, IMCI chart booklet, ORS and zinc, amoxicillin dispersible, LA for malaria, Road to Health chart, Kangaroo Mother Care, Plumpy'Nut (Nutriset), F-75 and F-100.`,
  `Disability and benefit medicals: PIP descriptors (mobilising, planning and following journeys), ESA Work Capability Assessment, LCWRA, Barthel, WHODAS 2.0, ICF, AMA Guides 6th edition, Karnofsky, ECOG 0-4, Clinical Frailty Scale 1-9.`,
  `Blood donation: haemoglobin thresholds (men 135 g/L, women 125 g/L), HemoCue, CompoLab; deferral after travel to malarial areas (4 months), tattoos (4 months), vCJD rules; FAIR individual risk assessment; donor groups O RhD negative, Ro (R0r, cDe); Kell, Duffy, Kidd antigens; JPAC guidelines.`,
  `Newborn blood spot screening (UK, nine conditions): sickle cell disease, cystic fibrosis (IRT), congenital hypothyroidism (TSH), PKU, MCADD, MSUD, IVA, GA1, HCU; day 5 sample (day 4 to 8); Guthrie card; regional screening laboratories.`,
  `Ages and years: aged 89, 88-year-old, in his 70s, 85+ cohort, "nonagenarian" as a word, centenarian studies since 1997; years alone: 1991, 1999, 2016, 2022, 2026; weekdays: clinics on Mondays, Wednesdays and Fridays, dialysis Tuesdays, Thursdays and Saturdays; months: winter surge December to February.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter21', '/tmp/deid-ood-letters21.jsonl');
