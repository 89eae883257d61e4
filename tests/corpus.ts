/**
 * Access to the real-article corpus beside the project (../shared/corpus, or $POLICY_LENS_CORPUS).
 * Real articles are never copied into the repo. Where the corpus is missing, tests that need it
 * are skipped with the reason, except under CI, where a missing corpus is a failure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export const CORPUS_DIR = resolve(
  process.env.POLICY_LENS_CORPUS ?? join(here, "..", "..", "shared", "corpus"),
);

export const corpusAvailable = existsSync(join(CORPUS_DIR, "seed", "article.txt"));

/** Why corpus tests are skipped, or null when they run. Throws under CI when the corpus is missing. */
export function corpusSkipReason(): string | null {
  if (corpusAvailable) return null;
  const reason = `real-article corpus not found at ${CORPUS_DIR} (set POLICY_LENS_CORPUS)`;
  if (process.env.CI === "true") throw new Error(`${reason}: required under CI`);
  return reason;
}

/** One article of the corpus: its folder and files. */
export interface CorpusArticle {
  readonly name: string;
  readonly dir: string;
  readonly text: string;
  readonly gold: Gold;
  readonly page2025: string;
  readonly page2022: string;
}

export interface GoldDirective {
  readonly quote: string;
  readonly kind: "directive" | "commitment";
  readonly required: boolean;
  readonly addressees: readonly string[];
  readonly note?: string;
}
export interface GoldCitation {
  readonly quote: string;
  readonly type: string;
  readonly number: string;
  readonly issuer: string;
  readonly date: string | null;
}
export interface GoldTerm {
  readonly vi: string;
  readonly en_any: readonly string[];
}
export interface Gold {
  readonly url?: string;
  readonly directives: readonly GoldDirective[];
  readonly citations: readonly GoldCitation[];
  readonly terms: readonly GoldTerm[];
  readonly scoring?: string;
}

function readArticle(name: string, dir: string): CorpusArticle {
  const read = (file: string) => {
    const path = join(dir, file);
    return existsSync(path) ? readFileSync(path, "utf8") : "";
  };
  return {
    name,
    dir,
    text: read("article.txt"),
    gold: JSON.parse(read("gold.json") || "{}") as Gold,
    page2025: read("page-2025.html"),
    page2022: read("page-2022.html"),
  };
}

/** The seed article. */
export function seedArticle(): CorpusArticle {
  return readArticle("seed", join(CORPUS_DIR, "seed"));
}

/** The development articles, in folder order. */
export function devArticles(): CorpusArticle[] {
  const devDir = join(CORPUS_DIR, "dev");
  if (!existsSync(devDir)) return [];
  return readdirSync(devDir)
    .sort()
    .map((name) => readArticle(name, join(devDir, name)));
}
