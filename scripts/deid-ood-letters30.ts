/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-third session, engineer author: short and
 * long clinician texts of kinds beyond letters14-28: sugar-cane cutters' kidney screens, engineered-stone silicosis
 * registers, nail-salon, hairdresser and bakers' occupational clinics, firefighter cancer screening, commercial-driver
 * sleep clinics, cabin-crew fitness reviews, river hospital boats and a hospital train, eye camps, Ramadan diabetes
 * clinics, arsenic well and fluorosis surveys, Buruli ulcer, podoconiosis, noma, leishmaniasis and Chagas donor
 * screens, critical-result call logs, specimen rejection notices, wrong-patient near-miss reports, interhospital
 * transfer forms, ambulance offload-delay lines, funeral-director release forms, mortuary viewing logs, lost property,
 * therapy-dog, clown-doctor, music, horticultural and peer-support notes, surf, crevasse, avalanche, freediving,
 * regatta, race-car and ice-road injuries, night-shift fatigue reviews, volcanic-ash and typhoon evacuation clinics,
 * prior-authorisation letters, fit notes, return-to-school letters, cupping and moxibustion burns, pesticide, green
 * tobacco, heat, mercury and H2S exposures, farm, fishery and harvest injuries (mezcal, coffee, olive, chestnut, tea,
 * frankincense, cod, abalone, sponge), pilgrim walkers, camel fairs, remote nursing stations, billing, remote
 * monitoring, portal-audit, pharmacist-licence, device-recall and SMS lines; written in the styles of regions inside
 * countries (most not named as styles in the headers of letters14-28; the ones that were are listed after this list): Nicaragua's Pacific coast, Victoria's south-east, Orange
 * County, Auvergne, Lower Saxony, Montana, Ontario's north-west, Flanders' airport belt, Amazonas (Brazil), Odisha,
 * Sylhet (Bengali script), West Bengal, Telangana (Telugu script), Karnataka (Kannada script), Maharashtra (Marathi),
 * Rajasthan, Lakshadweep, Côte d'Ivoire's west, southern Ethiopia (Ethiopian month), Tarija, Kassala, Zinder, the
 * Scottish north-east, Greater Manchester, Huelva, Gwynedd (Welsh), the Azores, Shetland, Maui, Paris, the Outer
 * Hebrides (Gaelic), Connemara (Irish), Nazaré, Mont Blanc, the Dolomites, Uusimaa, Long Island (Bahamas), the
 * Northwest Territories, North London, Karo (Batak), Albay, Tyrol, Louisiana (Cajun), Wales, Chiloé, Sichuan (Chinese
 * script), Shikoku (Japanese script), Gangwon (Hangul), Guangxi (Zhuang), Hualien (Amis, Minguo year), the Mekong
 * Delta, Ilocos, Sabah, Sarawak (Iban), West Sumatra (Minangkabau), Bahia, Rio Grande do Sul, Patagonia, Atacama,
 * Oaxaca, Yucatán (Maya), Chiapas, Chocó, Puno (Aymara), the Galápagos, Newfoundland, the Yukon, the
 * Yukon-Kuskokwim Delta (Yup'ik), Oahu, Navajo Nation, Tasmania, Arnhem Land (Yolŋu), the Torres Strait, Northland
 * (Māori), Turkana, Zanzibar (Swahili), Karamoja, the Volta, KwaZulu-Natal (isiZulu), the Eastern Cape (isiXhosa),
 * the Rif, Upper Egypt (Arabic script), Khuzestan (Persian script, Solar Hijri date), the Turkish Black Sea (Laz),
 * Hatay, Madeira, Trás-os-Montes, Andalusia, Normandy, Apulia, Trentino, Veneto, Crete and the Dodecanese (Greek),
 * Lofoten, Svalbard, the Westfjords, Masuria, Zakarpattia (Ukrainian), Maramureș, the Rhodopes (Bulgarian), Svaneti
 * (Georgian script), Syunik (Armenian script), Nakhchivan, Mangystau, the Pamirs, Yamal (Nenets, Cyrillic), the Gobi,
 * Upper Mustang, Jaffna, Khyber Pakhtunkhwa (Urdu script), Shan State (Burmese script), Isan (Thai script), Luang
 * Prabang (Lao script), Dhofar, Northumberland and Denmark. Named in earlier headers (letters15-28): Nicaragua, Saxony,
 * West Bengal, Lakshadweep, Manchester, the Azores, Shetland, the Hebrides, the Bahamas, the Northwest Territories,
 * Tyrol, Louisiana, Sabah, Sarawak, Patagonia, Yucatán, the Galápagos, Newfoundland, the Yukon, Hawaii, Navajo Nation,
 * Tasmania, Arnhem Land, the Torres Strait, Zanzibar, Madeira, Crete, Svalbard, Northumberland and Denmark; their
 * text kinds here are new. Human patients only. Written by hand by engineer author on
 * 2026-12-07 (thirty-third session) without reading the engine's rules or lexicons, and never run through ddx by its
 * author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read its misses
 * text by text.
 * It varies: names with and without cue words (alone, in sign-in sheets, surgical lists, call logs, SMS greetings,
 * surname-first CJK, Korean, Vietnamese, Batak "br", Iban "anak", "Hj." outside a name, Irish "Ó" and "Ní", Welsh "ap",
 * Arabic, Persian, Urdu, Bengali, Telugu, Kannada, Marathi, Burmese, Lao, Georgian, Armenian, Greek, Ukrainian and
 * Bulgarian script); lone first names and lone surnames; places of every kind (sugar mills, stoneworks, salons,
 * bakeries, estancias, fincas, palenques, masserias, vineyards, tea estates, mines, well pads, camps, refuges, marae,
 * longhouses, villages, islands, lakes, beaches, canyons, caves, wadis, hospital boats and a hospital train, hospitals
 * in local languages, funeral agencies, pharmacies, a chapel hall, a fire station); ages over 89 as digits (", 91,",
 * "aged 93", "94 anos", ", 101,"); dates in many formats (dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy, d.m.yyyy, ISO, "2 dez
 * 2026", "3 de novembro", "lunes 7 de diciembre", "sábado 28 de noviembre", "jeudi 3 décembre", "2 décembre 2026",
 * "Di 08.12.", "Sa 9.1.2027", "ti 14.7.2026", "tirsdag 1. december", "onsdag 3. mars", "1. desember 2026", "sabato 28
 * novembre", "2 Δεκεμβρίου"-style Greek, "30 листопада 2026", "3 августа", "1 դեկտեմբերի 2026", "Çarşamba 2 Aralık",
 * "Rabu, 2 Desember 2026", "Kamis, 26 November 2026", "Isnin 7 Dis", "Jumatatu 30 Nov", "2 Desemba 2026", "Tahsas 12"
 * (Ethiopian month), "115年12月1日" (Minguo), 2026年12月1日, "2026. 12. 2.", "۱۴۰۵/۰۹/۱۰" (Solar Hijri), month-day and
 * weekday-day forms); IDs of many shapes (Nicaraguan cédula, CPF, CURP, RUT, DNI, CNIE, CNP, PESEL, EGN, fødselsnummer,
 * kennitala, CHI, TC, Iranian national code, Georgian personal number, IIN, NIK, MyKad, Thai, Sri Lankan, Pakistani,
 * Chinese and South African ID numbers, Aadhaar, NIN, NHI, camp, incident, lab and BG numbers); health plans (Medicare,
 * SUS, NUHSA, BPJS, PhilHealth, NHI card, IMSS, SIS, MCP, YHCIP, NWT, Medicaid, NHIS, AMO, EHIC, utente, tessera
 * sanitaria, ОМС, member IDs); a licence (NPI, GPhC); phones of many countries; faxes, e-mails, URLs, IPv4; device
 * serials (a hearing aid, a tube well, a CGM, an insulin pump); vehicles (road plates, ambulance call signs,
 * helicopter, aircraft and Coast Guard marks, jet-ski, racing dinghy, barge, ferry, whale-watch and live-aboard
 * boats); a Korean resident number, a French NIR and a Greek AMKA (SSN); MRNs; accounts, claims and billing numbers.
 * Every name, address and number is invented; institution names may be the public names of real hospitals and places,
 * as organisations only.
 * Format and gold convention as deid-ood-letters27.ts and 28.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dra.", "Dr.", "Sr.", "Ms", "Hj.", "Inai", "Enf.") stay outside a name, facility words inside; US states,
 * provinces, regions, territories, nations and countries are not marked; years on their own are never marked; ages of
 * 89 and under are not marked; weekdays and dates named by a weekday are DATE; wards, beds, bays, cubicles, rooms,
 * brigades, blocks of a container city and camp numbers are not marked. An AGE span is one stated exact age over 89,
 * only its number. Medical and pharmacy licences are LICENSE; national, staff, incident, lab, camp and claim numbers
 * ID (a Korean resident number, a French NIR and a Greek AMKA are SSN); hospital numbers MRN; health-insurance numbers
 * HEALTH_PLAN; billing accounts, insurer cases, recall tickets and a compensation claim ACCOUNT; postcodes ZIP; a
 * DEVICE span is the serial only (model names and "SN" outside); employers,
 * farms, mills, salons, vineyards, pharmacies, camps, refuges, beaches, lakes and rivers are marked as places; agencies
 * and rescue services not. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts;
 * exits non-zero).
 * PHI-free texts carry eponyms and eponymous tests and scales (Dean, Romaña, Teed, Valsalva, Toynbee, Wells, Geneva,
 * Mallampati, Epworth, Hunt and Hess, Fisher, Glasgow, Reason, Cohen-Mansfield, Nordoff-Robbins, Kennedy, Hill-Sachs,
 * Bankart, Brugger and Falk, Weil, Waterlow, Braden, Padua, Peradeniya, Snellen, Ishihara, Bowen, Baker's Asthma Risk
 * Score), place-named diseases, organisms and events (Mesoamerican and Uddanam nephropathy, Bairnsdale and Daintree
 * ulcer, Chagas, Oropouche, Mayaro, Rocky Mountain spotted fever, Japanese encephalitis, Powassan, Heartland, Sin
 * Nombre and Four Corners, Puumala, Junín, Machupo, Malta fever, Merapi, Pinatubo, Haiyan, Hajj, the European
 * heatwaves), drug and device brands and makers (Caesarstone, Silestone, OPI, CND Shellac, Gelish, Symbicort, Dräger,
 * MSA, ResMed, Philips Respironics, Fisher & Paykel, Otovent, Airbus, Boeing, SONO, Kanchan, Jardiance, Forxiga,
 * Ozempic, Mounjaro, Sarstedt, BD Vacutainer, Datix, Ulysses, Hamilton, Oxylog, Zoll, LifePak, RECCO, Mammut, Ortovox,
 * Gamow, Suunto, Shearwater, Antivipmyn, CroFab, SAIMR, Gramoxone, Celphos, Quickphos, Roundup, Yunnan Baiyao, Tiger
 * Balm, Po Sum On, Sentry, Language Line, Big Word, Google Translate, Makaton, Contacta), capitalised common words of
 * other languages (Bäckerei, Boulangerie, Panadería, Bem-vindos, Bienvenidos, Karibu, Suhoor, Iftar, Sortie de
 * secours, Notaufnahme, Requiescat in Pace, Alegría, Freude, Shalom, Agua, Descanso, Sombra, Hitze, Calor, Awas,
 * Bahaya, Hati-hati, Bawal Manigarilyo, Buenos días, Dzień dobry, Bore da, Hatari, Kapu, Urgences, Pronto Soccorso,
 * Urgencias, Acil Servis, Spoedeisende Hulp; Ma'alob k'iin in a PHI text), ages under 90, bare years, doses, scores,
 * ward, bay and room numbers and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters30.ts [--out /tmp/deid-ood-letters30.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters30.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Sugar-cane cutters' kidney screen - {{LOCATION|Ingenio La Candelilla}}, {{LOCATION|Chinandega}}
Trabajador: {{NAME|Wilbirt Osejo Mairena}}, 31 años, cortador desde los 14; creatinina 2,4 mg/dL, eGFR 34, K 3,1. Brigada 6. Cédula {{ID|081-140395-0007Q}}. Fecha: {{DATE|09/11/2026}}. Dra. {{NAME|Maryuri Tercero}}.`,

  `ENGINEERED STONE SILICOSIS REGISTER - {{LOCATION|Dandenang South}} clinic
Worker: {{NAME|Azez Qaderyar}}, benchtop fabricator 9 years at {{LOCATION|Kestril Stoneworks}}, {{LOCATION|Lyndhorst}}; HRCT: nodules upper zones, FVC 71 %. Medicare {{HEALTH_PLAN|2951 46618 3}}; seen {{DATE|Tue 1 Dec}}; WorkSafe claim {{ACCOUNT|WSV-26-118402}}.`,

  `Nail salon dermatitis clinic: Ms {{NAME|Tronh Thi Ngoan}}, 38, technician at {{LOCATION|Lotus Nails & Spa}}, {{LOCATION|Westminstir}}, CA {{ZIP|92683}}; patch test positive to 2-hydroxyethyl methacrylate (HEMA) at D4. Phone {{PHONE|(714) 555-0386}}. Follow-up {{DATE|12/17/2026}}.`,

  `Bakers' asthma, occupational lung clinic: {{NAME|Gérald Vautrinot}}, boulanger at {{LOCATION|Fournil des Cordeliers}}, {{LOCATION|Aurillac}}; specific IgE to wheat flour 8.4 kU/L, alpha-amylase positive; PEF falls 24 % on work days. Médecin du travail Dr {{NAME|Idili Cassagnou}}, fax {{FAX|04 71 48 22 19}}.`,

  `Hairdressers' hand eczema - {{LOCATION|Berufsgenossenschaftliche Hautsprechstunde Osnabrück}}
Patientin {{NAME|Jolina Wesselkamp}}, Friseurin im {{LOCATION|Salon Haarwerk Vechta}}; PPD 1 % ++ am Tag 3, Ammoniumpersulfat +; Hautschutzseminar am {{DATE|14.01.2027}}; BG-Nummer {{ID|BGW-26-3391702}}.`,

  `Firefighter cancer screening day, {{LOCATION|Station 41}}, {{LOCATION|Kalispell}}, MT
{{NAME|Dustin Harbaugh}}, 47, 22 years structural; low-dose CT 4 mm nodule RUL, repeat 12 months; PSA 1.1. Dept ID {{ID|FF-2287}}. Nurse {{NAME|Keely Ostby}}. Results portal {{URL|https://flathead-ffhealth.example.org/r/2287}}.`,

  `Sleep clinic, commercial driver: {{NAME|Kurt Vandermolin}}, 52, long-haul from {{LOCATION|Thundir Bay}}; AHI 46/h, nadir SpO2 79 %; Epworth 14; CPAP started; truck plate {{VEHICLE|AV 71 392}}; licence medical due {{DATE|January 8, 2027}}.`,

  `Cabin crew fitness review - {{NAME|Ilsi Vanhaelewyn}}, purser, base {{LOCATION|Zaventem}}; 3 episodes of ear barotrauma, tympanometry type C left; grounded 14 days; staff no. {{ID|CC-804417}}; e-mail {{EMAIL|i.vanhaelewyn@crewmed.example.be}}.`,

  `Barco hospital - viagem de {{DATE|3 de novembro}}, comunidade {{LOCATION|São Tomí do Jacitara}}, rio {{LOCATION|Juruá}}
Paciente {{NAME|Raimundu Pereira Cunhã}}, 56 anos, febre 6 dias, gota espessa P. vivax ++; cloroquina e primaquina 7 dias. Cartão SUS {{HEALTH_PLAN|708 2041 9931 5517}}. Enf. {{NAME|Deusilene Marubá}}.`,

  `Hospital train camp, {{LOCATION|Lifeline Express}} at {{LOCATION|Bolangir}} railway siding
Cleft lip repair list {{DATE|Mon 7 Dec}}: 1) {{NAME|Sushree Bagarti}}, 3 yr, unilateral; 2) {{NAME|Tapan Mahananda}}, 11 mo. Surgeon Dr {{NAME|Nirakar Patajoshi}}; anaesthetist Dr {{NAME|Swagatika Bise}}.`,

  `Eye camp register, {{LOCATION|Thuamul Rampur}} block: {{NAME|Dhaneswar Majhi}}, 71, R mature cataract, VA HM; SICS with PCIOL on {{DATE|5.12.2026}}; son {{NAME|Laxman Majhi}}, mobile {{PHONE|94370 18225}}. Camp no. 17.`,

  `রমজান ডায়াবেটিস ক্লিনিক, {{LOCATION|সিলেট এম এ জি ওসমানী মেডিকেল কলেজ হাসপাতাল}}
রোগী: {{NAME|আব্দুল মতিন চৌধুরী}}, টাইপ ২, গ্লিক্লাজাইড; রোজার সময় দুইবার হাইপো। HbA1c 8.1 %. ফোন {{PHONE|01711-448203}}. তারিখ {{DATE|14/02/2026}}.`,

  `Arsenic well survey, {{LOCATION|Chakdaha}}: household of {{NAME|Sukumar Biswas}}; tubewell {{DEVICE|TW-NAD-4471}} arsenic 180 µg/L (red spout); raindrop keratosis palms; skin lesions in wife {{NAME|Anima Biswas}}; referred to {{LOCATION|Kalyani JNM Hospital}}.`,

  `Fluorosis survey line - {{LOCATION|Nalgonda}} mandal: {{NAME|Venkataiah Gundeboina}}, 44, knock-knees, dental mottling Dean grade 4, urine fluoride 6.2 mg/L; bore well water 4.8 ppm; Aadhaar {{ID|4471 8830 2196}}.`,

  `Buruli ulcer clinic, {{LOCATION|Centre de Santé de Zouan-Hounien}}: {{NAME|Engi-Séverin Gueu}}, 12 ans, ulcère de la jambe gauche 6 cm, PCR IS2404 positive; rifampicine + clarithromycine J1 {{DATE|2 décembre 2026}}; père {{NAME|Dosso Gueu}}, {{PHONE|+225 07 48 71 22 90}}.`,

  `Podoconiosis day - {{LOCATION|Soddo Christiun Hospital}} outreach at {{LOCATION|Boditi}}
{{NAME|Tadelech Wildi}}, 38, stage 3 both legs, mossy changes; foot hygiene kit given; shoes size 39. Next visit {{DATE|Tahsas 12}}. Health worker {{NAME|Abebich Danu}}.`,

  `Chagas donor screen: {{NAME|Ousebia Memane Qhispu}}, donor at {{LOCATION|Hemocentro Regional de Tarija}}; ELISA T. cruzi reactive (S/CO 4.2), confirmatory IFI 1:64; born in {{LOCATION|Entre Ríos}}; ECG RBBB. CI {{ID|4417903 TJ}}. Carta enviada {{DATE|30/11/2026}}.`,

  `Leishmaniasis note, {{LOCATION|Kassala Teaching Hospital}}: {{NAME|Hemed Edum Ohaj}}, 17, fever 2 months, spleen 9 cm, rK39 positive, Hb 6.4; SSG + paromomycin day 1 {{DATE|Sun 29 Nov}}; from {{LOCATION|Um Kuraa}} village.`,

  `Noma referral - {{LOCATION|Hôpital de la Paix de Zinder}}
Enfant {{NAME|Mariamu Salissou}}, 4 ans, de {{LOCATION|Dungass}}; gangrène jugale gauche stade 3; amoxicilline-métronidazole, nutrition; photo consent by mother {{NAME|Hadizu Issoufoo}}; dossier {{MRN|NM-2026-0447}}.`,

  `CRITICAL RESULT CALL LOG - Clinical Chemistry, {{LOCATION|Royal Cornhaven Infirmary}}
Pt {{NAME|Morug Gillanders}}, MRN {{MRN|RCI4471902}}: K 7.1 mmol/L (not haemolysed). Phoned 02:14 {{DATE|06/12/2026}} to FY1 {{NAME|Calom Rennet}}, read back correct. BMS {{NAME|Priyu Sandhar}}.`,

  `Specimen rejection notice: sample for {{NAME|Iluwatoyen Adeyeri}} (DOB {{DATE|22/07/1988}}) from {{LOCATION|Elmhorst Rise Surgery}} rejected - addressograph label name does not match the request form. Please recollect. Lab ref {{ID|SR-26-88310}}; query line {{PHONE|0161 555 0972}}.`,

  `Near-miss report (wrong patient): two patients named {{NAME|Janusz Kowulczyk}} and {{NAME|Janusz Kowalek}} in bay 4; wristband check stopped the wrong IV antibiotic. Reporter {{NAME|Teodoru Pilch}}, RN. Incident no. {{ID|DX-26-114093}}; {{DATE|3 Dec 2026}}.`,

  `Interhospital transfer form
From: {{LOCATION|Hospital Comarcal de Riotinto}}
To: {{LOCATION|Hospital Juun Remán Jiménez}}, {{LOCATION|Huelva}}
Patient: {{NAME|Rocía Escobedo Marchenu}}  NUHSA: {{HEALTH_PLAN|AN0449127733}}
Reason: subarachnoid haemorrhage, WFNS 2. Ambulance {{VEHICLE|4471 KLD}}. Accepting: Dr. {{NAME|Baltasar Roldún}}.`,

  `Ambulance offload delay line: {{DATE|Sat 28 Nov}} 19:40, crew {{NAME|Deiniol Prydwenn}} and {{NAME|Nen Gwelym}}, call sign {{VEHICLE|Y4471}}, patient {{NAME|Eirwin Bebb}}, 84, fractured neck of femur; held 5 h 12 min outside {{LOCATION|Ysbyty Gwynadd}}.`,

  `Funeral director release form - Mortuary, {{LOCATION|Hospital do Divino Espírito Santo}}, {{LOCATION|Pontu Delgadu}}
Deceased: {{NAME|Menuil Cabral Furtado}}, aged {{AGE|93}}; released to {{LOCATION|Agência Funerária Medeiros}} on {{DATE|2 dez 2026}}; signed {{NAME|Filomenu Raposa}}.`,

  `Mortuary viewing log: family of {{NAME|Stellan Fjellstad}} viewed {{DATE|Wed 2 Dec}} 14:00; attending {{NAME|Torbjørg Fjellstad}} (wife), chaplain present; anatomical pathology technologist {{NAME|Gry Hammerseth}}.`,

  `Lost property, A&E {{LOCATION|Lerwick}}: hearing aid SN {{DEVICE|44A7-19302}} left by {{NAME|Magnos Jamiesan}} cubicle 3; phoned {{PHONE|01595 694 417}}, daughter to collect.`,

  `Therapy dog visit record - {{LOCATION|Hospice of the Valley Isle}}, {{LOCATION|Kahului}}
Dog: Poi (golden retriever), handler {{NAME|Leilane Kahananue}}. Visited {{NAME|Kimo Akanu}} (room 6) and {{NAME|Hanako Yamashiro}} (room 9) on {{DATE|11/28/2026}}.`,

  `Clown doctors' round, {{LOCATION|Hôpital Necker}}: the two clowns saw {{NAME|Ilyès Bensalah}}, 6, before his lumbar puncture; mother {{NAME|Nadiu Bensalah}} said he laughed through it. Unit nurse {{NAME|Capucini Orlhac}}. {{DATE|jeudi 3 décembre}}.`,

  `Music therapy session note - {{NAME|Hemesh Macaskell}} sang two Gaelic psalms with the therapist {{NAME|Mòrag Nicleòed}}; agitation score fell from 6 to 2; {{LOCATION|Ospadal Uibhist agos Bharraigh}}, {{LOCATION|Baili a' Mhanaech}}; {{DATE|1/12/2026}}.`,

  `Horticultural therapy, {{LOCATION|Gorta Mental Health Garden}}, {{LOCATION|Clifden}}: {{NAME|Pédraeg Ó Flaithearta}} potted seedlings 45 min, affect brighter; key worker {{NAME|Siobhún Ní Chonghaile}}; {{DATE|Mon 30 Nov}}.`,

  `Peer support group sign-in, {{LOCATION|Bethil Chapel Hall}}, {{LOCATION|Caernarfon}}
1. {{NAME|Gwenlliun Prysor-Bedw}}
2. {{NAME|Ifar Bodvel}}
3. {{NAME|Rhun ap Gwyndaf}}
Facilitator: {{NAME|Meinir Tador}}. Next: {{DATE|Thursday 10 December}}.`,

  `Surf injury, {{LOCATION|Praia do Norte}}, {{LOCATION|Nazaré}}: {{NAME|Tiaga Baleizão}}, 29, wipeout on a 15 m wave; jet-ski {{VEHICLE|NZ-4471-PT}} rescue; GCS 14, shoulder dislocation reduced at {{LOCATION|Hospital de Alcobaça Bernardino Lipis de Oliveiru}}. {{DATE|29/10/2026}}.`,

  `Crevasse rescue card - {{LOCATION|Refuge du Goûter}}: {{NAME|Hendrik Oostveen}}, 41, fell 12 m; core temp 33.1; PGHM helicopter {{VEHICLE|F-ZBQG}} to {{LOCATION|Hôpital de Sallanches}}; rope partner {{NAME|Joast Verkerk}}. {{DATE|14.07.2026}}.`,

  `Race medical car log, stage 9 - km 142: rider {{NAME|Eurelia Pintaldi}} crashed on the descent into {{LOCATION|Castelrotto}}; road rash, clavicle deformity; to {{LOCATION|Ospedale di Bressanone}}; team doctor {{NAME|Rubin Ceresoli}}, {{PHONE|+39 347 551 2208}}.`,

  `Regatta medical tent: sailor {{NAME|Maarit Kuusikallio}} struck by boom on boat {{VEHICLE|FIN 447}}; 3 cm scalp laceration, no LOC; glued; harbour {{LOCATION|Hanko}}; {{DATE|ti 14.7.2026}}.`,

  `Freediving competition, {{LOCATION|Deun's Blue Hole}}, {{LOCATION|Clerenci Town}}
Athlete {{NAME|Kelane Ferreiru-Hoapili}} - samba at surface after 98 m CWT; SpO2 88 %, pink frothy sputum; O2 15 L; CXR at {{LOCATION|Princess Mervrith Hospital}} clear next day. Safety diver {{NAME|Shenique Rolli}}.`,

  `Ice-road trucking clinic, {{LOCATION|Fort Simpsan}}: {{NAME|Brint Tsetso}}, 44, frostbite left fingers grade 2 after a breakdown at km 212; rig plate {{VEHICLE|NT 44R 718}}; NWT health care {{HEALTH_PLAN|N4471930}}; {{DATE|Jan 14 2027}}.`,

  `Night-shift fatigue review: {{NAME|Abenu Iwuso-Ansuh}}, staff nurse, {{LOCATION|Northweck Park Hospital}}; 7 nights in a row, near-miss driving home on the A40; Epworth 16. Occupational health {{NAME|Lorcun Deasy}}, ext 4471. {{DATE|2 December 2026}}.`,

  `Volcanic ash clinic - {{LOCATION|Puskesmas Sukamakmur}}, {{LOCATION|Kabanjahe}}
Pasien: {{NAME|Rosdiana br Sembiring}}, 58, sesak sejak hujan abu; SpO2 92 %, wheeze. NIK {{ID|1211046403680002}}. BPJS {{HEALTH_PLAN|0001447192338}}. {{DATE|Rabu, 2 Desember 2026}}.`,

  `Typhoon evacuation centre log, {{LOCATION|Baranguy Tabaco Norte}} gym: {{NAME|Lornu Balbastro}}, 64, BP 190/110 off meds since flood; amlodipine given; evacuee no. 447; daughter {{NAME|Jhoanna Balbastro}}, {{PHONE|0917 448 2031}}.`,

  `Avalanche burial, {{LOCATION|Galtür}}-{{LOCATION|Jamtal}}: {{NAME|Floriun Wechselberger}}, 27, buried 35 min, core temp 29.8, K 4.2; to ECMO at {{LOCATION|Klinik Innsbruck}}; helicopter {{VEHICLE|OE-XLF}}; {{DATE|Sa 9.1.2027}}.`,

  `Prior authorization letter - To {{LOCATION|Bayoo Health Partners}} utilization review, fax {{FAX|(337) 555-0914}}
Member {{NAME|Thibodeaox Landry}}, ID {{HEALTH_PLAN|BHP447192031}}, requires adalimumab for Crohn's after azathioprine failure. Prescriber Dr. {{NAME|Celestine Guidry}}, NPI {{LICENSE|1447203981}}. {{DATE|12/04/2026}}.`,

  `Fit note: I assessed {{NAME|Gethen Lleyd-Pogh}} on {{DATE|03/12/2026}} and advise he is not fit for work for 4 weeks because of a lumbar disc prolapse with sciatica. Dr {{NAME|Angharud Wyn}}, {{LOCATION|Meddygfu Bro Seiont}}.`,

  `Return-to-school letter: {{NAME|Santiaga Ortúzar}} may return to {{LOCATION|Escuela Rural Quilquico}} on {{DATE|lunes 7 de diciembre}} after varicella; all lesions crusted. Dra. {{NAME|Ximenu Bahamonde}}, {{LOCATION|Cesfam Castro}}.`,

  `Cupping and moxibustion burns, {{LOCATION|成都市第三人民医院}}: 患者 {{NAME|何秀兰}}，女，61岁，背部多处水疱，浅二度；家属 {{NAME|何建军}} 电话 {{PHONE|138 8044 7192}}；{{DATE|2026年12月1日}}。`,

  `四国・{{LOCATION|愛媛県立今治病院}} 救急外来
患者：{{NAME|越智 富美子}}、78歳。みかん畑で脚立から転落、右橈骨遠位端骨折。夫 {{NAME|越智 昇}}（電話 {{PHONE|0898-32-4471}}）。受診日 {{DATE|2026年11月29日}}。`,

  `Pilgrim walkers' knee clinic (henro route), {{LOCATION|Koche}}: {{NAME|Yuto Hamanishi}}, 68, day 23 of the 88-temple walk, effusion left knee, aspirate clear; lodging at {{LOCATION|Minshuku Kazamidori}}, {{LOCATION|Muroto}}. {{DATE|Nov 27}}.`,

  `강원도 {{LOCATION|정선군립병원}} 탄광 진폐 검진
성명: {{NAME|엄기석}}, 71세, 광부 28년; 흉부 X선 1/1 q, FEV1 58 %. 주민등록번호 {{SSN|550314-1447201}}. 검진일 {{DATE|2026. 12. 2.}}`,

  `Sichuan pepper farm pesticide exposure - {{LOCATION|汉源县人民医院}}
{{NAME|Lyu Guangfu}}, 49, sprayed chlorpyrifos without mask; pinpoint pupils, cholinesterase 18 % of normal; atropine and pralidoxime; wife {{NAME|Wung Suqin}}; {{DATE|30 Nov 2026}}.`,

  `Guangxi karst cave rescue: {{NAME|Woe Chunmei}} (Zhuang), 35, guide at {{LOCATION|Nongla}} cave, fall 6 m, L1 burst fracture; carried 4 h to {{LOCATION|Mashan County Hospital}}; ID {{ID|450124199104114472}}.`,

  `East coast earthquake aftershock clinic, {{LOCATION|門諾醫院}}: {{NAME|Panay Lalo}} (Amis), 33, crush of left forearm, CK 12,400; fasciotomy. NHI card {{HEALTH_PLAN|0000 4471 9302}}. {{DATE|115年12月1日}}.`,

  `Mekong Delta dengue ward, {{LOCATION|Bệnh viện Đa khoa Trung ương Cồn Thư}}: bé {{NAME|Lôm Giu Hôn}}, 9 tuổi, ngày 5, Hct 48 %, tiểu cầu 22 G/L; mẹ {{NAME|Trưưng Thị Diỗm}}, {{PHONE|0907 447 193}}. {{DATE|01/12/2026}}.`,

  `Ilocos tobacco farmers' green tobacco sickness: {{NAME|Ridelia Agcaoili}}, 26, nausea and dizziness after wet-leaf harvest at {{LOCATION|Sitio Nagtupacan}}, {{LOCATION|Batac}}; PhilHealth {{HEALTH_PLAN|12-447193026-5}}; {{DATE|Nov 24 2026}}.`,

  `Buffalo goring at {{LOCATION|Kampung Tambatuon}}, {{LOCATION|Kotu Belud}}: {{NAME|Justen Gimbang}}, 40, perineal wound 8 cm; {{LOCATION|Hospital Queen Olizabith}}, MyKad {{ID|860411-12-4471}}.`,

  `Sarawak longhouse visit, {{LOCATION|Rumah Jeliun}}, {{LOCATION|Kapit}}: Inai {{NAME|Lenggu anak Jimbun}}, {{AGE|91}}, breathless, ankle oedema; furosemide; grandson {{NAME|Roben Jeliun}} will bring her by longboat on {{DATE|Isnin 7 Dis}}.`,

  `Klinik Minangkabau - {{LOCATION|RSUD Batusangkar}}: Hj. {{NAME|Nurhayati Bandaro}}, 55, nyeri dada, troponin 0.8; dirujuk ke {{LOCATION|RSUP Dr. M. Djamil}}, {{LOCATION|Padang}}; suami {{NAME|Syafrizal}}; {{DATE|Kamis, 26 November 2026}}.`,

  `Ficha de atendimento - {{LOCATION|UBS Ribeirinhu Lago do Puraquequara}}, {{LOCATION|Manaus}}
Nome: {{NAME|Francinete Baré Gomes}}; acidente com arraia (ferrão) no pé esquerdo; dor 10/10, água quente; CPF {{ID|447.193.028-61}}; {{DATE|28/11/2026}}.`,

  `Candomblé terreiro health fair, {{LOCATION|Cachoeira}}: {{NAME|Ednalva dos Santas Bomfim}}, 63, BP 178/104, glucose 214 mg/dL; referred to {{LOCATION|Hospital Regional do Recôncavo}}; contact {{PHONE|(75) 98144-7193}}.`,

  `Chimarrão (hot maté) clinic - {{LOCATION|Hospital de Caridade de Santiaga}}: {{NAME|Valdomiro Chiapinotto}}, 70, esophageal stricture biopsy; Cartão SUS {{HEALTH_PLAN|898 0044 7193 2207}}; filho {{NAME|Loandra Chiapinotto}}.`,

  `Estancia accident, {{LOCATION|Estancia La Querencia}}, near {{LOCATION|Gobernadar Gregores}}: peón {{NAME|Anselma Llancafil}}, 45, kicked by a horse while branding; rib fractures 4-7; to {{LOCATION|Hospital Regional Ría Gallegos}}; DNI {{ID|24.471.932}}.`,

  `Island ferry ramp crush: {{NAME|Yerko Cárcama Mansilla}}, 19, deckhand on the barcaza {{VEHICLE|CA-4471}}; pelvic fracture; {{LOCATION|Hospital de Quellón}} then air to {{LOCATION|Puerta Montt}}; RUT {{ID|20.447.193-K}}; {{DATE|sábado 28 de noviembre}}.`,

  `Atacama observatory altitude screen - {{LOCATION|Chajnantor}} site, 5,050 m: {{NAME|Ignacia Herbage}}, telescope operator, SpO2 81 %, BP 150/96; Lake Louise 2; descended to {{LOCATION|San Pedra de Atacama}} base camp; {{DATE|2/12/2026}}.`,

  `Oaxaca mezcal palenque injury: {{NAME|Fortino Sernas Jiménez}}, 54, foot crushed under the tahona stone at {{LOCATION|Palenque El Arroyito}}, {{LOCATION|Santiaga Matatlún}}; CURP {{ID|SEJF720414HOCRMR07}}; {{DATE|1 de diciembre de 2026}}.`,

  `Yucatán clinic, Maya interpreter present: {{NAME|Xóchitl Cauich Pich}}, 46, from {{LOCATION|Xocén}}; snakebite (nauyaca) right ankle, bleeding gums; antivenom 10 vials at {{LOCATION|Hospital General de Valladolid}}; Ma'alob k'iin (good day) to her husband {{NAME|Anacleta Tzec}}.`,

  `Chiapas coffee harvest, {{LOCATION|Finca Irlanda}}, {{LOCATION|Tapachula}}: cortadora {{NAME|Gaadalupi Bámaca}}, 23, 24 wk pregnant, heat collapse, BP 90/58; IMSS {{HEALTH_PLAN|4419 88 2047-3}}; {{DATE|04/12/2026}}.`,

  `Chocó gold-dredge mercury screen - {{LOCATION|Hospital San Francisca de Asís}}, {{LOCATION|Quibdá}}
{{NAME|Yeisan Mosqueru Palacias}}, 28, amalgam burner; urine Hg 86 µg/L; tremor; CC {{ID|1.077.447.193}}; {{DATE|30-11-2026}}.`,

  `Puno, {{LOCATION|Hospital Cerlas Mongi Medrano}}, {{LOCATION|Juliaca}}: comunera {{NAME|Paulinu Cindore Ticonu}} (Aymara), 37, 4,100 m, postpartum haemorrhage at home in {{LOCATION|Chucuita}}; Hb 5.9; SIS {{HEALTH_PLAN|SIS-44719302}}.`,

  `Island visitor's injury, {{LOCATION|Hospital Oskur Jandl}}, {{LOCATION|Puerta Baquerizo Morena}}: {{NAME|Gunnheld Østerberg}}, 60, sea-lion bite to calf, tetanus and amoxicillin-clavulanate; boat {{VEHICLE|Sea Star Journey}}; {{DATE|Nov 30}}.`,

  `Newfoundland outport nursing station, {{LOCATION|Ramea}}: {{NAME|Ezrom Pittmun}}, 67, "some wonderful short of breath", SpO2 86 %; MCP {{HEALTH_PLAN|447 193 028 117}}; ferry to {{LOCATION|Burgeo}} cancelled; Cormorant helicopter; nurse {{NAME|Lorettu Keepeng}}.`,

  `Yukon placer camp, {{LOCATION|Indiun River}} claim: {{NAME|Tavin Kulchyski}}, 36, excavator tip-over, tib-fib fracture; medevac to {{LOCATION|Whitehorsi General Hospital}}; YHCIP {{HEALTH_PLAN|Y-4471-9302}}; {{DATE|Aug 19}}.`,

  `Yup'ik village clinic, {{LOCATION|Kwigillingok}}: health aide {{NAME|Egnis Andriw-Kasayulie}} reports {{NAME|Moses Charlie}}, 3, ear pus 5 days, T 39.1; teleotoscope sent to {{LOCATION|Yukan-Kuskokwem Deltu Regional Hospital}}, {{LOCATION|Bethil}}; plane {{VEHICLE|N447RA}}.`,

  `Hawaiian canoe club paddler: {{NAME|Keone Kapaonu}}, 33, box jellyfish stings after practice at {{LOCATION|Ala Moanu Beach Park}}; vinegar, ice; {{LOCATION|Kapiolane}} urgent care; phone {{PHONE|(808) 555-0144}}; {{DATE|11/25/2026}}.`,

  `Cajun crawfish boil burn clinic - {{LOCATION|Abbeville General Hospital}}, LA {{ZIP|70510}}: {{NAME|Rimy Broussurd}}, 8, scald 6 % TBSA from boiling pot; mother {{NAME|Nicolette Broussurd}}; Medicaid {{HEALTH_PLAN|LA447193028}}.`,

  `Navajo Nation clinic, {{LOCATION|Chanli Comprehensive Health Care Facility}}: {{NAME|Shandien Bogayi}}, 21, fever, thrombocytopenia, hantavirus IgM positive; from {{LOCATION|Muny Farms}}; grandmother {{NAME|Nizhoni Tsisii-Yezzii}}; {{DATE|06/02/2026}}.`,

  `Tasmanian abalone diver: {{NAME|Corey Hinsby}}, 39, skin bends after 3 dives off {{LOCATION|Bicheno}}; recompression at {{LOCATION|Royal Hobart Hospital}}, table 6; Medicare {{HEALTH_PLAN|3447 19302 8}}; boat {{VEHICLE|TAS 4471}}.`,

  `Remote clinic, {{LOCATION|Galiwen'ki}} (Yolŋu): {{NAME|Djalindu Yunupiŋo}}, 52, rheumatic heart disease, benzathine penicillin due; Aboriginal health practitioner {{NAME|Gathapura Mariku}}; {{DATE|Thu 3 Dec}}.`,

  `Torres Strait, {{LOCATION|Bado Island}} PHC: {{NAME|Aniba Nonu}}, 44, TB contact, IGRA positive; plane to {{LOCATION|Thursduy Island Hospital}}; Medicare {{HEALTH_PLAN|4471 93028 1}}.`,

  `Northland marae clinic, {{LOCATION|Te Kao}}: {{NAME|Heme Pomari-Wīhongi}}, 58, gout flare, urate 0.62 mmol/L; NHI {{ID|ZKT4471}}; nurse {{NAME|Ariana Tipeni}}; {{DATE|2/12/26}}.`,

  `Turkana mobile clinic, {{LOCATION|Kakumu}} zone 3: {{NAME|Ekal Lokiro}}, 4, MUAC 11.2 cm, oedema +; RUTF; mother {{NAME|Akiru Ekidor}}; camp ID {{ID|KAK-447-19302}}; {{DATE|Jumatatu 30 Nov}}.`,

  `Zanzibar, {{LOCATION|Hospitali ya Mnaze Mmoju}}: mvuvi {{NAME|Khames Haje Makami}}, 41, kuumwa na samaki (stonefish) mguu wa kulia; maji ya moto; simu {{PHONE|+255 777 447 193}}; {{DATE|2 Desemba 2026}}.`,

  `Karamoja, {{LOCATION|Moroto Regional Referral Hospital}}: {{NAME|Lokal Achia}}, 30, arrow wound chest after a cattle raid near {{LOCATION|Nadunget}}; chest drain; NIN {{ID|CM90447193028X}}.`,

  `Lake fisher-child rescue note: {{NAME|Kweko Agbenyo}}, 12, brought to {{LOCATION|Koti Krachi Government Hospital}} with schistosomiasis (haematuria) and net-hand wounds; social worker {{NAME|Esinum Dzokoto}}; NHIS {{HEALTH_PLAN|44719302}}.`,

  `KwaZulu-Natal, {{LOCATION|Ngwelezane Hospital}}: isiguli {{NAME|Sibusisa Mthembo}}, 33, snakebite (Mozambique spitting cobra) left hand; ubaba {{NAME|Bhekumuzi Mthembo}}, {{PHONE|072 447 1930}}; ID {{ID|9304115447082}}.`,

  `Eastern Cape initiation school check: {{NAME|Lwaze Ngcukana}}, 18, circumcision wound sepsis day 6, dehydration; from {{LOCATION|Ngqeleni}}; admitted {{LOCATION|Mthathu Regional Hospital}}; {{DATE|7 December 2026}}.`,

  `Rif, {{LOCATION|Hôpital Mihammid V d'Al Hoceima}}: {{NAME|Mimoun Azarkan}}, 59, kif grower, COPD exacerbation, SpO2 84 %; from {{LOCATION|Tamassint}}; CNIE {{ID|R447193}}; AMO CNSS {{HEALTH_PLAN|144719302}}; {{DATE|01/12/2026}}.`,

  `{{LOCATION|مستشفى قنا العام}} - قسم الطوارئ
المريض: {{NAME|عبد الرحيم حسانين الصعيدي}}، 46 سنة، لدغة عقرب في القدم اليمنى؛ ضغط 160/100؛ رقم الملف {{MRN|QN-447193}}؛ التاريخ {{DATE|2026/11/30}}.`,

  `بیمارستان {{LOCATION|گلستان اهواز}}، بخش ریه
بیمار: {{NAME|حمید چعب‌زاده}}، ۴۴ ساله، تنگی نفس پس از طوفان گرد و غبار؛ SpO2 89 %؛ کد ملی {{ID|1740447193}}؛ تاریخ {{DATE|۱۴۰۵/۰۹/۱۰}}.`,

  `Black Sea tea harvest, {{LOCATION|Rize Devlet Hastanesi}}: {{NAME|Nurcan Hemşinli}}, 52, fell on a steep slope at {{LOCATION|Ardeşen}} bahçe; wrist fracture; Laz-speaking; TC {{ID|44719302816}}; oğlu {{NAME|Temel Hemşinli}}, {{PHONE|0532 447 19 30}}.`,

  `Hatay container city clinic, {{LOCATION|Defni}}: {{NAME|Georges Nakkaş}}, 67, diabetic foot ulcer Wagner 2; container block C-12; {{DATE|Çarşamba 2 Aralık}}; nurse {{NAME|Zehru Kuyumcuoğlu}}.`,

  `Azores whale-watch boat: {{NAME|Sieglinde Aufhauser}}, 72, fall on the deck of {{VEHICLE|Baleia Azul II}} off {{LOCATION|Lajes do Pico}}; hip fracture; to {{LOCATION|Hospital da Hortu}}; EHIC {{HEALTH_PLAN|80040 00044719302}}.`,

  `Levada walk rescue, {{LOCATION|Caldeirão Verde}}: {{NAME|Niumh Corrigun-Fahy}}, 34, fell 4 m off the path above {{LOCATION|Santanu}}; ankle open fracture; {{LOCATION|Hospital Dr. Nélia Mendonçu}}; contact {{EMAIL|niumh.corrfhy@postbox.example.ie}}.`,

  `Trás-os-Montes chestnut harvest: Sr. {{NAME|Albino Gonçalvis Ferreiru}}, {{AGE|94}} anos, queda de escada no souto em {{LOCATION|Sendim}}; {{LOCATION|Unidade Local de Saúde do Nordeste}}, {{LOCATION|Bragança}}; utente {{HEALTH_PLAN|447 193 028}}.`,

  `Romería accident, {{LOCATION|Aldeu del Rocía}}: {{NAME|Macarenu Garfias Cornejo}}, 41, crushed against an ox-cart; rib fractures; {{LOCATION|Hospital Infanta Elenu}}; DNI {{ID|44719302T}}; {{DATE|martes 26 de mayo}}.`,

  `Auvergne cheese farm: {{NAME|Joun-Bortrand Chabrillat}}, 38, listeria contact tracing after salers tasting at {{LOCATION|GAEC des Estives}}, {{LOCATION|Salers}}; asymptomatic; NIR {{SSN|1 88 04 15 447 193 21}}.`,

  `Normandy D-Day veterans' visit, {{LOCATION|Arromanches}}: {{NAME|Herald Dimmock}}, {{AGE|101}}, syncope during the ceremony; BP 88/50; to {{LOCATION|CHU de Caen}}; carer {{NAME|Boverliy Dimmock}}, {{PHONE|+44 7700 900447}}.`,

  `Puglia olive quick-decline farm, {{LOCATION|Masseria Lamacupa}}, {{LOCATION|Ostuni}}: {{NAME|Cosimino Semeraro}}, 66, fall from a ladder while felling dead trees; tessera sanitaria {{HEALTH_PLAN|80380000044719302}}; {{DATE|sabato 28 novembre}}.`,

  `Trentino mushroom poisoning, {{LOCATION|Ospedale Santa Chiaru}}, {{LOCATION|Trento}}: {{NAME|Ilario Dallapiccola}}, 57, and wife {{NAME|Loredanu Zanoni}}, 55, amatoxin suspected, AST 2,140; foraged near {{LOCATION|Malga Bissina}}; {{DATE|13/10/2026}}.`,

  `Veneto prosecco vineyard heat: vendemmiatore {{NAME|Kofe Boatemau Esanti}}, 29, T 40.2, confused; {{LOCATION|Azienda Agricola Col de Fir}}, {{LOCATION|Valdobbiadene}}; cooled; codice fiscale {{ID|SNTKFB97A12Z318X}}.`,

  `Κρήτη, {{LOCATION|Κέντρο Υγείας Σπηλίου}}: {{NAME|Μανούσος Βρεντζάκης}}, 58, τσίμπημα δράκαινας στο πόδι, πόνος 9/10· ΑΜΚΑ {{SSN|14046544719}}· {{DATE|27/11/2026}}.`,

  `Dodecanese sponge diver (retired): {{NAME|Stamatis Karavokyris}}, 84, from {{LOCATION|Kalymnos}} town; dysbaric osteonecrosis both hips on MRI; seen at {{LOCATION|Γενικό Νοσοκομείο Ρόδου}}; {{DATE|1 Δεκεμβρίου 2026}}.`,

  `Cod season: fisker {{NAME|Ørjan Hansteensen}}, 46, hand infection (fish handler's erysipeloid) at {{LOCATION|Henningsvær}}; {{LOCATION|Gravdal sykehus}}; fødselsnummer {{ID|14047944719}}; {{DATE|onsdag 3. mars}}.`,

  `Svalbard polar bear guard: {{NAME|Synnøve Sivertsen-Lykke}}, 30, frostbite 2nd degree toes after a night at {{LOCATION|Camp Kapp Linné}}; {{LOCATION|Longyearbyin sykehus}}; mobil {{PHONE|+47 944 71 930}}.`,

  `Westfjords, {{LOCATION|Heilbrigðisstofnun Vestfjarða}}, {{LOCATION|Ísafjörður}}: {{NAME|Guðbjörg Hálfdánardóttir}}, 66, fall on ice, Colles fracture; kennitala {{ID|140660-4479}}; {{DATE|1. desember 2026}}.`,

  `{{LOCATION|Ionad Sláinte an Cheathró Rua}}: {{NAME|Máirtín Ó Conghaili}}, 77, cut his shin with a slane while cutting turf; tetanus; daughter {{NAME|Bréd Ní Chonghaile}}, {{PHONE|087 447 1930}}.`,

  `Inter-island ferry crew: {{NAME|Ryun Halcraw}}, 38, crush of fingers in the car deck of {{VEHICLE|MV Daggri}} at {{LOCATION|Taft}}; CHI {{ID|1404884471}}; {{DATE|2/12/2026}}.`,

  `Masuria lake sailing, {{LOCATION|Szpital Powiatowy w Giżycku}}: {{NAME|Bertasz Żebrowski}}, 24, near drowning after the boat capsized in a squall on {{LOCATION|Jezioro Niegocin}}; PESEL {{ID|02240447193}}; {{DATE|15.08.2026}}.`,

  `{{LOCATION|Закарпатська обласна клінічна лікарня}}, {{LOCATION|Ужгород}}: пацієнтка {{NAME|Марічка Попович}}, 34, отруєння грибами, АЛТ 1840; чоловік {{NAME|Охрім Попович}}, тел. {{PHONE|+380 50 447 1930}}; {{DATE|30 листопада 2026}}.`,

  `Maramureș, {{LOCATION|Spitalul Municipal Sighetu Marmației}}: {{NAME|Gheorghi Hotea-Bârsun}}, 71, căzut din căpiță (haystack), fractură vertebrală L2; CNP {{ID|1550414244719}}; fiica {{NAME|Ileanu Hotea}}.`,

  `Rhodope tobacco growers: {{NAME|Айше Мехмедова}}, 48, от с. {{LOCATION|Давидково}}, green tobacco sickness; {{LOCATION|МБАЛ Смолян}}; ЕГН {{ID|7804144471}}; {{DATE|2.12.2026}}.`,

  `სვანეთი, {{LOCATION|მესტიის საავადმყოფო}}: პაციენტი {{NAME|ზურაბ ჯაფარიძე}}, 52, ზვავი, ჰიპოთერმია 32°C; პირადი ნომერი {{ID|01024471930}}; {{DATE|06.01.2027}}.`,

  `Syunik copper mine, {{LOCATION|Կապանի բժշկական կենտրոն}}: {{NAME|Արամ Գրիգորյան}}, 45, silicosis screen, FVC 68 %; employer {{LOCATION|Zangezur Copper Works}}; {{DATE|1 դեկտեմբերի 2026}}.`,

  `Nakhchivan salt mine speleotherapy: {{NAME|Rəşid Abbasqulu}}, 9, asthma, 14 sessions at {{LOCATION|Duzdağ Fizioterapiya Mərkəzi}}; PEF 240 → 290 L/min; ata {{NAME|Elvin Abbasqulu}}; {{DATE|30.11.2026}}.`,

  `Mangystau oil field medic: {{NAME|Nurlun Zhetpisbayev}}, 33, H2S exposure at {{LOCATION|Kalamkas}} well pad 17; collapsed; O2, recovered; ИИН {{ID|930414447193}}; {{LOCATION|Aktau}} city hospital transfer.`,

  `Pamir highway cyclist: {{NAME|Tobius Hüttenmoser}}, 31, HAPE at {{LOCATION|Karakul}}; SpO2 63 %; nifedipine, descent by jeep {{VEHICLE|04 447 BB}} to {{LOCATION|Murghab}}; insurer case {{ACCOUNT|AXA-CH-26-447193}}.`,

  `Yamal reindeer camp (Nenets): {{NAME|Вэли Худи}}, 38, anthrax skin lesion on forearm, PCR +; from camp near {{LOCATION|Яр-Сале}}; полис ОМС {{HEALTH_PLAN|8947 4471 9302 8116}}; {{DATE|3 августа}}.`,

  `Gobi nomad family: {{NAME|Batzorig Ganbald}}, 6, plague contact after marmot meat at {{LOCATION|Bulgan}} sum; doxycycline prophylaxis; mother {{NAME|Iyunchimig Dorj}}, {{PHONE|+976 9944 7193}}.`,

  `Trek: {{NAME|Pembu Lhama Gurong}}, 27, porter, HACE at {{LOCATION|Lo Manthang}}; dexamethasone, helicopter {{VEHICLE|9N-AMI}} to {{LOCATION|CIWEC Hospital}}, {{LOCATION|Kathmando}}; employer {{LOCATION|Dhaulagiri Treks}}.`,

  `Rajasthan camel fair: {{NAME|Bhanwar Lul Raika}}, 57, camel bite to forearm with radial fracture at {{LOCATION|Pushkar}} fairground; {{LOCATION|JLN Hospital}}, {{LOCATION|Ajmer}}; mobile {{PHONE|98290 44719}}.`,

  `{{LOCATION|ఎంజీఎం ఆసుపత్రి}}, {{LOCATION|వరంగల్}}: రోగి {{NAME|సమ్మయ్య బొల్లం}}, 52, వడదెబ్బ (heat stroke), ఉష్ణోగ్రత 41.6; ఫోన్ {{PHONE|94401 47193}}; తేదీ {{DATE|12/05/2026}}.`,

  `ಕರ್ನಾಟಕ, {{LOCATION|ಜಿಲ್ಲಾ ಆಸ್ಪತ್ರೆ ಶಿವಮೊಗ್ಗ}}: {{NAME|ತಿಮ್ಮಣ್ಣ ಹೆಗಡೆ}}, 44, ಮಂಗನ ಕಾಯಿಲೆ (KFD) ಶಂಕೆ, ಜ್ವರ 6 ದಿನ; ಊರು {{LOCATION|ಅರಳಗೋಡು}}; {{DATE|02/02/2026}}.`,

  `वारकरी दिंडी आरोग्य शिबिर, {{LOCATION|नातेपुते}}: {{NAME|सखुबाई दगडू शिंदे}}, 68, पायाला फोड, ताप; रुग्णालय {{LOCATION|उपजिल्हा रुग्णालय अकलूज}}; मुलगा {{NAME|संतोष शिंदे}}, {{PHONE|98220 44719}}.`,

  `Lakshadweep, {{LOCATION|Indiru Gandhi Hospital}}, {{LOCATION|Kavaratte}}: {{NAME|Koya Hamzath Pattillam}}, 35, tuna fisher, barracuda bite to thigh; evacuated by Coast Guard aircraft {{VEHICLE|CG-784}}; {{DATE|28 Nov 2026}}.`,

  `Northern Province, {{LOCATION|Teaching Hospital Jaffnu}}: {{NAME|Tharsiku Sivanesan}}, 26, palmyrah toddy tapper's wife, paraquat ingestion; son {{NAME|Kaven Sivanesan}}; NIC {{ID|199944719302}}; {{DATE|01/12/2026}}.`,

  `Tea garden clinic: {{NAME|Munne Bauri}}, 31, plucker at {{LOCATION|Malnicherra Tea Estate}}; Hb 6.8, hookworm; garden doctor {{NAME|Rafiqol Hasun Tapadar}}; {{DATE|30 Nov}}.`,

  `{{LOCATION|لیڈی ریڈنگ ہسپتال}}، {{LOCATION|پشاور}}: مریض {{NAME|گل زمان آفریدی}}، 39 سال، بارودی سرنگ سے پاؤں زخمی؛ شناختی کارڈ {{ID|17301-4471930-1}}؛ تاریخ {{DATE|02-12-2026}}.`,

  `Shan State, {{LOCATION|ဆေးရုံကြီး တောင်ကြီး}}: {{NAME|Nung Hseng Mee}}, 24, malaria P. falciparum, parasitaemia 4 %; from {{LOCATION|Hsihseng}}; {{DATE|1 Dec 2026}}.`,

  `Isan rice-farmer leptospirosis: {{NAME|Somjit Phromwong}}, 47, Weil's, creatinine 4.1, from {{LOCATION|บ้านโนนสูง}}; {{LOCATION|โรงพยาบาลขอนแก่น}}; บัตรประชาชน {{ID|3 4012 00447 19 3}}.`,

  `Northern Laos, {{LOCATION|ໂຮງໝໍແຂວງຫຼວງພະບາງ}}: {{NAME|ທ້າວ ບຸນມີ ແສງສຸລິຍາ}}, 60, UXO injury at his field near {{LOCATION|ບ້ານນາໄຊ}}; {{DATE|02/12/2026}}.`,

  `Dhofar frankincense harvester: {{NAME|Sulaym Mihammid Al-Mahri}}, 50, fall from a tree at {{LOCATION|Wadi Dhawqat}}; {{LOCATION|Sultan Qaboas Hospital}}, {{LOCATION|Salaluh}}; civil ID {{ID|44719302}}.`,

  `Billing statement - {{LOCATION|Big Sky Orthopedics}}, {{LOCATION|Bozemun}}, MT {{ZIP|59715}}. Patient {{NAME|Calt Weatherwax}}, account {{ACCOUNT|BSO-447193-02}}, ski fracture ORIF {{DATE|01/06/2027}}; balance $1,842. Pay at {{URL|https://pay.bigskyortho.example.com}}.`,

  `Remote monitoring alert: CGM Dexcom G7 SN {{DEVICE|4G47193P}} of {{NAME|Amaya Eskildsen}} sent 3 lows below 3.0 overnight; uploaded from {{IP|172.16.44.193}}; nurse called {{PHONE|+45 28 44 71 93}} on {{DATE|tirsdag 1. december}}.`,

  `Portal audit line: user {{EMAIL|d.mackechnie@nhshighland.example.scot}} opened record of {{NAME|Eiledh Macrai}} (CHI {{ID|0304714471}}) from {{IP|10.44.19.30}} on {{DATE|2026-12-04}} 22:41; no relationship; referred to IG.`,

  `Pharmacy licence check: pharmacist {{NAME|Oksanu Dmytrenko-Hawlsby}}, GPhC {{LICENSE|2214471}}, locum at {{LOCATION|Fenweck Pharmacy}}, {{LOCATION|Alnmouth}}; DBS {{ID|001447193028}}; verified {{DATE|03/12/2026}}.`,

  `SMS: Bom dia {{NAME|Conceiçãa}}, a vacina da gripe da D. {{NAME|Arminda}} está marcada para {{DATE|sexta 11/12}} às 10h na {{LOCATION|USF Terras de Bouro}}. Resp. {{PHONE|253 447 193}}.`,

  `Med device recall follow-up: insulin pump MMT-780G {{DEVICE|NG4471930H}} of {{NAME|Bruno Lacerdu Vaz}} replaced; old unit returned by courier; ticket {{ACCOUNT|MDT-RCL-447193}}; {{DATE|1 Dec 2026}}.`
];

