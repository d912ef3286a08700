/**
 * Twenty-five date forms written by engineer deid-ids (issue 14, tenth pass) from general English date writing (UK and
 * US letters: weekday abbreviations, ordinals, hyphenated months, compact and dotted dates, holidays) BEFORE that pass's
 * date rules; its misses were read. A read check, not a score-only set. Format as deid-ood-letters.ts ({{TYPE|text}}).
 *   node --import tsx scripts/deid-dates-battery.ts [--out /tmp/dates3.jsonl] && node --import tsx scripts/deid-sets.ts --misses /tmp/dates3.jsonl
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Seen on {{DATE|Mon 3rd June 2024}}.`,
  `Next review {{DATE|w/c 14/10}}.`,
  `Letter dated {{DATE|12th Sept. 2023}}.`,
  `Admitted {{DATE|2023.11.04}} via ED.`,
  `Appointment: {{DATE|Thursday, 7 March}} at 10:30.`,
  `Surgery planned for {{DATE|mid-April}}.`,
  `Last seen {{DATE|Aug '22}}.`,
  `Discharged {{DATE|22nd}} and reviewed {{DATE|29th}} of that month.`,
  `DOB {{DATE|4/7/1938}}; age 86.`,
  `Colonoscopy {{DATE|Jan-2019}}, clear.`,
  `Started on {{DATE|the 1st}}.`,
  `Symptoms since {{DATE|Boxing Day}}.`,
  `Visit {{DATE|2024/02/29}}.`,
  `Follow-up {{DATE|Oct. 3}}.`,
  `Seen {{DATE|03 Mar 24}} in clinic.`,
  `Date of service: {{DATE|20240115}}.`,
  `Last menstrual period {{DATE|12/28}}.`,
  `Vaccinated {{DATE|Sept 2021}} and {{DATE|Dec 2021}}.`,
  `Surgery on {{DATE|the twelfth of May}}.`,
  `Review {{DATE|Weds 5th}} with results.`,
  `Op date: {{DATE|14.02.2022}}.`,
  `Seen {{DATE|6-Jun}}, better.`,
  `Next dose {{DATE|Friday week}}.`,
  `Reviewed over {{DATE|Thanksgiving}}.`,
  `Discharged {{DATE|Sunday 2/4}}.`,
];
writeMarkedTexts(PHI_TEXTS, [], 'dates3', '/tmp/dates3.jsonl');
