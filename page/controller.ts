/**
 * The in-page reader of one tab: recognizes the article, runs the analysis once, paints the
 * highlights, answers the popup, follows the pointer and the keyboard, and keeps up with pages
 * that change after load. Browser-extension APIs stay outside (see entrypoints/content): the
 * controller gets what it needs through `PageHost`, so it also runs in happy-dom tests.
 */
import type { CardLayerProps } from "../components/card/CardLayer";
import { cardModel } from "../components/card/model";
import { NoteCache } from "../components/card/note-cache";
import type { AnalysisJob } from "../core/analyze";
import type { Analysis, ArticleInput } from "../core/types";
import { type DomArticle, extractArticleSteps } from "./adapters";
import {
  type AnnotationKind,
  findAnnotation,
  type PlacedAnnotation,
  placeAnnotations,
  refOf,
} from "./annotations";
import { choosePaintMode, Painter } from "./highlight/painter";
import { injectHighlightStyles, removeHighlightStyles } from "./highlight/styles";
import { anchorRect, annotationOfMark, annotationUnderPointer, caretAt } from "./hit-test";
import { keyCommand } from "./keyboard";
import type { PageCommand, Request, StateResponse } from "./messages";
import { BODY_SELECTORS, detectLayout, isArticlePage } from "./recognize";
import {
  measured,
  measuredAsync,
  runSliced,
  runSteps,
  SLICE_BUDGET_MS,
  yieldToPage,
} from "./schedule";

/**
 * Time the reading of an article may hold the main thread before it yields: longer than the
 * analysis and painting slices, so an ordinary article is read in one go (a yield costs a frame),
 * and still far from a long task.
 */
const EXTRACT_SLICE_MS = 20;
/** Raw body text (markup white space included) from which a page counts as long. */
const LONG_PAGE_CHARS = 100_000;
/** Elements in the body from which a page counts as long (an article body holds a few hundred). */
const INTRICATE_PAGE_ELEMENTS = 1_500;

/** What a step of reading answers when the page moved on before it finished. */
const CANCELLED = Symbol("cancelled");

import { type PageState, setPageState } from "./state";
import { rangeFor } from "./text-index";

/** What the controller needs from its surroundings. */
export interface PageHost {
  readonly doc: Document;
  readonly win: Window;
  /** The analysis in the page (tests and tools; the extension analyses in its background). */
  readonly analyze?: (input: ArticleInput) => Analysis;
  /**
   * The same analysis cut into steps (core's `analysisJob`); when given, the controller runs it in
   * slices between frames so no single task holds the page long.
   */
  readonly analysisJob?: (input: ArticleInput) => AnalysisJob;
  /**
   * The same analysis done elsewhere (the extension's background), off the page's main thread.
   * When it fails and the host offers an analysis in the page, the controller uses that; with
   * none, the article ends in the "error" state with a message saying what to do.
   */
  readonly analyzeRemote?: (input: ArticleInput) => Promise<Analysis>;
  /**
   * Called once the page is known to be an article, before its text is read: a host that
   * analyses elsewhere can start connecting meanwhile.
   */
  readonly prepareRemote?: () => void;
  /** True when the extension's manifest already gives the page the highlight styles. */
  readonly stylesFromManifest?: boolean;
  /** Renders the extension's UI layer (card and live region) in its shadow root. */
  readonly render: (props: CardLayerProps) => void;
  /** Tells the background how many directives the article has (null: not an article). */
  readonly sendBadge: (open: number | null) => void;
  /** True for nodes of the extension's own UI (its shadow host). */
  readonly isOwnNode: (node: Node) => boolean;
  readonly forceFallback: boolean;
  /** True once the extension was reloaded or updated: the controller then does nothing more. */
  readonly isInvalid: () => boolean;
  readonly logError: (message: string, error: unknown) => void;
  /**
   * The glossary note of an entry (asked of the background, which holds the notes). A term's card
   * shows without it and adds it when it arrives; a failure just leaves it out.
   */
  readonly fetchNote?: (entryId: string) => Promise<string>;
}

