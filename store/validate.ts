/**
 * Structural validation of article records, shared by the storage reader and the importer. A
 * record from disk or from a file is untrusted: every field is checked for type and size, object
 * keys that could reach a prototype are refused, and control characters are refused (they have no
 * place in a sentence or a note and are a classic way to smuggle content into CSV or Markdown).
 */
import type { DirectiveForce, DirectiveKind } from "../core/types";
import { anchorKey } from "./anchor";
import type { ArticleInfo, ChecklistEntry, ItemChange } from "./articles";
import type { DirectiveSnapshot, QuoteAnchor, SavedArticle, SavedItem } from "./schema";
import { RECORD_VERSION } from "./schema";

/** A field that is not what it must be; `message` names the field. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
}

export const LIMITS = {
  /** Sentences, glosses, titles, URLs. */
  text: 4000,
  /** A reader's note. */
  note: 5000,
  /** Short fields: party names, deadlines, citations. */
  short: 500,
  itemsPerArticle: 500,
  listLength: 50,
} as const;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const KINDS: ReadonlySet<string> = new Set<DirectiveKind>(["directive", "commitment"]);
const FORCES: ReadonlySet<string> = new Set<DirectiveForce>([
  "assigned",
  "required",
  "directed",
  "requested",
  "urged",
  "recommended",
  "tasked",
  "pledged",
  "must",
]);
/**
 * The first character that has no place in stored text: C0 controls (tab and line breaks only
 * where `multiline`), DEL, C1 controls, and bidi overrides (which make a note display differently
 * from what it contains). Returns its code, or -1.
 */
function forbiddenChar(text: string, multiline: boolean): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lineBreak = c === 0x09 || c === 0x0a || c === 0x0d;
    if (lineBreak) {
      if (!multiline) return c;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return c;
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return c;
  }
  return -1;
}

type Obj = Record<string, unknown>;

/** A plain object with none of the forbidden keys. */
export function object(value: unknown, path: string): Obj {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ValidationError(`${path} must be an object`);
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw new ValidationError(`${path} has a forbidden key "${key}"`);
  }
  return value as Obj;
}

function string(value: unknown, path: string, max: number, multiline = false): string {
  if (typeof value !== "string") throw new ValidationError(`${path} must be a string`);
  if (value.length > max) throw new ValidationError(`${path} is longer than ${max} characters`);
  const bad = forbiddenChar(value, multiline);
  if (bad >= 0) {
    const code = bad.toString(16).toUpperCase().padStart(4, "0");
    throw new ValidationError(`${path} contains a control character (U+${code})`);
  }
  return value.normalize("NFC");
}

function nullableString(value: unknown, path: string, max: number): string | null {
  return value === null || value === undefined ? null : string(value, path, max);
}

function time(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 8.64e15) {
    throw new ValidationError(`${path} must be a time in milliseconds`);
  }
  return value;
}

function position(value: unknown, path: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 100_000) {
    throw new ValidationError(`${path} must be a whole number`);
  }
  return value as number;
}

function list<T>(value: unknown, path: string, each: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(value)) throw new ValidationError(`${path} must be a list`);
  if (value.length > LIMITS.listLength) {
    throw new ValidationError(`${path} has more than ${LIMITS.listLength} entries`);
  }
  return value.map((v, i) => each(v, `${path}[${i}]`));
}

function party(value: unknown, path: string): { text: string; en: string } {
  const o = object(value, path);
  return {
    text: string(o.text, `${path}.text`, LIMITS.short),
    en: string(o.en, `${path}.en`, LIMITS.short),
  };
}

function anchor(value: unknown, path: string): QuoteAnchor {
  const o = object(value, path);
  return {
    exact: string(o.exact, `${path}.exact`, LIMITS.text),
    prefix: string(o.prefix, `${path}.prefix`, LIMITS.short),
    suffix: string(o.suffix, `${path}.suffix`, LIMITS.short),
  };
}

function snapshot(value: unknown, path: string): DirectiveSnapshot {
  const o = object(value, path);
  if (typeof o.kind !== "string" || !KINDS.has(o.kind)) {
    throw new ValidationError(`${path}.kind must be "directive" or "commitment"`);
  }
  if (typeof o.force !== "string" || !FORCES.has(o.force)) {
    throw new ValidationError(`${path}.force is not a known force`);
  }
  return {
    text: string(o.text, `${path}.text`, LIMITS.text),
    gloss_en: string(o.gloss_en, `${path}.gloss_en`, LIMITS.text),
    kind: o.kind as DirectiveKind,
    force: o.force as DirectiveForce,
    issuer: o.issuer === null || o.issuer === undefined ? null : party(o.issuer, `${path}.issuer`),
    addressees: list(o.addressees, `${path}.addressees`, party),
    deadline:
      o.deadline === null || o.deadline === undefined
        ? null
        : party(o.deadline, `${path}.deadline`),
    citations: list(o.citations, `${path}.citations`, (v, p) => string(v, p, LIMITS.short)),
  };
}

