/** Milliseconds in a UTC day. */
const DAY_MS = 86_400_000;

/** The last day computed, and the UTC time range it covers. */
let cached = { from: 0, to: 0, iso: "" };

/**
 * Today's UTC date as ISO yyyy-mm-dd (what `new Date().toISOString().slice(0, 10)` gives).
 * Computed once per day: the matcher asks for it for every block of an undated article, and
 * formatting a date each time was a measurable part of matching a short block.
 */
export function todayIso(): string {
  const now = Date.now();
  if (now < cached.from || now >= cached.to) {
    const from = Math.floor(now / DAY_MS) * DAY_MS;
    cached = { from, to: from + DAY_MS, iso: new Date(now).toISOString().slice(0, 10) };
  }
  return cached.iso;
}
