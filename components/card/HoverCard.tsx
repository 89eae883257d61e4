/**
 * The hover card: an English explanation of one annotation, placed next to it and kept inside the
 * viewport. Page text reaches it only as JSX text (never as HTML).
 */
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { CardModel } from "./model";

/** The anchor's box in viewport coordinates (from a Range's client rect). */
export interface AnchorRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface HoverCardProps {
  readonly model: CardModel;
  readonly anchor: AnchorRect;
  readonly onClose: () => void;
  /** Called when the pointer enters or leaves the card (keeps a hover card open). */
  readonly onHover?: (inside: boolean) => void;
}

// Space between the anchor and the card, and between the card and the viewport edge (px).
const GAP = 8;

/** Where the card goes: below the anchor if it fits, else above; clamped to the viewport. */
export function placeCard(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  const top =
    below + size.height <= viewport.height - GAP || above < GAP
      ? Math.min(below, Math.max(GAP, viewport.height - GAP - size.height))
      : above;
  const left = Math.min(
    Math.max(GAP, anchor.left),
    Math.max(GAP, viewport.width - GAP - size.width),
  );
  return { left, top };
}

export function HoverCard({ model, anchor, onClose, onHover }: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const view = element.ownerDocument.defaultView;
    setPosition(
      placeCard(
        anchor,
        { width: element.offsetWidth, height: element.offsetHeight },
        { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 },
      ),
    );
  }, [anchor, model]);

  const style = position
    ? { left: `${position.left}px`, top: `${position.top}px` }
    : { left: "0px", top: "0px", visibility: "hidden" as const };

  return (
    <div
      ref={ref}
      class={`pl-card pl-card--${model.kind}`}
      role="dialog"
      aria-label={`${model.kindLabel}: ${model.original}`}
      data-ref={model.ref}
      style={style}
      onPointerEnter={() => onHover?.(true)}
      onPointerLeave={() => onHover?.(false)}
    >
      <div class="pl-card__top">
        <span class="pl-card__kind">{model.kindLabel}</span>
        <button type="button" class="pl-card__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="pl-card__heading" lang="en">
        {model.heading}
      </p>
      <p class="pl-card__original" lang="vi">
        {model.original}
      </p>
      {model.rows.length > 0 && (
        <dl class="pl-card__rows">
          {model.rows.map((row) => (
            <div class="pl-card__row" key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
