/**
 * Importing a JSON export. The file is validated in full before anything is stored: a file that
 * fails any check is rejected with the reason and the store is left exactly as it was.
 */
import { putArticles } from "./articles";
import { EXPORT_SCHEMA } from "./export";
import { MIGRATIONS, runMigrations } from "./migrate";
import type { SavedArticle } from "./schema";
import { RECORD_VERSION } from "./schema";
import { object, ValidationError, validateArticle } from "./validate";

/** Largest file accepted: a full export of hundreds of articles is well under this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_ARTICLES = 2000;

export type ImportProblem = "too-large" | "not-json" | "wrong-schema" | "wrong-version" | "invalid";

export type ParsedImport =
  | { readonly ok: true; readonly articles: readonly SavedArticle[] }
  | { readonly ok: false; readonly problem: ImportProblem; readonly detail: string };

function fail(problem: ImportProblem, detail: string): ParsedImport {
  return { ok: false, problem, detail };
}

/** Validates the text of an import file; nothing is stored. */
export function parseImport(text: string): ParsedImport {
  // Worst case a UTF-16 code unit is 3 bytes of UTF-8; count exactly only when near the limit.
  const bytes = text.length * 3 > MAX_IMPORT_BYTES ? new TextEncoder().encode(text).length : 0;
  if (bytes > MAX_IMPORT_BYTES) {
    return fail("too-large", `the file is ${bytes} bytes; the limit is ${MAX_IMPORT_BYTES}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail("not-json", error instanceof Error ? error.message : "not JSON");
  }
  try {
    const doc = object(data, "file");
    if (doc.schema !== EXPORT_SCHEMA) {
      return fail("wrong-schema", `expected schema "${EXPORT_SCHEMA}"`);
    }
    if (!Number.isInteger(doc.version) || (doc.version as number) < 1) {
      return fail("wrong-version", "the file has no valid version");
    }
    if ((doc.version as number) > RECORD_VERSION) {
      return fail("wrong-version", `version ${doc.version} is newer than this release reads`);
    }
    if (!Array.isArray(doc.articles)) return fail("invalid", "file.articles must be a list");
    if (doc.articles.length > MAX_ARTICLES) {
      return fail("invalid", `more than ${MAX_ARTICLES} articles`);
    }
    const articles = doc.articles.map((raw, i) => {
      const path = `articles[${i}]`;
      // Records carry the file's version unless they say otherwise; old ones are migrated.
      const record = { version: doc.version, ...object(raw, path) };
      const migrated = runMigrations(record, RECORD_VERSION, MIGRATIONS);
      if (typeof migrated === "string") throw new ValidationError(`${path}: ${migrated}`);
      return validateArticle(migrated, path);
    });
    return { ok: true, articles };
  } catch (error) {
    if (error instanceof ValidationError) return fail("invalid", error.message);
    throw error;
  }
}

/** Validates and merges a file into the store. On any problem nothing stored changes. */
export async function importChecklists(
  text: string,
): Promise<ParsedImport & { added?: number; merged?: number }> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const counts = await putArticles(parsed.articles);
  return { ...parsed, ...counts };
}
