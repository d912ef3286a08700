/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-ninth session, engineer author: short and
 * long clinician texts of kinds beyond letters14-25: Antarctic station medical logs and winter-over screens, doping
 * control forms and therapeutic-use exemptions, assisted-dying assessments and notifications, stool-bank donor screens,
 * phage and other compassionate-use and named-patient requests, device field-safety notices and product complaints,
 * chaperone and visitor logs, sight-impairment certificates, guide-dog and hearing-dog applications, wig, breast
 * prosthesis and compression-hosiery orders, tattoo-studio and henna reactions, PAR-Q and skydiving declarations,
 * bullring, rodeo, circus, film-set, dance, musician's and voice clinics, reindeer-herder, hunting, sauna, ice-fishing,
 * lightning, shark, crocodile, lionfish and elephant injuries, mine-victim registers, FGM clinic notes, polio AFP and
 * guinea-worm forms, scorpion registers, street-medicine rounds, drug checking, sex-worker outreach, medical-tourism and
 * filler complications, Kampo and Ayurveda prescriptions, sanatorium and spa (Kur) orders, controlled-drug travel
 * letters, postal-vote and citizenship-exception attestations, fostering and fitness-to-practise reports, school-trip
 * forms, interpreter bookings, medicine-shortage switches, home chemotherapy, high-altitude, scrub-typhus, pigbel,
 * valley-fever, dengue, ciguatera and decompression notes, refugee-camp and remote-island clinics, portal, remote
 * monitoring and billing lines and one-line messages; written in the styles of regions, peoples and small territories
 * not used before: Antarctica (British, New Zealand and French stations), Saint Pierre and Miquelon, Saint-Barthélemy,
 * Saint-Martin, the British Virgin Islands, Anguilla, Bonaire, Saba, Sint Eustatius, the Cocos (Keeling) Islands, the
 * Chatham Islands, Rotuma, Bougainville, Saint Helena, Somaliland, the Vatican, federal Iraq (Arabic script), Sápmi
 * (Northern Sami, Norway and Sweden), Friesland (Frisian), Brittany (Breton), Alsace, South Tyrol, the Aosta Valley,
 * Friuli (Friulian), Galicia (Galician), Asturias (Asturian), Graubünden (Romansh), Lusatia (Sorbian), Kashubia,
 * Gagauzia, Tatarstan, Sakha, Buryatia and Chukotka (Cyrillic), Uyghur in Latin script, Punjab (Gurmukhi heading),
 * Ladakh, Sikkim, Nagaland, Mizoram, Kerala, Okinawa and Hokkaido (Japanese script), Jeju (Hangul), Aceh, Papua,
 * Bangsamoro, Gilgit-Baltistan, Balochistan, the Cherokee Nation, Nunavik, Nunatsiavut, the Northwest Territories,
 * Haida Gwaii, Tohono O'odham lands, Pine Ridge, Red Lake, Guna Yala, the Miskito coast, Garifuna Honduras, the Wayuu
 * of La Guajira, Arnhem Land, the APY Lands and the Kimberley, Juan Fernández, Rakiura, Cornwall, Orkney, the Faroese
 * south, Lapland, Cornish and Welsh schools, Ireland's Gaeltacht and a Palestinian camp in Lebanon. Human patients
 * only. Written by hand by engineer author on 2026-12-06 (twenty-ninth session) without reading the engine's rules or
 * lexicons, and never run through ddx by its author. It is scored by the lead only; never tune rules, lists or models
 * to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in logs, registers, signatures, greetings, lower case, surname
 * first, hyphenated, with "ap", "Ní", "Ó", "binti", "qizi", "W/o", Cyrillic patronymics, Arabic, Japanese and Korean
 * script); lone surnames and lone first names; places of every kind (stations, islands, quarters, villages, ranchos,
 * cattle camps, bullrings, arenas, stadiums, studios, gyms, care homes, pharmacies, schools, employers, festivals);
 * ages over 89 as digits ("91 ans", "96" after a name, "94歳", "91세", "90 lat", "92 anni", ", 93." after a name);
 * dates in many formats (03 Dec 2026, 2/12/26, 12/01/2026 (US), 2026.11.29, 2026/12/01, 2026年12月2日, 2026년 12월
 * 2일, "2 déc. 2026", "1er décembre 2026", "2 december 2026", "29 de novembro de 2026", "2 d'avientu de 2026", "3
 * gòdnika 2026", "2 Kerzu 2026", "4 Nollaig 2026", "snein 13 desimber", "Dydd Llun 7 Rhagfyr", "2 Dis 2026", "mardi,
 * 1. december 2026", weekdays alone and with dates, month-year); IDs of many shapes (doping mission and sample codes,
 * A-numbers, NIC, CNIC, NIK, IDNP, IIN, PESEL, Aadhaar, Iraqi national card, UNRWA card, tribal and citizenship
 * numbers, notification, register, EPID, police and order numbers); health plans (RAMQ, MCP, NWT, PHN, Medicare, BPJS,
 * PhilHealth, CNAM, ОМС, Japanese insurer numbers, ZVK, French social security, Asturian and Portuguese cards);
 * licences (BIG, CMQ, GMC, NMC, NPI, MCNZ, RPPS, NRCPD, MDC, a skydiving and a driving licence); phones of many
 * countries; faxes, e-mails, a URL, IPv4 and IPv6; device serials; vehicle plates, aircraft registrations, a boat and a
 * snowmobile; US SSNs and a Russian SNILS. Every name, address and number is invented; institution names may be the
 * public names of real hospitals and places, as organisations only, and tokens that matched earlier sets were changed.
 * Format and gold convention as deid-ood-letters20.ts to 24.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Mr", "Sr.", "Mons.", "Pastor", "dott.ssa", "pu", "様") stay outside a name, facility words
 * inside; town prefixes "г." and "с." stay outside; US states, provinces, territories, autonomous regions, first-level
 * districts and countries are not marked; years on their own are never marked; ages of 89 and under are not marked;
 * weekdays and dates named by a weekday are DATE; wards, beds, bays, rooms, brigades and stages are not marked. An AGE
 * span is one stated exact age over 89, only its number. Medical, nursing, interpreter, skydiving and driving licences
 * are LICENSE; national, passport, citizenship, doping, register and case numbers ID (US SSNs and the SNILS are SSN);
 * hospital and chart numbers MRN; health-insurance numbers HEALTH_PLAN; invoices and member or billing accounts
 * ACCOUNT; postcodes of any country ZIP; a DEVICE span is the serial or lot only; employers, pharmacies, schools,
 * stadiums, studios, gyms, festivals and care homes are marked as places, insurers, agencies and charities not. Before
 * writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous signs and scales (Lichtenberg, Kirchhoff, Haldane, Parkland, Norwood-
 * Hamilton, Ludwig, Baumann, Fitzpatrick, Koebner, Tyndall, Usher, Waardenburg, Pendred, Stargardt, Best, Leber,
 * Charles Bonnet, Humphrey, Esterman, Goldmann, Snellen, Reinke, Valsalva, Lombard, Achilles, Alexander, Feldenkrais,
 * Pilates, Kneipp, Sabin, Salk, Guillain-Barré, Monge, Weil-Felix, Boyle, Henry, Rockwood, Twort-d'Herelle, Marquis,
 * Mecke, Mandelin, Simon, Ehrlich), place-named diseases, organisms, acts and rules (Oregon, Victoria, Ottawa, Lake
 * Louise, Helsinki, Norwalk, Sapporo, Medina, Sydney funnel-web, Arizona bark scorpion, Portuguese man-of-war, Irukandji,
 * Rocky Mountain, Colorado, San Joaquin Valley, Ohio River Valley, Japanese spotted fever, Carlsbad salt, Dead Sea,
 * Everest), drug and device brands and makers (Medtronic, Abbott, St. Jude, Boston Scientific, Philips, Zoll, Baxter,
 * CADD-Solis, Juvéderm, Restylane, Tsumura, Kracie, Nyxoid, Amplatzer, Cochlear, MED-EL, Ottobock), ages under 90,
 * bare years, doses, scores, ward, bay and room numbers and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters26.ts [--out /tmp/deid-ood-letters26.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters26.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Station medical log - {{LOCATION|Rothera Research Station}}
Expeditioner {{NAME|Brodie Quernmoor}}, field assistant, {{DATE|03 Dec 2026}} 21:40 local
Fell on sea ice near {{LOCATION|Anchorage Island}}; R wrist deformity, NV intact. Station X-ray: distal radius, dorsal angulation 25 degrees. Reduced under haematoma block, backslab. Telemedicine with {{LOCATION|Derrifurd Hospital}}, {{LOCATION|Plymouth}}; evacuation on the next Dash 7 flight if swelling allows. Base doctor {{NAME|Aolsa Finwroght}}.`,

  `Winter-over psych screen, {{LOCATION|Scutt Base}}: {{NAME|Tamatia Whaenga-Roskill}} sleeping 4 h a night since mid-winter, PHQ-9 12; light box started {{DATE|Mon 30/11}}; review with Dr {{NAME|Ngaoo Pettifir}} by video.`,

  `Journal de bord médical - station {{LOCATION|Dumont d'Urville}}, Terre Adélie
Hivernant: {{NAME|Gaëtan Le Bihannic}}, né le {{DATE|11/07/1988}}, mécanicien
{{DATE|2 déc. 2026}}: plaie de la main gauche sur hélice de Zodiac, 4 cm, tendons intacts; 5 points, Augmentin 3 j. Rappel tétanos fait. Médecin: {{NAME|Soizic Kerbrat-Huon}}.`,

  `DOPING CONTROL FORM (urine) - mission {{ID|DCO-26-77841}}
Athlete: {{NAME|Brannegh Kilcoyne}}, 3000 m steeplechase, DOB {{DATE|14/02/2001}}
Notified {{DATE|2 December 2026}} 19:12 at {{LOCATION|Mortun Stadium}}, {{LOCATION|Santry}}; sample code {{ID|4419827}}; specific gravity 1.012.
Declared: salbutamol inhaler, ferrous fumarate. DCO {{NAME|Fiechra Ó Lonargáin}}; chaperone {{NAME|Sedhbh Mulqueeny}}.`,

  `Therapeutic Use Exemption application - prednisolone 40 mg x 5 days (acute asthma)
Athlete {{NAME|Kwebina Osii-Tatu Ampadu}}, rower, national ID {{ID|GHA-720041883-5}}
Treating physician {{NAME|Ewurabena Quaynor}}, licence {{LICENSE|MDC/RN/11842}}, {{LOCATION|Kurle Bu Teaching Hospital}}; PEF 52% predicted on {{DATE|1 December 2026}}; spirometry attached.`,

  `Aide médicale à mourir - 2e évaluation indépendante
Patient: {{NAME|Réjeen Thibodeeu-Gallant}}, {{AGE|91}} ans, RAMQ {{HEALTH_PLAN|THIR 3402 1188}}
Demande écrite signée le {{DATE|24 novembre 2026}} devant deux témoins. SLA, ALSFRS-R 9, souffrances persistantes. Critères remplis. Évaluateur: {{NAME|Maroe-Josíe Cyr}}, CMQ {{LICENSE|1-08452}}, {{LOCATION|CISSS de la Gaspésie}}, {{LOCATION|Sainte-Enne-des-Monts}}.`,

  `Euthanasiemelding aan de RTE - meldingsnummer {{ID|RTE-2026-04417}}
Uitvoerend arts {{NAME|Sjoird Hoikstra-Wijbenga}}, BIG {{LICENSE|19044872101}}, {{LOCATION|Huisartsenpraktijk De Wâlden}}, {{LOCATION|Burgum}}
Patiënt {{NAME|Tjitske Bosma}}, geboren {{DATE|3 april 1949}}; gemetastaseerd pancreascarcinoom. SCEN-consulent {{NAME|Wybren Dykstra}} gezien op {{DATE|28 november 2026}}. Uitvoering {{DATE|2 december 2026}}.`,

  `Stool bank donor screen - donor code {{ID|FMT-D-0419}}
{{NAME|Tadhgán Pellow-Vence}}, {{LOCATION|14 Carrock Row}}, {{LOCATION|Traro}} {{ZIP|TR1 3LQ}}
Questionnaire {{DATE|30/11/2026}}: no antibiotics 6 months, no travel. Stool: C. difficile PCR neg, H. pylori Ag neg, ova/cysts/parasites neg, ESBL screen neg, norovirus neg. Serology: HIV, HBV, HCV, HTLV, Strongyloides neg. Released for processing.`,

  `Compassionate use request - bacteriophage therapy
Patient {{NAME|Ieuen Pryddirch}}, MRN {{MRN|WG-448217-K}}, prosthetic joint infection, Pseudomonas aeruginosa resistant to all beta-lactams; phage susceptibility by the {{LOCATION|Eliava Institute}} lab, {{LOCATION|Tbilosi}}. Requesting consultant Dr {{NAME|Eiry Llwydiarth-Pryse}}; e-mail {{EMAIL|e.llwydiarth-pryse@bipgwales.example}}.`,

  `Named-patient supply of an unlicensed medicine: fampridine 10 mg bd for {{NAME|Urla Ní Fhaircheallaigh}}, {{LOCATION|An Cheathrú Raa}}; importer {{LOCATION|Clonmil Healthcare}}; order {{ID|NPS-77420}} of {{DATE|4 Nollaig 2026}}.`,

  `Field safety notice - pacemaker lead advisory
Dear Mr {{NAME|Ahenu Silversmith}}, your lead (model 5076, serial {{DEVICE|PJN4471823V}}) is on the maker's advisory. Please attend the device clinic at {{LOCATION|Claremore Indian Hospital}} on {{DATE|December 14, 2026}}. Call {{PHONE|(918) 342-6240}}.`,

  `Product complaint (insulin pen): {{NAME|Mahliyo Tursunboyeva}}, pen lot {{DEVICE|NX4K8817}}, dose knob stuck at 14 units on {{DATE|01.12.2026}}; pen returned to {{LOCATION|Apteka No. 7}}, {{LOCATION|Nukas}}; replacement given.`,

  `CHAPERONE LOG - gynaecology OPD, {{LOCATION|Balfoar Hospital}}, {{LOCATION|Kirkwell}}
{{DATE|02/12}} 10:20 intimate exam {{NAME|Marot Flett}}, chaperone {{NAME|Ingirid Tulluch}} HCA
{{DATE|02/12}} 11:05 intimate exam {{NAME|Sheena Rendall-Odie}}, chaperone declined (recorded)
{{DATE|03/12}} 09:40 breast exam {{NAME|Brydie Manson}}, chaperone {{NAME|Ingirid Tulluch}} HCA`,

  `Certificate of Vision Impairment - part 3
{{NAME|Padraig Scollard}}, {{LOCATION|7 Tregarthin Terrace}}, {{LOCATION|Penzance}} {{ZIP|TR18 2HP}}, NHS No. {{ID|648 214 7703}}
VA R 3/60, L HM; fields constricted to 10 degrees (retinitis pigmentosa). Eligible: severely sight impaired. Consultant ophthalmologist {{NAME|Murwinna Treloer}}, GMC {{LICENSE|4471902}}. Signed {{DATE|1 December 2026}}.`,

  `Guide dog application - medical: {{NAME|Sorrel Okazaki-Hjeltnes}}, legally blind since 2019 (optic atrophy), walks 3 km daily unaided with cane; no balance problem. PCP Dr {{NAME|Leileni Kaupu}}, NPI {{LICENSE|1487203369}}, fax {{FAX|(808) 873-4410}}.`,

  `Wig prescription (chemotherapy alopecia): {{NAME|Kori Tamihena}}, NHI {{ID|ZKP4471}}, {{LOCATION|Waitangi}}, Chatham Islands; synthetic wig x1; supplier {{LOCATION|Beauté Wig Studio}}, {{LOCATION|Christchurch}}; {{DATE|3/12/2026}}.`,

  `Breast prosthesis fitting: {{NAME|Ilisapeci Rokotuivuna}}, {{LOCATION|Motusa}}, Rotuma; L mastectomy {{DATE|June 2026}}; Amoena size 6 fitted; bra vouchers x2. Next fitting via {{LOCATION|Ahau Health Centre}}. Tel {{PHONE|+679 889 0441}}.`,

  `Compression hosiery order, class 2 below-knee, open toe: {{NAME|Gudran Sæbø Hætta}}, {{LOCATION|Guovdageaidnu}}; ABPI 1.05; order {{ID|KH-26-00931}}.`,

  `Tattoo studio infection report (environmental health)
Client: {{NAME|Dakuta Runningwatir}}, DOB {{DATE|09/22/1997}}, {{LOCATION|Pine Ridge}}, SD {{ZIP|57770}}
Tattoo at {{LOCATION|Black Hills Ink Collective}}, {{LOCATION|Rapid City}}, on {{DATE|11/14/2026}}; pustules within the grey-wash areas; culture Mycobacterium chelonae. Reported {{DATE|12/02/2026}} by {{NAME|Wenbli Two Crow}}, RN, {{PHONE|605-867-5511}}.`,

  `Henna reaction: {{NAME|Mahgul Bizenjo}}, 9 y, black henna at a wedding in {{LOCATION|Turbat}} on {{DATE|28 Nov}}; blistering in the pattern on both hands; PPD patch test to follow; mother {{NAME|Zar Bano}}, {{PHONE|0852 448217}}.`,

  `PAR-Q+ follow-up (gym induction): {{NAME|Mthanzi Ngcubo-Bell}}, {{LOCATION|Vitality Gym Kloof}}; yes to chest pain on exertion; referred to Dr {{NAME|Thandika Mhlungo}} before training; member no. {{ACCOUNT|VG-00772419}}.`,

  `Skydiving medical declaration - {{LOCATION|Skydive Tandem Centre Taapō}}
Jumper {{NAME|Himi Paewei-Struad}}, DOB {{DATE|22/07/1990}}, licence {{LICENSE|NZPIA-C-4418}}; 2024 shoulder dislocation, full ROM now; cleared by Dr {{NAME|Anahira Tautehi}} on {{DATE|2 Dec 2026}}.`,

  `Parte de asistencia - enfermería de la plaza de toros, {{LOCATION|Plaza de Toros de Pontevedra}}
Herido: {{NAME|Xosé Manoel Outeiriño Bragado}}, subalterno; asta de toro, herida en muslo derecho, trayectoria ascendente 15 cm; torniquete; trasladado al {{LOCATION|Hospital Montecelo}}. Firmado: {{NAME|Uxóa Fandiño}}, {{DATE|29 de novembro de 2026}}.`,

  `Rodeo sports medicine - {{LOCATION|Cheyinne Frontier Days}} arena
Bull rider {{NAME|Colt Wheelock}}, PRCA card {{ID|PRCA-338419}}; hung up, kicked in chest; HR 118, BP 104/66, SpO2 93%; reduced breath sounds L; ambulance plate {{VEHICLE|WY 2-41187}} to {{LOCATION|Cheyinne Regional Medical Center}}.`,

  `Reindeer herder injury (occupational): {{NAME|Nils Ánde Gaup}}, {{LOCATION|Kárášjohka}}, kicked by a bull reindeer at the corral on {{DATE|1. desember}}; rib fractures 8-9 L, no pneumothorax; snowmobile reg {{VEHICLE|TU 8142}} left at the site. Contact {{PHONE|+47 915 44 217}}.`,
  `Lightning strike - ED note, {{LOCATION|Hospital Regional de Puerto Ayacacho}}
{{NAME|Yanuari Curvelo Arapaico}}, pescador, struck under a tree at {{LOCATION|Isla Ratón}} on {{DATE|01/12/2026}}; Lichtenberg figures on the back, tympanic membranes ruptured both sides, keraunoparalysis of the legs resolved in 2 h; ECG sinus, troponin 0.02. Hijo {{NAME|Wuilmer}}, tel {{PHONE|0248 521 4471}}.`,

  `Shark bite - retrieval: {{NAME|Jarreh Kallweit-Dowsett}}, surfer, {{LOCATION|Kelp Beds}}, near {{LOCATION|Esperance}} WA, {{DATE|3/12/26}} 07:10; L thigh laceration, tourniquet by mates; RFDS {{VEHICLE|VH-FVR}} to {{LOCATION|Kwinana Ridge Hospital}}; Hb 78 on arrival.`,

  `Crocodile attack, {{LOCATION|Yirrkela}} clinic: {{NAME|Djelu Gumana-Wirrpenda}}, 34 M, bitten R forearm while net fishing at {{LOCATION|Port Bradshew}}; washout, augmentin + doxy; careflight to {{LOCATION|Gove District Hospital}}. Medicare {{HEALTH_PLAN|2448 71902 3}}.`,

  `Human-wildlife conflict - ex gratia medical certificate
Victim: {{NAME|Somadasa Wijeratna Bandera}}, {{LOCATION|Galgamuwa}}, NIC {{ID|196812304471}}
Elephant encounter on {{DATE|2026.11.29}} at 19:30 in a paddy field near {{LOCATION|Kadigawa}}; fractured pelvis (APC II), splenic laceration grade 2 managed without surgery. JMO Dr. {{NAME|Chathurika Senevirathna}}, {{LOCATION|Base Hospital Galgamuwa}}.`,

  `Mine/ERW victim register - {{LOCATION|Provincial Rehabilitation Centre Xiangkhouang}}
Case {{ID|UXO-XK-26-118}}: {{NAME|Xiung Ntxhi Vaj}}, 12 M, cluster submunition in a field at {{LOCATION|Ban Nakhuan}}, {{DATE|28/11/2026}}; R hand partial amputation, fragments L eye; referred {{LOCATION|COPE Centre}}, {{LOCATION|Vientiane}}. Father {{NAME|Tswb Vaj}}.`,

  `FGM clinic (specialist midwife): {{NAME|Hoden Ebdirahmen Werseme}}, 26, type III, booking at 16 weeks; deinfibulation planned 20 weeks; safeguarding - daughter aged 3, {{NAME|Ifrah}}; school nurse {{NAME|Ugochinyere Udeagha-Brisk}} informed; address {{LOCATION|Flat 2, 18 Lozells Road}}, {{LOCATION|Birminghem}} {{ZIP|B19 2TJ}}.`,

  `AFP CASE INVESTIGATION FORM - EPID {{ID|SOM-WGB-26-014}}
Child: {{NAME|Abdisamad Yasaf Dirir}}, 2 y 4 m, {{LOCATION|Gabiliy}}, Somaliland; onset of flaccid paralysis L leg {{DATE|24/11/2026}}, fever at onset; OPV doses 1; stool 1 {{DATE|26/11}}, stool 2 {{DATE|27/11}}, cold chain OK, to {{LOCATION|KEMRI polio lab}}. Investigator {{NAME|Abeh Jema Fareh}}, {{PHONE|+252 63 441 8872}}.`,

  `Guinea worm case containment: {{NAME|Mabior Ding Ajak}}, cattle camp {{LOCATION|Pakam Achol}}, emerging worm L ankle {{DATE|30 Nov 2026}}; wound dressed, filter pipes given, water source {{LOCATION|Lou Pool}} treated with Abate; volunteer {{NAME|Nyandeng Gareng}}.`,

  `Scorpion sting register - {{LOCATION|Centre de santé Eït Ourir}}
{{DATE|02/12}} {{NAME|Ikram Ouhammou}}, 7 a, doigt, grade I, paracétamol, observation 4 h
{{DATE|02/12}} {{NAME|Brahom Eït Lahcen}}, 41 a, pied, grade II, vomissements, transfert {{LOCATION|CHU Muhammid VI}}
{{DATE|03/12}} {{NAME|Fadma Oubella}}, 63 a, main, grade I`,

  `Hunting incident - {{LOCATION|Sjúkrahúsoð á Suðuroy}}: {{NAME|Rói Joensin-Hammershaimb}}, shotgun pellets to the face and L shoulder at {{LOCATION|Vágsfjørður}} on {{DATE|2. des 2026}}; globes intact; police report {{ID|LSM-26-0412}}.`,

  `Sauna burn: {{NAME|Veli-Pekka Hyvärinen}}, {{LOCATION|Inari}}, fell asleep on the upper bench after alcohol, 6% TBSA partial thickness buttocks and thighs; Parkland not needed; {{LOCATION|Lapin keskussairaala}} burns dressing {{DATE|ti 1.12.}}.`,

  `Carbon monoxide - ice-fishing shelter on {{LOCATION|Red Lake}}, MN: {{NAME|Ogimaa Jourdain-Kingbird}} and {{NAME|Nodin Jourdain-Kingbird}} found drowsy beside a propane heater; COHb 24% and 19%; hyperbaric at {{LOCATION|Hennepon Healthcare}}; tribal ID {{ID|RL-004418}}.`,

  `Hook removal, {{LOCATION|Tofino General Hospital}}: {{NAME|Sequoia Ladlaw-Frick}}, barbed treble hook in the R eyebrow; string-yank method, tetanus up to date. PHN {{HEALTH_PLAN|9044 721 883}}.`,

  `Performing arts medicine clinic - {{LOCATION|Conservatorio Giuseppe Tartini}}, {{LOCATION|Trieste}}
Musicista: {{NAME|Elettra Pecorari Vouk}}, violista, 24 a.; crampo del 4o e 5o dito sinistro solo in passaggi veloci, da {{DATE|settembre 2026}}; EMG: co-contrazione flessori/estensori; diagnosi: distonia focale del musicista. Ref. dott.ssa {{NAME|Ivena Zobec}} - tel {{PHONE|040 399 4418}}.`,

  `Voice clinic (laryngology + SLT): {{NAME|Aoofe-Rose Quilligan}}, soprano, stroboscopy {{DATE|2/12/26}}: bilateral mid-fold nodules, hourglass closure; voice rest 1 week, then SLT with {{NAME|Clodegh Briathnech}}; tour dates with {{LOCATION|Wixfurd Festival Opera}} postponed.`,

  `Dance medicine - {{LOCATION|Ballet Nacional Sodre}}, {{LOCATION|Montevidio}}: bailarina {{NAME|Agustina Periyra Lamónaca}}, dolor retromaleolar medial en pointe; RM: tenosinovitis FHL; reposo de relevé 3 semanas.`,

  `Circus medical cover: acrobat {{NAME|Ondřej Kratochvíla}} (trapeze) fell 3 m into the net at {{LOCATION|Cirque du Nord Big Top}}, {{LOCATION|Roubaix}}; neck pain, NEXUS negative; cleared. Company medic {{NAME|Perrine Delattre}}, {{DATE|jeudi 3 décembre}}.`,

  `Film set medic log, {{LOCATION|Studio Babelsberg}} stage 12, {{DATE|03.12.2026}}: stunt performer {{NAME|Mirko Sandtner}}, ratchet pull, L shoulder strain, ice and review; actor {{NAME|Fenja Albrechtsin}}, eye irritation from haze fluid, irrigated.`,

  `Street medicine outreach - {{DATE|Wednesday}} night round
{{NAME|Dougoe McLafferty}} (sleeps at the {{LOCATION|Argyle Arcade}} doorway): trench foot both feet, dressed, socks given
{{NAME|Beeta Wróbliwska-Kłos}}: cough 3 weeks, referred to the {{LOCATION|Hunter Street Health Centre}}
"{{NAME|Tem}}": declined, hot drink`,

  `Drug checking service result: sample {{ID|DC-0419-F}} sold as MDMA at {{LOCATION|Boomtown Fair}}; FTIR: N-ethylpentylone, no MDMA. Client contacted by {{NAME|Kerinsa Angove}} at {{EMAIL|kerinsa.a@loopchecking.example}}.`,

  `Sex workers' clinic (outreach van {{VEHICLE|KX23 ONB}}), {{DATE|Tues 1 Dec}}: {{NAME|Crina Lupașcu}}, NAAT swabs x3, HIV POCT neg, PrEP continued; {{NAME|Yasmon-Jade Corrigen}}, hep B vaccine dose 2.`,

  `Medical tourism complication: {{NAME|Feidhlim Vossbeek}}, FUE hair transplant at {{LOCATION|Estetik Klinik Bosphorus}}, {{LOCATION|Istanbal}} on {{DATE|14/11/2026}}; donor-area necrosis 4 x 3 cm, Staph aureus; flucloxacillin. Clinic e-mail {{EMAIL|patient.care@estetikbosphorus.example}}.`,

  `Filler complication - aesthetic nurse referral: {{NAME|Leanne Stobbart}}, hyaluronic acid lip filler {{DATE|2 Dec}} at {{LOCATION|Glow Aesthetics}}, {{LOCATION|Gateshead}}; blanching and livedo of the upper lip; hyaluronidase 1500 units given; batch {{DEVICE|JUV-VL-8841K}}.`,

  `漢方処方箋 (Kampo) - {{LOCATION|与那原中央クリニック}}
患者: {{NAME|比嘉 ウト}} 様, {{AGE|94}}歳, 保険者番号 {{HEALTH_PLAN|39470118}}
補中益気湯 7.5 g 分3, 14日分. 処方日 {{DATE|2026年12月2日}}. 医師 {{NAME|知念 盛和}}`,

  `Panchakarma admission - {{LOCATION|Vaidyaratnam Ayurveda Nursing Home}}, {{LOCATION|Ollur}}
{{NAME|Raghunath Pisharody}}, 58 M, Aadhaar {{ID|4471 8822 6190}}; lumbar spondylosis; abhyanga and vasti 14 days from {{DATE|01-12-2026}}; creatinine 0.9, sugar 104.`,
  `Санаторно-курортная карта № {{ID|0448217}}
Пациент: {{NAME|Саргылана Иннокентьевна Охлопкова}}, г. {{LOCATION|Нюрба}}, полис ОМС {{HEALTH_PLAN|1455 8902 4471 0036}}
Диагноз: хронический обструктивный бронхит, вне обострения. Рекомендован {{LOCATION|санаторий «Абалах»}}, 21 день, с {{DATE|15.01.2027}}. Врач {{NAME|Айталина Сивцева}}, {{DATE|02.12.2026}}.`,

  `Kurverordnung (ambulante Vorsorgeleistung): {{NAME|Rosina Tschurtschenthaler}}, {{LOCATION|Sand in Taufers}}; Arthrose beider Knie; Moorbäder und Bewegungstherapie 3 Wochen im {{LOCATION|Kurhaus Meran}}; Sanitätsbetrieb-Nr. {{HEALTH_PLAN|TS-88014472}}; Datum {{DATE|01.12.2026}}.`,

  `To whom it may concern (travel with controlled medicines)
Mr {{NAME|Tevota Halahulo Finau}}, passport {{ID|N4471902}}, travelling {{LOCATION|Aucklend}} to {{LOCATION|Nukuʻalofa}} on {{DATE|18 December 2026}}, carries oxycodone MR 20 mg bd (56 tablets) for cancer pain. Prescriber: Dr {{NAME|Losalone Mehe}}, MCNZ {{LICENSE|44819}}, {{LOCATION|Ōtāhahu Family Doctors}}, {{PHONE|09 276 4418}}.`,

  `Postal vote - attestation of disability (proxy application): {{NAME|Elspith Trethowan}}, {{AGE|96}}, {{LOCATION|Chy-an-Mor Care Home}}, {{LOCATION|St Ives}}; cannot attend the polling station (bedbound). Attested by {{NAME|Jego Pascue}}, RN, NMC {{LICENSE|09A4471E}}, {{DATE|30/11/2026}}.`,

  `Form N-648 (medical certification for disability exceptions)
Applicant: {{NAME|Haynh Thi Xuyen}}, A-number {{ID|A 204 418 872}}, {{LOCATION|4412 W. Mineral King Ave}}, {{LOCATION|Visaloa}}, CA {{ZIP|93291}}
Dx: vascular dementia (F01.50), MoCA 9/30; cannot learn English or civics. Examined {{DATE|12/01/2026}} by Dr {{NAME|Aureloo Banuelos}}, license {{LICENSE|A 118472}}, {{PHONE|(559) 625-4471}}.`,

  `Fostering medical (adult health report) for the agency: {{NAME|Marlun Ebenks-Pickerong}}, {{LOCATION|The Valley}}, Anguilla; BMI 31, BP 138/84, controlled asthma; no barrier to fostering children under 10. GP Dr {{NAME|Sharlene Gumbs}}, {{DATE|2 Dec 2026}}.`,

  `Fitness to practise - occupational health advice to the faculty: student nurse {{NAME|Tumaini Mbwana-Treece}}, student no. {{ID|U2241873}}, {{LOCATION|University of Cumbria}}; bipolar II, stable on lamotrigine; fit for placement at {{LOCATION|Farniss General Hospital}} with no night shifts for 3 months.`,

  `Residential trip medical form - {{LOCATION|Ysgol Gyfun Gŵyr}}: {{NAME|Elis ap Rhydderwen}}, Blwyddyn 8, EpiPen (peanut); parent {{NAME|Catrin Rhydderwen}}, {{PHONE|07700 944172}}; trip to {{LOCATION|Llangrannog}} {{DATE|Dydd Llun 7 Rhagfyr}}.`,

  `Visitor log (isolation room 6, norovirus): {{DATE|02/12}} 14:10 {{NAME|Yiw Ufuri-Etta}} (son), PPE yes; 16:45 {{NAME|Comfort Ufuri-Etta}} (daughter), PPE yes; {{DATE|03/12}} 10:00 Pastor {{NAME|Kajo Annan}}, declined gloves.`,

  `BSL interpreter booked for {{NAME|Ifor Ormsgill}} (Deaf, BSL user) - colonoscopy {{DATE|Thu 10 Dec}} 08:30, {{LOCATION|Royal Curnwell Hospital}}; interpreter {{NAME|Lowena Kevirne}}, NRCPD {{LICENSE|1044172}}; texts only: {{PHONE|07811 442917}}.`,

  `Hearing dog application (medical section): {{NAME|Niamhín Caskey-Dorr}}, profound bilateral SNHL, cochlear implant R (serial {{DEVICE|CI-R-7710442}}); does not hear smoke alarm at night; lives alone at {{LOCATION|22 Glenshane Gardens}}, {{LOCATION|Dungiven}}.`,

  `Medicine shortage - switch letter to patients of {{LOCATION|Farmácia Riba d'Ave}}: Sr. {{NAME|Aurélio Fernandes Bessa}}; nifedipina LA 30 mg esgotada; passa a amlodipina 5 mg a partir de {{DATE|2/12/2026}}; utente n.º {{HEALTH_PLAN|284417902}}.`,

  `Home chemotherapy visit, {{DATE|Tue 1/12}}: {{NAME|Birgot Schadewald}}, {{LOCATION|Am Mühlenteich 4}}, {{LOCATION|Cottbus}} {{ZIP|03046}}; 5-FU pump disconnected at 46 h, line flushed; pump serial {{DEVICE|CADD-447190}} back to {{LOCATION|Carl-Thiem-Klinikum}} pharmacy.`,

  `Bericht (serbsce/deutsch): {{NAME|Hańža Wjeńcowa}}, {{LOCATION|Róžant}}, Oberlausitz; Diabetes Typ 2, HbA1c 7.8%; Fußpflege bei {{LOCATION|Podologiepraxis Krawcec}}, {{LOCATION|Kamjenc}}; nächste Kontrolle {{DATE|14.12.2026}}.`,

  `Zapisk lékarza (kaszëbsczi): {{NAME|Józif Kòrczi}}, {{LOCATION|Chmielno}}, PESEL {{ID|41082604471}}; {{AGE|90}} lat; niewydolność serca NYHA III, furosemid 40 mg; wizyta domowa {{DATE|3 gòdnika 2026}}.`,

  `Gagauz Yeri: {{NAME|Fedor Kara-Chobanoglu}}, {{LOCATION|Ceadîr-Lunga}}, IDNP {{ID|2004017448217}}, poliță CNAM {{HEALTH_PLAN|A044172918}}; HTA grad III, TA 182/104; trimis la {{LOCATION|Spitalul Raional Comrat}} {{DATE|02.12.2026}}.`,

  `Tatarça / русский: {{NAME|Гөлназ Фәрит кызы Сабирова}}, г. {{LOCATION|Азнакаево}}, СНИЛС {{SSN|144-802-447 19}}; беременность 32 нед, АД 152/98, белок 0.6 г/л; направлена в {{LOCATION|ГАУЗ «Альметьевский перинатальный центр»}} {{DATE|03.12.2026}}.`,

  `Эмчилгээний тэмдэглэл (Бурят): {{NAME|Баир Цыдыпов}}, с. {{LOCATION|Агинское}}; ожог кипятком, 3% ППТ, {{DATE|1 декабря}}; фельдшер {{NAME|Должин Дашиева}}.`,

  `Chukotka tundra visit, brigade 4: herder {{NAME|Ринтын Тынэтэгин}}, frostbite toes L foot grade 2; helicopter {{VEHICLE|RA-24471}} to {{LOCATION|Anadyr}} {{DATE|2 Dec}}; feldsher {{NAME|Ivan Kergitvaval}}.`,

  `Bemoretkaart (Frysk): {{NAME|Hidde Wiersma-Tjalsma}}, {{LOCATION|Skearnegoutum}}; COPD GOLD 3, exacerbaasje, prednisolon 30 mg 5 dagen; kontrôle {{DATE|snein 13 desimber}}; {{PHONE|0513 44 72 19}}.`,

  `Lizher mezeg (brezhoneg): {{NAME|Yann-Vari Kerhervé}}, {{LOCATION|Plougastell-Daoulaz}}; kleñved Lyme, doxycycline 100 mg; kemmet {{DATE|2 Kerzu 2026}}; mezeg {{NAME|Gwenola Le Roax-Bodenes}}, RPPS {{LICENSE|10004471829}}.`,

  `Ordonnance / Verordnung (Elsass): {{NAME|Maroe-Odole Schnebelen}}, {{LOCATION|Munster}}; n° sécu {{HEALTH_PLAN|2 48 07 68 226 044 17}}; kiné 10 séances lombalgie; {{DATE|01/12/2026}}; Dr {{NAME|Théo Burgard}}.`,

  `Relazione (valdostano): {{NAME|Ottavoo Vuillermoz}}, {{LOCATION|Cogne}}; {{AGE|92}} anni; caduta, frattura pertrocanterica dx; trasferito all'{{LOCATION|Ospedale Parini}}, {{LOCATION|Aosta}} il {{DATE|2 dicembre 2026}}; tessera {{HEALTH_PLAN|80380-0044172918}}.`,

  `Friûl: {{NAME|Dree Bortolussi}}, {{LOCATION|Tumieç}}, prelievo INR 3.9 il {{DATE|1/12}}; warfarin ridotto; infermiera {{NAME|Gjenute Cescutti}}.`,

  `Informe (asturianu): {{NAME|Xuacu Rodríguiz Menéndez}}, {{LOCATION|Cangues d'Onís}}; silicosis en minero xubiláu; FVC 58%; tarxeta sanitaria {{HEALTH_PLAN|ASTU 4417 2918 04}}; {{DATE|2 d'avientu de 2026}}.`,
  `ਪਰਚੀ / OPD slip - {{LOCATION|Civil Hospital Tirn Taran}}
{{NAME|Gurpreit Kaur Sendhu}}, W/o {{NAME|Harjindir Singh Sendhu}}, {{LOCATION|Village Chabhal Kalan}}; 28 F, G2 P1, Hb 7.4 g/dL; IV iron sucrose 200 mg; ANM {{NAME|Rajwinder Kaur}}; {{DATE|02-12-2026}}; mob {{PHONE|98154 47721}}.`,

  `High-altitude pulmonary oedema - {{LOCATION|SNM Hospital Leh}}: tourist {{NAME|Anneliise Voorhuis}}, Dutch passport {{ID|NXK4R71P2}}, arrived by air {{DATE|30 Nov}}, SpO2 68% at rest, crackles both bases; O2, nifedipine; not to go to {{LOCATION|Khardung La}}; hotel {{LOCATION|Hotel Kangri Residency}}.`,

  `Sikkim: {{NAME|Pima Doma Bhutia}}, {{LOCATION|Lachung}}; landslide injury, open tib-fib fracture; airlifted to {{LOCATION|STNM Hospital}}, {{LOCATION|Gangtok}} on {{DATE|1.12.2026}}; ration card {{ID|SKN-44172}}.`,

  `Referral slip (Nagaland): {{NAME|Vikeho Sumi}}, {{LOCATION|Zunheboto}}; suspected scrub typhus - eschar R axilla, Weil-Felix OX-K 1:320; doxycycline; to {{LOCATION|Naga Hospital Authority Kohima}} if no response in 48 h.`,

  `Mizoram district hospital, {{LOCATION|Lunglei}}: {{NAME|Lalrinpuii Ralte}}, 19 F, falciparum malaria (RDT +), parasitaemia 4%; artesunate IV; pu {{NAME|Zothanmawia}} (father) informed, {{PHONE|89740 41872}}.`,

  `アイヌ語通訳付き診察 - {{LOCATION|平取町国民健康保険病院}}
患者 {{NAME|貝澤 トキ}}, 78歳; 膝の痛み, 変形性膝関節症; ヒアルロン酸注射. 次回 {{DATE|12月16日}}.`,

  `제주 해녀 건강검진 - {{LOCATION|서귀포의료원}}
{{NAME|고순덕}} (해녀, {{AGE|91}}세), 주소 {{LOCATION|서귀포시 성산읍 온평리}}; 청력 저하 (양측 60 dB), 이압통; 잠수 자제 권고. 검진일 {{DATE|2026년 12월 2일}}.`,

  `Surat rujukan - {{LOCATION|Puskesmas Lhoknga}}
Pasien: {{NAME|Cut Nyak Rahmawati}}, NIK {{ID|1106044712880003}}, BPJS {{HEALTH_PLAN|0001447218823}}; preeklampsia berat, TD 170/110; dirujuk ke {{LOCATION|RSUD Zainoel Abidin}}, {{LOCATION|Benda Aceh}}, {{DATE|2 Desember 2026}}.`,

  `Papua: {{NAME|Yoel Wenda}}, {{LOCATION|Kampung Kurulu}}, {{LOCATION|Wamena}}; pigbel (enteritis necroticans) after a pig feast; laparotomy at {{LOCATION|RSUD Wamena}}; MAF flight {{VEHICLE|PK-MAX}} for the surgeon.`,

  `Bangsamoro RHU consult: {{NAME|Bai Sittie Ampatuan-Mangudadatu}}, {{LOCATION|Barangay Poblacion}}, {{LOCATION|Shariff Aguak}}; 34 F, 3rd trimester, measles contact; PhilHealth {{HEALTH_PLAN|19-044172918-3}}; {{DATE|Dec 2, 2026}}.`,

  `Gilgit-Baltistan: {{NAME|Ghulem Abbas Balti}}, {{LOCATION|Khaplu}}, CNIC {{ID|71103-4471829-1}}; goitre, TSH 9.1; iodised salt advice; {{LOCATION|DHQ Hospital Skardu}} {{DATE|03/12/2026}}.`,

  `Cherokee Nation Health Services - {{LOCATION|Sim Hider Health Center}}, {{LOCATION|Jey}}, OK
{{NAME|Waya Christie-Sixkillir}}, Citizenship No. {{ID|CN-0448172}}, DOB {{DATE|04/19/1961}}; diabetic foot check: monofilament 6/10 L; A1c 9.2; podiatry {{DATE|12/15/2026}}.`,

  `{{LOCATION|CLSC de Salluit}}: {{NAME|Elisapie Qumaaluk}}, RAMQ {{HEALTH_PLAN|QUME 6411 2718}}; TB contact, TST 14 mm, CXR clear; medevac not needed; interpreter {{NAME|Lucassie Alaku}}.`,

  `{{NAME|Jerry Igloliorte-Pottle}}, {{LOCATION|Hopedale}}, MCP {{HEALTH_PLAN|447 218 990 113}}; snowmobile crash, clavicle fracture; Twin Otter to {{LOCATION|Labradur Health Centre}}, {{LOCATION|Happy Valley-Goose Bay}} {{DATE|Dec. 2}}.`,

  `NWT health centre, {{LOCATION|Behchokǫ̀}}: {{NAME|Therese Mantla-Zue}}, NWT HC# {{HEALTH_PLAN|N4471829}}; strep throat, Rapid Ag +, penicillin V; nurse {{NAME|Bernaditte Rabesca}}; call {{PHONE|867-392-6075}}.`,

  `BC: {{NAME|Gwaliga Yeltatzie}}, {{LOCATION|Old Massett}}; sea-kayak capsize, core temp 33.1 C; rewarmed at {{LOCATION|Northern Haida Gwaii Hospital}}; {{DATE|1 Dec 2026}}.`,

  `IHS - {{LOCATION|Sells Hospital}}: {{NAME|Lorinda Narcho-Enos}}, chart {{MRN|SH-0441872}}, valley fever (cocci CF 1:32), fluconazole 400 mg; PHN home visit {{LOCATION|San Miguel}} village {{DATE|12/08/2026}}.`,

  `Guna Yala: {{NAME|Olonibiginya Périz}}, isla {{LOCATION|Ustupu}}; diarrea con sangre, 3 días; referida en lancha {{VEHICLE|GY-0441}} al {{LOCATION|Hospital de Mulatupu}}; {{DATE|01/12/2026}}.`,

  `Costa Caribe Norte: {{NAME|Dorlan Kittle Blandford}}, {{LOCATION|Waspam}}; buzo langostero, síndrome de descompresión (paraparesia); trasladado a {{LOCATION|Puerto Cabezas}} para cámara hiperbárica; {{DATE|2 de diciembre}}.`,

  `Garífuna community clinic, {{LOCATION|Sambo Creek}}: {{NAME|Kenia Arzú Bernárdez}}, sickle-cell crisis, Hb 6.8; referred {{LOCATION|Hospital Atlántida}}, {{LOCATION|La Ceiba}}; abuela {{NAME|Celestina Arzú}}, {{AGE|93}}.`,

  `Wayuu: {{NAME|Yoleima Epieyú Uriana}}, ranchería {{LOCATION|Jotomana}}, {{LOCATION|Manaure}}; desnutrición aguda severa, PB 10.8 cm; a {{LOCATION|Centro de Recuperación Nutricional de Uribia}} el {{DATE|3 de diciembre de 2026}}.`,

  `Remote clinic - {{LOCATION|Pukatja}}: {{NAME|Kunmanara Ken Tjilari}}, RHD secondary prophylaxis, Bicillin due {{DATE|7/12}}; last INR 2.4; Medicare {{HEALTH_PLAN|5044 17291 1}}.`,

  `WA: {{NAME|Shaquolle Rivers-Mungkaji}}, {{LOCATION|Fitzruy Crossing}}; scabies with impetigo, IM benzathine; household of 11; {{LOCATION|Kimberley Aboriginal Medical Services}}; {{DATE|02/12/26}}.`,

  `Compte rendu - {{LOCATION|Centre hospitalier Françoos Dunan}}, {{LOCATION|Saint-Piirre}}
{{NAME|Loïc Detcheverry-Girardin}}, marin-pêcheur, main écrasée dans un treuil le {{DATE|1er décembre 2026}}; amputation P3 D3; évasan vers le continent non nécessaire.`,

  `Saint-Barthélemy: {{NAME|Aubon Laplace-Gréaux}}, {{LOCATION|Colombier}}; ciguatera après un barracuda; bradycardie 46/min; observation {{LOCATION|Hôpital de Bruyn}}; {{DATE|mer. 2 déc.}}.`,
  `Saint-Martin (partie française): {{NAME|Rudolphine Hudge-Fleming}}, {{LOCATION|Quartier d'Orléans}}; dengue avec signes d'alerte, plaquettes 38 G/L; hospitalisée {{LOCATION|CH Louos-Constant Fleming}}; {{DATE|02/12/2026}}; tél {{PHONE|0690 44 18 72}}.`,

  `BVI - {{LOCATION|Dr. D. Orlendo Smith Hospital}}, {{LOCATION|Road Town}}, {{LOCATION|Tortola}}
{{NAME|Kadeem Frett-Pinn}}, NHI {{HEALTH_PLAN|BVI-0447-2918}}; jet-ski collision off {{LOCATION|Cane Garden Bay}}, splenic injury; transfer by air ambulance {{VEHICLE|N447PJ}} to {{LOCATION|Aguadilla}} {{DATE|Dec 3}}.`,

  `Verslag (Bonaire): {{NAME|Ruthmola Janga-Pourier}}, {{LOCATION|Kaya Gobernador Debrot 19}}, {{LOCATION|Kralendijk}}; duikongeval, decompressieziekte type II; recompressie {{DATE|1 december 2026}}; ZVK-nummer {{HEALTH_PLAN|ZVK-0441872}}.`,

  `Saba: {{NAME|Wilbert Zagers-Hassell}}, {{LOCATION|Windwardside}}; fall on {{LOCATION|The Road}} near {{LOCATION|Hell's Gate}}; hip fracture suspected; medevac via {{LOCATION|A.M. Edwerds Medical Center}}; wife {{NAME|Irmelda}}, {{PHONE|+599 416 4472}}.`,

  `Sint Eustatius: {{NAME|Cheryl Spanner-Lupis}}, {{LOCATION|Oranjestad}}; sting by a lionfish while cleaning; hot-water immersion 45 C; tetanus booster; {{LOCATION|Queen Biatrox Medical Centre}}; {{DATE|dinsdag 1 december}}.`,

  `Cocos (Keeling) Islands clinic, {{LOCATION|Home Island}}: {{NAME|Nek Sapiah binti Anuar}}, 64 F, pneumonia, SpO2 89%; RFDS from {{LOCATION|West Island}} airstrip to {{LOCATION|Porth}}; {{DATE|2 Dis 2026}}.`,

  `Bougainville: {{NAME|Bernadone Tsiroi Kauona}}, {{LOCATION|Siwai}}; TB meningitis suspected, CSF lymphocytes 220; referred {{LOCATION|Buka General Hospital}}; nurse {{NAME|Meroa Tomaes}}; {{DATE|1/12/2026}}.`,

  `Saint Helena - {{LOCATION|General Hospital, Jamestuwn}}: {{NAME|Gavon Yun-Thurpe}}, {{LOCATION|Half Tree Hollow}}; angina, exercise test not available; medevac on the next flight to {{LOCATION|Johannesburg}} {{DATE|Sat 5 Dec}}; Saint Helena Government ID {{ID|SHG-44172}}.`,

  `Direzione di Sanità e Igiene, Stato della Città del Vaticano - certificato
Mons. {{NAME|Ludovico Ferrantelli}}: idoneo al servizio; PA 128/78; ECG ritmo sinusale; visita del {{DATE|2 dicembre 2026}}; medico {{NAME|Beneditta Colagrossi}}.`,

  `تقرير طبي - {{LOCATION|مستشفى اليرموك التعليمي}}، بغداد
المريض: {{NAME|حيدر كاظم جواد الساعدي}}، رقم البطاقة الوطنية {{ID|199044172918}}
إصابة بشظايا في الساق اليمنى بتاريخ {{DATE|2026/12/01}}؛ كسر مفتوح في الظنبوب؛ تثبيت خارجي. الطبيب {{NAME|زينب عبد الأمير}}.`,

  `Basra governorate: {{NAME|Ili Jabbar Hamoud Al-Maliki}}, {{LOCATION|Abu al-Khasib}}; heat stroke (core 41.6 C) at an oil-field site of {{LOCATION|Rumaila Operating Organisation}}; ice-water immersion; {{DATE|03/12/2026}}; supervisor {{PHONE|+964 780 441 8272}}.`,

  `Rapport (rumantsch): {{NAME|Men Cadonau-Bandi}}, {{LOCATION|Scuol}}; fractura dal radius suenter in crudada cun skis; {{LOCATION|Ospidal Engiadina Bassa}}; {{DATE|mardi, 1. december 2026}}; assicuranza {{HEALTH_PLAN|80756-0441872918}}.`,

  `Uyghur clinic note (Latin script), {{LOCATION|Almety}}: {{NAME|Mehray Abdurehim qizi}}, IIN {{ID|880412400447}}; brucellosis, Wright 1:400; doxycycline + rifampicin; {{DATE|02.12.2026}}.`,

  `Cornish GP hub, {{DATE|Mon 30 Nov}}: {{NAME|Demilza Ruwe-Angwin}}, {{LOCATION|Mousehole}}, weil's disease suspected after a swim in the {{LOCATION|Hayle estuary}}; bilirubin 62, creat 198; sent to {{LOCATION|Treloske}}.`,

  `Ward round, {{LOCATION|Bwinjiri Mission Hospital}}: {{NAME|Ntchindi}} (bed 4) well; {{NAME|Mayamiko Phori-Chisale}} (bed 9) febrile again; {{NAME|Kondwani}} to theatre {{DATE|Thursday}}.`,

  `Email from {{EMAIL|t.kaupokoro@rakiura-health.example}}: need a repeat of insulin for {{NAME|Tine Kaupokoro}} before the ferry of the {{DATE|10th}}.`,

  `Portal audit: patient record {{MRN|ST-00447182}} opened by user {{ID|u.hedlund44}} from {{IP|10.44.172.18}} at 02:41 on {{DATE|2026-12-02}}; not on the care team; referred to the privacy officer.`,

  `Lab web report {{URL|https://results.labnordsud.example/r/Zk44Tq}} - for {{NAME|Aslaug Nuorgam}}; PIN by SMS to {{PHONE|+47 944 17 218}}.`,

  `Remote monitoring: ICD {{DEVICE|RLB-447182}} of {{NAME|Kinji Tobisima-Farrelly}} transmitted from {{IP|2001:db8:44:1::17}}; VT episode 188 bpm terminated by ATP {{DATE|03 Dec 2026}} 04:12.`,

  `Claim denied - account {{ACCOUNT|ACC-77-448219}} of {{NAME|Mercedis Ulloa-Kittredge}}; invoice {{ACCOUNT|INV-2026-11-04471}}; call billing {{PHONE|(505) 863-4418}} or fax {{FAX|(505) 863-4429}}.`,

  `SSN {{SSN|521-44-8190}} / {{NAME|Arnfinn Kittleson}} / {{LOCATION|Devils Lake}}, ND / disability exam {{DATE|12/04/2026}}.`,

  `Fax cover - {{LOCATION|Muskeg Lake Health Centre}} to {{LOCATION|Royal University Hospital}}, fax {{FAX|306-655-1044}}; re: {{NAME|Dilphone Arcend-Ledoux}}, PHN {{HEALTH_PLAN|447 218 991}}; 3 pages.`,

  `Ambulance handover, plate {{VEHICLE|CH-BE 44172}}: {{NAME|Ueli Zürcher}}, paraglider, landed in trees near {{LOCATION|Beatenberg}}; GCS 15, T12 tenderness; to {{LOCATION|Inselspital}}.`,

  `Licence check for HGV: {{NAME|Radoslav Mincheff}}, driving licence {{LICENSE|MINCH704128R99KT}}, insulin-treated, no hypos in 12 months.`,

  `Dentist's note - {{LOCATION|Clínica Dental Terra de Miranda}}, {{LOCATION|Miranda do Douro}}: {{NAME|Mafalda Gouveia Teixeora}}, NIF {{ID|244172918}}; abcesso 36, drenagem; {{DATE|2 de dezembro de 2026}}.`,

  `Ship's doctor to {{LOCATION|MRCC Falmouth}}: crew {{NAME|Rummil Dagohoy}}, seaman's book {{ID|C0447182}}, vessel at 49N 12W; appendicitis likely; helicopter requested {{DATE|03/12/2026}} 06:00Z.`,

  `Discharge: {{NAME|Ristin Kuoljok}} home with her son {{NAME|Jåhkå}}; {{LOCATION|Storgatan 14}}, {{LOCATION|Jokkmokk}}, {{ZIP|962 31}}.`,

  `Teleconsult from {{LOCATION|Isla Robinson Crusoe}}: {{NAME|Tahira Recabarren}}, 8 y, otitis media; amoxicillin; nurse {{NAME|Javiira Schillir-Green}}; {{DATE|1 de diciembre}}.`,

  `Note (Palestinian refugee camp, Lebanon): {{NAME|Samora Hesen Abu Awad}}, {{LOCATION|Ein el-Hilweh}}, UNRWA card {{ID|RN-0441872918}}; type 1 diabetes, DKA resolved; {{DATE|2/12/2026}}.`,

  `Reminder text: {{NAME|Siosaoa}} - depot injection due {{DATE|Fri 4/12}} at {{LOCATION|Mangire Health Centre}}.`
];

const PHI_FREE_TEXTS: string[] = [
  `POLAR MEDICINE: Swiss staging of accidental hypothermia (HT I-IV), Bair Hugger and Hot Dog warming blankets, the Lake Louise acute mountain sickness score 3 or more, Raynaud phenomenon, chilblains (pernio), trench foot, winter-over syndrome and "T3 syndrome"; Zoll X Series defibrillator; station pharmacy stocks Diamox (acetazolamide) 125 mg and Adalat.`,
  `Anti-doping: WADA Prohibited List 2026 (S1-S9, M1-M3), ADAMS whereabouts, Athlete Biological Passport, BEREG-KIT bottles; salbutamol up to 1600 mcg over 24 hours is permitted, terbutaline needs a TUE; meldonium (Mildronate), clenbuterol in meat, EPO (Aranesp, Mircera), hCG; WADA-accredited laboratories.`,
  `ASSISTED DYING LAWS (seminar handout): Oregon Death with Dignity Act 1997, the Dutch Termination of Life on Request Act 2002, Belgian euthanasia law 2002, Canadian MAID (Bill C-7, 2021), Victoria VAD Act 2017, New Zealand End of Life Choice Act 2019; eligibility at 18 years or more; PPS 30% or less.`,
  `Stool bank protocol: donor exclusion for antibiotics in 3 months, BMI over 30, travel to high-risk areas; screen for Clostridioides difficile, Helicobacter pylori, Giardia, Cryptosporidium, Blastocystis, Dientamoeba fragilis, ESBL and CPE, SARS-CoV-2; OpenBiome model; Rebyota and Vowst; recurrence after 2 episodes; FMT by colonoscopy or capsule.`,
  `Phage therapy reading: Twort-d'Herelle phenomenon, the Eliava approach, Pyophage and Intestiphage cocktails; Pseudomonas aeruginosa, Acinetobacter baumannii, Mycobacterium abscessus; Article 37 of the Helsinki Declaration for unproven interventions.`,
  `DEVICE ADVISORIES: Medtronic Sprint Fidelis, St. Jude Riata, Abbott HeartMate 3, Boston Scientific Accolade, Philips Trilogy and DreamStation foam recall 2021; lead impedance over 2000 ohms; MHRA Yellow Card and FDA MAUDE; Class I, II and III recalls; Medical Device Regulation (EU) 2017/745.`,
  `Sight loss services: CVI part 1-4, severe sight impairment at 3/60, Snellen 6/60, Humphrey 24-2 and Esterman tests, Goldmann perimetry; Retinitis pigmentosa, Leber hereditary optic neuropathy, Stargardt and Best disease; RNIB, Guide Dogs, Seeing Eye; Charles Bonnet syndrome; OrCam MyEye; long cane training over 6-12 weeks.`,
  `Skin art: tattoo inks with azo pigments, Mycobacterium chelonae and abscessus outbreaks from grey-wash, Koebner in psoriasis, sarcoid in tattoos; black henna with para-phenylenediamine (PPD) over 10%; Q-switched Nd:YAG and PicoSure lasers, Fitzpatrick type IV-VI risk; Hepatitis B and C from shared needles.`,
  `RODEO AND RANCH INJURIES: bull riding (8-second ride), bareback and saddle bronc, steer wrestling; Kevlar vests, Justin Sportsmedicine team; Glasgow Coma Scale 13-15 mild; AC joint Rockwood types I-VI; farm equipment PTO entanglement; ages 14 to 72 in the 2025 survey.`,
  `Marine envenomation: Chironex fleckeri (box jellyfish), Irukandji syndrome (Carukia barnesi), Portuguese man-of-war (Physalia), blue-ringed octopus, stonefish (Synanceia), lionfish (Pterois), stingray; vinegar for box jellyfish, hot water 45 C for 90 min for fish spines; CSL box jellyfish antivenom; ciguatera (Gambierdiscus), scombroid.`,
  `Lightning and electrical injury: Lichtenberg figures, keraunoparalysis, tympanic rupture, cataract months later; reverse triage; 30-30 rule; voltage over 1000 V high; Kirchhoff's laws; ECG and CK, rhabdomyolysis, myoglobinuria; Parkland formula 4 mL/kg/%TBSA does not apply.`,
  `Wild animals: elephant, hippopotamus, crocodile (Crocodylus porosus and niloticus), shark (white, bull, tiger), bear (grizzly), big cats; Pasteurella multocida, Vibrio vulnificus, Aeromonas hydrophila; amoxicillin-clavulanate 875/125 mg bd, doxycycline for water exposure; Sri Lanka, Kenya and Assam compensation schemes.`,
  `LANDMINES AND UXO: Ottawa Treaty 1997, Convention on Cluster Munitions 2008, BLU-26 and PMN-2 devices; ICRC War Surgery manual, delayed primary closure at 5 days; Jaipur foot, Ottobock C-Leg, ICRC polypropylene technology; HALO Trust, MAG; PTSD screen (PCL-5 over 33).`,
  `FGM/C: WHO types 1-4 (type 3 infibulation), deinfibulation at 20 weeks or in labour, Female Genital Mutilation Act 2003, FGM Enhanced Dataset; the mandatory reporting duty for under-18s; 28 African countries, Yemen, Iraqi Kurdistan, Indonesia; the International Day of Zero Tolerance.`,
  `Polio eradication: Sabin OPV (bOPV types 1 and 3), nOPV2, Salk IPV, cVDPV2, AFP rate at least 2 per 100,000 under 15; two stools 24 h apart within 14 days of onset; Global Polio Laboratory Network; Guillain-Barré and transverse myelitis are AFP too; Dracunculus medinensis (Guinea worm) with 14 human cases in 2023.`,
  `SCORPIONS AND SPIDERS: Androctonus australis, Leiurus quinquestriatus (deathstalker), Mesobuthus tamulus, Centruroides (Arizona bark scorpion); prazosin for autonomic storm; Anascorp; Latrodectus (black widow, redback), Loxosceles (brown recluse) necrosis, Atrax (Sydney funnel-web) antivenom.`,
  `Sauna and cold water: Finnish sauna 80-100 C, alcohol and sauna deaths, cold water immersion shock in the first 3 minutes, "1-10-1" rule; Haldane effect, carboxyhaemoglobin over 10% in non-smokers; US Navy Treatment Table 6; Rad-57 pulse CO-oximeter; propane heaters in ice shelters.`,
  `PERFORMING ARTS MEDICINE: musician's focal dystonia, Alexander technique, Feldenkrais, Pilates; botulinum toxin (Botox, Dysport, Xeomin) 5-25 units; Reinke oedema, vocal fold nodules and polyps, Valsalva, Lombard effect; Achilles and FHL tendinopathy in dancers, os trigonum; Bayreuth and Salzburg festival seasons.`,
  `Harm reduction: Marquis, Mecke, Mandelin, Simon's and Ehrlich reagents, FTIR spectroscopy, fentanyl test strips, naloxone (Nyxoid 1.8 mg nasal, Prenoxad 2 mg); nitazenes, xylazine ("tranq"), synthetic cathinones; supervised consumption sites; The Loop at festivals since 2016.`,
  `Aesthetic medicine: Juvéderm Voluma, Restylane, Belotero, Radiesse, Sculptra; hyaluronidase (Hyalase 1500 IU, Hylenex); vascular occlusion and blindness, Tyndall effect; Norwood-Hamilton and Ludwig hair loss scales, FUE and FUT, minoxidil 5%, finasteride 1 mg; Baumann skin types; age 18 minimum.`,
  `KAMPO AND TRADITIONAL MEDICINE: Tsumura and Kracie extracts (hochuekkito TJ-41, yokukansan TJ-54, daikenchuto TJ-100), pseudoaldosteronism from glycyrrhiza; Ayurveda - panchakarma, Triphala, Ashwagandha, Chyawanprash; Unani, Siddha, Sowa-Rigpa; lead in rasa shastra preparations; Charaka Samhita.`,
  `Spa and climate therapy: Kneipp cure, peloid (moor) baths, balneotherapy, Carlsbad salt, Dead Sea climatotherapy for psoriasis, halotherapy (salt caves), radon baths; Kur every 3 years under the German SGB V; 21-day course.`,
  `HIGH ALTITUDE: HAPE and HACE, Lake Louise score, Gamow bag, nifedipine MR 30 mg bd, dexamethasone 8 mg then 4 mg 6-hourly, acetazolamide 125 mg bd; ascent no more than 500 m a day above 3000 m; Monge disease (chronic mountain sickness), Everest Base Camp 5364 m.`,
  `Tropical fevers: scrub typhus (Orientia tsutsugamushi, eschar), Weil-Felix OX-K, murine typhus, Japanese spotted fever, leptospirosis (Weil disease), melioidosis (Burkholderia pseudomallei), pigbel (Clostridium perfringens type C), coccidioidomycosis (San Joaquin Valley fever), histoplasmosis (Ohio River Valley); doxycycline 100 mg bd 7 days.`,
  `Diving medicine: DCS type I and II, arterial gas embolism, Boyle's law, Henry's law, US Navy Table 6 and Comex 30, DAN, PADI and BSAC; PFO closure (Amplatzer); no flying within 24 hours; lionfish envenomation.`,
  `Sign language and deafness: BSL, ASL, Auslan, LSF, NZSL; NRCPD register, Deafblind manual, Usher syndrome type 1-3, Waardenburg, Pendred; Cochlear Nucleus 8, Advanced Bionics Naída, MED-EL Sonnet 2; Hearing Dogs for Deaf People; Weber and Rinne.`,
  `Ward 6 notice: norovirus - isolation of bays 2 and 4, Actichlor Plus 1000 ppm, soap and water not alcohol gel, 48 hours symptom-free before stepping down; visiting restricted to 2 per bed; Norwalk virus first described 1968; Sapovirus (Sapporo virus) too.`,
  `CHEMO AT HOME: Baxter infusor LV5 and CADD-Solis pumps, 5-FU 2400 mg/m2 over 46 hours, FOLFOX and FOLFIRI; DPD deficiency (DPYD variants c.1905+1G>A), uridine triacetate (Vistogard); Hickman, PICC and Port-a-Cath; neutropenic sepsis within 1 hour; MASCC score 21 or more.`,
  `Wilderness medicine 2026 course (no patients): WMS guidelines, SAM splint, Wilderness First Responder, Ottawa ankle rules, Canadian C-spine rule, NEXUS; Rocky Mountain spotted fever, Colorado tick fever, tick paralysis (Dermacentor andersoni), Giardia lamblia from streams; attendees aged 19 to 67; rooms 3 and 11.`,
  `Reading list for the Arctic and Indigenous health module: Inuit and Sami health surveys, the Qanuippitaa survey, Nordic cooperation; Helicobacter pylori and gastric cancer, botulism from fermented seal (Clostridium botulinum type E), trichinellosis from walrus, echinococcosis, CPT1A P479L variant; 2012, 2017 and 2024 reports.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter26', '/tmp/deid-ood-letters26.jsonl');
