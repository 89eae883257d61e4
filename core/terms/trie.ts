import { unitsToString } from "../normalize";
import type { GlossaryEntry } from "../types";

/**
 * A syllable trie: glossary forms as sequences of token ids (syllables and punctuation marks of
 * the folded view). Matching walks it from each token of a text, so the cost is linear in the
 * text (times the longest form's length in tokens) and independent of the glossary size.
 */

/** How a glossary form was written, which decides how it matches. */
export type FormKind = "vi" | "alias" | "abbr";

/** One glossary form ending at a trie node. */
export interface FormRef {
  /** Index of the entry in `TermIndex.entries`. */
  readonly entryIndex: number;
  /** The entry itself. */
  readonly entry: GlossaryEntry;
  readonly kind: FormKind;
  /**
   * For case-sensitive forms (abbreviations), the cased view's tokens joined by spaces
   * ("TP . HCM"); the text must have exactly these. null = case-insensitive.
   */
  readonly casedKey: string | null;
  /** True for forms derived from `vi` (a trailing "(…)" qualifier dropped): lower priority. */
  readonly derived: boolean;
}

/** A node of the syllable trie. */
export interface TrieNode {
  children: Map<number, TrieNode> | null;
  /** Forms that end here (several entries may share a key), or null. */
  forms: FormRef[] | null;
  /**
   * The children's token ids and the children, in insertion order (null while there are none):
   * the matcher scans these when there are few (cheaper than a Map lookup).
   */
  childIds: number[] | null;
  childNodes: TrieNode[] | null;
  /**
   * One bit per child, at its token id modulo 32: a clear bit proves there is no child for an id
   * (the matcher asks at most tokens of a text for a child that is not there).
   */
  childBits: number;
}

/** The UTF-16 code units of a string. */
function toUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Start value of the token hash (FNV-1a). */
export const HASH_SEED = 0x811c9dc5;

/** One step of the token hash: `h` after one more code unit. Finish with `>>> 0`. */
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

/** FNV-1a over code units [start, end) of `units`. */
function hashUnits(units: Uint16Array, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, units[i] as number);
  return h >>> 0;
}

/**
 * Token ids: every distinct folded token of the glossary forms gets one. Text tokens are looked
 * up straight from the view's code units in an open-addressing hash table, so matching creates
 * no string per token.
 */
export class Vocabulary {
  private readonly tokens: string[] = [];
  private hashes = new Uint32Array(16);
  /** Slot → token id + 1 (0 = empty); size a power of two, at most half full. */
  private slots = new Int32Array(32);

  /** The id of `token`, adding it when new. */
  intern(token: string): number {
    const units = toUnits(token);
    const found = this.lookupUnits(units, 0, units.length);
    if (found >= 0) return found;
    return this.add(token, hashUnits(units, 0, units.length));
  }

  /** Adds a token not yet in the vocabulary, with its hash; returns its id. */
  private add(token: string, h: number): number {
    const id = this.tokens.length;
    this.tokens.push(token);
    if (id >= this.hashes.length) {
      const hashes = new Uint32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = h;
    if (2 * this.tokens.length > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[id] as number) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 0; id < this.tokens.length; id++) this.place(id);
  }

  /** The id of the token in code units [start, end) of `units`, or -1 when no form has it. */
  lookupUnits(units: Uint16Array, start: number, end: number): number {
    return this.lookupHashed(units, start, end, hashUnits(units, start, end));
  }

  /** As `lookupUnits`, with the token's hash computed by the caller (see `hashStep`). */
  lookupHashed(units: Uint16Array, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== h) continue;
      const token = this.tokens[id] as string;
      if (token.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = token.charCodeAt(k) === units[start + k];
      if (same) return id;
    }
  }

  /**
   * The id of the token in code units [start, end) of `units` whose hash is `h` (see
   * `hashStep`), adding it when new; makes a string only for a new token.
   */
  internUnits(units: Uint16Array, start: number, end: number, h: number): number {
    const found = this.lookupHashed(units, start, end, h);
    if (found >= 0) return found;
    return this.add(unitsToString(units, start, end), h);
  }

  /** The id of `token`, or -1 when no glossary form contains it. */
  lookup(token: string): number {
    const units = toUnits(token);
    return this.lookupUnits(units, 0, units.length);
  }

  get size(): number {
    return this.tokens.length;
  }
}

