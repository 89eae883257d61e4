/**
 * Everything the extension shows inside its shadow host: the hover card (when open) and a polite
 * live region that announces state changes once ("Highlights on", "Directive 3 of 12").
 */
import { type AnchorRect, HoverCard } from "./HoverCard";
import type { CardModel } from "./model";

export interface CardLayerProps {
  readonly card: { readonly model: CardModel; readonly anchor: AnchorRect } | null;
  readonly announcement: string;
  readonly onClose: () => void;
  readonly onHover?: (inside: boolean) => void;
}

export function CardLayer({ card, announcement, onClose, onHover }: CardLayerProps) {
  return (
    <>
      <div class="pl-live" aria-live="polite" role="status">
        {announcement}
      </div>
      {card && (
        <HoverCard model={card.model} anchor={card.anchor} onClose={onClose} onHover={onHover} />
      )}
    </>
  );
}
