/**
 * `npm run eval [-- --json]`: runs the analysis of the `annotate` command on every article.txt of
 * the corpus and scores it against gold.json — directive precision, recall, F1 and kind accuracy,
 * citation and term figures — with the misses and spurious items of each article.
 */
import { join } from "node:path";
import { toAnnotationsJson } from "../cli/annotations";
import { loadArticleFile } from "../cli/load";
import { analyze } from "../core/analyze";
import { CORPUS_DIR, type CorpusArticle, devArticles, seedArticle } from "../tests/corpus";
import { type ArticleScore, scoreArticle, sumScores } from "./eval/article";
import { formatReport } from "./eval/report";

function articles(): CorpusArticle[] {
  const seed = seedArticle();
  return [...(seed.text ? [seed] : []), ...devArticles()].filter((a) => a.text);
}

function main(args: readonly string[]): number {
  const list = articles();
  if (list.length === 0) {
    console.error(`no corpus at ${CORPUS_DIR} (set POLICY_LENS_CORPUS)`);
    return 2;
  }
  const scores: ArticleScore[] = list.map((article) => {
    const input = loadArticleFile(join(article.dir, "article.txt"));
    const annotations = toAnnotationsJson(analyze(input));
    return scoreArticle(article.name, article.text, article.gold, annotations);
  });
  const total = sumScores(scores);
  if (args.includes("--json")) console.log(JSON.stringify({ articles: scores, total }, null, 2));
  else console.log(formatReport(scores, total));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
