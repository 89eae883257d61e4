/**
 * Analysis in the extension's background instead of the page. The background's code stays
 * compiled and warm between articles, while a content script starts cold on every page; and the
 * page's main thread is then never busy with analysis at all.
 *
 * The two sides talk over a port named `policy-lens/analyze`, in parts: the content script sends
 * the article's text blocks in input parts of bounded size, the background answers with the
 * annotations (offsets into those blocks) in result parts of bounded size. Each message is
 * serialized and read in a task of its own, so a very long article never costs the page one long
 * task for the transfer. Both directions are validated part by part: a malformed input part closes
 * the port, a malformed result part is refused.
 */
import type {
  Analysis,
  ArticleInput,
  ArticleMeta,
  BlockKind,
  CitationMatch,
  DateMatch,
  Directive,
  TermCategory,
  TermMatch,
  TextBlock,
} from "../core/types";
import { TERM_CATEGORIES } from "../core/types";

/** Name of the port the content script opens to the background. */
export const ANALYZE_PORT = "policy-lens/analyze";

/** Largest article text the background accepts, in characters (the page refuses larger ones). */
export const MAX_REMOTE_CHARS = 4_000_000;
const MAX_BLOCKS = 100_000;
/** Characters of block text per input part (a longer single block travels alone). */
export const INPUT_PART_CHARS = 64_000;
/** Annotations per result part. */
export const RESULT_PART_ITEMS = 600;
const KINDS: ReadonlySet<string> = new Set<BlockKind>(["title", "lead", "heading", "paragraph"]);
const CATEGORIES: ReadonlySet<string> = new Set<string>(TERM_CATEGORIES);

/** Content script → background: a run of the article's blocks; the first part carries the meta. */
export interface InputPart {
  readonly type: "policy-lens/analyze-input";
  readonly meta?: ArticleMeta;
  readonly blocks: readonly TextBlock[];
  readonly last: boolean;
}

/**
 * What a term match shares with every other match of the same entry: sent once per article
 * (a long article names the same bodies hundreds of times).
 */
export type TermEntryFields = Pick<
  TermMatch,
  "entryId" | "vi" | "en" | "category" | "note" | "expansion"
>;

/**
 * A term match on the wire: block, start, end, index into the entry table, then the person and
 * nested entries when there are any. Its text is the block's text over [start, end).
 */
export type WireTerm =
  | readonly [number, number, number, number]
  | readonly [number, number, number, number, TermMatch["person"], TermMatch["nested"]];

/** Background → content script: some of the annotations, in the order of the full lists. */
export interface ResultPart {
  readonly type: "policy-lens/analysis-part";
  /** Entries first used in this part, appended to the table built from earlier parts. */
  readonly termEntries: readonly TermEntryFields[];
  readonly terms: readonly WireTerm[];
  readonly citations: readonly CitationMatch[];
  readonly dates: readonly DateMatch[];
  readonly directives: readonly Directive[];
  readonly last: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Splits an article into input parts of about `maxChars` characters of text each. */
export function inputParts(input: ArticleInput, maxChars = INPUT_PART_CHARS): InputPart[] {
  const parts: InputPart[] = [];
  let blocks: TextBlock[] = [];
  let chars = 0;
  const flush = (last: boolean) => {
    const part: InputPart =
      parts.length === 0
        ? { type: "policy-lens/analyze-input", meta: input.meta, blocks, last }
        : { type: "policy-lens/analyze-input", blocks, last };
    parts.push(part);
    blocks = [];
    chars = 0;
  };
  for (const block of input.blocks) {
    if (blocks.length > 0 && chars + block.text.length > maxChars) flush(false);
    blocks.push({ index: block.index, kind: block.kind, text: block.text });
    chars += block.text.length;
  }
  flush(true);
  return parts;
}

function parseMeta(value: unknown): ArticleMeta | null {
  if (!isRecord(value)) return null;
  const { url, title, lead, published } = value;
  if (typeof url !== "string" || typeof title !== "string" || typeof lead !== "string") return null;
  if (published !== null && typeof published !== "string") return null;
  return { url, title, lead, published };
}

/**
 * Reassembles the input parts of one article in the background. `accept` answers "more" while
 * parts are expected, the whole article after the last one, and null for anything malformed
 * (wrong type, missing meta, blocks out of order, too many characters): the port is then closed.
 */
export class InputCollector {
  private meta: ArticleMeta | null = null;
  private readonly blocks: TextBlock[] = [];
  private chars = 0;
  private failed = false;

