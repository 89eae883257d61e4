/**
 * Text similarity for re-anchoring: tells a lightly edited sentence from a different one.
 */

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const s = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  for (let i = 0; i < s.length - 1; i++) {
    const gram = s.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * Sørensen–Dice coefficient over character bigrams, 0…1. A typo fix or a changed number keeps a
 * long sentence above 0.9; an unrelated sentence of the same article stays well below 0.5.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  if (total === 0) return 0;
  let shared = 0;
  for (const [gram, n] of ga) shared += Math.min(n, gb.get(gram) ?? 0);
  return (2 * shared) / total;
}
