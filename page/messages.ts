/**
 * Messages between the popup, the background and the content script. Each message is a plain
 * object with a `type` beginning "policy-lens/"; receivers validate with `parseRequest` and ignore
 * anything else.
 */
import type { Analysis } from "../core/types";
import type { PageState } from "./state";

/** What the popup (or the background) may ask a tab's content script. */
export type Request =
  | { readonly type: "policy-lens/get-state" }
  | { readonly type: "policy-lens/set-highlights"; readonly on: boolean }
  /** Scroll to an annotation and flash it: `kind` and its index in the Analysis list. */
  | {
      readonly type: "policy-lens/show";
      readonly kind: "directive" | "term" | "citation" | "date";
      readonly index: number;
    }
  /** A keyboard command (manifest `commands`), forwarded by the background to the active tab. */
  | { readonly type: "policy-lens/command"; readonly command: PageCommand };

/** The keyboard commands a page understands. */
export type PageCommand = "toggle-highlights" | "next-directive";

/** The content script's answer to get-state. */
export interface StateResponse {
  readonly state: PageState;
  readonly analysis: Analysis | null;
  readonly highlightsOn: boolean;
  /** A short English message when state is "error" or "skipped". */
  readonly message: string | null;
}

/** Sent by the content script to the background when the open directive count changes. */
export interface BadgeMessage {
  readonly type: "policy-lens/badge";
  readonly open: number | null;
}

/**
 * Sent by the content script to the background when a term's hover card opens: the glossary notes
 * live in the background (they are not bundled into the content script).
 */
export interface NoteRequest {
  readonly type: "policy-lens/note";
  readonly entryId: string;
}

/** The background's answer to a note request: the entry's English note, "" when it has none. */
export interface NoteResponse {
  readonly note: string;
}

/** Longest entry id a note request may carry (glossary ids are far shorter). */
export const MAX_ENTRY_ID_LENGTH = 80;
const ENTRY_ID = /^[a-z0-9-]+$/;
// Notes are a sentence or two; anything much longer is not an answer of ours.
const MAX_NOTE_LENGTH = 2000;

const KINDS = new Set(["directive", "term", "citation", "date"]);

/** Validates an incoming request; returns null for anything that is not one of ours. */
export function parseRequest(value: unknown): Request | null {
  if (typeof value !== "object" || value === null) return null;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case "policy-lens/get-state":
      return { type: "policy-lens/get-state" };
    case "policy-lens/set-highlights":
      return typeof message.on === "boolean"
        ? { type: "policy-lens/set-highlights", on: message.on }
        : null;
    case "policy-lens/show":
      return typeof message.kind === "string" &&
        KINDS.has(message.kind) &&
        Number.isInteger(message.index) &&
        (message.index as number) >= 0
        ? {
            type: "policy-lens/show",
            kind: message.kind as "directive" | "term" | "citation" | "date",
            index: message.index as number,
          }
        : null;
    case "policy-lens/command":
      return message.command === "toggle-highlights" || message.command === "next-directive"
        ? { type: "policy-lens/command", command: message.command }
        : null;
    default:
      return null;
  }
}

/** Validates a badge message from a content script. */
export function parseBadge(value: unknown): BadgeMessage | null {
  if (typeof value !== "object" || value === null) return null;
  const message = value as Record<string, unknown>;
  if (message.type !== "policy-lens/badge") return null;
  const open = message.open;
  if (open === null) return { type: "policy-lens/badge", open: null };
  return Number.isInteger(open) && (open as number) >= 0
    ? { type: "policy-lens/badge", open: open as number }
    : null;
}

/** Validates a note request: `entryId` must be a short string of `[a-z0-9-]`. */
export function parseNoteRequest(value: unknown): NoteRequest | null {
  if (typeof value !== "object" || value === null) return null;
  const message = value as Record<string, unknown>;
  if (message.type !== "policy-lens/note") return null;
  const { entryId } = message;
  return typeof entryId === "string" &&
    entryId.length <= MAX_ENTRY_ID_LENGTH &&
    ENTRY_ID.test(entryId)
    ? { type: "policy-lens/note", entryId }
    : null;
}

/** Validates the background's answer to a note request; "" for anything else (or no answer). */
export function parseNoteResponse(value: unknown): string {
  if (typeof value !== "object" || value === null) return "";
  const note = (value as Record<string, unknown>).note;
  return typeof note === "string" && note.length <= MAX_NOTE_LENGTH ? note : "";
}

/**
 * The background's answer to a message when it is a valid note request from this extension
 * itself, looking the note up with `noteOf`; null otherwise (the message is not for this handler,
 * or comes from a web page or another extension).
 */
export function answerNoteRequest(
  message: unknown,
  sender: SenderLike | undefined,
  extensionId: string | undefined,
  noteOf: (entryId: string) => string,
): NoteResponse | null {
  const request = parseNoteRequest(message);
  if (!request || !isOwnSender(sender, extensionId)) return null;
  return { note: noteOf(request.entryId) };
}

/** The parts of `runtime.MessageSender` the receivers look at. */
export interface SenderLike {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number; readonly url?: string };
}

/**
 * True when a message comes from this extension itself (its popup, background or content
 * scripts). Web pages and other extensions have another id, or none; an empty id (a context
 * whose extension was reloaded) never counts as ours.
 */
export function isOwnSender(sender: SenderLike | undefined, extensionId: string | undefined) {
  return typeof extensionId === "string" && extensionId !== "" && sender?.id === extensionId;
}

/**
 * The tab whose badge a badge message may set: only our own content script, running in a tab,
 * sets its own tab's badge. Null for any other sender.
 */
export function badgeTabOf(
  sender: SenderLike | undefined,
  extensionId: string | undefined,
): number | null {
  const tabId = sender?.tab?.id;
  return isOwnSender(sender, extensionId) && Number.isInteger(tabId) && (tabId as number) >= 0
    ? (tabId as number)
    : null;
}
