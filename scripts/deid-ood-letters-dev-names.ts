/**
 * A dev check set for names, organisations and places with no cue word (issue 14, eleventh session, engineer
 * deid-names). Written by hand on 2026-12-04 BEFORE any rule of that session changed, with names and places of
 * origins and shapes the rules were not tuned to: Maori, Hawaiian, Icelandic, Vietnamese, Yoruba, Igbo, Tamil,
 * Navajo, Irish, Welsh, Scots Gaelic, Hungarian, Armenian, Turkish, Hebrew, Amharic; English-word names (Dale Bishop,
 * Coral Whitfield, Per Akesson); employers, schools, care homes, restaurants and shops; towns in and outside the US.
 * Texts are dealt into two fixed halves by their index: `--half a` (even) is read while developing, `--half b` (odd)
 * is scored only (its misses are never listed). Every name, address and number is invented; institution names may
 * be the public names of real places, as organisations only.
 * Format as deid-ood-letters2.ts: PHI is marked inline as {{TYPE|text}}; titles and degrees outside a name, facility
 * words inside; US states and countries not marked; years alone never marked.
 *   node --import tsx scripts/deid-ood-letters-dev-names.ts --half a|b [--out /tmp/dn-a.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/dn-a.jsonl --json --lexicons none
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Tāne Whaanga}} came in with his aunty {{NAME|Mere}} after a fall off a quad bike near {{LOCATION|Ōpōtiki}}. Left clavicle fracture, sling, review in 2 weeks.`,
  `Spoke with {{NAME|Bolanle Adeyemi-Okafor}} this morning. She is flying back to {{LOCATION|Ibadan}} on {{DATE|June 3}} and needs a 90-day supply of losartan.`,
  `{{NAME|Þórunn Guðmundsdóttir}}, 34F, G2P1 at 28 weeks, glucose tolerance test 9.1 mmol/L. Husband {{NAME|Einar}} works at {{LOCATION|Alcoa Fjarðaál}}.`,
  `{{NAME|Nguyen Van Thanh}} and his daughter {{NAME|Linh}} arrived from {{LOCATION|Westminster}} for the 10:40 slot. Needs a Vietnamese interpreter next time.`,
  `MRI knee booked at {{LOCATION|Hoag Irvine}} for {{NAME|Keoni Kahananui}}. Prior films are at {{LOCATION|Queen's Medical Center}}.`,
  `{{NAME|Saoirse Ní Bhriain}} rang: her mother {{NAME|Bríd}} was admitted to {{LOCATION|Galway University Hospital}} overnight with chest pain. Asks us to send the med list.`,
  `Diabetic eye screen - {{NAME|Ravindran Subramaniam}} - no retinopathy. Next screen at {{LOCATION|Scarborough Health Network}} in 12 months.`,
  `Handover: bed 4 {{NAME|Dale Bishop}}, post-op day 1 lap chole, eating. Bed 6 {{NAME|Grant Summers}}, awaiting PT.`,
  `{{NAME|Yusuf Al-Khatib}} works nights at the {{LOCATION|Smithfield}} plant in {{LOCATION|Tar Heel}}, NC; needle-stick at work on {{DATE|11/04}}.`,
  `Letter from {{LOCATION|Bayfront Pediatrics}}: {{NAME|Aroha Tipene}}, DOB {{DATE|2/2/2019}}, has eczema herpeticum, treated with aciclovir.`,
  `The {{NAME|Kowalczyk}} family called again. {{NAME|Zbigniew}} is refusing the walker. Daughter {{NAME|Agnieszka Kowalczyk-Lee}} will visit on Saturday.`,
  `Pt is a teacher at {{LOCATION|Wilson Middle}} in {{LOCATION|Tacoma}}; hoarse for 3 weeks. ENT referral to {{NAME|Ostrowski}}.`,
  `CC: {{NAME|Deolinda Figueiredo}}; {{NAME|Rui Tavares}}; {{NAME|Mariana Costa e Silva}}
Re: your patient with new atrial fibrillation, started on apixaban.`,
  `{{NAME|Chayton Begay}} drove in from {{LOCATION|Shiprock}} for the dialysis slot. Missed Tuesday because the road to {{LOCATION|Sanostee}} was closed.`,
  `Discussed light duties with {{NAME|Mehmet}} at {{LOCATION|Anadolu Market}} (employer) after the hernia repair.`,
  `{{NAME|Ha-eun Park}} ({{NAME|Haeun}}), 7 y/o, asthma action plan updated. School nurse at {{LOCATION|Fairview Elementary}} to get a copy.`,
  `Patient lives with partner {{NAME|Jules Marchetti}} in {{LOCATION|Bellows Falls}}, VT. Wood stove at home; CO alarm advised.`,
  `Transfer summary: {{NAME|Oluwaseun Babatunde}} from {{LOCATION|Kings County}} to {{LOCATION|SUNY Downstate}} for ECMO evaluation.`,
  `{{NAME|Abebe Tesfaye Gebremariam}}: TB screen positive (IGRA). Born in {{LOCATION|Gondar}}, came via {{LOCATION|Nairobi}} in 2015.`,
  `Note to file: {{NAME|Priya}} from {{LOCATION|Walgreens}} on {{LOCATION|Elm Ave}} called about a prior auth for Ozempic.`,
  `{{NAME|Teodora Iliescu}} is a {{AGE|92}}-year-old resident of {{LOCATION|Maple Grove Lodge}}. Her nephew {{NAME|Sorin}} is the contact.`,
  `DR {{NAME|KHOURY}} TO SEE {{NAME|AMIR HADDAD}} RE WARFARIN. INR 4.2.`,
  `{{NAME|Lwazi Dlamini}} was seen at {{LOCATION|Baragwanath}} in 2019 with TB meningitis; now under our care in {{LOCATION|Leicester}}.`,
  `Sorry {{NAME|Magnus}}, I meant bed 12 not bed 21! -{{NAME|Ingrid}}`,
  `Pastor {{NAME|Obed Mensah}} of {{LOCATION|Grace Covenant Church}} brought her in after she fainted during the service.`,
  `{{NAME|Haunani}} and {{NAME|Kalani Akana}} both have the same URI symptoms; siblings, both at {{LOCATION|Kamehameha Schools}}.`,
  `{{NAME|Rosa María Quispe Mamani}} presented with headache and vomiting two days after arriving from {{LOCATION|El Alto}}.`,
  `PT eval - {{NAME|Ferenc Balogh}}. Ambulates 50 ft with rollator. Goal: return home to {{LOCATION|Szentendre}} with his wife {{NAME|Ilona}}.`,
  `Overnight: {{NAME|Fatima Zahra Benali}}'s sats dropped to 86%, improved on 2 L. {{NAME|Moreau}} (night reg) reviewed.`,
  `{{NAME|Aiden O'Sullivan-Reyes}} (16) here with his coach from {{LOCATION|Bishop Kelly High}} after a concussion at practice.`,
  `{{NAME|Vo Thi Hoa}} - pharmacy says the {{LOCATION|CVS}} in {{LOCATION|Garden Grove}} is out of her insulin pen.`,
  `Called {{LOCATION|Mercy Fitzgerald}} about the outside echo; spoke to {{NAME|Shanice}} in records.`,
  `{{NAME|Takumi Hayashi}} ({{NAME|Tak}}) ran the {{LOCATION|Boise}} half marathon on Sunday and now has a stress reaction of the 2nd metatarsal.`,
  `{{NAME|Naledi}} and her mum {{NAME|Thandeka Mokoena}} were reviewed together in the family clinic.`,
  `Wound care by {{NAME|Brooke Hollister}}, LPN. Dressing changed, no slough. Next visit at {{LOCATION|Riverbend Assisted Living}}.`,
  `{{NAME|Kerem Yıldırım}} says his brother {{NAME|Emre}} in {{LOCATION|Izmir}} had the same kidney stones.`,
  `Outbreak: 3 cases linked to the {{LOCATION|Golden Lotus Buffet}} on {{LOCATION|Route 9}}; stool cultures sent.`,
  `{{NAME|Siobhán Mac Giolla Phádraig}} - smear due. Prefers a female clinician.`,
  `Seen in {{LOCATION|Wagga Wagga}} by {{NAME|Bronwyn Tulloch}} before moving to {{LOCATION|Geelong}}.`,
  `{{NAME|Gaurav Deshpande}} emailed - wants to know if he can still go to {{LOCATION|Pune}} in March with the new stent.`,
  `{{NAME|Olamide}} (mum) worried about the rash on {{NAME|Tobi}}'s legs since nursery. Nursery: {{LOCATION|Little Acorns}}, {{LOCATION|Peckham}}.`,
  `ADMIT: {{NAME|HOLLOWAY, REGINA M}} from {{LOCATION|SHADY PINES}} with urosepsis.`,
  `{{NAME|Ayelet Ben-David}} called from {{LOCATION|Haifa}}; she is staying with her cousin {{NAME|Noa}} until {{DATE|January 12}}.`,
  `Sleep study at {{LOCATION|Providence St. Vincent}} shows AHI 34. CPAP through {{LOCATION|Apria}}. Follow up with {{NAME|Winslow}}.`,
  `{{NAME|Mateus Nogueira}} and {{NAME|Bianca}} (wife) prefer to be seen at the {{LOCATION|Framingham}} office.`,
  `Caller {{NAME|Eilidh MacLeod}}, district nurse in {{LOCATION|Stornoway}}, reports the leg ulcer is smaller.`,
  `{{NAME|Armen Petrosyan}} had a cardiac cath at {{LOCATION|Glendale Adventist}} last year; 2 stents in the LAD.`,
  `Per {{NAME|Lucía}} at the front desk, Sr. {{NAME|Delgado}} has moved to {{LOCATION|Yuma}}.`,
  `{{NAME|Wiremu}} says he has had gout flares since he started at {{LOCATION|Affco Wairoa}}.`,
  `Pt {{NAME|Irina Volkova}}, Russian speaking. Daughter {{NAME|Katya}} interprets. GP in {{LOCATION|Brighton Beach}}: Dr. {{NAME|Zaslavsky}}.`,
  `{{NAME|Coral Whitfield}} and {{NAME|Robin Ashdown}} are her two carers.`,
  `{{NAME|Jesús Ortega}} fell from a ladder at a {{LOCATION|Valle Roofing}} site in {{LOCATION|Pharr}}.`,
  `{{NAME|Chukwuemeka Nwosu}}, BP 162/98 at the {{LOCATION|Hyde Park}} health fair; told to see his doctor.`,
  `{{NAME|Mei-Ling Chou}}'s A1c 6.1. Plan to recheck in 6 months. Copy to {{NAME|Hsu}} at {{LOCATION|Chinatown Community Health}}.`,
  `{{NAME|Dagny Lindqvist}} tripped on the ice outside {{LOCATION|Ikea Bloomington}}; distal radius fracture.`,
  `{{NAME|Kwame}} wants his results sent to his work address at {{LOCATION|Hartwell Logistics}}.`,
  `Vaccines given by {{NAME|Marisol}} today. Next dose due at the {{LOCATION|Ysleta}} clinic.`,
  `{{NAME|Lachlan Fitzroy}}, from {{LOCATION|Toowoomba}}, presented after a snake bite to the left ankle.`,
  `{{NAME|Aisha Abubakar Sani}} delivered at {{LOCATION|Aminu Kano}} and was transferred here on day 3.`,
  `PCP changed from {{NAME|Heffernan}} to {{NAME|Oyelowo}} per patient request.`,
  `{{NAME|Gwen Llewellyn}} lives in {{LOCATION|Aberystwyth}} and travels to {{LOCATION|Cardiff}} for chemo.`,
  `{{NAME|Ximena}} missed the {{LOCATION|Saguaro}} dialysis slot again; transport to be rebooked.`,
  `{{NAME|Per Åkesson}}, a tourist staying at the {{LOCATION|Hotel Monaco}}, came in with acute gout of the big toe.`,
  `Hi team - {{NAME|Marguerite}} will cover for {{NAME|Idris}} on Friday. {{NAME|Temperance Oduya}} needs her INR checked.`,
  `Social: works as a chef at {{LOCATION|Osteria Lupa}}, drinks 4 beers a night, smokes 10/day.`,
  `{{NAME|Leilani Kealoha-Cruz}} - missed 3 appts. Outreach via {{LOCATION|Waianae Coast Comprehensive}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Plan: Augmentin 875 mg BID x 7 days. Return if fever persists. Safety-netting advice given.`,
  `Hb 112, WCC 13.4, CRP 87. Blood cultures x2. Started on Tazocin per sepsis protocol.`,
  `Grand rounds next Tuesday: Takotsubo cardiomyopathy and Brugada pattern on ECG.`,
  `Reviewed on the Ward Round. Bowels open. Mobilising with Zimmer frame. Home tomorrow.`,
  `Bell's palsy, House-Brackmann grade III. Prednisolone 60 mg for 5 days plus eye care.`,
  `Lisinopril stopped due to cough; switched to Losartan 50 mg. Potassium 4.8.`,
  `Rovsing's sign positive, Alvarado score 8. Surgical team aware.`,
  `DEXA T-score -2.8 at the femoral neck. Alendronic acid 70 mg weekly, Adcal-D3 BD.`,
  `Reading glasses prescribed. Snellen 6/9 both eyes. Intraocular pressure 16 mmHg.`,
  `Mantoux 12 mm. Chest X-ray clear. Isoniazid preventive therapy for 6 months.`,
  `Hope to wean oxygen today. Sats 94% on 1 L. Physio to review.`,
  `Dupuytren's contracture of the ring finger, Tubiana stage 2. Hand clinic referral.`,
  `Patient declined the Pfizer booster; Moderna offered instead. No allergy.`,
  `Spoke to Pharmacy: Clexane 40 mg daily continues until fully mobile.`,
  `Warm compresses, Lacri-Lube at night, and Hylo-Forte drops QDS.`,
  `Morning: stable. Evening: spiked 38.4, cultures sent, Gentamicin level due.`,
];

const i = process.argv.indexOf('--half');
const half = i >= 0 ? process.argv[i + 1] ?? 'a' : 'a';
const mine = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => (k % 2 === 0) === (half === 'a'));
writeMarkedTexts(mine(PHI_TEXTS), mine(PHI_FREE_TEXTS), `dn-${half}`, `/tmp/deid-ood-letters-dev-names-${half}.jsonl`);
