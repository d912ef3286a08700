/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-first session, engineer author: short and
 * long clinician texts of kinds beyond letters14-26: wildfire-smoke clinics, rescue-at-height (wind turbine) forms,
 * grain-bin, manure-pit and wine-cellar gas incidents, fireworks, festival and kite-string injury registers, chain-of-
 * custody forms for relationship testing, records updates after a change of name, surrogacy and sperm-donor files, a
 * doula birth plan, ayahuasca-retreat adverse events, EVALI case lines, e-scooter, trampoline-park, theme-park,
 * bobsleigh, canyoning and balloon accidents, pilgrims' foot clinics, Kumbh Mela and Ironman tents, sled-dog race
 * checkpoints, a monastery infirmary, conscription medicals, compressed-air tunnel workers, radiation dosimetry and
 * nuclear-plant intake, chainsaw and sawmill injuries, an unexplained-cure file, a deathbed marriage, an age
 * assessment, an analog space-habitat log, sheep shearing, tea-estate, brick-kiln, ship-breaking, gold-mercury and
 * sulphur-porter health, hunger-strike monitoring, camel racing, lifeguards, black-lung claims, gaming disorder,
 * speleotherapy, cold-chain breaches, organ couriers, locum credential checks, insulin-pump uploads, billing, video,
 * portal, SMS and CSV lines; written in the styles of regions inside countries not used before: Extremadura, Navarre,
 * Valencia, Mallorca, Aragon, Ceuta, Melilla, the Sahrawi camps, Lampedusa, Sicily, Calabria (Griko), Pantelleria,
 * Occitania, Savoy, the Swiss Jura, Ticino, Valais, Vorarlberg, Carinthia (Slovene), Bavaria, the Black Forest,
 * Saxony, Schleswig (Danish), Heligoland, the Halligen, Zeeland, Limburg, Wallonia, Brussels, Gotland,
 * Bornholm, Tornedalen (Meänkieli), Lapland's border, Karelia, Komi, Dagestan, Tuva, Altai, Kamchatka, Sakhalin,
 * Kaliningrad, Bashkortostan, Chuvashia (Cyrillic), Mount Athos (Greek), Székely Transylvania (Hungarian), Vojvodina,
 * Istria, Dalmatia, Latgale, Setomaa, Silesia, Podhale, Moravia, Cappadocia, Gozo, the Emirates' racing tracks,
 * Assam, Manipur, Meghalaya, Goa, the Andamans, Kashmir, Gujarat, Uttar Pradesh, Bihar (Devanagari), the Sundarbans,
 * Tamil Nadu (Tamil script), Sindh, Tibet, Yunnan and Hainan (Chinese script), Inner Mongolia, northern Thailand (Thai
 * script), Bali, Central Kalimantan, East Java, Toraja, Cebu, Darfur, Tigray, Oromia, Casamance, Cabinda, the Rio
 * Grande Valley, Appalachian Kentucky, Utah, Iowa, Maine, Acadian New Brunswick, Manitoba, Prince Edward Island, the
 * Okanagan, Queensland, the Wairarapa, Donegal, Ayrshire, the Isle of Wight, Cumbria, Northumberland, Worcestershire
 * and Peru's Amazon. Human patients only. Written by hand by engineer author on 2026-12-06 (thirty-first session)
 * without reading the engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead
 * only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in registers, casualty lists, CSV rows surname first, sign-in
 * sheets, signatures, SMS greetings, Hungarian surname-first, Cyrillic patronymics, Greek, Devanagari, Tamil and
 * Chinese script, particles "Ó", "Ní", "Ma.", "Pak"); lone first names and lone surnames; places of every kind (farms,
 * wind farms, huts, camps, arenas, tracks, mines, yards, kilns, estates, stations, piers, canyons, islands, quarters,
 * clinics and hospitals in local languages, employers, pharmacies, a sawmill, a theme park, a trampoline park, a
 * prison); ages over 89 as digits ("93 ετών", "92 года", ", 91," and "(94)" after a name, ", 90,"); dates in many
 * formats (03/02/1991, 10/22/2026 (US), 17-05-1979, 1968. 03. 21., 16. 7. 2026., 04.12.2026., "14 de agosto de
 * 2026", "dimarts 1 de desembre", "dimars 1èr de decembre", "le 2 décembre 2026", "mardi 1er décembre", "29 nov.",
 * "Mi 2. Dez.", "So 28.06.", "ti 24.11.2026", "torsdag", "onsdag den 2. december", "tisdag 11 augusti", "2 Δεκεμβρίου
 * 2026", "4 марта 2026", "30. studenoga 2026", "1. detsember 2026", "sobota 5 grudnia", "2 Aralık 2026", "Selasa 1
 * Desember", "14 เม.ย. 2569", "Hidar 21", 2026年11月30日, 12月2日, ISO, weekdays alone and with dates, month-day);
 * IDs of many shapes (BSN, hetu, OIB, NISS, DNI, NIE-style, CNP, LBO, personas kods, isikukood, PESEL, rodné číslo,
 * CNIC, Aadhaar, NIK, Thai, Chinese and Emirati ID numbers, Angolan BI, treaty status card, PPS, NHS number, ACC,
 * prison, badge, donor, BG, black-lung claim and passport numbers); health plans (TSI, Medicare, e-card, AVS, carte
 * Vitale, SV, GHIC and EHIC, ОМС, BPJS, PhilHealth, MHSC, NFZ, tessera sanitaria, German insurer numbers); licences
 * (INAMI, GMC, MDCN, LANR); phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6; device serials (pump, CGM,
 * kit, logger, dosimeter, seal); vehicles (road plates, helicopter and aircraft registrations, a snowmobile, a boat);
 * a US SSN and a Russian SNILS; MRNs; accounts, statements and a policy number. Every name, address and number is
 * invented; institution names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters25.ts and 26.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dra.", "Dr.") stay outside a name, facility words inside; US states, provinces, regions,
 * territories and countries are not marked; years on their own are never marked; ages of 89 and under are not
 * marked; weekdays and dates named by a weekday are DATE; wards, beds, bays, sectors, plots, nacelles and bibs are not
 * marked; festivals and feasts (Fallas, Holi, Uttarayan, Songkran, Jallikattu, La Tomatina, Kumbh Mela) are events
 * and are not marked. An AGE span is one stated exact age over 89, only its number. Medical licences are LICENSE; national,
 * passport, prison, donor and claim numbers ID (the US SSN and the SNILS are SSN); hospital numbers MRN;
 * health-insurance numbers HEALTH_PLAN; billing accounts, statements and an insurance policy ACCOUNT; postcodes ZIP; a
 * DEVICE span is the serial only; employers, farms, pharmacies, parks, huts, tracks and camps are marked as places,
 * agencies and rescue services not. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous tests and scales (Corsi-Rosenthal, Borg, Tscherne, Gustilo, Seidel,
 * Bishop, Apgar, Hunter, Salter-Harris, Morton, Achilles, Arbon, Hartman, Fruin, Cauchy, Ishihara, Cooper, Ficat,
 * Haldane, Eustachian, Geiger-Müller, Lambertini, Beecher, Greulich-Pyle, Tanner-Whitehouse, Demirjian, Schmeling,
 * Weber, Stener, Bristol), place-named diseases, organisms, tests and events (Lyme, Bornholm disease, Omsk, Crimean-
 * Congo, Kyasanur Forest, Ross River, Barmah Forest, Murray Valley, Hendra, Nipah, Lassa, Marburg, Rift Valley, West
 * Nile, Minamata, Itai-itai, Stockholm scale, Blackpool tables, Montreal and Addenbrooke's tests, Ottawa ankle rules,
 * Canadian CT Head Rule, Chernobyl, Fukushima, Yunnan, Assam and Darjeeling teas, Kentucky and Iowa guidance), drug and
 * device brands and makers (Blueair, Coway, Levoit, Petzl, Miller, Vestas, Siemens Gamesa, Bobcat, Elle, Entonox,
 * Compass Pathways, JUUL, Elf Bar, Vuse, Lime, Bird, Tier, Voi, Compeed, Leukotape, Engo, Vaseline, Garmin, Polar,
 * Herrenknecht, Landauer, Husqvarna, Stihl, QuikClot, FSME-Immun, Encepur, Planmeca, Sirona, Soyuz, Dragon, Chibis,
 * Heiniger, Lister, Mattress Sentry, Nintendo Switch, PlayStation, Netflix), ages under 90, bare years, doses, scores,
 * ward, bay and room numbers and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters28.ts [--out /tmp/deid-ood-letters28.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters28.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Consulta por humo de incendio forestal - {{LOCATION|Centro de Salud de Hoyos}}
Paciente: {{NAME|Remedius Valhondo Caletrío}}, 67 a., EPOC. SpO2 88 %, COHb 4 %. Evacuada de {{LOCATION|Valverde del Fresnu}} el {{DATE|14 de agosto de 2026}}. Salbutamol y prednisona 30 mg. TSI {{HEALTH_PLAN|EXTR 440917 2283}}. Firma: Dra. {{NAME|Inmaculada Jarandilla}}.`,

  `RESCUE AT HEIGHT - INCIDENT FORM
Site: {{LOCATION|Gwynt Uchaf wind farm}}, nacelle T-17
Casualty: {{NAME|Torbin Skovgaard-Hinch}}   DOB: {{DATE|03/02/1991}}
Employer: {{LOCATION|Northwind Blade Services}}, {{LOCATION|Ellesmeri Port}}
Suspension trauma risk: hung in harness 11 min; rescued by {{NAME|Jocelind Prawle}} with a descender kit; GCS 15, CK 2,400 next day.
Ambulance call sign {{VEHICLE|WX71 KPF}}; to {{LOCATION|Glon Clwid Hospital}}.`,

  `Grain bin entrapment, {{LOCATION|Vinkemulder farm}} near {{LOCATION|Orange City}}, Iowa {{ZIP|51041}}: {{NAME|Derrick Haasjes}}, engulfed to the chest about 40 min on {{DATE|10/22/2026}}; CK 18,900, creatinine 1.9. Fire chief {{NAME|Lorna Vanderwal-Oosting}} ({{PHONE|712-737-4418}}).`,

  `Mestkelder - H2S-blootstelling, melkveebedrijf {{LOCATION|Hoeve De Kwikstaart}}, {{LOCATION|Kapelle}}
Slachtoffer: {{NAME|Gijsbrecht Koppejan}}, geb. {{DATE|17-05-1979}}; bewusteloos in de put, gered door zijn zoon {{NAME|Wouterus}}. Bij opname {{LOCATION|Admiraal de Ruyter Ziekenhuis}}: lactaat 6,1, pO2 normaal. BSN {{ID|2044.17.390}}. Ingevuld {{DATE|zaterdag 28 november}}.`,

  `Fireworks injury register, {{LOCATION|Hospital de la Fe}}, {{LOCATION|Valencio}} (Fallas)
1. {{NAME|Vicent Climent Ferrandes}}, 24, hand blast, 2 digits amputated, {{DATE|19/03/2026}}
2. {{NAME|Amparo Sanchis Gironès}}, 16, corneal burn, {{DATE|18/03/2026}}
3. {{NAME|Xaviir Bellver}}, 31, eardrum rupture, {{DATE|19/03/2026}}
Compiled by {{NAME|Empar Torregrosa}}, nurse, ext. 44172.`,

  `Chain-of-custody form - relationship (paternity) testing
Alleged father: {{NAME|Ruairedh Kinloss-Abney}}, passport {{ID|5419 22871}}
Child: {{NAME|Skyi Abney}}, DOB {{DATE|09 Jun 2025}}; mother {{NAME|Shona Abney}}
Buccal swabs collected at {{LOCATION|Ardmillan Medical Practice}}, {{LOCATION|Girvan}} {{ZIP|KA26 9DF}} on {{DATE|01 Dec 2026}} by {{NAME|Fenello Dunure}}; kit {{DEVICE|PK-44-901738}}; photo ID seen.`,

  `Records update after a change of name (deed poll seen): former name {{NAME|Aurnia Pendrick}}, now {{NAME|Aurnia Sanderling-Vyse}}; NHS number {{ID|944 271 8830}} unchanged; address {{LOCATION|9 Ventnor Rise}}, {{LOCATION|Shanklin}} {{ZIP|PO37 6BX}}; effective {{DATE|26/11/2026}}.`,

  `Surrogacy - pre-transfer medical report (intended parents {{NAME|Bertrond Lacasse}} and {{NAME|Nilo Perreault-Aubé}})
Gestational carrier: {{NAME|Mélodie Cormiir-Gautreau}}, 33, G2P2, {{LOCATION|Caraquit}}, N.-B.; BMI 26, HbA1c 5.2 %, TSH 1.8; HIV, HBV, HCV, syphilis negative.
Clinic: {{LOCATION|Clinique de fertilité Péninsule}}; RAMQ not applicable, Medicare N.-B. {{HEALTH_PLAN|771 240 918}}; {{DATE|le 2 décembre 2026}}.`,

  `Sperm donor register entry
Donor code: {{ID|DNR-TX-0441}} | Name (sealed): {{NAME|Emilianu Saenz-Garzo}} | DOB {{DATE|1998-04-11}}
Home: {{LOCATION|Edinbarg}}, TX {{ZIP|78539}} | mobile {{PHONE|(956) 381-4402}}
Karyotype 46,XY; CF carrier screen negative; semen 68 M/mL, motility 58 %. Reviewed {{DATE|11/30/2026}} by Dr {{NAME|Yolando Treviño-Maldonaro}}.`,

  `Doula birth plan (home, {{LOCATION|Brookesmith Hollow}}, Kentucky): mother {{NAME|Lurleen Ellavine Shepherdwell}}, EDD {{DATE|Jan 14 2027}}; doula {{NAME|Opol Stidham}}; midwife backup {{PHONE|606-439-7712}}; transfer hospital {{LOCATION|Whitesburg ARH}}; GBS negative, Hb 11.8.`,

  `Ayahuasca retreat - adverse event
Retreat: {{LOCATION|Casa Yachay Sacha}}, {{LOCATION|Lamas}} (San Martín)
Participant: {{NAME|Kristoffer Hultqvarn-Eames}}, Swedish passport {{ID|91844273}}
After the second ceremony ({{DATE|29 nov.}}) agitation, HR 142, temp 39.4, clonus; on sertraline 100 mg. Moved to {{LOCATION|Hospital II-1 Tarapoto}}; serotonin toxicity treated with cyproheptadine. Reported by facilitator {{NAME|Rosalía Amasifuén}}.`,

  `EVALI case line: {{NAME|Brantlei Adékọ̀lá-Vestrum}}, 19, {{LOCATION|Provo}}, UT; vaped THC cartridges from an unlicensed seller; SpO2 86 % RA, CT ground-glass with subpleural sparing, BAL lipid-laden macrophages; admitted {{LOCATION|Utah Valley Hospital}} {{DATE|Nov 27}}; reported to the state by {{EMAIL|ihernholm@uvh-idprev.example}}.`,

  `E-scooter crash, {{LOCATION|Rue de la Loi}} x {{LOCATION|Rue Ducale}}: rider {{NAME|Sébastien Wauthier}}, no helmet, GCS 13, CT small subdural; NISS {{ID|88.04.11-273.41}}; taken to {{LOCATION|Hôpital Saint-Pierri}}, {{DATE|mardi 1er décembre}}, 23 h 10.`,

  `Trampoline park injury log - {{LOCATION|Bounce Hangar Carlisle}}
{{DATE|Sat 28 Nov}} 14:05 {{NAME|Harvei Dowthwaite}} (9) landed on arm - deformity - 999
{{DATE|Sat 28 Nov}} 15:40 {{NAME|Millie-Elsabeth Tweddle}} (12) double bounce, ankle - RICE, parent {{NAME|Kerrianne Tweddle}} {{PHONE|07786 441903}}
First aider: {{NAME|Calder Ullswick}}`,

  `Pilgrims' foot clinic, {{LOCATION|Albergue Municipal de Zubire}}: {{NAME|Annelii Brühwiler}} (walking from {{LOCATION|Saint-Jacques-Piid-de-Port}}), blisters both heels, one infected; flucloxacillin; tarjeta sanitaria europea {{HEALTH_PLAN|80756 0028 4417 1930}}; {{DATE|3 de diciembre}}.`,

  `Kumbh Mela camp hospital, Sector 7, {{LOCATION|Prayagraj}}: {{NAME|Ramkali Devi Nishad}}, 71, from {{LOCATION|Mirzapur}}; separated from family in the crowd, dehydrated, Na 151; lost-and-found desk informed; son {{NAME|Santosh Nishad}} {{PHONE|+91 94155 20873}}; {{DATE|15/01/2027}}.`,

  `IRONMAN MEDICAL TENT - ATHLETE CARD
Bib 1742 | {{NAME|Finnegon Auclair-Muss}} | {{LOCATION|Klagenfart}}
Collapsed 200 m after the finish; rectal temp 36.1, Na 128 (i-STAT), weight +1.5 kg from check-in. Exercise-associated hyponatraemia; 100 mL 3 % saline. Transferred {{DATE|So 28.06.}} to {{LOCATION|Klinikum Klagenfart am Wörthersei}}. Doctor: {{NAME|Hiltrud Pöcheim}}.`,

  `Sled-dog race checkpoint, {{LOCATION|Esso}} (Kamchatka): musher {{NAME|Гавриил Тынэтэген}}, frostbite of three fingers, blisters; warm water rewarming; withdrawn {{DATE|4 марта 2026}}; evacuated by snowmobile {{VEHICLE|3417 КЕ 41}} to {{LOCATION|Мильковская районная больница}}.`,

  `Ιατρείο Ιεράς Μονής, Άγιον Όρος - σημείωμα
Μοναχός {{NAME|Παΐσιος Καλλινίκου}}, {{AGE|93}} ετών, πτώση στη σκάλα του κελλιού· κάταγμα αυχένα μηριαίου. Μεταφορά με πλοίο από {{LOCATION|Δάφνη}} προς {{LOCATION|Ουρανούπολη}} και ασθενοφόρο στο {{LOCATION|Νοσοκομείο Πολυγύρου}}, {{DATE|2 Δεκεμβρίου 2026}}. Ιατρός {{NAME|Ευθύμιος Σταγειρίτης}}.`,

  `Kutsunnanterveystarkastus - {{LOCATION|Tornion terveyskeskus}}
Asevelvollinen: {{NAME|Eetu Niemikorpi}}, hetu {{ID|140408A441K}}, {{LOCATION|Kukkola}}
BMI 31, RR 152/94 kolmesti, EKG normaali; palvelusluokka C tilapäisesti. Lääkäri {{NAME|Riitta Kaartinen-Suvanto}}, {{DATE|ti 24.11.2026}}.`,

  `Compressed-air (tunnel) worker card - {{LOCATION|Brenner Basistunnel Baulos Mauls}}
Worker {{NAME|Lorenz Pichlerhof}}, badge {{ID|BBT-7729}}, shift {{DATE|03.12.2026}}: 2.4 bar, 4 h; decompression per table; 2 h later knee pain, Doppler bubbles grade III; recompressed in the site chamber; follow-up {{LOCATION|Krankenhaus Brixen}}.`,

  `Personal dosimetry - annual record (radiation worker)
{{NAME|Dragica Vukelić-Horvot}}, interventional radiographer, {{LOCATION|Opća bolnica Pula}}, OIB {{ID|71940283316}}
Hp(10) 4.1 mSv, Hp(0.07) hands 38 mSv, lens 9 mSv; lead-glass screen advised; reviewed {{DATE|30. studenoga 2026}}.`,

  `Chainsaw injury, forestry crew of {{LOCATION|Revier Bodenmais}}: {{NAME|Korbinion Hainzlmeier}}, 44, kickback to the left thigh, 14 cm laceration through the chaps; tourniquet 25 min; air rescue {{VEHICLE|D-HDTA}} to {{LOCATION|Klinikum Deggendorf}}; {{DATE|Mi 2. Dez.}}; Versichertennr. {{HEALTH_PLAN|K440917283}}.`,

  `Unexplained-cure file opened - {{LOCATION|Bureau des Constatations Médicales}}, {{LOCATION|Lourdis}}
Pilgrim: {{NAME|Briged Ní Ghallchóir}}, DOB {{DATE|12/10/1966}}, from {{LOCATION|Dungloe}}
Reports remission of MS walking symptoms after the baths on {{DATE|21 August}}; EDSS 6.0 before; MRI and records requested from {{LOCATION|Letterkenny University Hospital}}; physician {{NAME|Aymerec Lassalle-Bordes}}; phone {{PHONE|+33 5 62 42 81 70}}.`,

  `Deathbed marriage - registrar visit, Ward 9, {{LOCATION|West Cumberlond Hospital}}: groom {{NAME|Norman Gaskorth}}, capacity assessed by Dr {{NAME|Tharshini Selvadurai}} - understands the ceremony and its effects; bride {{NAME|Edelmira Fearon}}; witness {{NAME|Dennes Borrowdale}}; {{DATE|Friday}} 11:00.`,

  `Age assessment (unaccompanied minor), {{LOCATION|Ceuta}}: stated name {{NAME|Yassini El Bouchtaoui}}, stated DOB {{DATE|02/03/2010}}; hand X-ray Greulich-Pyle 17-18 y, third molars Demirjian stage G; reception centre {{LOCATION|La Esperanza}}; NIE pending; lawyer {{NAME|Maiti Escribano Lobu}} {{PHONE|+34 956 51 47 20}}.`,

  `Analog habitat crew log (simulated Mars mission), {{LOCATION|Hanksville}}, Utah
Sol 9, {{DATE|Dec 1}}: crew medic {{NAME|Anjale Varadarajon}} reports crew engineer {{NAME|Radzimir Żmijewski-Blum}} with renal colic, urine dipstick blood 3+; simulation broken; driven in rover-support truck {{VEHICLE|UT 4TK920}} to {{LOCATION|Capitol Reef Family Clinic}}.`,

  `Theme park first aid - {{LOCATION|Sommerrodelbahn Imst}}: {{NAME|Jasmen Gstrein}}, 15, whiplash after a collision on the alpine coaster; C-spine cleared by NEXUS; mother {{NAME|Karin Gstrein}}; {{DATE|Sa 25.07.2026}}; e-card {{HEALTH_PLAN|3417 120711}}.`,

  `Bobsleigh crash report, {{LOCATION|Bobbahn Altenberg}}: pilot {{NAME|Friedemonn Schurig}} and brakeman {{NAME|Ole Kittelmann}}; helmet intact; pilot concussion (SCAT6 symptoms 9), brakeman shoulder dislocation reduced on site; {{DATE|05.12.2026}}; team doctor {{PHONE|+49 35056 2310}}.`,

  `Sheep-shearing gang - ACC claim: {{NAME|Tamate Rangihuno-Poutu}}, handpiece kickback, 6 cm laceration left forearm, tendon intact; shed at {{LOCATION|Puketoi Station}}, {{LOCATION|Pongaroa}}; ACC {{ID|AC7 4429 018}}; NHI {{ID|ZKT4471}}; {{DATE|Wed 2 Dec}}.`,

  `Tea estate dispensary register - {{LOCATION|Bokparo Tea Estate}}, {{LOCATION|Dibrugarh}}
{{NAME|Sukhmoni Orong}}, plucker, F 34 - Hb 7.1, hookworm ova - albendazole, iron
{{NAME|Budhu Tanti}}, M 52 - BP 182/110 - amlodipine
{{NAME|Jyotsna Bhumij}}, F 22, 28 wk - BP 144/96, urine protein 1+ - referred {{LOCATION|Assam Medical College}}
Date {{DATE|02/12/2026}}, Dr {{NAME|Pranjal Sonowal}}`,

  `Brick-kiln health camp, {{LOCATION|Tando Jam}}: worker {{NAME|Bhagwanti Bhagan Kolhi}}, CNIC {{ID|41303-4471829-2}}, cough 5 weeks, GeneXpert MTB detected, rif not detected; DOTS at {{LOCATION|Taluka Hospital Hyderabod}}; kiln owner phone {{PHONE|0300 2178441}}; {{DATE|1 Dec 2026}}.`,

  `Ship-breaking yard accident, plot 44, {{LOCATION|Alang}}: {{NAME|Ramprasod Kewat}}, 29, fell 6 m from the hull during gas cutting; L1 burst fracture; Aadhaar {{ID|4417 2093 8816}}; moved to {{LOCATION|Sir Takhtsinhji General Hospital}}, {{LOCATION|Bhavnagar}}; {{DATE|28/11/2026}}.`,

  `Penambang emas (merkuri) - {{LOCATION|Puskesmas Kereng Pangi}}
Nama: {{NAME|Yusran Tingang}}, NIK {{ID|6206041708880003}}
Tremor, gingivitis, erethism; urine Hg 184 µg/L; amalgam burned at home in {{LOCATION|Desa Tumbang Manggu}}; dirujuk ke {{LOCATION|RSUD dr. Doris Sylvanas}}; {{DATE|30 November 2026}}.`,

  `Sulphur porter, {{LOCATION|Kawah Ijen}} crater: {{NAME|Sutikno Wiryaatmaja}}, 47, carries 80 kg loads; shoulder callus abscess, peak flow 290 L/min, eroded incisors; BPJS {{HEALTH_PLAN|0001447218093}}; seen at {{LOCATION|Puskesmas Licin}} {{DATE|Selasa 1 Desember}}.`,

  `Kite festival (Uttarayan) casualty list, {{LOCATION|Civil Hospital Ahmedabad}}, {{DATE|14 Jan 2026}}:
- {{NAME|Hetvi Prajapati}}, 8, neck cut by glass-coated string, 3 cm, sutured
- {{NAME|Jignesh Rabari}}, 26, fell from a terrace in {{LOCATION|Khadia}}, femur fracture
- {{NAME|Kantilal Soni}}, 61, two-wheeler rider, throat laceration, to theatre`,

  `Holi eye injury: {{NAME|Anurag Chaubey}}, 19, {{LOCATION|Vrindavan}}, coloured powder and a water balloon to the right eye; VA 6/36, fluorescein corneal abrasion, pH 8 washed to 7.4; seen {{LOCATION|Jaipuria Eye Centre}}, {{DATE|15/03/2026}}.`,

  `Songkran road casualty, {{LOCATION|โรงพยาบาลนครพิงค์}}: {{NAME|Nattawut Kanjanaphet}}, 22, motorbike, BAC 180 mg/dL, open tibia; from {{LOCATION|Saraphi Dung}}; {{DATE|14 เม.ย. 2569}}; ID {{ID|1500400441729}}.`,

  `Jallikattu injury list - {{LOCATION|Alanganallur}} arena medical camp, {{DATE|16.01.2026}}
{{NAME|முருகேசன் பாண்டி}}, 24 - bull horn to perineum, to {{LOCATION|Government Rajaji Hospital}}, {{LOCATION|Madurae}}
{{NAME|Karthek Alagarsamy}}, 19 - scalp laceration, sutured
{{NAME|Velmurugan Sethu}}, 33 - rib fractures x3, SpO2 93 %
Camp doctor {{NAME|Sudharsini Ilango}}`,

  `La Tomatina first aid, {{LOCATION|Buñol}}: {{NAME|Fiachna Ashvinter-Polglaze}}, 23, tomato acid and grit in both eyes, irrigated 2 L; goggles advised next year; {{DATE|26 Aug 2026}}; UK GHIC {{HEALTH_PLAN|GB 441 729 038 1}}.`,

  `Medieval-week first aid, {{LOCATION|Visby}}: {{NAME|Hjalmar Ringvide}}, jousting reenactor, fell from a horse; clavicle fracture, sling; {{DATE|tisdag 11 augusti}}; personnummer {{ID|19850611-4472}}; to {{LOCATION|Visby lasarett}}.`,

  `{{LOCATION|Bornhulm}}: {{NAME|Asto Kofoed-Risager}}, {{LOCATION|Gudhjem}}, wasp sting on the lip while eating herring, urticaria and wheeze; adrenaline 0.5 mg IM; CPR {{ID|110351-4418}}; {{DATE|torsdag}}; own GP {{NAME|Holger Ipsen}}.`,

  `{{LOCATION|Heligoland}}: {{NAME|Swantje Boysin-Reimers}}, {{AGE|91}}, lives alone at {{LOCATION|Am Falm 12}}; fall, hip pain, shortened leg; sea too rough for the ferry, SAR helicopter {{VEHICLE|D-HMUE}} to {{LOCATION|Helius Klinikum Cuxhaven}} {{DATE|So 29.11.}}.`,

  `Meänkieli interpreter needed: {{NAME|Aile Kostamo}}, {{LOCATION|Pajala}}, 86, confusion and UTI, CRP 142; daughter {{NAME|Seija Kostamo}} {{PHONE|070-441 72 93}}; transfer to {{LOCATION|Sunderby sjukhus}} {{DATE|3/12}}.`,

  `Карелия, {{LOCATION|Медвежьегорская ЦРБ}}: {{NAME|Вейкко Ильич Хутто}}, укус гадюки в кисть при сборе клюквы; отёк до локтя, фибриноген 1,1; антитоксин; полис ОМС {{HEALTH_PLAN|1048 4417 2093 6610}}; {{DATE|14.09.2026}}.`,


  `Коми, {{LOCATION|Усть-Цилемская ЦРБ}}: {{NAME|Анисья Тимофеевна Чупрова}}, {{AGE|92}} года, с. {{LOCATION|Трусово}}; пневмония, сатурация 87 %; санавиация из {{LOCATION|Сыктывкара}} {{DATE|1 декабря}}; дочь {{NAME|Зоя Чупрова}} {{PHONE|+7 912 144-72-09}}.`,

  `Дагестан, {{LOCATION|Гунибская ЦРБ}}: {{NAME|Магомед Абдулкеримович Гасанбеков}}, чабан с отгонного пастбища у {{LOCATION|Кегера}}; лихорадка 3 недели, реакция Райта 1:800; доксициклин и рифампицин; СНИЛС {{SSN|144-720-938 16}}; {{DATE|28.11.2026}}.`,

  `Тыва, {{LOCATION|Инфекционная больница Кызыла}}: {{NAME|Чодураа Оюн}}, 9 лет, из {{LOCATION|Мугур-Аксы}}; семья разделывала сурка; лихорадка 40,1, паховый бубон; ПЦР Yersinia pestis положительная; стрептомицин; {{DATE|12 августа 2026}}; врач {{NAME|Айдыс Монгуш-Каро}}.`,

  `Altai honey-farm call: beekeeper {{NAME|Yegor Tabakaev}}, {{LOCATION|Chemal}}, 40 stings after a hive fell; vomiting, BP 84/50; adrenaline twice, fluids; ambulance from {{LOCATION|Gorno-Altaysk}}; {{DATE|July 19}}.`,

  `Sakhalin oil platform to {{LOCATION|Yuzhno-Sakhalinsk}} clinic, e-mail from {{EMAIL|medic.orl-b@sakh-offshore.example}}: operator {{NAME|Ilnur Galiakberov}}, passport {{ID|6410 447182}}, chest pain, ST depression V4-V6, troponin 0.9; helicopter {{VEHICLE|RA-22917}} {{DATE|03.12.2026}} 07:30.`,

  `Калининградская область, {{LOCATION|Областная клиническая больница}}: {{NAME|Ирина Лаукайтене}}, {{LOCATION|Зеленоградск}}, {{LOCATION|ул. Приморская, 14}}; отравление угарным газом от печи, HbCO 24 %; гипербарическая оксигенация; {{DATE|2 декабря 2026}}.`,

  `Башкортостан: {{NAME|Гульназ Рафаэлевна Ишмухаметова}}, {{LOCATION|Баймак}}; геморрагическая лихорадка с почечным синдромом, креатинин 412, тромбоциты 38; ОМС {{HEALTH_PLAN|0249 7730 4418 2090}}; {{DATE|09.11.2026}}.`,

  `Chuvash interpreter note: {{NAME|Ильмук Сандрова}}, 88, from {{LOCATION|Янтиково}}; speaks Chuvash only; cataract list at {{LOCATION|МНТК Микрохирургия глаза, Чебоксары}}; nephew {{NAME|Эрик Сандров}} {{PHONE|8 (8352) 44-17-29}}.`,

  `Zárójelentés - {{LOCATION|Csíkszeredai Megyei Sürgősségi Kórház}}
Beteg: {{NAME|Ferencz Ildiko}}, szül. {{DATE|1968. 03. 21.}}, {{LOCATION|Csíkszentdomokos}}
Gombamérgezés (gyilkos galóca) - ALT 3400, INR 3,1; szilibinin, N-acetil-cisztein; áthelyezve {{LOCATION|Kolozsvár}} felé {{DATE|2026. szeptember 14.}}; CNP {{ID|2680321194418}}.`,

  `Vojvodina: {{NAME|Slobodanka Čizmar}}, {{LOCATION|Bački Petrovac}} (Slovak-speaking), farm worker; leptospirosis after flooding, creat 380, bili 96; LBO {{ID|0441 7293 8815}}; to {{LOCATION|Klinički centar Vojvodine}}, {{LOCATION|Nove Sod}}, {{DATE|04.12.2026.}}`,

  `Istria: {{NAME|Romina Družetić}}, {{LOCATION|Rovinj}}, sea urchin spines in the sole; removed under local, cefalexin; {{DATE|16. 7. 2026.}}; tourist card {{ID|HR-TZR-44172}}; ambulanta {{LOCATION|Dom zdravlja Rovinj}}.`,

  `Dalmatian island clinic, {{LOCATION|Ves}}: {{NAME|Ante Bakotić Marinov}}, 79, fisherman; melanoma suspicion on the back, 11 mm, ABCD positive; photo sent by {{URL|https://teledermo.hzzo-splet.example/c/44172}}; ferry to {{LOCATION|KBC Splet}} {{DATE|ponedjeljak}}.`,

  `Latgale: {{NAME|Vladislavs Bernāns}}, {{LOCATION|Preiļi}}, alcohol withdrawal seizure; personas kods {{ID|080371-14472}}; sister {{NAME|Anastasija Bernāne}}; to {{LOCATION|Daugavpils reģionālā slimnīca}} {{DATE|02.12.2026}}.`,

  `Estonia, Seto küla: vanaproua {{NAME|Ksenia Hilinõ}}, {{LOCATION|Obinitsa}}, sõrmeluu murd; kiirabi viis {{LOCATION|Võru Haiglasse}}; isikukood {{ID|43207150447}}; {{DATE|1. detsember 2026}}.`,

  `Silesia - karta informacyjna: {{NAME|Zygfryd Koczy}}, {{LOCATION|ul. Górnicza 7/3}}, {{LOCATION|Ruda Śląska}} {{ZIP|41-709}}; former miner, pneumoconiosis, FEV1 48 %; PESEL {{ID|51030414472}}; {{LOCATION|Szpital Miejski w Rudzie Śląskiej}}; {{DATE|2.12.2026}}.`,

  `Podhale mountain hut log: tourist {{NAME|Wiktoria Staszel-Gąsienica}}, 28, slipped near {{LOCATION|Schronisko w Dolinie Pięciu Stawów}}; ankle deformity; TOPR helicopter {{VEHICLE|SP-HXD}}; to {{LOCATION|Szpital Powiatowy w Zakopanem}}; {{DATE|sobota 5 grudnia}}.`,

  `Wine-cellar CO2 asphyxia, Moravia: {{NAME|Bohuslav Šebestík}} and {{NAME|Drahoslava Šebestíková}}, {{LOCATION|Velké Bílovice}}; fermenting must - found collapsed, lactate 5; RČ {{ID|580912/4417}}; {{LOCATION|Nemocnice Břeclav}}; {{DATE|15. 10. 2026}}.`,


  `Wallonie - déclaration de maladie à déclaration obligatoire: tularémie
Patient: {{NAME|Ghislain Demarteau}}, chasseur, {{LOCATION|Malmedy}}
Lièvre dépecé le {{DATE|07/11/2026}}; ulcère du pouce, adénopathie axillaire; sérologie 1/640. Médecin déclarant: Dr {{NAME|Fabienne Lejeune-Crahay}}, INAMI {{LICENSE|1-44172-93-004}}; fax {{FAX|+32 80 44 17 29}}.`,

  `Zeeland oyster farm: {{NAME|Adriaan Wisse}}, {{LOCATION|Yerseke}}, cut by oyster shell, spreading cellulitis and bullae within 24 h; Vibrio vulnificus in blood culture; {{LOCATION|ZorgSaam Ziekenhuis}}, {{LOCATION|Terneuzen}}; {{DATE|4 augustus 2026}}.`,

  `Vorarlberg: {{NAME|Elmar Fußenegger}}, {{LOCATION|Bezau}}, Käser, Listerien-Rhombenzephalitis; Liquor 340 Zellen; Ampicillin; SV-Nr. {{HEALTH_PLAN|4417 120368}}; {{LOCATION|LKH Feldkirch}}; {{DATE|Fr 27.11.2026}}.`,

  `Carinthian (Slovene) bilingual note, {{LOCATION|Bleiburg}}/{{LOCATION|Pliberk}}: {{NAME|Marija Kumer-Oraže}}, {{AGE|90}}, padec doma, zlom zapestja; Gipsverband; hčerka {{NAME|Danica}} {{PHONE|0664 417 2938}}; {{DATE|1. 12. 2026}}.`,

  `Jura: {{NAME|Léonie Froidevaux}}, {{LOCATION|Saignelégier}}, cavalière, chute au concours hippique; fracture du bassin; hélicoptère {{VEHICLE|HB-ZRY}} vers {{LOCATION|Hôpital du Jura, Delémont}}; n° AVS {{HEALTH_PLAN|756.4417.2938.09}}; {{DATE|samedi 8 août}}.`,

  `Ticino: {{NAME|Gianluco Bernasconi-Pedrazzi}}, {{LOCATION|Mendrisio}}, pollinosi grave, asma; IgE ambrosia 48 kU/L; immunoterapia; {{LOCATION|Ospedale Beata Vergine}}; {{DATE|3 dicembre 2026}}; tel. {{PHONE|+41 91 811 44 72}}.`,

  `Valais guide: {{NAME|Emerentia Zurbriggen}}, {{LOCATION|Saas-Almagell}}, HAPE at 4,000 m on a training climb; SpO2 62 %; nifedipine; rescue helicopter {{VEHICLE|HB-ZSU}} to {{LOCATION|Spital Visp}}; {{DATE|Do 16.07.2026}}.`,

  `Fiche de liaison des pisteurs: {{NAME|Maxence Bouvard-Tissot}}, 17, {{LOCATION|Val-Cenis}}; collision skieur-snowboarder, fracture du fémur; évacué par barquette vers le poste puis {{LOCATION|CH de Saint-Jacques-de-Maurienne}}; {{DATE|26/12/2026}}; carte Vitale {{HEALTH_PLAN|1 09 03 73 441 172 29}}.`,

  `Occitan-speaking farm, {{LOCATION|Lo Mas de Castèlnòu}}, near {{LOCATION|Laguiole}}: {{NAME|Aurelian Fabre-Marcilhac}}, trampled by a cow at calving; rib fractures 5-8 left, pneumothorax drained at {{LOCATION|Hôpital Jacques Puel}}; {{DATE|dimars 1èr de decembre}}.`,

  `{{LOCATION|Mallorca}}: {{NAME|Bartomea Oliver Ensenyat}}, {{LOCATION|Sóllir}}, pescador; picada de rajada al turmell, aigua calenta 45 C; {{LOCATION|Hospital Comarcal d'Inca}}; targeta {{HEALTH_PLAN|OLEN 440917 29}}; {{DATE|dimarts 1 de desembre}}.`,

  `Navarra - parte de lesiones, {{LOCATION|Hospital Reina Sofía de Tudela}}
Lesionado: {{NAME|Koldo Goñe Zabalegi}}, DNI {{ID|72814417-K}}
Corneado por vaquilla en las fiestas de {{LOCATION|Cascante}}; herida en muslo derecho 12 cm, sin lesión vascular; {{DATE|13/09/2026}} 19:40. Juzgado de guardia informado.`,

  `{{LOCATION|Melilla}}: {{NAME|Nouh Mohand Amor}}, {{LOCATION|barrio del Real}}, 4 años, gastroenteritis con deshidratación 8 %; padre {{NAME|Mohand Amor Hammu}} {{PHONE|+34 952 67 44 17}}; {{LOCATION|Hospital Universitario de Melilla}}; {{DATE|29/11/2026}}.`,

  `Sahrawi refugee camp, {{LOCATION|Smara camp}}: {{NAME|Mariim Salek Brahem}}, 6, SAM with MUAC 108 mm, oedema +; RUTF; Hb 8.2; mother {{NAME|Fatimetu Sidahmed Lamin}}; {{DATE|02/12/2026}}; registered at {{LOCATION|Hospital Nacional de Rabuni}}.`,

  `{{LOCATION|Lampedusa}} - primo soccorso sbarco, {{LOCATION|Molo Favarolo}}: {{NAME|Awo Sangaré}}, 24, gravida 32 settimane, ustioni da carburante e acqua salata alle cosce (20 % SCT); trasferita all'{{LOCATION|Ospedale Civico di Palermu}} in elicottero {{VEHICLE|I-EASC}}; {{DATE|2 dicembre 2026}}.`,

  `{{LOCATION|Etna}} evacuation: {{NAME|Salvatore Maccarrone}}, 74, {{LOCATION|Zafferana Etnea}}, ash-triggered COPD exacerbation; {{LOCATION|Ospedale Cannizzaro}}, {{LOCATION|Catania}}; tessera sanitaria {{HEALTH_PLAN|80380000441729381}}; {{DATE|lunedì 30 novembre}}.`,

  `Calabria: {{NAME|Rosetta Lombardo Scordino}}, {{LOCATION|Bova Marina}} (Greko-speaking), 67, botulism after home-preserved aubergines; ptosis, dysphagia; antitoxin from {{LOCATION|Ospedale Niguarda}}; {{LOCATION|GOM Reggio Calabria}}; {{DATE|18/10/2026}}.`,


  `Manipur: {{NAME|Thoudam Ibemhal Devi}}, {{LOCATION|Moirang}}, 38; fever 9 days, eschar in the groin, IgM scrub ELISA positive; doxycycline; referred to {{LOCATION|RIMS Imphal}} {{DATE|27 Nov 2026}}; husband {{NAME|Thoudam Rajen Singh}}.`,

  `Meghalaya living-root-bridge trek: tourist {{NAME|Ishaan Mehrotra-Bakshi}} slipped on the steps at {{LOCATION|Nongriat}}; wrist fracture; carried to {{LOCATION|Tyrna}}, jeep to {{LOCATION|Sohra CHC}}; {{DATE|Sunday}}.`,

  `Goa beach shack collapse: {{NAME|Cressido Quadros-Mascarenhas}}, 41, {{LOCATION|Benaulim}}, heat exhaustion and dehydration after a rave, Na 129; {{LOCATION|Hospicio Hospital, Margao}}; {{DATE|31/12/2026}}; travel insurance policy {{ACCOUNT|TRV-9904417-GX}}.`,

  `Andaman: {{NAME|Arumugom Selvaroj}}, fisherman, {{LOCATION|Havelock Island}}, saltwater crocodile bite to the calf; debrided at {{LOCATION|G.B. Pont Hospital}}, {{LOCATION|Port Blair}}; tetanus and rabies assessed; {{DATE|03.12.2026}}.`,

  `Kashmir, {{LOCATION|Gulmarg}}: skier {{NAME|Zoya Qureshe-Bhat}}, avalanche burial 12 min, core temp 33.1; evacuated to {{LOCATION|SKIMS Soura}}; Aadhaar {{ID|5530 4417 2918}}; father {{NAME|Mushtaq Ahmod Bhat}} {{PHONE|+91 194 244 1729}}.`,

  `西藏: 患者 {{NAME|次仁卓嘎}}, 女, 43岁, {{LOCATION|日喀则市人民医院}}; 高原红细胞增多症, Hb 228 g/L; 放血治疗; 就诊日期 {{DATE|2026年11月30日}}.`,

  `云南 {{LOCATION|西双版纳傣族自治州人民医院}}: {{NAME|岩温香}}, 男, 52岁, 误食野生菌 (见手青) 后出现幻觉 ("小人国"); 对症处理; 身份证 {{ID|532822197405114417}}; {{DATE|2026年7月18日}}.`,

  `海南 {{LOCATION|三亚市人民医院}}: 游客 {{NAME|刘佳琪}}, 女, 29岁, 潜水后海胆刺伤足底; 取出棘刺; 电话 {{PHONE|138 7690 4417}}; {{DATE|12月2日}}.`,

  `Inner Mongolia herder: {{NAME|Bayanmönkh Naranbaatar}}, {{LOCATION|Xilinhot}}, anthrax eschar on the forearm after skinning a dead sheep; penicillin; contacts traced by {{LOCATION|Xilingol League CDC}}; {{DATE|08/08/2026}}.`,

  `Bali, {{LOCATION|RSUP Prof. Ngoerah}}: WNA {{NAME|Declon Fitzwilliom-Hort}}, methanol poisoning after arak; pH 6.98, osmolar gap 42; fomepizole not available, ethanol and dialysis; passport {{ID|PA4417290}}; {{DATE|Kamis, 3 Desember 2026}}.`,

  `Sulawesi: {{NAME|Yohanis Pasulu' Rante}}, 63, {{LOCATION|Lembang Kete'}}; rabies exposure, dog bite to the face; VAR + SAR; {{LOCATION|RSUD Lakipadada}}; {{DATE|30/11/2026}}.`,

  `Cebu: {{NAME|Ma. Lourdis Abellanosa}}, {{LOCATION|Sitio Lantawan}}, {{LOCATION|Barangay Guadalupi}}, {{LOCATION|Cebu City}} {{ZIP|6000}}; leptospirosis after floods, creatinine 3.2; PhilHealth {{HEALTH_PLAN|19-044172938-1}}; {{LOCATION|Fulgencio Sotto Memorial Medical Center}}; {{DATE|November 29, 2026}}.`,

  `Darfur IDP clinic, {{LOCATION|Kalma camp}}: {{NAME|Hawo Abdelkarim Abakor}}, 26, hepatitis E in the third trimester, bilirubin 14, INR 2.0; referred to {{LOCATION|Nyala Teaching Hospital}}; {{DATE|1/12/2026}}.`,

  `Tigray: {{NAME|Letebrhan Hagosh}}, 31, {{LOCATION|Adigrat}}, postpartum haemorrhage, Hb 5.4; tranexamic acid, 3 units; {{LOCATION|Ayder Referral Hospital}}, {{LOCATION|Mekelli}}; {{DATE|Hidar 21}}.`,

  `Oromia, {{LOCATION|Shashemene Comprehensive Hospital}}: {{NAME|Tolesa Gemechu Dinka}}, podoconiosis stage 3 both legs; foot hygiene, socks, shoes; MRN {{MRN|SCH-044172}}; {{DATE|02/12/2026}}.`,

  `Casamance: {{NAME|Alioa Diédhiou}}, {{LOCATION|Oussouye}}, morsure de serpent (Echis), saignement gingival, TCT > 20 min; sérum antivenimeux; {{LOCATION|Hôpital régional de Ziguinchor}}; {{DATE|2 déc. 2026}}.`,

  `Cabinda: {{NAME|Makiese Pedru Tati}}, {{LOCATION|Buco-Zau}}, 7 anos, malária grave, parasitemia 9 %, Hb 5,1; artesunato IV; {{LOCATION|Hospital Regional de Cabinda}}; {{DATE|1 de dezembro de 2026}}; BI {{ID|004417293CA041}}.`,

  `Rio Grande Valley clinic, {{LOCATION|Weslaco}}, TX {{ZIP|78596}}: {{NAME|Gracielo Villarreal Zúñiga}}, colonia {{LOCATION|Las Brisas}}, neurocysticercosis seizure; CT ring lesions; SSN {{SSN|462-41-7293}}; MRN {{MRN|KH0441729}}; {{DATE|12/02/2026}}.`,

  `Maine lobster boat: {{NAME|Elwood Pinkham}}, {{LOCATION|Stonington}}, ME, finger degloving on the hauler; on {{DATE|11/28/2026}} to {{LOCATION|Blue Hill Memorial}}; boat reg. {{VEHICLE|ME 4417 AK}}; wife {{NAME|Darleni Pinkham}} {{PHONE|207-367-4419}}.`,

  `Manitoba: {{NAME|Othniel Sinclaird-Moosetail}}, {{LOCATION|Cross Lake}}, diabetic foot ulcer, probe to bone, ESR 88; medevac to {{LOCATION|Health Sciences Centre}}, {{LOCATION|Winnipig}}; MHSC {{HEALTH_PLAN|441 729 380}}; treaty status card {{ID|2760044172}}; {{DATE|Dec 2}}.`,

  `PEI potato farm: {{NAME|Angus MacKinnon-Gallont}}, {{LOCATION|Kinkora}}, organophosphate exposure while spraying; pinpoint pupils, salivation, HR 48; atropine; cholinesterase 22 %; {{LOCATION|Prince County Hospital}}; {{DATE|July 14, 2026}}.`,

  `Queensland cattle station, {{LOCATION|Bauhinia Downs}}: jackaroo {{NAME|Lachii Brumpton}}, 20, Q fever, fever 10 days, ALT 210; doxycycline; Medicare {{HEALTH_PLAN|4417 29380 1}}; RFDS to {{LOCATION|Rockhampton Hospital}} {{DATE|Tue 1 Dec}}.`,

  `Fell-running race: {{NAME|Bethon Harrowbi-Sykes}}, bib 228, hypothermia (35.0) on {{LOCATION|Helvellyn}}; mountain rescue team stretcher; to {{LOCATION|Penreth Community Hospital}}; {{DATE|Sunday 29 November}}.`,

  `Coastguard call: {{NAME|Alderic Armstrung-Charlton}}, {{AGE|94}}, {{LOCATION|Holy Island}}; tide closed the causeway, coastguard helicopter to {{LOCATION|Wansbeck General}}; sepsis, lactate 4.4; {{DATE|Thursday}}.`,

  `Schleswig (Danish minority): {{NAME|Kirstin Iwersen}}, {{LOCATION|Flensborg}}, Borreliose mit Fazialisparese; Doxycyclin; {{LOCATION|Diako Krankenhaus}}; {{DATE|onsdag den 2. december}}.`,

  `Sachsen - Befund: {{NAME|Uwe Kretzschmar}}, {{LOCATION|Schneeberg}}, ehem. Uranbergmann (Wismut), Lungen-CA; BK-Anzeige; Rentenversicherungsnr. {{ID|12 210348 K 441}}; Arzt {{NAME|Annegret Flemming-Roscher}}, LANR {{LICENSE|441729301}}; {{DATE|02.12.2026}}.`,

  `Cappadocia balloon crash: {{NAME|Hyan-wou Baik}}, Korean tourist, {{LOCATION|Göreme}}; ankle and T12 fractures; {{LOCATION|Nevşehir Devlet Hastanesi}}; passport {{ID|M44172938}}; {{DATE|2 Aralık 2026}}.`,

  `US patient portal message (staff-written): "Hi {{NAME|Brecklyn}}, your lead level from {{DATE|Nov 20}} was 14 µg/dL. Please bring {{NAME|Kinsley}} back on {{DATE|Dec 9}}." Sent from {{IP|172.31.44.17}}; account {{ACCOUNT|PT-4417293}}.`,

  `Referral, {{EMAIL|ortho-triage@gozo-gen.example}} to {{EMAIL|hand.unit@mdh.example}}: {{NAME|Ċensu Xuereb}}, fisherman, fish-hook in the thumb; ID card {{ID|441729M}}; {{DATE|02/12/2026}}.`,

  `Pharmacy cold-chain breach log - {{LOCATION|Apteka pod Orłem}}, {{LOCATION|Sanok}}: fridge logger {{DEVICE|TL-44172-09}} 11.2 C for 3 h; insulin for {{NAME|Dobrochna Pietrzycka}} quarantined; supplier informed {{DATE|30.11.2026}}.`,

  `Organ courier log: kidney from {{LOCATION|Aberdein Royal Infirmary}} to {{LOCATION|Royal Infirmary of Lothianmuir}}, courier {{NAME|Murdo Crichton}}, van {{VEHICLE|SV70 LKA}}, departed 02:14 {{DATE|03/12/2026}}; box seal {{DEVICE|SEAL-90441}}.`,

  `BILLING DISPUTE
Guarantor: {{NAME|Ambrosius Ashplant-Tulli}}
Account: {{ACCOUNT|HB-00447192}}   Statement: {{ACCOUNT|ST-2026-11-88417}}
Service date: {{DATE|10/14/2026}} (ambulance, {{LOCATION|Bangor}} to {{LOCATION|Northern Light Eastern Maini Medical Center}})
SSN on file: {{SSN|004-41-7293}}
Call {{PHONE|(207) 973-4417}} / fax {{FAX|(207) 973-4420}}`,

  `Locum credential check: Dr {{NAME|Oghenekaro Edafiogho}}, GMC {{LICENSE|7441729}}, MDCN {{LICENSE|MDCN/R/44172}}; starting {{DATE|Mon 7 Dec}} at {{LOCATION|St Marvella's Hospital}}, {{LOCATION|Newport}}; contact {{EMAIL|medstaffing@iow-locums.example}}.`,

  `Insulin pump download: {{NAME|Sadhbh Breathnoch-Corr}}, pump {{DEVICE|SN NG4417293H}}, CGM {{DEVICE|G7-8KT441}}; uploaded via {{URL|https://pumpcloud.example.ie/u/aoifebc}} from {{IP|10.8.44.172}}; TIR 61 %, 4 % below 3.9; clinic {{LOCATION|Sligu University Hospital}} {{DATE|02/12/2026}}.`,

  `Wildfire respiratory clinic sign-in, {{LOCATION|Okanagan Falls}} hall, {{DATE|Aug 18}}:
{{NAME|Doreen Kinakin}} - asthma, PEF 240
{{NAME|Delwood Osoyoos-Whitewing}} - COPD, SpO2 89 %
{{NAME|Priyo Sandha-Grewol}} - 30 wk pregnant, cough
Nurse: {{NAME|Josiane Lacombi}}; MSP numbers on the paper sheet`,

  `Fishing-crew injury, {{LOCATION|Killybegs}} pier: deckhand {{NAME|Tomás Ó Gallchobhair}}, hand crushed in the net drum; PPS {{ID|7441729TA}}; vessel registration {{VEHICLE|SO 744}}; to {{LOCATION|Letterkenny}} by ambulance {{DATE|Mon 30 Nov}}.`,


  `Speleotherapy referral (salt mine): {{NAME|Jadwigo Ciężarek}}, 9, asthma, FEV1 72 %; 14 sessions at {{LOCATION|Uzdrowisko Kopalnia Soli Wieliczka}}; NFZ number {{HEALTH_PLAN|12044172938}}; GP {{NAME|Tadeasz Kołodziejczak}}; {{DATE|1.12.2026}}.`,


  `Hunger-strike monitoring sheet, {{LOCATION|HMP Long Lartin}}
Prisoner: {{NAME|Ilir Hoxhoj-Demiri}}   Prison number: {{ID|A4417TK}}
Day 14: weight 61.2 kg (baseline 70.4), K 3.1, ketones 4.2; capacity retained; declines thiamine. Seen by Dr {{NAME|Sunniva Okorafur}} on {{DATE|02/12/2026}}.`,

  `Camel-race clinic, {{LOCATION|Al Wathba}} track: handler {{NAME|Humaid Obaed Al Mazrouee}}, kicked in the chest; rib fractures, no pneumothorax; Emirates ID {{ID|784-1980-4417293-1}}; to {{LOCATION|Sheekh Shakhbout Medical City}}; {{DATE|Friday}}.`,

  `Lifeguard report - {{LOCATION|Praia da Rochinha}}, {{LOCATION|Portimão}}
Casualty: {{NAME|Jurgita Vaitkevičiūtė}}, 27, rip current, drowning grade 2; O2, observed 6 h at {{LOCATION|Hospital de Portimão}}. Lifeguard {{NAME|Tiagu Barrocalho Caetano}}, {{DATE|14/08/2026}}.`,

  `Nuclear plant medical - intake assessment: {{NAME|Gustave Peyrelongue}}, {{LOCATION|CNPE du Blayais}}; whole-body count Co-60 below the recording level; nasal swab negative; dosimeter {{DEVICE|DOS-44172938}}; {{DATE|03/12/2026}}; Dr {{NAME|Ségolène Arnautou}}.`,


  `Black lung clinic, {{LOCATION|Hazard}}, KY {{ZIP|41701}}: {{NAME|Delmer Caudell}}, 58, 31 years underground; progressive massive fibrosis on X-ray, FEV1 41 %; federal claim {{ID|BLBA-2026-04417}}; seen {{DATE|11/30/2026}} by {{NAME|Rhonda Sloni-Mullins}}, APRN.`,

  `Video consult log: patient {{NAME|Ragnfrid Brandvuld}} joined from {{IP|2001:db8:4417:29::8}} at 10:02 on {{DATE|2026-12-03}}; clinician {{NAME|Halvard Sunde}}; room link {{URL|https://vc.nordhelse.example/r/44172}}; audio dropped twice.`,

  `{{LOCATION|श्रीकृष्ण मेडिकल कॉलेज अस्पताल}}, {{LOCATION|मुजफ्फरपुर}}: बच्चा {{NAME|आर्यन कुमार}}, 4 वर्ष, सुबह अचानक बेहोशी और झटके, ग्लूकोज 38 mg/dL; पिछली शाम खाना नहीं खाया, लीची बाग में खेला; पिता {{NAME|रामबाबू साहनी}} {{PHONE|+91 98354 41729}}; दिनांक {{DATE|12/06/2026}}.`,

  `Sundarbans: honey collector {{NAME|Gopal Mondol}}, 46, from {{LOCATION|Gosaba}}, tiger attack in the forest; scalp avulsion and neck wounds; boat and car to {{LOCATION|Canning}} then {{LOCATION|SSKM Hospital}}; wife {{NAME|Kalpano Mondol}}; {{DATE|2 April 2026}}.`,

  `CSV export - tetanus boosters, {{LOCATION|Poliambulatorio di Pantelleria}}
n,cognome,nome,nascita,data
1,{{NAME|Rizzo}},{{NAME|Calogera}},{{DATE|1951-02-14}},{{DATE|2026-11-30}}
2,{{NAME|Gabriele}},{{NAME|Nunzio}},{{DATE|1987-09-03}},{{DATE|2026-12-01}}
3,{{NAME|Belvisi}},{{NAME|Santuzza}},{{DATE|2003-06-27}},{{DATE|2026-12-01}}`,

  `SMS: Griaß Eahna {{NAME|Vroni}}, Ihr Termin zum Hautkrebsscreening ist am {{DATE|Di 08.12.}} um 09:15 bei Dr. {{NAME|Leutgeb}}, {{LOCATION|Praxis am Stadtplatz}}, {{LOCATION|Vilshofen}}. Absage unter {{PHONE|08541 44172}}.`,

  `Gaming disorder assessment: {{NAME|Mattis Rehkämper}}, 16, {{LOCATION|Bielefeld}}; 11 h a day online, school refusal 4 months, sleep onset 4 a.m.; IGDT-10 score 7 of 9; mother {{NAME|Silke Rehkämper}}; {{DATE|02.12.2026}}; Versichertennummer {{HEALTH_PLAN|R441729384}}.`,

  `{{LOCATION|Hallig Hooge}}: {{NAME|Ingwer Paulsen}}, 77, {{LOCATION|Backenswarft}}; storm tide, no ferry; chest pain with ST elevation II, III, aVF; thrombolysis by the island nurse {{NAME|Frauke Tadsen}} after tele-ECG; helicopter {{VEHICLE|D-HDRC}} to {{LOCATION|Westküstenklinikum Heide}} {{DATE|Mo 30.11.}}.`,

  `Sawmill accident, {{LOCATION|Sägewerk Faller}}, {{LOCATION|Simonswald}}: {{NAME|Benedekt Kaltenbach}}, 34, index and middle finger cut at the middle phalanx; replant at {{LOCATION|Universitätsklinikum Freiburg}}; {{DATE|Do 3.12.2026}}; BG case {{ID|BGHM-2026-441729}}.`,

  `Canyoning rescue, {{LOCATION|Barranco de Mascún}}, {{LOCATION|Rodellar}}: {{NAME|Clémenci Vidalenc}}, 30, jump into a shallow pool; calcaneus fractures both sides; GREIM helicopter; {{LOCATION|Hospital San Jorgi}}, {{LOCATION|Huesca}}; {{DATE|22/08/2026}}.`,

  `Voicemail transcript for the practice nurse: "Hello, it's {{NAME|Leofrida Quembrow-Abbiss}}, ringing about my husband {{NAME|Ealdwine}}'s INR - it was 5.8 at the pharmacy this morning. Please call {{PHONE|01386 552 714}} today."`
];

const PHI_FREE_TEXTS: string[] = [
  `WILDFIRE SMOKE AND HEALTH: PM2.5 above 250 µg/m3 is hazardous; N95 or FFP2 respirators, HEPA purifiers (Blueair, Coway, Levoit), Corsi-Rosenthal boxes; asthma action plans, salbutamol 100 mcg 4-8 puffs; AQI bands; the 2023 season and the 2019-2020 fires; carbon monoxide over 10 % in firefighters.`,
  `Work at height: suspension trauma (harness hang syndrome), Petzl and Miller harnesses, rescue within 15 minutes, GWO Basic Safety Training, Vestas and Siemens Gamesa turbines, nacelle fire; Borg scale 6-20; training ward 3 keeps the rescue dummy; age 18 minimum.`,
  `Confined spaces on farms: grain bin engulfment in 5 seconds, silo filler's disease (NO2), hydrogen sulphide from manure pits (over 500 ppm knocks down), Bobcat skid-steer rollovers, PTO shafts; farmer's lung from Saccharopolyspora rectivirgula; Kentucky and Iowa guidance from 2019.`,
  `FIREWORKS AND EXPLOSIVE INJURY: blast lung, tympanic membrane rupture, globe rupture (Seidel test), hand injuries by Tscherne and Gustilo grades; category F2 and F3 fireworks; firecrackers at Fallas and Diwali; tetanus for wounds over 6 hours; ages 10 to 14 most at risk.`,
  `Relationship testing: STR panels of 20 or more loci, combined paternity index over 10,000, probability 99.99 %; AABB and ISO 17025 accreditation; chain of custody, buccal swabs, photographs; Y-STR and mtDNA; Mendelian inconsistency at 3 loci or more excludes.`,
  `SURROGACY AND DONATION LAW (reading list): the Human Fertilisation and Embryology Act 1990 and 2008, HFEA Code of Practice, parental orders, Assisted Human Reproduction Act 2004 (Canada); donor anonymity removed in 2005; sperm donors aged 18-45, ten-family limit; CMV and cystic fibrosis screening.`,
  `Birth plans: delayed cord clamping 60 seconds, skin-to-skin, Entonox, TENS (Elle), pethidine 100 mg, remifentanil PCA, epidural; Bishop score 8 or more; water birth pools; vitamin K 1 mg IM; Apgar at 1 and 5 minutes; birth centre rooms 1-4.`,
  `Psychedelics and plant medicines: ayahuasca (DMT and harmine, MAO-A inhibition), serotonin toxicity with SSRIs (Hunter criteria), iboga (QT prolongation), kambo (Phyllomedusa bicolor), San Pedro (mescaline), psilocybin (Psilocybe cubensis) 25 mg trials, MDMA-assisted therapy; Compass Pathways COMP360.`,
  `EVALI AND VAPING: vitamin E acetate in THC cartridges, lipid-laden macrophages, ground-glass with subpleural sparing; JUUL, Elf Bar and Vuse devices; nicotine salts 20 mg/mL (EU TPD limit); popcorn lung (bronchiolitis obliterans, diacetyl); 2,807 hospitalised cases by 2020.`,
  `Micromobility trauma: e-scooter injuries (Lime, Bird, Tier, Voi), head injury rates without helmets, Canadian CT Head Rule, PECARN, distal radius and radial head fractures; speed limited to 25 km/h; under-16s barred; trampoline injuries with Salter-Harris II fractures and the proximal tibia "trampoline fracture".`,
  `Foot care for long-distance walkers: friction blisters, Compeed, Leukotape, Engo patches, drain at the edge, keep the roof; Morton neuroma, plantar fasciitis, stress fracture of the 2nd metatarsal (march fracture); Achilles tendinopathy; 25 km a day; Vaseline and merino socks.`,
  `MASS GATHERINGS: Arbon and Hartman models, patient presentation rate per 1,000, heat illness, crush (Fruin levels of service, 5 people per m2), Kumbh and Hajj literature, music-festival medical plans; Triage Sieve, START and SALT; medical tents with 10 beds.`,
  `Endurance events: exercise-associated hyponatraemia (Na under 135), 3 % saline 100 mL bolus up to 3 times, i-STAT point of care, weighing athletes; Ironman and Comrades data; rhabdomyolysis; exertional heat stroke with cold-water immersion to 39 C; Garmin and Polar heart-rate logs.`,
  `Cold injury grading: frostnip, superficial and deep frostbite (Cauchy grades 1-4), rewarming in water at 37-39 C, iloprost within 48 hours, Technetium-99m bone scan, tPA; Iditarod and Yukon Quest teams; Nenets and Chukchi clothing; hypothermia by the Swiss staging (HT I-IV).`,
  `MILITARY FITNESS STANDARDS: PULHHEEMS, the Finnish A-E service classes, BMI over 30 deferral, asthma in the last 3 years, colour vision by Ishihara (24 plates), audiometry H1-H4; Cooper test 12 minutes; NATO STANAG 2228; conscripts aged 18 to 29.`,
  `Compressed air and hyperbaric work: caisson disease, dysbaric osteonecrosis (Ficat grades), Blackpool and Royal Navy tables, Eustachian tube checks, Haldane ratio 2:1; the Work in Compressed Air Regulations 1996; tunnel boring machines by Herrenknecht; exposure up to 3.5 bar.`,
  `Radiation protection: Hp(10) and Hp(0.07), annual limit 20 mSv (ICRP 103), eye lens 20 mSv since 2013, TLD and OSL badges (Landauer), Geiger-Müller counters, Prussian blue for caesium, potassium iodide 130 mg; Chernobyl 1986 and Fukushima 2011 cohorts; acute radiation syndrome above 1 Gy.`,
  `Forestry and chainsaw work: kickback, Husqvarna and Stihl saws, chainsaw trousers (EN 381), CAT tourniquet, QuikClot, Israeli bandage; vibration white finger (Stockholm scale); Lyme disease (Borrelia burgdorferi), tick-borne encephalitis vaccine FSME-Immun, Encepur; Ward 12 plastics.`,
  `Reading: the medical criteria for an unexplained cure (Lambertini criteria of 1734), 70 recognised cases up to 2018; spontaneous remission of multiple sclerosis and cancer; the placebo literature of Beecher (1955); EDSS 0-10; the International Medical Committee's two-step review.`,
  `Capacity and consent: the Mental Capacity Act 2005 functional test (understand, retain, use or weigh, communicate), Court of Protection, DoLS and LPS; marriage capacity is a low threshold; MMSE 30 and MoCA 26 cut-offs; Montreal and Addenbrooke's (ACE-III) tests.`,
  `AGE ESTIMATION METHODS: Greulich-Pyle atlas, Tanner-Whitehouse TW3, Demirjian dental stages A-H, clavicle CT (Schmeling stages 1-5), knee MRI; error of about 2 years; AGFAD recommendations; ages 14, 16, 18 and 21 thresholds; Dental Panoramic Tomography (Planmeca, Sirona).`,
  `Space medicine: spaceflight-associated neuro-ocular syndrome (SANS), bone loss 1 % a month, Soyuz and Dragon capsules, Mars500 and HI-SEAS analog missions, NASA Twins Study 2019, ESA Concordia; kidney stones from hypercalciuria; Artemis; Lower Body Negative Pressure (Chibis suit).`,
  `Amusement rides and winter sports: G-forces up to 6 g, carotid dissection after roller coasters, alpine coasters, bobsleigh and skeleton at 140 km/h, luge; Weber and Salter-Harris fractures; ski thumb (Stener lesion), snowboarder's fracture of the lateral talus; Ottawa ankle rules.`,
  `Shearing and wool work: lumbar disc disease, Heiniger and Lister handpieces, orf (parapoxvirus), Q fever (Coxiella burnetii), leptospirosis, hydatid disease (Echinococcus granulosus), New Zealand and Australian shearing guidance; 200 sheep a day; NSAIDs such as naproxen 500 mg bd.`,
  `Plantation and mining health: hookworm (Necator americanus, Ancylostoma duodenale), iron 65 mg elemental, albendazole 400 mg; mercury (Minamata Convention 2013, Minamata disease), silicosis, Itai-itai disease (cadmium), sulphur dioxide at volcanic mines; brick-kiln bonded labour; Assam and Darjeeling teas.`,
  `Festival injuries of South Asia: kite-string (manja) neck cuts, terrace falls, Holi colours (malachite green, rhodamine), Diwali burns, Jallikattu goring; Songkran road deaths in Thailand; the 7 dangerous days; helmets ISI marked; ages 5-14 and 15-29.`,
  `ZOONOSES READING: Bornholm disease (Coxsackie B), Omsk haemorrhagic fever, Crimean-Congo haemorrhagic fever, Kyasanur Forest disease, Ross River and Barmah Forest viruses, Murray Valley encephalitis, Hendra and Nipah, Lassa, Marburg, Rift Valley fever, West Nile; Yersinia pestis in marmots; tularaemia (Francisella tularensis).`,
  `Ward 7 noticeboard: HAND HYGIENE AUDIT 96 %; falls bundle (bed rails, Mattress Sentry alarms); sepsis six; NEWS2 of 5 or more calls the outreach team; pressure ulcers grade 2 in bays 1 and 3; Sunday visiting 2-4 pm; Bristol stool chart types 1-7.`,
  `TOXIC MUSHROOMS AND PRESERVES: Amanita phalloides (alpha-amanitin), silibinin 20 mg/kg/day, Gyromitra (hydrazine, pyridoxine 25 mg/kg), Lactarius and Boletus from Yunnan's "little people" hallucinations (Lanmaoa asiatica), Clostridium botulinum in home-canned vegetables, BAT antitoxin; Chinese and Italian poison centre data from 2010-2020.`,
  `Gaming and screens: ICD-11 gaming disorder (6C51), IGDT-10 cut-off 5, Fortnite, Minecraft and League of Legends; Nintendo Switch, PlayStation 5; sleep hygiene, blue light; adolescents aged 12-17; the 2019 WHO guidance on screen time for under-5s; Netflix binge-watching.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter28', '/tmp/deid-ood-letters28.jsonl');