  accept(message: unknown): "more" | ArticleInput | null {
    if (this.failed || !this.read(message)) {
      this.failed = true;
      return null;
    }
    const last = (message as InputPart).last;
    return last ? { meta: this.meta as ArticleMeta, blocks: this.blocks } : "more";
  }

  private read(message: unknown): boolean {
    if (!isRecord(message) || message.type !== "policy-lens/analyze-input") return false;
    if (typeof message.last !== "boolean" || !Array.isArray(message.blocks)) return false;
    if (this.meta === null) {
      this.meta = parseMeta(message.meta);
      if (!this.meta) return false;
    } else if (message.meta !== undefined) {
      return false;
    }
    for (const item of message.blocks as unknown[]) {
      const i = this.blocks.length;
      if (i >= MAX_BLOCKS || !isRecord(item) || item.index !== i) return false;
      if (typeof item.text !== "string" || typeof item.kind !== "string") return false;
      if (!KINDS.has(item.kind)) return false;
      this.chars += item.text.length;
      if (this.chars > MAX_REMOTE_CHARS) return false;
      // Only the fields a block has: nothing else the sender put in the object survives.
      this.blocks.push({ index: i, kind: item.kind as BlockKind, text: item.text });
    }
    return true;
  }
}

/** Splits an analysis into result parts of at most `maxItems` annotations (at least one part). */
export function resultParts(analysis: Analysis, maxItems = RESULT_PART_ITEMS): ResultPart[] {
  const lists = [analysis.terms, analysis.citations, analysis.dates, analysis.directives] as const;
  const parts: ResultPart[] = [];
  const cursor = [0, 0, 0, 0];
  const table = new TermTable();
  for (;;) {
    let room = maxItems;
    const slices = lists.map((list, i) => {
      const from = cursor[i] as number;
      const to = Math.min(list.length, from + room);
      room -= to - from;
      cursor[i] = to;
      return list.slice(from, to);
    });
    const last = lists.every((list, i) => cursor[i] === list.length);
    const newEntries = table.size;
    const terms = (slices[0] as TermMatch[]).map((term) => table.encode(term));
    parts.push({
      type: "policy-lens/analysis-part",
      termEntries: table.since(newEntries),
      terms,
      citations: slices[1] as CitationMatch[],
      dates: slices[2] as DateMatch[],
      directives: slices[3] as Directive[],
      last,
    });
    if (last) return parts;
  }
}

/** The entry table the background builds while encoding terms. */
class TermTable {
  private readonly index = new Map<string, number>();
  private readonly entries: TermEntryFields[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Entries added from position `from` on. */
  since(from: number): TermEntryFields[] {
    return this.entries.slice(from);
  }

  encode(term: TermMatch): WireTerm {
    const { entryId, vi, en, category, note, expansion } = term;
    // The same entry can carry another note (a renamed body, at the article's date): the key
    // holds every shared field.
    const key = `${entryId}\u0000${note}\u0000${expansion ?? "\u0001"}\u0000${vi}\u0000${en}\u0000${category}`;
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.entries.length;
      this.entries.push({ entryId, vi, en, category, note, expansion });
      this.index.set(key, at);
    }
    return term.person || term.nested.length > 0
      ? [term.block, term.start, term.end, at, term.person, term.nested]
      : [term.block, term.start, term.end, at];
  }
}

/**
 * Reassembles the background's result parts for the blocks that were sent. `accept` answers
 * "more" while parts are expected, the analysis after the last one, and null when a part is
 * malformed or an annotation falls outside the blocks sent (the whole answer is then refused).
 */
/** The nested list of every term without nested entries (most of them): one shared empty list. */
const NO_NESTED: TermMatch["nested"] = Object.freeze([]);

export class ResultCollector {
  private readonly terms: TermMatch[] = [];
  private readonly entries: TermEntryFields[] = [];
  private readonly citations: CitationMatch[] = [];
  private readonly dates: DateMatch[] = [];
  private readonly directives: Directive[] = [];
  private readonly texts = new Map<string, string>();
  private failed = false;

