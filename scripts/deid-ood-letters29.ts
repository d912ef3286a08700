/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-second session, engineer author: short and
 * long clinician texts, in running prose and in form/field layouts, of kinds beyond letters14-27: sterile-services
 * instrument tracking, vaccine-fridge excursion logs, bone-bank femoral-head donation, home-ventilator alarm logs,
 * infusion-pump drug-library uploads, blood-gas print-outs, theatre swab counts, anaesthetic charts, key-safe codes,
 * stair-lift and community-equipment loans, blood-glucose meter downloads, telecare alarm units, occupational notes
 * for fur farms, bakeries, hairdressing salons, tanning and dye pits, olive presses, sponge and salt work, brick kilns,
 * catfish and fish canneries, abattoirs, tunnel boring in compressed air, forestry, oil rigs, vineyards, sugarhouses,
 * potato and bulb farms, distilleries, mezcal stills, wineries, uranium mills and crane cabs, green tobacco sickness,
 * chromium ulcers, erysipeloid, sap dermatitis, mercury from artisanal gold, cholinesterase after pesticides, carbon
 * monoxide from stoves and CO2 in fermentation tanks, hurling, cricket-net, ice-hockey, lacrosse, cold-water swimming,
 * paragliding and sled-race checks, funeral-ceremony and fiesta first aid,
 * initiation-school health checks, traditional-healer referrals, tiger-widow counselling, camel, buffalo and cow
 * injuries, sea-urchin, stingray and bee stings, heat stroke, hypothermia after a winter swim, clove-tree and coconut falls, living-root-bridge and quad-bike falls,
 * dust-storm asthma, bushfire smoke, paralytic shellfish poisoning, hepatitis E and monkey fever, Legionella
 * and norovirus clusters, C. difficile root-cause forms, bed bugs and scabies in hostels, containers and schools,
 * adverse-drug-reaction reports, homecare deliveries, PGD sign-off sheets, dental-lab dockets, spectacles vouchers,
 * orthotic casting forms, e-consult forms, smart-inhaler and pacemaker transmissions, teledermatology uploads,
 * complaints threads, car-park penalty appeals, insurance fax covers, a midwife's text and one-line messages; written
 * in the styles of regions and peoples not used before: Occitania (Occitan), the Val d'Aran (Aranese), Ticino,
 * Istria, the Arbëreshë of Calabria, Burgenland Croats, German-speaking Belgium (Eupen), Dutch Limburg, Groningen,
 * Sønderjylland, Bornholm, Gotland, Setomaa, Samogitia, Podhale, Upper Silesia, Moravian Wallachia, Transcarpathia
 * (Cyrillic), the Banat, Vojvodina, Dalmatia, Thrace, Hatay, Adjara, Dagestan (Cyrillic), Kamchatka, Sakhalin, Inner
 * Mongolia (Chinese script), Tibet (Tibetan script), Bali, Toraja, Cebu, Batanes, Odisha (Odia script), Meghalaya
 * (Khasi), Kashmir, Gujarat (Gujarati script), Maharashtra (Devanagari), Karnataka (Kannada script), Telangana (Telugu
 * script), the Sundarbans (Bengali script), Sindh, Khuzestan (Persian script, solar hijri date), Dhofar, Sinai, the
 * Rif, Kabylie, Djerba, Kano, the Niger Delta, North-West Cameroon, Lamu, Pemba, Karamoja, Afar (Ethiopian date),
 * KwaZulu-Natal (isiZulu), the Eastern Cape (isiXhosa), Venda, North Kivu, the Amazon river communities, Pomerode,
 * Puno (Uros), Chocó, Salta, Chiloé, Petén, Oaxaca, Chiapas (Tzotzil), Bocas del Toro, the Blackfeet Nation, the
 * Mississippi Delta, rural Utah, Wyoming, North Dakota, Vermont, Idaho, Gaspésie, Prince Edward Island, Six Nations,
 * Moose Factory, the Pilbara, Wilcannia, Kangaroo Island, Northland and the East Cape (Māori), Molokai, Savai'i, Islay,
 * the Aran Islands, Rutland, Spalding, the Forest of Dean, Shropshire, Cumbria, the Fens, Lancashire and Yorkshire
 * towns (local words kept: IPP, AVS, OIB, SV-Nr., NISS, BSN, CPR-nr, personnummer, isikukood, PESEL, PWZ, rodné číslo,
 * CNP, JMBG, ΑΜΚΑ, T.C., piradi nomeri, полис ОМС, 身份证, NIK, BPJS, PhilHealth, PMJAY, Aadhaar, CNIC, کد ملی, civil ID,
 * RAMED, CHIFA, CNAM, NHIA, SHA, Cartão SUS, CPF, DNI, cédula, RUT, DPI, CURP, IMSS, ART, RAMQ, OHIP, band no., NHI,
 * CHI, medical card, GPhC, NMC PIN, GDC, GOC, GMC, NPI, Sentinel).
 * Human patients only. Written by hand by engineer author on 2026-12-06 (thirty-second session) without reading the
 * engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead only; never tune
 * rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, after field labels, in lists, registers, greetings, surname
 * first, hyphenated, with particles, Cyrillic, Chinese, Tibetan, Odia, Gujarati, Devanagari, Kannada, Telugu, Bengali
 * and Persian script, Occitan, Aranese, Limburgish, Gronings, Croatian, Silesian, Rusyn, Hausa, Ijaw,
 * Zulu, Xhosa, Venda, Aymara, Tzotzil, Blackfeet, Haudenosaunee, Cree, Māori and Hawaiian names); lone first names;
 * places of every kind (streets, flats, villages, douars, banjars, sitios, shehias, veredas, manyattas, container
 * cities, kilns, dye pits, presses, palenques, bodegas, fincas, camps, rigs, fire camps, farms, studs, distilleries,
 * clubs, marae, hostels, car washes, depots, schools, employers and facilities in local languages); ages over 89 as
 * digits ("93 Jahre", "95 år", "96 лет", "92 anos", ", 90,", ", 91,", ", 94;", "(99)", ", 92,", ", 97,"); dates in many
 * formats (dijòus 3 de decembre, 02/12/2026, 14.06.1953, "3. 12. 2026.", "2 dicembre 2026", "Freitag, 4. Dezember
 * 2026", "woensdag 2 december", "2. december 2026", "tisdag 1 december", "1 grudnia 2026", "1 decembrie 2026",
 * "2026年12月3日", "3 Desember 2026", "Disyembre 2, 2026", "1405/09/12", "Hidar 23, 2019 E.C.", "1er décembre 2026",
 * "3 de dezembro de 2026", "1 de diciembre de 2026", "2 dic 2026", "Nov 30 2026", "Dec 2, 2026", 12/01/2026 (US),
 * ISO, "Thu 3 Dec", "Sat 28 Nov", "3/12", weekdays with dates); IDs of many shapes; health plans, licences, phones of
 * many countries, faxes, e-mails, URLs, IPv4 and IPv6, device serials, plates, boats, ferries, dhows, barges, a fire
 * engine, aircraft registrations, a key-safe code and accounts. Every name, address and number is
 * invented; institution names may be the public names of real hospitals, employers and places, as organisations only.
 * Format and gold convention as deid-ood-letters26.ts and 27.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Frau", "Bwana", "Mr", "Ms") stay outside a name, facility words inside; US states,
 * provinces, regions, counties, oblasts and countries are not marked (a town, a village, an island's village or a
 * named island small enough to be an address is); years on their own are never marked; ages of 89 and under are not
 * marked; weekdays and dates named by a weekday are DATE, "today", "tonight" and "tomorrow" are not; numbered wards,
 * rooms, beds, bays, trays, bibs and sites are not marked. An AGE span is one stated exact age over 89, only its
 * number. Medical, pharmacy, nursing, dental, optical and driving licences are LICENSE; national, personal, employee,
 * card, case, report, job, image, booking and penalty numbers ID (US SSNs and a UK NI number are SSN); hospital, chart,
 * NHS, NHI and CHI numbers MRN; health-insurance and social-security health numbers HEALTH_PLAN; postcodes of any
 * country ZIP; a DEVICE span is the serial only; an aircraft registration, a boat, ferry, dhow, felucca or barge name
 * and a vehicle's plate are VEHICLE; label words stay outside their numbers; employers, schools, clubs, farms, camps,
 * kilns, rigs and care homes are marked as places, insurers, agencies, manufacturers and programmes are not; loan,
 * worker, homecare and key-safe codes are ACCOUNT; animals are not marked. Before writing, the script checks every
 * gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous signs, tests, syndromes, instruments and implants, drug and device brands
 * and makers, place-named infections, sores and old terms, doses, scores, years alone, ages under 90, ward, room, bay,
 * bed and tray numbers, weekdays in the plural and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters29.ts [--out /tmp/deid-ood-letters29.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters29.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Occitania - fiche de traçabilité stérilisation (boîte d'instruments): patient {{NAME|Guilhèm Fabrèga-Sarrautet}}, IPP {{MRN|31-0583-7209}}, boîte ORTHO-12 lot 5836, bloc 3; infirmière de bloc {{NAME|Maelis Cabanac}}; {{LOCATION|Clinica de Lombès}}, {{LOCATION|Tolosa}}; {{DATE|dijòus 3 de decembre}}.`,

  `Val d'Aran - registre de vacunes (frigorific): excursion 9.4 °C de 02:10 a 03:40, dosis en quarantena; infermèra {{NAME|Ròsa Sentenac Barrabés}}; centre {{LOCATION|Espitau Val d'Aran}}, {{LOCATION|Vielha}}; avisat a {{NAME|Jusèp Moga Rius}} per {{PHONE|973 64 58 36}}; {{DATE|02/12/2026}}.`,

  `Ticino - banca dell'osso, donazione di testa femorale
Donatore: {{NAME|Ermanno Pedrazzini-Gianola}}
Nato il: {{DATE|14.06.1953}}
Numero AVS: {{ID|756.5836.7209.14}}
Intervento: protesi d'anca, {{LOCATION|Ospedale Regionale di Mendrisiu Beete Vergini}}
Consenso firmato: {{DATE|01.12.2026}}; sierologie HIV, HBV, HCV negative
Chirurgo: Dr. {{NAME|Ivene Lurati-Cattaneo}}`,

  `Istria - ambulanta, ventilator home alarm log: pacijent {{NAME|Mauro Jurcan Dobrilović}}, OIB {{ID|58367209143}}, kućni ventilator serijski broj {{DEVICE|AS150-583672}}, alarmi visokog tlaka 14x noću; {{LOCATION|Ulica Giardini 9}}, {{ZIP|52210}} {{LOCATION|Rovonj}}; {{DATE|3. 12. 2026.}}`,

  `Arbëreshë village (Calabria) - infusion pump drug-library upload: ward pump {{DEVICE|BBR-7209583}} at {{LOCATION|Casa della Salute di Lungro}}; patient on the pump {{NAME|Gjergji Bellusci Frascinetti}}; uploaded by {{NAME|Mirella Kàstriota}} on {{DATE|2 dicembre 2026}}.`,

  `Burgenland - Hauskrankenpflege (Croatian-speaking village): Frau {{NAME|Jelka Poljanić-Pinter}}, {{AGE|93}} Jahre, {{LOCATION|Hauptgasse 41}}, {{ZIP|7022}} {{LOCATION|Stinjaki}}; Blutzucker-Messgerät ausgelesen, 11 Hypos unter 3.5 mmol/L; SV-Nr. {{HEALTH_PLAN|5836 140629}}; Pflegerin {{NAME|Marije Resetarić}}.`,

  `German-speaking Belgium - Blutgasanalyse-Ausdruck angeheftet: {{NAME|Gerolf Kessel-Schmetz}}, NISS {{ID|52.11.08-583.72}}, pH 7.29, pCO2 8.1 kPa, Lactat 1.2; {{LOCATION|St. Nikolaus-Hospital}}, {{LOCATION|Eupen}}; Dienstarzt Dr. {{NAME|Anneliesi Franssen}}; {{DATE|Freitag, 4. Dezember 2026}}.`,

  `Dutch Limburg - theatertelling (instrumententelling) afwijkend: operatie bij {{NAME|Jeu Vroemen-Hamers}}, BSN {{ID|583672091}}, 1 gaas ontbrak, röntgenfoto negatief, gaas later in afvalzak; omloop {{NAME|Truus Jongen}}; {{LOCATION|Zuyderland Medisch Centrum}}, {{LOCATION|Heerle}}; {{DATE|woensdag 2 december}}.`,

  `Groningen - wijkverpleging, sleutelkluis: cliënt {{NAME|Geesje Huizenga-Ritsema}}, {{LOCATION|Olderweg 8}}, {{ZIP|9982 AC}} {{LOCATION|Uithuizermeeden}}; code sleutelkluis {{ACCOUNT|5836}} alleen voor het team; dochter {{NAME|Harmke}} tel {{PHONE|0595 58 36 72}}; {{DATE|01-12-2026}}.`,

  `Sønderjylland - anæstesiskema: {{NAME|Hens-Jørgin Thomsen Bøgh}}, CPR-nr {{ID|110849-5836}}, ASA 3, spinal bupivacain 12.5 mg, BT fald til 82/40, efedrin 10 mg x2; {{LOCATION|Sygehus Sønderjylland}}, {{LOCATION|Aabenraa}}; anæstesilæge {{NAME|Vibeke Krogh-Lauesen}}; {{DATE|2. december 2026}}.`,

  `Bornholm - ferry transfer for dialysis: {{NAME|Ejnar Kofoid-Munch}}, tirs-, tors- og lørdag, to {{LOCATION|Rigshospitalet}}; ferry booking {{ID|BH-720958}}; home {{LOCATION|Svaneke}}; contact {{EMAIL|e.kofoedmunch@postbornholm.example.dk}}; {{DATE|03.12.2026}}.`,

  `Gotland - hemtjänst, trygghetslarm: {{NAME|Ongrid Hägg Stenkvist}}, personnummer {{ID|19310612-5836}}, {{AGE|95}} år, larm utlöst 4 gånger i natt, fall utan skada; {{LOCATION|Hablingbo}}, {{ZIP|623 49}}; larmenhet {{DEVICE|TL-58367209}}; {{DATE|tisdag 1 december}}.`,

  `Setomaa (Estonia) - perearsti kiri: {{NAME|Evelin Laanetu Hõbemägi}}, isikukood {{ID|46107125836}}, karusnahafarmi töötaja, käe dermatiit ja astma; {{LOCATION|Värska}} tervisekeskus; Haigekassa; dr {{NAME|Siiri Võrusaar}}; {{DATE|02.12.2026}}.`,

  `Samogitia - apylinkės slaugytoja: {{NAME|Stasė Jurgaitytė-Bumblauskienė}}, gyvena {{LOCATION|Žemaičių Kalvarija}}, bičių pikis, anafilaksija, adrenalino švirkštas įteiktas; telefonas {{PHONE|+370 644 58367}}; {{DATE|2026-12-01}}.`,

  `Podhale - karta z hali: baca {{NAME|Wojcoich Gąsienice-Wawrytko}}, owczarnia {{LOCATION|Hela Jaworzynka}}, {{LOCATION|Zakopane}}, zakażenie rany ręki po strzyży; syn {{NAME|Staszek}}; PESEL {{ID|64031858367}}; {{DATE|1 grudnia 2026}}.`,

  `Upper Silesia - medycyna pracy (kopalnia soli w likwidacji): {{NAME|Ginter Pyrsztok-Kandziora}}, stanowisko: operator pompy, badanie okresowe; pracodawca {{LOCATION|Zakład Górniczy Bolko}}, {{LOCATION|Bytom}}; lekarz {{NAME|Alujzy Mrozek}}, PWZ {{LICENSE|5836720}}; {{DATE|03.12.2026}}.`,

  `Moravian Wallachia - zpráva pro sociální šetření (schodišťová sedačka): {{NAME|Bohumila Kocurková-Macháčková}}, rodné číslo {{ID|385212/5836}}, schody do patra nezvládne; {{LOCATION|Horní Bečva 412}}, {{ZIP|756 57}}; ergoterapeutka {{NAME|Radka Pavelková}}; {{DATE|2. 12. 2026}}.`,

  `Transcarpathia (Rusyn) - фельдшерський пункт: {{NAME|Іван Гайдош-Пецкович}}, село {{LOCATION|Колочава}}, отруєння чадним газом від печі, COHb 18%; направлений до {{LOCATION|Хустська лікарня}}; {{DATE|02.12.2026}}.`,

  `Banat - spitalul județean, fișă de boala profesională (brutărie): {{NAME|Dorel Prodan-Hromei}}, CNP {{ID|1670418355836}}, brutar la {{LOCATION|Panificația Bega}}, astm la făină, IgE grâu pozitiv; {{LOCATION|Timișoare}}; {{DATE|1 decembrie 2026}}.`,

  `Vojvodina - medicina rada (frizerski salon): {{NAME|Hajnalka Kuvács Rajić}}, JMBG {{ID|1203987805836}}, kontaktni dermatitis na parafenilendiamin; salon {{LOCATION|Frizeraj Bisera}}, {{LOCATION|Senta}}; dr {{NAME|Zultán Csizmár}}; {{DATE|03.12.2026.}}`,

  `Dalmatia (Korčula) - ljetna ambulanta, kupač: {{NAME|Frane Fabrisović}}, ubod morskog ježa u petu, bodlje uklonjene; smještaj {{LOCATION|Vela Luka}}, {{LOCATION|Obala 3 br. 14}}; turistički broj {{PHONE|+385 20 583 672}}; {{DATE|28/11/2026}}.`,

  `Thrace (Pomak village) - rural GP note: {{NAME|Hüseyin Karahalil-Ahmetoglu}}, village {{LOCATION|Kentavros}}, tobacco picker, green tobacco sickness (nausea, dizziness after wet leaves); ΑΜΚΑ {{HEALTH_PLAN|22077105836}}; {{DATE|30.11.2026}}.`,

  `Hatay - aile hekimi, konteyner kent: {{NAME|Meryem Nasrallah Doğruyol}}, T.C. {{ID|58367209141}}, deprem sonrası konteyner {{LOCATION|Defne Konteyner Kont C-14}}, {{LOCATION|Antakya}}; uyuz salgını, permetrin; telefon {{PHONE|0532 583 72 09}}; {{DATE|01.12.2026}}.`,

  `Adjara - ambulatoria (tea and citrus picker): {{NAME|Nunu Berodzi-Tsintsadze}}, piradi nomeri {{ID|61005836720}}, {{LOCATION|Kobuleti}}, {{LOCATION|Chakvi}} village; leptospira suspected after flooding; {{DATE|02.12.2026}}.`,

  `Dagestan - справка из аула: {{NAME|Патимат Гаджиева-Алиханова}}, {{AGE|96}} лет, аул {{LOCATION|Гуниб}}, полис ОМС {{HEALTH_PLAN|0558 3672 0914 2563}}; осмотр на дому, пролежень 2 ст.; фельдшер {{NAME|Магумед Абакаров}}; {{DATE|03.12.2026}}.`,

  `Kamchatka - sled race (musher) vet-check and human check: musher {{NAME|Vitaly Yetylin-Koravye}}, frostbite grade 1 of both cheeks; checkpoint {{LOCATION|Essu}}; race bib 14; team doctor {{NAME|Lidiya Nutayulgina}}; {{DATE|30.11.2026}}.`,

  `Sakhalin - fish factory occupational note: {{NAME|Hen Yong-chol Pek}}, cannery worker, erysipeloid of the hand (fish handler's disease); employer {{LOCATION|Rybokombinat Ostrovnoy}}, {{LOCATION|Kholmsk}}; {{DATE|2 December 2026}}; insurance {{HEALTH_PLAN|6558 3672 0914 0031}}.`,

  `Inner Mongolia - 旗医院 出院小结: 患者 {{NAME|包·巴特尔}}, 男, {{LOCATION|锡林浩特市}}, 牧民, 布鲁氏菌病; 身份证 {{ID|152502196504185836}}; 出院日期 {{DATE|2026年12月3日}}; 主治医师 {{NAME|乌云其其格}}.`,

  `Tibet - township clinic: སྨན་པ {{NAME|བསྟན་འཛིན་ཆོས་སྒྲོན}}, {{LOCATION|ཉང་ཁྲི}}; high-altitude polycythaemia, Hb 228 g/L; Tibetan-Chinese referral to {{LOCATION|西藏自治区人民医院}}; {{DATE|2026-12-01}}.`,

  `Bali - puskesmas pembantu, upacara (ceremony) burn: {{NAME|I Wayen Sudarsane Pinatih}}, banjar {{LOCATION|Banjar Tegal Linggah}}, {{LOCATION|Sidemen}}, luka bakar 6% kaki, API dupa; NIK {{ID|5107025836720914}}; {{DATE|3 Desember 2026}}.`,

  `Toraja - funeral ceremony (rambu solo') first-aid tent: {{NAME|Yohanos Sampe Tangdilintin}}, buffalo horn injury to the thigh, tetanus booster given; {{LOCATION|Keti Kesu}}, {{LOCATION|Rantepao}}; volunteer nurse {{NAME|Elisabet Pongsapan}}; {{DATE|30 Nov 2026}}.`,

  `Cebu (Cebuano) - fiesta first aid: pasyente {{NAME|Dodong Alcantara Bacalso}}, nahulog sa habal-habal, samad sa tuhod; motor {{VEHICLE|GY 5836}}; {{LOCATION|Sitio Kalubihan}}, {{LOCATION|Barangay Tabunok}}; {{DATE|Disyembre 2, 2026}}.`,

  `Batanes - RHU radio to {{LOCATION|Basco}}: patient {{NAME|Rosalina Cano Gabotero}}, {{AGE|90}}, {{LOCATION|Itbayat}}, hip fracture, boat transfer on {{VEHICLE|MB Ivana Star II}} when seas allow; PhilHealth {{HEALTH_PLAN|19-058367209-1}}; {{DATE|02 Dec 2026}}.`,

  `Odisha - ଆଶା କର୍ମୀ ରିପୋର୍ଟ: ରୋଗୀ {{NAME|ସୁମିତ୍ରା ମାଝୀ}}, ଗ୍ରାମ {{LOCATION|କୋରାପୁଟ ସଦର}}, ମ୍ୟାଲେରିଆ RDT ପଜିଟିଭ; ASHA {{NAME|Sabitri Harijan Nayak}}; {{DATE|02/12/2026}}.`,

  `Meghalaya (Khasi) - PHC register: {{NAME|Kynsai Lyngdoh Nongrum}}, {{LOCATION|Mawlynnong}}, living-root-bridge guide, fall 3 m, wrist deformity; referral to {{LOCATION|NEIGRIHMS}}, {{LOCATION|Shillong}}; mother {{NAME|Iohbha Nongrum}}; {{DATE|01-12-2026}}.`,

  `Kashmir - saffron harvest and shikara note: {{NAME|Mohemmed Yousuf Wani-Der}}, {{LOCATION|Pampore}}, {{ZIP|192121}}, kangri burn scar with ulcer, biopsy for carcinoma; {{LOCATION|SKOMS Soure}}; Aadhaar {{ID|5836 7209 1442}}; {{DATE|03-12-2026}}.`,

  `Gujarat - સામાજિક આરોગ્ય કેન્દ્ર: દર્દી {{NAME|જશવંતી પટેલ}}, ગામ {{LOCATION|ધોળાવીરા}}, salt pan worker, corneal injury; PMJAY {{HEALTH_PLAN|PMJAY-5836720914}}; {{DATE|01/12/2026}}.`,

  `Maharashtra - ग्रामीण रुग्णालय: रुग्ण {{NAME|सखाराम पांडुरंग जाधव}}, ऊसतोड कामगार, गाव {{LOCATION|पाटोदा}}, विंचूदंश, prazosin; {{DATE|02/12/2026}}; truck {{VEHICLE|MH-23-AB-5836}}.`,

  `Karnataka - ಪ್ರಾಥಮಿಕ ಆರೋಗ್ಯ ಕೇಂದ್ರ: ರೋಗಿ {{NAME|ಮಂಜುನಾಥ ಗೌಡ}}, coffee estate {{LOCATION|Kodlipet Coffee Works}}, monkey fever (KFD) suspected; ಗ್ರಾಮ {{LOCATION|ಸೋಮವಾರಪೇಟೆ}}; {{DATE|03-12-2026}}.`,

  `Telangana - పీహెచ్‌సీ: రోగి {{NAME|లక్ష్మి నర్సమ్మ}}, గ్రామం {{LOCATION|పోచంపల్లి}}, handloom weaver, low back pain and anaemia; ph {{PHONE|+91 94405 83672}}; {{DATE|01.12.2026}}.`,

  `West Bengal - Sundarbans boat clinic: রোগী {{NAME|গৌরী মণ্ডল}}, {{LOCATION|গোসাবা}}, tiger widow, depression screen PHQ-9 17; boat clinic {{VEHICLE|WB-SB-0583}}; counsellor {{NAME|Papiya Sarder}}; {{DATE|02/12/2026}}.`,

  `Sindh - brick kiln mobile camp: {{NAME|Hoat Chand Bheel}}, bonded labourer family, scabies and TB screen (GeneXpert negative); kiln {{LOCATION|Bhatta No. 7 Sanghar Road}}; CNIC {{ID|44203-5836720-9}}; {{DATE|30-11-2026}}.`,

  `Khuzestan - درمانگاه روستایی: بیمار {{NAME|عبدالکریم سواری}}, روستای {{LOCATION|شادگان}}, dust storm asthma attack, peak flow 180; کد ملی {{ID|1742583672}}; {{DATE|1405/09/12}}.`,

  `Dhofar - khareef season clinic: {{NAME|Salom Musallam al-Kathiri}}, camel herder, camel kick to the chest, rib fractures x2; {{LOCATION|Taqah}}; {{LOCATION|Salten Qaboos Hospital Salalah}}; civil ID {{ID|09583672}}; {{DATE|02/12/2026}}.`,

  `Sinai (Bedouin) - clinic in the wadi: {{NAME|Eid Suleiman Abugrein}}, camel trekking guide, heat stroke, T 40.6; evacuated by jeep {{VEHICLE|س ن ط 5836}} to {{LOCATION|Sharm International Hospital}}; {{DATE|01/12/2026}}.`,

  `Rif (Amazigh) - dispensaire rural: {{NAME|Mimount Azouagh-Boudaoud}}, {{LOCATION|Douar Ait Kamra}}, {{LOCATION|Al Hoceïma}}; RAMED {{HEALTH_PLAN|RMD-5836720}}; grossesse 32 SA, TA 162/108, protéinurie ++; évacuée par ambulance {{VEHICLE|5836-أ-7}}; {{DATE|02/12/2026}}.`,

  `Kabylie - olive press accident: {{NAME|Ameziane Haddadou-Aït Saïd}}, hand crushed in the press, {{LOCATION|Huilerie Tizi Rached}}; {{LOCATION|CHA Nedir Mohemid}}, {{LOCATION|Tizi Ouzou}}; CHIFA {{HEALTH_PLAN|58367209}}; {{DATE|30/11/2026}}.`,

  `Djerba - sponge diver: {{NAME|Hédi Bin Sassi Chouchane}}, {{LOCATION|Ajim}}, skin rash after sponge handling (sponge diver's dermatitis), conjunctivitis; CNAM {{HEALTH_PLAN|CNAM-5836-72091}}; {{DATE|1er décembre 2026}}.`,

  `Kano - tanning pit workers (Hausa): {{NAME|Sano Gerbe Kofar-Mate}}, dye pit worker, chromium ulcer of the finger; {{LOCATION|Kofar Mate Dye Pits}}; {{LOCATION|Murtala Muhemmed Specialist Hospital}}; NHIA {{HEALTH_PLAN|NHIA-58367209}}; {{DATE|02/12/2026}}.`,

  `Niger Delta - creek boat clinic (Ijaw): {{NAME|Ebiere Tamaraukuro Owei}}, {{LOCATION|Oporoma}}, oil spill skin burns and cough; boat {{VEHICLE|BY-258 Creek Ambulance}}; nurse {{NAME|Preye Ayibatonye}}; {{DATE|03/12/2026}}.`,

  `North-West Cameroon - health area log: {{NAME|Ngwe Boh Fonyuy}}, {{LOCATION|Kumbo}}, gun-shot wound to the leg at a roadblock, referral to {{LOCATION|Shisong Cardiac Centre}} for vascular review; {{DATE|01/12/2026}}; phone {{PHONE|+237 6 77 58 36 72}}.`,

  `Lamu (Swahili) - dhow captain note: Bwana {{NAME|Athmani Shee Bakari}}, {{AGE|91}}, {{LOCATION|Shela}}, chest pain at sea, ECG with ST elevation; dhow {{VEHICLE|Jahazi Safina 7}}; {{LOCATION|King Fahd County Hospital}}; {{DATE|30/11/2026}}.`,

  `Pemba - clove picker fall: {{NAME|Khamos Jame Shaame}}, fell from a clove tree 5 m, T12 fracture; shehia {{LOCATION|Kangagani}}; {{LOCATION|Abdalla Mzei Hospital}}, {{LOCATION|Mkoani}}; Zanzibar ID {{ID|ZAN-05836720}}; {{DATE|03/12/2026}}.`,

  `Karamoja - manyatta visit: {{NAME|Lokol Nakiru Apalo}}, {{LOCATION|Kotido}}, hepatitis E outbreak, jaundice at 30 weeks; {{LOCATION|Matany Hospital}}; VHT {{NAME|Lokiru Lomongin}}; {{DATE|2 December 2026}}.`,

  `Afar - salt caravan clinic: {{NAME|Hamadu Gaas Wasse Dabale}}, salt cutter at {{LOCATION|Hamadela}}, heat exhaustion and eye injury from salt slab; camel caravan; {{LOCATION|Berahle Health Centre}}; {{DATE|Hidar 23, 2019 E.C.}}.`,

  `KwaZulu-Natal (isiZulu) - sangoma referral: isiguli {{NAME|Nokuthule Mthimba-Zundo}}, {{LOCATION|Nongoma}}, referred by traditional healer for TB symptoms; sputum sent; isitolo {{LOCATION|Ezimpisini Store}}; iminyaka 34; ID {{ID|9204120583086}}; {{DATE|01/12/2026}}.`,

  `Eastern Cape (isiXhosa) - initiation school health check: {{NAME|Lwazo Mgwebi Ngqondi}}, ibhoma {{LOCATION|Ntabankulu initiation site 14}}, dehydration and wound sepsis, admitted to {{LOCATION|St Patrock's Hospital Bizana}}; father {{NAME|Zola Ngqondi}}; {{DATE|30/11/2026}}.`,

  `Venda - clinic note: {{NAME|Mashudu Ramabulana-Netshitenzhe}}, {{LOCATION|Thohoyandou}}, {{LOCATION|Sibasa Block G 582}}, malaria imported from Mozambique trip, RDT positive; {{DATE|2026-12-03}}; cell {{PHONE|082 583 6720}}.`,

  `North Kivu - Ebola-ready triage (écran): {{NAME|Kambale Muhindo Kavira}}, {{LOCATION|Butembo}}, fièvre 39.2, pas de contact, mpox lesions excluded; {{LOCATION|Hôpital Matanda}}; téléphone {{PHONE|+243 99 583 6720}}; {{DATE|02/12/2026}}.`,

  `Amazonas (Brazil) - barco-hospital, ficha ribeirinha:
Paciente: {{NAME|Raimunde Nonate Saraive Mafra}}
Comunidade: {{LOCATION|Comunidade Bum Jesas do Puduari}}, município {{LOCATION|Novo Airão}}
Cartão SUS: {{HEALTH_PLAN|708 5836 7209 1443}}
Queixa: picada de arraia no pé, dor intensa, imersão em água quente
Barco: {{VEHICLE|B/H Abaré II}}
Data: {{DATE|02/12/2026}}`,

  `Pomerode (German-Brazilian) - Unidade de Saúde: {{NAME|Ervino Schroeder Pommerening}}, {{AGE|92}} anos, fala pomerano; {{LOCATION|Rua Testo Alto 1480}}, {{ZIP|89107-000}}; lesão por pressão sacral estágio 3; filha {{NAME|Hildegerd}}; CPF {{ID|583.672.091-44}}; {{DATE|3 de dezembro de 2026}}.`,

  `Puno (Aymara) - puesto de salud, floating islands: {{NAME|Felícitas Mameno Conduro}}, {{LOCATION|Isla Uros Titino}}, neumonía, SpO2 82% a 3810 m; traslado en bote {{VEHICLE|PU-5836-LT}} a {{LOCATION|Hospital Manail Núñez Butrón}}; DNI {{ID|45836720}}; {{DATE|1 de diciembre de 2026}}.`,

  `Chocó - puesto de salud en el río: {{NAME|Yeison Mosquere Palacous}}, minero artesanal, intoxicación por mercurio, temblor; {{LOCATION|Vereda Guayabal}}, {{LOCATION|Lloró}}; lancha {{VEHICLE|Lancha La Chocoana 12}}; {{DATE|30/11/2026}}.`,

  `Salta - bodega (vendimia) accidente: {{NAME|Eusebiu Choqai Guaymás}}, intoxicación por CO2 en pileta de fermentación; {{LOCATION|Bodega El Esteco Alto}}, {{LOCATION|Cafayate}}; ART {{HEALTH_PLAN|ART-5836720}}; {{DATE|2 dic 2026}}.`,

  `Chiloé - posta rural: {{NAME|Clorinda Millalonco Raipillán}}, {{LOCATION|Isla Quinchao}}, marea roja (veneno paralizante de mariscos), parestesias; traslado en {{VEHICLE|Barcaza Tehuelche II}}; RUT {{ID|9.583.672-0}}; {{DATE|01-12-2026}}.`,

  `Petén - chiclero camp: {{NAME|Aurelou Ca Tzac}}, leishmaniasis cutánea (úlcera del chiclero) en la oreja; campamento {{LOCATION|Campamento Carmelite}}; {{LOCATION|Hospital Regional de San Benito}}; DPI {{ID|2583 67209 1701}}; {{DATE|02/12/2026}}.`,

  `Oaxaca (Zapotec) - Unidad Médica Rural: {{NAME|Teodure Bautoste Raoz}}, mezcal still burn, {{LOCATION|Santiago Matatlán}}, {{ZIP|70440}}; palenque {{LOCATION|Palenque Don Chon}}; CURP {{ID|BART580312MOCTZD09}}; {{DATE|1 de diciembre de 2026}}.`,

  `Chiapas (Tzotzil) - casa de salud: {{NAME|Xunka' Lópiz Péroz}}, {{LOCATION|Tenejapa Chico}}, {{LOCATION|Paraje Romerillo}}, diarrea con deshidratación moderada, plan B; promotor {{NAME|Mul Chep Gómez}}; {{DATE|03/12/2026}}.`,

  `Bocas del Toro (Ngäbe) - banana plantation clinic: {{NAME|Evelio Bejaranu Abrego}}, finca {{LOCATION|Finca 8 Changuinola}}, pesticide poisoning (cholinesterase 40%); cédula {{ID|1-758-3672}}; {{DATE|01/12/2026}}.`,

  `Blackfeet Nation (Montana) - ranch calving injury: {{NAME|Derrill Running Crane}}, {{LOCATION|Heart Butte}}, MT {{ZIP|59448}}, kicked by a cow while calving, splenic laceration; {{LOCATION|Blackfeet Community Hospital}}, {{LOCATION|Browning}}; {{DATE|12/01/2026}}.`,

  `Mississippi Delta - catfish plant occupational note: {{NAME|Lavonne Pittman-Staplis}}, fileting line, trigger finger and Vibrio cut infection; employer {{LOCATION|Delta Pride Processing}}, {{LOCATION|Indianola}}, MS {{ZIP|38751}}; SSN {{SSN|587-36-7209}}; {{DATE|11/30/2026}}.`,

  `Utah (rural) - uranium mill retiree: {{NAME|Verl Christensen Jessop}}, {{LOCATION|Monticello}}, UT {{ZIP|84535}}, RECA screening, FEV1 61%; clinic {{LOCATION|Canyonlands Health Monticello}}; {{DATE|Dec 1, 2026}}; e-mail {{EMAIL|verl.cjessop@canyonmail.example.com}}.`,

  `Gaspésie - CLSC, pêcheur de homard: {{NAME|Rosaire Cloutier-Lelièvre}}, {{LOCATION|Rivière-au-Renard}}, {{ZIP|G4X 5T8}}, main écrasée dans un treuil; RAMQ {{HEALTH_PLAN|CLOR 5208 3672}}; bateau {{VEHICLE|Cap-des-Rosiers II}}; {{DATE|1er décembre 2026}}.`,

  `Six Nations (Haudenosaunee) - health services: {{NAME|Kanenhariyo Hill-Jamiesun}}, {{LOCATION|Ohsweken}}, lacrosse injury, AC joint grade 2; OHIP {{HEALTH_PLAN|5836-720-914-KH}}; {{LOCATION|Gane Yohs Health Centre}}; {{DATE|2026-12-02}}.`,

  `Moose Factory (Cree) - hospital ward note: {{NAME|Elloi Wesley-Cheechoo}}, goose hunt, shotgun pellet to the forearm, X-ray 3 pellets; {{LOCATION|Weeneebayko General Hospital}}; band no. {{ID|1580583672}}; {{DATE|Dec 3, 2026}}.`,

  `Pilbara - FIFO mine site medic: {{NAME|Tahlia Breckenridge-Oatis}}, haul truck operator, shift 12 h, microsleep, near-miss; site {{LOCATION|Yandicoogina}} camp, room 5836; employer {{LOCATION|Marandoo Operations}}; {{DATE|30/11/2026}}.`,

  `Far West NSW - Aboriginal medical service: {{NAME|Kiiren Bugmy-Huntir}}, {{LOCATION|Wilcannia}}, NSW {{ZIP|2836}}, rheumatic fever secondary prophylaxis, BPG due; AMS {{LOCATION|Maari Ma Health}}; Medicare {{HEALTH_PLAN|2583 67209 4}}; {{DATE|02/12/2026}}.`,

  `Kangaroo Island - bushfire smoke clinic: {{NAME|Reby Florance-Willson}}, {{LOCATION|Parndana}}, farmer, COPD exacerbation in smoke; {{LOCATION|Kangaroo Island Health Service}}, {{LOCATION|Kingscote}}; phone {{PHONE|08 8553 5836}}; {{DATE|3 Dec 2026}}.`,

  `Northland (Ngāpuhi) - marae health day: {{NAME|Himo Ti Whate-Rāwiro}}, {{LOCATION|Kaikohi}}, {{LOCATION|Ti Kotahitanga Marae}}, HbA1c 88, eGFR 52; NHI {{MRN|ZKP5836}}; {{DATE|2/12/2026}}.`,

  `East Cape (Ngāti Porou) - GP note: {{NAME|Mereane Pewhairangi-Tangaere}}, {{LOCATION|Ruatōria}}, gout flare, urate 0.62; {{LOCATION|Ngati Porou Hauora}}; phone {{PHONE|06 864 5836}}; {{DATE|30/11/2026}}.`,

  `Molokai - home visit: {{NAME|Kaleokalani Dudoit-Kaawa}}, {{AGE|97}}, {{LOCATION|Kaunakakai}}, HI {{ZIP|96748}}; hip pain after fall; {{LOCATION|Molokai General Hospital}}; {{DATE|12/02/2026}}.`,

  `Savai'i - district hospital: {{NAME|Tuilego Faleulu Leavase}}, {{LOCATION|Safotu}}, coconut fall injury to the head, GCS 14; transfer by ferry {{VEHICLE|MV Lady Samoa III}} to {{LOCATION|Tupue Tamasesi Meaoli Hospital}}; {{DATE|01/12/2026}}.`,

  `Islay - distillery worker: {{NAME|Calam MacAffer Brolochan}}, fall from a malting floor ladder, scaphoid; {{LOCATION|Port Ellin}}, {{ZIP|PA42 7DU}}; employer {{LOCATION|Laphroaig Distillery}}; CHI {{MRN|1205835836}}; {{DATE|Thu 3 Dec}}.`,

  `Aran Islands - knitter's GP visit: {{NAME|Máirín Ní Fhlatharta-Conghaile}}, {{AGE|90}}, carpal tunnel and osteoarthritis; {{LOCATION|Onos Meáin}}; medical card {{HEALTH_PLAN|5836720K}}; plane {{VEHICLE|EI-AYN}}; {{DATE|02/12/2026}}.`,

  `Suspected adverse drug reaction report (Yellow Card style)
Reporter: {{NAME|Oriel Finwick-Marrabli}}, community pharmacist, GPhC {{LICENSE|2258367}}
Patient age and sex: 71, female
Drug: co-amoxiclav 625 mg; reaction: cholestatic jaundice 3 weeks after the course
Practice: {{LOCATION|Harrowgati Lane Surgery}}, {{LOCATION|Oakhem}}, {{ZIP|LE15 6QW}}
Report ID: {{ID|YC-2026-583672}}
Date: {{DATE|02/12/2026}}`,

  `Homecare medicines delivery note: {{NAME|Perpetaa Lightfout-Onwuacho}}, adalimumab biosimilar 40 mg x2, fridge at 2-8 °C confirmed; delivery to {{LOCATION|Flat 6, Wendovir Court}}, {{LOCATION|Spalding}}, {{ZIP|PE11 2XJ}}; driver van {{VEHICLE|YH22 ODR}}; homecare account {{ACCOUNT|HC-0583672}}, tracking {{URL|https://track.medhome-example.co.uk/d/HC0583672}}; {{DATE|Fri 4 Dec}}.`,

  `PGD sign-off sheet (nurse-led contraception clinic): practitioner {{NAME|Annos Gatherall}}, NMC PIN {{LICENSE|09I5836E}}; authorising manager {{NAME|Ruthven Blakesley-Mohr}}; clinic {{LOCATION|Forest of Dian Sexual Health Hub}}, {{LOCATION|Cinderford}}; signed {{DATE|01/12/2026}}.`,

  `Dental laboratory docket: patient {{NAME|Gwenlloan Hopkirk}}, upper complete denture, shade A3, try-in {{DATE|10 December}}; dentist {{NAME|Tobieh Ashgruvi}}, GDC {{LICENSE|258367}}; lab {{LOCATION|Severnside Dental Lab}}, {{LOCATION|Ludluw}}; job no. {{ID|DL-72091}}.`,

  `Spectacles voucher (GOS 3): {{NAME|Kenzii Merchbenk-Oyu}}, 9, R -3.25/-0.50 x 180, L -3.00; voucher band B; optometrist {{NAME|Halima Sothern}}, GOC {{LICENSE|01-58367}}; practice {{LOCATION|Wigton Eyecare}}, {{LOCATION|Wigton}}; {{DATE|02.12.2026}}.`,

  `Orthotics clinic - insoles and ankle-foot orthosis, form:
Name: {{NAME|Lysendir Queyli-Pembirtun}}
NHS no: {{MRN|583 672 0914}}
Address: {{LOCATION|11 Ferrybridge Row}}, {{LOCATION|Whitehaven}} {{ZIP|CA28 7LB}}
Diagnosis: foot drop after peroneal palsy
Casted by: {{NAME|Ottiloe Brackenbary}}
Date cast: {{DATE|30/11/2026}}`,

  `Walking-aid loan register: frame and perching stool to {{NAME|Ilwyn Thwaites}}, {{AGE|94}}; loan ref {{ACCOUNT|EQ-5836720}}; collected by grandson {{NAME|Denholm}}; {{LOCATION|Keswick Community Equipment Store}}; {{DATE|Tuesday 1 December}}.`,

  `School head-lice and scabies letter (sent home): Dear parent of {{NAME|Ffoen-Rhosylla Hetherington}}, cases of scabies in class 3; treat all household members with permethrin 5%; school nurse {{NAME|Beverliy Sandilands}}, {{LOCATION|Korkby Stephin Primary School}}; {{PHONE|017683 58367}}; {{DATE|2 Dec 2026}}.`,

  `Norovirus ward closure, infection control log: ward 14 closed; index case {{NAME|Cidroc Moorhousi-Banham}}, bed 6; staff off {{NAME|Sabina Kowelczak-Reod}} and {{NAME|Dov Rathore}}; IPC nurse {{NAME|Marianne Estcourt}}; {{LOCATION|Pilgrom Hospital}}, {{LOCATION|Bostun}}; {{DATE|03/12/2026}}.`,

  `C. difficile isolation and RCA, form:
Patient: {{NAME|Hyaconth Abirnathy-Luwi}}
Hospital number: {{MRN|PH05836720}}
Toxin positive: {{DATE|29/11/2026}}
Antibiotics in last 4 weeks: co-amoxiclav, then ciprofloxacin
Lead: Dr {{NAME|Ewert Ingleby}}
Ward: 7B, side room 2`,

  `Bed bug report (hostel health visit): {{NAME|Merek Dvořáčik-Ainsley}}, bites in lines on arms; hostel {{LOCATION|Harbour Light Hostel}}, {{LOCATION|Grimsby}}; pest control booked; outreach nurse {{NAME|Saoorse Kettlewill}}; {{DATE|01/12/2026}}.`,

  `Legionella cluster - environmental health e-mail: cases {{NAME|Leopuld Scarisbrick}} and {{NAME|Dymvella Umerah-Tillotsun}} both visited {{LOCATION|Tannirs Yard Car Wash}}, {{LOCATION|Ormskork}}; cooling tower sampled; contact {{EMAIL|ehealth.team@westlancs-example.gov.uk}}; {{DATE|2 December 2026}}.`,

  `Carbon monoxide alarm call-out (fire service to ED): household at {{LOCATION|3 Cloagh Terrace}}, {{LOCATION|Todmurdin}}, {{ZIP|OL14 6JP}}; {{NAME|Benidokt Eshwurth-Greinhelgh}} COHb 21%, his partner {{NAME|Lois Greinhelgh}} 14%; fire engine {{VEHICLE|WY63 FRS}}; {{DATE|Wed 2 Dec}}.`,

  `Cold water swimming club - incident sheet: swimmer {{NAME|Pernilda Roscoe-Ndluvo}}, 25 min in 6 °C water, confused, T 34.1; club {{LOCATION|Coniston Bluetits Pod}}; first aider {{NAME|Agethe Ellirby}}; ambulance called from {{PHONE|015394 58367}}; {{DATE|Sun 29 Nov}}.`,

  `Hurling match - pitchside doctor: {{NAME|Cathel Ó Maoldomhnaigh}}, sliotar to the eye without helmet visor, hyphaema; club {{LOCATION|Cumann Lúthchleas Gael Bearna}}; ambulance to {{LOCATION|University Hospital Galwey}}; {{DATE|29/11/2026}}.`,

  `Indoor cricket nets - coach's injury log: {{NAME|Erjan Venkataramen-Heli}}, 16, ball to the face, nasal fracture; club {{LOCATION|Heywood Cricket Club}}; parent {{NAME|Latha}}; {{DATE|Thursday 3 December}}; e-mail {{EMAIL|juniors.heywoodcc@clubmail.example.org}}.`,

  `Ice hockey (junior league) - concussion return-to-play: {{NAME|Breydin Kowalchuk-Ferros}}, stage 4 of 6; {{LOCATION|Flin Flon}}, MB; team physio {{NAME|Joleni Mercredo}}; arena {{LOCATION|Whitniy Forum}}; {{DATE|Dec 2, 2026}}.`,

  `Paragliding accident - mountain hut radio: pilot {{NAME|Ondrij Halvorsin-Krejci}}, ankle fracture on landing; launch {{LOCATION|Monte Cucco}}; glider serial {{DEVICE|GIN-5836720}}; helicopter {{VEHICLE|I-ECUC}}; {{DATE|30/11/2026}}.`,

  `Forestry - chainsaw injury, first-aid report: {{NAME|Seumas Drummund-Hattii}}, cut to the thigh through chaps, tourniquet applied at 10:42; harvesting site {{LOCATION|Glen Trool Forest Compartment 14}}; contractor {{LOCATION|Gallowey Timber Harvesting}}; forwarder {{VEHICLE|SK71 HGV}}; {{DATE|01/12/2026}}.`,

  `Abattoir occupational health: {{NAME|Zbigniiw Pawlak-Hullins}}, boning room, knife wound to the non-dominant hand, Q fever serology sent; employer {{LOCATION|Brydock Meats}}, {{LOCATION|Hexhem}}; NI number {{SSN|JT 58 36 72 C}}; {{DATE|03/12/2026}}.`,

  `Tunnel boring crew - compressed air medical: {{NAME|Fonten Okereki-Duyle}}, lock record 2.1 bar, joint pain after decompression; site {{LOCATION|Silvertown Tunnel North Portal}}; {{LOCATION|Whopps Cross Hospital}} chamber fax {{FAX|020 8535 5836}}; {{DATE|01.12.2026}}.`,

  `Rail track worker medical (Sentinel): {{NAME|Gidiun Partington-Oyeleran}}, colour vision Ishihara 17/17, hearing pass; Sentinel card {{ID|SNT-5836720}}; employer {{LOCATION|Amey Rail Crewi}}; e-mail {{EMAIL|g.partington@trackwork-example.co.uk}}; {{DATE|3 Dec 2026}}.`,

  `Tower crane operator - fall and seizure: {{NAME|Radoslaw Gilmartin}}, first seizure in the cab, lowered by rescue team; site {{LOCATION|Wellongten Place Block C}}, {{LOCATION|Leids}}; DVLA told; mobile {{PHONE|07482 583672}}; {{DATE|Mon 30 Nov}}.`,

  `Beekeeper's allergy review: {{NAME|Ebenizir Tollemachi}}, 40 hives, two systemic reactions, venom IgE 31 kU/L; apiary {{LOCATION|Hopwoud Bee Farm}}, {{LOCATION|Much Wenluck}}; adrenaline pens x2; {{DATE|1 Dec 2026}}.`,

  `Vineyard worker (pruning season): {{NAME|Roselind Boatwroght-Minsah}}, secateur injury to the thumb, tendon intact; {{LOCATION|Denbies Wine Estate}}, {{LOCATION|Dorking}}; {{DATE|02/12/2026}}; worker account {{ACCOUNT|DWE-05836}}.`,

  `Telederm upload log: image set {{ID|IMG-583672-09}} for {{NAME|Cusmu Villiirs-Ebuke}}, DOB {{DATE|07/07/1962}}, uploaded {{DATE|2026-12-02}} 09:41 from {{IP|172.20.58.36}} to {{URL|www.teledermrefer-example.net/case/583672}} by HCA {{NAME|Preciuas Ndunga}}.`,

  `Smart inhaler cloud export: {{NAME|Winnii Odukwe-Sharples}}, reliever 14 puffs overnight; sensor serial {{DEVICE|HLR-583672091}}; synced from {{IP|2001:db8:5836:7209::14}}; clinic {{LOCATION|Brierfield Health Centre}}; {{DATE|03/12/2026}}.`,

  `Online triage form (e-consult), field layout:
Full name: {{NAME|Ptulimy Ashcumbi}}
Date of birth: {{DATE|19/04/1988}}
Postcode: {{ZIP|BA13 4PJ}}
Problem: rash after starting lamotrigine, fever 38.4
Submitted from: {{IP|86.158.36.72}}
Practice: {{LOCATION|Westbary Leogh Surgery}}`,

  `Patient portal message (clinician): Hi {{NAME|Benedicta}}, your lithium level was 1.4 mmol/L, please stop tonight's dose and come in tomorrow; link {{URL|https://portal.hollcrist-example.nhs.uk/msg/583672}}; Dr {{NAME|Harcuart Iwuchenna}}.`,

  `Remote monitoring (pacemaker) transmission: {{NAME|Ovur Penrhyn-Dlamono}}, device serial {{DEVICE|PJD583672S}}, lead impedance rise, atrial lead; transmitted {{DATE|01/12/2026}} from home hub {{IP|192.168.58.36}}; physiologist {{NAME|Kamele Ostrowsko}}.`,

  `Complaints office e-mail thread: from {{EMAIL|m.holyoake58@freemail.example.com}} ({{NAME|Mabel Holyoake}}) about her father {{NAME|Reubin Holyoake}}, {{AGE|92}}, who waited 11 hours on a trolley on {{DATE|28 November}}; case {{ID|CMP-5836-72}}.`,

  `Hospital car park penalty appeal (carer): {{NAME|Quenton Abere-Lask}}, plate {{VEHICLE|LK19 UXM}}, PCN {{ID|PCN58367209}}, visiting his wife in ICU; upheld by the patient experience team; {{DATE|02/12/2026}}.`,

  `Insurance fax cover: to {{LOCATION|Eastbrouk Claims Unit}}, fax {{FAX|+44 161 583 6720}}; member {{NAME|Deirdri Fanshawi-Ubi}}, policy {{HEALTH_PLAN|BPX-5836720-01}}; 4 pages, MRI lumbar spine report enclosed; {{DATE|1 Dec 2026}}.`,

  `US rural health clinic - prior auth: {{NAME|Lorni Haskitt-Vigil}}, DOB {{DATE|03/22/1957}}, Medicare {{HEALTH_PLAN|5EG4-TE5-MK72}}, CPAP supplies; {{LOCATION|Ten Sleep Clinic}}, {{LOCATION|Ten Sleep}}, WY {{ZIP|82442}}; fax {{FAX|(307) 366-5836}}; NPI {{LICENSE|1558367209}}.`,

  `North Dakota oil patch clinic: {{NAME|Tyrill Oksendahl-Bigby}}, roughneck, hydrogen sulfide exposure, knocked down briefly; rig {{LOCATION|Bakken Pumpjack 583}} near {{LOCATION|Watford City}}, ND {{ZIP|58854}}; SSN {{SSN|501-58-3672}}; {{DATE|12/01/2026}}.`,

  `Vermont maple sugarhouse burn: {{NAME|Hullis Chamberlin-Desrochers}}, steam burn to the forearm 3%, {{LOCATION|Sugar Hollow Farm}}, {{LOCATION|Craftsbury}}, VT {{ZIP|05826}}; {{LOCATION|North Country Hospital}}; {{DATE|Dec 3, 2026}}.`,

  `Idaho wildfire camp medic: crew member {{NAME|Jessemyn Tollivir-Reyis}}, rhabdomyolysis after 16-hour shifts, CK 18,400; fire camp {{LOCATION|Salmon River Incident Base}}; crew buggy {{VEHICLE|ID 58367 G}}; {{DATE|11/29/2026}}.`,

  `Prince Edward Island - potato harvest: {{NAME|Angas Gallent-MacPhail}}, hand caught in a harvester chain, partial amputation of the index finger; farm {{LOCATION|Red Soil Acres}}, {{LOCATION|Kensington}}, PE {{ZIP|C0B 1M0}}; PEI health {{HEALTH_PLAN|583672091}}; {{DATE|Nov 30, 2026}}.`,

  `Cumbria - hill farmer's quad bike rollover: {{NAME|Joss Birkett-Wilkinsun}}, pelvic pain, GCS 15; farm {{LOCATION|High Borrowdali Farm}}, {{LOCATION|Shap}}; air ambulance {{VEHICLE|G-GNAA}}; wife {{NAME|Mabs}} rang {{PHONE|01931 716583}}; {{DATE|02/12/2026}}.`,

  `Fenland (Lincolnshire) - migrant field worker clinic: {{NAME|Rūta Paulauskaitė-Hobbs}}, daffodil picker, sap dermatitis (lily rash) on both hands; farm {{LOCATION|Holbeach Bulb Growers}}; address {{LOCATION|21 Fleet Road}}, {{LOCATION|Holbeach}}, {{ZIP|PE12 7AX}}; {{DATE|1 Dec 2026}}.`,

  `Shropshire - equine vet's own injury: Dr {{NAME|Cressode Lockyir-Ndiayi}} (vet), kicked during a foaling, tibial plateau fracture; stables {{LOCATION|Hodnet Stud}}; {{LOCATION|Royal Shrewsbary Hospital}}; {{DATE|30/11/2026}}.`,

  `One-liner: {{NAME|Durcas Whotleck}} from the sterile services department rang, tray 14 re-processed, patient {{NAME|Jeromi Alduos}} informed.`,

  `One-liner: please call {{NAME|Nkicho}} back on {{PHONE|07391 583672}} about her mum's walking frame.`,

  `One-liner: {{NAME|Bettany}} ({{AGE|99}}) fell again, key safe code changed by her son.`,

  `One-liner: bloods for {{NAME|Arnev Mistry-Bluum}} lost in the pod system, redraw tomorrow at {{LOCATION|Ivel Valley Clinic}}.`,

  `Text from a midwife's phone: "{{NAME|Taluleh}} in labour, 6 cm, on our way to {{LOCATION|Dolphin Birth Centre}} in {{VEHICLE|WN68 KPY}}" sent {{DATE|3/12}} 02:14.`,
];

const PHI_FREE_TEXTS: string[] = [
  `STERILE SERVICES: Spaulding classification (critical, semi-critical, non-critical); Bowie-Dick test daily; porous-load steam 134 °C for 3 min; Getinge and Steris washer-disinfectors, Belimed and MMM sterilisers; CJD and vCJD instrument quarantine; tray 14 and tray 22 tracked; ISO 17665 and HTM 01-01.`,
  `VACCINE COLD CHAIN: store 2-8 °C, record min and max twice daily; Liebherr and Labcold pharmacy fridges; Comirnaty (Pfizer/BioNTech), Spikevax (Moderna), Fluenz, Shingrix (GSK), Bexsero, Gardasil 9 (MSD); Green Book chapter 3; excursions above 8 °C to manufacturer.`,
  `Place-named infections: Lyme disease, Rocky Mountain spotted fever, Q fever, Lassa fever, Marburg and Ebola virus disease, Hendra and Nipah viruses, Zika, Coxsackie, Norwalk virus, Hantaan, West Nile, Ross River fever, Murray Valley encephalitis, Japanese encephalitis, St. Louis encephalitis, Rift Valley fever, Oropouche, Powassan, Bourbon and Heartland viruses.`,
  `Old-world sores and fevers: Delhi boil, Aleppo boil, Baghdad boil, Oroya fever (Carrion disease), Madura foot, Buruli ulcer, Chagas disease, tularaemia, Bornholm disease, Pontiac fever, Norwegian (crusted) scabies, Mediterranean spotted fever, the Spanish flu of 1918, the Asian flu of 1957 and the Hong Kong flu of 1968.`,
  `EXAMINATION SIGNS: Battle sign, Cullen and Grey Turner signs, Kernig and Brudzinski, Murphy sign, Rovsing sign, Trousseau and Chvostek, Homans sign, Tinel and Phalen, Finkelstein test, Lachman and McMurray, Romberg, Trendelenburg gait, Thomas test, Schober test (5 cm), Allen test, Rinne and Weber.`,
  `Drug brands on the repeat list: Ozempic 1 mg weekly, Mounjaro 5 mg, Wegovy, Jardiance 10 mg, Forxiga, Entresto 49/51 mg, Eliquis 5 mg bd, Xarelto 20 mg, Lixiana, Keytruda, Opdivo, Dupixent 300 mg, Humira, Stelara, Skyrizi; Calpol and Nurofen for children.`,
  `Device makers in theatre: Stryker, Zimmer Biomet, DePuy Synthes, Smith+Nephew, Olympus and Karl Storz scopes, Hologic, Siemens Healthineers and GE HealthCare scanners, Baxter, B. Braun and Fresenius pumps, BD Alaris; Medtronic Hugo and Intuitive da Vinci Xi robots.`,
  `RISK SCORES: Glasgow Coma Scale 15, Rockall and Glasgow-Blatchford, Alvarado 7, CURB-65 of 2, PERC negative, Centor 3, FeverPAIN 4, MUST 2, Rockwood Clinical Frailty Scale 6, Edmonton Frailty, Karnofsky 70, ECOG 1, Child-Pugh B, MELD 18, Rockall over 8.`,
  `WARD BOARD (no names): bay 2 bed 7 awaiting OT; side room 3 barrier nursed; ward 21 outliers x4; patients aged 23 to 88; discharges on Mondays and Thursdays; ward round 08:30; board rounds since 2019.`,
  `History teaching slide: penicillin 1928, insulin 1921, the NHS 1948, the Declaration of Helsinki 1964, Alma-Ata 1978, HIPAA 1996, the Caldicott report 1997, the Nuremberg Code 1947; the Broad Street pump of 1854, Semmelweis in Vienna; Framingham Heart Study from 1948; Whitehall II.`,
  `MEDICATION RECONCILIATION: WARFARIN 3 MG (INR 2-3), LEVOTHYROXINE 75 MICROGRAMS, ALENDRONIC ACID 70 MG WEEKLY, ADCAL-D3 TWICE DAILY, SENNA 15 MG AT NIGHT; ALLERGIES: PENICILLIN (RASH); SOURCE: GP SUMMARY AND PATIENT'S OWN DRUGS.`,
  `Paediatric doses: paracetamol 15 mg/kg 4-6 hourly (max 75 mg/kg/day), ibuprofen 10 mg/kg 8 hourly, amoxicillin 40-90 mg/kg/day, prednisolone 1-2 mg/kg for croup (dexamethasone 0.15 mg/kg), Holliday-Segar 4-2-1 rule, APLS weight (age + 4) x 2 for ages 1 to 10.`,
  `Places in old terms: Swiss cheese model (Reason), Dutch cap, Spanish fly (cantharidin), German measles, Chinese liver fluke, Indian hemp, Peruvian bark, Turkish saddle (sella turcica), Baker cyst, Sister Mary Joseph nodule, Egyptian ophthalmia, Aleppo pine pollen, Scotch tape test.`,
  `Anatomy eponyms: circle of Willis, Sylvian fissure, Broca and Wernicke areas, bundle of His, Purkinje fibres, Hartmann pouch, Calot triangle, Hesselbach triangle, Meckel diverticulum, ampulla of Vater, sphincter of Oddi, Scarpa fascia, Eustachian tube, Achilles tendon.`,
  `VESTIBULAR CLINIC: Dix-Hallpike and Epley manoeuvres, Semont, Brandt-Daroff exercises at home, Unterberger (Fukuda) stepping test, HINTS exam (head impulse, nystagmus, test of skew), Ménière disease, Frenzel goggles, betahistine (Serc) 16 mg tds.`,
  `Genetic syndromes clinic list: Down, Turner, Klinefelter, Marfan, Ehlers-Danlos, Noonan, Prader-Willi, Angelman, Williams, Rett, Fragile X, Huntington, Tay-Sachs, Gaucher, Fabry and Pompe; Beighton score 6/9; Ghent criteria; karyotype 47,XXY.`,
  `Named syndromes in psychiatry: Capgras, Cotard, Fregoli, Ekbom, Munchausen and Munchausen by proxy, Stockholm syndrome, Paris syndrome, Jerusalem syndrome, Stendhal (Florence) syndrome, Diogenes syndrome, Othello syndrome, Korsakoff, Ganser; PHQ-9 and GAD-7; MoCA 24/30.`,
  `ONCOLOGY EPONYMS: Hodgkin, Burkitt and Waldenström, Kaposi sarcoma, Ewing sarcoma, Wilms tumour, Merkel cell, Krukenberg tumour, Virchow node, Pancoast tumour, Philadelphia chromosome, Auer rods, Reed-Sternberg cells, Breslow 1.2 mm, Clark level III, Gleason 3+4.`,
  `Joint replacement register codes: Exeter stem, Charnley low-friction arthroplasty, Oxford partial knee, Birmingham hip resurfacing, Austin Moore and Thompson hemiarthroplasty, Ilizarov frame, Kirschner wires, Steinmann pins, Taylor spatial frame; National Joint Registry since 2003.`,
  `ICU KIT: Swan-Ganz catheter, Sengstaken-Blakemore and Minnesota tubes, Quinton and Vascath lines, Hickman line, PiCCO, Optiflow (Fisher & Paykel) 60 L/min, Hamilton C6 and Dräger Evita V800 ventilators, Prismaflex CRRT, Richmond Agitation-Sedation Scale -2.`,
  `Nutrition support: Ensure Plus, Fortisip Compact (Nutricia), Fresubin 2 kcal, Peptamen, Neocate LCP and Aptamil Pepti for infants; MUST score 2, refeeding risk (NICE CG32 of 2006), thiamine 100 mg, Pabrinex; NG tube placement pH under 5.5.`,
  `LABOUR WARD: Kielland and Neville Barnes forceps, Wrigley forceps, Kiwi OmniCup, Foley balloon induction, Propess 10 mg, Prostin E2, Syntocinon, carboprost (Hemabate) 250 mcg, Bakri balloon, B-Lynch suture; Robson group 5; room 4 pool.`,
  `DENTAL: Bass brushing technique, Angle class II div 1, Black classes I-V, Duraphat 22,600 ppm fluoride varnish, Corsodyl mouthwash, Sensodyne Pronamel; mixed dentition ages 6 to 12; Wand and Oraqix anaesthesia; BPE codes 0-4.`,
  `RADIOLOGY REPORTING: Hounsfield units, Bosniak IIF, BI-RADS 4B, TI-RADS 3, LI-RADS 5, PI-RADS 4, Kerley B lines, Rigler sign, Hampton hump, Westermark sign, Chilaiditi sign, Golden S sign, Spalding sign; Philips and Canon CT.`,
  `Sports clinic apophyses: Osgood-Schlatter, Sever disease, Sinding-Larsen-Johansson, Freiberg infraction, Kienböck disease, Perthes disease, slipped upper femoral epiphysis in ages 10 to 16; Kinesio tape, Aircast boots, Bauerfeind supports.`,
  `Dermatology signs and brands: Koebner phenomenon, Nikolsky sign, Auspitz sign, Darier sign, Wickham striae, Gottron papules, heliotrope rash, Dennie-Morgan folds, Hutchinson sign, Mohs surgery; Dermol 500, Epaderm, Dovobet gel, Protopic 0.1%, Dermovate.`,
  `Paediatric eponyms: Kawasaki disease, Henoch-Schönlein purpura, Still disease, Reye syndrome, Guthrie heel-prick test (UK from 1969), Denver developmental screen, Schwartz eGFR formula, Ortolani, Moro reflex, Harrison sulcus; children aged 2 to 14.`,
  `Public health history: Typhoid Mary, the Tuskegee study 1932-1972, the Alder Hey and Bristol inquiries, thalidomide (Distaval, Grünenthal, 1957), the Lancet MMR retraction 2010, the Hillsborough review; cohort ages 40 to 69 in UK Biobank.`,
  `CLINIC ROTA (no names): room 1 mole mapping, room 2 Legionella and Q fever review, room 6 spectacles vouchers, room 8 orthotics; Tuesdays and Fridays; new patients aged 18 to 85; 15 min slots since 2025; 3 did not attend.`,
  `Occupational skin and lung list: baker's asthma, hairdresser's hand eczema (PPD), nickel (Jewellers), chrome (cement), latex (Ansell, Gammex), fish handler's disease (Erysipelothrix), milker's nodules, orf, green tobacco sickness, grain handler's lung; Patch test ESSCA series.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter29', '/tmp/deid-ood-letters29.jsonl');
