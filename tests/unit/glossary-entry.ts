import type { GlossaryEntry } from "../../core/types";

/** A glossary entry written for tests: defaults for every field not given. */
export function testEntry(
  fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, "id" | "vi" | "en">,
): GlossaryEntry {
  return {
    aliases: [],
    abbr: [],
    category: "institution",
    note: "",
    source: "test",
    context: [],
    validFrom: null,
    validTo: null,
    successor: null,
    ...fields,
  };
}
