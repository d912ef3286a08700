/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-eighth session, engineer author: short and
 * long clinician texts of kinds beyond letters14-24: lumbar-puncture and chest-drain records, discharge against
 * advice, restraint audit lines, ECT records, lithium cards, clozapine starts and depot-clinic lists, methotrexate
 * monitoring books and biologic infusions (infliximab, natalizumab), gestational-diabetes and thyroid-eye clinics,
 * vasectomy and circumcision records, frenotomy, Ponseti casting, scoliosis bracing and cleft-team letters,
 * tonsillectomy-bleed and epistaxis notes, PrEP and early-medical-abortion records, hysteroscopy lists, newborn
 * bilirubin and special-formula notes, food-handler exclusions, motorsport and jockey medicals, cornea donation,
 * anatomy bequest, stem-cell donor register kits, duty-of-candour letters, indemnity claims, GP registration and
 * practice-boundary letters, repeat-prescription, emergency-supply, blister-pack and home-delivery records, pharmacy
 * flu jabs and triage, nail surgery, osteopathy, acupuncture, pain-clinic injections, spinal-cord stimulators,
 * botulinum for spasticity, apomorphine pumps, NIV in MND, 4AT delirium screens, discharge to assess, continuing-care
 * checklists, hoist loans, hoarding referrals, heat welfare visits, flood and earthquake registers, cave and lifeboat
 * rescues, DVI dental requests, missing-person forms, quarantine orders, ECMO referrals, asthma action plans, sick-day
 * rules, migraine and home blood-pressure notes, FH cascade letters, ADHD titration, dyslexia screens, DEXA,
 * FibroScan, capsule endoscopy, renal biopsy, fertility preservation, IR(ME)R checks, cataract consent, glaucoma
 * drops, TB contact cards, portal login audits, online bookings, invoices, direct debits and one-line messages;
 * written in the styles of Libya and Syria (Arabic script), Yemen, Gaza and the West Bank, Djibouti, Niger, Chad, the
 * Central African Republic, the Republic of the Congo, Equatorial Guinea, Guinea-Bissau (Kriol), Réunion, Mayotte,
 * Liechtenstein, Monaco, Andorra (Catalan), San Marino, Kosovo (Albanian), the Isle of Man, Jersey, Guernsey, Sark,
 * Alderney, Gibraltar, Åland (Swedish), Northern Ireland, the Falkland Islands, Ascension, Tristan da
 * Cunha, Grenada, Dominica, Saint Vincent, Antigua, Saint Kitts and Nevis, Aruba (Dutch, Papiamento), Sint Maarten,
 * Bermuda, the Cayman Islands, the Turks and Caicos, Martinique, Guadeloupe, French Guiana, the US Virgin Islands,
 * Montserrat, Guam, the Northern Mariana Islands, American Samoa, New Caledonia, French Polynesia (French,
 * Tahitian), Wallis and Futuna, Niue, Tokelau, Norfolk Island, Christmas Island, Lord Howe Island, Pitcairn, Nunavut
 * (Inuktitut syllabics), Yukon, Alaska, Hawaii, Louisiana, the Navajo Nation, Newfoundland, Tasmania, the Torres
 * Strait, Svalbard, the Azores, Madeira, Corsica, Sardinia, Crete (Greek script), the Isles of Scilly, Shetland, the
 * Outer Hebrides (Scottish Gaelic), Rapa Nui, the Galápagos, Zanzibar (Swahili), Socotra, Sabah,
 * Sarawak, Lakshadweep, Wales (Welsh date), Scotland, England, Canada, New Zealand and the US (local words kept:
 * quartier, tribu, tabanca, bairro, CSI, CRENI, Landstrasse, carrer, Rruga, Kaya, chemin, Shehia, Kampung, Rumah
 * Panjang, AHV, CASS, CAFAT, CPS, AZV, SZV, CINICO, YHCIP, ACC, NHI, CHI, H&C).
 * Human patients only. Written by hand by engineer author on 2026-12-06 (twenty-eighth session) without reading the
 * engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead only; never tune
 * rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, registers, clinic lists, signatures, greetings,
 * surname first, hyphenated, with particles and "anak", Arabic, Greek and Inuktitut script, Chamorro, Samoan,
 * Tahitian, Manx, Gaelic and Kanak names); lone surnames and lone first names; places of every kind (streets, chemins,
 * villages, tribus, tabancas, quartiers, shehias, kampungs, longhouses, settlements, islands and atolls' villages,
 * estates of the Virgin Islands, farms, schools, employers, restaurants, pharmacies, clubs, caves, race tracks, care
 * homes and facilities in local languages); ages over 89 as digits and a word ("92 ans", "91 ans", "90 anos", "96
 * anni", "96 år", "93 ετών", "عمره 91 عاماً", "aged 97", "ninety-one", a bare number after a name); dates in many formats (03/12/2026, 12/03/2026 (US), 2026/11/30, 2026-12-02,
 * 03.12.2026, 3.12.2026, 3/12/2026, "3 déc. 2026", "mardi 1er décembre", "3 de desembre de 2026", "3 dhjetor 2026",
 * "2. desember 2026", "3 Δεκεμβρίου 2026", "3 Desemba 2026", "3 Disember 2026", "3 no tītema 2026", "Gwener 4
 * Rhagfyr", "Donnerstag, 3. Dezember 2026", "onsdag 2 december", "Dec 2, 2026", "December 2, 2026", month-year,
 * day-month, weekdays alone and with dates); IDs of many shapes (Libyan national number, Palestinian ID, Chadian NNI,
 * Equatorial Guinean DIP, Liechtenstein AHV, Kosovo personal number, Finnish personbeteckning, Norwegian
 * fødselsnummer, Chilean RUT, Ecuadorian cédula, Malaysian MyKad, Polynesian DN, ACC claim, DVI, register kit and
 * indemnity file numbers); health plans (AME, French social security, Krankenkasse, CCSS Monaco, CASS, ISS, CAFAT,
 * CPS, AZV, SZV, MBS, CINICO, QUEST, Medicaid, Medicare, YHCIP, NU health card, RAMQ, FONASA, SNS, FPA); licences
 * (RPPS, Ordre, GPhC, GMC, NPI, BIG, FIA); phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6; device
 * serials; vehicle plates and an aircraft registration used as an ambulance; US SSNs, a Canadian SIN and a Manx NI
 * number. Every name, address and number is invented; institution names may be the public names of real hospitals
 * and places, as organisations only.
 * Format and gold convention as deid-ood-letters20.ts to 24.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Dra.", "Dott.", "Dr. med.", "Mr", "Mrs", "Mme", "M.", "Sra.", "د.") stay outside a name,
 * facility words inside; US states, provinces, regions, territories, overseas departments, parishes and countries are
 * not marked (a town or island village is); years on their own are never marked; ages of 89 and under are not marked;
 * weekdays and dates named by a weekday are DATE, "today", "tonight" and "tomorrow" are not; numbered wards, rooms,
 * beds, sessions and casts are not marked. An AGE span is one stated exact age over 89, only its number. Medical,
 * pharmacy, midwife, nursing and racing licences are LICENSE; national, personal, claim, case, kit and file numbers ID
 * (US SSNs, a Canadian SIN and a UK-style NI number are SSN); hospital, chart, URN, NHI, CHI and H&C numbers MRN;
 * health-insurance and social-security health numbers HEALTH_PLAN; postcodes of any country ZIP; a DEVICE span is the
 * serial only (make and model outside; vaccine and drug lot numbers are not marked); an aircraft registration and a
 * vehicle's plate or fleet number are VEHICLE; label words (NNI, AHV, DIP, RUT, SSN, SIN, NI, CHI, NHI, MRN, RPPS, GMC,
 * NPI) stay outside their numbers; employers, schools, restaurants, pharmacies, clubs, caves and care homes are marked
 * as places, insurers, agencies, manufacturers and programmes are not; invoice numbers, a card ending and a bank account
 * are ACCOUNT. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits
 * non-zero).
 * PHI-free texts carry eponyms and eponymous scales, signs and tests, drug and device brands and makers, place-named
 * diseases, organisms, serotypes, syndromes and classifications, doses, years alone, ages under 90, ward and room
 * numbers and weekdays in the plural, and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters25.ts [--out /tmp/deid-ood-letters25.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters25.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Lumbar puncture record, {{LOCATION|Mustashfa al-Hawari al-Ta'limi}}, ward 6
Patient: {{NAME|Fathallah Imhemed Bu-Snaina}}, file {{MRN|HW-0093417}}, {{DATE|03/12/2026}}
L3/4, second pass, opening pressure 31 cm H2O, clear fluid, four tubes to lab; lie flat advice, fluids. Operator Dr {{NAME|Rabia Zuwaytini}}; consent witnessed by the brother, {{NAME|Abdelhakim}}.`,

  `ليبيا - نموذج خروج على مسؤولية المريض: المريض {{NAME|سالم عبد الرؤوف القمودي}}، عمره {{AGE|91}} عاماً، الرقم الوطني {{ID|119870443216}}، غادر {{LOCATION|مستشفى الزاوية المركزي}} يوم {{DATE|02/12/2026}} رغم النصح؛ شرحت له مخاطر ارتفاع السكر. التوقيع: د. {{NAME|نجاة الشريف}}`,

  `Chest drain insertion record: {{NAME|Mu'taz Kanjo}}, Syrian, age 34, {{LOCATION|Al-Mouwasat University Hospital}}, {{DATE|4 Dec 2026}} 02:20; right 5th ICS mid-axillary line, 28 Fr, 900 mL blood-stained fluid; CXR after: tip apical. Inserted by Dr {{NAME|Lama Haffar}}, assisted by nurse {{NAME|Kinan Sabbagh}}.`,

  `سوريا - بطاقة متابعة ليثيوم: {{NAME|ريم حسين الحلبوني}}، {{LOCATION|حي الشيخ مقصود الغربي}}، مستوى الليثيوم 0.7 mmol/L بتاريخ {{DATE|2026/11/30}}؛ TSH طبيعي؛ الموعد القادم {{DATE|2027/03/01}}. هاتف {{PHONE|+963 944 217 508}}`,

  `Yemen - restraint audit line: {{DATE|01/12/2026}}, {{LOCATION|Al-Thawra Psychiatric Annex}}, {{LOCATION|Hodeidah}}, patient {{NAME|Waddah Abdulmalik al-Ansi}}, 26, held 20 min by 3 staff, no injury; reviewed by Dr {{NAME|Hind Bazara}}.`,

  `Yemen - referral for clozapine start: {{NAME|Ghamdan Saof al-Mikhlafi}}, 31, from {{LOCATION|Haret al-Qubbah}}, {{LOCATION|Taiz}}; treatment-resistant schizophrenia, ANC 4.1 x10^9/L on {{DATE|29/11/2026}}; weekly counts for 18 weeks. Father {{NAME|Saof}} {{PHONE|+967 777 420 183}}.`,

  `Gaza - electroconvulsive therapy record, session 4 of 8: {{NAME|Wisal Hamdan Abu Sharkh}}, ID {{ID|802417739}}, {{DATE|Thu 3 Dec}}; thiopental 250 mg, suxamethonium 50 mg; seizure 38 s (EEG); recovered in 20 min. Psychiatrist Dr {{NAME|Tawfiq Shurrab}}; next session {{DATE|Sun 6 Dec}}.`,

  `West Bank - depot clinic list {{DATE|02.12.2026}}, {{LOCATION|Beit Sahour Mental Health Centre}}: 09:00 {{NAME|Issa Qumsiyeh}} (paliperidone 100 mg); 09:20 {{NAME|Rula Ghattas-Zoughbi}} (aripiprazole LAI 400 mg); 09:40 {{NAME|Hanna Mitri}} (DNA, phone {{PHONE|+970 599 314 082}}).`,

  `Djibouti - fiche de liaison: {{NAME|Hewe Obrahom Daher}}, {{AGE|92}} ans, quartier {{LOCATION|Balbala Cheikh Moussa}}, adressée au {{LOCATION|Centre Médical Hospitalier de Tadjourah}} pour anémie (Hb 6,8 g/dL) le {{DATE|3 déc. 2026}}. Contact : fils {{NAME|Chehem Dabaleh Darar}}, {{PHONE|+253 77 41 28 90}}.`,

  `Djibouti (Afar) - carnet de l'accoucheuse : {{NAME|Fatouma Houmed Elo}}, accouchée le {{DATE|30/11/2026}} à {{LOCATION|Dorra}}, garçon 3100 g ; hémorragie contrôlée par misoprostol. Accoucheuse {{NAME|Aicha Kamol}}.`,

  `Niger - carnet de suivi malnutrition (CRENI), {{LOCATION|CSI de Tessaoua-Est}}: enfant {{NAME|Habsou Issoufou Maman}}, 22 mois, PB 109 mm, oedèmes +, admis le {{DATE|01/12/2026}}; F-75 puis F-100. Mère {{NAME|Zeinabou Garbe}}, village {{LOCATION|Gidan Tsoumbou}}.`,

  `Niger (Zarma) - fiche d'hépatite E: {{NAME|Moussa Hamani Djibo}}, 30 ans, {{LOCATION|quartier Lazaret}}, ictère depuis {{DATE|lundi 30 novembre}}; ALAT 1840 UI/L; eau du puits ; déclaré au district le {{DATE|02/12/2026}}. Infirmier {{NAME|Boubacar Seyni}}, tél. {{PHONE|+227 96 44 18 20}}.`,

  `Tchad - bulletin d'évacuation sanitaire: patiente {{NAME|Achta Mahamat Abakar}}, NNI {{ID|TD-1988-04417325}}, de l'{{LOCATION|Hôpital de District de Mongo}} vers l'{{LOCATION|Hôpital de la Mère et de l'Enfant}} de {{LOCATION|N'Djamena}}, {{DATE|04/12/2026}}; éclampsie, MgSO4 en cours. Ambulance {{VEHICLE|TD 4417 A2}}.`,

  `Chad - food-handler exclusion letter: cook {{NAME|Djimasngar Ngarlejy}}, {{LOCATION|Restaurant La Chari Gourmande}}, diarrhoea from {{DATE|28/11/2026}}, stool culture Shigella; excluded until two negative samples; manager {{NAME|Rusi Allafi}}.`,

  `Centrafrique - fiche de consultation: {{NAME|Clarisse Yakité-Ndoumbé}}, 41 ans, {{LOCATION|quartier Boy-Rabe}}, {{LOCATION|Bangui}}; toux 3 semaines, GeneXpert MTB détecté, RIF non détecté le {{DATE|01/12/2026}}; début TB le {{DATE|03/12/2026}}. Agent {{NAME|Prosper Ngaïkosset}}.`,

  `CAR (Sango note on a referral slip): "Mo gue na {{LOCATION|Centre de Santé de Bimbo 3}}" - patient {{NAME|Dieudonné Kusso-Yangué}}, 8 ans, paludisme grave, TDR +, convulsions; artésunate IV done {{DATE|mercredi 2 décembre}}. Parents: {{NAME|Léa Namsenei}}.`,

  `Congo-Brazzaville - certificat de vasectomie : M. {{NAME|Juste-Parfait Mabiala Nkouka}}, né le {{DATE|11/04/1979}}, {{LOCATION|avenue de la Tsiémé 112}}, {{LOCATION|Mfilou}}; spermogramme de contrôle à 12 semaines : azoospermie ({{DATE|01/12/2026}}). Dr {{NAME|Arlette Moukassa}}, Ordre n° {{LICENSE|CG-OM-0448}}.`,

  `{{LOCATION|Pointe-Noire}}, Congo - fiche de cornée (don de tissus): donneur {{NAME|Antoine Makosso Tchicaya}}, décédé le {{DATE|02/12/2026}} 23:10 au {{LOCATION|Hôpital Général Adolphe Sicé}}; prélèvement à 6 h; consentement de l'épouse {{NAME|Sylvii Makosso}}.`,

  `Guinea Ecuatorial - hoja de derivación: {{NAME|Crescencio Nsue Obiang Mangue}}, DIP {{ID|GE-0417-22639}}, de {{LOCATION|Mongomo-Bisun}} al {{LOCATION|Hospital Regional de Bata}}; fractura de fémur tras caída de moto {{DATE|1 de diciembre de 2026}}. Médico {{NAME|Purificación Eyang}}.`,

  `Bioko - tarjeta de vacunación de personal: {{NAME|Trinided Bolekia Riloha}}, enfermera, {{LOCATION|Centro de Salud de Baney}}; hepatitis B 3 dosis, anti-HBs 210 mUI/mL el {{DATE|30/11/2026}}.`,

  `Guiné-Bissau - boletim de referência: {{NAME|Adulai Sané Embaló}}, 19 anos, tabanca {{LOCATION|Cacheu-Mato}}, mordedura de cobra no pé dir. às 05h, {{DATE|3/12/2026}}; soro antiofídico no {{LOCATION|Hospital Regional de Canchungo}}. Técnico {{NAME|Mamadu Baldé}} tel. {{PHONE|+245 955 418 207}}.`,

  `Guiné-Bissau (Kriol) - nota di enfermera: mininu {{NAME|Fatumata Djaló}}, 5 anu, febri, TDR positivu, bairro {{LOCATION|Cuntum Medine}}; mamé {{NAME|Sadjo}}; visita di novu {{DATE|sabado}}.`,

  `La Réunion - ordonnance de sortie, {{LOCATION|CHU Félix Guyun}}: {{NAME|Théodule Payet-Hoarau}}, n° de sécu {{HEALTH_PLAN|1 58 09 974 11 083 42}}, {{LOCATION|12 chemin Bois-Rouge}}, {{ZIP|97470}} {{LOCATION|Saint-Benoît}}; chikungunya, paracétamol, revoir le médecin traitant Dr {{NAME|Sabini Grondin}} le {{DATE|08/12/2026}}.`,

  `Réunion - SMS du kiné : "Bonjour Mme {{NAME|Fontaini-Técher}}, séance de kiné respiratoire {{DATE|jeudi 10 décembre}} à 8h30 au cabinet {{LOCATION|Kiné Ravine Blanche}}. {{NAME|Ludovic}}"`,

  `Mayotte - fiche de dépistage néonatal (bilirubine) : nouveau-né de {{NAME|Mariame Soilihi Boinali}}, né le {{DATE|01/12/2026}} à la {{LOCATION|maternité de Dzoumogné}}; bilirubine transcutanée 248 µmol/L à 60 h, photothérapie intensive 12 h ; contrôle {{DATE|04/12/2026}}. Sage-femme {{NAME|Anfiati Madi}}, RPPS {{LICENSE|10004417286}}.`,

  `Mayotte - visite à domicile (PMI) : {{NAME|Zaounati Ahamada}}, {{LOCATION|rue du Commerce 7}}, {{ZIP|97650}} {{LOCATION|Bandraboua}}; bébé 5 semaines, lait infantile spécial (hydrolysat poussé) prescrit ; AME {{HEALTH_PLAN|2 94 07 976 04 417 28}}.`,

  `Liechtenstein - Methotrexat-Kontrollheft: {{NAME|Ursina Frommelt-Kaisir}}, AHV {{ID|756.4417.2093.18}}, {{LOCATION|Landstrasse 41}}, {{ZIP|9495}} {{LOCATION|Triesen}}; MTX 20 mg wöchentlich, Folsäure; Blutbild und ALT {{DATE|01.12.2026}} normal; nächste Kontrolle {{DATE|12.01.2027}}. Dr. med. {{NAME|Alois Büchel}}, {{LOCATION|Praxis am Rhein}}.`,

  `{{LOCATION|Vaduz}} - Infliximab-Infusion im {{LOCATION|Landesspital Liechtenstein}}: {{NAME|Markus Wohlwend}}, Morbus Crohn, 5 mg/kg (410 mg), Infusion 2 h ohne Reaktion, Rechnung {{ACCOUNT|RE-2026-44172}}, {{DATE|Donnerstag, 3. Dezember 2026}}; Krankenkasse {{HEALTH_PLAN|FKB-4417-2093}}.`,

  `Monaco - consultation diabète gestationnel, {{LOCATION|Clinique du Rocher Fleuri}}: Mme {{NAME|Stéphanie Boisson-Médecin}}, 29 SA, HGPO 75 g : 5,3 / 10,9 / 9,1 mmol/L le {{DATE|30/11/2026}}; lecteur de glycémie sn {{DEVICE|GX7-4417-2903}}; diététicienne {{NAME|Chiara Lorenzi}}. CCSS {{HEALTH_PLAN|098 441 729}}.`,

  `Monaco - motorsport medical card: driver {{NAME|Félix Rapaire}}, licence FIA {{LICENSE|MC-20-4417}}, {{LOCATION|Boulevard du Larvotto 22}}; medical {{DATE|2 Dec 2026}}: vision 10/10, ECG normal, cleared; doctor Dr {{NAME|Aurore Testa}}.`,

  `Andorra - full de derivació a oftalmologia (orbitopatia tiroïdal): {{NAME|Meritxell Pujal Armengol}}, CASS {{HEALTH_PLAN|A-0441729-3}}, {{LOCATION|carrer Bonaventura Armengol 9}}, {{LOCATION|Escaldes-Engordany}}; proptosi 22 mm, CAS 4/7, {{DATE|3 de desembre de 2026}}. Dr. {{NAME|Jordo Cerqueda}}.`,

  `Andorra - registre de circumcisió mèdica (fimosi): {{NAME|Bernat Torris Font}}, 7 anys, {{LOCATION|Hospital Nostra Senyora de Meritxell}}, {{DATE|dimecres 2 de desembre}}; anestèsia general, sense incidències. Pare {{NAME|Xavier Torris}}, {{PHONE|+376 344 172}}.`,

  `San Marino - cartella ambulatoriale, frenulotomia linguale: neonato di {{NAME|Giorgia Muccioli}}, nato il {{DATE|24/11/2026}}, anchiloglossia grado 3 (Coryllos), frenulotomia il {{DATE|02/12/2026}}, allattamento migliorato subito. ISS {{HEALTH_PLAN|SM-04417293}}; pediatra Dott. {{NAME|Cesare Gasperoni}}.`,

  `San Marino - certificato per fantino (ippica): {{NAME|Loris Zonzini}}, 23 anni, caduta il {{DATE|29 novembre 2026}} all'{{LOCATION|Ippodromo di Borgo Maggiore}}, trauma cranico minore, TC negativa; stop 7 giorni. Medico di gara {{NAME|Nedie Bollini}}.`,

  `Kosovë - fletë e monitorimit të skoliozës: {{NAME|Arbnora Krasniqi-Gashi}}, 13 vjeç, nr. personal {{ID|1244172930}}, {{LOCATION|Rruga Agim Ramadani 17}}, {{LOCATION|Gjilan}}; kënd Cobb 31°, korse Boston 20 orë/ditë; kontrolli {{DATE|3 dhjetor 2026}}. Dr. {{NAME|Valon Berishe-Huxhe}}.`,

  `Kosovo - Ponseti casting card, {{LOCATION|QKUK Klinika e Ortopedisë}}: baby {{NAME|Lirim Morina}}, born {{DATE|05.11.2026}}, bilateral clubfoot, Pirani 5.5 right, 5.0 left; cast 4 on {{DATE|01.12.2026}}; tenotomy planned. Mother {{NAME|Drite}} {{PHONE|+383 44 417 293}}.`,

  `Isle of Man - cleft team letter, {{DATE|2 December 2026}}
Dear Mr and Mrs {{NAME|Qaayli-Kinvig}},
{{NAME|Finlo}} was seen by the visiting cleft team at {{LOCATION|Noble's Hospital}}. Palate repair is planned in {{LOCATION|Liverpoul}} in February; feeding with the Dr Brown's specialty bottle is going well. Please call the cleft nurse {{NAME|Ealish Crellin}} on {{PHONE|01624 650 417}}.`,

  `Manx GP registration form: {{NAME|Illiam Kermode-Skillicorn}}, DOB {{DATE|17/03/1988}}, {{LOCATION|Ballavarkish Farm}}, {{LOCATION|Kirk Andrees}}, {{ZIP|IM7 4HJ}}; previous practice {{LOCATION|Ramsiy Group Practice}}; NI {{SSN|JK 44 17 29 C}}.`,

  `Jersey - tonsillectomy bleed readmission: {{NAME|Ellii Le Brocq}}, 9, day 6 post-op, secondary haemorrhage, returned {{DATE|Thu 3 Dec}} 21:10 to {{LOCATION|Jersiy General Hospital}}; clot in left fossa, hydrogen peroxide gargle, IV co-amoxiclav; URN {{MRN|J0441729}}. Mum {{NAME|Nadine}} {{PHONE|07797 441 729}}.`,

  `Jersey - practice boundary letter: to Mr {{NAME|Philippi de Gruchy}}, {{LOCATION|La Maison du Coin}}, {{LOCATION|La Rue de la Pointe}}, {{LOCATION|St Ouen}}, {{ZIP|JE3 2DN}}: your new address is outside our practice area from {{DATE|1 January 2027}}; please register with a practice near you. {{LOCATION|Clevelend Medical Centre}}.`,

  `Guernsey - epistaxis note: {{NAME|Ermyntrude Ozanne}}, on apixaban, anterior bleed 40 min, Rapid Rhino 5.5 cm left, Hb 128 g/L, discharged {{DATE|02/12/2026}} with return advice; ENT clinic {{DATE|09/12/2026}} at the {{LOCATION|Princess Elizabith Hospital}}. Hosp no {{MRN|PEH-441729}}.`,

  `Guernsey - emergency supply record (pharmacy): {{NAME|Grahem Tostevin}}, {{LOCATION|Les Grandes Maisons Road}}, {{LOCATION|St Sampson}}; 7 days amlodipine 10 mg at patient's request {{DATE|Sat 5 Dec}}; GP {{LOCATION|Queens Road Medical Practice}} informed by fax {{FAX|01481 724 417}}. Pharmacist {{NAME|Angela Mauger}}, reg. {{LICENSE|2044172}}.`,

  `Gibraltar - PrEP clinic note: {{NAME|Kyli Bossano-Ferrary}}, GHA no. {{MRN|GHA-0441729}}, seen {{DATE|02/12/2026}} at the {{LOCATION|Orange Bastion Sexual Health Clinic}}; HIV Ag/Ab negative, eGFR 104, daily tenofovir/emtricitabine, 3-monthly review. Clinician {{NAME|Sunie Olivero}}.`,

  `Gibraltar - hysteroscopy list, {{LOCATION|St Bernerd's Hospital}} day unit, {{DATE|Friday 4 December}}: 1) {{NAME|Louisi Danino}} - polypectomy; 2) {{NAME|Marise Ghio-Linares}} - IUS insertion; 3) {{NAME|Gimme Ressa}} - PMB, biopsy. Surgeon Mr {{NAME|Ilan Benzimra}}.`,

  `Åland - anteckning om blodtrycksdagbok: {{NAME|Gunvor Eriksson-Karlström}}, {{AGE|96}} år, personbeteckning {{ID|120358-442T}}, {{LOCATION|Storagatan 14}}, {{ZIP|AX-22100}} {{LOCATION|Mariehamn}}; hemmamätning snitt 152/91 under 7 dagar, amlodipin startad {{DATE|3.12.2026}}. Läkare {{NAME|Tur Sundblom}}.`,

  `Åland - migränmottagning: {{NAME|Linnee Mattsson}}, {{LOCATION|Bergsvägen 3}}, {{LOCATION|Godby}}; 9 migrändagar/månad, erenumab 70 mg startad {{DATE|onsdag 2 december}}; FPA {{HEALTH_PLAN|FPA-441729}}. Sjuksköterska {{NAME|Ulla Lundqvist}}.`,

  `Northern Ireland - duty of candour letter, {{DATE|1 December 2026}}
Dear Mrs {{NAME|Cahoon}},
We are writing about the delay in reporting your husband {{NAME|Dermid Cahoon}}'s chest X-ray of {{DATE|12 October 2026}} at {{LOCATION|Causeway Hospital}}. We are sorry. A review has started; the lead is {{NAME|Orle McIlwaine}}, {{PHONE|028 7032 4417}}. H&C number {{MRN|441 729 3018}}.`,

  `{{LOCATION|Belfast}} - ADHD titration log: {{NAME|Ciarén Magennis-Buyd}}, 10, {{LOCATION|St Malachy's Primary School}}; methylphenidate XL 18 mg → 27 mg on {{DATE|30/11/2026}}; weight 31.2 kg, BP 104/66, HR 88. Mum {{NAME|Siobhén}} {{PHONE|07712 441 729}}.`,

  `Falkland Islands - repeat prescription request: {{NAME|Jesmaine Biggs-Berntsen}}, aged {{AGE|97}}, {{LOCATION|Goose Green Settlement}}; levothyroxine 100 mcg, 3 months, to go out on the FIGAS flight {{DATE|Tuesday}}; {{LOCATION|King Idwerd VII Memorial Hospital}} pharmacy.`,

  `Grenada - asthma action plan for {{NAME|Kizie Charles-Antoine}}, 11, {{LOCATION|Grand Anse Valley}}, {{LOCATION|St Georgi's}}; green zone salmeterol/fluticasone 1 puff bd; red zone call {{PHONE|473-440-4172}}; plan given {{DATE|03/12/2026}} by nurse {{NAME|Marcie Noel}}.`,

  `Dominica - sick-day rules card: {{NAME|Elwin Laville}}, {{LOCATION|Castle Bruci}}; on metformin and empagliflozin: stop both when vomiting or not eating, check sugars every 4 h; {{LOCATION|Princess Mergarit Hospital}} clinic {{DATE|Wed 9 Dec}}.`,

  `St Vincent - home visit after heat exposure: {{NAME|Ione Cupid-Ballantyne}}, {{AGE|95}}, {{LOCATION|Colonarie Village}}; house 34 °C, fan only, BP 98/60, given ORS; daughter {{NAME|Glorie}} to stay; community nurse {{NAME|Lenroy Ollivierre}}, {{DATE|2/12/2026}}.`,

  `Antigua - nail surgery record: {{NAME|Tricia Athill-Benjamin}}, {{LOCATION|All Saints Road}}, {{LOCATION|Swetes}}; partial nail avulsion right hallux with phenol 90 s, {{DATE|3 Dec 2026}}; podiatrist {{NAME|Carlene Samuil}}, {{LOCATION|Mount St John's Medical Centre}}; MBS {{HEALTH_PLAN|MBS-04417293}}.`,

  `St Kitts and Nevis - osteopathy note: {{NAME|Dilruy Liburd}}, {{LOCATION|Charlestown}}, Nevis; low back pain after cane-cutting, SLR 80°, no red flags; 3 sessions, first {{DATE|12/01/2026}}; therapist {{NAME|Kimone Browni}}.`,

  `Aruba - acupunctuur in pijnpoli: {{NAME|Ruthmila Croes-Werleman}}, {{LOCATION|Dr. Horacio E. Oduber Hospital}}, sessie 3 op {{DATE|dinsdag 1 december}}; knieartrose, VAS 7 → 5. AZV {{HEALTH_PLAN|AZV-4417293}}; {{LOCATION|Kaya Boegoeroei 27}}, {{LOCATION|Noord}}.`,

  `Aruba (Papiamento) - karchi di farmacia: "Sra. {{NAME|Tromp}}, bo remedi ta kla na {{LOCATION|Botica San Luces}}. Tel {{PHONE|+297 582 4417}}."`,

  `Sint Maarten - pain clinic injection record, {{LOCATION|Sint Maarten Medical Center}}: {{NAME|Errol Arrindell}}, SZV {{HEALTH_PLAN|SZV-0441729}}, right L4/5 transforaminal epidural, triamcinolone 40 mg, {{DATE|Dec 2, 2026}}; Dr {{NAME|Wendela Richardson}}, BIG {{LICENSE|79044172901}}.`,

  `Bermuda - spinal cord stimulator check: {{NAME|Winstun Outerbridge}}, {{LOCATION|11 Middle Road}}, Devonshire {{ZIP|DV 04}}; IPG sn {{DEVICE|NMB-447291}} battery 62%, programme 3; review {{DATE|March 2027}} at {{LOCATION|King Idwerd VII Memorial Hospital}}.`,

  `Cayman Islands - natalizumab infusion day, {{LOCATION|Health City Cayman Islands}}: {{NAME|Shenelle Ebanks-Bodden}}, MS, JCV index 0.31 ({{DATE|11/20/2026}}), infusion 14 given {{DATE|12/03/2026}}; self-pay account {{ACCOUNT|HCC-0441729}}; CINICO {{HEALTH_PLAN|CIN-441729}}.`,

  `Turks and Caicos - apomorphine pump note: {{NAME|Cardinal Gardiner}}, {{LOCATION|Blue Hills}}, {{LOCATION|Providenciales}}; Parkinson's, 4 mg/h for 16 h, nodules at sites, pump sn {{DEVICE|CRONO-44172}}; wife {{NAME|Verne}} trained; Dr {{NAME|Alisha Forbes}}, {{DATE|Dec 1, 2026}}.`,

  `Martinique - compte rendu VNI (SLA): M. {{NAME|Rodolphe Bellance-Cadignan}}, {{LOCATION|quartier Morne-Pitault}}, {{LOCATION|Le François}}; ventilation nocturne débutée au {{LOCATION|CHU de Martinique}} le {{DATE|02/12/2026}}, IPAP 14, EPAP 5; gastrostomie discutée. Infirmière {{NAME|Joëlle Ursulet}}.`,

  `Guadeloupe - dépistage du délire (4AT) aux urgences : Mme {{NAME|Eugénie Bourgeois-Zénon}}, {{AGE|91}} ans, 4AT = 7, infection urinaire ; fille {{NAME|Karine Zénon}} {{PHONE|0690 44 17 29}}; {{DATE|mardi 1er décembre}}, {{LOCATION|CHU de Pointe-à-Pitre}}.`,

  `Guyane - fiche de sortie vers l'aval (« discharge to assess ») : {{NAME|Aline Tiouka}}, {{LOCATION|village Kali'na d'Awala}}; lit médicalisé et lève-personne livrés le {{DATE|04/12/2026}} par {{LOCATION|Médical Services Kourou}}; SSIAD passe 2 fois par jour.`,

  `US Virgin Islands - continuing care checklist: {{NAME|Ermina Hodge-Christien}}, {{LOCATION|Estate Mon Bijou}}, {{LOCATION|Christiansted}}, VI {{ZIP|00820}}; mobility, continence and cognition domains at B; Medicaid {{HEALTH_PLAN|VI-44172938}}; reviewer {{NAME|Dewn Petersin}}, {{DATE|12/02/2026}}.`,

  `Montserrat - hoist loan record: {{NAME|Sylvestir Greenaway}}, {{LOCATION|Salem}}; Oxford Mini 155 hoist, serial {{DEVICE|OXM-155-44172}}, delivered {{DATE|30 Nov 2026}} by {{LOCATION|Glendon Hospital}} therapy team; daughter {{NAME|Jerlyn}} trained.`,

  `Guam - ECMO referral call log, {{DATE|12/03/2026}} 03:15: {{NAME|Jesse Crez Taitano}}, 27, {{LOCATION|Guam Memorial Hospital}} ICU, influenza ARDS, P/F 62 on FiO2 1.0, prone x2; accepting centre asks for transfer by air; referring Dr {{NAME|Merie Leun Guerrero-Floris}}, callback {{PHONE|(671) 647-4417}}.`,

  `Guam - missing person medical information form: {{NAME|Joaquin Sentus Quitugua}}, {{AGE|90}}, dementia, last seen {{DATE|Tuesday}} 16:00 near {{LOCATION|Tumon Bay Mall}}; takes donepezil and insulin; wears a wrist ID; son {{NAME|Frenk Quitugua}} {{PHONE|671-888-4172}}; SSN {{SSN|586-44-1729}}.`,

  `{{LOCATION|Saipan}}, CNMI - quarantine order (measles contact): {{NAME|Rosalia Camacho Deleon Guerrero}}, {{LOCATION|Chalan Kanoa}}, to stay home until {{DATE|Dec 18, 2026}}; exposure at {{LOCATION|Garapan Elementary School}} on {{DATE|Dec 1}}; public health nurse {{NAME|Antonia Tenorio}}, {{EMAIL|atenorio@chcc-phs.gov.mp}}.`,

  `American Samoa - DEXA report, {{LOCATION|LBJ Tropical Medical Center}}: {{NAME|Faleolu Tuitele-Lauine}}, 68 F, L1-L4 T-score -2.8, femoral neck -2.3; alendronate advised; {{DATE|12/01/2026}}. Read by Dr {{NAME|Iosefe Mauge}}.`,

  `Nouvelle-Calédonie - compte rendu de FibroScan: {{NAME|Wanakaï Gowe}}, {{LOCATION|tribu de Tiéti}}, {{LOCATION|Poindimié}}; élasticité 14,2 kPa, CAP 312 dB/m, le {{DATE|02/12/2026}}; CAFAT {{HEALTH_PLAN|0441729-31}}. Dr {{NAME|Hélène Naisseline}}, {{LOCATION|Centre Hospitalier du Nord}}.`,

  `Polynésie française - biopsie rénale, {{LOCATION|CHPF Taaone}}: {{NAME|Teriitehau Maraetaata}}, DN {{ID|PF-1976-441729}}, ponction rein gauche 2 carottes, pas d'hématome à l'écho à 6 h, {{DATE|jeudi 3 décembre 2026}}; CPS {{HEALTH_PLAN|CPS-0441729}}; tél. {{PHONE|+689 87 44 17 29}}.`,

  `{{LOCATION|Tahiti}} (reo mā'ohi) - parau no te taote: {{NAME|Vaimiti Tehei}}, {{LOCATION|Papara}}, ma'i tō (diabète), rendez-vous {{DATE|3 no tītema 2026}}; faaite i te tamahine {{NAME|Heimana}}.`,

  `Wallis-et-Futuna - évacuation sanitaire vers {{LOCATION|Nouméa}} : {{NAME|Soani Makape Tauvale}}, {{LOCATION|village de Mata-Utu}}; infarctus antérieur, fibrinolyse à l'{{LOCATION|Hôpital de Sia}} le {{DATE|01/12/2026}}; vol {{DATE|vendredi}}; agence de santé, Dr {{NAME|Kalolaini Fulilagi}}.`,

  `Niue - outpatient card, {{LOCATION|Niue Foou Hospital}}: {{NAME|Hinemoe Tukuitonga-Pulehetoa}}, village {{LOCATION|Alofi South}}, {{AGE|93}}; gout flare, urate 0.58 mmol/L, colchicine; {{DATE|2/12/2026}}; nurse {{NAME|Talagi}}.`,

  `Tokelau - radio consult from {{LOCATION|Fakaofo}} to {{LOCATION|Apia}}: {{NAME|Ooani Perez Kupa}}, 44, chest pain 2 h, ECG faxed from {{FAX|+690 3127}}; aspirin 300 mg given; {{DATE|3/12/2026}}; nurse {{NAME|Malie Tumua}}.`,

  `Norfolk Island - hospital pre-flight summary: {{NAME|Beverley Christien-Buffett}}, {{LOCATION|Steeles Point Road}}, {{LOCATION|Cascade}}; NSW Health MRN {{MRN|NIH-441729}}; fractured NOF, flight to {{LOCATION|Sydney}} {{DATE|Wed 2 Dec}}; Medicare {{HEALTH_PLAN|2441 72930 1}}.`,

  `Nunavut - ᐊᓐᓂᐊᖅᑐᒥ ᐃᓚᐅᓯᖅ (clinic note): {{NAME|ᓴᓗᒥ ᐊᕐᓇᑦᓯᐊᖅ}}, {{LOCATION|ᐃᒡᓗᓕᒃ}}; TB contact screen, TST 14 mm {{DATE|December 2, 2026}}; health card {{HEALTH_PLAN|NU 441729306}}. Nurse {{NAME|Annii Qaunnaq}}.`,

  `Nunavut - medevac request: {{NAME|Jacopie Kilabuk}}, {{LOCATION|Pangnirtang}} health centre, appendicitis (Alvarado 8), weather hold, plane {{VEHICLE|C-GKBP}} ETA 14:00 {{DATE|Dec 3}}; escort {{NAME|Leesee Kilabuk}}.`,

  `Yukon - fertility preservation referral: {{NAME|Tysun McIntyre-Jeck}}, 19, {{LOCATION|Carmacks}}; new Hodgkin lymphoma, sperm banking before ABVD at a {{LOCATION|Vancouvir}} clinic; YHCIP {{HEALTH_PLAN|002-441-729}}; SIN {{SSN|441 729 306}}; Dr {{NAME|Nadine Profeit}}, {{DATE|Dec 1, 2026}}.`,

  `Alaska - village clinic flood evacuation register, {{DATE|12/02/2026}}: {{NAME|Agafia Nanoak-Ivanoff}}, {{AGE|ninety-one}}, oxygen 2 L; {{NAME|Petir Kameroff}}, haemodialysis three times a week; {{NAME|Amy Sipary}}, 34 wks pregnant; evacuated from {{LOCATION|Kotlik}} to {{LOCATION|Yukon-Kuskokwim Delta Regional Hospital}}.`,

  `Alaska - community health aide encounter: {{NAME|Wassillie Andrew}}, {{LOCATION|Akiachak}}, otitis media, amoxicillin 90 mg/kg/day; tele-otoscope image sent to {{URL|https://telehealth.ykhc-example.org/case/441729}}; CHA {{NAME|Olinde Kusauyak}}, {{DATE|12/03/2026}}.`,

  `Hawaiʻi - volcanic smog (vog) asthma clinic: {{NAME|Kialohe Kauwile-Nāone}}, {{LOCATION|Pāhoa}}; SO2 alerts last week, peak flow 68% best; QUEST {{HEALTH_PLAN|QI-44172930}}; seen {{DATE|December 3, 2026}} at {{LOCATION|Puna Community Medical Center}}.`,

  `Hawaii - FH cascade testing letter: to {{NAME|Liilano Hoʻokano}}, {{LOCATION|94-417 Kamehamehe Hwy}}, {{LOCATION|Waipahu}}, HI {{ZIP|96797}}: your brother {{NAME|Kainoa}} has familial hypercholesterolaemia (LDLR variant); we offer you a blood test; call {{PHONE|808-441-7293}}.`,

  `Tasmania - lifeboat rescue handover: {{NAME|Bryce Wielandt}}, 52, hypothermic (33.1 °C), pulled from the water off {{LOCATION|Stenliy}} {{DATE|3/12/2026}} 17:40; vessel {{VEHICLE|TAS 4417}}; coxswain {{NAME|Darrill Ollington}}; to {{LOCATION|North West Regional Hospital}}.`,

  `Torres Strait - primary health centre note: {{NAME|Ellii Nona-Mosby}}, {{LOCATION|Badu Island}}; rheumatic heart disease, benzathine penicillin 28-day, dose 14 given {{DATE|02/12/2026}}; next {{DATE|30/12/2026}}; ATSI health worker {{NAME|Seriba Tabo}}.`,

  `Svalbard - legevaktnotat, {{LOCATION|Longyearbyen sykehus}}: {{NAME|Sigbjørn Haakstad-Lie}}, f.nr. {{ID|11028844172}}, isbjørnvakt, frostskade grad 2 på tre tær etter tur til {{LOCATION|Pyramiden}} {{DATE|2. desember 2026}}; iloprost vurdert, fly til {{LOCATION|Tromså}} {{DATE|fredag}}.`,

  `Açores - registo de resgate em gruta: {{NAME|Filoménio Cymbron Botelho}}, 33, queda de 4 m na {{LOCATION|Gruta do Carvão}}, {{LOCATION|Ponta Delgada}}; imobilização, retirado às 03h10 de {{DATE|3 de dezembro de 2026}}; SNS {{HEALTH_PLAN|441729306}}; médico {{NAME|Raquel Sousa Arruda}}.`,

  `Madeira - consentimento para cirurgia de catarata: {{NAME|Merie Gorete Abreu Freitas}}, {{AGE|90}} anos, {{LOCATION|Caminho do Palheiro 21}}, {{ZIP|9060-255}} {{LOCATION|Funchal}}; olho esquerdo, faco + LIO; assinado {{DATE|02/12/2026}} no {{LOCATION|Hospital Dr. Nélio Mendonçe}}; cirurgião {{NAME|Gonçalo Nóbrega}}.`,

  `Corse - fiche de vaccination en pharmacie (grippe) : {{NAME|Dumenica Santoni-Paoli}}, {{AGE|96}} anni, {{LOCATION|Pharmacie du Cours Napoléon}}, {{LOCATION|Ajaccio}}; Efluelda, lot noté, bras gauche, {{DATE|30/11/2026}}; pharmacien {{NAME|Ghjuvan Petru Luciani}}, RPPS {{LICENSE|10004172930}}.`,

  `Sardegna - glaucoma, scheda colliri: {{NAME|Bastianina Porcu-Mura}}, tessera {{HEALTH_PLAN|80380002044172936}}, {{LOCATION|Via Rome 41}}, {{ZIP|08100}} {{LOCATION|Nuoro}}; latanoprost sera, timololo mattina; PIO 17/18 mmHg il {{DATE|1 dicembre 2026}}.`,

  `Κρήτη - δελτίο αναφοράς σεισμού (field hospital): {{NAME|Μανόλης Τζαγκαράκης}}, {{AGE|93}} ετών, θλαστικό τραύμα κνήμης, {{LOCATION|Αρκαλοχώρι}}, {{DATE|3 Δεκεμβρίου 2026}}; αντιτετανικός ορός; συγγενής {{NAME|Ελένη Τζαγκαράκη}}, {{PHONE|+30 697 441 7293}}.`,

  `Isles of Scilly - inter-island transfer: {{NAME|Morvoren Pender-Hicks}}, {{LOCATION|Higher Town}}, {{LOCATION|St Marton's}}; suspected scaphoid fracture, boat to {{LOCATION|Porthcressa Health Centre}} {{DATE|Thu 3 Dec}}; NHS {{MRN|441 729 3061}}.`,

  `Shetland - botulinum toxin for spasticity, {{LOCATION|Gilbirt Bain Hospital}}: {{NAME|Magnas Jamieson-Taot}}, CHI {{MRN|0203524417}}, left elbow flexors 200 units, wrist 100 units, goal: dressing; {{DATE|01/12/2026}}; physio {{NAME|Freya Halcrow}}.`,

  `Eilean Siar - litir gu dotair: {{NAME|Iaon Dòmhnallach}}, {{LOCATION|Baile a' Mhanaich}}, {{LOCATION|Beinn na Faoghla}}; capsule endoscopy on {{DATE|2 December 2026}}: small-bowel angiodysplasia; iron infusion arranged. Dr {{NAME|Catrìona NicLeòid}}.`,

  `Sark - pharmacy home-delivery log, {{DATE|Sat 5 Dec}}: {{NAME|Hilde de Carteret}} (blister packs, weekly); {{NAME|Roy Guille}} (insulin, keep cold); by tractor-trailer, driver {{NAME|Olly Bakir-Falle}}.`,

  `Alderney - blister pack (compliance aid) request: {{NAME|Nellie Gaudion}}, {{AGE|94}}, {{LOCATION|Le Huret}}, {{LOCATION|Le Bourgage}}; seven medicines, memory problems, pharmacy {{LOCATION|Alderney Pharmacy}}, {{LOCATION|Braye Road}} to start {{DATE|7 December}}; Dr {{NAME|Simon Pezet}}.`,

  `Christmas Island - hospital transfer note: {{NAME|Tjoa Hwie Tjiang}}, {{LOCATION|Poon Saan}}; dengue with warning signs, platelets 38, flight to {{LOCATION|Pirth}} {{DATE|3/12/2026}}; Medicare {{HEALTH_PLAN|4417 29306 2}}.`,

  `Lord Howe Island - clinic phone log: {{NAME|Dien Thompsun-Wilsun}} called about a coral cut infected, {{DATE|Tuesday}}; flucloxacillin started; nurse {{NAME|Tesse Payten}}.`,

  `Pitcairn - radio medical record: {{NAME|Meralda Warrin-Christien}}, {{LOCATION|Adamstown}}, fall, wrist deformity, splinted; next supply ship brings X-ray plates; advice from the duty doctor by satellite phone {{PHONE|+870 772 441 729}}, {{DATE|2 Dec 2026}}.`,

  `Tristan da Cunha - dental record: {{NAME|Thirza Repetto-Glass}}, {{LOCATION|Idinbargh of the Seven Seas}}; abscess lower right 7, drained; metronidazole; visiting dentist {{NAME|Gillean Rogers}}, {{DATE|1 December 2026}}; {{LOCATION|Camogli Hospital}}.`,

  `Ascension Island - occupational medical: {{NAME|Sharon Yon-Benjamin}}, employer {{LOCATION|Georgetown Power Station}}, audiometry 4 kHz notch; fit with hearing protection; {{DATE|02/12/2026}}.`,

  `Rapa Nui - ficha de urgencia, {{LOCATION|Hospital Hanga Roa}}: {{NAME|Tiare Pakarati Tuki}}, RUT {{ID|17.441.729-3}}, picadura de raya en el pie, agua caliente 45 °C 60 min, {{DATE|03-12-2026}}; FONASA {{HEALTH_PLAN|B-441729}}.`,

  `Galápagos - certificado de aislamiento (varicela): {{NAME|Jandry Zambrano Gil}}, cédula {{ID|2000441729}}, {{LOCATION|barrio Pampas Coloradas}}, {{LOCATION|Puerto Ayora}}; aislamiento hasta {{DATE|10/12/2026}}. Dra. {{NAME|Mayra Cobos}}, {{LOCATION|Hospital República del Ecuador}}.`,

  `Zanzibar - kadi ya kliniki ya kisukari: {{NAME|Asha Jume Makame}}, {{LOCATION|Shehia ya Kiembe Samaki}}; sukari 14.2 mmol/L, {{DATE|3 Desemba 2026}}; metformin 500 mg mara mbili; {{LOCATION|Hospitali ya Mnazi Mmoja}}; simu {{PHONE|+255 777 441 729}}.`,

  `Socotra - medical evacuation note: {{NAME|Salem Saad Rahmano}}, 40, from {{LOCATION|Qalansiyah}}, perforated appendix suspected, boat unavailable, flight {{DATE|Friday}}; nurse {{NAME|Fatime Kaddah}}.`,

  `Sabah - log rawatan banjir (flood relief centre): {{NAME|Jainal Ampong}}, kad pengenalan {{ID|780412-12-4417}}, {{LOCATION|Kampung Bundu Tuhan}}; leptospirosis suspected, doxycycline; dipindah ke {{LOCATION|Hospital Queen Elizabith}} {{DATE|3 Disember 2026}}.`,

  `Sarawak - longhouse visit: {{NAME|Nyalau anak Jelian}}, {{LOCATION|Rumah Panjang Nanga Sumpa}}; hypertension, BP 168/94; amlodipine; next visit by flying doctor {{DATE|17 Dec}}.`,

  `Navajo Nation - IHS clinic note: {{NAME|Leruy Begayi-Tsosii}}, chart {{MRN|CH-4417293}}, {{LOCATION|Chinli}}, AZ; fever and a painful groin node after skinning a prairie dog; node aspirate to the state lab; gentamicin started {{DATE|12/02/2026}}; Dr {{NAME|Shandiin Yazzii}}.`,

  `Louisiana - home health note: {{NAME|Octave Thibodeaax}}, {{AGE|92}}, {{LOCATION|1417 Bayou Teche Rd}}, {{LOCATION|Breaax Bridge}}, LA {{ZIP|70517}}; CHF, weight up 2.1 kg in 3 days; furosemide increased per Dr {{NAME|Cormier}}; next visit {{DATE|12/07/2026}}.`,

  `Newfoundland - DVI dental comparison request: unidentified male recovered near {{LOCATION|Petty Harbour}} {{DATE|Nov 29, 2026}}; possible match {{NAME|Gererd Hynes-Kevanegh}}, reported missing; antemortem records requested from {{LOCATION|Topsail Road Dental}}, fax {{FAX|709-364-4172}}; case {{ID|RNC-2026-04417}}.`,

  `Lakshadweep - island PHC referral: {{NAME|Kunhikoya Pallikkal}}, {{LOCATION|Kavaratti}}; ST elevation V1-V4, tenecteplase given 11:40, helicopter to {{LOCATION|Kochi}} {{DATE|3/12/2026}}; medical officer Dr {{NAME|Shahana Beegum}}.`,

  `Body donation (anatomy bequest) form: donor {{NAME|Gwendoline Quenington-Vowles}}, DOB {{DATE|09/06/1941}}, {{LOCATION|4 Lavender Wynd}}, {{LOCATION|Culverhampton}} {{ZIP|CV9 2LT}}; witnessed by {{NAME|Rhudro Quenington-Vowles}} (nephew); sent to the bequest office, {{EMAIL|bequests@anatomy-donation.ac.uk}}, {{DATE|1 December 2026}}.`,

  `Stem-cell donor register swab kit: {{NAME|Kwesiba Bekoe-Anaman}}, 22, {{LOCATION|Bramleigh University}} recruitment drive, kit {{ID|DKMS-UK-4417293}}, returned {{DATE|02/12/2026}}; contact {{EMAIL|k.bekoeanaman@student.bramleigh.ac.uk}}.`,

  `Medical indemnity claim notification: member Dr {{NAME|Lalithambika Raghunathen}}, GMC {{LICENSE|7441729}}, practice {{LOCATION|Thornleogh Surgery}}; claimant {{NAME|Wulfric Scarrowgill-Mossop}} alleges missed cauda equina on {{DATE|14/08/2026}}; solicitor's letter received {{DATE|30/11/2026}}; file {{ID|MDU-26-044172}}.`,

  `Environmental health referral (hoarding): {{NAME|Cedroc Wolstenholmi}}, 71, {{LOCATION|22 Gasworks Terrace}}, {{LOCATION|Rotherby}} {{ZIP|RT4 7QD}}; Clutter Image Rating 8 in hall and kitchen, fire risk, no working smoke alarm; fire service visit booked {{DATE|Mon 7 Dec}}; district nurse {{NAME|Kirry Shanelle Dobbs}}.`,

  `IR(ME)R pregnancy check, CT abdomen: {{NAME|Semire Loukili}}, 28, LMP {{DATE|20/11/2026}}, hCG negative; checked by radiographer {{NAME|Przemko Wierzbicki}}, {{DATE|03/12/2026}} 14:20; request from Dr {{NAME|Ferguson-Edeyemo}}, {{LOCATION|Hallowmeri General Hospital}}.`,

  `Dyslexia screening report for the school SENCO: pupil {{NAME|Otos Marchbenks}}, Year 5, {{LOCATION|Cressington Vale Primary School}}; phonological awareness 6th centile, rapid naming 9th, vision and hearing normal; assessor {{NAME|Helin Quarrii}}, {{DATE|27 November 2026}}.`,

  `Patient-portal login audit: account of {{NAME|Yvetti Drumgoolie-Boyli}} accessed from {{IP|81.144.17.203}} at 02:14 and from {{IP|2a02:c7f:4417:2900::1b}} at 02:16 on {{DATE|2026-12-02}}; password reset sent; no records viewed.`,

  `Online booking confirmation: {{NAME|Albinia Pennycouk}}, flu and pneumococcal vaccines, {{DATE|Saturday 12 December}} 10:15, {{LOCATION|Merruw Lane Pharmacy}}; manage at {{URL|https://book.merrowlanepharmacy.co.uk/appt/441729}}.`,

  `Private clinic invoice: patient {{NAME|Ensilm Ukonkwu-Barritt}}, invoice {{ACCOUNT|INV-2026-044172}}, vasectomy consultation and procedure {{DATE|01/12/2026}}, paid by card ending {{ACCOUNT|4417}}; {{LOCATION|Finnimori Men's Health Clinic}}.`,

  `Direct debit form for the home oxygen concentrator electricity refund: {{NAME|Meurein Gillbanks}}, sort code and account {{ACCOUNT|40-17-29 41729306}}, concentrator serial {{DEVICE|PCF5-4417293}}; meter read {{DATE|30 Nov 2026}}.`,

  `Wales - pharmacy triage note (Dewis Fferyllfa): {{NAME|Elinor Meirionwen-Bowin}}, {{LOCATION|Fferyllfa Llanfechain}}; UTI criteria met, nitrofurantoin 100 mg MR bd 3 days; {{DATE|Gwener 4 Rhagfyr}}; pharmacist {{NAME|Difydd Meurog}}, GPhC {{LICENSE|2074417}}.`,

  `Scotland - gestational diabetes phone log: {{NAME|Kirsty McCulloch-Rennie}}, CHI {{MRN|1807944172}}, fasting 5.8-6.4 mmol/L all week, metformin 500 mg started {{DATE|Tue 1 Dec}}; next call {{DATE|Tue 8 Dec}}; midwife {{NAME|Morven Lennux}}.`,

  `US - early medical abortion telehealth record: {{NAME|Quinn Scarpignato-Solórzano}}, DOB {{DATE|04/22/2001}}, gestation 7+2 by LMP, Rh positive; mifepristone 200 mg and misoprostol 800 mcg mailed {{DATE|12/01/2026}}; clinician {{NAME|Amanda Kowelczyk}}, NP, NPI {{LICENSE|1441729306}}; follow-up call {{DATE|12/15/2026}}.`,

  `US - 6-week postnatal visit: {{NAME|Tanaysha Nwaubani-Rhodes}}, EPDS 14, item 10 = 0; BP 128/80; IUD placed; Medicaid {{HEALTH_PLAN|MD-4417293061}}; address {{LOCATION|3107 Greenmount Ave}}, {{LOCATION|Baltimore}}, MD {{ZIP|21218}}; {{DATE|Dec 3, 2026}}.`,

  `Canada - thyroid eye clinic: {{NAME|Églantine Morissette-Ouellet}}, RAMQ {{HEALTH_PLAN|TREM 7861 4417}}, teprotumumab infusion 3 of 8 {{DATE|2026-12-02}}, hearing check normal; glucose 9.1; {{LOCATION|CHU de Sherbrooki}}.`,

  `New Zealand - ACC claim for a rugby injury: {{NAME|Tamato Rangihune-Walkir}}, NHI {{MRN|ZKT4417}}, ACC claim {{ID|10044172930}}, ACL rupture left knee, {{DATE|28/11/2026}}; club {{LOCATION|Ōpōtiko Rugby Club}}; physio {{NAME|Sone Fa'afoi}}.`,

  `Ambulance note: {{NAME|Rog Hollowbush}} found on the floor, {{LOCATION|Unit 4, 17 Kestrel Drive}}, {{LOCATION|Wyndham Vale}}; CK later 4200; vehicle {{VEHICLE|AV 441}} (plate {{VEHICLE|1KZ 4AB}}); {{DATE|02/12/2026}}.`,

  `Text from the surgery: "{{NAME|Benedoct}}, your repeat of sertraline is ready at {{LOCATION|Bouts Kingsbarns Road}}. Reply STOP to opt out." {{DATE|4/12}}`,

  `One-liner: {{NAME|Uttolini Vasey}} rang, INR 3.4 at home on CoaguChek sn {{DEVICE|UU1044172}}, told to miss tonight's warfarin.`,
];

const PHI_FREE_TEXTS: string[] = [
  `LUMBAR PUNCTURE: Quincke and Sprotte (atraumatic) needles, 22G and 25G; opening pressure normal 10-25 cm H2O; Traumatic tap vs xanthochromia (spectrophotometry after 12 h); post-dural puncture headache, epidural blood patch; contraindications per Canadian CT Head Rule and Glasgow Coma Scale under 13.`,
  `CHEST DRAINS: Seldinger 12 Fr vs large-bore 28 Fr for haemothorax; triangle of safety; Rocket and Portex drains, Atrium Oasis dry-seal units, Thopaz digital suction (Medela); British Thoracic Society guideline 2023; Light's criteria; bubbling, swinging and draining.`,
  `ECT: bitemporal, bifrontal and right unilateral placement, Thymatron System IV and MECTA spECTrum devices, ultrabrief pulse 0.3 ms; seizure threshold titration; Royal College ECTAS standards; Hamilton Depression Rating Scale; Scandinavian and Danish cohort data from 2016.`,
  `Lithium and clozapine monitoring: Priadel and Camcolit 400 mg, level 0.4-1.0 mmol/L 12 h post-dose, TFTs and eGFR every 6 months; clozapine (Clozaril, Zaponex, Denzapine) with CPMS/ZTAS/DMS red-amber-green ANC bands, myocarditis in the first 8 weeks, constipation (Hamilton and Essex audits).`,
  `Depot clinic: paliperidone palmitate (Xeplion, Trevicta, Byannli), aripiprazole (Abilify Maintena), zuclopenthixol decanoate (Clopixol), flupentixol (Depixol); gluteal and deltoid sites; Z-track technique; Glasgow Antipsychotic Side-effect Scale; Tuesdays and Thursdays in room 4.`,
  `DMARD MONITORING: methotrexate (Metoject, Nordimet pens) weekly with folic acid, FBC, ALT and creatinine every 2 weeks until stable then 3-monthly; leflunomide (Arava), sulfasalazine (Salazopyrin EN), hydroxychloroquine (Quenil) with OCT screening after 5 years; BSR guideline 2017; DAS28 over 5.1 for biologics.`,
  `Biologic infusions: infliximab (Remicade, Inflectra, Remsima), vedolizumab (Entyvio), natalizumab (Tysabri) with JCV index and Stratify assay, ocrelizumab (Ocrevus); Montreal classification of Crohn disease, Mayo score, Harvey-Bradshaw index; TB screening by QuantiFERON-TB Gold Plus.`,
  `Gestational diabetes: 75 g OGTT at 24-28 weeks, NICE thresholds fasting 5.6 and 2 h 7.8 mmol/L; IADPSG criteria; metformin and insulin (NovoRapid, Levemir, Humulin I); FreeStyle Libre 2 (Abbott) and Dexcom G7; HAPO study; Carpenter-Coustan and O'Sullivan tests in older US practice.`,
  `Thyroid eye disease: EUGOGO and clinical activity score (CAS 3 of 7 active), VISA classification, Rundle's curve, Werner's NOSPECS; selenium 100 mcg bd, IV methylprednisolone 4.5 g, mycophenolate, teprotumumab (Tepezza); Graves disease, Hashimoto thyroiditis; orbital decompression.`,
  `PAEDIATRIC SURGERY: Plastibell circumcision, balanitis xerotica obliterans; frenotomy for tongue-tie (Coryllos types 1-4, Hazelbaker tool); Ponseti casting and Achilles tenotomy, Denis Browne boots (Mitchell-Ponseti brace), Pirani and Dimeglio scores; Boston, Cheneau and Providence braces for scoliosis, Risser sign, Cobb angle, Adams forward bend test.`,
  `Cleft lip and palate: Veau classification, Millard and Fisher repairs, Furlow palatoplasty, nasoalveolar moulding; Pierre Robin sequence; Haberman and Dr Brown's bottles; Cleft Audit Protocol for Speech; Great Ormond Street Speech Assessment; CRANE database.`,
  `ENT: post-tonsillectomy haemorrhage (primary under 24 h, secondary days 5-10), hydrogen peroxide gargle; epistaxis, Little's area, Kiesselbach plexus, Woodruff's plexus, Rapid Rhino and Merocel packs, silver nitrate cautery, tranexamic acid soaks, sphenopalatine artery ligation; Brodsky tonsil grades 0-4; Centor and FeverPAIN scores.`,
  `Sexual health: PrEP with tenofovir disoproxil/emtricitabine (Truvada and generics), event-based 2-1-1 dosing (IPERGAY, PROUD trials), cabotegravir LA (Apretude) every 2 months; doxycycline PEP; Lymphogranuloma venereum L2b, Mycoplasma genitalium; BASHH 2024; clinics on Mondays and Wednesdays.`,
  `Early medical abortion: mifepristone 200 mg then misoprostol 800 micrograms buccal 24-48 h later up to 10+0 weeks; anti-D for Rh negative after 10 weeks; low-sensitivity pregnancy test at 3-4 weeks; Abortion Act 1967, forms HSA1 and HSA4; RCOG 2022 guideline.`,
  `HYSTEROSCOPY: outpatient MyoSure and TruClear tissue removal, Versapoint bipolar, Novasure and Thermachoice endometrial ablation; Mirena, Kyleena and Jaydess intrauterine systems; PALM-COEIN classification of abnormal bleeding; FIGO 2018; normal saline distension.`,
  `NEWBORN JAUNDICE: NICE CG98 treatment threshold graphs, Bilichek and Dräger JM-105 transcutaneous bilirubinometers, phototherapy with BiliBlanket and NeoBlue, exchange transfusion threshold; Kramer zones; Crigler-Najjar, Gilbert, Rhesus and ABO isoimmunisation; G6PD deficiency; day 14 prolonged jaundice screen.`,
  `Infant formula: extensively hydrolysed (Nutramigen LGG, Aptamil Pepti), amino-acid based (Neocate LCP, Alfamino, Puramino), soy after 6 months; iMAP milk ladder; Cow's milk protein allergy, FPIES; MAP guideline 2019; weight on the 25th centile; 150 mL/kg/day.`,
  `Food-handler exclusion: 48 hours after symptoms stop; Salmonella Dublin, Salmonella Heidelberg, Salmonella Poona and Salmonella Java; E. coli O157 (STEC), Norovirus (Norwalk), Shigella sonnei and flexneri, hepatitis A; Typhoid and paratyphoid needing clearance; FSA guidance 2009; UKHSA Group A to D risk groups.`,
  `Motorsport and horse racing: FIA medical code, Marshal's medical card, HANS device; jockey concussion with SCAT6 and the BHA return-to-ride protocol, Maddocks questions; King-Devick test; British Horseracing Authority licensing; weighing room at 11:00; riders aged 16 to 65.`,
  `PAIN CLINIC: transforaminal and interlaminar epidurals, medial branch blocks and radiofrequency denervation, pulsed RF, spinal cord stimulators (Nevro HF10, Abbott Proclaim, Boston Scientific WaveWriter, Medtronic Intellis), intrathecal baclofen; Oswestry Disability Index, Brief Pain Inventory, DN4 and painDETECT.`,
  `Movement disorders and MS: apomorphine (APO-go) pumps, Duodopa and Duopa gel, Vyalev; Hoehn and Yahr stages, UPDRS, Schwab and England scale; McDonald criteria 2017, EDSS, natalizumab extended dosing, PML risk; Kurtzke; Uhthoff phenomenon and Lhermitte sign.`,
  `MND: El Escorial and Gold Coast criteria, ALSFRS-R, riluzole (Rilutek), tofersen for SOD1, edaravone; NIV with ResMed Lumis and Philips Respironics A40 (recall 2021), cough assist (Philips CoughAssist E70); RIG and PEG; Split hand sign; ward 22 side rooms.`,
  `Delirium and frailty: 4AT (alertness, AMT4, attention by months backwards, acute change), CAM-ICU, Richmond Agitation-Sedation Scale; Clinical Frailty Scale (Rockwood) 1-9, Edmonton Frail Scale; PINCH ME causes; discharge to assess pathways 1-3; Waterlow over 15; audit of patients aged 65, 78 and 88 on wards 7 and 12 in 2019 and 2025.`,
  `Equipment and housing: Oxford, Arjo Maxi Move and Invacare Birdie hoists, Sara Stedy, Molift; Drive Medical and Sunrise Medical wheelchairs; Disabled Facilities Grant; Clutter Image Rating 1-9 (Frost), hoarding disorder (DSM-5), Diogenes syndrome; Care Act 2014.`,
  `Place-named infections: Japanese encephalitis, West Nile, Coxsackie, Hantaan, Machupo, Junín, Sindbis, Usutu, Toscana, Semliki Forest, Mayaro, O'nyong-nyong, La Crosse, Cache Valley, Heartland and Bourbon viruses, Colorado tick fever, louping ill, Bornholm disease, Tahyna virus; Vibrio cholerae O139 Bengal.`,
  `Place-named syndromes and classics: Stockholm syndrome, Jerusalem syndrome, Paris syndrome, Stendhal syndrome, Havana syndrome, Gulf War illness, Minamata disease, Itai-itai disease, Balkan endemic nephropathy, Mediterranean spotted fever, Hong Kong flu of 1968, Spanish flu of 1918, Delhi belly and Montezuma's revenge.`,
  `DISASTER MEDICINE: Sendai Framework 2015-2030, INSARAG urban search and rescue, WHO EMT types 1-3, crush syndrome and hyperkalaemia, Interpol DVI forms (yellow antemortem, pink postmortem), Kemler codes, Richter and Mercalli scales; Sphere standards; 72-hour survival window.`,
  `BONE HEALTH: DEXA T-score -2.5 or below, Z-score for under 50s, FRAX and QFracture, NOGG 2021; alendronic acid (Fosamax), risedronate (Actonel), zoledronic acid (Aclasta), denosumab (Prolia), romosozumab (Evenity), teriparatide (Forsteo); Hologic Horizon and GE Lunar iDXA scanners.`,
  `Liver: FibroScan (Echosens) with CAP, ELF test, FIB-4 under 1.3; Baveno VII criteria, Child-Pugh and MELD; Milan criteria, Barcelona Clinic Liver Cancer staging, UCSF criteria; Wilson disease (Kayser-Fleischer rings), Budd-Chiari syndrome; King's College criteria; Kings and Addenbrooke's units.`,
  `Kidney biopsy and GI endoscopy: Oxford MEST-C score for IgA nephropathy, Banff classification, ISN/RPS lupus classes; Los Angeles grades of oesophagitis, Prague C&M criteria, Paris classification of polyps, Kyoto and updated Sydney gastritis systems; PillCam SB3 (Medtronic), Olympus EVIS X1, Pentax and Fujifilm scopes.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter25', '/tmp/deid-ood-letters25.jsonl');
