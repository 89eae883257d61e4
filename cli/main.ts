/**
 * `annotate FILE [--format json|md]`: the extension's analysis over a saved page or a text file.
 * Prints the `policy-lens/annotations@1` JSON (default) or a bilingual Markdown summary.
 */
import { analyze } from "../core/analyze";
import { toAnnotationsJson } from "./annotations";
import { LoadError, loadArticleFile } from "./load";
import { toMarkdown } from "./markdown";

const USAGE = "usage: annotate FILE [--format json|md]   (FILE: a saved page .html or a text .txt)";

interface Options {
  readonly file: string;
  readonly format: "json" | "md";
}

function parseArgs(argv: readonly string[]): Options | string {
  let file: string | undefined;
  let format: "json" | "md" = "json";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--help" || arg === "-h") return USAGE;
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (value !== "json" && value !== "md")
        return `annotate: --format takes json or md\n${USAGE}`;
      format = value;
    } else if (arg.startsWith("-")) {
      return `annotate: unknown option ${arg}\n${USAGE}`;
    } else if (file === undefined) {
      file = arg;
    } else {
      return `annotate: one FILE at a time\n${USAGE}`;
    }
  }
  return file === undefined ? `annotate: no FILE given\n${USAGE}` : { file, format };
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (typeof options === "string") {
    const help = options === USAGE;
    (help ? process.stdout : process.stderr).write(`${options}\n`);
    return help ? 0 : 2;
  }
  try {
    const json = toAnnotationsJson(analyze(loadArticleFile(options.file)));
    process.stdout.write(
      options.format === "md" ? toMarkdown(json) : `${JSON.stringify(json, null, 2)}\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof LoadError ? error.message : `internal error: ${String(error)}`;
    process.stderr.write(`annotate: ${message}\n`);
    return 1;
  }
}
