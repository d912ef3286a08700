/**
 * Ships and boats by name (issue 14, VEHICLE; Safe Harbor 45 CFR 164.514(b)(2)(i)(L): vehicle identifiers and serial
 * numbers). A vessel is named with its type prefix before the name, as maritime registers and navies write it ("MV Loch
 * Seaforth", "FV Ocean Harvest BF 123", "RV Skuavik", "HMS Protector", "M/V Aurora"): motor, sailing, fishing,
 * research, crew-transfer and supply vessels, tankers and yachts, the Royal Research Ships, RNLI lifeboats and the
 * navies' and coast guards' ship prefixes. After the name may stand a fishing vessel's port letters and number (the
 * external marking of EU Regulation 404/2011 Art. 8 and the UK's Sea Fishing (Marking) rules: "BF 123") or the IMO
 * ship identification number (IMO Resolution A.1117(30): "IMO" and seven digits, the last a check digit). Several
 * prefixes are clinical abbreviations too (MS, MV, RV, SV, SS, TS, CTV, PSV: multiple sclerosis, mitral valve, right
 * ventricle, stroke volume, ...), so a name is read only after a word for a ship or a boarding of the same sentence,
 * unless the prefix is one no clinical text uses (HMS, RRS, a slashed M/V).
 */
import type { CaseMode } from './letter-case.js';
import { allMatches } from './matches.js';
import { mayOpen, wordGate } from './note-words.js';
import type { PushSpan as Push } from './types.js';

// Ship prefixes (merchant: MV, MS, MT, MY, SS, SV, SY, FV, RV, TS and their slashed forms; the Philippine motor banca
// and motor boat, MB and M/B (session 35); offshore service: CTV crew
// transfer, PSV platform supply, OSV, AHTS, DSV; RMS, RRS; RNLB, an RNLI lifeboat; the navies' and coast guards': HMS,
// HMAS, HMCS, HMNZS, USS, USNS, USCGC, CCGS, NOAAS, INS, KRI, BRP, ARA, BAP, NRP, HNLMS, HDMS, HNoMS, HSwMS, FGS,
// ESPS, TCG, RSS, ROKS, PNS, BNS, SLNS, SAS; a Russian motor ship, т/х, and motor vessel, м/в). The first group needs
// no ship word; the second does.
const SURE_PREFIXES = 'HMS|HMAS|HMCS|HMNZS|USNS|USCGC|CCGS|NOAAS|RRS|RNLB|HNLMS|HDMS|HNoMS|HSwMS|' +
  'M/[VSTY]|S/[VYS]|F/V|R/V|T/S|т/х|м/в';
const CUED_PREFIXES = 'MV|MS|MT|MY|SS|SV|SY|FV|RV|TS|CTV|PSV|OSV|AHTS|DSV|RMS|USS|INS|KRI|BRP|ARA|BAP|NRP|FGS|ESPS|TCG|' +
  'RSS|ROKS|PNS|BNS|SLNS|SAS|MB|M/B';
// A name word: a capitalised word of any cased script (Latin arrives accent-folded), or a short number or Roman
// numeral ("Havørn 7", "Kamorta-II"); hyphened parts stay in the word. Particles may stand between name words.
const WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'\\u2019]*|\\d{1,3}|[IVX]{1,4})(?:-(?:\\p{Lu}[\\p{L}\\p{M}'\\u2019]*|\\d{1,3}|[IVX]{1,4}))*";
const PARTICLE = '(?:of|the|de|del|da|do|di|la|le|av|af|von|van|der)';
const NAME = `\\p{Lu}[\\p{L}\\p{M}'\\u2019]*(?:-${WORD})?(?:[ \\t](?:${PARTICLE}[ \\t])?${WORD}){0,3}`;
// A fishing vessel's port letters and number, or its IMO number, right after the name.
const MARKING = '(?:[ \\t](?:[A-Z]{1,3}[ \\t\\-]?\\d{1,4}|IMO[ \\t:]{1,2}\\d{7}))?';
const VESSEL = new RegExp(`(?<![\\p{L}\\p{N}/])(?:(${SURE_PREFIXES})|(${CUED_PREFIXES}))\\.?[ \\t](${NAME})${MARKING}(?![\\p{L}\\p{N}])`, 'gu');
const ANY_PREFIX = new RegExp(`(?<![\\p{L}\\p{N}/])(?:${SURE_PREFIXES}|${CUED_PREFIXES})\\.?[ \\t]\\p{Lu}`, 'u');
// Words for a ship or boat, and for going on board, of several languages (English, French, Spanish, Portuguese,
// Italian, German, Dutch, Scandinavian, Finnish, Polish, Russian), then up to 40 characters of the same sentence.
const SHIP_WORDS = 'ship|vessel|boat|ferry|yacht|trawler|tanker|freighter|tug|lifeboat|cutter|liner|cruise|steamer|' +
  'aboard|on[ \\t]board|onboard|embarked|disembarked|deckhand|seafarer|sailor|skipper|fisherman|' +
  'navire|bateau|paquebot|chalutier|barco|buque|pesquero|navio|traineira|nave|traghetto|peschereccio|schiff|f[äa]hre|' +
  'kutter|schip|veerboot|skib|fartyg|f[äa]rja|ferje|laiva|statek|kuter|судно|судна|корабл[ьея]|паром|теплоход';
