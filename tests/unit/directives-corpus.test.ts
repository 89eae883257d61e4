/**
 * Directive extraction on the real-article corpus (read through tests/corpus.ts, never copied),
 * scored with the rule written in the gold files.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toAnnotationsJson } from "../../cli/annotations";
import { loadArticleFile } from "../../cli/load";
import { analyze } from "../../core/analyze";
import { scoreArticle, sumScores } from "../../scripts/eval/article";
import { prf } from "../../scripts/eval/score";
import { type CorpusArticle, corpusSkipReason, devArticles, seedArticle } from "../corpus";

const skip = corpusSkipReason();

function score(article: CorpusArticle) {
  const analysis = analyze(loadArticleFile(join(article.dir, "article.txt")));
  return scoreArticle(article.name, article.text, article.gold, toAnnotationsJson(analysis));
}

describe.skipIf(skip !== null)("directives on the corpus", () => {
  it("finds every required directive of the seed article, nothing else, with the right kinds", () => {
    const s = score(seedArticle());
    expect(s.directives.missed).toEqual([]);
    expect(s.directives.spurious).toEqual([]);
    expect(s.directives.wrongKind).toEqual([]);
    expect(s.directives.tp).toBe(seedArticle().gold.directives.filter((d) => d.required).length);
  });

  it("reaches F1 ≥ 0.85 over the development set", () => {
    const scores = devArticles().map(score);
    expect(scores.length).toBe(12);
    const { tp, fp, fn } = sumScores(scores).directives;
    expect(prf(tp, fp, fn).f1).toBeGreaterThanOrEqual(0.85);
  });

  it("reports nothing for the articles without directives", () => {
    const without = devArticles().filter((a) => /^(09|10|11|12)-/.test(a.name));
    expect(without).toHaveLength(4);
    for (const a of without) {
      const analysis = analyze(loadArticleFile(join(a.dir, "article.txt")));
      expect(analysis.directives.map((d) => d.text)).toEqual([]);
    }
  });
});