/**
 * Longest article text analysed, in characters. Analysis runs in slices, so a long article does
 * not freeze the tab, but its total cost still grows with its length; real articles are
 * 3,000–30,000 characters. A page past this limit (a data dump, a pasted annex) is left untouched
 * with a clear "error" state rather than keeping the tab busy for seconds.
 */
export const MAX_ARTICLE_CHARS = 1_500_000;

const NO_BACKGROUND =
  "Policy Lens could not reach its analysis (the extension may have just been updated). Reload the page to try again.";

// A page that changes (comments loading, live updates) is read again after it settles.
const MUTATION_DEBOUNCE_MS = 300;
// A hover card stays a moment after the pointer leaves, so the pointer can reach it.
const HOVER_CLOSE_DELAY_MS = 300;

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

type OpenCard = NonNullable<CardLayerProps["card"]> & { readonly byHover: boolean };

export class PageController {
  private state: PageState | null = null;
  private article: DomArticle | null = null;
  private analysis: Analysis | null = null;
  private annotations: PlacedAnnotation[] = [];
  private painter: Painter | null = null;
  private observer: MutationObserver | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private hoverClose: ReturnType<typeof setTimeout> | null = null;
  private pointerInCard = false;
  private card: OpenCard | null = null;
  private announcement = "";
  private directiveCursor = -1;
  private errorLogged = false;
  /** Why the page is in "error", when the reason is not a failure of the analysis. */
  private errorMessage: string | null = null;
  /** Bumped on every (re)start, so work of a previous page stops. */
  private generation = 0;
  private readonly notes: NoteCache | null;

  constructor(private readonly host: PageHost) {
    this.notes = host.fetchNote ? new NoteCache(host.fetchNote) : null;
  }

  /** The answer to the popup's get-state. */
  snapshot(): StateResponse {
    return {
      state: this.state ?? "skipped",
      analysis: this.analysis,
      highlightsOn: this.painter?.on ?? false,
      message:
        this.state === "error"
          ? (this.errorMessage ?? "Policy Lens could not analyse this article.")
          : this.state === "skipped"
            ? "This page is not a congthuong.vn article."
            : null,
    };
  }

  /** Painted range counts per kind (for tests and diagnostics). */
  counts() {
    return this.painter?.counts() ?? { term: 0, citation: 0, directive: 0 };
  }

  private setState(state: PageState): void {
    this.state = state;
    setPageState(this.host.doc, state);
  }