const SHIP_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SHIP_WORDS})(?![\\p{L}\\p{N}])[^\\n.;!?]{0,40}$`, 'iu');
// A name word that is a heading's or sentence's next word rather than the ship's ("MV Repair", "RV Dilated" are ruled
// out by the ship word; these close a name that runs on into the next clause).
const STOP_WORD = /^(?:To|From|For|On|At|In|And|Or|The|Via|With|Then|Dr|Mr|Mrs|Ms|Date|Time|Crew|Captain|Master)$/;

/** The name cut before its first stop word, or null when none of it is left. */
function trimName(name: string): string | null {
  const words = name.split(/[ \t]/);
  const cut = words.findIndex((w, k) => k > 0 && STOP_WORD.test(w));
  const kept = (cut < 0 ? words : words.slice(0, cut)).join(' ');
  return STOP_WORD.test(words[0] ?? '') ? null : kept;
}

/**
 * Push VEHICLE spans for ships and boats named with their type prefix ("ferry MV Loch Seaforth", "by ship RV Skuavik",
 * "HMS Protector"), with a port marking or IMO number right after. Notes written all in capitals are left.
 */
export function detectVesselNames(text: string, push: Push, mode: CaseMode): void {
  if (mode === 'upper' || !ANY_PREFIX.test(text)) return;
  for (const m of allMatches(VESSEL, text)) {
    const name = trimName(m[3] ?? '');
    if (name === null) continue;
    if (m[1] === undefined && !SHIP_BEFORE.test(text.slice(Math.max(0, m.index - 64), m.index))) continue;
    const nameAt = m.index + m[0].indexOf(m[3] ?? '');
    const full = name === m[3];
    push(m.index, full ? m.index + m[0].length : nameAt + name.length, 'VEHICLE');
  }
}

// Session 35 (deid-formats12): a boat named right after the word for it, with no type prefix, as the letters write a
// transfer's craft in a field of their own ("boat Sea Star Journey;", "bateau Cap-des-Rosiers II;", "dhow Jahazi
// Safina 7;", "Barco: B/H Abaré II"): a maritime register's name is one to four words, often with a number or Roman
// numeral, and a hull number or registration may stand first ("boat BY-258 Creek Ambulance"). The boat words are the
// nouns for a boat in the letters' languages (not the verbs of boarding), in lower case: capitalised, the word heads a
// proper noun of its own ("Vessel Sanitation Program"), and after a colon it is a label whose value is a person ("lobster
// boat: <skipper's name>, <town>"). A capitalised word after "ferry" or "boat" is as often a place or a heading's next
// word, so the name needs two words or more and must close the field: a semicolon, full stop or bracket, or the line's
// end, right after it (a comma goes on to a list: a name and a place).
const BOAT_WORDS = 'boat|vessel|ship|ferry|yacht|trawler|longboat|canoe|dhow|jahazi|mashua|boti|bangka|banca|perahu|sampan|' +
  'bateau|pirogue|navire|barco|bote|lancha|barca|barcaza|canoa|panga|cayuco|piragua|voadeira|batelao|schiff|ferje';
const HULL = '(?:[A-Z]{1,3}-\\d{1,5}|[A-Z]/[A-Z])';
// A name as NAME reads it, whose first word may join a particle with hyphens, as French place names do ("Cap-des-Rosiers").
const BOAT_NAME_BODY = `\\p{Lu}[\\p{L}\\p{M}'\\u2019]*(?:-(?:(?:de|des|du|la|le|les|sur|en|di|da|do|del)-)?${WORD})?(?:[ \\t](?:${PARTICLE}[ \\t])?${WORD}){0,3}`;
const BOAT_NAME = new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${BOAT_WORDS})[ \\t]((?:${HULL}[ \\t])?${BOAT_NAME_BODY})(?=[ \\t]*(?:[;.)(\\n]|$))`, 'gu');
// Spans come from BOAT_NAME alone: a note none of whose words opens one of its matches is skipped unread (note-words.ts).
const BOAT_GATE = wordGate(BOAT_NAME.source);
const BOAT_CHECK = new RegExp(`(?:${BOAT_WORDS})[ \\t][A-Z]`);

/**
 * Push VEHICLE spans for boats named after the word for a boat, two name words or more, closing the field. Notes
 * written all in capitals are left.
 */
export function detectBoatNames(text: string, push: Push, mode: CaseMode): void {
  if (mode === 'upper' || !mayOpen(BOAT_GATE, text) || !BOAT_CHECK.test(text)) return;
  for (const m of allMatches(BOAT_NAME, text)) {
    const raw = m[1] ?? '';
    const name = trimName(raw);
    if (name === null || name !== raw || name.split(/[ \t]/).length < 2) continue;
    const at = m.index + m[0].length - raw.length;
    push(at, at + raw.length, 'VEHICLE');
  }
}
