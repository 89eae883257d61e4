/**
 * The term matcher for one block: trie hits at every token, the entry each hit stands for,
 * title + name mentions, then overlaps resolved to the longest match.
 */
import { blockUnits } from "../block-units";
import { stripDiacritics } from "../normalize";
import type { TermMatch, TextBlock } from "../types";
import type { TermIndex } from "./build";
import { noteOn } from "./note";
import { nameAt, personEnglish } from "./person";
import { type ChosenForm, chooseForm } from "./select";
import { todayIso } from "./today";
import { originalSpan, type Tokens, tokenizeViews } from "./tokens";
import { type FormRef, hitsFrom, newHitBuffer } from "./trie";

/** Options of `matchTerms`. */
export interface MatchOptions {
  /** ISO date of the article (yyyy-mm-dd); null = today. */
  readonly articleDate: string | null;
}

/**
 * A hit whose entry is decided: tokens [start, end); for a title + name mention, also the name's
 * tokens and the institution between them. One class, so every hit has the same shape (object
 * spreads and mixed shapes made this loop several times slower).
 */
class Candidate {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly chosen: ChosenForm,
    readonly name: { readonly first: number; readonly last: number } | null = null,
    readonly institution: Candidate | null = null,
  ) {}
}

type Resolved = Candidate;

/** Trie hits of one start token, reused (the matcher runs one block at a time). */
const scratchHits = newHitBuffer();

/** Resolved hits per start token, shortest first (undefined where none starts). */
function resolveHits(index: TermIndex, tokens: Tokens, date: string): (Resolved[] | undefined)[] {
  const byStart: (Resolved[] | undefined)[] = new Array(tokens.count);
  const hits = scratchHits;
  for (let i = 0; i < tokens.count; i++) {
    if ((tokens.ids[i] as number) < 0) continue;
    const found = hitsFrom(index.root, tokens.ids, i, tokens.count, hits);
    for (let h = 0; h < found; h++) {
      const end = hits.ends[h] as number;
      const forms = hits.forms[h] as readonly FormRef[];
      const chosen = chooseForm(index, tokens, i, end, forms, date);
      if (!chosen) continue;
      let list = byStart[i];
      if (!list) {
        list = [];
        byStart[i] = list;
      }
      list.push(new Candidate(i, end, chosen));
    }
  }
  return byStart;
}

/**
 * Extends a title hit by a following institution and a personal name ("Thứ trưởng Bộ Công
 * Thương Nguyễn Sinh Nhật Tân"); returns the hit unchanged when no name follows.
 */
function withPerson(
  hit: Resolved,
  tokens: Tokens,
  byStart: readonly (Resolved[] | undefined)[],
): Candidate {
  if (hit.chosen.entry.category !== "title") return hit;
  const startsTerm = (k: number) => byStart[k] !== undefined;
  const following = byStart[hit.end];
  const institution = following?.[following.length - 1];
  if (institution && institution.chosen.entry.category === "institution") {
    const name = nameAt(tokens, institution.end, startsTerm);
    return name ? new Candidate(hit.start, name.last, hit.chosen, name, institution) : hit;
  }
  const name = nameAt(tokens, hit.end, startsTerm);
  return name ? new Candidate(hit.start, name.last, hit.chosen, name, null) : hit;
}

/** Length of tokens [start, end) in the view, the measure of "longest". */
function viewLength(tokens: Tokens, c: Resolved): number {
  return (tokens.ends[c.end - 1] as number) - (tokens.starts[c.start] as number);
}

/** Tokens taken by accepted candidates, reused from block to block (cleared before use). */
let scratchTaken = new Uint8Array(256);
/** Sort keys of overlapping candidates, reused from block to block. */
let scratchKeys = new Float64Array(64);

/** Candidates that do not overlap, longest first, then leftmost; returned in reading order. */
function resolveOverlaps(tokens: Tokens, candidates: Candidate[]): Candidate[] {
  // Usual case: candidates (in start order) do not overlap at all.
  let overlap = false;
  for (let k = 1; k < candidates.length && !overlap; k++) {
    overlap = (candidates[k] as Candidate).start < (candidates[k - 1] as Candidate).end;
  }
  if (!overlap) return candidates;
  // Longest first, then leftmost: candidates are in start order at distinct tokens, so the
  // position in the list breaks ties as the start does. One number per candidate (length
  // descending, then position) sorts natively instead of through a comparator.
  const n = candidates.length;
  let longest = 0;
  for (const c of candidates) longest = Math.max(longest, viewLength(tokens, c));
  if (scratchKeys.length < n) scratchKeys = new Float64Array(2 * n);
  const keys = scratchKeys.subarray(0, n);
  for (let k = 0; k < n; k++) {
    keys[k] = (longest - viewLength(tokens, candidates[k] as Candidate)) * n + k;
  }
  keys.sort();
  if (scratchTaken.length < tokens.count) scratchTaken = new Uint8Array(2 * tokens.count);
  const taken = scratchTaken;
  taken.fill(0, 0, tokens.count);
  // Accepted candidates are marked, then read back in start order (no second sort).
  const accepted = new Uint8Array(n);
  for (let o = 0; o < n; o++) {
    const k = (keys[o] as number) % n;
    const c = candidates[k] as Candidate;
    let free = true;
    for (let t = c.start; t < c.end && free; t++) free = taken[t] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    accepted[k] = 1;
  }
  const out: Candidate[] = [];
  for (let k = 0; k < n; k++) if (accepted[k] === 1) out.push(candidates[k] as Candidate);
  return out;
}

