/**
 * The glossary notes a content script has fetched for its hover cards: each entry's note is asked
 * for once, and kept for the life of the page.
 */

/** Notes by entry id, fetched through `fetchNote` on first use. */
export class NoteCache {
  private readonly known = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly fetchNote: (entryId: string) => Promise<string>) {}

  /** The note of `entryId` if it has arrived, else undefined. */
  cached(entryId: string): string | undefined {
    return this.known.get(entryId);
  }

  /**
   * The note of `entryId`, fetched on first call; concurrent calls share one request. A failed
   * fetch resolves to "" and is forgotten, so a later card may ask again; it never rejects.
   */
  load(entryId: string): Promise<string> {
    const known = this.known.get(entryId);
    if (known !== undefined) return Promise.resolve(known);
    let request = this.pending.get(entryId);
    if (!request) {
      // `new Promise` also turns a synchronous throw of `fetchNote` into a rejection.
      request = new Promise<string>((resolve) => resolve(this.fetchNote(entryId))).then(
        (note) => {
          this.known.set(entryId, note);
          this.pending.delete(entryId);
          return note;
        },
        () => {
          this.pending.delete(entryId);
          return "";
        },
      );
      this.pending.set(entryId, request);
    }
    return request;
  }
}
