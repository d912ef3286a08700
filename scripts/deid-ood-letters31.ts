/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-fourth session, engineer author: short and
 * long clinician texts, in running prose and in form/field layouts, of kinds beyond letters14-30: drone-pilot and
 * drone blood-delivery logs (CSV), wilderness first-responder SOAP notes, tele-ICU hub logs, genetic variant
 * reclassification e-mails with signature blocks, biosimilar switch letters, dispensing-robot error reports, kitchen
 * allergy tray tickets and wristband reprints, non-medical prescriber audits, break-glass portal audits, remote
 * 12-lead ECG uploads, podiatry invoices and direct debits, hire-boat, heli-ski, whitebait, reef-net and kayak
 * incidents, mountain-rescue callout sheets, DVLA letters, locum licence checks, Mexican and Brazilian prescriptions
 * and sick notes, occupational notes for hop, lavender, saffron, kiwi, cork, coffee, mango, shea, cardamom, cacao,
 * clove, yerba mate, argan and tea pickers, glassblowers, pumpkin-seed oil presses, cheese dairies, thatchers, chain
 * forges, mica and cobalt miners, brick-kiln, weaving and silkworm workers, pearl and dhow divers, haenyeo, king-crab,
 * clam and lobster fishers, sheep shearers, deer processors and piranha, habu, nauyaca, carpet viper, stonefish,
 * barramundi and leech injuries, bullfights (shilembe), bull races (karapan sapi), pasola, kok-boru, kuomboka,
 * dinagyang and vaquejada first aid, saunas, bukhari stoves, methanol, organophosphates, lead glazes, mercury, CO2 in
 * wine vats, konzo, nodding syndrome, kala-azar, scrub typhus, hydatid cysts, brucellosis, liver fluke after raw fish,
 * hard-metal lung, post-typhoon and post-flood clinics and camp clinics; written in the styles of regions, peoples
 * and languages not named in the headers of letters14-30: Swabia, the Saarland, East Frisia (Low German),
 * Mecklenburg, the Allgäu, Appenzell, Picardy (Picard), Béarn (Gascon), Burgundy, Lorraine, Provence, Soule
 * (Basque), Molise (Molise Croatian), the Marche, Murano, La Mancha, León (Leonese), the Algarve, the Minho, Epirus
 * (Aromanian village, Greek script), Corfu, Thy, Dalarna (Elfdalian), Jämtland, Vesterålen, Hiiumaa, the
 * Lemko region, Šumava, Orava, Prekmurje, the Hutsul region and Polesia (Ukrainian), Mari El, Udmurtia, North
 * Ossetia, Primorye (Nanai), Kakheti, Samegrelo (Georgian script), Mardin (Turoyo), Diyarbakır (Kurmanji), Galilee
 * (Druze), the Negev (Bedouin), the Bekaa, Gilan (Persian script, Solar Hijri date), Yazd (Zoroastrian quarter), Qeshm, Musandam (Kumzari),
 * Asir (Arabic script, Arabic-Indic digits), Siwa, Nubia, the Fezzan (Tuareg), the Mzab, the Aurès (Chaoui), the Souss
 * (Tashelhit), Agadez, the Dogon country, the Fouta Toro (Pulaar), Borno (Kanuri), Cross River (Efik), northern Ghana
 * (Dagbani), Kisumu (Luo), Samburu, Kilimanjaro (Chagga), Acholi, West Nile (Lugbara), Katanga, Barotseland (Lozi),
 * Matabeleland (isiNdebele), the Cape Flats (Kaaps), the Northern Cape (Nama), Kunene (Himba), Nampula (Makhuwa),
 * Spiti, Garhwal, Bastar, the Santal Parganas (Ol Chiki heading), Tripura (Kokborok), Tawang (Monpa), Puducherry
 * (French), Coorg (Kodava), Chitral (Kalash), Tharparkar, Pakistani Punjab (Shahmukhi), the Chittagong Hill Tracts
 * (Chakma, Bengali calendar date), the Cox's Bazar camps (Rohingya), the Terai (Maithili, Devanagari, Bikram Sambat
 * date), Solukhumbu (Sherpa), Sri Lanka's estate hill country, Chin State, the Karen border, Thailand's Deep South
 * (Pattani Malay, Buddhist-era date), the Central Highlands of Vietnam (Ede), Kelantan, Penang (Hokkien), Madura,
 * Lombok (Sasak), Mentawai, Maluku, Ifugao, Eastern Samar (Waray), Iloilo (Hiligaynon), Pampanga (Kapampangan),
 * Xinjiang (Uyghur in Arabic script), Guangdong (Chinese script, lunar date), Yanbian (Korean in China, Hangul),
 * Qinghai, Tohoku (Japanese script, Reiwa era date), Busan's haenyeo (Hangul), Kansai, the Tiwi Islands, Cape York,
 * Gippsland, the Riverina, Southland, the West Coast and Hawke's Bay (New Zealand), Cape Breton (Gaelic), the Magdalen
 * Islands, the Métis of Manitoba (Michif), the Kootenays, the Ottawa Valley, the Ozarks, Michigan's Upper Peninsula,
 * the Texas Hill Country, the Bronx (Dominican), Little Havana, Dearborn (Arabic), Somali Minneapolis, the Hopi mesas,
 * Sonora (Yaqui), the Sierra Tarahumara (Rarámuri), Michoacán (Purépecha), Guerrero's Costa Chica, the K'iche'
 * highlands, Talamanca (Bribri), Cauca (Nasa), the Sierra Nevada de Santa Marta (Arhuaco), the Orinoco delta (Warao),
 * Otavalo (Kichwa), Cusco (Quechua), Loreto, Maranhão (quilombola), Pernambuco, Roraima (Yanomami), the Paraguayan
 * Chaco (Mennonite, German), Jujuy, Tierra del Fuego, the Araucanía (Mapudungun), Aysén, Dorset,
 * Pembrokeshire, the Black Country, the Peak District, the Norfolk Broads, Teesside, Fife, Dumfries and Galloway,
 * Caithness and Fermanagh (local words kept: LANR, Versichertennummer, SV-Nr., AHV, carte Vitale, MDPH, tessera
 * sanitaria, codice fiscale, NIE, tarjeta sanitaria, utente SNS, ΑΜΚΑ, EHIC, BSN, CPR, personnummer, fødselsnummer,
 * isikukood, PESEL, ZZZS, VZP, rodné číslo, полис ОМС, СНИЛС, FİN, PINFL, T.C., CHIFA, NINA, NHIA, NHIS, CCC, Ayushman
 * and PMJAY, MJPJAY, CNIC, NID, FCN, MyKad, BPJS, PhilHealth, PRC, 身份证, ACC, NHI, Medicare, MSI, RAMQ, PHIN, PHN,
 * OHIP, UR, Medicaid, MBI, IMSS, CURP, DPI, cédula, cédula profesional, EPS, DNI, RUT, Cartão SUS, CPF, CRM, CHI, H&C,
 * NMC PIN).
 * Human patients only. Written by hand by engineer author on 2026-12-07 (thirty-fourth session) without reading the
 * engine's rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never
 * tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, after field labels, in CSV rows, shift handovers, e-mail
 * greetings and signatures, cc lines, surname first, Japanese and Korean order, hyphenated, with "binti", "ag",
 * "Wallet", "Lalu", "Umbu", "Naw", "Tata", "Ma.", "Jr.", particles and patronymics; Cyrillic, Greek, Georgian, Arabic,
 * Persian, Urdu, Uyghur, Chinese, Japanese, Korean and Devanagari script); lone first names and lone surnames; places
 * of every kind (streets, lieux-dits, farms, herdades, domaines, bodegas, estates, line rooms, douars, manyattas,
 * camps and camp blocks, uma longhouses, lofs, beaches, forges, presses, dairies, glassworks, mines, yurt camps,
 * pharmacies, mountain-rescue teams, health posts, hospitals and employers in local languages); ages over 89 as
 * digits ("92 J.", "96-jährig", "90 anos", "90 ans", "90 años", "95 år", "90 yaşında", "91 watayuq", "97歳", "92세",
 * and ", 93," after a name); dates in many formats (Do., 03.12.2026; "Mittwoch, 2. Dezember 2026"; "lundi 30 novembre";
 * "2 de decémer 2026"; "2026ko abenduaren 2a"; "1.XII.2026"; "1-XII-2026"; "3 d'avientu"; "Sat 28 Nov"; "di 1 dec";
 * "onsdag den 2. december"; "neděle 29. 11."; "2 Aralık 2026"; "۱۴۰۵/۰۹/۱۲"; "Azar 11"; "١٢/٣/٢٠٢٦"; "2 dujanbir
 * 2026"; "১৭ অগ্রহায়ণ ১৪৩৩"; "२०८३/०८/१७"; "3 ธ.ค. 2569"; "农历十月廿三"; "令和8年12月3日"; "2026. 12. 2."; "Disyembre
 * 1, 2026"; "Khamis 3 Disember"; "2026-12-02T14:10"; "12/01/2026" (US); "Wed 2/12/26"; "Dec. 1"; "Mar 14,
 * 2028"; weekdays with dates); IDs of many shapes; health plans, licences, phones of many countries, faxes, e-mails,
 * URLs, IPv4 and IPv6, device serials (oxygen concentrator, pacemaker, ECG recorder, dispensing robot), vehicle plates, boats, a fishing cutter, a river launch and aircraft registrations. Every name, address and
 * number is invented; institution names may be the public names of real hospitals, employers and places, as
 * organisations only.
 * Format and gold convention as deid-ood-letters26.ts to 29.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Dr. med.", "Frau", "Herr", "Mme", "M.", "Mrs", "Ms", "Mr", "D.", "Lic.", "sig.ra") stay
 * outside a name, facility words inside; US states, provinces, regions, counties, oblasts, republics, valleys named
 * as regions and countries are not marked (a town, a village, a lieu-dit, a quarter or a camp block small enough to
 * be an address is); years on their own are never marked; ages of 89 and under are not marked; weekdays and dates
 * named by a weekday are DATE, "today", "tonight" and "tomorrow" are not; numbered wards, rooms, beds, bays, chairs,
 * vats and trolleys are not marked. An AGE span is one stated exact age over 89, only
 * its number. Medical, nursing, pharmacy-prescriber and driving licences (LANR, NMC PIN, CRM, cédula profesional,
 * PRC, DVLA licence) are LICENSE; national, personal, employee, card, case, incident, callout, drop, session and
 * register numbers ID (US SSNs and the Russian SNILS are SSN); hospital, chart, UR, NHS, NHI, H&C and CHI numbers
 * MRN; health-insurance and social-security health numbers HEALTH_PLAN; postcodes of any country ZIP; a DEVICE span is
 * the serial only; an aircraft registration, a boat's name or registration (cutter, dhow, launch) and a vehicle's plate are VEHICLE;
 * label words stay outside their numbers; employers, estates, farms, camps, mines, dairies, presses, glassworks,
 * forges, pharmacies and rescue teams are marked as places, insurers, agencies, manufacturers and programmes are not;
 * pharmacy pick-up codes, podiatry accounts and direct-debit references are ACCOUNT; animals are not marked. Before
 * writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous signs, scores and instruments, place-named fevers, viruses and toxic or
 * endemic diseases, generic and brand drug makers, diabetes, hearing, mobility, monitor, dialysis and ICU device
 * brands, greetings and hospital signs in many languages and scripts, years alone (a timeline), ages under 90, ward,
 * bay, bed, chair and trolley numbers, weekdays in the plural and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters31.ts [--out /tmp/deid-ood-letters31.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters31.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Swabia - Hausarztbrief an die Betriebsärztin (Drohnen-Pilot, Zulassung Klasse 2): Herr {{NAME|Gottlob Häberle-Kienzle}}, geb. {{DATE|17.03.1961}}, {{ZIP|72574}} {{LOCATION|Bad Urach}}; Visus beidseits 1,0, Farbsehen nach Ishihara normal, EKG Sinusrhythmus; Dr. med. {{NAME|Irmgard Schwenkglenks}}, {{DATE|Do., 03.12.2026}}.`,

  `Saarland - Schichtübergabe Intermediate Care
Bett 4: {{NAME|Reinhold Kiefer-Backes}}, {{AGE|92}} J., NSTEMI, Heparin-Perfusor, Sohn ruft an ({{PHONE|0681 94 58 361}})
Bett 5: Frau {{NAME|Hildegard Schmeer}}, Pneumonie, Sauerstoff 2 L
Bett 6: leer
Übergabe an den Nachtdienst, {{LOCATION|Klinikum Saarbrücken Winterberg}}, {{DATE|02.12.2026}} 21:30`,

  `East Frisia (Plattdeutsch) - Huusarzt-Notiz: {{NAME|Hinrich Wübbena}} ut {{LOCATION|Greetsiel}}, Fischer, Hand in de Winsch kregen, Fraktur Digitus III; Kutter {{VEHICLE|GRE 14 Frieda}}; Röntgen in {{LOCATION|Klinikum Emden}}; Moin, Dr. {{NAME|Fenna Ubben}}; {{DATE|Maandag 30.11.}}`,

  `Mecklenburg - Rettungsdienstprotokoll (Reetdachdecker, Sturz vom Dach): Pat. {{NAME|Torsten Dummann}}, {{ZIP|17459}} {{LOCATION|Koserow}}; GCS 14, Unterarmfraktur links; RTW {{VEHICLE|VG-RK 512}}; Notärztin {{NAME|Annegret Stüwe}}; {{DATE|01.12.2026}} 10:42.`,

  `Appenzell - Hausbesuch Bergbauernhof: Frau {{NAME|Maria Josefa Inauen-Fässler}}, {{AGE|96}}-jährig, Sturz im Stall, Hüfte verkürzt und aussenrotiert; Helikopter angefordert; Hof {{LOCATION|Unterer Schwendi}}, {{LOCATION|Brülisau}}; Grüezi und Dank an den Nachbarn; AHV {{ID|756.4183.6572.09}}.`,

  `Picardy (picard) - note de l'infirmière libérale: Mme {{NAME|Ghislaine Dufossé}}, 1 rue du Calvaire, {{ZIP|80120}} {{LOCATION|Rue}}, pansement ulcère veineux, « ch'est mieux qu'hier »; carte Vitale {{HEALTH_PLAN|2 44 03 80 583 672 41}}; {{DATE|lundi 30 novembre}}.`,

  `Gascony (Béarn) - cueillette des kiwis, morsure d'aoûtat et lombalgie: {{NAME|Peyo Lacoste-Haurat}}, saisonnier, exploitation {{LOCATION|GAEC deu Gave}}, {{LOCATION|Salies-de-Béarn}}; adishatz; tél {{PHONE|05 59 38 36 72}}; {{DATE|2 de decémer 2026}}.`,

  `Burgundy - fiche vendanges, chute d'une échelle de palissage: {{NAME|Aurélien Mugneret}}, domaine {{LOCATION|Clos des Perrières Mugnier}}, {{LOCATION|Nuits-Saint-Georges}}; radio du poignet au {{LOCATION|CH de Beaune}}; n° de dossier {{MRN|BNE-2026-058367}}.`,

  `Lorraine - lettre de liaison HAD (hospitalisation à domicile): M. {{NAME|Jean-Marie Schaming}}, 14 rue des Mineurs, {{ZIP|57700}} {{LOCATION|Hayange}}, ancien sidérurgiste, oxygénothérapie 2 L/min, concentrateur n° {{DEVICE|OXY-7405836}}; IDE coordinatrice {{NAME|Sabrina Kieffer}}, {{PHONE|03 82 58 36 72}}; {{DATE|3 déc. 2026}}.`,

  `Provence - registre de la cueillette de lavande (malaise par la chaleur): {{NAME|Yasmina Ferhat}}, saisonnière, distillerie {{LOCATION|Distillerie des Bergers de Sault}}, {{LOCATION|Sault}}; T 38.9, réhydratation; responsable {{NAME|Marius Roumanille}}; {{DATE|mardi 1er décembre}}.`,

  `Basque Country (Soule) - txostena, mendi-artzaina: {{NAME|Ellande Etxebarne}}, etxaldea {{LOCATION|Etxartea}}, {{LOCATION|Larrau}}; ardi-kutsadura (orf) eskuan; telefonoa {{PHONE|06 12 58 36 72}}; eskerrik asko; {{DATE|2026ko abenduaren 2a}}.`,

  `Molise (Croatian-speaking village) - ambulatorio: pacijent {{NAME|Mikela Blascetta}}, selo {{LOCATION|Kruč}} ({{LOCATION|Acquaviva Collecroce}}), diabete tipo 2, HbA1c 8.4%; tessera sanitaria {{HEALTH_PLAN|80380005836720}}; {{DATE|1.XII.2026}}.`,

  `Marche - pescatore di vongole, lesione da verricello: {{NAME|Luciano Pierpaoli}}, motopesca {{VEHICLE|Santa Rita II}} (matricola {{VEHICLE|1SB 4183}}), porto di {{LOCATION|San Benedetto del Tronto}}; amputazione falange.`,

  `Murano (Venice lagoon) - medicina del lavoro, vetreria: maestro vetraio {{NAME|Loris Barovier-Toso}}, ustione di secondo grado all'avambraccio, cataratta precoce in controllo; fornace {{LOCATION|Vetreria Fondamenta dei Vetrai 33}}; matricola dipendente {{ID|VM-05836}}; {{DATE|Dec 1st, 2026}}.`,

  `La Mancha - recogida de azafrán, dermatitis y lumbalgia: {{NAME|Felisa Moraleda Ortega}}, {{LOCATION|Consuegra}}; tarjeta sanitaria {{HEALTH_PLAN|CLMA 0583672091}}; la acompaña su nieta {{NAME|Nerea}}; {{DATE|1-XII-2026}}.`,

  `León (Leonese) - consultorio rural, {{LOCATION|Babia}}: vaqueiro {{NAME|Xuan Álvarez Rubial}}, coz de vaca na costiella, fractura costal; teléfono {{PHONE|987 58 36 72}}; {{DATE|3 d'avientu}}.`,

  `Algarve - farmácia, pedido de reforço de receita (turista britânico): Mr {{NAME|Clive Ashworth}}, a ficar em {{LOCATION|Rua da Praia 5}}, {{LOCATION|Carvoeiro}}; NHS number {{MRN|583 672 0914}}; contacto {{PHONE|+351 912 583 672}}.`,

  `Minho - centro de saúde, visita domiciliária: D. {{NAME|Ermelinda da Cunha Barbosa}}, {{AGE|90}} anos, lugar de {{LOCATION|Soajo}}, acamada, úlcera sagrada grau 3; filha {{NAME|Rosa Maria}}; {{DATE|30/11/2026}}.`,

  `Epirus (Aromanian village) - αγροτικό ιατρείο: {{NAME|Γιάννης Τσούμπας}}, βοσκός, δάγκωμα σκύλου στην κνήμη, εμβόλιο τετάνου; χωριό {{LOCATION|Μέτσοβο}}; ΑΜΚΑ {{HEALTH_PLAN|03106105836}}.`,

  `Corfu - tourist clinic, scooter fall: {{NAME|Ewan Macrae}} (Scottish), road rash and a clavicle fracture; hired scooter {{VEHICLE|ΚΕΡ 5836}}; hotel {{LOCATION|Kontokali Bay Hotel}}; EHIC {{HEALTH_PLAN|80826 5836720914}}; {{DATE|Sat 28 Nov}}.`,

  `West Jutland (Thy) - lægeerklæring, surfulykke: {{NAME|Asger Vestergaard Bach}}, CPR {{ID|030299-5836}}, skulderluksation ved {{LOCATION|Klitmøller}}; {{LOCATION|Regionshospitalet Thisted}}; {{DATE|onsdag den 2. december}}.`,

  `Dalarna (Elfdalian) - distriktssköterska: {{NAME|Kerstin Ollas-Tyskas}}, {{AGE|95}} år, {{LOCATION|Älvdalen}}; hjärtsvikt, ökade vätskedrivande; "dar ir guott"; personnummer {{ID|19310904-4183}}; {{DATE|1/12}}.`,

  `Jämtland - fjällräddning, renskötare: {{NAME|Nils-Ante Jonsson Fjällström}}, skoteromkörning, lårbensfraktur; skoter {{VEHICLE|KRT 58K}}; hämtad med helikopter från {{LOCATION|Ljungdalen}}; {{LOCATION|Östersunds sjukhus}}; {{DATE|torsdag 3 december}}.`,

  `Vesterålen - legevakt, hvalsafari-sjøsyke og fall på dekk: {{NAME|Ingrid Solbakk Hansen}}, ribbeinsbrudd; båt {{VEHICLE|MS Reine Hval}}; fra {{LOCATION|Andenes}}; fødselsnummer {{ID|18047258367}}.`,

  `Hiiumaa - perearst, koerahammustus säärel: {{NAME|Tiit Kõrvits}}, {{LOCATION|Kärdla}}; isikukood {{ID|37503185836}}; teetanus; {{DATE|2. detsember 2026}}.`,

  `Lemko region - ośrodek zdrowia: pacjent {{NAME|Wasyl Hnatyszak}}, {{LOCATION|Gładyszów}}, pszczelarz, wstrząs po użądleniu; adrenalina; nr karty {{MRN|GL/2026/0583}}; {{DATE|1 XII 2026}}.`,

  `Šumava (South Bohemia) - horská služba, lyžař: {{NAME|Vojtěch Kubička}}, pád na běžkách, zlomenina předloktí; {{LOCATION|Kvilda}}; pojišťovna VZP, číslo pojištěnce {{HEALTH_PLAN|9803125836}}; {{DATE|neděle 29. 11.}}`,

  `Orava (Slovakia) - ambulancia všeobecného lekára: {{NAME|Jozef Kubaščík}}, drevorubač, úraz pílou na stehne, manželka {{NAME|Anna Kubaščíková}} volala záchranku; {{LOCATION|Zuberec}}; rodné číslo {{ID|680314/5836}}.`,

  `Prekmurje - družinski zdravnik: {{NAME|Štefan Horvat Gider}}, {{LOCATION|Bogojina}}, bučno olje, padec s prikolice; ZZZS {{HEALTH_PLAN|058367209}}; hči {{NAME|Marjetka}}; {{DATE|2. 12. 2026}}.`,

  `Hutsul region (Carpathians) - фельдшерсько-акушерський пункт: {{NAME|Василь Кіращук}}, вівчар на полонині, укус гадюки в кисть; село {{LOCATION|Верховина}}.`,

  `Polesia - note from a field nurse: {{NAME|Hanna Tkachuk}}, cranberry picker in the bog near {{LOCATION|Dubrovytsia}}, lost for 2 nights, mild hypothermia; brought by forester {{NAME|Petro Lysyi}}.`,

  `Mari El - фельдшерский пункт: {{NAME|Эльвира Алметова}}, марийка, {{LOCATION|Сернур}}, пчелиный укус, отёк Квинке; полис ОМС {{HEALTH_PLAN|1258 3672 0914 5836}}; {{DATE|1 декабря 2026}}.`,

  `Udmurtia - выписка из районной больницы: {{NAME|Геннадий Корепанов}}, {{LOCATION|Игра}}, отравление метанолом (суррогат); СНИЛС {{SSN|058-367-209 14}}; {{DATE|30.11.2026}}.`,

  `North Ossetia - справка для спортсмена (вольная борьба): {{NAME|Алан Кодзоев}}, {{LOCATION|Моздок}}, допуск к соревнованиям; ЭКГ норма; врач {{NAME|Залина Тедеева}}.`,

  `Primorye (Nanai and Russian) - Amur fisherman, frostbite: {{NAME|Semyon Bel'dy}}, village {{LOCATION|Troitskoye}}, boat {{VEHICLE|Р 58-36 ПК}}; referral to {{LOCATION|Khabarovsk Regional Burns Centre}}; {{DATE|Thursday 3 Dec}}.`,

  `Kakheti - rtveli (grape harvest) injuries log: {{NAME|Levan Tchinchaladze}}, wine cellar {{LOCATION|Kvevri Marani Sighnaghi}}, CO2 faint; {{NAME|Nino Gogoladze}}, wasp sting; personal number {{ID|01024058367}}; {{DATE|2 Dec 2026}}.`,

  `Samegrelo (Mingrelian) - ოჯახის ექიმი: {{NAME|ბესიკ ჯიქია}}, სოფელი {{LOCATION|ჩხოროწყუ}}, თხილის მკრეფავი, ზურგის ტკივილი.`,

  `Mardin (Turoyo-speaking village) - aile sağlığı merkezi: {{NAME|Aziz Gabriel Önder}}, {{AGE|90}} yaşında, köy {{LOCATION|Midin}}, kalp yetmezliği; oğlu {{NAME|Şemun}} İsveç'ten arıyor {{PHONE|+46 70 583 67 20}}; {{DATE|2 Aralık 2026}}.`,

  `Diyarbakır (Kurmanji) - sevk notu: {{NAME|Berfîn Aydoğan}}, 6 aylık bebek, bronşiolit; annesi {{NAME|Rojda}}; {{LOCATION|Sur}}, {{LOCATION|Hasırlı Mahallesi}}; T.C. {{ID|41836572094}}.`,

  `Galilee (Druze village) - mirpaa note: {{NAME|Wafiq Halabi}}, olive-press worker, crush injury of the left hand; village {{LOCATION|Daliyat al-Karmel}}; ID {{ID|058367209}}; Clalit; {{DATE|Wed 2 Dec}}.`,

  `Negev (Bedouin unrecognised village) - mobile clinic: {{NAME|Salma Abu Kaf}}, pregnant 32 weeks, anaemia Hb 8.9; village {{LOCATION|Wadi al-Na'am}}; husband {{NAME|Suleiman}} {{PHONE|052-583-6720}}.`,

  `Bekaa Valley - PHC note: {{NAME|Khaled Chamoun}}, farmer, organophosphate exposure on potato fields, miosis and bradycardia, atropine given; {{LOCATION|Baalbek}}; {{LOCATION|Dar Al Amal University Hospital}}.`,

  `Gilan (Gilaki) - برگه ارجاع: {{NAME|مهرانگیز پورحسن}}، شالیکار، لپتوسپیروز مشکوک؛ روستای {{LOCATION|ماسوله}}؛ {{DATE|۱۴۰۵/۰۹/۱۲}}.`,

  `Central Iran (Zoroastrian quarter) - home visit: {{NAME|Parvin Khosravani}}, {{AGE|93}}, falls, vitamin D deficiency; lane {{LOCATION|Kucheh Mehr 12}}, {{LOCATION|Yazd}}; {{DATE|Azar 11}}.`,

  `Qeshm Island - pearl and dhow worker: {{NAME|Abdolrahim Bandari}}, ear barotrauma after free diving; dhow {{VEHICLE|Nasim al-Bahr}}; village {{LOCATION|Laft}}; {{DATE|2 Dec 2026}}.`,

  `Musandam (Kumzari) - Khasab health centre: {{NAME|Hamdan al-Kumzari}}, fisherman, stonefish sting of the heel, hot water; village {{LOCATION|Kumzar}}; civil ID {{ID|10583672}}.`,

  `Asir - مستشفى، نموذج إحالة: {{NAME|عائشة القحطاني}}، مزارعة بن، لدغة عقرب؛ قرية {{LOCATION|رجال ألمع}}؛ رقم الملف {{MRN|582-3672-09}}؛ {{DATE|١٢/٣/٢٠٢٦}}.`,

  `Siwa Oasis - clinic log: {{NAME|Mahdy Awad Siwi}}, date-palm climber, fall from 6 m, pelvic fracture; oasis village {{LOCATION|Aghurmi}}; evacuated to {{LOCATION|Marsa Matruh General Hospital}}; {{DATE|1/12/2026}}.`,

  `Nubia (Aswan) - village nurse: {{NAME|Fatma Kenzi Dahab}}, schistosomiasis, haematuria; village {{LOCATION|Gharb Soheil}}; praziquantel given.`,

  `Fezzan - field clinic, Tuareg patient: {{NAME|Aghali ag Moussa}}, {{LOCATION|Ghat}}, trachoma, trichiasis surgery booked; interpreter {{NAME|Ibrahim Ousmane}}; {{DATE|Dec 2, 2026}}.`,

  `Mzab (Ghardaïa) - fiche de consultation: {{NAME|Slimane Bahmed}}, tisserand, rhinite allergique à la laine; {{LOCATION|Beni Isguen}}; n° CHIFA {{HEALTH_PLAN|58367209145}}; {{DATE|1er déc. 2026}}.`,

  `Aurès (Chaoui) - médecin de proximité: {{NAME|Tassadit Boukhalfa}}, {{AGE|90}} ans, {{LOCATION|Menaa}}, kyste hydatique hépatique; fils {{NAME|Mouloud}}.`,

  `Souss (Tashelhit) - centre de santé rural: {{NAME|Fadma Ait Ouhmad}}, cueilleuse d'arganier, chute de l'arbre, entorse; douar {{LOCATION|Tidzi}}; azul; {{DATE|2 dujanbir 2026}}.`,

  `Agadez - Tamasheq herder, CSI note: {{NAME|Rhissa ag Boula Ahmed}}, camel kick to the chest, 2 broken ribs; camp near {{LOCATION|Timia}}; {{DATE|30 nov 2026}}; infirmier {{NAME|Moussa Kaocen}}.`,

  `Dogon Country - CSCom de {{LOCATION|Sangha}}: {{NAME|Amadou Guindo}}, fall from the Bandiagara cliff while collecting honey; NINA {{ID|15836720918N}}.`,

  `Fouta Toro (Pulaar) - poste de santé: {{NAME|Coumba Sy Ba}}, {{LOCATION|Ndioum}}, anémie en grossesse; mari {{NAME|Demba}} {{PHONE|77 583 67 20}}.`,

  `Borno (Kanuri) - IDP camp clinic card: {{NAME|Fatima Kolo Modu}}, malnutrition (MUAC 112 mm) in her child {{NAME|Bintu}}; camp {{LOCATION|Bakassi IDP Camp}}; card {{ID|BKS/OTP/05836}}; {{DATE|3/12/2026}}.`,

  `Cross River (Efik) - outpatient letter: Mrs {{NAME|Affiong Etim Bassey}}, fattening-room tradition, now hypertension and knee OA; {{LOCATION|14 Mayne Avenue}}, {{LOCATION|Calabar}}; NHIA {{HEALTH_PLAN|NHIA-CR-0583672}}.`,

  `Northern Ghana (Dagbani) - CHPS compound note: {{NAME|Abukari Alhassan Yakubu}}, shea-nut gatherer, snakebite (carpet viper), antivenom x2; {{LOCATION|Savelugu}}; NHIS {{HEALTH_PLAN|58367209}}; {{DATE|Tue 1 Dec}}.`,

  `Kisumu (Luo) - fisherman, schisto and HIV clinic: {{NAME|Otieno Ochieng Owiti}}, beach {{LOCATION|Dunga Beach}}; boat {{VEHICLE|Nyar Nam}}; CCC no {{ID|13939-05836}}.`,

  `Samburu - mobile clinic on camels: {{NAME|Lmeriai Lekalkuli}}, trachoma, and his mother {{NAME|Naisula}}, {{AGE|90}}, cataracts; manyatta near {{LOCATION|Archers Post}}; {{DATE|29 Nov 2026}}.`,

  `Kilimanjaro (Chagga) - porter illness log: {{NAME|Emmanuel Massawe Lyimo}}, porter, HAPE at Barafu camp, descended; company {{LOCATION|Kibo Summit Porters Ltd}}; {{LOCATION|Marangu}}; phone {{PHONE|+255 754 583 672}}.`,

  `Acholi (Gulu) - nodding syndrome clinic: {{NAME|Akello Grace Atim}}, 13 years, seizures; village {{LOCATION|Tumangu}}; mother {{NAME|Lamunu}}.`,

  `West Nile (Arua) - refugee settlement, Lugbara health worker: {{NAME|Juma Drani}}, malaria RDT positive; settlement {{LOCATION|Rhino Camp}}; attendance no {{ID|RC-05836}}.`,

  `Katanga (cobalt artisanal mine) - occupational note: {{NAME|Kasongo Mwamba}}, hard-metal lung disease suspected; mine {{LOCATION|Kasulo}}, {{LOCATION|Kolwezi}}; {{DATE|1 Dec 2026}}.`,

  `Barotseland (Lozi) - Kuomboka ceremony first aid: {{NAME|Mubita Sitali}}, paddler, heat exhaustion; {{LOCATION|Lealui}}; {{LOCATION|Lewanika General Hospital}}; {{PHONE|0977 583 672}}.`,

  `Matabeleland (isiNdebele) - clinic: {{NAME|Sibusiso Ncube Moyo}}, {{LOCATION|Tsholotsho}}, elephant trampling, leg fracture; sawubona.`,

  `Cape Flats (Kaaps) - clinic card: {{NAME|Shireen Abrahams}}, TB on DOT, {{LOCATION|Mitchells Plain}}, {{LOCATION|Tafelsig}}; "sy voel nou beter, bru"; folder no {{MRN|MP-583672}}.`,

  `Northern Cape (Nama) - nurse's note: {{NAME|Katrina Cloete Swartbooi}}, {{LOCATION|Steinkopf}}, {{AGE|94}}, COPD from the copper mines; {{DATE|01-12-2026}}.`,

  `Kunene (Himba) - outreach: {{NAME|Kaveterua Tjambiru}}, otjize-covered skin, burns from the fire; village {{LOCATION|Okangwati}}; nurse {{NAME|Selma Nangolo}}.`,

  `Nampula (Makhuwa) - HIV card: {{NAME|Rosalina Muaricha}}, {{LOCATION|Ribáuè}}; NID {{ID|0583672091}}; {{DATE|3 de dezembro de 2026}}.`,

  `Spiti Valley - winter PHC log: {{NAME|Tenzin Dolma}}, yak herder's wife, CO poisoning from the bukhari stove; village {{LOCATION|Kibber}}; {{DATE|2 Dec 2026}}.`,

  `Garhwal (Uttarakhand) - char dham porter (kandi), fall on the trail: {{NAME|Dinesh Singh Negi}}, {{LOCATION|Gaurikund}}; Ayushman card {{HEALTH_PLAN|PMJAY-UK-58367209}}.`,

  `Bastar (Chhattisgarh) - mitanin's register: {{NAME|Sukhmati Kashyap}}, falciparum malaria, {{LOCATION|Kutru}}; mitanin {{NAME|Budhni Mandavi}}.`,

  `Santal Parganas (Santali, Ol Chiki heading) - ᱥᱟᱹᱱᱛᱟᱲ clinic slip: {{NAME|Sagen Murmu}}, mica picker, silicosis suspected; village {{LOCATION|Koderma}}.`,

  `Tripura (Kokborok) - jhum cultivator, scrub typhus (eschar in the groin): {{NAME|Bikram Debbarma}}, {{LOCATION|Mandai}}; doxycycline; {{PHONE|94361 58367}}.`,

  `Tawang (Monpa) - army hospital civil OPD: {{NAME|Pema Wangchu}}, frostbite of 3 toes, {{LOCATION|Lumla}}; Tashi delek; {{DATE|3 Dec 2026}}.`,

  `Puducherry - lettre de sortie (français): M. {{NAME|Joseph Ramassamy}}, {{LOCATION|Pondichéry}}; infarctus inférieur thrombolysé; {{LOCATION|JIPMER}}; {{DATE|2 décembre 2026}}.`,

  `Coorg (Kodava) - coffee estate dispensary: {{NAME|Bopanna Machaiah}}, leech bites and cellulitis; estate {{LOCATION|Kaveri Valley Estate}}, {{LOCATION|Virajpet}}; writer {{NAME|Shanthi}}.`,

  `Chitral (Kalash valley) - BHU note: {{NAME|Shahi Gul Kalash}}, {{LOCATION|Bumburet}}, brucellosis, goat herder; CNIC {{ID|15201-5836720-9}}; {{DATE|01-12-2026}}.`,

  `Tharparkar - mobile health unit: {{NAME|Kastoori Bheel}} brings her child {{NAME|Radha}} with severe acute malnutrition; village {{LOCATION|Islamkot}}.`,

  `Punjab, Pakistan (Shahmukhi heading) - ہسپتال پرچی: {{NAME|رشیدہ بی بی}}، بھٹہ مزدور، دمہ؛ {{LOCATION|قصور}}؛ {{DATE|02-12-2026}}.`,

  `Chittagong Hill Tracts (Chakma) - community clinic: {{NAME|Jyotika Chakma}}, {{LOCATION|Sajek}}, anaemia in pregnancy, iron given; NID {{ID|8258367209}}; {{DATE|১৭ অগ্রহায়ণ ১৪৩৩}}.`,

  `Cox's Bazar camps - diphtheria contact card: {{NAME|Mohammad Ayaz}}, block {{LOCATION|Camp 8W Block C}}, FCN {{ID|138-05836720}}; erythromycin prophylaxis; CHW {{NAME|Rahima Khatun}}.`,

  `Terai (Maithili) - स्वास्थ्य चौकी: {{NAME|सुनीता कुमारी यादव}}, {{LOCATION|जनकपुर}}, कालाजार; {{DATE|२०८३/०८/१७}}.`,

  `Solukhumbu (Sherpa) - Himalayan Rescue post: {{NAME|Ang Nima Sherpa}}, high-altitude cerebral oedema, porter; {{LOCATION|Pheriche}}; evacuated by {{VEHICLE|9N-ALM}}; {{DATE|29 Nov 2026}}.`,

  `Hill country (Sri Lanka estate) - estate medical assistant: {{NAME|Muthulakshmi Selvaraj}}, tea plucker, leech bite and cellulitis; line room, {{LOCATION|Pedro Estate}}, {{LOCATION|Nuwara Eliya}}.`,

  `Chin State - clinic note: {{NAME|Cung Lian Thang}}, {{LOCATION|Hakha}}, TB meningitis in a 5-year-old; father {{NAME|Van Biak}}.`,

  `Karen (Kayin) border clinic - S'gaw Karen patient {{NAME|Naw Paw Htoo}}, landmine injury, below-knee amputation; clinic {{LOCATION|Mae Tao Clinic}}, {{LOCATION|Mae Sot}}.`,

  `Deep South Thailand (Pattani Malay, Jawi) - klinik: {{NAME|Rohana binti Abdullah}}, {{LOCATION|Yaring}}, tuberculosis; ID {{ID|3-9406-05836-72-0}}; {{DATE|3 ธ.ค. 2569}}.`,

  `Central Highlands (Ede) - trạm y tế: {{NAME|H'Nga Niê}}, người Ê Đê, sốt rét, {{LOCATION|buôn Ako Dhong}}, {{LOCATION|Buôn Ma Thuột}}; {{DATE|02/12/2026}}.`,

  `Kelantan - klinik kesihatan: {{NAME|Che Wan Nor Hayati}}, {{LOCATION|Kampung Laut}}, {{LOCATION|Tumpat}}, leptospirosis selepas banjir; MyKad {{ID|680412-03-5836}}; {{DATE|Khamis 3 Disember}}.`,

  `Penang (Hokkien) - GP note: {{NAME|Khoo Beng Hock}}, hawker, hand burns from the char kway teow wok; {{LOCATION|Lebuh Chulia}}, {{LOCATION|George Town}}; {{PHONE|012-583 6720}}.`,

  `Madura - puskesmas, karapan sapi (bull race) injury: {{NAME|Moh. Syaiful Rahman}}, jockey, fractured clavicle; {{LOCATION|Bangkalan}}; BPJS {{HEALTH_PLAN|0001583672091}}; {{DATE|2 Desember 2026}}.`,

  `Lombok (Sasak) - puskesmas: {{NAME|Lalu Muhammad Zaini}}, pottery maker, lead level 32 µg/dL; {{LOCATION|Banyumulek}}; {{DATE|30 November 2026}}.`,

  `Mentawai (Siberut) - boat clinic: {{NAME|Aman Lau Lau}}, tattoo-infection cellulitis; uma {{LOCATION|Butui}}; boat {{VEHICLE|KM Sipora Sehat}}.`,

  `Maluku (Ambon) - nurse note: {{NAME|Yosina Latuheru}}, clove-tree fall, spinal injury; negeri {{LOCATION|Hila}}; {{PHONE|0812 5836 7209}}.`,

  `Ifugao (Cordillera) - rice terrace fall: {{NAME|Dulnuan Bahatan}}, {{LOCATION|Batad}}, {{LOCATION|Banaue}}; PhilHealth {{HEALTH_PLAN|01-058367209-1}}; {{DATE|Disyembre 1, 2026}}.`,

  `Eastern Samar (Waray) - RHU: {{NAME|Nenita Abuda Cabacang}}, {{AGE|91}}, after typhoon evacuation, hypertensive urgency; {{LOCATION|Guiuan}}; salamat; {{DATE|2 Disyembre}}.`,

  `Iloilo (Hiligaynon) - referral slip: {{NAME|Rodolfo Gumban Jr.}}, dinagyang drummer, heat exhaustion; {{LOCATION|Western Visayas Medical Center}}; {{PHONE|0917 583 6720}}.`,

  `Xinjiang (Uyghur, Arabic script) - دوختۇرخانا: {{NAME|ئابدۇرەھىم ئىمىن}}، {{LOCATION|قەشقەر}}، ئۆپكە كېسىلى؛ {{DATE|2026-12-02}}.`,

  `Guangdong - 门诊病历: 患者{{NAME|陈志强}}，{{LOCATION|佛山市顺德区大良街道}}，鱼生后华支睾吸虫病；身份证{{ID|440606197803125836}}；{{DATE|农历十月廿三}}。`,

  `Yanbian (Korean in China) - 진료 기록: {{NAME|김춘화}}, {{LOCATION|연길시}}, 뇌졸중 후 재활; 딸 {{NAME|리영옥}} 연락처 {{PHONE|139 5836 7209}}.`,

  `Qinghai - yak herder, hydatid cyst: {{NAME|Lhamo Tsering}}, township {{LOCATION|Maduo}}; {{LOCATION|Qinghai Provincial People's Hospital}}; ID {{ID|632726198904125836}}.`,

  `Tohoku (Iwate) - 訪問看護記録: {{NAME|佐々木 キヨ}}様、{{AGE|97}}歳、{{LOCATION|遠野市}}、誤嚥性肺炎; 長男{{NAME|佐々木 勝}}; {{DATE|令和8年12月3日}}.`,

  `Gyeongsang (haenyeo from Busan) - 진료의뢰서: {{NAME|박순자}}, {{AGE|92}}세 해녀, 감압병 의심; {{LOCATION|영도구}}; {{DATE|2026. 12. 2.}}`,

  `Tiwi Islands - clinic note: {{NAME|Marius Puruntatameri}}, barramundi spine puncture of the hand, infected; {{LOCATION|Wurrumiyanga}}; Medicare {{HEALTH_PLAN|5836 72091 4}}.`,

  `Cape York - RFDS retrieval log: {{NAME|Selwyn Ahmat}}, {{LOCATION|Lockhart River}}, stonefish envenomation; aircraft {{VEHICLE|VH-FDM}}; {{DATE|Wed 2/12/26}}.`,

  `Southland (NZ) - shearing-gang injury: {{NAME|Hemi Tuhiwai-Dodds}}, handpiece laceration; shed at {{LOCATION|Mossburn}}; ACC claim {{ID|CAB58367}}; NHI {{MRN|ZKT5836}}.`,

  `West Coast (NZ) - whitebaiter, near drowning: {{NAME|Donna Scanlon}}, {{LOCATION|Haast}}; kia ora and thanks to {{NAME|Rawiri}} who pulled her out; {{DATE|Monday 30 November}}.`,

  `Cape Breton (Gaelic) - nurse practitioner: {{NAME|Catrìona NicNèill}}, {{AGE|93}}, {{LOCATION|Iona}}, falls; ciamar a tha sibh; MSI {{HEALTH_PLAN|0058 367 209}}; {{DATE|Dec. 1}}.`,

  `Magdalen Islands - lobster fisher {{NAME|Ghislain Boudreau}}, hand crushed in a trap hauler; {{LOCATION|Havre-Aubert}}; RAMQ {{HEALTH_PLAN|BOUG 6803 1258}}; bateau {{VEHICLE|Belle-Anse II}}.`,

  `Métis (Michif), Manitoba - home care: {{NAME|Rose Chartrand}}, {{LOCATION|St. Laurent}}, diabetic foot ulcer; "taanishi"; PHIN {{HEALTH_PLAN|105836720}}.`,

  `Kootenays - heli-ski guide, avalanche burial 12 min: {{NAME|Jonas Walchli}}, {{LOCATION|Nelson}}; PHN {{HEALTH_PLAN|9058 367 209}}; {{DATE|2026-12-02T14:10}}.`,

  `Ozarks - rural health clinic note: {{NAME|Loretta Mae Pruitt}}, chigger bites and cellulitis after gigging; {{LOCATION|Eminence}}; Medicaid {{HEALTH_PLAN|MO58367209}}; {{PHONE|(573) 583-6720}}.`,

  `Upper Peninsula (Finnish-American) - sauna burn, second degree: {{NAME|Toivo Heikkila}}, {{LOCATION|Hancock}}; SSN {{SSN|583-67-2091}}; {{DATE|12/01/2026}}.`,

  `Texas Hill Country (German) - deer-processor laceration: {{NAME|Gerhard Wehmeyer}}, {{LOCATION|Fredericksburg}}; {{LOCATION|Hill Country Memorial}}; MRN {{MRN|HCM-05836720}}.`,

  `Dearborn (Arabic) - pharmacy consult: {{NAME|Hussein Bazzi}}, heat-not-burn tobacco and asthma; {{LOCATION|Warren Ave}}; {{PHONE|313-583-6720}}.`,

  `Minneapolis (Somali) - interpreter note: {{NAME|Hodan Warsame}}, vitamin D deficiency, her son {{NAME|Abdirahman}} (autism screen); {{LOCATION|Cedar-Riverside}}; MA ID {{HEALTH_PLAN|00583672}}.`,

  `Hopi mesas - IHS clinic: {{NAME|Leland Sekaquaptewa}}, {{LOCATION|Kykotsmovi}}, valley fever; chart {{MRN|HHC-05836}}; {{DATE|Nov 30 2026}}.`,

  `Sonora (Yaqui) - centro de salud: {{NAME|Ramón Valenzuela Buitimea}}, pascola dancer, heat stroke; {{LOCATION|Vícam}}; CURP {{ID|VABR780412HSRLTM05}}.`,

  `Sierra Tarahumara (Rarámuri) - clínica: {{NAME|Erasmo Palma Cruz}}, ultramaratonista, rabdomiólisis (CK 48 000); {{LOCATION|Guachochi}}.`,

  `Michoacán (Purépecha) - coppersmith {{NAME|Tata Juan Huipe}}, hearing loss; {{LOCATION|Santa Clara del Cobre}}; IMSS {{HEALTH_PLAN|5836 72 0914 1}}.`,

  `K'iche' highlands - puesto de salud: {{NAME|Tomasa Tzoc Ixcoy}}, {{LOCATION|Nahualá}}, neumonía en su bebé; DPI {{ID|2583 67209 0701}}.`,

  `Talamanca (Bribri) - EBAIS note: {{NAME|Sebastián Morales Layan}}, cacao farmer, leishmaniasis; {{LOCATION|Shiroles}}; cédula {{ID|7-0583-0672}}.`,

  `Cauca (Nasa) - puesto de salud: {{NAME|Aida Quilcué Pame}}, {{LOCATION|Toribío}}, TB; EPS {{HEALTH_PLAN|AIC-05836720}}.`,

  `Sierra Nevada de Santa Marta (Arhuaco) - brigada de salud: {{NAME|Kuncha Torres Izquierdo}}, {{LOCATION|Nabusímake}}, vacuna de fiebre amarilla aplicada.`,

  `Delta Amacuro (Warao) - ambulatorio fluvial: {{NAME|Rosalía Moraleda Warao}}, TB contact; {{LOCATION|Nabasanuka}}; lancha {{VEHICLE|Curiara 14}}.`,

  `Otavalo (Kichwa) - centro de salud: {{NAME|Rumiñahui Cachimuel}}, {{LOCATION|Peguche}}, weaver, asthma; cédula {{ID|1005836720}}; {{DATE|jueves 3 de diciembre}}.`,

  `Cusco (Quechua) - posta: {{NAME|Saturnina Huamán Quispe}}, {{AGE|91}} watayuq, {{LOCATION|Chinchero}}, COPD from biomass; DNI {{ID|25836720}}.`,

  `Loreto (Iquitos) - drone blood-delivery log (CSV):
drop_id,requested_by,site,patient,product,time
{{ID|DR-58367}},Lic. {{NAME|Marleny Tapullima}},{{LOCATION|Puesto de Salud Indiana}},{{NAME|Jhon Ahuanari}},O neg x2,{{DATE|2026-12-02}} 09:14
{{ID|DR-58368}},Dr. {{NAME|Renzo Panduro}},{{LOCATION|C.S. Mazán}},{{NAME|Delia Pinedo}},plasma x1,{{DATE|2026-12-02}} 11:02`,

  `Maranhão (quilombola) - UBS: {{NAME|Benedita Serejo dos Santos}}, {{LOCATION|Alcântara}}, hanseníase; Cartão SUS {{HEALTH_PLAN|705 8367 2091 4183}}.`,

  `Pernambuco sertão - vaqueiro, queda do cavalo na vaquejada: {{NAME|Severino Gomes Leite}}, {{LOCATION|Serrita}}; CPF {{ID|583.672.091-41}}; {{DATE|30/11/2026}}.`,

  `Roraima (Yanomami) - DSEI note: {{NAME|Davi Xiriana}}, malaria, mercury exposure from illegal gold mining; community {{LOCATION|Surucucu}}; {{DATE|1 de dezembro}}.`,

  `Chaco (Mennonite, Plautdietsch) - Krankenhaus: {{NAME|Abram Giesbrecht}}, Melkerei-Unfall, Rippenbruch; Kolonie {{LOCATION|Filadelfia}}; Ausweis {{ID|5.836.720}}; {{DATE|2. Dezember 2026}}.`,

  `Jujuy (Quebrada) - puesto sanitario: {{NAME|Eusebia Cruz Tolaba}}, {{AGE|90}} años, {{LOCATION|Tilcara}}, mal de Chagas con marcapasos {{DEVICE|SN 5836720}}.`,

  `Tierra del Fuego - centollero (king-crab fisher), hipotermia: {{NAME|Nahuel Oyarzo}}, {{LOCATION|Ushuaia}}; barco {{VEHICLE|Don Aurelio}}; {{DATE|sáb 28/11}}.`,

  `Araucanía (Mapudungun) - CESFAM: {{NAME|Juana Huenchumil Ñanco}}, comunidad {{LOCATION|Lof Rukañanco}}, diabetes; mari mari; RUT {{ID|8.583.672-1}}.`,

  `Aysén (Patagonia chilena) - nota SOAP de primer respondedor en terreno, Carretera Austral
S: {{NAME|Matías Aguilante Soto}}, 34 años, kayakista, volcó en el río a las 16:20, 25 min en agua a 6 °C; refiere frío intenso, sin pérdida de conciencia.
O: tiritona intensa, habla clara, FC 112, FR 22, SatO2 94%, T timpánica 34.1 °C; sin lesiones.
A: hipotermia leve a moderada (Swiss II en el límite).
P: ropa seca, saco de rescate, bebidas tibias, traslado por {{NAME|Nicanor Vidal}} (guía) en camioneta {{VEHICLE|HXJT-58}} a {{LOCATION|Posta de Salud Rural Puerto Río Tranquilo}}; avisado el {{LOCATION|Hospital Regional de Coyhaique}} por radio.
Respondedor: {{NAME|Fernanda Quintul}}, WFR; fono {{PHONE|+56 9 5836 7209}}; {{DATE|martes 1 de diciembre de 2026}}.`,

  `Ottawa Valley - e-mail thread, variant reclassification
From: {{EMAIL|genetic.counselling@pembroke-regional-demo.ca}}
To: Dr. {{NAME|Marguerite Lapensée}} (family physician, {{LOCATION|Renfrew}})
Re: your patient {{NAME|Kathleen O'Grady-Mask}}, DOB {{DATE|1974-06-19}}, OHIP {{HEALTH_PLAN|5836-720-914-KM}}

Dear Dr. {{NAME|Lapensée}},
The BRCA2 variant reported in 2019 as of uncertain significance has been reclassified as likely pathogenic (ACMG PVS1, PM2). We have written to Ms. {{NAME|O'Grady-Mask}}; her sisters may wish cascade testing. MRI screening is now recommended.

Best wishes,
{{NAME|Priya Venkataraman}}, MS, CGC
{{LOCATION|Pembroke Regional Hospital}} genetics outreach | tel {{PHONE|613-583-6720}} ext 4183 | fax {{FAX|613-583-6799}}`,

  `Riverina - tele-ICU (virtual critical care) hub log, night of {{DATE|2/12/2026}}
22:05 camera on bed 2, {{LOCATION|Hay Hospital}}: {{NAME|Cyril Bonnington}}, {{AGE|91}}, sepsis; advised noradrenaline via peripheral line, the RN at the bedside.
23:40 camera on bed 1, {{LOCATION|Deniliquin Hospital}}: {{NAME|Wayne Mudford}}, DKA, pH 7.08; insulin protocol started; retrieval booked with {{VEHICLE|VH-RFD}}.
02:15 call from Dr {{NAME|Sunil Abeyratne}}: bed 2 now on 0.1 mcg/kg/min, lactate 3.1.
Intensivist: {{NAME|Rebecca Thwaites}}; hub line {{PHONE|02 6058 3672}}.`,

  `Gippsland - letter, switch of biologic to a biosimilar
Dear {{NAME|Lachlan}},
As discussed at the rheumatology clinic on {{DATE|Friday 27 November}}, your adalimumab will change from Humira to the biosimilar Amgevita from your next pen. The dose (40 mg every 2 weeks) does not change. Your pharmacy, {{LOCATION|Sale Central Pharmacy}}, has the new script; pick-up code {{ACCOUNT|PBS-5836720}}.
If your psoriatic arthritis flares, call the nurse line at {{LOCATION|Central Gippsland Health}} on {{PHONE|03 5143 8367}}.
Kind regards, Dr {{NAME|Harriet Vandenberg}}, rheumatologist
Patient: {{NAME|Lachlan Dwyer-Stubbs}}, DOB {{DATE|04/04/1983}}, UR {{MRN|GH0583672}}`,

  `Kansai (Osaka) - pharmacy dispensing-robot error report (English summary)
Incident no {{ID|INC-2026-05836}}. On {{DATE|2026/12/01}} the robot picked amlodipine 5 mg instead of amlodipine 2.5 mg for outpatient {{NAME|Ishikawa Tsuneo}} (patient ID {{MRN|0058367209}}). The error was caught at the final check by pharmacist {{NAME|Morimoto Ayaka}}. No harm. Robot unit serial {{DEVICE|YRX-4183-5836}}. Reported to the safety office of {{LOCATION|Osaka Minato Central Hospital}}; the patient's daughter {{NAME|Ishikawa Mariko}} was informed by phone ({{PHONE|06-6583-6720}}).`,

  `Hawke's Bay - kitchen and wristband log (allergy tray tickets and band reprints)
Ward 4, {{DATE|Thu 3 Dec}}
- tray ticket reprinted: {{NAME|Ngaire Te Huki}}, NHI {{MRN|ZHB5836}}, coeliac, no gluten
- wristband reprinted (smudged): {{NAME|Ropata Hapuku}}, NHI {{MRN|ZHK4183}}, red band: penicillin
- tray ticket: {{NAME|Beverley Crimmins}}, {{AGE|96}}, IDDSI level 4 pureed, thickened fluids level 2
Entered by {{NAME|Aroha Walker}}, kitchen liaison, {{LOCATION|Hawke's Bay Fallen Soldiers' Memorial Hospital}}.`,

  `Allgäu - Apotheken-Rückfrage an die Praxis: Rezept über Tilidin für Herrn {{NAME|Xaver Kösel}} unleserlich; bitte Arzt-Nr. bestätigen, LANR {{LICENSE|583672016}}; Fax der Apotheke {{FAX|08323 583 67 99}}.`,

  `Dumfries and Galloway - non-medical prescriber audit line: prescriber {{NAME|Morag Halliday}}, NMC PIN {{LICENSE|05I8367E}}, 14 items checked, 1 query (dose of gabapentin); CHI {{MRN|0312583672}}.`,

  `Fife - portal access audit, break-glass event: user {{NAME|Gail McBride}}, ward clerk, opened the record of a staff member's neighbour; source IP {{IP|10.58.36.72}}, session {{ID|S-58367209}}; referred to Caldicott Guardian.`,

  `Pembrokeshire - SMS from the surgery: "Hi {{NAME|Dylan}}, your B12 injection is due. Book here: {{URL|https://book.example-surgery.wales/p/583672}} - Meddygfa {{LOCATION|Penfro}}."`,

  `Teesside - remote 12-lead ECG upload log: handheld recorder {{DEVICE|KRD-0583672}} uploaded from {{IP|2001:db8:5836:72::14}}; patient {{NAME|Bryony Kitching}}, {{ZIP|TS10 2QS}}; read by cardiac physiologist within 40 min.`,

  `Fermanagh - fax cover sheet: To {{LOCATION|South West Acute Hospital}}, for the attention of the fracture clinic; from {{LOCATION|Lisnaskea Health Centre}}, fax {{FAX|028 6772 5836}}; patient {{NAME|Seamus Maguire}}, H&C {{MRN|583 672 0914}}.`,

  `Dorset - podiatry invoice and direct debit note: {{NAME|Clarissa Fane-Pellew}}, account {{ACCOUNT|POD-0583672}}, direct debit reference {{ACCOUNT|DD58367209}}; {{LOCATION|Sherborne}} {{ZIP|DT9 3PX}}.`,

  `The Bronx (Dominican) - ED social work note: {{NAME|Yokasta Peña Almonte}}, SSN {{SSN|583-67-2094}}, Medicaid {{HEALTH_PLAN|DL58367K}}, lives at {{LOCATION|2450 Grand Concourse}}, {{ZIP|10458}}; speaks Spanish, bendición to her mother on the phone.`,

  `Miami (Little Havana) - pharmacy note: {{NAME|Migdalia Ferrer}}, {{AGE|99}}, blister packs delivered to {{LOCATION|SW 8th St apt 14}}, {{ZIP|33135}}; Medicare MBI {{HEALTH_PLAN|5EG4-TE8-MK72}}.`,

  `Norfolk Broads - hire-boat first aid: {{NAME|Graham Tuttle}}, fell between boat and quay, rib injury; cruiser {{VEHICLE|Broadland Belle 7}}; moored at {{LOCATION|Horning}}, {{ZIP|NR12 8AA}}.`,

  `Peak District - mountain rescue callout sheet: casualty {{NAME|Ffion Stanier}}, ankle fracture on Kinder Scout; team {{LOCATION|Edale Mountain Rescue Team}}; callout no {{ID|EMRT-26-058}}; {{URL|www.example-mrt.org.uk/incidents/26-058}}.`,

  `Black Country - chain-making forge, hearing surveillance: {{NAME|Darren Hickinbottom}}, employer {{LOCATION|Cradley Heath Chain Works}}, audiogram notch at 4 kHz; occupational health nurse {{NAME|Jas Bains}}, NMC PIN {{LICENSE|98H5836E}}.`,

  `Caithness - GP letter to the DVLA: {{NAME|Alasdair Sutherland}}, driving licence {{LICENSE|SUTHE607144AB9YZ}}, first seizure; advised not to drive; {{LOCATION|Thurso}} {{ZIP|KW14 7EE}}.`,

  `Pernambuco (Recife) - atestado médico: {{NAME|Josefa Cavalcanti}}, afastada por 5 dias (dengue); médica {{NAME|Letícia Arcoverde}}, CRM-PE {{LICENSE|18367}}; e-mail {{EMAIL|leticia.arcoverde@clinica-exemplo.com.br}}.`,

  `Guerrero (Costa Chica) - receta médica: {{NAME|Fidencio Añorve Salinas}}, picadura de alacrán; médico {{NAME|Ulises Nava}}, cédula profesional {{LICENSE|5836720}}; {{LOCATION|Ometepec}}.`,

  `Pampanga (Kapampangan) - PRC verification for a locum: locum doctor {{NAME|Ma. Theresa Gonzaga-Dizon}}, PRC license {{LICENSE|0158367}}, valid to {{DATE|Mar 14, 2028}}; agency e-mail {{EMAIL|locums@example-staffing.ph}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Place-named fevers and viruses for the travel clinic: Kyasanur Forest disease, Omsk haemorrhagic fever, Machupo (Bolivian haemorrhagic fever), Junín (Argentine haemorrhagic fever), Venezuelan equine encephalitis, La Crosse and Jamestown Canyon viruses, Semliki Forest, Barmah Forest, Sindbis, Mayaro, Toscana virus, Usutu, O'nyong'nyong, louping ill, Queensland tick typhus, Flinders Island spotted fever, Marseilles (boutonneuse) fever.`,
  `Places in toxic and endemic disease names: Minamata disease (1956), itai-itai disease, Balkan endemic nephropathy, Keshan disease, Kashin-Beck disease, Jamaican vomiting sickness (ackee), Tangier disease, konzo, kuru, Mseleni joint disease, Hong Kong foot, Madras motor neuron disease.`,
  `GREETINGS ON THE CLINIC POSTER: Kia ora, Tēnā koutou, Aloha, Yá'át'ééh, Shalom, As-salaam alaikum, Namaste, Vanakkam, Sat Sri Akal, Tashi delek, Xin chào, Sawasdee, Selamat pagi, Mabuhay, Jambo, Sawubona, Dumela, Bonjour, Grüezi, Servus, Moin, Dzień dobry, Dobrý den, Jó napot, Kalimera, Merhaba, Barev, Gamarjoba, Sain baina uu.`,
  `Wayfinding signs photographed for the interpreter folder: Urgences, Notaufnahme, Pronto Soccorso, Urgencias, Spoedeisende Hulp, Akutmottagning, Ensiahoito, SOR, Urgência, Επείγοντα, Acil Servis, Приёмный покой, 急诊, 救急外来, 응급실, طوارئ, מיון, आपातकालीन; also Salida, Ausgang, Sortie, Uscita, Uitgang, Utgång, Wyjście.`,
  `No-smoking and quiet signs in the lobby: Rauchen verboten, Défense de fumer, Vietato fumare, Prohibido fumar, Proibido fumar, Palenie wzbronione, Rökning förbjuden, Tupakointi kielletty, Silêncio, Silenzio, Ruhe bitte, Cisza, Hiljaa, 禁止吸烟, 禁煙.`,
  `CARDIOLOGY EPONYMS: Wolff-Parkinson-White, Brugada pattern type 1, Lown-Ganong-Levine, Takotsubo, Eisenmenger, Ebstein anomaly, Fallot tetralogy, Blalock-Taussig shunt, Fontan circulation, Mustard and Senning, Kussmaul sign, Beck triad, Austin Flint murmur, Graham Steell murmur, Osler nodes, Janeway lesions, Roth spots, Duke criteria, Bazett QTc 468 ms.`,
  `Gastro and liver eponyms: Mallory-Weiss tear, Boerhaave syndrome, Zenker diverticulum, Barrett oesophagus (Prague C2M4), Plummer-Vinson, Peutz-Jeghers, Lynch syndrome, Gilbert syndrome, Crigler-Najjar, Dubin-Johnson, Budd-Chiari, Wilson disease, Whipple disease, Hirschsprung disease, Ogilvie syndrome, Los Angeles grade B, Forrest IIa, Mayo score 2.`,
  `Generic makers on the shelf: Sandoz, Teva, Mylan (Viatris), Accord, Zentiva, Cipla, Sun Pharma, Lupin, Glenmark, Dr. Reddy's, Aurobindo, Hikma, Julphar, Aspen, Krka, Gedeon Richter, Polpharma, Servier, Pierre Fabre, Boehringer Ingelheim, Chiesi, Menarini, Grifols, Ferring, Lundbeck, Novo Nordisk, Otsuka, Eisai, Chugai, Daiichi Sankyo.`,
  `Diabetes devices to download at clinic: Dexcom G7, FreeStyle Libre 3, Guardian 4, Omnipod 5, Tandem t:slim X2 with Control-IQ, MiniMed 780G, Medtrum TouchCare Nano, Accu-Chek Guide, Contour Next One, CareLink and Glooko uploads; time in range 72%, GMI 6.9%.`,
  `Hearing and mobility brands: Phonak Lumity, Oticon Intent, Widex Moment, Signia, Starkey, ReSound, Advanced Bionics, Oticon Medical Ponto; Össur Pro-Flex foot, Invacare, Sunrise Medical Quickie, Permobil M3, Küschall, Rollator by Topro; Jobst and Sigvaris stockings class 2.`,
  `ANAESTHESIA EPONYMS AND KIT: Mallampati 2, Cormack-Lehane grade 1, Macintosh 3 blade, McGrath and C-MAC videolaryngoscopes, Bougie (Eschmann), LMA Supreme and i-gel size 4, Magill forceps, Guedel airway, Bain circuit, Mapleson C, Tuohy needle, Sprotte and Whitacre spinal needles, Bier block.`,
  `Neurology clinic eponyms: Bell palsy, Ramsay Hunt, Guillain-Barré (Hughes grade 2), Miller Fisher, Lambert-Eaton, Charcot-Marie-Tooth, Friedreich ataxia, Wernicke encephalopathy, Horner syndrome, Argyll Robertson pupil, Holmes-Adie, Todd paresis, Jacksonian march, Uhthoff phenomenon, Lhermitte sign, Moyamoya, Kikuchi.`,
  `Endocrine eponyms: Hashimoto thyroiditis, Graves disease (Clinical Activity Score 3), de Quervain thyroiditis, Addison disease, Cushing syndrome, Conn syndrome, Sheehan syndrome, Nelson syndrome, Kallmann syndrome, Wolfram, Chvostek and Trousseau signs, Synacthen test, Burch-Wartofsky 45.`,
  `Haematology and renal eponyms: von Willebrand disease, Glanzmann, Bernard-Soulier, Waldenström, Castleman disease, Diamond-Blackfan, Fanconi anaemia, Howell-Jolly bodies, Heinz bodies, Coombs test, Alport syndrome, Berger disease (IgA), Goodpasture, Bartter and Gitelman syndromes, Liddle syndrome, Cockcroft-Gault 48 mL/min.`,
  `Rheumatology and orthopaedic eponyms: Dupuytren, Ledderhose, Peyronie, de Quervain tenosynovitis, Heberden and Bouchard nodes, Baker cyst, Bankart and Hill-Sachs lesions, Colles, Smith and Barton fractures, Galeazzi, Monteggia, Jones fracture, Lisfranc injury, Weber B ankle, Garden IV, Salter-Harris II, Schober 3 cm.`,
  `PAIN AND FRAILTY SCALES: Abbey pain scale 9, PAINAD 4, FLACC 5, Wong-Baker faces 6, DN4 5/10, Oswestry 42%, Barthel 60, Waterlow 18, Braden 13, Morse falls 55, Tinetti 19, Timed Up and Go 16 s, 4AT 5, Clock drawing 3/5, Rockwood CFS 7, Norton 12.`,
  `Obstetric and neonatal scores: Apgar 8 and 9, Bishop score 6, Ballard 34 weeks, Silverman-Andersen 3, Downes score 4, Finnegan 9, Kleihauer 2 mL, Robson group 1, Friedman curve, McRoberts manoeuvre, Woods screw, Zavanelli, Pinard stethoscope, Doppler FHR 140.`,
  `Psychiatry scales: PHQ-9 of 14, GAD-7 of 12, Hamilton 22, Montgomery-Åsberg 30, Young Mania 18, PANSS 84, AUDIT 16, CIWA-Ar 12, COWS 9, Edinburgh Postnatal 13, Conners, Vanderbilt, SCOFF 3, EAT-26, Columbia suicide scale, Beck inventory.`,
  `Years on the timeline slide: 1796 Jenner, 1847 Semmelweis, 1865 Lister, 1882 Koch, 1895 Röntgen, 1901 Landsteiner, 1922 Banting and Best, 1944 Waksman, 1953 Watson and Crick, 1954 Murray (kidney transplant), 1967 Barnard, 1978 Edwards and Steptoe, 1983 Montagnier, 2003 the Human Genome Project, 2020 the first mRNA vaccines.`,
  `WARD NOTICEBOARD (no patients): ward 31 closed for norovirus until further notice; bays 1 to 4 cohorted; beds 12, 14 and 17 deep clean; side room 2 negative pressure; visiting 14:00-20:00; patients aged 65 to 89 on the frailty pathway; Tuesdays teaching, Thursdays MDT.`,
  `Teaching quiz on non-eponymous look-alikes: Christmas disease (factor IX, named after a patient in 1952), Hartnup disorder (named after a family), Lou Gehrig disease, Legionnaires disease (Philadelphia 1976), Bornholm disease, Pontiac fever, Lyme arthritis (Old Lyme, 1975), Spanish flu, Asian flu, Marburg 1967.`,
  `Drug brand list, Latin America and Asia: Aspirina, Novalgina, Buscapina, Neurobion, Tafirol, Ibupirac, Plidex, Redoxon, Yakult, Bio-Manguinhos, Biofarma, Sinovac CoronaVac, Covaxin (Bharat Biotech), Sputnik V (Gamaleya), Crocin, Dolo 650, Combiflam, Panadol, Tiger Balm, Salonpas, Axe Brand oil.`,
  `Monitor and defibrillator makers on the asset list: Philips IntelliVue MX450, GE Carescape B650, Mindray BeneVision N17, Nihon Kohden Life Scope, Fukuda Denshi, Schiller, Masimo Radical-7, Nellcor, Welch Allyn Connex, Littmann Cardiology IV, LIFEPAK 15, Corpuls3, HeartStart FRx, ZOLL AED Plus; ward 7 bay 3 trolley 2.`,
  `DENGUE AND ARBOVIRUS CHART: warning signs (WHO 2009), tourniquet test positive at 20 petechiae per square inch, haematocrit rise 20%, platelets 45 x10^9/L; Aedes aegypti and Aedes albopictus; chikungunya (Makonde word), Zika (forest in Uganda, 1947), West Nile (1937).`,
  `Skin and infection eponyms: Kaposi varicelliform eruption, Sweet syndrome, Stevens-Johnson, Lyell (TEN), Darier disease, Hailey-Hailey, Bowen disease, Paget disease of the nipple, Buschke-Löwenstein, Majocchi granuloma, Wood lamp, Tzanck smear, Gram stain, Ziehl-Neelsen, Lowenstein-Jensen medium, MacConkey agar.`,
  `Signs on the dialysis unit door in five languages: Händedesinfektion, Désinfection des mains, Disinfezione delle mani, Higiene de manos, Handhygiëne; Bitte klingeln, Sonnez svp, Suonare, Llame por favor, Graag aanbellen; chairs 1 to 14; Monday, Wednesday and Friday shifts.`,
  `Paediatric growth and development: WHO 2006 growth standards, UK-WHO charts, Tanner stage 3, Denver II, Ages and Stages, Schedule of Growing Skills, Bayley-III, Griffiths, M-CHAT-R, Mid-parental height, Turner and Noonan charts, Prader orchidometer 12 mL; children aged 2 to 16.`,
  `Infection-control posters: Semmelweis hand hygiene, WHO five moments, ANTT, Hickman and PICC care bundles, MRSA decolonisation (Octenisan, Naseptin, Bactroban), Clostridioides difficile (Bristol stool type 7), CPE screening, Candida auris alert 2016, the Broad Street pump (1854).`,
  `ENT, eye and dental eponyms: Rinne and Weber, Dix-Hallpike, Epley, Eustachian tube, Waldeyer ring, Little area, Woodruff plexus, Reinke oedema, Snellen 6/9, LogMAR 0.2, Amsler grid, Ishihara 17/17, Goldmann applanation 21 mmHg, Schirmer 8 mm, Hutchinson teeth, Koplik spots, Angle class III.`,
  `Manufacturers of dialysis and ICU kit: Fresenius 5008S, Baxter AK 98, Nipro Surdial X, B. Braun Dialog+, Nikkiso, Gambro, Prismaflex, Quanta SC+, NxStage System One, Dräger Evita, Hamilton C6, Maquet Servo-u, Getinge, Hillrom Centrella beds, Arjo hoists; since 2018.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter31', '/tmp/deid-ood-letters31.jsonl');