  constructor(private readonly input: ArticleInput) {}

  accept(message: unknown): "more" | Analysis | null {
    if (this.failed || !this.read(message)) {
      this.failed = true;
      return null;
    }
    if (!(message as ResultPart).last) return "more";
    // The blocks and meta are the page's own: the answer is bound to what was sent.
    return {
      meta: this.input.meta,
      blocks: this.input.blocks,
      terms: this.terms,
      citations: this.citations,
      dates: this.dates,
      directives: this.directives,
    };
  }

  private read(message: unknown): boolean {
    if (!isRecord(message) || message.type !== "policy-lens/analysis-part") return false;
    if (typeof message.last !== "boolean") return false;
    const { termEntries, terms, citations, dates, directives } = message;
    if (!this.inside(citations) || !this.inside(dates) || !this.inside(directives)) return false;
    if (!Array.isArray(termEntries) || !Array.isArray(terms)) return false;
    for (const entry of termEntries as unknown[]) {
      const fields = parseEntry(entry);
      if (!fields) return false;
      this.entries.push(fields);
    }
    const decoded: TermMatch[] = [];
    for (const wire of terms as unknown[]) {
      const term = this.decode(wire);
      if (!term) return false;
      decoded.push(term);
    }
    this.terms.push(...decoded);
    this.citations.push(...(citations as CitationMatch[]));
    this.dates.push(...(dates as DateMatch[]));
    this.directives.push(...(directives as Directive[]));
    return true;
  }

  /** A term match from its wire form, or null when it does not fit the blocks or the table. */
  private decode(wire: unknown): TermMatch | null {
    if (!Array.isArray(wire) || (wire.length !== 4 && wire.length !== 6)) return null;
    const [block, start, end, at, person = null, nested = NO_NESTED] = wire as unknown[];
    const text = this.input.blocks[block as number]?.text;
    if (text === undefined || typeof start !== "number" || typeof end !== "number") return null;
    if (!(start >= 0 && start <= end && end <= text.length)) return null;
    const entry = this.entries[at as number];
    if (!entry || !Array.isArray(nested)) return null;
    if (person !== null && (!isRecord(person) || typeof person.name !== "string")) return null;
    return {
      type: "term",
      block: block as number,
      start,
      end,
      text: this.intern(text.slice(start, end)),
      // Spelled out rather than spread: one fixed object shape, built without a generic copy.
      entryId: entry.entryId,
      vi: entry.vi,
      en: entry.en,
      category: entry.category,
      note: entry.note,
      expansion: entry.expansion,
      person: person as TermMatch["person"],
      nested: nested as TermMatch["nested"],
    };
  }

