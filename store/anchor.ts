/**
 * Quote anchors: how a checklist item remembers which sentence it belongs to.
 */
import type { Directive, TextBlock } from "../core/types";
import type { DirectiveSnapshot, QuoteAnchor } from "./schema";

/** Characters of context kept on each side of the sentence. */
export const CONTEXT_CHARS = 32;

/** Whitespace collapsed and NFC, so the same sentence always compares equal. */
export function normalizeQuote(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The anchor of a directive: its sentence and up to 32 characters before and after it. */
export function anchorOf(directive: Directive, blocks: readonly TextBlock[]): QuoteAnchor {
  const block = blocks.find((b) => b.index === directive.block);
  const text = block?.text ?? "";
  return {
    exact: normalizeQuote(directive.text),
    prefix: normalizeQuote(
      text.slice(Math.max(0, directive.start - CONTEXT_CHARS), directive.start),
    ),
    suffix: normalizeQuote(text.slice(directive.end, directive.end + CONTEXT_CHARS)),
  };
}

/** A short stable id for an anchor (FNV-1a over prefix, sentence and suffix), used as item key. */
export function anchorKey(anchor: QuoteAnchor): string {
  const input = `${anchor.prefix}\u241f${anchor.exact}\u241f${anchor.suffix}`;
  // Two 32-bit FNV-1a passes with different seeds: collisions between sentences of one article
  // would merge two checklist items, so 64 bits keep that out of reach.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x85ebca6b) >>> 0;
  }
  return `q${a.toString(36)}${b.toString(36)}`;
}

/** What the checklist keeps of a directive, so it can be shown when the page no longer has it. */
export function snapshotOf(directive: Directive): DirectiveSnapshot {
  return {
    text: normalizeQuote(directive.text),
    gloss_en: directive.gloss_en,
    kind: directive.kind,
    force: directive.force,
    issuer: directive.issuer ? { text: directive.issuer.text, en: directive.issuer.en } : null,
    addressees: directive.addressees.map((p) => ({ text: p.text, en: p.en })),
    deadline: directive.deadline
      ? { text: directive.deadline.text, en: directive.deadline.en }
      : null,
    citations: [...directive.citations],
  };
}
