/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-sixth session, engineer author: short and
 * long clinician texts of kinds beyond letters14-22: screening-programme letters (diabetic eye, AAA, cervical and
 * breast screening, colposcopy), home parenteral and enteral nutrition, PEG and PICC records, epilepsy clinic and
 * seizure diaries, cardiac-arrest audit and trauma-team activation, mass-casualty triage tags, mountain-rescue and
 * ski-patrol cards, marathon and festival medical logs, expedition logs, adoption and looked-after-child health
 * assessments, learning-disability health checks, autism and gender-clinic letters, pharmacogenomics reports,
 * medical-cannabis prescriptions, controlled-drug destruction registers, repatriation-of-remains certificates, birth
 * notifications and home births, NIPE newborn checks, perinatal-mortality reviews, vaccine adverse-event reports,
 * burns-dressing, hand-trauma and tissue-viability notes, workers' compensation and birth-certificate worksheets,
 * DVLA, Blue Badge and DWP SR1 forms, Court of Protection and DoLS papers, MRO drug-screen reports, patient property
 * books, meals-on-wheels, telecare and carer's assessments, anti-D and radioiodine records, MRI safety screens,
 * dental and breast implant registries, GHIC claims, smartwatch, smart-inhaler and INR-meter lines, CSV extracts,
 * specimen labels and one-line messages; written in the styles of Norway, Italy, Switzerland, Croatia, North
 * Macedonia (Cyrillic), Bulgaria (Cyrillic), Israel (Hebrew script), Tunisia (French), Mali, Burkina Faso, Sierra
 * Leone (Krio), Liberia, Botswana (Setswana), Lesotho (Sesotho), Zimbabwe, the Democratic Republic of the Congo,
 * Angola, Cabo Verde, the Maldives, Singapore, Taiwan (Chinese script, Minguo calendar), Turkmenistan, the Solomon
 * Islands, Trinidad and Tobago, Barbados, Ecuador, Uruguay, Costa Rica, the Faroe Islands, Greenland, Cyprus, Qatar,
 * Ireland, Wales, England and the US (local words kept: f.nr., sykehjem, fødestue, frazione, borgata, RSA, OIB, MBO,
 * ЕМБГ, ЕГН, ת"ז, CSCom, CSPS, NINA, Omang, bairro, NRIC, FIN, 身分證, 健保卡, etrap, geňeşlik, EBAIS, P-tal, bygd,
 * QID). Human patients only. Written by hand by engineer author on 2026-12-06 (twenty-sixth session) without reading
 * the engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead only; never tune
 * rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, CSV rows, theatre lists, whiteboards, registers,
 * greetings, signatures, lower case, all caps, surname first, Hebrew, Cyrillic and Chinese script, Chinese and
 * Singaporean name order, Malian and Burkinabè surname-first forms, Lesotho 'Ma- names, initials); lone surnames and
 * lone first names; places of every kind (streets, flats, plots, blocks, HDB units, farms, villages, bygder, moshavim,
 * frazioni, bairros, quartiers, communes, parishes, camping fields, market halls, employers, ships, nurseries, care
 * homes, pharmacies, funeral directors, facilities in local languages); ages over 89 as digits ("96 år", "93 anni",
 * "91 година", "92 години", "בת 94", "makore 91", "dingwaga di le 93", "lilemo tse 96", "95歲", "93 ýaşly", "93 ár",
 * "90 años"); dates in many formats and calendars (03.12.2026, "3. desember 2026", "3 dicembre 2026", "9. studenoga
 * 2026", "2 декември 2026", "07.12.2026", "3 בדצמבר 2026", "3 Tšitoe 2026", "3-nji dekabr 2026", Minguo
 * 115年12月3日, 2026/12/02, 11/30/2026, 2026-12-01, "Dec 3, 2026", "03-Dec-2026", weekdays, month-year); IDs of
 * many shapes (fødselsnummer, codice fiscale, AHV, OIB, ЕМБГ, ЕГН, Teudat Zehut, CIN, NINA, Omang, BI, NRIC, FIN,
 * Taiwanese ID, cédula, C.I., CPR, P-tal, ARC, QID, claim, specimen and triage-tag numbers); health plans (tessera
 * sanitaria, Krankenkasse card, MBO, NZOK, kupat holim, CNAM, INPS, Aasandha, 健保, IESS, FONASA, CCSS, GeSY, Hamad
 * card, Medicaid, EHIC, travel policy); licences (HPR, GMC, NMC, GPhC, GDC, NPI, CLIA, GLN, UIN, CNOM, MSP, driving
 * licence); phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6; device serials; vehicle plates; US SSNs
 * and UK NI numbers. Every name, address and number is invented; institution names may be the public names of real
 * places, as organisations only.
 * Format and gold convention as deid-ood-letters21.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics
 * ("Dr", "Dr.", "dr", "Dr.ssa", "Dra.", "Д-р", "Mr", "Mrs", "Ms", "Sr", "Mma") stay outside a name, facility words
 * inside; US states, provinces, regions, counties, first-level districts, parishes of Barbados and countries are not
 * marked (a city district inside an address line is); years on their own are never marked; ages of 89 and under are not
 * marked; weekdays and dates named by a weekday are DATE, "today", "tomorrow" and "tonight" are not marked; numbered
 * wards, rooms, beds, bays, chairs, bibs, piste numbers and pagers are not marked. An AGE span is one stated exact age
 * over 89, only its number. Medical, nursing, pharmacy, dental, laboratory, midwife and driving-licence numbers are
 * typed LICENSE; national, personal, injury-claim, specimen, survivor, accession and other ID numbers ID (a UK NI
 * number and a US SSN are typed SSN); NHS and hospital numbers MRN; health-insurance and health-card numbers
 * HEALTH_PLAN; postcodes of any country ZIP; a DEVICE span is the serial only (make and model outside; vaccine, anti-D
 * and implant lot or batch numbers are not marked); label words (f.nr., C.F., OIB, MBO, ЕГН, CIN, NINA, NRIC, FIN, QID,
 * NI, SSN) stay outside their numbers, and the Bulgarian year mark "г." and a trailing dot outside a date; employers,
 * ships, nurseries, schools, care homes, pharmacies, funeral directors and event sites are marked as places, insurers,
 * agencies, manufacturers and aircraft are not; a bank-card ending, a direct-payment account, a MediSave account, an
 * order, invoice, prescription and billing-claim number and an IBAN are ACCOUNT. Before writing, the script checks
 * every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous scales, signs and tests, drug and device brands and makers, place-named
 * diseases and scores, doses, gene names, years alone, ages under 90, ward numbers and weekdays in the plural, which
 * must stay.
 *   node --import tsx scripts/deid-ood-letters23.ts [--out /tmp/deid-ood-letters23.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters23.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Hjemme-TPN (home parenteral nutrition) review, {{DATE|3. desember 2026}}
Pasient: {{NAME|Sulveog Brekkestrand}}, f.nr. {{ID|04113849172}}, {{LOCATION|Skjerdingveien 14}}, {{ZIP|6717}} {{LOCATION|Tjørnevik}}
Short bowel after mesenteric infarct in 2019; SmofKabiven 1477 mL five nights a week via Hickman line, CADD pump sn {{DEVICE|CS7-0448213}}. Exit site clean, no line infection since 2024.
Home-care nurse {{NAME|Ingebjerg Tveitane}} visits twice weekly; next review {{DATE|11.03.2027}}.
Lege: {{NAME|Haakon Skorpen-Lii}}, HPR-nr. {{LICENSE|9148827}}`,

  `Fødselsmelding (birth notification) to the municipal health station: baby girl of {{NAME|Marthi Ulvestad-Okoru}}, born {{DATE|02.12.2026}} 04:17 at {{LOCATION|Heimdalsvik fødestue}}, 3420 g, Apgar 9/10. Home visit by health visitor {{NAME|Tordis Aamlid}} on {{DATE|onsdag 9. desember}}. Mother tel. {{PHONE|+47 915 44 172}}.`,

  `Sykehjem fall report: beboer {{NAME|Alfhild Nygjerde}}, {{AGE|96}} år, rom 12, {{LOCATION|Lyngbakken bo- og omsorgssenter}}, found on the floor 02:40 {{DATE|04.12.2026}}; no head strike, hip rotation painless, obs every hour until morning. Pårørende: son {{NAME|Leiv Nygjerde}}, {{PHONE|+47 934 02 618}}.`,

  `Diabetic eye screening result letter
Mr {{NAME|Gaspardin Ollenshaw}}
{{LOCATION|27 Pellingham Crescent}}, {{LOCATION|Scarrowba}}, {{ZIP|LN7 4QJ}}
Screening no. {{ID|DES-4481-0927}}, NHS no. {{MRN|618 443 9072}}
Your photographs of {{DATE|19 November 2026}} show background retinopathy (R1) in both eyes and no maculopathy (M0). Annual screening continues. Programme office {{PHONE|01652 448 907}}.`,

  `AAA screening (men in their 65th year): {{NAME|Ruarodh Penvellyn}}, NHS {{MRN|447 201 8836}}, seen at {{LOCATION|Kettlewock Health Centre}} {{DATE|02/12/2026}}; aorta 4.1 cm (medium), 3-monthly surveillance, GP Dr {{NAME|Aneurin Blaxhall}} informed.`,

  `Cervical screening: sample taker {{NAME|Pholippe Dunnaway}} (PIN {{ID|C448192}}), woman {{NAME|Temsan Orchardleigh}}, DOB {{DATE|14/08/1991}}, HPV positive, cytology low-grade dyskaryosis - refer to colposcopy at {{LOCATION|Bramhopi Women's Unit}}.`,

  `Colposcopy clinic letter, {{DATE|1 December 2026}}
Dear Dr {{NAME|Qaennill}},
I saw {{NAME|Temsan Orchardleigh}} (hospital no. {{MRN|K0447281}}) today. Acetowhite change at 3 o'clock, Swede score 5; LLETZ done under local, specimen 18 x 12 mm. Results letter in about four weeks to {{LOCATION|Flat 3, 19 Wendover Row}}, {{LOCATION|Halsbury}} {{ZIP|HX2 9PL}}.
{{NAME|Murwenne Achtervelde}}, consultant gynaecologist`,

  `Breast screening recall: Mrs {{NAME|Oonagh Feltwell}} recalled after mammogram of {{DATE|24/11/2026}} (left, asymmetric density). Assessment clinic {{DATE|Thursday 10 December}} 10:40, {{LOCATION|Gorsefiild Breast Screening Centre}}. Ring {{PHONE|0161 448 3092}} to change.`,

  `Epilepsy clinic (Italy), {{DATE|3 dicembre 2026}}
Paziente: {{NAME|Ludovice Sbarbaro-Ghezzi}}, C.F. {{ID|SBRLVC98T47F205K}}, tessera sanitaria {{HEALTH_PLAN|80380001204471823}}
Seizure diary: 2 focal to bilateral tonic-clonic in November, both after missed doses; levetiracetam 1500 mg bd, lamotrigine started 25 mg. EEG {{DATE|12/01/2027}}.
Dr.ssa {{NAME|Binedette Curtolo}}, {{LOCATION|Ospedale San Gerolamo di Vigevasco}}`,

  `Seizure diary page: {{DATE|28/11}} 07:10 absence x3 (mum {{NAME|Gianna}} timed 8 s); {{DATE|30/11}} none; {{DATE|1/12}} 22:50 jerks on waking. Patient {{NAME|Tommaso Rivabella}}, 14.`,

  `RSA (casa di riposo) admission, Lombardy: ospite {{NAME|Ermenegilda Trabucchi}}, {{AGE|93}} anni, nata il {{DATE|02/07/1933}}, from {{LOCATION|Via dei Gelsi 8}}, {{ZIP|27029}} {{LOCATION|Cassolnovo Alto}}; Barthel 35, MMSE 19, PEG since 2025. Figlia {{NAME|Rosanna Trabucchi}}, {{PHONE|+39 338 441 7296}}, {{EMAIL|rosanna.trabucchi@libero-posta.it}}.`,

  `PEG change note: {{NAME|Ermenegilda Trabucchi}} - 20 Fr balloon gastrostomy changed at bedside {{DATE|4 dicembre 2026}}, balloon 5 mL sterile water, pH 4 aspirate. Next change {{DATE|marzo 2027}}. Inf. {{NAME|Nives Dalpozzo}}.`,

  `PICC insertion record
Patient {{NAME|Crisside Larkhold}}, MRN {{MRN|33041872}}, DOB {{DATE|03/03/1958}}
Right basilic, 4 Fr single lumen, 41 cm, ECG tip confirmation, lot 44R172. Inserted {{DATE|02/12/2026}} 14:05 by {{NAME|Jolyun Steadwell}}, vascular access nurse, NMC {{LICENSE|08H1472E}}. Arm circumference 29 cm. For 6 weeks of ceftriaxone (OPAT not required - inpatient).`,

  `Cardiac arrest audit (NCAA) form: patient {{NAME|Leofroc Hathersagi}}, hospital no. {{MRN|RX4417209}}, arrest {{DATE|03/12/2026}} 03:12 on ward 9; initial rhythm VF, 2 shocks, ROSC at 6 min; team leader Dr {{NAME|Seoirsi Killgannon}}; outcome alive at 24 h.`,

  `Trauma team activation: ambulance pre-alert 16:22, motorcyclist vs van, plate of motorbike {{VEHICLE|YK19 WFL}}, patient unknown male (ED alias {{MRN|ZZ-TRM-4471}}) later identified as {{NAME|Caspien Mordaunt-Yeu}}, DOB {{DATE|11/09/2001}}. GCS 13, pelvis binder on, CT head-to-toe.`,

  `Mass-casualty triage tag no. {{ID|T-044172}}: P2 (yellow), adult male, "{{NAME|Rukundo}}" only, crush injury R leg; tagged 11:48 at the collapsed {{LOCATION|Kingsbura Quay market hall}}, {{DATE|Sat 5 Dec}}.`,

  `Mountain rescue casualty card (Switzerland)
Name: {{NAME|Seraina Caviezel-Bundi}}, AHV {{ID|756.4417.2093.18}}, Krankenkasse card {{HEALTH_PLAN|80756014470092271}}
Incident {{DATE|04.12.2026}} 13:30 below {{LOCATION|Chamanna dal Piz Lischana}}; fall 40 m on hard snow, L wrist deformity, hypothermia grade I; helicopter HB-ZRK.
Rescuer: {{NAME|Gian-Reto Vonmoos}}, {{PHONE|+41 79 448 17 20}}`,

  `Ski patrol accident report: {{NAME|Matilde Oberhofer}}, age 12, guest of {{LOCATION|Hotel Bergkristall Sertigtal}}; collided with a snow-cannon post, piste 7; splint, to clinic by skidoo; guardian {{NAME|Ruedi Oberhofer}}, {{PHONE|+41 76 302 44 81}}.`,

  `Marathon medical tent log, {{DATE|Sunday 6 December}}
bib 2217 {{NAME|Fennimori Qaayi}} - collapsed 38 km, temp 40.6, ice-water immersion, to ED
bib 4410 {{NAME|Aleida Svanström-Muñoz}} - Na 128 on i-STAT, fluid restricted, to ED
bib 0917 {{NAME|Dermot Ashgrovi}} - blisters, back to race
Tent lead Dr {{NAME|Imelde Castlereagh}}`,

  `Festival medical centre, {{DATE|22/08/2026}} 01:30: {{NAME|Bertholomiw Inchcape-Nwusa}}, 19, from {{LOCATION|Orchard Camping Field C}}, took two "pills", HR 148, temp 39.2, agitated; cooled, benzodiazepine, transferred to {{LOCATION|Tredworth General}}. Friend {{NAME|Kot}} stayed; phone {{PHONE|07700 944172}}.`,

  `Expedition medical log (Greenland crossing), {{DATE|04/06/2026}}: {{NAME|Aslak Qaavigaq-Rønne}} - frostbite R 2nd-4th toes, superficial; rewarmed 38 C; {{NAME|Pipaluk Heilmann}} - snow blindness, patched 24 h. Satellite phone {{PHONE|+881 6314 47209}}. Base {{LOCATION|Tasiilaq Kommuneqarfik}}.`,

  `Adoption medical (BAAF Adult Health report) for prospective adopter {{NAME|Crispon Tallowmere}}, DOB {{DATE|22/04/1984}}, {{LOCATION|6 Linnit Close}}, {{LOCATION|Stowbridge}}, {{ZIP|WR9 3DX}}; BMI 31, well-controlled asthma, no contraindication. Agency medical adviser Dr {{NAME|Hestir Pollexfen}}, GMC {{LICENSE|6047182}}.`,

  `Initial health assessment, looked-after child: {{NAME|Keydin Marrowba}}, 7, placed with foster carers at {{LOCATION|Hollinsend Farm}}, {{LOCATION|Breckley}}; social worker {{NAME|Aislong Dunphy}} ({{EMAIL|aislong.dunphy@breckley-childrens.gov.uk}}); immunisations incomplete (no MMR2), dental decay, enuresis. Review {{DATE|June 2027}}.`,

  `Annual learning-disability health check: {{NAME|Curnelias Etheringtun}}, NHS {{MRN|902 441 7723}}, Down syndrome, lives at {{LOCATION|Lerchfiild supported living}}; TSH 6.2, hearing test due, cataract surgery left eye planned. Hospital passport updated with carer {{NAME|Blessong Uchiing-Wawera}}.`,

  `Autism assessment report (ADOS-2 module 3): {{NAME|Elowen Trevithock-Berr}}, DOB {{DATE|30/01/2016}}, school {{LOCATION|St Piran's Primary, Carnbrea}}; total 11 (autism classification); reported to parents {{DATE|2 December 2026}}. Clinicians Dr {{NAME|Tegod Embrosi}} and {{NAME|Jessama Piki-Hullos}} (SLT).`,

  `Gender clinic letter: {{NAME|Embrosi Kitteridge}} (previous name {{NAME|Ambir Kitteridge}}), clinic no. {{MRN|GIC-044172}}, started testosterone gel 50 mg {{DATE|August 2026}}; Hb 152, haematocrit 0.46; next bloods {{DATE|February 2027}}. Copy to GP at {{LOCATION|Millhaven Surgery}}.`,

  `Pharmacogenomics report: patient {{NAME|Ulamidi Ferrend}}, sample {{ID|PGX-26-44172}}, collected {{DATE|18/11/2026}}; CYP2C19 *2/*2 (poor metaboliser) - avoid clopidogrel, prefer ticagrelor; CYP2D6 *1/*4; SLCO1B1 *1/*5. Lab director Dr {{NAME|Cessias Vanterpool}}, CLIA ID {{LICENSE|44D2087719}}.`,

  `Medical cannabis prescription (Unlicensed CBPM): {{NAME|Wilfreda Camborne}}, DOB {{DATE|12/12/1969}}, MS spasticity; Bedrocan flos 0.5 g/day vaporised; prescriber Dr {{NAME|Lysandir Uakharst}}, GMC {{LICENSE|7104472}}; dispensed by {{LOCATION|Cathay Lane Pharmacy}}, Rx no. {{ACCOUNT|RX-CB-441720}}.`,

  `CD destruction register: patient-returned oxycodone 10 mg x 28 from Mr {{NAME|Algernun Praitt}} (deceased {{DATE|28/11/2026}}), destroyed {{DATE|03/12/2026}} with denaturing kit; witnessed by {{NAME|Fione Strechen-Odunze}}, GPhC {{LICENSE|2084417}}.`,

  `Certificate for repatriation of remains: I certify that the body of {{NAME|Bonaventuri Kalombu-Tshibanda}}, born {{DATE|14 mars 1961}}, died {{DATE|1 décembre 2026}} at {{LOCATION|Clinique Ngaliema}}, of a non-infectious cause, and has been embalmed by {{LOCATION|Pompes Funèbres Mbuyi et Fils}}. Passeport {{ID|OP4417209}}. Dr {{NAME|Florentine Ilunge}}, CNOM {{LICENSE|0441/KIN}}.`,

  `NIPE newborn check: baby of {{NAME|Precillah Mavhunga}}, born {{DATE|03/12/2026}}; hips stable (Barlow/Ortolani negative), red reflex present both eyes, no murmur, testes descended. Hospital no. {{MRN|NB44172}}. Examiner {{NAME|Rosindra Quarmba}}, midwife.`,

  `Perinatal mortality review (PMRT) {{ID|PMRT-2026-0441}}: stillbirth at 36+2, mother {{NAME|Choamake Otterburn-Izi}}, reduced fetal movements on {{DATE|29/11/2026}} not escalated; review panel {{DATE|14/01/2027}}; parents' questions collected by bereavement midwife {{NAME|Lowro Pennent}}.`,

  `VAERS-style report: vaccine recipient {{NAME|Theddeas Gorringi}}, 67, Shingrix dose 2 {{DATE|11/30/2026}}, lot not recorded; onset {{DATE|12/01/2026}} fever 39.1 and arm swelling 12 cm; reporter {{NAME|Beatrox Hollowaa-Ngiam}}, RN, {{PHONE|(417) 555-0192}}.`,

  `Otpusno pismo (rehabilitation), {{LOCATION|Specijalna bolnica Kalnik-Toplice}}
Pacijent: {{NAME|Zvonimir Bakarić-Šoštar}}, OIB {{ID|44172093185}}, MBO {{HEALTH_PLAN|170441729}}
Primljen {{DATE|9. studenoga 2026}}., otpušten {{DATE|3. prosinca 2026}}. After TKA right knee; flexion 105 degrees, walks with two crutches 200 m.
Adresa: {{LOCATION|Ulica Ivi Lolina 22}}, {{ZIP|49243}} {{LOCATION|Oroslavlje Gornje}}
Liječnica: dr. med. {{NAME|Visne Pribanić}}`,

  `Hand trauma clinic (Croatia): {{NAME|Dario Kovačec}}, 34, carpenter at {{LOCATION|Stolarija Hrastovec d.o.o.}}; circular-saw injury R index, FDP repaired zone 2 on {{DATE|24.11.2026}}.; Manchester short splint, early active motion, hand therapist {{NAME|Ove Rukavina}}. Sick leave to {{DATE|15.01.2027}}.`,

  `Дом за стари лица (care home), Macedonia: {{NAME|Трајанка Стојаноска}}, {{AGE|91}} година, ЕМБГ {{ID|2903935445019}}, примена {{DATE|2 декември 2026}}; pressure ulcer category 3 sacrum, 4 x 3 cm, slough 30%; tissue-viability nurse {{NAME|Билјана Миовска}}; ќерка {{NAME|Снежана}}, {{PHONE|+389 70 441 726}}.`,

  `Tissue viability review: {{NAME|Petronela Ilievska}}, {{LOCATION|ул. Партизанска 41}}, {{LOCATION|Кичево}}; heel ulcer category 4, probe to bone, ABPI 0.62 - refer vascular; Aquacel Ag+ and Allevyn Life twice weekly. Seen {{DATE|04.12.2026}}.`,

  `Burns dressing clinic (Bulgaria): {{NAME|Радослава Кючукова}}, ЕГН {{ID|8807124417}}, scald 6% TBSA (superficial partial thickness), day 10; Mepilex Ag changed, healing 80%; next {{DATE|07.12.2026}} г.; mother {{NAME|Денислава}}, тел. {{PHONE|+359 88 441 7209}}.`,

  `Направление (referral) to {{LOCATION|УМБАЛ Свети Мина, Пловдив}}: {{NAME|Стоян Пейчинов}}, на {{AGE|92}} години, ЕГН {{ID|3402118462}}, НЗОК {{HEALTH_PLAN|4417209}}; suspected acute cholecystitis, Murphy positive, WBC 16.2. GP Д-р {{NAME|Гергана Тодорова-Влахова}}, УИН {{LICENSE|1600044172}}.`,

  `Home birth notification (Israel): יולדת {{NAME|נעמה בן-שושן}}, ת"ז {{ID|044172093}}, gave birth at home {{DATE|3 בדצמבר 2026}} with midwife {{NAME|Hadas Levinthal-Amar}}, licence {{LICENSE|27-44172}}; baby 3.6 kg, Apgar 9/10; address {{LOCATION|רחוב הדקלים 7}}, {{LOCATION|Kfar Netafim}}. Kupat holim {{HEALTH_PLAN|44-172093}}.`,

  `Tipat Halav (well-baby) visit: {{NAME|Yonatan Ben-Shushan}}, 5 days, weight 3.48 kg (-3%), jaundice to chest, TcB 11.2 - within range; vitamin D drops; next visit {{DATE|Thursday 10 December}}; nurse {{NAME|Orly Mizrahi-Gabay}}.`,

  `Israeli army medical (profile): soldier {{NAME|Itamar Rosenthal-Dayen}}, mispar ishi {{ID|8441720}}, asthma on ICS - profile 45; seen at {{LOCATION|Tel HaShomer induction base}} {{DATE|01.12.2026}}.`,

  `Lettre de liaison (Tunisie), {{DATE|2 décembre 2026}}
Malade: {{NAME|Mohamid Habob Ben Slimane}}, CIN {{ID|04417209}}, CNAM {{HEALTH_PLAN|1044172093-07}}
Adressé à l'{{LOCATION|Hôpital Régional de Menzel Bourguiba}} pour hématémèse; Hb 8.4 g/dL, Blatchford 12.
{{LOCATION|Cité El Amel, rue 14 n° 9}}, {{ZIP|7050}} {{LOCATION|Tinja}}. Tél. {{PHONE|+216 98 441 720}}.
Dr {{NAME|Samia Ghariani-Jlassi}}`,

  `Certificat médical de décès (partie anonyme envoyée à l'INS): décédée {{NAME|Zeinib Trabelsi}}, {{AGE|94}} ans, le {{DATE|30 novembre 2026}}, à domicile, {{LOCATION|Hay Ennasr}}; cause: insuffisance cardiaque.`,

  `Fiche de suivi CSCom (Mali): {{NAME|Aminate Coulibala-Diarra}}, NINA {{ID|1 88 04 417 209 L}}, 3e CPN le {{DATE|03/12/2026}}, {{LOCATION|CSCom de Kalaban-Koru Sirakoro}}; TA 142/94, protéinurie ++, orientée au CSRéf; mari {{NAME|Bakara Diarra}}, tél. {{PHONE|+223 76 44 17 20}}.`,

  `Registre de vaccination (Burkina Faso): enfant {{NAME|Ouédraogo Rasmané}}, né le {{DATE|12/09/2026}}, village {{LOCATION|Tanguiga-Yarcé}}, {{LOCATION|CSPS de Boussouma-Nord}}; Penta 2, VPO 2, PCV 2, Rota 2 donnés le {{DATE|03/12/2026}}. Agent {{NAME|Zongo Pélagie}}.`,

  `Ebola survivor clinic (Sierra Leone): {{NAME|Mohamid Sesay-Kargbo}}, survivor ID {{ID|ESC-KNM-4417}}, discharged from ETU 2015; uveitis left eye, arthralgia; semen PCR negative x2. Lives {{LOCATION|14 Wilkinson Bypass}}, {{LOCATION|Magburaka}}. Seen {{DATE|2/12/2026}} by CHO {{NAME|Fatmate Bangura}}.`,

  `Krio-language discharge note read to patient: Yu go kam back {{DATE|Monday 14 December}} for yu wound. Patient {{NAME|Isatu Kamara-Conteh}}, {{LOCATION|Ropoti village}}; call nurse {{NAME|Hawe}} on {{PHONE|+232 76 441720}}.`,

  `Liberia - maternal waiting home register: {{NAME|Musu Flomo}}, G4P3, 37 weeks, from {{LOCATION|Gbarpolu-Kpayea town}}, admitted {{DATE|1 Dec 2026}} to {{LOCATION|Bopolu maternity waiting home}}; Hb 9.6; husband {{NAME|Varney Flomo}}, neighbour's phone {{PHONE|0886 441 720}}.`,

  `Lassa fever contact follow-up: contact {{NAME|Korto Weah-Siakor}} (ID {{ID|LF-BNG-0441}}), day 14 of 21, temp 36.8, no bleeding; index case {{NAME|Gbessay Tarpeh}}; household {{LOCATION|Jorquelleh road}}, Zota District.`,

  `IPT / TB preventive therapy card (Botswana): {{NAME|Kagisu Moremi-Sebina}}, Omang {{ID|448120917}}, {{LOCATION|Plot 4417, Block 7}}, {{LOCATION|Tlokweng-Sebele}}; isoniazid 300 mg + B6, month 4 of 6, no neuropathy; next refill {{DATE|04/01/2027}}. Clinic {{LOCATION|Mogoditshane East Clinic}}.`,

  `Dingwaga: Mma {{NAME|Dikeledi Phirima}}, dingwaga di le {{AGE|93}}, home-based care visit {{DATE|02/12/2026}}, {{LOCATION|Mabalane ward}}, Kgatleng; bedsores healing, Mma's grandson {{NAME|Tumelo}} trained to turn her. Nurse {{NAME|Boitumelu Kgosiemang}}.`,

  `Lesotho - bukana ea bophelo (health booklet) entry, {{DATE|3 Tšitoe 2026}}: {{NAME|'Mamosa Letsie-Mokhothu}}, lilemo tse {{AGE|96}}, {{LOCATION|Ha Mafefoane}}; BP 188/102, amlodipine 10 mg; walked 2 h to {{LOCATION|St Rodrigue Health Centre}}.`,

  `Zimbabwe - ART refill by community group (CARG): leader {{NAME|Tindao Muchengeti}}; members {{NAME|Rudo Chikwanhe}} (OI/ART no. {{MRN|0441-72-09}}), {{NAME|Farao Mashonganyika}}, {{NAME|Chipu Ndluva-Gwenzi}}; collected {{DATE|01/12/2026}} at {{LOCATION|Chitungwiza Seke North Clinic}}.`,

  `Referral, {{LOCATION|Parirenyatwa}} outpatients: {{NAME|Tafadzwa Makoni}}, national ID {{ID|63-441720 Q 42}}, makore {{AGE|91}}, {{LOCATION|House 17, Tafara 2}}, {{LOCATION|Harare}}; suspected prostate cancer, PSA 86 ng/mL. Dr {{NAME|Nyashe Chigumbura}}.`,

  `Fiche de transfert (RDC): {{NAME|Mbuyamba Kabeya Joséphine}}, 26 ans, {{LOCATION|avenue Kalembelembe 44, quartier Kimbangu}}, commune de {{LOCATION|Kalamu}}; éclampsie, MgSO4 démarré; transférée à l'{{LOCATION|Hôpital Général de Référence de Kintambo}} par ambulance {{VEHICLE|0441AB/01}}, le {{DATE|03/12/2026}}.`,

  `Angola - guia de consulta: {{NAME|Dominges Kassoma Netu}}, BI n.º {{ID|004417209LA042}}, residente no {{LOCATION|Bairro Palanca, rua 12, casa 7}}, {{LOCATION|Kilamba Kiaxi, Luanda}}; malária grave, parasitemia 4%; artesunato IV; {{DATE|3 de dezembro de 2026}}.`,

  `Cabo Verde - boletim de alta: {{NAME|Djarmai Tavaris Semedo}}, {{AGE|92}} anos, {{LOCATION|Achada Santo António, rua A, n.º 4}}, {{LOCATION|Praia}}; pneumonia; alta {{DATE|02/12/2026}}; INPS {{HEALTH_PLAN|4417209-3}}.`,

  `Maldives - island health centre note: {{NAME|Aishath Shaheema}}, National ID {{ID|A044172}}, {{LOCATION|Ruhvehi, Hithadhoo Magu}}, {{LOCATION|Addu City}}; dengue NS1 positive, platelets 64; medevac by speedboat to {{LOCATION|Hithadhoo Regional Hospital}} {{DATE|03/12/2026}}. Aasandha {{HEALTH_PLAN|AS-4417209}}.`,

  `Singapore polyclinic: {{NAME|Tin Weo Qian Serene}}, NRIC {{ID|S8844172D}}, {{LOCATION|Blk 441 Jurong West Street 42, #07-219}}, {{ZIP|640441}}; CHAS blue; HbA1c 8.4%; MediSave {{ACCOUNT|MS-4417-2093}}; reviewed {{DATE|3 Dec 2026}}.`,

  `Singapore - MOM work-permit medical: {{NAME|Rahmen Muhammed Nural Alem}}, FIN {{ID|G4417209N}}, employer {{LOCATION|Keppelwick Marine Pte Ltd}}; CXR clear, HIV and syphilis negative; fit. {{DATE|01/12/2026}}.`,

  `台灣 home-care visit: {{NAME|陳秀蘭}}, {{AGE|95}}歲, 身分證 {{ID|A244172093}}, {{LOCATION|新北市板橋區文化路二段441號3樓}}; 健保卡 {{HEALTH_PLAN|000044172093}}; visit {{DATE|115年12月3日}}; NG tube changed, sacral wound stage 2. Nurse {{NAME|林怡君}}.`,

  `Taiwan long-term care (LTC 2.0) assessment: {{NAME|Hueng Chin-feng}}, CMS level 6, lives {{LOCATION|Lane 17, Zhongshan Road, Xinying District}}; daughter {{NAME|Hueng Mio-yu}} {{PHONE|0912-441-720}}; assessed {{DATE|2026/12/02}}.`,

  `Türkmenistan - saglyk öýi (health house) visit: {{NAME|Ogulgerek Atayewa}}, {{AGE|93}} ýaşly, {{LOCATION|Ýaşlyk geňeşligi, Bagtyýarlyk köçesi 12}}, Gökdepe etraby; BP 170/100; {{DATE|3-nji dekabr 2026}}. Lukman {{NAME|Maral Gurbanowa}}.`,

  `Solomon Islands - RHC patient book: {{NAME|Jezreel Ma'asia}}, from {{LOCATION|Buala village}}, Isabel; malaria RDT Pf positive; Coartem; canoe transfer to {{LOCATION|Buala Hospital}} if worse; {{DATE|2/12/26}}. Nurse aide {{NAME|Rhoda Kikolo}}.`,

  `Trinidad & Tobago - health centre card: {{NAME|Keishe-Ornella Ramkissoon-Alleyni}}, ID {{ID|19880441720}}, {{LOCATION|LP 44 Mohess Road}}, {{LOCATION|Piparo}}; sickle cell (HbSC), R hip pain; X-ray booked at {{LOCATION|San Firnandu General Hospital}}; {{DATE|02-12-2026}}.`,

  `Barbados - polyclinic diabetic foot screen: {{NAME|Everton Worrell-Clarki}}, NRN {{ID|520718-0441}}, {{LOCATION|Bellowe Hill Tenantry}}, St Joseph; monofilament absent L foot, callus 1st MTH; podiatry at {{LOCATION|Maurice Byer Polyclinic}}. {{DATE|Dec 3, 2026}}.`,

  `Ecuador - hoja de referencia: {{NAME|Segundo Manuel Quishpe Guamán}}, cédula {{ID|0604417209}}, comunidad {{LOCATION|Pulucate Alto}}, parroquia {{LOCATION|Cajabamba}}, Chimborazo; {{AGE|90}} años; IESS Seguro Campesino {{HEALTH_PLAN|0604417209-SC}}; fractura de cadera; {{DATE|3 de diciembre de 2026}}.`,

  `Uruguay - resumen de egreso: {{NAME|Iulalie Rodríguez Bentancor}}, C.I. {{ID|1.441.720-9}}, {{AGE|94}} años, {{LOCATION|Bvar. Artigas 2441, apto. 302}}, {{LOCATION|Montevideo}}; FONASA {{HEALTH_PLAN|44172093}}; egreso {{DATE|04/12/2026}}; neumonia aspirativa.`,

  `Costa Rica - EBAIS visit: {{NAME|Marielos Chacón Arguedas}}, cédula {{ID|1-0441-0720}}, CCSS asegurada {{HEALTH_PLAN|104410720}}, {{LOCATION|del Palí 200 m al este, casa verde}}, {{LOCATION|San Rafail de Ojo de Agua}}; ATAP {{NAME|Wilberth Solano}}; {{DATE|03/12/2026}}.`,

  `Føroyar - heimasjúkrarøkt (home nursing), {{DATE|3. desember 2026}}: {{NAME|Sigrið Joensen á Lofti}}, P-tal {{ID|120933-441}}, {{AGE|93}} ár, {{LOCATION|Undir Bakka 7}}, {{ZIP|FO 420}} {{LOCATION|Hósvík}}; insulin 12 IE; sjúkrarøktarfrøðingur {{NAME|Rannvá Dem}}.`,

  `Cyprus GeSY referral: {{NAME|Andreas Koumettos}}, ARC {{ID|X04417209}}, beneficiary {{HEALTH_PLAN|GE-4417209}}; Personal Doctor Dr {{NAME|Eleno Pattichi-Hadjisavva}}; to cardiology at {{LOCATION|Ammochostos General Hospital}} for AF; {{DATE|02/12/2026}}.`,

  `Qatar - Hamad ED triage: {{NAME|Saleh Abdulrahmen Al-Kuwari}}, QID {{ID|28463441720}}, health card {{HEALTH_PLAN|HC-44172093}}; CTAS 2, chest pain; {{DATE|03-12-2026}} 02:15; mobile {{PHONE|+974 5544 1720}}.`,

  `Home enteral feeding delivery note: customer no. {{ACCOUNT|HW-0441720}}, Mrs {{NAME|Delphini Eshcombi-Varley}}, {{LOCATION|Rosemullion Cottage, Pendower Lane}}, {{LOCATION|St Keverne}}, {{ZIP|TR12 6PU}}; Nutrison Energy 1000 mL x 28, Flocare Infinity pump sn {{DEVICE|FI4417209}}, giving sets x 28; delivered {{DATE|Wed 2 Dec}}; signed by husband {{NAME|Embrosi}}.`,

  `Employer's first report of injury (US workers' comp)
Employee: {{NAME|Marizuela Quintaner-Boyci}}  SSN {{SSN|527-44-1720}}  DOB {{DATE|07/19/1986}}
Employer: {{LOCATION|Ridgebeck Poultry Processing}}, {{LOCATION|1200 County Road 44}}, {{LOCATION|Cullowhei Flats}}, AR {{ZIP|72441}}
Date of injury {{DATE|11/30/2026}}: laceration L palm on deboning knife, 4 cm, sutured at {{LOCATION|Sallisew Valley Urgent Care}}. Claim no. {{ID|WC-26-0441720}}.`,

  `Birth certificate worksheet (mother's section): {{NAME|Yisenie Eltagracie Pichardu}}, SSN {{SSN|611-44-0172}}, residence {{LOCATION|3318 Wexfurd Hollow Drive, Apt 6B}}, {{LOCATION|Glenmora Springs}}, TX {{ZIP|78441}}; infant born {{DATE|12/02/2026}} 23:47; attendant Dr. {{NAME|Caldwell Hutchenci}}, NPI {{LICENSE|1588044172}}.`,

  `Prior authorization fax cover
To: {{LOCATION|Keystoni Crossing Family Medicine}}  Fax {{FAX|(574) 555-0441}}
From: Pharmacy benefits  re: member {{NAME|Darrik Whitluck-Amis}}, Medicaid ID {{HEALTH_PLAN|IN44172093}}, DOB {{DATE|03/14/1977}}
Request for semaglutide 1 mg denied - step therapy (metformin) not documented. Please resubmit with notes.`,

  `Telehealth session log: patient {{NAME|Priyamvade Sethuramen-Culi}} joined 09:02 from {{IP|73.44.172.209}}, clinician Dr. {{NAME|Evererd Lisli}} from {{IP|2600:1700:44a1:7209::1f}}; audio dropped twice; visit {{DATE|12/03/2026}}; portal link {{URL|https://myhealth.pelleridge.org/visit/7Q4K-44172}}.`,

  `Online weight-loss pharmacy order: order {{ACCOUNT|ORD-5544172}} for {{NAME|Herriit Bellingall}}, {{EMAIL|hbellingall1984@outmail.co.uk}}; Mounjaro 5 mg pens x 4; BMI 33 by self-reported weight and a photo; shipped {{DATE|01/12/2026}} to {{LOCATION|11 Chalkpit Lane}}, {{LOCATION|Dunsfold Vale}}, {{ZIP|GU8 4PN}}.`,

  `Smartwatch ECG export: {{NAME|Lorrigan Fitzmaurici-Oyelowaju}}, device sn {{DEVICE|GXW7-44172093}}, recording {{DATE|2026-12-01}} 22:14, classification "AF", HR 128; uploaded to GP via {{URL|https://share.pulsetrail.app/r/44172abc}}.`,

  `DVLA medical notification (UK): driver {{NAME|Gwendolin Harcastli}}, driving licence no. {{LICENSE|HARCA755186GW9KJ}}, first seizure {{DATE|20/11/2026}}; advised not to drive for 6 months; car {{VEHICLE|WN68 PXR}} to be left at home.`,

  `Blue Badge application - medical part: applicant {{NAME|Thelonias Ackroad}}, NI number {{SSN|JK 44 17 20 C}}, COPD (FEV1 31%), walks 20 m with frequent stops; car registration {{VEHICLE|YD17 KTV}}; GP Dr {{NAME|Brunegh Keel}}.`,

  `DWP SR1 (special rules, end of life): {{NAME|Rhoannun Protheru-Sinds}}, NI {{SSN|PB 44 17 20 D}}, {{LOCATION|Tyddyn Gwan, Heol y Nant}}, {{LOCATION|Pontyberem}}, {{ZIP|SA15 5AT}}; metastatic pancreatic cancer, prognosis months; completed {{DATE|03/12/2026}} by Dr {{NAME|Ieuan Carwardine}}, GMC {{LICENSE|4417203}}.`,

  `Court of Protection COP3 (assessment of capacity): P is {{NAME|Regineld Tuppenny}}, born {{DATE|04/05/1936}}, of {{LOCATION|Mariguld Court Care Home}}, {{LOCATION|Upper Heyford Road}}, {{LOCATION|Bicester Wold}}; lacks capacity to manage property and affairs (Alzheimer disease, MoCA 9). Applicant: niece {{NAME|Jocaste Tuppenny-Grievi}}. Assessed {{DATE|01/12/2026}}.`,

  `DoLS Form 1 (urgent authorisation): managing authority {{LOCATION|Willowmeri Nursing Home}}, resident {{NAME|Idoth Mayhiw}}, {{AGE|97}}, door keypad and constant supervision; granted 7 days from {{DATE|04/12/2026}}; signed {{NAME|Caras Penhallick}}, registered manager.`,

  `Pre-employment drug screen (MRO report): donor {{NAME|Tubies Kinnerslea}}, specimen ID CCF {{ID|4417209}}, collected {{DATE|11/27/2026}} at {{LOCATION|Quickline Collection Site, 88 Foundry Street}}; amphetamine positive, valid prescription (Adderall) verified; reported negative. MRO Dr. {{NAME|Prudenci Okonkwe-Wilsh}}.`,

  `Patient property book, {{LOCATION|Hartleigh Royal Infirmary}} ward 21: {{NAME|Horaci Blenkinsup}} - wallet, bank card ending {{ACCOUNT|4417}}, £35 cash, gold wedding ring, mobile phone; signed by Sr {{NAME|Wolhelmine Useo-Tuta}} and patient {{DATE|2/12/26}}.`,

  `Meals-on-wheels referral: {{NAME|Dorcia Pennyfeather}}, {{AGE|98}}, {{LOCATION|4 Almshouse Row}}, {{LOCATION|Little Wyvenhoe}}, {{ZIP|CO7 9QE}}; lives alone, weight loss 5 kg, soft diet; key holder neighbour Mr {{NAME|Dennison}} {{PHONE|01206 441720}}.`,

  `Telecare installation: pendant alarm and falls detector installed for {{NAME|Ivur Treharne}}, {{LOCATION|Flat 12, Brynhyfryd House}}, {{ZIP|LL55 4RE}}; hub sn {{DEVICE|TUN-LS5-0441720}}; responders: daughter {{NAME|Nie Treharne}} {{PHONE|07911 441720}}, son-in-law {{NAME|Githon Roberts}}. {{DATE|Mon 30 Nov}}.`,

  `Carer's assessment: carer {{NAME|Samire Haddouch-Benalo}} for her husband {{NAME|Yuussif}} (MND); direct payment account {{ACCOUNT|DP-44172093}} for 10 h respite weekly; reviewed {{DATE|3 December 2026}} at home, {{LOCATION|52 Kirkstall Mount}}, {{LOCATION|Headingley}}.`,

  `Anti-D record: {{NAME|Uksane Prytula-Reeves}}, hospital no. {{MRN|MA441720}}, RhD negative, 28-week RAADP 1500 IU given {{DATE|02/12/2026}} left deltoid, batch 4417P; Kleihauer not needed. Midwife {{NAME|Bethrin Orrell}}.`,

  `Radioiodine discharge restrictions card: {{NAME|Ludmile Kasprzak-Hines}}, 3.7 GBq I-131 for Graves {{DATE|03/12/2026}}; avoid close contact with children for 21 days; workplace {{LOCATION|Little Acorns Nursery, Cowley Marsh}} - not to return until {{DATE|24/12/2026}}. Physicist {{NAME|Aureliu Dunmori}} {{PHONE|01865 744172}}.`,

  `MRI safety screening: {{NAME|Cosmu Radclyffe}}, MRN {{MRN|55044172}}; sacral neuromodulator, Medtronic InterStim Micro sn {{DEVICE|NBL441720H}} - MR conditional, full-body 1.5 T; scan {{DATE|Tue 8 Dec}}.`,

  `Dental implant passport: {{NAME|Saffrun Ilbury}}, implant UL6, Straumann BLX 4.5 x 10 mm, lot 44172, placed {{DATE|14/10/2026}}; restorative dentist Dr {{NAME|Oswon Grayling}}, GDC {{LICENSE|144172}}; {{LOCATION|Smilecreft Dental, 7 Bridge End}}.`,

  `Breast and cosmetic implant registry entry: Ms {{NAME|Carmella Duyli-Strend}}, DOB {{DATE|09/02/1990}}, Motiva Ergonomix 325 cc, serial L {{DEVICE|21441720-04}}, R {{DEVICE|21441721-04}}; operation {{DATE|26/11/2026}} at {{LOCATION|Eurelie Cosmetic Hospital}}.`,

  `GHIC claim: {{NAME|Finten O'Dowda}}, Irish EHIC {{HEALTH_PLAN|80372044172093}}, treated in {{LOCATION|Puertu Banús day clinic}} for a fractured wrist {{DATE|22/11/2026}}; invoice {{ACCOUNT|FAC-2026-04417}}; e-mail {{EMAIL|finten.odowda@irishpost.ie}}.`,

  `Smart inhaler report: {{NAME|Kaie Sundqvost-Mbeqwane}}, sensor sn {{DEVICE|FPHA-0441-720}} on Symbicort 200/6; reliever use 14 puffs last week, mostly nights; reviewed by asthma nurse {{NAME|Ottilii Brandreth}} {{DATE|4/12/2026}}.`,

  `SPECIMEN LABEL: {{NAME|OKAFOH-LINDQVART, BEATE}}  DOB {{DATE|21/07/1979}}  MRN {{MRN|H4417209}}  coll. {{DATE|03/12/26}} 07:40  EDTA x1, SST x1`,

  `theatre list {{DATE|thu 3/12}}: 1. {{NAME|pembertun-qaost}} lap chole; 2. {{NAME|ferrezim da canhe}} hernia; 3. {{NAME|achterhuf}} EUA + drainage perianal abscess. anaesthetist dr {{NAME|lanyon}}.`,

  `Whiteboard, ambulatory care {{DATE|Friday}}: chair 1 {{NAME|Zubaor H.}} (cellulitis, IV day 3); chair 2 Mrs {{NAME|P. Uyelowu}} (PE pathway); chair 3 {{NAME|Lucen Mervyn-Frust}} (headache, CT done).`,

  `CSV: nhs_no,surname,forename,dob,postcode,clinic
{{MRN|4410729381}},{{NAME|Gellachir-Tunney}},{{NAME|Mairead}},{{DATE|1958-03-11}},{{ZIP|BT74 6LQ}},falls
{{MRN|7204418839}},{{NAME|Kilbridi}},{{NAME|Siamas}},{{DATE|1947-10-02}},{{ZIP|BT92 0DX}},memory`,

  `Hi {{NAME|Junes}}, can you ring Mrs {{NAME|Abernetha}}'s son about her discharge? {{PHONE|07855 441 720}}. Thanks, {{NAME|Proye}}`,

  `msg from {{NAME|Ottolini Feirweathir}} via portal: "my INR machine (CoaguChek INRange sn {{DEVICE|UP0441720}}) says 4.8, do I skip tonight?" - advised omit one dose, recheck {{DATE|Monday}}.`,

  `Pager 4417: bed manager asks if {{NAME|Windill Okoru-Hanssen}} can go to {{LOCATION|Fernbrook Community Hospital}} today; transport booked, vehicle {{VEHICLE|GX21 NBH}}.`,

  `Radiology addendum: CT chest of {{NAME|Astrod Vågenes}} (accession {{ID|RAD26-4417209}}) - the 6 mm nodule in RLL was present on the {{DATE|March 2024}} study, stable; no follow-up. Dr {{NAME|Hallverd Mykleby}}.`,

  `Norwegian GP sick note (sykmelding): {{NAME|Torstein Bjørkhaug}}, f.nr. {{ID|15078744172}}, arbeidsgiver {{LOCATION|Sandnesvik Fiskeforedling AS}}; 100% sykmeldt {{DATE|01.12.2026}}-{{DATE|14.12.2026}}, lumbago; lege {{NAME|Marin Fløtten}}.`,

  `Italian 118 ambulance sheet: codice rosso, {{NAME|Pierluigi Tonetto}}, {{AGE|90}} anni, {{LOCATION|Via Roma 44, frazione Sant'Urbano Basso}}, dolore toracico, ST sopra in V1-V4; trasportato all'{{LOCATION|Ospedale dell'Angelo Mestrino}}; mezzo {{VEHICLE|FR 441 ZK}}; {{DATE|03/12/2026}} ore 05:12.`,

  `Guardia medica (Italian out-of-hours) log, {{DATE|sabato 5 dicembre}}: chiamata da {{NAME|Grazielle Pautasso}} per la madre {{NAME|Ida Pautasso}}, {{AGE|99}} anni, febbre 38.6 e tosse; visita domiciliare, {{LOCATION|Borgata Chiabrera 3}}; tel. {{PHONE|+39 0121 441720}}.`,

  `Swiss pharmacy: Rezept für {{NAME|Urs Imboden-Tschopp}}, Versichertenkarte {{HEALTH_PLAN|80756000441720933}}, Xarelto 20 mg; abgegeben {{DATE|02.12.2026}} in der {{LOCATION|Apotheke zum Rheinfels, Stein}}; Apothekerin {{NAME|Corina Zünd}}, GLN {{LICENSE|7601000441720}}.`,

  `Greenland - sundhedsvæsen note: {{NAME|Eni Sofie Kristiansin-Mølgaard}}, CPR {{ID|031290-4417}}, bygd {{LOCATION|Kangaamiut}}; otitis media, amoxicillin; next plane {{DATE|tirsdag 8. december}}; sygeplejerske {{NAME|Naja Lyberth}}.`,

  `Hebrew label: {{NAME|שרה אוחיון}}, בת {{AGE|94}}, {{LOCATION|מושב בית עוזיאל}}, phone {{PHONE|052-441-7209}}; date {{DATE|04.12.2026}}.`,

  `Taiwan ED discharge (English summary): {{NAME|Lun Kuan-yu}}, chart no. {{MRN|04417209}}, renal colic, 5 mm stone R UVJ; Tamsulosin 0.2 mg; ER visit {{DATE|Dec 2, 2026}}; address {{LOCATION|No. 44, Minzu Road, Tainan}}.`,

  `Tunisia - bilan prénatal: {{NAME|Olfa Mabrouki}}, née le {{DATE|11/03/1995}}, dossier {{MRN|MAT-44172}}, {{LOCATION|Maternité de Ksar Hellal}}; glycémie à jeun 1.02 g/L, toxo négative; prochain RDV le {{DATE|7 janvier 2027}}.`,

  `Dear {{NAME|Kwabiah}}, sorry to miss you at {{LOCATION|Ridgewoud Dialysis Unit}} on {{DATE|Tuesday}}. Your potassium was 6.1; please keep to the low-potassium list. {{NAME|Mergueriti}} (renal dietitian), {{EMAIL|m.ettlinger@ridgewoud-renal.nhs.uk}}`,

  `Ambulance crash report: our vehicle {{VEHICLE|AE70 FKJ}} struck by a car {{VEHICLE|LV64 RZT}} at {{LOCATION|Brickfield Lane junction, Oakhangir}}, {{DATE|1 Dec 2026}} 18:40; patient {{NAME|Winnifreth Lamprey}} (in the back) checked, no new injury.`,

  `Solicitor's request for records: client {{NAME|Dismund Achampong}}, DOB {{DATE|02/08/1973}}, our ref {{ID|DA/44172/PI}}; please send records from {{DATE|January 2024}} to {{LOCATION|Harkness Lovedaa LLP, 3 Chancel Court}}, fax {{FAX|0113 244 1720}}.`,

  `Insurance claim form (Cyprus travel policy): insured {{NAME|Demetra Iakovou}}, policy {{HEALTH_PLAN|TRV-4417209-CY}}; treated at {{LOCATION|Polyclinic Agia Skepi}}; invoice {{ACCOUNT|INV-0441720}}; IBAN for refund {{ACCOUNT|CY17 0020 0128 0000 0012 0044 1720}}.`,

  `CHAS clinic claim line: {{DATE|03-Dec-2026}}, patient {{NAME|Guh Boun Keat}}, NRIC {{ID|S4417209J}}, chronic visit (HT), claim {{ACCOUNT|CHS-2026-441720}}, clinic {{LOCATION|Fernvale Family Clinic}}.`,

  `Solomon Islands referral by radio: patient {{NAME|Tive Lauvae}}, elderly (age not known to the family), from {{LOCATION|Tangarare}}; snake bite L foot; boat to {{LOCATION|Good Samaritan Hospital Tetere}}.`,

  `Ecuador - certificado médico de reposo: {{NAME|Wilmer Tutillo Chicaiza}}, cédula {{ID|1717441720}}, trabajador de {{LOCATION|Florícola Rosas del Cotopaxi}}; lumbalgia; reposo 3 días desde {{DATE|02/12/2026}}. Dra. {{NAME|Verónica Ushiña}}, Reg. MSP {{LICENSE|1717-44-1720}}.`,

  `Uruguay - emergencia móvil: {{NAME|Nelsun Fagúndez}}, {{AGE|93}} años, {{LOCATION|Camino Maldonadu km 14.5}}, disnea, SatO2 84%; socio {{HEALTH_PLAN|441720-09}}; {{DATE|domingo 6 de diciembre}}.`,

  `Costa Rica - boleta de incapacidad: {{NAME|Yorleny Vargas Mure}}, CCSS {{HEALTH_PLAN|205440172}}, patrono {{LOCATION|Beneficio de Café Llano Bonito}}; dengue sin signos de alarma; 5 días desde {{DATE|03/12/2026}}. Dr. {{NAME|Esteben Quirós}}, código {{LICENSE|MED4417}}.`,

  `Barbados - QEH clinic appointment text: "Mr {{NAME|Worrell-Clarki}}, your podiatry appt is {{DATE|Wed 16 Dec}} 9am. Reply C to cancel. QEH {{PHONE|246-436-4417}}".`,

  `Faroe Islands - fishing vessel radio medical: skipper reports crewman {{NAME|Jóannes Hansen Poulsen}}, 41, hand crush; vessel {{LOCATION|Nólsoyarbúgvin}} at sea; advised splint and ibuprofen; {{DATE|03.12.2026}} 14:00.`,

  `Qatar - PHCC dental: {{NAME|Meriem Khalod Al-Sulaiti}}, 8, QID {{ID|31663441720}}, {{LOCATION|Al Wajba Health Centre}}; caries 3 molars, fluoride varnish; father {{NAME|Khalod}}, {{PHONE|+974 6644 1720}}; {{DATE|Thu 3 Dec}}.`,

  `Sendaway request: serum for anti-NMDA receptor antibodies, patient {{NAME|Bremwill Eshduwn-Keyes}}, DOB {{DATE|05/05/2004}}, lab no. {{ID|BIO-4417209}}; results by fax to {{FAX|01392 441 720}}, attention Dr {{NAME|Fflurwen Lasseter}}.`,

  `Ricetta elettronica: NRE {{ID|0500A4417209371}}, assistito {{NAME|Cesira Bortolami}}, esenzione 013, metformina 1000 mg x 2 confezioni; medico {{NAME|Amedeo Scalabrin}}, emessa {{DATE|02/12/2026}}.`,

  `E-post fra pårørende: "Hei, jeg er datter av {{NAME|Gudrun Aasheom-Vok}} på rom 4. Hun virker mer forvirret siden {{DATE|søndag}}. Ring meg på {{PHONE|480 44 172}} eller {{EMAIL|lise.aasheom.vok@postboks.no}}. Hilsen {{NAME|Lise}}"`,

  `Guest Wi-Fi abuse log: bed 14 tablet registered to patient {{NAME|Corwon Slattery-Obinwa}} at {{IP|172.20.44.17}}, {{DATE|2026-12-03}} 02:11; streaming blocked; no action.`,

  `E-mail, {{LOCATION|Opća bolnica Zabok-Bračak}}: poštovana, nalaz za {{NAME|Mirjana Hršak}} (MBO {{HEALTH_PLAN|160044172}}) šaljemo na {{EMAIL|mirjana.hrsak@tportal-posta.hr}}; kontrola {{DATE|18. siječnja 2027}}. Lijep pozdrav, {{NAME|Ksenija Tuđen}}`,
];

const PHI_FREE_TEXTS: string[] = [
  `Diabetic eye screening grades: R0, R1 (background), R2 (pre-proliferative), R3A/R3S; M0, M1; ungradable images; digital surveillance; Topcon and Canon fundus cameras, Optos widefield; tropicamide 1%; annual to biennial screening for low-risk people since 2024.`,
  `AAA screening: men in their 65th year, ultrasound of the abdominal aorta; normal under 3.0 cm, small 3.0-4.4 cm yearly, medium 4.5-5.4 cm every 3 months, large 5.5 cm or more referred to vascular surgery within 2 weeks; EVAR vs open repair (EVAR-1 trial).`,
  `Cervical screening: HPV primary testing, cytology triage, borderline, low-grade and high-grade dyskaryosis; colposcopy (Swede score, Reid index), LLETZ, cone biopsy; Cervarix and Gardasil 9; test of cure at 6 months; ages 25 to 64.`,
  `Breast screening: mammography every 3 years for women 50 to 71; BI-RADS 0-6; recall to assessment, tomosynthesis (Hologic 3Dimensions), vacuum-assisted biopsy (Mammotome, EnCor); B1-B5 core biopsy categories; Tyrer-Cuzick (IBIS) risk model.`,
  `Epilepsy: ILAE 2017 seizure types (focal aware, focal impaired awareness, focal to bilateral tonic-clonic), Dravet and Lennox-Gastaut syndromes, West syndrome, Rasmussen encephalitis; levetiracetam (Keppra), lamotrigine (Lamictal), valproate (Epilim, Depakote) and the Valproate Pregnancy Prevention Programme; SUDEP; VNS (LivaNova).`,
  `Parenteral nutrition: SmofKabiven, Olimel N9-840, Numeta G16E; Hickman, Groshong and PICC lines; taurolidine lock (TauroLock); intestinal failure types 1-3; refeeding risk by NICE CG32; IFALD; ESPEN guidelines 2016 and 2020.`,
  `Vascular access: PICC, midline, tunnelled and non-tunnelled CVCs; Sherlock 3CG tip confirmation (BD Bard), Arrow PICC; VIP score for phlebitis 0-5; MAGIC appropriateness criteria; CRBSI by differential time to positivity over 2 h.`,
  `Resuscitation: ALS algorithm (Resuscitation Council UK 2021), shockable rhythms VF/pVT, adrenaline 1 mg every 3-5 min, amiodarone 300 mg then 150 mg; Hs and Ts; ROSC care; NCAA audit; LUCAS 3 and AutoPulse devices; ward 9 and ward 21 crash trolleys checked daily.`,
  `Major trauma: ATMIST handover, <C>ABCDE, pelvic binder (SAM Pelvic Sling, T-POD), TXA 1 g within 3 h (CRASH-2), massive haemorrhage protocol 1:1:1, REBOA, ISS over 15, TARN, Glasgow Coma Scale, Denver criteria for blunt cerebrovascular injury, Canadian C-spine rule, NEXUS.`,
  `Mass-casualty triage: START and JumpSTART, SALT, Triage Sieve and Sort (P1 red, P2 yellow, P3 green, dead), METHANE report, CBRN and HAZMAT decontamination, Mark I kits (atropine, pralidoxime); JESIP principles.`,
  `Mountain medicine: Swiss staging of accidental hypothermia (HT I-IV), Lake Louise AMS score, HAPE and HACE, acetazolamide 125 mg bd, nifedipine SR 30 mg bd, dexamethasone 8 mg then 4 mg 6-hourly, Gamow bag, ICAR MedCom recommendations, avalanche burial survival curve.`,
  `Ski and snowboard injuries: skier's thumb (UCL, Stener lesion), boot-top tibial fracture, snowboarder's ankle (lateral talar process), ACL tears of the phantom foot mechanism, Lisfranc injury; helmets (EN 1077); 7 in 10 injuries on blue and red pistes.`,
  `Endurance events: exercise-associated hyponatraemia (Na under 135 mmol/L), hypertonic saline 3% 100 mL bolus up to three times, exertional heat stroke (cold-water immersion, cool first transport second), i-STAT (Abbott) point-of-care tests, WBGT flag system.`,
  `Festival medicine: MDMA, ketamine, GHB/GBL, nitrous oxide (B12-related myelopathy), synthetic cathinones; serotonin toxicity (Hunter criteria), drug checking (The Loop), welfare tents, crowd crush, Purple Guide chapter 5.`,
  `Polar and expedition medicine: frostnip, superficial and deep frostbite (Hennepin score, Cauchy classification), iloprost within 48 h, tPA for grade 3-4; snow blindness (photokeratitis); non-freezing cold injury (trench foot); Wilderness Medical Society guidelines 2019 and 2024.`,
  `Adoption and fostering health: BAAF forms AH, AH2, IHA-C, RHA; Initial Health Assessment within 20 working days, Strengths and Difficulties Questionnaire, foetal alcohol spectrum disorder (4-Digit Diagnostic Code), Reactive Attachment Disorder, hepatitis B and HIV tests as indicated.`,
  `Learning disability: annual health checks from age 14, hospital passports, reasonable adjustments, Down syndrome (TSH yearly, atlanto-axial instability, early-onset Alzheimer disease), fragile X, Prader-Willi, Angelman, Williams, Rett syndromes; LeDeR reviews; STOMP.`,
  `Autism assessment: ADOS-2 modules 1-4 and toddler module, ADI-R, 3di, DISCO, Social Communication Questionnaire, AQ-10, RAADS-R; DSM-5 levels 1-3; co-occurring ADHD (Conners 4), Ehlers-Danlos hypermobility, ARFID; NICE CG128 and CG142.`,
  `Pharmacogenomics: CYP2C19 (clopidogrel, citalopram, omeprazole), CYP2D6 (codeine, tramadol, tamoxifen), CYP2C9 and VKORC1 (warfarin), TPMT and NUDT15 (azathioprine), DPYD (5-FU, capecitabine), HLA-B*57:01 (abacavir), HLA-B*15:02 (carbamazepine), SLCO1B1 (simvastatin); CPIC and DPWG guidelines.`,
  `Cannabis-based medicines: Sativex (nabiximols), Epidyolex (cannabidiol 100 mg/mL) for Dravet, Lennox-Gastaut and tuberous sclerosis; nabilone; Bedrocan, Tilray and Aurora flower; THC:CBD ratios; cannabinoid hyperemesis; hot showers; 2018 rescheduling.`,
  `Controlled drugs: Schedules 1-5 (Misuse of Drugs Regulations 2001), CD register, denaturing kits (DOOP, Vernacare), accountable officer, witnessed destruction; oxycodone (OxyContin, Shortec), morphine (Zomorph, MST Continus, Oramorph 10 mg/5 mL), buprenorphine patches (Butec, BuTrans).`,
  `Repatriation of remains: IATA rules for human remains, hermetically sealed zinc-lined coffin, embalming, freedom-from-infection certificate, out-of-England notice (Form 104), Ebola, Marburg, Lassa and Crimean-Congo haemorrhagic fever as contraindications to embalming.`,
  `Newborn and infant physical examination: NIPE within 72 h and at 6-8 weeks; Barlow and Ortolani manoeuvres, Graf ultrasound classification, red reflex (retinoblastoma, cataract), undescended testes, pulse oximetry screening for CCHD (95% or more, difference 3% or less).`,
  `Perinatal loss: PMRT, MBRRACE-UK, Each Baby Counts; stillbirth investigations (Kleihauer, TORCH, parvovirus B19, placental histology); SANDS, Tommy's; Saving Babies' Lives care bundle version 3; reduced fetal movements after 24 weeks.`,
  `Vaccine safety: VAERS, Yellow Card, Brighton Collaboration case definitions; Shingrix (2 doses 2-6 months apart), Arexvy and Abrysvo for RSV, Comirnaty and Spikevax; Guillain-Barre after Jynneos rare; lot release by NIBSC; ages 65 to 79 for zoster.`,
  `Burns: Lund and Browder chart, rule of nines, Parkland formula 4 mL/kg/%TBSA, superficial, partial thickness and full thickness; Mepilex Ag, Acticoat, Biobrane, Suprathel; Jackson's burn zones; Curling ulcer; Marjolin ulcer in old scars.`,
  `Tissue viability: EPUAP/NPIAP categories 1-4, unstageable, deep tissue injury; Waterlow and Braden scores; SSKIN bundle; ABPI 0.8-1.3 normal; Aquacel, Allevyn, Kerramax, Urgo KTwo bandages; Leg Club model; Charcot foot (Eichenholtz stages).`,
  `Hand trauma: Kleinert, Duran and Manchester short splint protocols; zones 1-5 of the flexor tendons (Verdan), Jersey finger, mallet finger, boutonnière and swan-neck deformities; Seymour fracture; fight bite; Kanavel signs; Dupuytren disease; Allen test.`,
  `MRI safety: MR safe, MR conditional and MR unsafe labels (ASTM F2503); Shellock list; pacemakers by Medtronic, Abbott, Boston Scientific and Biotronik; Programmable VP shunts (Codman Hakim, Sophysa); gadolinium (Dotarem, Gadovist) and NSF; 1.5 T and 3 T scanners by Siemens Healthineers and GE.`,
  `Ages and years: aged 65 to 74 for AAA and bowel screening, 25-49 three-yearly and 50-64 five-yearly cervical screening, 89-year-old, 70s, octogenarians; years alone 1997, 2008, 2016, 2018, 2021, 2024; weekdays: clinics on Tuesdays and Thursdays, theatre on Fridays; wards 3, 9 and 21; bays A-D.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter23', '/tmp/deid-ood-letters23.jsonl');