/** An empty trie node. */
export function newNode(): TrieNode {
  return { children: null, forms: null, childIds: null, childNodes: null, childBits: 0 };
}

/** Nodes with at most this many children are searched by a scan of `childIds`; others by the Map. */
const SCANNED_CHILDREN = 8;

/** The child of `node` (which has children) for token `id`. */
function childOf(node: TrieNode, id: number): TrieNode | undefined {
  if ((node.childBits & (1 << (id & 31))) === 0) return undefined;
  const ids = node.childIds as number[];
  if (ids.length > SCANNED_CHILDREN) return node.children?.get(id);
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return (node.childNodes as TrieNode[])[k];
  return undefined;
}

/** Adds a form (its token ids: the first `count` of `ids`) to the trie. */
export function insertForm(
  root: TrieNode,
  ids: ArrayLike<number>,
  count: number,
  form: FormRef,
): void {
  let node = root;
  for (let k = 0; k < count; k++) {
    const id = ids[k] as number;
    node.children ??= new Map();
    let child = node.children.get(id);
    if (!child) {
      child = newNode();
      node.children.set(id, child);
      node.childIds ??= [];
      node.childNodes ??= [];
      node.childIds.push(id);
      node.childNodes.push(child);
      node.childBits |= 1 << (id & 31);
    }
    node = child;
  }
  node.forms ??= [];
  node.forms.push(form);
}

/**
 * Tidies the forms of every node once the glossary is loaded: a derived form gives way to an
 * exact form of the same key, and one entry keeps a single form per key (a case-insensitive one
 * when it has both, since that matches a superset).
 */
export function finalizeTrie(root: TrieNode): void {
  const stack: TrieNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    // Most keys belong to one form, which has nothing to tidy.
    if (node.forms && node.forms.length > 1) node.forms = tidyForms(node.forms);
    if (node.children) for (const child of node.children.values()) stack.push(child);
  }
}

function tidyForms(forms: readonly FormRef[]): FormRef[] {
  const exact = forms.some((f) => !f.derived);
  const byEntry = new Map<number, FormRef>();
  for (const form of forms) {
    if (exact && form.derived) continue;
    const kept = byEntry.get(form.entryIndex);
    if (!kept || (kept.casedKey !== null && form.casedKey === null)) {
      byEntry.set(form.entryIndex, form);
    }
  }
  return [...byEntry.values()];
}

/** Where forms end, filled by `hitsFrom`: token ends and the node's forms, shortest first. */
export interface HitBuffer {
  readonly ends: number[];
  readonly forms: (readonly FormRef[])[];
  count: number;
}

/** An empty hit buffer, reused from one `hitsFrom` call to the next. */
export function newHitBuffer(): HitBuffer {
  return { ends: [], forms: [], count: 0 };
}

/**
 * Every form that starts at token `start` of `ids` (-1 = a token no form contains), shortest
 * first, written into `out` (which is cleared); returns how many. `ids[start]` must be >= 0.
 */
export function hitsFrom(
  root: TrieRoot,
  ids: Int32Array,
  start: number,
  count: number,
  out: HitBuffer,
): number {
  out.count = 0;
  let node: TrieNode | undefined = root.first[ids[start] as number];
  for (let j = start; node; ) {
    if (node.forms) {
      out.ends[out.count] = j + 1;
      out.forms[out.count] = node.forms;
      out.count++;
    }
    j++;
    const id = j < count ? (ids[j] as number) : -1;
    if (id < 0 || !node.children) break;
    node = childOf(node, id);
  }
  return out.count;
}

/**
 * The trie with its first level as a dense array by token id: most text tokens are looked up
 * there and go no further, so that lookup is an array read rather than a Map lookup.
 */
export interface TrieRoot {
  readonly node: TrieNode;
  readonly first: readonly (TrieNode | undefined)[];
}

/** The first level of `root` indexed by token id (`size` = vocabulary size). */
export function trieRoot(root: TrieNode, size: number): TrieRoot {
  const first: (TrieNode | undefined)[] = new Array(size).fill(undefined);
  for (const [id, child] of root.children ?? []) first[id] = child;
  return { node: root, first };
}
