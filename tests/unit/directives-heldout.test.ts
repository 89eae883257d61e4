/**
 * Directive extraction on the held-out fixtures (tests/fixtures/heldout): articles written for
 * evaluation in styles the development corpus lacks — a Government resolution with numbered
 * tasks, a Prime Minister's directive with a lettered list, a provincial official letter, a
 * minister's meeting with pledges, a Government Office notice with dash bullets, a text that lost
 * its paragraph breaks — and articles whose right answer is no directive at all (business
 * proposals and expert opinion, price news with advice to consumers, a past-tense report,
 * foreign trade, company news); then a second round: a Prime Minister's dispatch, an interview,
 * provincial letters whose clauses each assign a task, a draft decree, petrol prices; and a third:
 * a National Assembly question session, numbered points to e-commerce platforms, a new circular's
 * rules, a Government meeting, a mine accident, a trade fair, a department's task bullets; and a
 * fourth: task lists inside one sentence, a Prime Minister's directive with lettered blocks, a
 * plan that requests in its own name, an interview with unlabelled answers, export and company
 * news without directives; and a fifth: a ministry's letter with "Thứ nhất, …" task paragraphs,
 * a group's pledge told by its chairman, a minister's answers at a dialogue; and a sixth: a
 * notice of conclusions in numbered sections, an anti-dumping case, a petrol-station inspection,
 * a bilateral agreement; and a seventh, kept as scored: a site inspection, a press conference, a
 * province's Tết plan in bullets, a notice of the Prime Minister's conclusions. Scored with the
 * same rule as `npm run eval -- --set heldout`.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toAnnotationsJson } from "../../cli/annotations";
import { loadArticleFile } from "../../cli/load";
import { analyze } from "../../core/analyze";
import { scoreArticle, sumScores } from "../../scripts/eval/article";
import { articleBody, collapseSpace } from "../../scripts/eval/locate";
import { prf } from "../../scripts/eval/score";
import { type EvalArticle, expectsNoDirectives, heldoutArticles } from "../../scripts/eval/sets";

const articles = heldoutArticles();

function run(article: EvalArticle) {
  const analysis = analyze(loadArticleFile(join(article.dir, "article.txt")));
  return {
    analysis,
    score: scoreArticle(article.name, article.text, article.gold, toAnnotationsJson(analysis)),
  };
}

const results = articles.map((article) => ({ article, ...run(article) }));

describe("directives on the held-out fixtures", () => {
  it("has the fixtures, with labels that quote their article", () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    for (const { score } of results) expect(score.directives.unlocated).toEqual([]);
    // A quote must occur exactly once: one that is missing would count as a miss, and one that
    // also occurs in the title would be located there and mis-scored.
    for (const { article } of results) {
      const body = articleBody(article.text);
      for (const d of article.gold.directives) {
        const quote = collapseSpace(d.quote);
        expect(body.split(quote).length - 1, `${article.name}: ${quote}`).toBe(1);
      }
    }
  });

  it("reaches F1 ≥ 0.9 with precision ≥ 0.9 over the held-out set", () => {
    const { tp, fp, fn } = sumScores(results.map((r) => r.score)).directives;
    const { precision, recall, f1 } = prf(tp, fp, fn);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });

  it("tells commitments from directives on matched items", () => {
    const { tp, kindAgree } = sumScores(results.map((r) => r.score)).directives;
    expect(tp).toBeGreaterThan(0);
    expect(kindAgree / tp).toBeGreaterThanOrEqual(0.9);
  });

  it("reports nothing wrong where the right answer is no directive", () => {
    const without = results.filter((r) => expectsNoDirectives(r.article));
    expect(without.length).toBeGreaterThanOrEqual(4);
    for (const { article, analysis, score } of without) {
      // Optional (ambiguous) gold items may be reported; anything else is an error.
      expect(score.directives.spurious, article.name).toEqual([]);
      if (article.gold.directives.length === 0)
        expect(
          analysis.directives.map((d) => d.text),
          article.name,
        ).toEqual([]);
    }
  });
});
