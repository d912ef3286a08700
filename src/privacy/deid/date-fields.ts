/**
 * The numeric fields of a calendar date as regex sources, shared by every date pass so that a day, a month number and a
 * year mean the same thing in each: a day of the month 1-31 (with or without its leading zero), a month number 1-12,
 * and a four-digit year of 1900-2099.
 */

/** A day of the month, 1-31, with or without a leading zero. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])';

/** A month number, 1-12, with or without a leading zero. */
export const MONTH_NUMBER = '(?:1[0-2]|0?[1-9])';

/** A four-digit year from 1900 to 2099. */
export const YEAR = '(?:19|20)\\d\\d';
