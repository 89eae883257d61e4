/**
 * The alternative the product does not take, measured: the same analysis run in the page instead
 * of the background. The core (with the glossary) and the page adapters are bundled and minified
 * like the extension's own scripts, added to a fresh load of the seed page (without the
 * extension) as a script, and timed there: loading the script, reading the article (the step the
 * content script already pays), the first analyze() call and a second one on the same page.
 * A content script that analysed in the page would pay the first two on every article it opens;
 * the background pays them once and stays warm between articles.
 */
import { gzipSync } from "node:zlib";
import { type ExtensionBrowser, REPO_ROOT } from "../../tests/e2e/harness";
import { BODY_SELECTOR, untouchedUrl } from "./loads";
import { type Spread, spread } from "./stats";

/** Name of the global the bundle sets (only in benchmark pages). */
const GLOBAL = "__policyLensInPage";

/** One page's figures (ms), and what the analysis found (a check that it really ran). */
export interface InPageAnalysisSample {
  readonly load: number;
  readonly extract: number;
  readonly first: number;
  readonly second: number;
  readonly annotations: number;
}

/** Section 6 of the report. */
export interface InPageAnalysisResult {
  readonly loads: number;
  readonly load: Spread;
  readonly extract: Spread;
  readonly first: Spread;
  readonly second: Spread;
  /** Annotations the in-page analysis found on the seed page (terms + citations + dates + directives). */
  readonly annotations: number;
  /** gzip size of the analysis code with the glossary (the core alone, no adapters). */
  readonly coreGzipBytes: number;
}

async function bundle(contents: string): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    stdin: { contents, resolveDir: REPO_ROOT, loader: "ts" },
    bundle: true,
    minify: true,
    format: "iife",
    target: "chrome120",
    write: false,
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no bundle");
  return file.text;
}

/**
 * Runs in the page: adds the bundle as an inline script (parsed, compiled and run at once), then
 * reads the article and analyses it twice. Self-contained: no imports, no outer variables.
 */
function timeInPage(args: {
  code: string;
  global: string;
  bodySelector: string;
}): InPageAnalysisSample {
  type Api = {
    extractArticle(doc: Document): { input: unknown } | null;
    analyze(input: unknown): {
      terms: unknown[];
      citations: unknown[];
      dates: unknown[];
      directives: unknown[];
    };
  };
  if (!document.querySelector(args.bodySelector)) throw new Error(`no ${args.bodySelector}`);
  const script = document.createElement("script");
  script.textContent = args.code;
  const t0 = performance.now();
  document.head.append(script);
  const t1 = performance.now();
  const api = (window as unknown as Record<string, Api | undefined>)[args.global];
  if (!api) throw new Error("the analysis bundle did not load");
  const article = api.extractArticle(document);
  if (!article) throw new Error("the in-page analysis found no article");
  const t2 = performance.now();
  const analysis = api.analyze(article.input);
  const t3 = performance.now();
  api.analyze(article.input);
  const t4 = performance.now();
  return {
    load: t1 - t0,
    extract: t2 - t1,
    first: t3 - t2,
    second: t4 - t3,
    annotations:
      analysis.terms.length +
      analysis.citations.length +
      analysis.dates.length +
      analysis.directives.length,
  };
}

/** `loads` fresh loads of `path` without the extension, each analysed in the page. */
export async function measureInPageAnalysis(
  browser: ExtensionBrowser,
  path: string,
  loads: number,
): Promise<InPageAnalysisResult> {
  const code = await bundle(
    `import { analyze } from "./core/analyze"; import { extractArticle } from "./page/adapters";` +
      `globalThis.${GLOBAL} = { analyze, extractArticle };`,
  );
  const core = await bundle(
    `import { analyze } from "./core/analyze"; globalThis.${GLOBAL} = { analyze };`,
  );
  const samples: InPageAnalysisSample[] = [];
  for (let i = 0; i < loads; i++) {
    // A context of its own per load: nothing compiled in one page is reused by the next.
    const context = await browser.context.browser()?.newContext();
    if (!context) throw new Error("no browser to open a fresh context in");
    try {
      const page = await context.newPage();
      await page.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
      await page.goto(untouchedUrl(browser, path));
      samples.push(
        await page.evaluate(timeInPage, { code, global: GLOBAL, bodySelector: BODY_SELECTOR }),
      );
    } finally {
      await context.close();
    }
  }
  const found = samples[0]?.annotations ?? 0;
  if (found === 0) throw new Error("the in-page analysis found nothing on the seed page");
  return {
    loads: samples.length,
    load: spread(samples.map((s) => s.load)),
    extract: spread(samples.map((s) => s.extract)),
    first: spread(samples.map((s) => s.first)),
    second: spread(samples.map((s) => s.second)),
    annotations: found,
    coreGzipBytes: gzipSync(core, { level: 9 }).length,
  };
}
