/**
 * Download size of the built extension (`.output/chrome-mv3`): gzip -9 of the files each part
 * loads. The glossary's own size is measured on its module compiled alone (minified like the
 * bundles); it ships in the background script, where the analysis runs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROME_EXTENSION_DIR, REPO_ROOT } from "../../tests/e2e/harness";

/** Size of one part of the extension. */
export interface PartSize {
  readonly part: string;
  readonly files: string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function sizeOf(part: string, files: readonly string[], root: string): PartSize {
  const raw = files.map((file) => readFileSync(join(root, file)));
  return {
    part,
    files: [...files],
    rawBytes: raw.reduce((n, data) => n + data.length, 0),
    // Each file is downloaded and decompressed on its own, so each is gzipped on its own.
    gzipBytes: raw.reduce((n, data) => n + gzipBytes(data), 0),
  };
}

/** Files a script pulls in through static or dynamic relative imports, itself included. */
function withImports(root: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(join(root, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(root, file), "utf8");
  const imports = /(?:from\s*|import\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g;
  for (const match of code.matchAll(imports)) {
    const target = match[1] as string;
    const resolved = target.startsWith("/")
      ? target.slice(1)
      : posix.normalize(posix.join(posix.dirname(file), target));
    withImports(root, resolved, seen);
  }
  return seen;
}

/** The popup: its HTML, the scripts and stylesheets it references, and what those import. */
function popupFiles(root: string): string[] {
  const html = readFileSync(join(root, "popup.html"), "utf8");
  const files = new Set<string>(["popup.html"]);
  for (const match of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) {
    const file = match[1] as string;
    if (file.endsWith(".js")) for (const dep of withImports(root, file)) files.add(dep);
    else files.add(file);
  }
  return [...files];
}

/** Content-script files the manifest injects (scripts and styles). */
function contentScriptFiles(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const files = new Set<string>();
  for (const script of manifest.content_scripts ?? []) {
    for (const file of script.js ?? []) for (const dep of withImports(root, file)) files.add(dep);
    for (const file of script.css ?? []) files.add(file);
  }
  if (files.size === 0) {
    // Scripts registered at run time are not in the manifest: take the content-scripts folder.
    const dir = join(root, "content-scripts");
    if (existsSync(dir)) for (const file of readdirSync(dir)) files.add(`content-scripts/${file}`);
  }
  return [...files];
}

/** The glossary module (core/glossary/glossary.generated.ts) compiled and minified on its own. */
async function glossaryModuleSize(): Promise<PartSize> {
  const source = join(REPO_ROOT, "core", "glossary", "glossary.generated.ts");
  const code = readFileSync(source, "utf8");
  let compiled = code;
  try {
    const esbuild = await import("esbuild");
    compiled = (await esbuild.transform(code, { loader: "ts", minify: true, format: "esm" })).code;
  } catch {
    // Without esbuild the TypeScript source is measured (a slight overestimate: type annotations).
  }
  return {
    part: "glossary module (in the background script)",
    files: [relative(REPO_ROOT, source)],
    rawBytes: Buffer.byteLength(compiled),
    gzipBytes: gzipBytes(compiled),
  };
}

/** Sizes of the content script, popup, background and glossary module of the build in `root`. */
export async function extensionSizes(root: string = CHROME_EXTENSION_DIR): Promise<PartSize[]> {
  if (!existsSync(join(root, "manifest.json"))) throw new Error(`No build in ${root}`);
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as {
    background?: { service_worker?: string; scripts?: string[] };
  };
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const backgroundFiles = new Set<string>();
  for (const file of background)
    for (const dep of withImports(root, file)) backgroundFiles.add(dep);
  return [
    sizeOf("content script (JS + CSS)", contentScriptFiles(root), root),
    await glossaryModuleSize(),
    sizeOf("popup (HTML + JS + CSS)", popupFiles(root), root),
    sizeOf("background", [...backgroundFiles], root),
  ];
}

/** Folder name of a build, for the report. */
export function buildLabel(root: string = CHROME_EXTENSION_DIR): string {
  return relative(REPO_ROOT, root) || dirname(root);
}