  /**
   * One string per distinct term text: a long article repeats the same few terms thousands of
   * times, and each slice would otherwise be a string of its own for the page's heap to hold.
   */
  private intern(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  /** True for a list of annotations that each lie inside a block that was sent. */
  private inside(list: unknown): boolean {
    if (!Array.isArray(list)) return false;
    for (const item of list as unknown[]) {
      if (!isRecord(item)) return false;
      const block = this.input.blocks[item.block as number];
      const { start, end } = item;
      if (!block || typeof start !== "number" || typeof end !== "number") return false;
      if (!(start >= 0 && start <= end && end <= block.text.length)) return false;
    }
    return true;
  }
}

/** The shared fields of a term entry, checked; null when malformed. */
function parseEntry(value: unknown): TermEntryFields | null {
  if (!isRecord(value)) return null;
  const { entryId, vi, en, category, note, expansion } = value;
  if (typeof entryId !== "string" || typeof vi !== "string" || typeof en !== "string") return null;
  if (typeof category !== "string" || !CATEGORIES.has(category) || typeof note !== "string") {
    return null;
  }
  if (expansion !== null && typeof expansion !== "string") return null;
  return { entryId, vi, en, category: category as TermCategory, note, expansion };
}

/** The port as both ends see it (a `runtime.Port`, or a fake in tests). */
export interface PortLike {
  readonly name: string;
  readonly sender?: { readonly id?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: { addListener(listener: (message: unknown) => void): void };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

/**
 * The background's side of one port: collects the input parts, analyses the article, posts the
 * result parts. A port of another name is not ours to answer; a port opened by anything but this
 * extension, or a malformed input, is closed.
 */
export function serveAnalysisPort(
  port: PortLike,
  extensionId: string | undefined,
  analyze: (input: ArticleInput) => Analysis,
): void {
  if (port.name !== ANALYZE_PORT) return;
  if (!extensionId || port.sender?.id !== extensionId) {
    port.disconnect();
    return;
  }
  const collector = new InputCollector();
  port.onMessage.addListener((message) => {
    const input = collector.accept(message);
    if (input === "more") return;
    if (input === null) {
      port.disconnect();
      return;
    }
    try {
      for (const part of resultParts(analyze(input))) port.postMessage(part);
    } catch {
      // Analysis failed or the page went away: closing the port makes the page analyse itself.
      port.disconnect();
    }
  });
}

/**
 * The content script's side: opens a port, sends the article in parts (yielding between parts
 * through `pause` when sending has used a slice of the main thread), and resolves with the
 * validated analysis. Rejects when the background closes the port first or answers malformed
 * parts; the caller then asks once more, or ends in its error state.
 */
export function requestAnalysis(
  connect: () => PortLike,
  input: ArticleInput,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Analysis> {
  return new Promise<Analysis>((resolve, reject) => {
    const port = connect();
    const collector = new ResultCollector(input);
    let settled = false;
    const settle = (outcome: Analysis | Error) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    port.onMessage.addListener((message) => {
      const answer = collector.accept(message);
      if (answer === "more") return;
      port.disconnect();
      settle(answer ?? new Error("malformed analysis from the background"));
    });
    port.onDisconnect.addListener(() => {
      settle(new Error("the background closed the analysis port"));
    });
    void (async () => {
      let sliceStart = performance.now();
      for (const part of inputParts(input)) {
        if (settled) return;
        port.postMessage(part);
        if (!part.last && performance.now() - sliceStart > sliceMs) {
          await pause();
          sliceStart = performance.now();
        }
      }
    })().catch((error: unknown) => {
      settle(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/**
 * A port opened ahead of the analysis, so connecting (and starting a stopped worker) overlaps the
 * reading of the text. `prepare` opens it once; `take` hands it over (or a new one when it was
 * closed meanwhile, or never opened). A port not taken within `idleMs` (the page held no
 * article after all) is closed.
 */
export class EarlyPort {
  private entry: { port: PortLike; open: boolean; timer: ReturnType<typeof setTimeout> } | null =
    null;

  constructor(
    private readonly connect: () => PortLike,
    private readonly idleMs = 10_000,
  ) {}

  prepare(): void {
    if (this.entry) return;
    const entry = {
      port: this.connect(),
      open: true,
      timer: setTimeout(() => {
        if (this.entry === entry) this.entry = null;
        entry.port.disconnect();
      }, this.idleMs),
    };
    entry.port.onDisconnect.addListener(() => {
      entry.open = false;
    });
    this.entry = entry;
  }

  take(): PortLike {
    const entry = this.entry;
    this.entry = null;
    if (!entry) return this.connect();
    clearTimeout(entry.timer);
    return entry.open ? entry.port : this.connect();
  }
}
