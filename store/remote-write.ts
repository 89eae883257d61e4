/**
 * Checklist writes made by the popup and carried out by the background. A toolbar popup closes
 * the moment the reader clicks elsewhere, and its page dies with whatever it was still awaiting:
 * a note flushed on close, queued behind the store's lock, was lost. Sent as a message, the write
 * leaves the popup at once (the message is dispatched synchronously) and the background, which
 * outlives the popup, completes it. Both sides validate what crosses.
 */
import { browser } from "wxt/browser";
import { changeStoredItem, StoreError, saveChecklist } from "./articles";
import { decodeArticle } from "./migrate";
import type { SavedArticle } from "./schema";
import { type StoreWrite, ValidationError, validateStoreWrite } from "./validate";

export const STORE_WRITE = "policy-lens/store-write";

/** The message: one write. */
export interface StoreWriteRequest {
  readonly type: typeof STORE_WRITE;
  readonly write: StoreWrite;
}

/** The background's answer: the record as stored, or the store's error code. */
export type StoreWriteAnswer =
  | { readonly ok: true; readonly record: SavedArticle | null }
  | { readonly ok: false; readonly code: StoreError["code"]; readonly message: string };

/** Carries out a write in this context (the background, or a popup with no background). */
export async function performWrite(write: StoreWrite): Promise<SavedArticle | null> {
  if (write.kind === "item") return changeStoredItem(write.url, write.key, write.change);
  return saveChecklist(write.info, write.entries, write.change ?? undefined);
}

/**
 * The background's side: answers a store-write request from one of the extension's own pages
 * (not a content script: those run in web pages and never write the store). Undefined for any
 * other message, so other listeners may answer it.
 */
export function answerStoreWrite(
  message: unknown,
  sender: { id?: string; url?: string },
  ownId: string,
  ownOrigin: string,
  perform: (write: StoreWrite) => Promise<SavedArticle | null> = performWrite,
): Promise<StoreWriteAnswer> | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  if ((message as { type?: unknown }).type !== STORE_WRITE) return undefined;
  if (sender.id !== ownId || !sender.url?.startsWith(ownOrigin)) return undefined;
  let write: StoreWrite;
  try {
    write = validateStoreWrite((message as { write?: unknown }).write);
  } catch (error) {
    const text = error instanceof ValidationError ? error.message : String(error);
    return Promise.resolve({ ok: false, code: "failed", message: `Refused: ${text}` });
  }
  return perform(write).then(
    (record): StoreWriteAnswer => ({ ok: true, record }),
    (error: unknown): StoreWriteAnswer =>
      error instanceof StoreError
        ? { ok: false, code: error.code, message: error.message }
        : { ok: false, code: "failed", message: String(error) },
  );
}

/** The stored record of an answer, or a `StoreError`; null when it is no answer of ours. */
function readAnswer(answer: unknown): SavedArticle | null | StoreError | undefined {
  if (typeof answer !== "object" || answer === null) return undefined;
  const a = answer as Record<string, unknown>;
  if (a.ok === false) {
    const code = a.code === "quota" || a.code === "unreadable" ? a.code : "failed";
    return new StoreError(code, typeof a.message === "string" ? a.message : "Could not save");
  }
  if (a.ok !== true) return undefined;
  if (a.record === null) return null;
  const decoded = decodeArticle(a.record);
  return decoded.ok ? decoded.record : new StoreError("failed", decoded.reason);
}

/**
 * The popup's side: sends a write to the background and resolves with the stored record; rejects
 * with a `StoreError` when the background could not store it. When no background answers (it is
 * being updated, or in a test without one), the write is carried out here instead.
 */
export async function sendWrite(
  write: StoreWrite,
  send: (message: StoreWriteRequest) => Promise<unknown> = (message) =>
    browser.runtime.sendMessage(message),
  local: (write: StoreWrite) => Promise<SavedArticle | null> = performWrite,
): Promise<SavedArticle | null> {
  let answer: unknown;
  try {
    answer = await send({ type: STORE_WRITE, write });
  } catch {
    return local(write);
  }
  const read = readAnswer(answer);
  if (read === undefined) return local(write);
  if (read instanceof StoreError) throw read;
  return read;
}
