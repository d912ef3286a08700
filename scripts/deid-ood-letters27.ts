/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirtieth session, engineer author: short and
 * long clinician texts of kinds beyond letters14-25: FGM-IS entries, early-pregnancy-unit scans, molar-pregnancy
 * registrations, external cephalic version, VBAC, birth-reflections and perineal (OASI) clinics, pessary fitting,
 * neonatal abstinence scoring, BCG at birth, hip-ultrasound bookings, neonatal cot-bureau transfers, genomic newborn
 * screening consent, enuresis clinics, play-specialist and hospital-school notes, venesection and iron-infusion day
 * units, subcutaneous immunoglobulin diaries, CAR-T referrals, CPAP downloads, lung-nodule surveillance, asbestos
 * compensation, cardioversion and TAVI letters, ICD shocks, pacemaker-lead recall letters, wearable ECG patches, TIA,
 * thrombectomy transfers and DBS programming, AKI alerts, insulin-pump starts, steroid emergency cards, medical-alert
 * registration, IBD helplines, liver-transplant assessment, crisis home treatment, winter-over screens and an Antarctic
 * station log, voice clinic, laryngectomy valves and tracheostomy teaching, catheter passports, sepsis screens,
 * intravitreal lists, certificates of vision impairment, LASIK and contact-lens notes, guide-dog letters, wig and
 * scalp-cooling notes, laser tattoo removal, filler complications, wart cryotherapy, taxi-driver medicals, fitness to
 * plead, forensic age estimation, surrogacy (parental order) reports, sperm-donor screening, change of name on record,
 * duplicate-record merges, data-breach letters, next-of-kin updates, lasting powers of attorney, did-not-attend and
 * waiting-list validation letters, second opinions, New-Medicine-Service follow-up, naloxone kits, respite, Shared
 * Lives and day centres, chaperone records, pet-therapy logs, breastfeeding peer support, PROMs submissions,
 * e-prescription tokens, video-consultation invites, circus, film-set, rodeo, wind-turbine, ocean-yacht-race and
 * Kumbh Mela first-aid logs, tea-garden, trekker and lobsterman notes, and one-line messages; written in the styles of
 * regions, minority languages and small territories: Friesland (Frisian), Brittany (Breton), Alsace, South Tyrol,
 * the Ladin valleys, Graubünden (Romansh), Finnmark, Inari and Jokkmokk (Sámi), Lusatia (Sorbian), Kashubia, the
 * Székely Land (Hungarian), the Aosta Valley, Friuli, Sicily, Galicia, Asturias, Valencia, Wallonia, Bavaria, Sylt
 * (North Frisian), Cornwall, Orkney, the Isle of Wight, Northumberland, Bonaire, Saba, Sint Eustatius,
 * Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon, the British Virgin Islands, the Cocos (Keeling) Islands,
 * the Chatham Islands, Bougainville, Kosrae, Yap, Kerala (Malayalam script), Tamil Nadu (Tamil script), Punjab
 * (Gurmukhi), Nagaland, Mizoram, Sikkim, Goa, the Andaman Islands, Ladakh, Assam, Iraq (Baghdad and Basra, Arabic
 * script), Okinawa and Hokkaido (Japanese script), Jeju (Hangul), Saskatchewan (Cree), Nova Scotia (Mi'kmaq), New
 * Brunswick (Acadian), the Northwest Territories (Dene), Nunavik, Labrador (Innu), Alberta, the South Carolina Sea
 * Islands, Lancaster County (Amish), Minnesota (Hmong), the Texas colonias, eastern Kentucky, Maine, the Northern
 * Territory (Yolŋu), the Kimberley, Chubut (Welsh Patagonia), Yucatán (Maya), San Andrés, Denmark's North Sea and an
 * Antarctic station (local words kept: húsarts, praktyk, NIR, CPS, AHV, fødselsnummer, CIP, SIP, DNI, NISS, PESEL,
 * CNP, utca, henkilötunnus, personnummer, CPR-nr, Steuernummer, Krankenversichertennummer, tessera sanitaria,
 * comisaría, CURP, HSN, MSI, MCP, RAMQ, AHCIP, NWT HSC, tehsil, Aadhaar, BSN, BIG).
 * Human patients only. Written by hand by engineer author on 2026-12-06 (thirtieth session) without reading the
 * engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead only; never tune
 * rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, registers, signatures, greetings, surname first,
 * hyphenated, with particles, "w/o", Malayalam, Tamil, Gurmukhi, Arabic, Japanese and Hangul script, Frisian, Breton,
 * Romansh, Sámi, Sorbian, Cornish, Hmong, Cree, Inuit, Dene and Yolŋu names); lone surnames and lone first names;
 * places of every kind (streets, hameaux, comisarías, colonias, villages, tea-garden lines, islands' villages, farms,
 * mines, studios, circus quarters, stampede grounds, stations, reception centres, prisons, courts, care homes,
 * pharmacies, schools, employers and facilities in local languages); ages over 89 as digits ("94 Jahre", "91 anys",
 * "92 ans", "95 ans", "90 ans", "97歳", "91세", "92 años", ", 96,", "(98)", ", 93,", ", 90,"); dates in many formats
 * (02-12-2026, 03/12/2026, 12/02/2026 (US), 2026-12-02, 2026/12/02, 02.12.2026, 3.12.2026, 02/12/26, "tiisdei 15
 * desimber", "mercredi 9 décembre", "4 janv. 2027", "Donnerstag, 3. Dezember 2026", "2. desember 2026", "1 de
 * decembro de 2026", "dilluns 7 de desembre", "3 dicembre 2026", "mar. 1 déc. 2026", "dinsdag 8 december", "2026.
 * december 2.", "2026年12月2日", "2026.12.02", "2 de diciembre de 2026", "3 dic 2026", "onsdag 2 december", "Dec 1,
 * 2026", month-year, month alone, day-month, weekdays with dates); IDs of many shapes (BSN, codice fiscale, AHV,
 * fødselsnummer, DNI, NISS, PESEL, CNP, henkilötunnus, personnummer, CPR, CURP, Argentine DNI, Aadhaar, Iraqi national
 * card, band number, OPG, court, Home Office, IT ticket, e-prescription token, kit, donor and order numbers); health
 * plans (NIR, CPS, CIP, SIP, tessera sanitaria, AOK and Krankenkasse numbers, ZV, BVI NHI, Medicare, Saskatchewan HSN, MSI, MCP,
 * RAMQ, AHCIP, NWT health care, Medicaid); licences (BIG, RPPS, GMC, GPhC, a salon and a fertility-centre licence);
 * phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6; device serials; plates, boats, yachts, ships, an
 * aircraft registration and a crew transfer vessel as VEHICLE; US SSNs and a UK NI number. Every name, address and
 * number is invented; institution names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters20.ts to 25.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Dra.", "Dr. med.", "Pr", "Mr", "Mrs", "Ms", "Mme", "Sister", "ഡോ.") stay outside a name,
 * facility words inside; US states, provinces, regions, cantons, counties, territories (Bonaire, Saba, Sint
 * Eustatius, Saint-Barthélemy and the like as territories) and countries are not marked (a town, a village or an
 * island within a territory is); years on their own are never marked; ages of 89 and under are not marked; weekdays
 * and dates named by a weekday are DATE, "today", "tonight" and "tomorrow" are not; numbered wards, rooms, beds and
 * bays are not marked. An AGE span is one stated exact age over 89, only its number. Medical, pharmacy, midwife,
 * salon and fertility-centre licences are LICENSE; national, personal, band, court, case, ticket, token, kit and file
 * numbers ID (US SSNs and a UK NI number are SSN); hospital, chart, NHS, NHI and CHI numbers MRN; health-insurance and
 * social-security health numbers HEALTH_PLAN; postcodes of any country ZIP; a DEVICE span is the serial only (make and
 * model outside); an aircraft registration, a boat, ship or yacht's name or number and a vehicle's plate are VEHICLE;
 * label words (BSN, AHV, NISS, PESEL, CNP, CURP, DNI, SSN, NI, CHI, NHI, NHS, MRN, RPPS, GMC, GPhC, BIG) stay outside
 * their numbers; employers, schools, studios, clubs, mines, farms, camps and care homes are marked as places,
 * insurers, agencies, manufacturers and programmes are not; invoice numbers, portal accounts, a member number and a
 * card ending are ACCOUNT; animals' names are not marked. Before writing, the script checks every gold span (shared
 * checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous scales, signs and tests, drug and device brands and makers, place-named
 * diseases, organisms, syndromes and classifications, doses, years alone, ages under 90, ward, room, bay and bed
 * numbers and weekdays in the plural, and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters27.ts [--out /tmp/deid-ood-letters27.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters27.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `FGM-IS enhanced dataset entry (Friesland-born mother, seen in {{LOCATION|Ljouwert}}): {{NAME|Hiltsje Wobbema-Dykstrewa}}, BSN {{ID|204417936}}, type identified at antenatal booking {{DATE|02-12-2026}}; no daughters; midwife {{NAME|Tsjitske Alberdina Koopal}}, BIG {{LICENSE|49044172901}}; {{LOCATION|Tsjerkebuorren Sikehûs}}.`,

  `Frisian GP (húsarts) note: {{NAME|Sjoerdtsje Hylkema}} nei it pessarium fitting, ring 70 mm, Milex; kontrôle {{DATE|tiisdei 15 desimber}}; praktyk {{LOCATION|Skierstrjitte 14}}, {{ZIP|8931 GK}} {{LOCATION|Ljouwert}}; tel {{PHONE|058 441 7290}}.`,

  `Brittany - early pregnancy unit scan: {{NAME|Enora Le Gouzienneg}}, née le {{DATE|17/08/1994}}, NIR {{HEALTH_PLAN|2 94 08 29 019 441 72}}, sac gestationnel 14 mm sans embryon, contrôle dans 7 jours le {{DATE|mercredi 9 décembre}}; {{LOCATION|Centre hospitalier de Kemper-Tiegwenn}}, Dr {{NAME|Goulvenig Treuzmenn}}.`,

  `Breton hospital school (skol an ospital) note: {{NAME|Maiwenn Kerhirvé-Pennaneac'h}}, 11 ans, reprend les cours au service de pédiatrie; enseignante {{NAME|Soazig Tanguÿ}}; école d'origine {{LOCATION|Skol Diwan Plounevez-Porzhay}}; retour prévu le {{DATE|4 janv. 2027}}.`,

  `South Tyrol - Hausnotruf (Notfallknopf) Anmeldung: {{NAME|Notburga Pfattnerin}}, {{AGE|94}} Jahre, {{LOCATION|Oberfeldweg 7}}, {{ZIP|39040}} {{LOCATION|Villanders}}; Steuernummer {{ID|PFTNBR32E51L990X}}; Gerät {{DEVICE|HN-7441729}}; Tochter {{NAME|Waltraad Kasslatter}}, Tel. {{PHONE|+39 0472 844 172}}; {{DATE|Donnerstag, 3. Dezember 2026}}.`,

  `Ladin valley dispensary: {{NAME|Ciprian Irsara Frenademez}}, venesection 450 mL for haemochromatosis, ferritin 612; next {{DATE|17.12.2026}}; infermiera {{NAME|Rosmarie Dapunt-Crazzolera}}; {{LOCATION|Ambulatorio La Ila}}.`,

  `Graubünden - Romansh letter: Dr {{NAME|Gien Flurin Caviezil-Tuor}} a Dr {{NAME|Mengia Bezzola}}, pazienta {{NAME|Uorschla Cadonaa}}, naschida {{DATE|11.05.1961}}, AHV {{ID|756.4417.2930.61}}: AKI stadi 2 suenter diclofenac, kreatinin 212 umol/L; {{LOCATION|Spital Engiadine Basse}}, {{LOCATION|Scuul}}.`,

  `Sámi (Finnmark) - CPAP data download: {{NAME|Márit Ánne Gaupsara}}, fødselsnummer {{ID|21097944172}}, bruk 6 t 40 min/natt, AHI 2.1, lekkasje lav; maskin serienr {{DEVICE|22174417290}}; {{LOCATION|Guovdageaidna}} helsesenter; telefon {{PHONE|+47 784 41 729}}; {{DATE|2. desember 2026}}.`,

  `Reindeer-herding district note ({{LOCATION|Kárášjuhke}}): {{NAME|Ándi Biret Somby}} fell from a snow scooter on the {{LOCATION|Iešjávri}} route {{DATE|30.11.2026}}; wrist in splint, virtual fracture clinic to review; scooter reg {{VEHICLE|BX 4417}}.`,

  `Galicia - tarxeta sanitaria: {{NAME|Xiana Outeiriñu Lamelas}}, CIP {{HEALTH_PLAN|OTLMXN850411417}}, infusión de ferro carboximaltosa 1000 mg no hospital de día do {{LOCATION|CHUAC Oza}}, {{DATE|1 de decembro de 2026}}; domicilio {{LOCATION|Rúa da Fonti Santa 3}}, {{ZIP|15890}} {{LOCATION|Ameixenda}}.`,

  `Asturias - consulta de varices: {{NAME|Nel Firnándiz Cuervín}}, DNI {{ID|10441729-Q}}, CEAP C4a derecha, eco doppler con reflujo safena mayor; {{LOCATION|Hospital Valli del Nalón}}, {{LOCATION|Llangréu}}; cita {{DATE|14/12/2026}}; cirujana Dra. {{NAME|Covadonga Pilares Arangu}}.`,

  `País Valencià - informe d'infermeria (sonda vesical): {{NAME|Vicinte Ferrandis Alpuente}}, {{AGE|91}} anys, passaport de la sonda, canvi el {{DATE|dilluns 7 de desembre}}; SIP {{HEALTH_PLAN|44172936}}; {{LOCATION|Centre de Salut Benimaclet-Terreta}}; telèfon {{PHONE|963 441 729}}.`,

  `Sicily - lettera del medico di base: {{NAME|Calogeru Scimè Pirrello}}, tessera sanitaria {{HEALTH_PLAN|80380000004417293061}}, invio per ecocardiogramma e candidatura TAVI, stenosi aortica severa; {{LOCATION|Via Fonderia Oretea 22}}, {{ZIP|90133}} {{LOCATION|Palermo}}; {{DATE|3 dicembre 2026}}.`,

  `Wallonia - consultation mémoire (hôpital de jour): Mme {{NAME|Ghislaini Delvigne-Haumont}}, {{AGE|92}} ans, NISS {{ID|34.02.17-441.72}}, MMSE 21; accompagnée de son fils {{NAME|Benuît}}; {{LOCATION|CHR Haute-Senne}}, {{LOCATION|Soignies}}; {{DATE|mar. 1 déc. 2026}}.`,

  `Bavaria - Schrittmacher-Rückrufschreiben: Sehr geehrter Herr {{NAME|Korbinian Wimmleitner}}, die Sonde Ihres Herzschrittmachers (Seriennr. {{DEVICE|PJN441729R}}) ist von einem Rückruf betroffen; Kontrolle am {{DATE|10.12.2026}} im {{LOCATION|Klinikum Traunreuth}}; AOK {{HEALTH_PLAN|K441729306}}.`,

  `Cornwall - taxi driver medical (D4 style): {{NAME|Jegu Penhallurock}}, DOB {{DATE|12/03/1969}}, BP 148/92 three readings, HbA1c 51, vision 6/6 both eyes; employer {{LOCATION|Tregonning Taxis}}, {{LOCATION|Redruth}}; examining GP Dr {{NAME|Morwinne Trevothock-Elliry}}, GMC {{LICENSE|7044172}}; {{DATE|03/12/2026}}.`,

  `Orkney - air ambulance request from {{LOCATION|Pape Westray}}: {{NAME|Ungrod Flitt-Rendell}}, 34 weeks, reduced movements; aircraft {{VEHICLE|G-BVOK}}; receiving {{LOCATION|Balfuar Hospital}}, {{LOCATION|Korkwell}}; CHI {{MRN|0311924417}}; {{DATE|Thursday 3 December}}.`,

  `Isle of Wight - IBD helpline callback: {{NAME|Trysten Oglander-Bexx}}, NHS {{MRN|441 729 3061}}, 6 loose stools a day, calprotectin sent; call back on {{PHONE|01983 441 729}}; nurse {{NAME|Ilspith Wroxall}}; {{DATE|2 Dec 2026}}.`,

  `Northumberland - parish respite booking: {{NAME|Tummy Charltonhaugh}}, 88, carer his wife {{NAME|Nance}}; 5 nights at {{LOCATION|Coquetdale House}}, {{LOCATION|Rothbury}}, from {{DATE|Monday 14 December}}; social worker {{NAME|Abbiy Finwock-Stobart}}, {{EMAIL|abbiy.fenwickstobart@northumbria-care.example.org}}.`,

  `Bonaire - hospital referral (Papiamentu and Dutch): {{NAME|Shurandy Anthonia-Marchena}}, ZV-nummer {{HEALTH_PLAN|ZV-0441729}}, cardioversie gepland {{DATE|dinsdag 8 december}}; {{LOCATION|Fundashon Mariadal}}, {{LOCATION|Kralendojk}}; tel {{PHONE|+599 717 4417}}.`,

  `Saba - medevac sheet: {{NAME|Kenrick Zagirs-Hassill}}, suspected stroke, onset 06:40, last known well 22:00; transfer by plane {{VEHICLE|PJ-SAB7}} to {{LOCATION|Sont Maartin Medical Center}}; from {{LOCATION|The Bottom}}; {{DATE|02/12/2026}}; nurse {{NAME|Idalia Johnstonn}}.`,

  `Sint Eustatius - dialysis travel letter: {{NAME|Glenroy Spannir-Merkmann}}, {{LOCATION|Queen Beetrox Medical Center}}, {{LOCATION|Oranjested}}; 3x weekly, Kt/V 1.3; to visit {{LOCATION|Rotterdem}} {{DATE|20 Dec}}-{{DATE|3 Jan}}.`,

  `Saint-Barthélemy - certificat de non contre-indication à la plongée: {{NAME|Lua-Inni Questel-Greaux}}, née le {{DATE|30/06/2003}}, club {{LOCATION|Plongée Anse des Cayes}}; Dr {{NAME|Gaëten Laplaci-Berry}}, RPPS {{LICENSE|10104417293}}; {{LOCATION|Hôpital de Brayn}}, {{LOCATION|Gustavia}}.`,

  `Saint-Martin (French side) - déclaration de mpox, vaccination: {{NAME|Rodrigui Flemong-Arrondell}}, {{LOCATION|Quartier d'Orléens}}, tél {{PHONE|0690 44 17 29}}, Jynneos dose 1 le {{DATE|01/12/2026}}; {{LOCATION|Centre hospitalier Loaos-Constent Flemong}}.`,

  `Saint-Pierre-et-Miquelon - évacuation sanitaire: {{NAME|Maroi-Angi Detchevirry-Costi}}, {{AGE|90}} ans, fracture du col, transfert vers {{LOCATION|Saint-Joen de Terri-Neuve}}; {{LOCATION|Centre hospitalier Françuos Dunen}}; CPS {{HEALTH_PLAN|1 36 08 975 002 417}}; {{DATE|3 déc. 2026}}.`,

  `British Virgin Islands - NHI card (BVI): {{NAME|Dolruy Ponn-Creque}}, NHI {{HEALTH_PLAN|BVI-44172930}}, insulin pump started {{DATE|Dec 1, 2026}}, pump serial {{DEVICE|TX4417293}}; {{LOCATION|Peebles Hospital}}, {{LOCATION|Road Town}}, {{LOCATION|Tortole}}; phone {{PHONE|(284) 494-4172}}.`,

  `Cocos (Keeling) Islands - clinic log: {{NAME|Anuer bin Macrae Cocus}}, {{LOCATION|Home Island}} ({{LOCATION|Pulu Selma}}), steroid emergency card issued {{DATE|02/12/2026}}; Medicare {{HEALTH_PLAN|4417 29306 1}}; nurse {{NAME|Suto Hajar Ezanul}}.`,

  `Chatham Islands - telehealth note: {{NAME|Rewoto Tuuta-Preece}}, NHI {{MRN|ZQW4419}}, TIA symptoms 40 min yesterday, ABCD2 4; flight to {{LOCATION|Wellongtun}} arranged; {{LOCATION|Kōpinga Health Centre}}, {{LOCATION|Waitango}}; {{DATE|3/12/2026}}.`,

  `Bougainville - health centre register: {{NAME|Teresia Sirivi Kamuai}}, {{LOCATION|Tinputz}} village, crisis home treatment by the mental health nurse {{NAME|Boniface Tsiperau}}; {{DATE|02/12/26}}; referral to {{LOCATION|Buke General Hospital}}.`,

  `Kosrae - diabetic foot clinic: {{NAME|Tulensru Sigrah-Palsis}}, {{LOCATION|Malem}} municipality, ulcer 2 cm plantar, offloading boot; next visit {{DATE|Dec 10, 2026}}; {{LOCATION|Kosrae State Hospital}}; phone {{PHONE|(691) 370-4417}}.`,

  `Yap - outer island dispensary radio: {{NAME|Meroe Fitileg Ramangmou}}, {{LOCATION|Ulithi}} ({{LOCATION|Falalop}}), measles exposure letter and MMR catch-up given {{DATE|1 Dec 2026}}; health assistant {{NAME|Gilmore Yangmog}}.`,

  `Kerala - iron infusion day care: {{NAME|Sreelakshmo Puthenveettil}}, w/o {{NAME|Anilkumar Kuttan}}, Hb 7.9, ferric carboxymaltose 1 g; Aadhaar {{ID|4417 2930 6182}}; {{LOCATION|Taluk Headquarters Hospital Kodungallur}}; {{DATE|03-12-2026}}; ph {{PHONE|+91 94474 41729}}.`,

  `Kerala (Malayalam): രോഗി {{NAME|ഷൈജു പുത്തൻപുരയ്ക്കൽ}}, വയസ്സ് 54, ആസ്ത്മ; ഡോ. {{NAME|ലീന വർഗീസ്}}; {{LOCATION|കുന്നംകുളം}}; {{DATE|02/12/2026}}.`,

  `Tamil Nadu - enuresis clinic: {{NAME|Kavin Selvaperumal}}, 8 வயது, desmopressin 120 mcg melt nightly, alarm from {{DATE|01.12.2026}}; father {{NAME|Selvaperumal Ayyanar}}; {{LOCATION|Government Head Quarters Hospital Tiruvannamalai-East}}; ph {{PHONE|94431 44172}}.`,

  `Tamil script slip: நோயாளி {{NAME|முத்துலட்சுமி ராமசுப்பு}}, அப்பா {{NAME|ராமசுப்பு}}; {{LOCATION|பெரியகுளம்}}; {{DATE|03-12-2026}}; மருத்துவர் {{NAME|செந்தாமரை}}.`,

  `Punjab (Gurmukhi and English) - naloxone kit supply: ਮਰੀਜ਼ {{NAME|ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਧਾਲੀਵਾਲ}} / {{NAME|Gurpriit Songh Dhaliwel-Randhawa}}, village {{LOCATION|Kotli Thabal}}, tehsil {{LOCATION|Babe Bakala}}; kit batch given, OOAT centre {{LOCATION|Civil Hospital Rayya}}; {{DATE|02/12/2026}}.`,

  `Nagaland - district hospital note: {{NAME|Vikuosa Rutsa-Khezhie}}, {{LOCATION|Khonoma}} village, neonatal abstinence scores 4, 6, 5 after maternal opioid use; nurse {{NAME|Neichüvono Kire}}; {{LOCATION|Nege Hospital Authority}}, {{LOCATION|Kohime}}.`,

  `Mizoram - BCG at birth record: baby of {{NAME|Lalremruati Hnamte}}, father {{NAME|Zothanpuia Khiangte}}, born {{DATE|29.11.2026}} at {{LOCATION|Civil Hospital Lungleo}}; address {{LOCATION|Chanmari West}}, {{ZIP|796701}}.`,

  `Sikkim - trekker altitude note: {{NAME|Pime Ongmu Bhutie-Lachenpa}}, at {{LOCATION|Thangu}} 4000 m, SpO2 78%, acetazolamide and descent to {{LOCATION|Lachen}}; guide {{NAME|Karma Tshering Lepcha}}; jeep {{VEHICLE|SK-04-J-4417}}; {{DATE|1 Dec 2026}}.`,

  `Goa - birth reflections (debrief) clinic: {{NAME|Sweezel Fernandis-Colaço}}, delivery {{DATE|14/08/2026}} at {{LOCATION|Hospiciu Hospital}}, {{LOCATION|Margão}}; emergency caesarean for fetal bradycardia explained; midwife {{NAME|Flavia D'Souza-Pereore}}.`,

  `Andaman - inter-island ferry referral: {{NAME|Suresh Munda Tirkey}} from {{LOCATION|Hut Bay}} to {{LOCATION|G.B. Pant Hospital}}, {{LOCATION|Sro Vijaya Puram}}, by ship {{VEHICLE|MV Kamorta-II}}; diagnosis acute appendicitis; {{DATE|2 Dec 2026}}.`,

  `Iraq - CAR-T referral: المريض {{NAME|حيدران عبد الزهرة الكناني}} / {{NAME|Haidar Abdulzahra al-Kinani}}, البطاقة الوطنية {{ID|199441729306}}، lymphoma relapsed after 2 lines; {{LOCATION|مدينة الطب}}، {{LOCATION|Baghdad Medical City}}; {{DATE|2026/12/02}}.`,

  `Iraq (south) - thalassaemia centre: {{NAME|Zahraa Qasim Mutashar}}, venesection not done, chelation with deferasirox; father {{NAME|Qasim Mutashar Jabber}}, mobile {{PHONE|+964 780 441 7293}}; {{LOCATION|Al-Zubeor General Hospital}}; {{DATE|03/12/2026}}.`,

  `Antarctic station medical log: {{NAME|Finnien Oyeleren-Kask}}, station electrician, frostnip to fingertips after generator work; station {{LOCATION|Halley-Brunt Shelf Camp}}; doctor {{NAME|Saoorsi Madagan}}; ship {{VEHICLE|RV Skuavik}}; {{DATE|02/12/2026}}.`,

  `Winter-over psychological screen: expeditioner {{NAME|Timson Okonedo-Hali}}, {{LOCATION|Mawson Station}}; PHQ-9 4, sleep diary fine; e-mail {{EMAIL|t.okonedohale@polarmed.example.net}}; {{DATE|1 Dec 2026}}.`,

  `Saskatchewan - Cree community nursing station: {{NAME|Wapan Kitchekeesik-Flitt}}, band no. {{ID|3140441729}}, {{LOCATION|Opawikoscikan}}, sepsis screen positive, lactate 3.1; medevac to {{LOCATION|Royal University Hospital}}, {{LOCATION|Saskatoon}}; HSN {{HEALTH_PLAN|441729306}}; {{DATE|Dec 3 2026}}.`,

  `Nova Scotia - Mi'kmaq health centre: {{NAME|Mattio Peal-Denny}}, {{LOCATION|Eskasoni}}, voice clinic referral for hoarseness 10 weeks, smoker; MSI {{HEALTH_PLAN|0044 172 930}}; {{LOCATION|Capi Bretun Regional Hospital}}; fax {{FAX|(902) 567-4417}}.`,

  `New Brunswick - clinique acadienne: {{NAME|Réginald Thériaalt-Chiasson}}, {{LOCATION|Caraquet}}, {{ZIP|E1W 1B6}}, laryngectomie, changement de valve phonatoire Provox le {{DATE|2 décembre 2026}}; infirmière {{NAME|Yvitti Haché-Godin}}.`,

  `Northwest Territories - Dene health cabin: {{NAME|Dora Kotchilea-Betsidea}}, {{LOCATION|Behchukǫ̀}}, tracheostomy care teaching for her son {{NAME|Rylend}}; NWT HSC {{HEALTH_PLAN|N4417293}}; {{LOCATION|Stanton Territorial Hospital}}; {{DATE|2026-12-01}}.`,

  `South Carolina Sea Islands - home visit: {{NAME|Maebelle Olenda Heyward-Singletun}}, {{AGE|96}}, {{LOCATION|St. Helene Island}}, {{LOCATION|14 Eddings Point Rd}}, SC {{ZIP|29920}}; catheter passport updated; grandson {{NAME|Jerrell}}; {{DATE|12/02/2026}}.`,

  `Lancaster County - Amish home birth follow-up: {{NAME|Sadii Stoltzfoos Beiler}}, baby boy born {{DATE|11/28/2026}} at home, {{LOCATION|Gap Hollow Lane}}, {{LOCATION|Paradise}}, PA {{ZIP|17562}}; hip ultrasound clinic booked (breech); midwife {{NAME|Lydia Esh-Kauffmann}}.`,

  `Minnesota - Hmong interpreter note: {{NAME|Nplooj Veng-Yaj}}, SSN {{SSN|471-44-1729}}, external cephalic version discussed and declined; husband {{NAME|Tsav Xyooj}}; {{LOCATION|Phalin Village Clinic}}, {{LOCATION|Saint Peal}}; {{DATE|12/01/2026}}.`,

  `Texas colonia promotora visit: {{NAME|Marisile Yberre-Quintanolle}}, {{LOCATION|Colonia Las Milpas Sur}}, {{LOCATION|Pherr}}, TX {{ZIP|78577}}; BP 162/98, AKI alert from lab shared with Dr {{NAME|Evodio Garze-Lerma}}; Medicaid {{HEALTH_PLAN|TX5044172930}}; {{DATE|12/03/2026}}.`,

  `Eastern Kentucky - black lung clinic: {{NAME|Dewey Riy Slone-Caudill}}, {{LOCATION|Hindman}}, KY {{ZIP|41822}}; FEV1 48%, worked at {{LOCATION|Elkhorn Ridge No. 4 Mine}} 31 years; lung nodule surveillance CT {{DATE|Jan 12, 2027}}; SSN {{SSN|403-44-1729}}.`,

  `Maine - lobsterman fitness note: {{NAME|Almon Carver-Beal}}, {{LOCATION|Vinalhaven}}, ME {{ZIP|04863}}, ICD shock x1 while hauling traps {{DATE|11/29/2026}}; boat {{VEHICLE|ME 4417 AK}}; device serial {{DEVICE|RLA441729S}}.`,

  `Northern Territory - Yolŋu community clinic: {{NAME|Djalinda Yunupiŋu-Marika}}, {{LOCATION|Galiwin'ku}}, RHD not present, iron infusion for anaemia; health worker {{NAME|Gawura Wanambi}}; Medicare {{HEALTH_PLAN|5441 72930 6}}; {{DATE|03/12/2026}}.`,

  `Kimberley - remote retrieval: {{NAME|Jaxun Bedfurd-Yeeda}}, {{LOCATION|Fotzruy Crossing}}, thrombectomy transfer for a basilar occlusion to {{LOCATION|Royal Purth Hospital}}; RFDS aircraft {{VEHICLE|VH-FVQ}}; {{DATE|2 Dec 2026}}.`,

  `Orkney - play specialist note: {{NAME|Breckan Isbister}}, 6, needle fear before bloods, bubbles and iPad; {{LOCATION|Korkwell}} children's room; mother {{NAME|Signy}}; {{DATE|Fri 4 Dec}}.`,

  `Change of name on record: patient formerly {{NAME|Kerense Vospir-Hayli}} now {{NAME|Kerense Tamblynne}} by deed poll dated {{DATE|18/11/2026}}; NHS {{MRN|485 441 7293}}; new address {{LOCATION|2 Chapel Row}}, {{LOCATION|St Just}}, {{ZIP|TR19 7HT}}; processed by {{NAME|Demilze Carnsiw}}, records team.`,

  `Duplicate record merge (IT ticket {{ID|INC-0441729}}): {{MRN|RCH4417293}} and {{MRN|RCH4417930}} both for {{NAME|Hedliy Trewartha-Pascoi}}, DOB {{DATE|09/09/1951}}; merged {{DATE|02/12/2026}} 14:12 from workstation {{IP|10.44.172.93}}.`,

  `Data breach notification letter: Dear Ms {{NAME|Zennor}}, on {{DATE|24 November 2026}} a clinic letter about you was e-mailed in error to {{EMAIL|p.roskilly@kernowpost.example.co.uk}}; it held your name, date of birth and hospital number {{MRN|K4417296}}. The recipient confirmed deletion.`,

  `Next-of-kin update form: patient {{NAME|Serin Bolitho-Angwon}}; NOK changed from {{NAME|Piren Angwon}} (ex-husband) to sister {{NAME|Tegen Bolitho}}, mobile {{PHONE|07700 944172}}, {{LOCATION|Pingilly Close}}, {{LOCATION|Helstun}}; {{DATE|1 Dec 2026}}.`,

  `Lasting power of attorney (health and welfare) seen and scanned: donor {{NAME|Alduas Penbirthy}}, {{AGE|93}}, attorneys {{NAME|Lovedey Penbirthy}} and {{NAME|Jowen Kottu}}, OPG reference {{ID|7000-4417-2930}}, registered {{DATE|06/05/2024}}.`,

  `Did-not-attend letter: {{NAME|Tomos Rescorla}}, you missed your diabetic foot appointment on {{DATE|Tuesday 1 December}}; rebook on {{PHONE|01872 441729}} or at {{URL|https://bookings.royalcornwall.example.nhs.uk/dna/441729}}.`,

  `Waiting-list validation: Dear Mr {{NAME|Hosken}}, you have waited 41 weeks for a hernia repair at {{LOCATION|St Michail's Hospital Hayli}}; reply by {{DATE|18 December 2026}} to keep your place. Ref {{ID|WLV-0441729}}.`,

  `Second opinion request (Alsace): Dr {{NAME|Auréliin Hartweg-Kientz}} demande l'avis du Pr {{NAME|Odili Schaeffler}} pour {{NAME|Merthi Ebersohl}}, {{AGE|90}} ans, candidate TAVI; {{LOCATION|Hôpital civil de Sélestat-Ried}}; {{DATE|jeudi 3 décembre}}; fax {{FAX|03 88 44 17 29}}.`,

  `Alsatian pharmacy - New Medicine Service-type follow-up: {{NAME|Fernand Waechtler}}, début apixaban {{DATE|16/11/2026}}, observance bonne; pharmacie {{LOCATION|Apotheke zum Storich}}, {{LOCATION|Munstir}} {{ZIP|68140}}.`,

  `Lusatia (Sorbian) - Kinderarzt: {{NAME|Měrćin Cyž}}, wotrowity Wachtel, Wohnort {{LOCATION|Njebjelčicy}}, Impfung Masern {{DATE|02.12.2026}}; Mutter {{NAME|Hańže Cyžowa}}; Krankenversichertennummer {{HEALTH_PLAN|M441729306}}.`,

  `Kashubia - poradnia: {{NAME|Klemens Lejk-Kwidzyński}}, PESEL {{ID|54031744172}}, scalp cooling z chemioterapią, peruka na receptę; {{LOCATION|Szpital Specjalistyczny w Kartuzach}}; tel {{PHONE|+48 58 685 44 17}}; {{DATE|3.12.2026}}.`,

  `Székely Land - medic de familie (Hungarian): {{NAME|Bartalis Ildikó Enikő}}, CNP {{ID|2710504194417}}, szemüveg és kontaktlencse illesztés; {{LOCATION|Csíkszereda}}, {{LOCATION|Kossath Lajus utca 44}}; {{DATE|2026. december 2.}}`,

  `Aosta Valley - ambulatorio: {{NAME|Joséphini Chabloz-Vuillermin}}, {{AGE|95}} ans, ipovisione, ausili ingranditori; certificato di cecità parziale; {{LOCATION|Hameau de Cré}}, {{LOCATION|Gressan}}; medico {{NAME|Ludovoc Bionaz}}; {{DATE|1/12/2026}}.`,

  `Friuli - intravitreal list (aflibercept): 1. {{NAME|Galliano Tomadini}}, OD; 2. {{NAME|Ivane Del Zotto-Missana}}, OS; 3. {{NAME|Renzu Pecile}}, OD; {{LOCATION|Ospedale di San Vito al Tagliamento}}; {{DATE|mercoledì 2 dicembre}}.`,

  `Okinawa - 特定健診 note: {{NAME|新垣 美代子}} ({{NAME|Arakaki Miyoko}}), {{AGE|97}}歳, 骨粗鬆症; {{LOCATION|読谷村}}; {{DATE|2026年12月2日}}; 主治医 {{NAME|喜友名}}.`,

  `Hokkaido (Ainu community) - visiting nurse: {{NAME|Kayano Shirō}}, {{LOCATION|Nibutani}}, {{LOCATION|Biratori}}, DBS programming follow-up; {{DATE|2026-12-03}}; tel {{PHONE|01457-2-4417}}.`,

  `Jeju-do - 해녀 diver's health check: {{NAME|고순자}}, {{AGE|91}}세, {{LOCATION|하도리}}; 청력 저하; {{DATE|2026.12.02}}; 간호사 {{NAME|부미경}}.`,

  `Surrogacy (parental order) health report: child born {{DATE|04/09/2026}} to surrogate {{NAME|Ailse Bremner-Vass}}; intended parents {{NAME|Caspoen Odaye}} and {{NAME|Leif Odaye-Strind}}; health visitor {{NAME|Philoppe Quarroi}}; court ref {{ID|ZW26P04417}}.`,

  `Forensic age estimation report: subject {{NAME|Abdirizak Fereh Hiirad}}, Home Office ref {{ID|F4417293}}, dental (third molars) and wrist X-ray findings consistent with over 18; examined at {{LOCATION|Larkbrook Reception Centre}}; {{DATE|26/11/2026}}.`,

  `Fitness to plead report: defendant {{NAME|Corin Blackwater-Mayes}}, court {{LOCATION|Truru Crown Court}}, case {{ID|T20267441}}; psychiatrist Dr {{NAME|Ismé Ward-Faraday}}, GMC {{LICENSE|6144172}}; interview at {{LOCATION|HMP Exeter}} {{DATE|30/11/2026}}.`,

  `Neonatal cot bureau transfer: twin 2 of {{NAME|Rhiennun Penwardin}}, 29+4 weeks, needs NICU cot; accepted by {{LOCATION|Derrofurd Hospital}}, {{LOCATION|Plymoath}}; transport team vehicle {{VEHICLE|WX74 NTS}}; {{DATE|03/12/2026}} 02:40.`,

  `Joint registry consent: {{NAME|Hiruld Trimbeth}}, left TKR implant sticker scanned, NJR consent yes; implant lot not recorded; hospital number {{MRN|T0441729}}; {{DATE|02.12.2026}}.`,

  `Guide dog application support letter: {{NAME|Annis Keverni}} has bilateral optic atrophy, certified sight impaired; she lives at {{LOCATION|Flat 3, Quay House}}, {{LOCATION|Falmoath}}; GP Dr {{NAME|Ruan Pascoi-Mitchill}}; {{DATE|1 December 2026}}.`,

  `Laser tattoo-removal consent: client {{NAME|Kenzie Jery}}, Fitzpatrick III, Q-switched Nd:YAG session 2; salon licence {{LICENSE|SP-4417/26}}; {{LOCATION|Inkless Studio}}, {{LOCATION|Newquay}}; {{DATE|Sat 5 Dec}}.`,

  `Dermal filler complication note: {{NAME|Tayle Brewin-Sprake}}, blanching upper lip 20 min after filler at {{LOCATION|Glow Aesthetics Bodmon}}; hyaluronidase 1500 units; practitioner {{NAME|Bryuny Nute}}; card ending {{ACCOUNT|7293}}.`,

  `Wart clinic (cryotherapy) list: {{NAME|Elowin Pascoi}} 10:00, {{NAME|Kut Pollerd}} 10:10, {{NAME|Morwinne Jegu-Rowsi}} 10:20; {{LOCATION|Lemon Street Surgery}}; {{DATE|Wednesday 9 December}}.`,

  `LASIK consent (private): {{NAME|Daniyer Abenuv-Losli}}, myopia -5.25/-4.75, pachymetry 541 and 538; surgeon {{NAME|Ottiloi Grainger}}, GMC {{LICENSE|7144172}}; deposit invoice {{ACCOUNT|OPT-441729}}; {{LOCATION|ClearSight Clinic Exeter}}.`,

  `Molar pregnancy registration: {{NAME|Morvorin Treluer}}, DOB {{DATE|07/02/1990}}, complete mole at evacuation {{DATE|20/11/2026}}; registered with the trophoblastic screening centre; hCG samples by post; NHS {{MRN|441 729 4417}}.`,

  `VBAC clinic: {{NAME|Ebuny Cardew-Lanyun}}, one previous caesarean at {{LOCATION|Treliski}}; plan for labour; EDD {{DATE|19/02/2027}}; consultant {{NAME|Histir Vivien}}.`,

  `Perineal (OASI) clinic: {{NAME|Nansi Polglase}}, 3b tear {{DATE|10/09/2026}}, endoanal ultrasound intact repair, St Mark's score 3; physio {{NAME|Ciara Bunt}}; {{LOCATION|Penrice Women's Unit}}.`,

  `SCIG home infusion diary: {{NAME|Jery Hambly}}, Hizentra 10 g weekly, pump serial {{DEVICE|FRZ-4417293}}, site reactions mild; infusion nurse {{NAME|Dilyth Rowsi}}; homecare co. order {{ID|HC-441729}}; {{DATE|Mon 30 Nov}}.`,

  `Shared Lives placement review: {{NAME|Ress Penrosi-Kemp}}, learning disability, lives with carers {{NAME|Diwn}} and {{NAME|Lenny Sleeman}} at {{LOCATION|Bosvean Farm}}, {{LOCATION|St Keverni}}; day centre {{LOCATION|The Lizard Hub}} twice a week; {{DATE|04/12/2026}}.`,

  `Asbestos compensation letter: {{NAME|Wulfrid Opie}}, mesothelioma confirmed {{DATE|October 2026}}; worked at {{LOCATION|Hayli Power Station}} 1964-1977; solicitor {{NAME|Patienci Carveth}}, ref {{ID|MES/4417/29}}; NI {{SSN|YT 44 17 29 C}}.`,

  `Liver transplant assessment: {{NAME|Gerens Truscott}}, UKELD 56, MELD 19; abstinent 2 years; wife {{NAME|Jenne}}; assessment week from {{DATE|11 January 2027}} at {{LOCATION|Queen Elizebith Hospital Birmonghem}}.`,

  `Patagonia (Welsh Chubut) - clínica: {{NAME|Gwenlloen Junis de Robirts}}, {{AGE|92}} años, {{LOCATION|Gaiman}}, Chubut; derivación a clínica de la voz; DNI {{ID|4.417.293}}; nieta {{NAME|Mirte Rhoswenna-Aguirri}}; {{DATE|2 de diciembre de 2026}}.`,

  `Yucatán - unidad de salud rural: {{NAME|Felipa Chonab Ucil-Canché}}, comisaría {{LOCATION|X-Ualtez}}, municipio {{LOCATION|Tekax}}; tamizaje de sepsis materna, qSOFA 2; CURP {{ID|CAUF990517MYNHCL04}}; {{DATE|01/12/2026}}.`,

  `San Andrés (Creole English and Spanish) - hospital note: {{NAME|Dorothee Bont-Archbold}}, sector {{LOCATION|La Loma}}, {{LOCATION|Hospital Clarenci Lynd Newball}}, cardioversion for AF done {{DATE|3 dic 2026}}; daughter {{NAME|Vivien}}, cel {{PHONE|+57 318 441 7293}}.`,

  `Labrador - Innu nursing station: {{NAME|Shinipesht Rich-Pastitshi}}, {{LOCATION|Natuashish}}, NL MCP {{HEALTH_PLAN|441 729 306 001}}, steroid emergency card reviewed; flight to {{LOCATION|Happy Valley-Goosi Bay}} {{DATE|Dec 4}}.`,

  `Nunavik - CLSC note: {{NAME|Qumaalak Nappaaluk-Kenuajuak}}, {{LOCATION|Salluot}}, RAMQ {{HEALTH_PLAN|NAPQ 8804 4172}}, TB contact screen negative; nurse {{NAME|Inni-Sophie Grégoire-Tulugak}}; {{DATE|2026-12-02}}.`,

  `North Frisia - Kurklinik: {{NAME|Broder Petirsin-Hansin}}, {{LOCATION|Keitum}}, {{ZIP|25980}}, COPD Reha, 6MWT 310 m; Krankenkasse {{HEALTH_PLAN|A441729306}}; Dr. med. {{NAME|Inken Boysen}}; {{DATE|Mittwoch, 2. Dezember 2026}}.`,

  `Finnish Lapland (Sámi) - terveysasema: {{NAME|Áilu Valli-Morottaja}}, henkilötunnus {{ID|030772-441P}}, lung nodule 6 mm follow-up CT in 6 months; {{LOCATION|Ivalo}}; puh {{PHONE|040 441 7293}}; {{DATE|3.12.2026}}.`,

  `Swedish Lapland (Sámi) - vårdcentral: {{NAME|Nols-Ántte Kuoljuk-Länta}}, personnummer {{ID|19580417-4172}}, insulin pump start, FreeStyle sensor; {{LOCATION|Vårdcentralen Jokkmukk}}; sköterska {{NAME|Britt-Maroi Spik}}; {{DATE|onsdag 2 december}}.`,

  `Kumbh Mela first-aid camp register: {{NAME|Ramadhar Yadav}}, pilgrim from {{LOCATION|Bhadohi}}, heat exhaustion, ORS; camp {{LOCATION|Sector 14 Arogya Shivir}}; volunteer doctor {{NAME|Anupama Tripathi-Shukla}}; {{DATE|02.12.2026}}.`,

  `Ladakh - district hospital: {{NAME|Tserong Dolker Shakspo}}, {{LOCATION|Hemis Shukpachan}}, HAPE, nifedipine and oxygen; ambulance {{VEHICLE|LA-02-4417}}; {{LOCATION|SNM Hospital}}, {{LOCATION|Lih}}; {{DATE|01/12/2026}}.`,

  `Assam - tea garden hospital: {{NAME|Budhni Orang}}, line {{LOCATION|Bokpara}}, {{LOCATION|Dikom Tea Estate}}, severe anaemia Hb 6.2, iron infusion; husband {{NAME|Somra Orang}}; {{DATE|03-12-2026}}.`,

  `Circus medical log: aerialist {{NAME|Ludmole Prokhorenko-Vasseur}}, fall 2.5 m onto the mat, wrist pain, virtual fracture clinic scaphoid pathway; company {{LOCATION|Cirqui des Quatre Vents}}, winter quarters {{LOCATION|Ath}}; {{DATE|30/11/2026}}.`,

  `Film set medic report: {{NAME|Benedokt Okefur-Lundqvost}}, stunt performer, rib contusion after a car stunt, SpO2 98%; production {{LOCATION|Halcyon Gate Studios}}; stunt car {{VEHICLE|GF26 XLB}}; unit medic {{NAME|Roselond Achtirbirg}}; {{DATE|02/12/2026}}.`,

  `Rodeo medic card (Alberta): {{NAME|Cult Whitecelf-Brauer}}, bull rider, concussion screen positive, pulled from event; {{LOCATION|Ponoka Stampede Grounds}}; AHCIP {{HEALTH_PLAN|44172-9306}}; medic {{NAME|Shayla Deerfoot}}; {{DATE|Nov 29, 2026}}.`,

  `Wind turbine rescue (North Sea, Danish crew): technician {{NAME|Mads Kjærgaard Holmboe}}, CPR-nr {{ID|170392-4417}}, suspension trauma after 18 min in harness; lowered to vessel {{VEHICLE|CTV Havørn 7}}; taken to {{LOCATION|Sydvestjysk Sygehus}}, {{LOCATION|Esbjerg}}; {{DATE|2. december 2026}}.`,

  `Ocean yacht race radio log: crew {{NAME|Annabel Ferreore-Whotluck}} on yacht {{VEHICLE|GBR 4417T}}, hand laceration 4 cm, steri-strips and antibiotics per race doctor {{NAME|Kwabine Ishby-Luft}}; position 300 nm west of {{LOCATION|Horta}}; {{DATE|01 Dec 2026}} 0415 UTC.`,

  `WHO surgical safety checklist (sign in): patient {{NAME|Beneditte Salvatierra-Kohl}}, MRN {{MRN|00441729}}, left carpal tunnel release, site marked, allergies none; scrub {{NAME|Nkem}}, anaesthetist {{NAME|Larcen Dempsiy-Mayu}}; {{LOCATION|Day Surgery Unit, Ashmere Community Hospital}}; {{DATE|12/04/2026}}.`,

  `Virtual fracture clinic outcome: {{NAME|Phoebi Marwoud}}, 5th metatarsal base avulsion, boot and weight bear; letter sent to {{LOCATION|Elmcroft Medical Practice}}; helpline {{PHONE|0300 441 7293}}; reviewed {{DATE|Wed 2 Dec}}.`,

  `Certificate of vision impairment: {{NAME|Ignatias Pereore-Hallons}}, DOB {{DATE|30.01.1948}}, severely sight impaired (AMD), consent to share with {{LOCATION|Harlow Borough}} sensory team; consultant {{NAME|Sunnove Aski}}, GMC {{LICENSE|4044172}}; {{DATE|01.12.2026}}.`,

  `Steroid emergency card issued: {{NAME|Leocadie Whitbourne}}, prednisolone 10 mg for 2 years (polymyalgia), sick-day rules explained; pharmacist {{NAME|Hemze Qurisho-Lowi}}, GPhC {{LICENSE|2204417}}; {{LOCATION|Brookmead Pharmacy}}.`,

  `Hospital-at-home PROMs submission: {{NAME|Osroc Bellweathir}}, EQ-5D-5L 2-2-1-3-2, submitted {{DATE|2026-12-02}}T21:14 from {{IP|81.144.17.29}}; token {{ID|PR-9F4417}}.`,

  `Portal audit (IPv6): account {{ACCOUNT|PT-4417293}} ({{NAME|Wrun Abbotsleigh}}) viewed her results {{DATE|03/12/2026}} 07:02 from {{IP|2a02:c7e:4417:2900::1b}}; second login from {{IP|2a02:c7e:4417:2900::2c}}.`,

  `Video consultation invite: {{NAME|Ferdinend Oyewusi-Clay}}, pre-op anaesthetic check {{DATE|Friday 11 December}} 14:30, join at {{URL|https://meet.attend-anywhere.example.org/clinic/441729}}; questions to {{EMAIL|preop.ashmere@nhs-example.net}}.`,

  `Pharmacy fax: to {{LOCATION|Ryecroft Surgery}}, fax {{FAX|01634 441729}}: Mrs {{NAME|Tilde Ormerud}} DOB {{DATE|12/10/1939}} requests early supply of tramadol; declined pending GP review; pharmacist {{NAME|Obizuo Nnadozii}}.`,

  `E-prescription token: patient {{NAME|Caradoc Ellsworth}}, token {{ID|4A7C29-Z44172-93061K}}, nominated {{LOCATION|Alderholme Pharmacy}}; prescriber Dr {{NAME|Imilde Fforde}}; {{DATE|02 Dec 2026}}.`,

  `Pet-therapy visit log: dog Biscuit visited ward 9; patients seen {{NAME|Agnis Tolhurst}} ({{AGE|98}}) and {{NAME|Rug Pilbiem}}, 84; handler {{NAME|Gail Maybary}}; {{DATE|Tue 1 Dec}}.`,

  `Wearable ECG patch report: {{NAME|Solviog Abirnethy-Tullo}}, 14 days, AF burden 11%, longest pause 2.4 s; patch serial {{DEVICE|ZP4-44172930}}; referring {{LOCATION|Marlowi Park Practice}}; {{DATE|30/11/2026}}.`,

  `Chaperone record: intimate examination of {{NAME|Petronelle Ishduwn}}, chaperone Sister {{NAME|Fiune Gaskarth}} declined as she knew the family; replaced by HCA {{NAME|Yesaf Adeleki-Brouk}}; {{DATE|03.12.2026}}.`,

  `Genomic newborn screening consent: baby of {{NAME|Lucinde Varge-Hollowey}}, born {{DATE|1 December 2026}} at {{LOCATION|Fernholl Birth Centre}}; consent yes; sample kit {{ID|GNS-441729306}}; midwife {{NAME|Perpetae Osio}}.`,

  `Breastfeeding peer supporter visit: {{NAME|Jasmina Dervišević}}, baby 9 days, latch better; group at {{LOCATION|Ladywill Children's Centre}} on Thursdays; supporter {{NAME|Hollii Crani}}, {{PHONE|07911 441729}}.`,

  `Medical alert registration: {{NAME|Ptolimy Akinbiyi}}, adrenal insufficiency and penicillin allergy, member {{ACCOUNT|MA-0441729}}; bracelet engraved; emergency contact {{NAME|Temi Akinbiyi}}; {{DATE|November 2026}}.`,

  `Sperm donor screening: donor {{ID|D-4417}}, {{NAME|Lichlen Forsythe-Mboko}}, karyotype 46,XY, CF carrier negative; clinic {{LOCATION|Wyvirn Fertility}}; licence centre number {{LICENSE|0441}}; {{DATE|27/11/2026}}.`,

  `Hospital school report: pupil {{NAME|Zaoneb Okwuose}}, 14, on the renal unit since {{DATE|October}}; GCSE maths continued; home school {{LOCATION|Kingsmeed Academy}}; teacher Mr {{NAME|Ivo Hartigen}}.`,

  `Crisis team home treatment: {{NAME|Domonoc Asquoth-Nduka}}, {{LOCATION|14 Larch Walk}}, {{LOCATION|Stevenage}}, {{ZIP|SG1 4LW}}; twice-daily visits, lorazepam 1 mg; care coordinator {{NAME|Temperanci Oyeluwu}}; car {{VEHICLE|KN71 BZA}} parked outside; {{DATE|01/12/2026}}.`,

  `Triage SMS from the lab: "{{NAME|Arlo}}, your potassium was 6.1, please attend {{LOCATION|Ashmere Urgent Treatment Centre}} today." Sent {{DATE|3/12}} 16:20 to {{PHONE|07400 441729}}.`,

  `Pump replacement: {{NAME|Ottoloni Ferrabei}}, Omnipod controller serial {{DEVICE|PDM-44172930}} replaced, order {{ID|RX-0441729}}; courier to {{LOCATION|7 Wharfsidi Mews}}, {{LOCATION|Whutby}}, {{ZIP|YO21 3PZ}}; {{DATE|04/12/2026}}.`,

  `One-liner: {{NAME|Philomine Grice}} rang re her husband {{NAME|Walt}}, {{AGE|90}}, confused since Tuesday, sepsis screen to be done at home.`,

  `One-liner: {{NAME|Oona McTurk}} collected her wig voucher; ref {{ID|WV-044172}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `FGM: WHO types 1-4, FGM-IS dataset and mandatory reporting for under 18s (Serious Crime Act 2015), deinfibulation at 20 weeks; Birmingham, Bristol and Manchester specialist clinics; 0800 helpline; ages 5 to 8 at highest risk.`,
  `EARLY PREGNANCY: mean sac diameter 25 mm without embryo or CRL 7 mm without heartbeat; Arias-Stella reaction, decidual cast; methotrexate 50 mg/m2 for ectopic, hCG days 4 and 7; Rhesus anti-D 250 IU after surgical management; M6 and M4 models.`,
  `MOLAR PREGNANCY: complete (46,XX androgenetic) vs partial (69,XXY); Charing Cross, Sheffield and Dundee screening centres; FIGO 2000 prognostic score; actinomycin D and EMA/CO; hCG normal under 5 IU/L.`,
  `OBSTETRICS: external cephalic version with terbutaline 250 mcg, success about 50%; VBAC success 72-75%, Grobman calculator; OASI classification 3a, 3b, 3c and 4 (Sultan); St Mark's incontinence score; Robson ten groups; Bishop score over 8.`,
  `NEONATES: Finnegan and Eat, Sleep, Console for neonatal abstinence; BCG (AJ Vaccines, Danish 1331 strain) for TB-risk babies; Graf hip ultrasound types I-IV, Barlow and Ortolani tests, Pavlik harness; Apgar at 1 and 5 minutes.`,
  `PAEDIATRIC CONTINENCE: desmopressin (DDAVP, Noqdirna, DesmoMelt) 120-240 mcg, enuresis alarms (Malem, Rodger), ERIC and ICCS definitions; Bristol Stool Chart; Movicol Paediatric Plain; Rome IV.`,
  `HAEMATOLOGY DAY UNIT: ferric carboxymaltose (Ferinject) 20 mg/kg to 1000 mg, ferric derisomaltose (Monofer), iron sucrose (Venofer); Ganzoni formula; haemochromatosis HFE C282Y, venesection to ferritin 50-100; JAK2 V617F polycythaemia, haematocrit under 0.45; Sunday and Monday slots.`,
  `IMMUNOGLOBULIN: Hizentra, HyQvia, Cuvitru and Xembify subcutaneous, Privigen and Octagam intravenous; Freedom60 and Crono pumps; trough IgG over 8 g/L; Bruton (XLA), CVID, Wiskott-Aldrich and DiGeorge syndromes.`,
  `CAR-T: axicabtagene ciloleucel (Yescarta), tisagenlecleucel (Kymriah), lisocabtagene (Breyanzi); ASTCT grading of CRS and ICANS, ICE score 10; tocilizumab (RoActemah) and dexamethasone; Kite and Novartis manufacturing slots; CD19 and BCMA.`,
  `SLEEP AND VENTILATION: ResMed AirSense 11 and AirFit F20, Philips DreamStation 2, Fisher & Paykel Eson 2; AHI under 5 residual; Epworth Sleepiness Scale 10; DVLA group 1 and 2 rules; STOP-BANG 5 of 8; usage over 4 hours on 70% of nights.`,
  `LUNG NODULES: Fleischner Society 2017, BTS 2015 nodule guideline, Brock and Herder models, Lung-RADS 4A; Lung Health Check (Targeted Lung Health Check) at 55-74; mesothelioma (Chrysotile, Crocidolite, Amosite fibres), Hodgkin's; Pleural plaques not compensated.`,
  `CARDIOLOGY PROCEDURES: DC cardioversion 200 J biphasic, CHA2DS2-VASc and HAS-BLED; TAVI with Edwards SAPIEN 3, Medtronic Evolut and Boston Scientific Acurate; STS and EuroSCORE II; Medtronic, Abbott and Biotronik ICDs; Zio XT and Holter; Kardia (AliveCor).`,
  `NEUROSCIENCES: ABCD2 score, Oxfordshire (Bamford) classification, NIHSS 0-42, ASPECTS 6 or more for thrombectomy, Solitaire and Trevo stent retrievers; DBS with Medtronic Percept, Boston Vercise and Abbott Infinity; Essential tremor, Parkinson disease, Tourette syndrome.`,
  `RENAL ALERTS: KDIGO AKI stages 1-3, NHS AKI algorithm, Think Kidneys; nephrotoxic "sick day" drugs (ACE inhibitors, ARBs, NSAIDs, metformin, SGLT2 inhibitors, diuretics); Cockcroft-Gault vs CKD-EPI 2021; potassium 6.1 mmol/L action level.`,
  `ENDOCRINE: Medtronic MiniMed 780G, Omnipod 5 (Insulet), Tandem t:slim X2 with Control-IQ, CamAPS FX; Dexcom G7 and Libre 3; NHS Steroid Emergency Card (2020), hydrocortisone 100 mg IM; Addison disease, Cushing syndrome, Conn syndrome, Sheehan syndrome.`,
  `EYES: aflibercept (Eylea), ranibizumab (Lucentis, Byooviz), faricimab (Vabysmo); Amsler grid; CVI certificate, Snellen 6/60 and Humphrey 24-2; LASIK vs SMILE (Zeiss VisuMax) vs PRK; Acuvue Oasys, Dailies Total1 and CooperVision MyDay lenses; Keratoconus (Amsler-Krumeich).`,
  `VOICE AND AIRWAY: Provox Vega and Blom-Singer voice prostheses, Shiley and Portex Blue Line tracheostomy tubes, Passy-Muir valves; Reinke oedema, Sulcus vocalis; Voice Handicap Index 10; GRBAS scale; Montgomery T-tube.`,
  `NURSING TOOLS: NEWS2 score 5 or more, UK Sepsis Trust Sepsis Six, qSOFA 2 of 3, lactate over 2; catheter passport (Foley 14 Ch, Bard and Coloplast), CAUTI bundle; Braden and Waterlow; bay 3, bed 12 and side room 4.`,
  `CHILDREN IN HOSPITAL: play specialists with Buzzy (MMJ Labs), Ametop and EMLA cream, J-Tip; Wong-Baker FACES and FLACC; hospital school (Ofsted registered), Starlight Children's Foundation distraction boxes; Great Ormond Street and Alder Hey charities.`,
  `ADMIN AND LAW: Lasting Power of Attorney (Office of the Public Guardian, LP1H and LP1F forms), Mental Capacity Act 2005, Criminal Procedure (Insanity) Act 1964 and the Pritchard criteria of 1836; Human Fertilisation and Embryology Act 2008, parental order (C51); UK GDPR Article 33 (72 hours), Caldicott principles 1-8.`,
  `AGE ASSESSMENT: Greulich and Pyle and Tanner-Whitehouse (TW3) bone age, Demirjian stages of the third molar, Merton-compliant assessments (R (B) v Merton 2003); Schmeling method; clavicle CT stages.`,
  `AESTHETICS: Juvederm (Allergan), Restylane (Galderma), Teosyal; Hyalase 1500 IU; Q-switched Nd:YAG and PicoSure (Cynosure) lasers; Fitzpatrick I-VI; Kirby-Desai scale; Glogau wrinkle scale; cryotherapy with Cryo-Pen, Wartner and Bazuka; Verrucae in children aged 4 to 12.`,
  `ONCOLOGY SUPPORT: Paxman and DigniCap scalp cooling, CTCAE alopecia grade 2, NHS wig vouchers; Macmillan and Maggie's centres; Look Good Feel Better; Dean scale; Guide Dogs, Hearing Dogs and Canine Partners.`,
  `AVIATION AND SPACE: Armstrong limit at 63,000 ft, time of useful consciousness, G-LOC and anti-G straining, Coriolis and somatogravic illusions, the leans; spaceflight-associated neuro-ocular syndrome (SANS), Kármán line, ISS and Soyuz crews; Apollo 1 in 1967; CAA and FAA class 1 and 2 medicals at ages 40 and 60; cabin altitude 8,000 ft.`,
  `OCCUPATIONAL LUNG AND SKIN: Caplan syndrome, farmer's lung, pigeon fancier's lung, bagassosis, byssinosis (Monday fever), metal fume fever, silo filler's disease, chrome ulcers, cement burns; vibration white finger (Stockholm workshop and Taylor-Pelmear scales); RIDDOR 2013, COSHH 2002; 3M Versaflo, Honeywell North and Dräger X-plore respirators.`,
  `Eponymous organisms and tests: Bordetella, Brucella, Rickettsia, Yersinia, Escherichia, Klebsiella, Listeria, Salmonella, Shigella, Neisseria, Pasteurella, Francisella, Ehrlichia, Bartonella, Coxiella, Burkholderia; Legionella after the 1976 convention; Weil-Felix, Widal, Paul-Bunnell, Ziehl-Neelsen, Gram, Giemsa, Wright, Mantoux and Kveim tests.`,
  `Bites, stings and foods: Sydney funnel-web and Brazilian wandering spiders, Mediterranean recluse, Russell's viper, Chironex and Irukandji jellyfish, Portuguese man o' war, Stonefish (Synanceia); Jamaican vomiting sickness (ackee), fugu tetrodotoxin, Camembert and Roquefort in pregnancy advice, Brazil nut and Dijon mustard allergy; Chinese restaurant syndrome (a dated term).`,
  `Classification cities: Vienna classification of colorectal neoplasia, Montreal IBD, Atlanta 2012 pancreatitis, Tokyo 2018 cholangitis, Seattle protocol biopsies, Kampala trauma score, Ottawa ankle and knee rules, San Francisco syncope rule, Wells and Geneva scores, the Nice classification of pulmonary hypertension and the Bethesda thyroid system.`,
  `FRACTURES: Weber A-C ankle, Garden I-IV and Pauwels neck of femur, Salter-Harris I-V, Jones vs pseudo-Jones fracture of the fifth metatarsal, Colles and Smith, Bennett and Rolando, Monteggia and Galeazzi, Lisfranc and Chopart, Maisonneuve; Aircast boots, Zimmer and Stryker implants.`,
  `CLINIC BOARD (no names): room 1 TIA, room 2 cardioversion follow-up, room 3 pessary fits, room 5 IBD helpline calls, room 7 virtual fracture clinic; Mondays and Fridays; patients aged 19 to 87; new since 2024; 30 min slots, 4 cancelled.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter27', '/tmp/deid-ood-letters27.jsonl');
