/**
 * The page's keyboard shortcuts, the same as the manifest commands (which do not reach pages in
 * every setting, e.g. headless browsers): Alt+Shift+L toggles highlights, Alt+Shift+N goes to the
 * next directive, Esc closes the card.
 */
import type { PageCommand } from "./messages";

/** The command of a key event, "close" for Esc, or null when the key is not ours. */
export function keyCommand(
  event: Pick<KeyboardEvent, "key" | "code" | "altKey" | "shiftKey" | "ctrlKey" | "metaKey">,
): PageCommand | "close" | null {
  if (event.key === "Escape") return "close";
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  // `code` names the physical key: Alt+Shift changes `key` on some layouts (macOS gives "Ò").
  const letter = event.code ? event.code.replace(/^Key/, "") : event.key.toUpperCase();
  if (letter === "L") return "toggle-highlights";
  if (letter === "N") return "next-directive";
  return null;
}
