/**
 * The scoring rule written in every gold.json: a reported item matches a gold item when their
 * character spans in the article overlap by at least half of the shorter one; matching is
 * one-to-one; gold items with `required: false` are neither missed nor penalised, and a report
 * that matches one is neither a true nor a false positive. Pure: spans in, figures out.
 */

/** [start, end) in the article text with whitespace collapsed. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface GoldItem extends TextSpan {
  readonly required: boolean;
  readonly kind?: string;
}

export interface ReportedItem extends TextSpan {
  readonly kind?: string;
}

export interface MatchResult {
  /** Pairs (gold index, reported index) of matched required items. */
  readonly pairs: readonly (readonly [number, number])[];
  /** Required gold items not matched. */
  readonly missed: readonly number[];
  /** Reported items that match nothing. */
  readonly spurious: readonly number[];
  /** Reported items that only match optional gold items (not counted). */
  readonly neutral: readonly number[];
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Matched pairs whose kinds agree. */
  readonly kindAgree: number;
}

/** Length of the intersection of two spans (0 when disjoint). */
export function overlap(a: TextSpan, b: TextSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the overlap is at least half of the shorter span. */
export function spansMatch(a: TextSpan, b: TextSpan): boolean {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap(a, b) * 2 >= shorter;
}

/**
 * Matches reports to gold items one-to-one: required items first, then by overlap (greedy), so a
 * long report cannot take several gold items and an optional item never steals a required match.
 */
export function matchItems(
  gold: readonly GoldItem[],
  reported: readonly ReportedItem[],
): MatchResult {
  const candidates: { g: number; r: number; required: boolean; size: number }[] = [];
  gold.forEach((g, gi) => {
    reported.forEach((r, ri) => {
      if (spansMatch(g, r))
        candidates.push({ g: gi, r: ri, required: g.required, size: overlap(g, r) });
    });
  });
  candidates.sort((a, b) => Number(b.required) - Number(a.required) || b.size - a.size);
  const goldTaken = new Set<number>();
  const reportTaken = new Set<number>();
  const pairs: [number, number][] = [];
  const neutral: number[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.g) || reportTaken.has(c.r)) continue;
    goldTaken.add(c.g);
    reportTaken.add(c.r);
    if (c.required) pairs.push([c.g, c.r]);
    else neutral.push(c.r);
  }
  // A report left over that touches an optional item is still neither right nor wrong.
  const spurious: number[] = [];
  reported.forEach((r, ri) => {
    if (reportTaken.has(ri)) return;
    if (gold.some((g) => !g.required && spansMatch(g, r))) neutral.push(ri);
    else spurious.push(ri);
  });
  const missed = gold.flatMap((g, gi) => (g.required && !goldTaken.has(gi) ? [gi] : []));
  const kindAgree = pairs.filter(([g, r]) => gold[g]?.kind === reported[r]?.kind).length;
  pairs.sort((a, b) => a[0] - b[0]);
  neutral.sort((a, b) => a - b);
  return {
    pairs,
    missed,
    spurious,
    neutral,
    tp: pairs.length,
    fp: spurious.length,
    fn: missed.length,
    kindAgree,
  };
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Precision, recall and F1 from counts. With nothing to find and nothing reported all three are 1
 * (the right answer for an article without directives is none).
 */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** NFC, lower case: the comparison key of the term rule. */
export function termKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

export interface GoldTermRule {
  readonly vi: string;
  readonly en_any: readonly string[];
}

/**
 * The term rule: a gold term is found when a reported term's Vietnamese text equals `vi`
 * (case-insensitive, NFC) and its English gloss contains one of `en_any` (case-insensitive).
 * A reported entry's text is each of its written forms in the article (`forms`, when given):
 * "EVN" and "Tập đoàn Điện lực Việt Nam" are one entry, reported once.
 */
export function termFound(
  gold: GoldTermRule,
  reported: readonly { text: string; en: string; forms?: readonly string[] }[],
): boolean {
  const vi = termKey(gold.vi);
  const wanted = gold.en_any.map((e) => e.toLowerCase());
  return reported.some(
    (r) =>
      (r.forms ?? [r.text]).some((form) => termKey(form) === vi) &&
      wanted.some((e) => r.en.toLowerCase().includes(e)),
  );
}
