/**
 * What Policy Lens keeps about an article the reader worked on: the checklist of directives with
 * ticks and notes. One record per article, stored under its own key so that two popups saving
 * different articles never touch the same value.
 */
import type { DirectiveForce, DirectiveKind } from "../core/types";

/** Version of the stored article record. Bump it and add a migration in `migrate.ts`. */
export const RECORD_VERSION = 1;

/** Prefix of every article key in `browser.storage.local`. */
export const ARTICLE_KEY_PREFIX = "policy-lens:article:";

/**
 * Where a checklist item sits in the article, Hypothesis-style: the sentence itself plus a little
 * text before and after, so the item can be found again when the page changes a little.
 */
export interface QuoteAnchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A copy of the directive as it was when the item was saved: the checklist outlives the page. */
export interface DirectiveSnapshot {
  readonly text: string;
  readonly gloss_en: string;
  readonly kind: DirectiveKind;
  readonly force: DirectiveForce;
  /** Issuer as written and in English, or null. */
  readonly issuer: { readonly text: string; readonly en: string } | null;
  readonly addressees: readonly { readonly text: string; readonly en: string }[];
  /** The deadline as written and in English, or null. */
  readonly deadline: { readonly text: string; readonly en: string } | null;
  readonly citations: readonly string[];
}

/** One checklist item: the reader's tick and note on one directive. */
export interface SavedItem {
  readonly anchor: QuoteAnchor;
  readonly checked: boolean;
  readonly note: string;
  /** Epoch milliseconds of the reader's last change; newer wins when two writes meet. */
  readonly updatedAt: number;
  /** Index of the directive in the article when last seen, for reading order. */
  readonly position: number;
  readonly directive: DirectiveSnapshot;
}

/** The stored record of one article. */
export interface SavedArticle {
  readonly version: typeof RECORD_VERSION;
  /** Canonical URL of the article. */
  readonly url: string;
  readonly title: string;
  /** ISO 8601 publication time, or null. */
  readonly published: string | null;
  readonly savedAt: number;
  readonly updatedAt: number;
  /** Items keyed by `anchorKey(anchor)`. */
  readonly items: Readonly<Record<string, SavedItem>>;
}

/** A record that could not be read, with the reason (shown to the reader, never thrown). */
export interface StoreProblem {
  readonly key: string;
  readonly reason: string;
}
