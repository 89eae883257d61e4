/**
 * Scores one article's annotations (the `annotate` JSON) against its gold labels.
 */
import type { AnnotationsJson } from "../../cli/annotations";
import type { Gold } from "../../tests/corpus";
import { articleBody, locateAll } from "./locate";
import { type GoldItem, matchItems, type ReportedItem, termFound } from "./score";

export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface ArticleScore {
  readonly name: string;
  readonly directives: Counts & {
    readonly kindAgree: number;
    /** Reports that matched only optional gold items. */
    readonly neutral: number;
    readonly missed: readonly string[];
    readonly spurious: readonly string[];
    readonly wrongKind: readonly string[];
    /** Texts that could not be found in the article (a bug in the report). */
    readonly unlocated: readonly string[];
  };
  readonly citations: Counts & {
    /** Matched citations whose number, issuer and date all agree with the gold. */
    readonly fieldsAgree: number;
    readonly missed: readonly string[];
    readonly spurious: readonly string[];
  };
  readonly terms: {
    readonly found: number;
    readonly total: number;
    readonly missed: readonly string[];
  };
}

function located<T>(
  spans: readonly ({ start: number; end: number } | null)[],
  items: readonly T[],
) {
  const kept: { span: { start: number; end: number }; item: T; index: number }[] = [];
  spans.forEach((span, index) => {
    if (span) kept.push({ span, item: items[index] as T, index });
  });
  return kept;
}

function scoreDirectives(body: string, gold: Gold, annotations: AnnotationsJson) {
  const goldSpans = located(
    locateAll(
      body,
      gold.directives.map((d) => d.quote),
      false,
    ),
    gold.directives,
  );
  const reportTexts = annotations.directives.map((d) => d.text);
  const reportSpans = locateAll(body, reportTexts, true);
  const reports = located(reportSpans, annotations.directives);
  const goldItems: GoldItem[] = goldSpans.map((g) => ({
    ...g.span,
    required: g.item.required,
    kind: g.item.kind,
  }));
  const reported: ReportedItem[] = reports.map((r) => ({ ...r.span, kind: r.item.kind }));
  const result = matchItems(goldItems, reported);
  // A gold quote that cannot be found in the text is missed when required.
  const unfoundGold = gold.directives.filter(
    (d, i) => d.required && !goldSpans.some((g) => g.index === i),
  );
  return {
    tp: result.tp,
    fp: result.fp,
    fn: result.fn + unfoundGold.length,
    kindAgree: result.kindAgree,
    neutral: result.neutral.length,
    missed: [
      ...result.missed.map((g) => goldSpans[g]?.item.quote ?? ""),
      ...unfoundGold.map((d) => d.quote),
    ],
    spurious: result.spurious.map((r) => reports[r]?.item.text ?? ""),
    wrongKind: result.pairs
      .filter(([g, r]) => goldItems[g]?.kind !== reported[r]?.kind)
      .map(([, r]) => `${reports[r]?.item.kind}: ${reports[r]?.item.text ?? ""}`),
    unlocated: reportTexts.filter((_, i) => reportSpans[i] === null),
  };
}

function scoreCitations(body: string, gold: Gold, annotations: AnnotationsJson) {
  const goldCitations = gold.citations ?? [];
  const goldSpans = located(
    locateAll(
      body,
      goldCitations.map((c) => c.quote),
      false,
    ),
    goldCitations,
  );
  const reports = located(
    locateAll(
      body,
      annotations.citations.map((c) => c.text),
      true,
    ),
    annotations.citations,
  );
  const result = matchItems(
    goldSpans.map((g) => ({ ...g.span, required: true })),
    reports.map((r) => r.span),
  );
  const fieldsAgree = result.pairs.filter(([g, r]) => {
    const want = goldSpans[g]?.item;
    const got = reports[r]?.item;
    return (
      want !== undefined &&
      got !== undefined &&
      // Gold writes a missing number or issuer as null, like the annotations do.
      (got.number ?? null) === (want.number ?? null) &&
      (got.issuer ?? null) === (want.issuer ?? null) &&
      (got.date ?? null) === (want.date ?? null)
    );
  }).length;
  const unfound = goldCitations.length - goldSpans.length;
  // Gold lists each document once; a later mention of a listed document is not an error.
  const listed = new Set(goldCitations.map((c) => `${c.number}|${c.type}`));
  const spurious = result.spurious.filter((r) => {
    const got = reports[r]?.item;
    return !got || !listed.has(`${got.number ?? ""}|${got.type}`);
  });
  return {
    tp: result.tp,
    fp: spurious.length,
    fn: result.fn + unfound,
    fieldsAgree,
    missed: result.missed.map((g) => goldSpans[g]?.item.quote ?? ""),
    spurious: spurious.map((r) => reports[r]?.item.text ?? ""),
  };
}

function scoreTerms(gold: Gold, annotations: AnnotationsJson) {
  const goldTerms = gold.terms ?? [];
  const missed = goldTerms.filter((t) => !termFound(t, annotations.terms)).map((t) => t.vi);
  return { found: goldTerms.length - missed.length, total: goldTerms.length, missed };
}

/** Scores directives, citations and terms of one article. `raw` is the article.txt content. */
export function scoreArticle(
  name: string,
  raw: string,
  gold: Gold,
  annotations: AnnotationsJson,
): ArticleScore {
  const body = articleBody(raw);
  return {
    name,
    directives: scoreDirectives(body, gold, annotations),
    citations: scoreCitations(body, gold, annotations),
    terms: scoreTerms(gold, annotations),
  };
}

export interface TotalScore {
  readonly directives: Counts & { readonly kindAgree: number };
  readonly citations: Counts & { readonly fieldsAgree: number };
  readonly terms: { readonly found: number; readonly total: number };
}

/** Sums counts over articles (micro-averaging). */
export function sumScores(scores: readonly ArticleScore[]): TotalScore {
  const sum = (pick: (s: ArticleScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  return {
    directives: {
      tp: sum((s) => s.directives.tp),
      fp: sum((s) => s.directives.fp),
      fn: sum((s) => s.directives.fn),
      kindAgree: sum((s) => s.directives.kindAgree),
    },
    citations: {
      tp: sum((s) => s.citations.tp),
      fp: sum((s) => s.citations.fp),
      fn: sum((s) => s.citations.fn),
      fieldsAgree: sum((s) => s.citations.fieldsAgree),
    },
    terms: { found: sum((s) => s.terms.found), total: sum((s) => s.terms.total) },
  };
}