  /** Reads and annotates the page at `href`. */
  async start(href: string): Promise<void> {
    const generation = ++this.generation;
    const { doc } = this.host;
    if (!isArticlePage(doc, href)) {
      this.setState("skipped");
      this.host.sendBadge(null);
      return;
    }
    this.setState("article");
    this.host.prepareRemote?.();
    try {
      // The body's raw text (a native, fast read) rules out a huge page before extraction, which
      // walks every character; markup whitespace is allowed for by the factor of two.
      const layout = detectLayout(doc);
      const body = layout ? doc.querySelector(BODY_SELECTORS[layout]) : null;
      const raw = body?.textContent?.length ?? 0;
      if (raw > 2 * MAX_ARTICLE_CHARS) {
        this.tooLong(raw);
        return;
      }
      // The article is read from a task of its own: the one that started this script has
      // already compiled and run it (together they made 50 ms tasks). A long or intricate page
      // is read in short slices.
      const long =
        raw > LONG_PAGE_CHARS ||
        (body?.getElementsByTagName("*").length ?? 0) > INTRICATE_PAGE_ELEMENTS;
      await yieldToPage(this.host.win);
      const article = await this.extract(
        href,
        generation,
        long ? SLICE_BUDGET_MS : EXTRACT_SLICE_MS,
      );
      if (article === CANCELLED) return;
      if (!article) {
        this.setState("skipped");
        return;
      }
      const length = article.blocks.reduce((sum, block) => sum + block.text.length, 0);
      if (length > MAX_ARTICLE_CHARS) {
        this.tooLong(length);
        return;
      }
      this.errorMessage = null;
      const analysis = await this.analyzeSliced(article.input, generation);
      if (!analysis) return;
      if (!this.painter) {
        this.painter = new Painter(
          doc,
          this.host.win,
          choosePaintMode(this.host.win, this.host.forceFallback),
        );
        this.painter.guard = (change) => this.withoutObserver(change);
      }
      // In the extension the manifest applies the styles; elsewhere (tests, tools) they are added.
      if (!this.host.stylesFromManifest) injectHighlightStyles(doc);
      await this.apply(article, analysis, generation);
      if (generation !== this.generation || this.host.isInvalid()) return;
      this.setState("ready");
      this.observe(article.root);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * Reads the article, in slices on long pages; CANCELLED when the page moved on (a newer run
   * started or the extension was reloaded) before it finished.
   */
  private extract(
    href: string,
    generation: number,
    budgetMs = SLICE_BUDGET_MS,
  ): Promise<DomArticle | null | typeof CANCELLED> {
    const cancelled = () => generation !== this.generation || this.host.isInvalid();
    return measuredAsync("extract", () =>
      runSteps(extractArticleSteps(this.host.doc, href), cancelled, CANCELLED, budgetMs),
    );
  }

  /**
   * Runs the analysis, in slices when the host offers a job; null when the page moved on (a newer
   * run started or the extension was reloaded) before it finished.
   */
  private async analyzeSliced(input: ArticleInput, generation: number): Promise<Analysis | null> {
    const makeJob = this.host.analysisJob;
    const remote = this.host.analyzeRemote;
    const local = this.host.analyze;
    if (!makeJob && !remote && local) return measured("analyze", () => local(input));
    const cancelled = () => generation !== this.generation || this.host.isInvalid();
    return measuredAsync("analyze", async () => {
      if (remote) {
        try {
          const analysis = await remote(input);
          return cancelled() ? null : analysis;
        } catch (error) {
          // No background answer: analyse here instead, where the host can.
          if (!makeJob && !local) {
            this.errorMessage = NO_BACKGROUND;
            throw error;
          }
        }
      }
      if (!makeJob) return cancelled() || !local ? null : local(input);
      const job = makeJob(input);
      const done = await runSliced(job.steps, (step) => step(), cancelled);
      return done ? job.result() : null;
    });
  }

  private async apply(article: DomArticle, analysis: Analysis, generation: number) {
    this.article = article;
    this.analysis = analysis;
    this.annotations = placeAnnotations(analysis);
    const painter = this.painter as Painter;
    await measuredAsync("highlight", () =>
      painter.paint(
        article,
        this.annotations,
        () => generation !== this.generation || this.host.isInvalid(),
      ),
    );
    this.host.sendBadge(analysis.directives.length);
    if (this.card && !this.findRef(this.card.model.ref)) this.closeCard();
  }

  /** Leaves a page too long to analyse untouched, saying why. */
  private tooLong(length: number): void {
    this.errorMessage = `This article is too long for Policy Lens (${length} characters; the limit is ${MAX_ARTICLE_CHARS}).`;
    this.setState("error");
    this.host.sendBadge(null);
  }

  private fail(error: unknown): void {
    if (!this.errorLogged) this.host.logError("Policy Lens: analysis failed", error);
    this.errorLogged = true;
    try {
      this.painter?.clear();
    } catch {
      // Clearing is best effort: the page must stay usable whatever happened.
    }
    this.setState("error");
  }

  /**
   * Runs a change of our own to the page with the mutation observer disconnected, so it never
   * takes our marks for a change of the page (records of the page's own changes made before are
   * handled first).
   */
  private withoutObserver(change: () => void): void {
    const observer = this.observer;
    const root = this.article?.root;
    if (!observer || !root) {
      change();
      return;
    }
    if (observer.takeRecords().some((record) => !this.isOwnMutation(record))) {
      this.scheduleRefresh();
    }
    observer.disconnect();
    try {
      change();
    } finally {
      observer.observe(root, OBSERVED);
    }
  }

  private observe(root: Element): void {
    this.observer?.disconnect();
    const Observer = (this.host.win as unknown as { MutationObserver: typeof MutationObserver })
      .MutationObserver;
    const observer = new Observer((records) => {
      const relevant = records.some((record) => !this.isOwnMutation(record));
      if (relevant) this.scheduleRefresh();
    });
    this.observer = observer;
    observer.observe(root, OBSERVED);
  }

  private isOwnMutation(record: MutationRecord): boolean {
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    const ours = (node: Node) =>
      this.host.isOwnNode(node) ||
      (node.nodeType === 1 && (node as Element).tagName === "POLICY-LENS-MARK");
    if (record.type === "childList") return nodes.length > 0 && nodes.every(ours);
    return false;
  }

  private scheduleRefresh(): void {
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.refresh(), MUTATION_DEBOUNCE_MS);
  }

  /** Reads the article again after the page changed; re-analyses only when its text changed. */
  async refresh(): Promise<void> {
    if (this.host.isInvalid() || !this.article || !this.painter) return;
    const generation = ++this.generation;
    const { doc } = this.host;
    try {
      if (!this.article.root.isConnected) {
        await this.restart(doc.location.href);
        return;
      }
      this.painter.unwrapForReading();
      const article = await this.extract(doc.location.href, generation);
      if (!article || article === CANCELLED) return;
      const before = this.article.blocks.map((b) => b.text).join("\n");
      const after = article.blocks.map((b) => b.text).join("\n");
      const analysis =
        before === after && this.analysis
          ? { ...this.analysis }
          : await this.analyzeSliced(article.input, generation);
      if (!analysis) return;
      await this.apply(article, analysis, generation);
      if (generation === this.generation) this.setState("ready");
    } catch (error) {
      this.fail(error);
    }
  }

  /** Follows a navigation inside the site: forgets the old article, reads the new page. */
  async restart(href: string): Promise<void> {
    this.teardown();
    await this.start(href);
  }

  /** Removes everything the controller added to the page. */
  teardown(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    if (this.debounce) clearTimeout(this.debounce);
    this.closeCard();
    this.painter?.clear();
    this.article = null;
    this.analysis = null;
    this.annotations = [];
    this.directiveCursor = -1;
  }

  /** The content script is going away (extension reloaded): leave the page as it was. */
  dispose(): void {
    this.teardown();
    this.painter?.dispose();
    this.painter = null;
    removeHighlightStyles(this.host.doc);
  }

  /** Answers a validated request from the popup or the background. */
  async handle(request: Request): Promise<unknown> {
    switch (request.type) {
      case "policy-lens/get-state":
        return this.snapshot();
      case "policy-lens/set-highlights":
        this.setHighlights(request.on);
        return this.snapshot();
      case "policy-lens/show":
        return { ok: this.show(request.kind, request.index) };
      case "policy-lens/command":
        this.command(request.command);
        return { ok: true };
    }
  }

  /** Runs a keyboard command. */
  command(command: PageCommand): void {
    if (command === "toggle-highlights") this.setHighlights(!(this.painter?.on ?? false));
    else this.nextDirective();
  }

  /** Turns the highlights on or off, announcing the change once. */
  setHighlights(on: boolean): void {
    if (!this.painter || this.state !== "ready") return;
    if (this.painter.on === on) return;
    this.painter.setVisible(on);
    if (!on) this.closeCard();
    this.announce(on ? "Highlights on" : "Highlights off");
  }

  /** Scrolls to the next directive, flashes it and opens its card. */
  nextDirective(): void {
    const total = this.analysis?.directives.length ?? 0;
    if (total === 0) {
      this.announce("No directives in this article");
      return;
    }
    this.directiveCursor = (this.directiveCursor + 1) % total;
    this.show("directive", this.directiveCursor);
    this.announce(`Directive ${this.directiveCursor + 1} of ${total}`);
  }

  /** Scrolls to an annotation, flashes it and opens its card. False when there is none. */
  show(kind: AnnotationKind, index: number): boolean {
    const annotation = findAnnotation(this.annotations, kind, index);
    const range = annotation ? this.rangeOf(annotation) : null;
    if (!annotation || !range || !this.painter) return false;
    if (kind === "directive") this.directiveCursor = index;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
    this.painter.flash(refOf(annotation), range);
    this.openCard(annotation, range, false);
    return true;
  }

  private rangeOf(annotation: PlacedAnnotation): Range | null {
    const painted = this.painter?.rangeOf(refOf(annotation));
    if (painted) return painted;
    const block = this.article?.blocks[annotation.item.block];
    if (!block || this.painter?.wrapped) return null;
    try {
      return rangeFor(block, annotation.item.start, annotation.item.end, this.host.doc);
    } catch {
      return null;
    }
  }

  private findRef(ref: string): PlacedAnnotation | undefined {
    return this.annotations.find((a) => refOf(a) === ref);
  }

  private openCard(
    annotation: PlacedAnnotation,
    range: Range,
    byHover: boolean,
    x?: number,
    y?: number,
  ) {
    this.cancelHoverClose();
    const rect = anchorRect(range, x, y);
    const entryId = annotation.kind === "term" ? annotation.item.entryId : null;
    const note = entryId ? this.notes?.cached(entryId) : undefined;
    this.card = {
      model: cardModel(annotation, note),
      anchor: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      byHover,
    };
    this.renderUi();
    if (entryId && note === undefined) this.addNoteWhenFetched(annotation, entryId);
  }

  /** Fetches a term's glossary note and adds it to its card if that card is still open. */
  private addNoteWhenFetched(annotation: PlacedAnnotation, entryId: string): void {
    const generation = this.generation;
    const ref = refOf(annotation);
    void this.notes?.load(entryId).then((note) => {
      if (!note || generation !== this.generation || this.host.isInvalid()) return;
      if (this.card?.model.ref !== ref) return;
      this.card = { ...this.card, model: cardModel(annotation, note) };
      this.renderUi();
    });
  }

  /** Closes the card (Esc, the close button, or the pointer left). */
  closeCard(): void {
    this.cancelHoverClose();
    if (!this.card) return;
    this.card = null;
    this.renderUi();
  }

  private announce(message: string): void {
    // The same words twice in a row would not be read again: vary them invisibly.
    this.announcement = message === this.announcement.trim() ? `${message}\u00a0` : message;
    this.renderUi();
  }

  private renderUi(): void {
    this.host.render({
      card: this.card,
      announcement: this.announcement,
      onClose: () => this.closeCard(),
      onHover: (inside) => {
        this.pointerInCard = inside;
        if (inside) this.cancelHoverClose();
        else if (this.card?.byHover) this.scheduleHoverClose();
      },
    });
  }

  private cancelHoverClose(): void {
    if (this.hoverClose) clearTimeout(this.hoverClose);
    this.hoverClose = null;
  }

  private scheduleHoverClose(): void {
    if (this.hoverClose) return;
    this.hoverClose = setTimeout(() => {
      this.hoverClose = null;
      if (!this.pointerInCard) this.closeCard();
    }, HOVER_CLOSE_DELAY_MS);
  }

  /** Pointer moved to (x, y) over `target` (already throttled to one call per frame). */
  pointerAt(x: number, y: number, target: EventTarget | null): void {
    if (!this.article || !this.painter?.on || this.state !== "ready") return;
    if (target && this.host.isOwnNode(target as Node)) return;
    const annotation = this.painter.wrapped
      ? annotationOfMark(target, this.annotations)
      : annotationUnderPointer(
          this.article,
          this.annotations,
          caretAt(this.host.doc, x, y),
          x,
          y,
          this.host.doc,
        );
    if (!annotation) {
      if (this.card?.byHover) this.scheduleHoverClose();
      return;
    }
    if (this.card && this.card.model.ref === refOf(annotation)) {
      this.cancelHoverClose();
      return;
    }
    const range = this.rangeOf(annotation);
    if (range) this.openCard(annotation, range, true, x, y);
  }

  /** The page scrolled or resized: a hover card closes, a card opened on request follows. */
  viewportChanged(): void {
    if (!this.card) return;
    if (this.card.byHover) {
      this.closeCard();
      return;
    }
    const annotation = this.findRef(this.card.model.ref);
    const range = annotation ? this.rangeOf(annotation) : null;
    if (!annotation || !range) {
      this.closeCard();
      return;
    }
    const rect = anchorRect(range);
    this.card = {
      ...this.card,
      anchor: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
    };
    this.renderUi();
  }

  /** Keyboard shortcuts of the page: true when the key was ours. */
  keyDown(event: KeyboardEvent): boolean {
    const command = keyCommand(event);
    if (command === "close") {
      if (!this.card) return false;
      this.closeCard();
      return true;
    }
    if (!command || this.state !== "ready") return false;
    this.command(command);
    return true;
  }
}
