/** Calendar helpers for dates and periods: validation, ISO days and English wording. */

export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const ORDINALS_EN = ["first", "second", "third", "fourth"] as const;
const NUMBER_WORDS_EN = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
] as const;

/** Years outside this range are not read as calendar years (they are counts, codes or prices). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day (31/2 and 29/2/2023 are not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return isYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO yyyy-mm-dd. */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month, daysInMonth(year, month));
}

/** "5 January 2024". */
export function dayEn(year: number, month: number, day: number): string {
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** "July 2024". */
export function monthEn(year: number, month: number): string {
  return `${MONTHS_EN[month - 1]} ${year}`;
}

/** "Q2 2025 (the second quarter of 2025)". */
export function quarterEn(year: number, quarter: number): string {
  return `Q${quarter} ${year} (the ${ORDINALS_EN[quarter - 1]} quarter of ${year})`;
}

/** "six" for 6; digits beyond eleven. */
export function countEn(n: number): string {
  return NUMBER_WORDS_EN[n] || String(n);
}

/** Year of an ISO date or timestamp, or null. */
export function yearOf(iso: string | null): number | null {
  const m = iso ? /^(\d{4})-\d{2}-\d{2}/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

/** Roman (I–IV) or Arabic quarter numeral → 1..4, or null. */
export function quarterNumber(text: string): number | null {
  const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
  const q = roman[text.toUpperCase()] ?? Number(text);
  return q >= 1 && q <= 4 ? q : null;
}

/**
 * First day of the Lunar New Year (Tết Nguyên đán), Vietnamese calendar (UTC+7). Well-known
 * public-holiday dates; outside this table a "Tết" mention gets no calendar day.
 */
export const TET_DAYS: Readonly<Record<number, string>> = {
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-03",
};

/** The day before an ISO day. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
