/**
 * The article sets the evaluation can score: the real-article corpus beside the project (seed and
 * development articles, read through tests/corpus.ts) and the held-out fixtures in the repo
 * (tests/fixtures/heldout: articles written for evaluation, labelled before the rules saw them).
 * Keeping the two apart matters: the rules were tuned on the corpus, so its figures overstate
 * quality on unseen text; the held-out figures estimate it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CorpusArticle, devArticles, type Gold, seedArticle } from "../../tests/corpus";

const here = dirname(fileURLToPath(import.meta.url));

/** Folder of the held-out fixtures: one sub-folder per article with article.txt and gold.json. */
export const HELDOUT_DIR = resolve(here, "..", "..", "tests", "fixtures", "heldout");

export type EvalSetName = "corpus" | "heldout";

/** Every set, in the order the report prints them. */
export const EVAL_SETS: readonly EvalSetName[] = ["corpus", "heldout"];

/** One article to score: its name, folder, raw article.txt and gold labels. */
export type EvalArticle = Pick<CorpusArticle, "name" | "dir" | "text" | "gold">;

/** The held-out fixtures, in folder order (none when the folder is missing). */
export function heldoutArticles(dir = HELDOUT_DIR): EvalArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "article.txt")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(dir, name);
      return {
        name,
        dir: folder,
        text: readFileSync(join(folder, "article.txt"), "utf8"),
        gold: JSON.parse(readFileSync(join(folder, "gold.json"), "utf8")) as Gold,
      };
    });
}

/** The seed and development articles of the corpus that are present. */
export function corpusArticles(): EvalArticle[] {
  const seed = seedArticle();
  return [...(seed.text ? [seed] : []), ...devArticles()].filter((a) => a.text);
}

/** The articles of one set. */
export function articlesOf(set: EvalSetName): EvalArticle[] {
  return set === "corpus" ? corpusArticles() : heldoutArticles();
}

/** True when an article's gold holds no required directive: the right answer is none. */
export function expectsNoDirectives(article: EvalArticle): boolean {
  return !article.gold.directives.some((d) => d.required);
}

/**
 * Reads `--set NAME` / `--set=NAME` from the command line: "corpus" (the default, as before),
 * "heldout", or "all" for both, each reported separately. Throws on an unknown name.
 */
export function setsFromArgs(args: readonly string[]): EvalSetName[] {
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === "--set") value = args[i + 1];
    else if (arg.startsWith("--set=")) value = arg.slice("--set=".length);
  });
  if (value === undefined || value === "corpus") return ["corpus"];
  if (value === "heldout") return ["heldout"];
  if (value === "all") return [...EVAL_SETS];
  throw new Error(`unknown set "${value}" (corpus, heldout or all)`);
}