function item(value: unknown, path: string): SavedItem {
  const o = object(value, path);
  if (typeof o.checked !== "boolean")
    throw new ValidationError(`${path}.checked must be true or false`);
  return {
    anchor: anchor(o.anchor, `${path}.anchor`),
    checked: o.checked,
    note: string(o.note ?? "", `${path}.note`, LIMITS.note, true),
    updatedAt: time(o.updatedAt, `${path}.updatedAt`),
    position: position(o.position, `${path}.position`),
    directive: snapshot(o.directive, `${path}.directive`),
  };
}

/**
 * Checks a record of the current version and returns a clean copy (fresh objects, item keys
 * recomputed from their anchors so a tampered key cannot shadow another item).
 */
export function validateArticle(value: unknown, path = "article"): SavedArticle {
  const o = object(value, path);
  if (o.version !== RECORD_VERSION) {
    throw new ValidationError(`${path}.version must be ${RECORD_VERSION}`);
  }
  const url = string(o.url, `${path}.url`, LIMITS.text);
  // The Saved tab opens this URL: only web pages, never javascript: or data: URLs from a file.
  if (!/^https?:\/\/[^\s/]+/i.test(url)) {
    throw new ValidationError(`${path}.url must be an http(s) address`);
  }
  const rawItems = object(o.items, `${path}.items`);
  const keys = Object.keys(rawItems);
  if (keys.length > LIMITS.itemsPerArticle) {
    throw new ValidationError(`${path}.items has more than ${LIMITS.itemsPerArticle} entries`);
  }
  const items: Record<string, SavedItem> = {};
  for (const key of keys) {
    const clean = item(rawItems[key], `${path}.items["${key.slice(0, 40)}"]`);
    items[anchorKey(clean.anchor)] = clean;
  }
  return {
    version: RECORD_VERSION,
    url,
    title: string(o.title, `${path}.title`, LIMITS.text),
    published: nullableString(o.published, `${path}.published`, LIMITS.short),
    savedAt: time(o.savedAt, `${path}.savedAt`),
    updatedAt: time(o.updatedAt, `${path}.updatedAt`),
    items,
  };
}

/** A checklist write sent from the popup to the background (see `store/remote-write.ts`). */
export type StoreWrite =
  | {
      readonly kind: "checklist";
      readonly info: ArticleInfo;
      readonly entries: readonly ChecklistEntry[];
      readonly change: { readonly target: number; readonly change: ItemChange } | null;
    }
  | {
      readonly kind: "item";
      readonly url: string;
      readonly key: string;
      readonly change: ItemChange;
    };

function itemChange(value: unknown, path: string): ItemChange {
  const o = object(value, path);
  const change: { checked?: boolean; note?: string } = {};
  if (o.checked !== undefined) {
    if (typeof o.checked !== "boolean")
      throw new ValidationError(`${path}.checked must be true or false`);
    change.checked = o.checked;
  }
  if (o.note !== undefined) change.note = string(o.note, `${path}.note`, LIMITS.note, true);
  return change;
}

function webUrl(value: unknown, path: string): string {
  const url = string(value, path, LIMITS.text);
  if (!/^https?:\/\/[^\s/]+/i.test(url))
    throw new ValidationError(`${path} must be an http(s) address`);
  return url;
}

/** Checks a store write and returns a clean copy; throws `ValidationError` naming the field. */
export function validateStoreWrite(value: unknown, path = "write"): StoreWrite {
  const o = object(value, path);
  if (o.kind === "item") {
    return {
      kind: "item",
      url: webUrl(o.url, `${path}.url`),
      key: string(o.key, `${path}.key`, LIMITS.text),
      change: itemChange(o.change, `${path}.change`),
    };
  }
  if (o.kind !== "checklist")
    throw new ValidationError(`${path}.kind must be "checklist" or "item"`);
  const info = object(o.info, `${path}.info`);
  if (!Array.isArray(o.entries) || o.entries.length > LIMITS.itemsPerArticle) {
    throw new ValidationError(
      `${path}.entries must be a list of at most ${LIMITS.itemsPerArticle}`,
    );
  }
  const entries = o.entries.map((v: unknown, i: number) => {
    const e = object(v, `${path}.entries[${i}]`);
    return {
      storedKey: nullableString(e.storedKey, `${path}.entries[${i}].storedKey`, LIMITS.text),
      anchor: anchor(e.anchor, `${path}.entries[${i}].anchor`),
      snapshot: snapshot(e.snapshot, `${path}.entries[${i}].snapshot`),
    };
  });
  let change: { target: number; change: ItemChange } | null = null;
  if (o.change !== null && o.change !== undefined) {
    const c = object(o.change, `${path}.change`);
    const target = position(c.target, `${path}.change.target`);
    if (target >= entries.length)
      throw new ValidationError(`${path}.change.target is past the entries`);
    change = { target, change: itemChange(c.change, `${path}.change.change`) };
  }
  return {
    kind: "checklist",
    info: {
      url: webUrl(info.url, `${path}.info.url`),
      title: string(info.title, `${path}.info.title`, LIMITS.text),
      published: nullableString(info.published, `${path}.info.published`, LIMITS.short),
    },
    entries,
    change,
  };
}