/** Shorter entries inside a match, once per entry, in reading order. */
function nestedIn(
  match: Candidate,
  tokens: Tokens,
  byStart: readonly (Resolved[] | undefined)[],
): TermMatch["nested"] {
  if (match.end - match.start < 2) return NO_NESTED;
  const own = match.chosen.entry.id;
  let nested: { entryId: string; text: string; en: string }[] | null = null;
  for (let k = match.start; k < match.end; k++) {
    const hits = byStart[k];
    if (!hits) continue;
    // Longest first at each start, so the reading order is outer before inner.
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h] as Resolved;
      const entry = hit.chosen.entry;
      if (hit.end > match.end || entry.id === own) continue;
      if (nested?.some((n) => n.entryId === entry.id)) continue;
      nested ??= [];
      const [start, end] = originalSpan(tokens, hit.start, hit.end);
      nested.push({ entryId: entry.id, text: tokens.original.slice(start, end), en: entry.en });
    }
  }
  return nested ?? NO_NESTED;
}

/** Shared by matches without nested entries (most of them). */
const NO_NESTED: TermMatch["nested"] = Object.freeze([]);

function toTermMatch(
  note: string,
  block: TextBlock,
  tokens: Tokens,
  c: Candidate,
  byStart: readonly (Resolved[] | undefined)[],
): TermMatch {
  const form = c.chosen;
  const entry = form.entry;
  const [start, end] = originalSpan(tokens, c.start, c.end);
  let person: TermMatch["person"] = null;
  let en = entry.en;
  if (c.name) {
    const [nameStart, nameEnd] = originalSpan(tokens, c.name.first, c.name.last);
    const name = block.text.slice(nameStart, nameEnd).normalize("NFC").replace(/\s+/g, " ");
    const ascii = stripDiacritics(name);
    person = { name, ascii, start: nameStart };
    en = personEnglish(entry.en, c.institution?.chosen.entry.en ?? null, ascii);
  }
  return {
    type: "term",
    block: block.index,
    start,
    end,
    text: block.text.slice(start, end),
    entryId: entry.id,
    vi: entry.vi,
    en,
    category: entry.category,
    note,
    expansion: form.casedKey !== null && form.kind !== "vi" ? entry.vi : null,
    person,
    nested: nestedIn(c, tokens, byStart),
  };
}

/** Hover-card notes by entry index for one date, per index (every block of an article asks). */
const noteCache = new WeakMap<TermIndex, { date: string; notes: (string | undefined)[] }>();

/** The note cache of `index` for `date` (emptied when the date changes). */
function notesOn(index: TermIndex, date: string): (string | undefined)[] {
  let cache = noteCache.get(index);
  if (!cache || cache.date !== date) {
    cache = { date, notes: new Array<string | undefined>(index.entries.length) };
    noteCache.set(index, cache);
  }
  return cache.notes;
}

/**
 * The glossary terms of one block, non-overlapping, in reading order, with original offsets.
 * One pass over the tokens; at each token the trie walk stops at the first syllable no form
 * continues with, so the cost does not grow with the glossary.
 */
export function matchTerms(index: TermIndex, block: TextBlock, options: MatchOptions): TermMatch[] {
  // The block's views are kept for the stages that read it next (citations and dates).
  const tokens = tokenizeViews(block.text, blockUnits(block), index.vocabulary);
  if (tokens.count === 0) return [];
  const byStart = resolveHits(index, tokens, options.articleDate ?? todayIso());
  const candidates: Candidate[] = [];
  for (const hits of byStart) {
    const longest = hits?.[hits.length - 1];
    if (longest) candidates.push(withPerson(longest, tokens, byStart));
  }
  const date = options.articleDate ?? todayIso();
  const notes = notesOn(index, date);
  return resolveOverlaps(tokens, candidates).map((c) => {
    const form = c.chosen;
    let note = notes[form.entryIndex];
    if (note === undefined) {
      note = noteOn(index, form.entry.id, date);
      notes[form.entryIndex] = note;
    }
    return toTermMatch(note, block, tokens, c, byStart);
  });
}
