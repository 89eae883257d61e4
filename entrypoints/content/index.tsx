/**
 * The content script on congthuong.vn pages: wires the page controller to the extension (messages,
 * badge, shadow-root UI, pointer and keyboard, navigation, reload).
 *
 * Test switch: the fallback highlighter (marks in the DOM instead of the CSS Custom Highlight API)
 * is forced by `document.documentElement.dataset.policyLensForceFallback = "1"` set before the
 * script runs, or by the query parameter `policy-lens-fallback=1` in the page URL.
 */
import "../../components/card/card.css";
import { render } from "preact";
import { browser } from "wxt/browser";
import type { ShadowRootContentScriptUi } from "wxt/utils/content-script-ui/shadow-root";
import { CardLayer, type CardLayerProps } from "../../components/card/CardLayer";
import { PageController } from "../../page/controller";
import {
  isOwnSender,
  type NoteRequest,
  parseNoteResponse,
  parseRequest,
} from "../../page/messages";
import {
  ANALYZE_PORT,
  EarlyPort,
  type PortLike,
  requestAnalysis,
} from "../../page/remote-analysis";

const MATCHES = ["*://congthuong.vn/*", "*://*.congthuong.vn/*"];
// After an in-site navigation the new article may render a little later: look a few times.
const NAVIGATION_RETRIES = 5;
const NAVIGATION_RETRY_MS = 400;

function fallbackForced(): boolean {
  if (document.documentElement.dataset.policyLensForceFallback === "1") return true;
  return new URL(location.href).searchParams.get("policy-lens-fallback") === "1";
}

export default defineContentScript({
  matches: MATCHES,
  runAt: "document_idle",
  cssInjectionMode: "ui",
  async main(ctx) {
    // The card layer's shadow root (and its stylesheet) is made when there is first something to
    // show, not on every page load: reading and highlighting the article never wait for it.
    let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
    let creating = false;
    let latest: CardLayerProps | null = null;
    const renderLayer = (props: CardLayerProps) => {
      latest = props;
      if (ui) {
        render(<CardLayer {...props} />, ui.uiContainer);
        return;
      }
      if (creating) return;
      creating = true;
      createShadowRootUi(ctx, {
        name: "policy-lens-ui",
        position: "inline",
        anchor: "body",
        append: "last",
        onMount: (container) => container,
        onRemove: (container) => {
          if (container) render(null, container);
        },
      }).then(
        (created) => {
          if (ctx.isInvalid) return;
          ui = created;
          created.mount();
          if (latest) render(<CardLayer {...latest} />, created.uiContainer);
        },
        (error: unknown) => console.error("Policy Lens: the card layer could not be made", error),
      );
    };

    const connectAnalysis = (): PortLike => browser.runtime.connect({ name: ANALYZE_PORT });
    const early = new EarlyPort(connectAnalysis);

    const controller = new PageController({
      doc: document,
      win: window,
      // The analysis runs in the background, so the analysis code (and the glossary) never load
      // into pages. The port is opened as soon as the page is known to be an article, so the
      // connection (and a stopped worker's start) overlaps the reading of the text; a port the
      // browser closed (its worker stopped midway) is opened once more.
      prepareRemote: () => early.prepare(),
      analyzeRemote: async (input) => {
        const ask = (connect: () => PortLike) =>
          requestAnalysis(connect, input, () => new Promise((resolve) => setTimeout(resolve, 0)));
        try {
          return await ask(() => early.take());
        } catch {
          if (ctx.isInvalid) throw new Error("the extension was reloaded");
          return await ask(connectAnalysis);
        }
      },
      render: renderLayer,
      // entrypoints/highlights.content.css, declared in the manifest (see wxt.config.ts).
      stylesFromManifest: true,
      sendBadge: (open) => {
        browser.runtime.sendMessage({ type: "policy-lens/badge", open }).catch(() => {
          // No background listening (e.g. during an update): the badge simply stays.
        });
      },
      isOwnNode: (node) => ui !== null && (node === ui.shadowHost || ui.shadowHost.contains(node)),
      forceFallback: fallbackForced(),
      isInvalid: () => ctx.isInvalid,
      logError: (message, error) => console.error(message, error),
      // The glossary notes stay in the background, out of this script's bundle.
      fetchNote: async (entryId) => {
        const request: NoteRequest = { type: "policy-lens/note", entryId };
        return parseNoteResponse(await browser.runtime.sendMessage(request));
      },
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      // Only the extension's own popup and background may drive the page.
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const request = parseRequest(message);
      return request ? controller.handle(request) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Pointer hit-testing at most once per frame.
    let frame = 0;
    let last: PointerEvent | null = null;
    ctx.addEventListener(window, "pointermove", (event) => {
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last) controller.pointerAt(last.clientX, last.clientY, last.target);
      });
    });
    // Cards are placed in viewport coordinates: follow scrolling and resizing once per frame.
    let viewportFrame = 0;
    const onViewportChange = () => {
      if (viewportFrame) return;
      viewportFrame = requestAnimationFrame(() => {
        viewportFrame = 0;
        controller.viewportChanged();
      });
    };
    ctx.addEventListener(window, "scroll", onViewportChange, { passive: true, capture: true });
    ctx.addEventListener(window, "resize", onViewportChange, { passive: true });
    ctx.addEventListener(
      window,
      "keydown",
      (event) => {
        if (controller.keyDown(event)) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      { capture: true },
    );

    ctx.addEventListener(window, "wxt:locationchange", async ({ newUrl }) => {
      for (let attempt = 0; attempt < NAVIGATION_RETRIES && !ctx.isInvalid; attempt++) {
        await controller.restart(newUrl.href);
        if (controller.snapshot().state !== "skipped") return;
        await new Promise((resolve) => setTimeout(resolve, NAVIGATION_RETRY_MS));
      }
    });

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      if (frame) cancelAnimationFrame(frame);
      controller.dispose();
      ui?.remove();
    });

    await controller.start(location.href);
  },
});
