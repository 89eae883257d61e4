/**
 * Stored records carry a version. Every version ever released has a migration to the next, so a
 * record written by any release can be read by this one. Records from a newer release (after a
 * downgrade) or damaged ones are reported and left untouched, never overwritten.
 */
import type { SavedArticle } from "./schema";
import { RECORD_VERSION } from "./schema";
import { ValidationError, validateArticle } from "./validate";

/** `MIGRATIONS[n]` turns a version-n record into a version-(n+1) record. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 is the first release, so nothing needs migrating yet. The next format change adds
 * `1: (v1) => ({ ...v1, version: 2, … })` here and a stored v1 example to the tests.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Decoded =
  | { readonly ok: true; readonly record: SavedArticle; readonly migrated: boolean }
  | { readonly ok: false; readonly reason: string };

/**
 * Runs the migration chain from the record's version up to `target`. Returns the migrated record,
 * or the reason it cannot be read by this release.
 */
export function runMigrations(
  record: Record<string, unknown>,
  target: number,
  migrations: Readonly<Record<number, Migration>>,
): Record<string, unknown> | string {
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return "record has no version";
  }
  if (version > target) return `record version ${version} is newer than this release reads`;
  let current = record;
  for (let v = version; v < target; v++) {
    const migrate = migrations[v];
    if (!migrate) return `no migration from version ${v}`;
    current = migrate(current);
  }
  return current;
}

/** Brings a stored value up to the current version and validates it. */
export function decodeArticle(value: unknown): Decoded {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: "not a record" };
  }
  const original = value as Record<string, unknown>;
  const migrated = runMigrations(original, RECORD_VERSION, MIGRATIONS);
  if (typeof migrated === "string") return { ok: false, reason: migrated };
  try {
    return {
      ok: true,
      record: validateArticle(migrated),
      migrated: original.version !== RECORD_VERSION,
    };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, reason: error.message };
    throw error;
  }
}
