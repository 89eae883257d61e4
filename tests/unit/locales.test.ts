import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DirectiveForce, TERM_CATEGORIES, type TermCategory } from "../../core/types";
import en from "../../locales/en.json";
import vi from "../../locales/vi.json";
import type { StoreError } from "../../store/articles";
import type { ImportProblem } from "../../store/import";

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<string, Tree> = { en, vi };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys with plural suffixes folded: "a.b_one", "a.b_other" → "a.b". */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL, "")));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
  });
}

const flat = Object.fromEntries(
  Object.entries(LOCALES).map(([lang, tree]) => [lang, flatten(tree)]),
);
const enKeys = flatten(en);
const viKeys = flatten(vi);
const root = join(__dirname, "..", "..");

describe("locales", () => {
  it("have the same keys in English and Vietnamese (plural forms aside)", () => {
    expect([...baseKeys(viKeys.keys())].sort()).toEqual([...baseKeys(enKeys.keys())].sort());
  });

  it("have exactly the same keys, plural suffixes included", () => {
    expect([...viKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it("have every plural form each language needs, and no empty strings", () => {
    for (const [lang, keys] of Object.entries(flat)) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const plurals = baseKeys([...keys.keys()].filter((k) => PLURAL.test(k)));
      for (const base of plurals) {
        for (const category of categories) {
          expect(keys.has(`${base}_${category}`), `${lang}: ${base}_${category}`).toBe(true);
        }
      }
      for (const [key, value] of keys) expect(value.trim(), `${lang}: ${key}`).not.toBe("");
    }
    // Vietnamese has a single plural form ("other"); i18next never picks "_one" for it. The file
    // still carries "_one" so every locale has exactly the same keys, and it must then read the
    // same as "_other" so no Vietnamese text depends on a form the language does not have.
    for (const [key, value] of viKeys) {
      if (key.endsWith("_one")) expect(value, key).toBe(viKeys.get(key.replace(/_one$/, "_other")));
    }
  });

  it("use the same interpolation variables in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, value] of enKeys) {
      const other = viKeys.get(key) ?? viKeys.get(key.replace(PLURAL, "_other"));
      if (other !== undefined) expect(vars(other), key).toEqual(vars(value));
    }
  });

  it("hold every key the components use", () => {
    const files = [
      ...sourceFiles(join(root, "components")),
      join(root, "entrypoints", "popup", "main.tsx"),
    ];
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([^"]+)"/g)) if (m[1]) used.add(m[1]);
    }
    // Keys built from data: every value the data can take must have a translation.
    const forces: DirectiveForce[] = [
      "assigned",
      "required",
      "directed",
      "requested",
      "urged",
      "recommended",
      "tasked",
      "pledged",
      "must",
    ];
    const categories: readonly TermCategory[] = TERM_CATEGORIES;
    const storeCodes: StoreError["code"][] = ["quota", "unreadable", "failed"];
    const problems: ImportProblem[] = [
      "too-large",
      "not-json",
      "wrong-schema",
      "wrong-version",
      "invalid",
    ];
    for (const f of forces) used.add(`force.${f}`);
    for (const k of ["directive", "commitment"]) used.add(`kind.${k}`);
    for (const c of categories) used.add(`terms.category.${c}`);
    for (const c of storeCodes) used.add(`store.${c}`);
    for (const p of problems) used.add(`import.${p}`);

    expect(used.size).toBeGreaterThan(60);
    for (const [lang, keys] of Object.entries(flat)) {
      const available = baseKeys(keys.keys());
      const missing = [...used].filter((key) => !available.has(key));
      expect(missing, lang).toEqual([]);
    }
  });
});
