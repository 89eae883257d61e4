/**
 * The hover-card notes of the glossary (history, other translations, legal basis), by entry id.
 * They are compiled apart from the entries (./notes.generated.ts) because only an open card reads
 * them: the content script asks the background for a note instead of carrying them all, while the
 * background, the popup and the CLI import this module directly.
 */
import { GLOSSARY_NOTES, NOTES_VERSION } from "./notes.generated";

export { NOTES_VERSION };

/** The English note of the glossary entry `id`, "" when it has none or the id is unknown. */
export function glossaryNote(id: string): string {
  return GLOSSARY_NOTES.get(id) ?? "";
}