const PHI_FREE_TEXTS: string[] = [
  `CHRONIC KIDNEY DISEASE OF UNCERTAIN CAUSE (CKDu): Mesoamerican nephropathy in sugar-cane cutters, Uddanam nephropathy, heat stress and dehydration, NSAIDs (ibuprofen, diclofenac), the Adelante water-rest-shade programme, eGFR by CKD-EPI 2021; creatinine rises over a 6-month harvest; rest breaks 15 minutes an hour above WBGT 30.`,
  `Engineered stone silicosis: crystalline silica over 90 % in quartz conglomerates (Caesarstone, Silestone, Quantum Quartz), wet cutting, P2 respirators, HRCT, progressive massive fibrosis, lung transplant; the 2024 ban in Australia; ILO classification 1/0 and above; exposure standard 0.025 mg/m3.`,
  `Nail and hair salon chemicals: HEMA and di-HEMA in gel polish (OPI, CND Shellac, Gelish), UV lamps, acrylate allergy, para-phenylenediamine in dyes, ammonium persulfate bleach asthma; nitrile gloves; patch test readings on D2 and D4 with the ICDRG grading (+, ++, +++).`,
  `BAKERS' ASTHMA AND RHINITIS: wheat and rye flour, fungal alpha-amylase (Aspergillus oryzae), specific IgE in kU/L, serial peak flow (OASYS-2 score over 2.5), Baker's Asthma Risk Score; Bäckerei, Boulangerie and Panadería all the same story; Symbicort 200/6 MART; dust below 1 mg/m3.`,
  `Firefighter health: IARC group 1 (occupational exposure as a firefighter, 2022), PFAS in turnout gear, mesothelioma and bladder cancer, low-dose CT per NLST criteria, cardiac events during fireground duty; SCBA by Dräger and MSA; Wells score, Geneva score; decon within 1 hour.`,
  `Obstructive sleep apnoea and driving: AHI 15-30 moderate, over 30 severe, Epworth Sleepiness Scale, STOP-Bang 5 or more, Mallampati class IV; ResMed AirSense 11, Philips Respironics recall of 2021, Fisher & Paykel masks; DVLA Group 2 rules; compliance 4 h a night on 70 % of nights.`,
  `Cabin crew and aircrew health: ear barotrauma (Teed grades 0-5), Valsalva and Toynbee manoeuvres, Otovent balloons, cabin altitude 8,000 ft, cosmic radiation about 3 mSv a year, jet lag, melatonin 0.5-5 mg; Airbus and Boeing cabin air (fume events, TCP); ICAO Annex 1 class 2.`,
  `RIVER HOSPITAL BOATS AND NEGLECTED TROPICAL DISEASES: Buruli ulcer (Mycobacterium ulcerans, Bairnsdale and Daintree ulcer), podoconiosis, noma (cancrum oris), Chagas disease (Trypanosoma cruzi, Romaña sign), visceral leishmaniasis (kala-azar, rK39), Oropouche and Mayaro viruses; Bem-vindos, Bienvenidos and Karibu on the posters; WHO 2030 road map.`,
  `Arsenic and fluoride in groundwater: WHO arsenic guideline 10 µg/L (Bangladesh standard 50), raindrop pigmentation, Bowen disease, blackfoot disease; fluoride 1.5 mg/L limit, Dean's index of dental fluorosis (normal to severe), skeletal fluorosis with knock-knees; SONO and Kanchan filters; tube wells painted red or green.`,
  `Ramadan and diabetes: IDF-DAR risk score (low, moderate, high), break the fast below 3.9 mmol/L or above 16.7, Suhoor late and Iftar with dates, gliclazide dose halved, SGLT2 inhibitors (Jardiance, Forxiga) and dehydration, Ozempic and Mounjaro fine; Ramadan Mubarak, Eid al-Fitr; Hajj 2026 guidance.`,
  `CRITICAL RESULTS POLICY (laboratory medicine, version 4): potassium over 6.5 or under 2.5 mmol/L, sodium under 120, glucose under 2.5, troponin T over 52 ng/L, INR over 8, positive blood culture Gram stain; phone within 30 minutes, read back, document the name of the recipient; ISO 15189:2022 clause 7.4.`,
  `Specimen labelling standard: two identifiers (full name and date of birth or hospital number), hand-written at the bedside, no addressograph labels on transfusion samples (BSH 2017), zero tolerance; Sarstedt Monovette and BD Vacutainer order of draw; haemolysis index above 100 rejects potassium.`,
  `Patient identification and near misses: NPSA alert 2007, wristband colours (red for allergy), barcode scanning of medicines, two patients with the same name in one bay as a known hazard; Datix and Ulysses reporting, the Swiss cheese model of Reason (1990); Just Culture algorithm.`,
  `INTERHOSPITAL TRANSFER CHECKLIST: ABCDE, airway secured if GCS 8 or less, two cannulae, oxygen for twice the journey time, Hamilton T1 and Oxylog 3000 ventilators, Zoll and LifePak monitors, Glasgow Coma Scale, WFNS and Hunt and Hess grades, Fisher scale; Sortie de secours and Notaufnahme signs in the bay.`,
  `Mortuary and bereavement office: Medical Certificate of Cause of Death, Medical Examiner review, cremation form 4, Human Tissue Act 2004, viewing within 24 hours where faith requires, body bags and tags, refrigeration at 4 C; Kaddish, Salat al-Janazah and Antyesti customs leaflet; Requiescat in Pace on the chapel door.`,
  `Animal-assisted therapy policy: Pets As Therapy and Canine Concern dogs, annual temperament test, Capnocytophaga canimorsus risk in asplenia, MRSA carriage, hand hygiene before and after; no visits to neutropenic patients (neutrophils under 0.5); Golden Retriever and Labrador breeds most common.`,
  `Music, art and garden therapy: Nordoff-Robbins approach, BMGIM, singing for lung health (British Lung Foundation), Cohen-Mansfield Agitation Inventory, WEMWBS scores, Thrive gardening; Alegría, Freude and Shalom in the choir's songbook; sessions of 45 minutes for 8 weeks.`,
  `Surf, ski and mountain injuries: surfer's ear (exostoses), surfer's myelopathy, Kennedy and Hill-Sachs lesions, Bankart repair; Swiss staging of hypothermia, avalanche survival curve (Brugger and Falk, 92 % at 18 minutes), ECMO if K under 8; RECCO reflectors, Mammut and Ortovox transceivers.`,
  `Altitude medicine: Lake Louise score 3 or more, acetazolamide 125 mg bd, HAPE with nifedipine 30 mg MR, HACE with dexamethasone 8 mg, Gamow bag, SpO2 targets; trekking permits and porters' loads; ascent of 300-500 m a day above 3,000 m.`,
  `Freediving and compressed-gas diving: samba (loss of motor control), shallow-water blackout, lung squeeze, taravana (neurological decompression illness in pearl divers), US Navy Table 6, Divers Alert Network; Suunto and Shearwater computers; Ama divers of Japan; depth records over 100 m.`,
  `Heat illness in outdoor work: WBGT, heat exhaustion versus heat stroke (core over 40 C with CNS dysfunction), cold-water immersion, rhabdomyolysis with CK over 5,000, acute kidney injury by KDIGO; "Agua, Descanso, Sombra" campaigns; Hitze and Calor warnings; 2003 and 2022 European heatwaves.`,
  `SNAKE, SCORPION AND MARINE ENVENOMING: Russell's viper, saw-scaled viper (Echis), Bothrops, Crotalus, Naja mossambica; 20-minute whole blood clotting test; Antivipmyn, CroFab and SAIMR polyvalent antivenom; Hottentotta and Leiurus scorpions, prazosin 0.5 mg; stonefish (Synanceia), hot water 45 C.`,
  `Volcanic ash and dust storms: PM10 and PM2.5, free silica under 10 % in most ash, IVHHN leaflets, Haboob and Shamal winds, Aspergillus and Coccidioides spores; vog (volcanic smog); masks rated N95 or KN95; Awas, Bahaya and Hati-hati on the village boards; Merapi 2010 and Pinatubo 1991 studies.`,
  `Typhoons and flood evacuation centres: leptospirosis prophylaxis with doxycycline 200 mg weekly, Weil disease, diarrhoea with Vibrio cholerae O1 and Shigella, tetanus, interrupted hypertension and insulin supplies; Sphere standards of 3.5 m2 per person and 15 L water a day; Bawal Manigarilyo signs; the 2013 Haiyan response.`,
  `Traditional therapies and their harms: cupping (ba guan, hijama), moxibustion burns, coining (cao gio) bruises mistaken for abuse, gua sha, herbal aconite poisoning (fu zi), Ayurvedic lead, kava liver injury; the Tongue and Pulse diagnosis charts; Yunnan Baiyao, Tiger Balm and Po Sum On in the cupboard.`,
  `PESTICIDES AND POISON-CENTRE DATA: organophosphates (chlorpyrifos, dimethoate), Peradeniya OP poisoning scale, atropine 1.8-3 mg doubling doses, pralidoxime; paraquat (Gramoxone) with the sodium dithionite urine test; aluminium phosphide tablets (Celphos, Quickphos); glyphosate (Roundup); the 2011 Sri Lankan bans.`,
  `Ward 12 handover sheet (template): SBAR, NEWS2, MUST score, Waterlow 10-14 at risk, Braden, 4AT; bays A-D and side rooms 1-6; oxygen via Venturi 28 %; falls risk with Sentry alarms; fluid balance +1.2 L; VTE by Padua score; Buenos días, Dzień dobry and Bore da on the welcome board.`,
  `Fisheries and wildlife injuries: fish handler's disease (Erysipelothrix rhusiopathiae), seal finger (Mycoplasma), Vibrio vulnificus in oyster shuckers, Mycobacterium marinum (fish tank granuloma), stingray and sea urchin spines, barracuda and shark bites; Hatari and Kapu on the pier signs; tetanus toxoid 0.5 mL.`,
  `EMERGENCY DEPARTMENT SIGNAGE AND LANGUAGE ACCESS: Urgences, Notaufnahme, Pronto Soccorso, Urgencias, Acil Servis, Spoedeisende Hulp; Language Line, Big Word and Google Translate limits; Ishihara charts and Snellen at 6 m; Braille lift buttons; Makaton symbols; loop systems by Contacta.`,
  `Zoonoses of farms and forests II: Rocky Mountain spotted fever, Japanese encephalitis (Culex tritaeniorhynchus), Powassan and Heartland viruses, Sin Nombre hantavirus (Four Corners, 1993), Puumala (nephropathia epidemica), Junín and Machupo viruses, Brucella melitensis (Malta fever), Q fever, Cryptococcus gattii; doxycycline 100 mg bd.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter30', '/tmp/deid-ood-letters30.jsonl');
