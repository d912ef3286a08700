export { dateShiftDays, keyFromText, keyedIndex, hmac, MIN_KEY_BYTES, MAX_SHIFT_DAYS } from './keyed.js';
export type { DeidKey } from './keyed.js';
export { loadDeidKey } from './load.js';
