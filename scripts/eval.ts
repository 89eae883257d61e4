/**
 * `npm run eval [-- --set corpus|heldout|all] [-- --json]`: runs the analysis of the `annotate`
 * command on every article.txt of a set and scores it against its gold.json — directive
 * precision, recall, F1 and kind accuracy, citation and term figures — with the misses and
 * spurious items of each article. "corpus" (default) is the real-article corpus beside the
 * project; "heldout" the fixtures in tests/fixtures/heldout; "all" reports both, each with its
 * own total, since figures on the corpus the rules were tuned on overstate quality.
 */
import { join } from "node:path";
import { toAnnotationsJson } from "../cli/annotations";
import { loadArticleFile } from "../cli/load";
import { analyze } from "../core/analyze";
import { CORPUS_DIR } from "../tests/corpus";
import { type ArticleScore, scoreArticle, sumScores, type TotalScore } from "./eval/article";
import { formatReport } from "./eval/report";
import {
  articlesOf,
  type EvalArticle,
  type EvalSetName,
  HELDOUT_DIR,
  setsFromArgs,
} from "./eval/sets";

function scoreSet(list: readonly EvalArticle[]): { scores: ArticleScore[]; total: TotalScore } {
  const scores = list.map((article) => {
    const input = loadArticleFile(join(article.dir, "article.txt"));
    const annotations = toAnnotationsJson(analyze(input));
    return scoreArticle(article.name, article.text, article.gold, annotations);
  });
  return { scores, total: sumScores(scores) };
}

const WHERE: Record<EvalSetName, string> = {
  corpus: `${CORPUS_DIR} (set POLICY_LENS_CORPUS)`,
  heldout: HELDOUT_DIR,
};

function main(args: readonly string[]): number {
  let sets: EvalSetName[];
  try {
    sets = setsFromArgs(args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const results: Partial<Record<EvalSetName, ReturnType<typeof scoreSet>>> = {};
  for (const set of sets) {
    const list = articlesOf(set);
    if (list.length === 0) {
      console.error(`no ${set} articles at ${WHERE[set]}`);
      return 2;
    }
    results[set] = scoreSet(list);
  }
  if (args.includes("--json")) {
    // A single set keeps the original shape ({ articles, total }); several are keyed by set.
    const only = sets.length === 1 ? results[sets[0] as EvalSetName] : undefined;
    const json = only
      ? { articles: only.scores, total: only.total }
      : Object.fromEntries(
          sets.map((set) => [set, { articles: results[set]?.scores, total: results[set]?.total }]),
        );
    console.log(JSON.stringify(json, null, 2));
    return 0;
  }
  const sections = sets.map((set) => {
    const r = results[set] as ReturnType<typeof scoreSet>;
    const report = formatReport(r.scores, r.total);
    return sets.length === 1 ? report : `== ${set} ==\n${report}`;
  });
  console.log(sections.join("\n\n"));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
