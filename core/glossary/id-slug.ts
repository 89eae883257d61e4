/**
 * The ASCII slug of a Vietnamese name, as glossary ids are mostly written: "Nghị định" →
 * "nghi-dinh" (so "doc-nghi-dinh" is "doc-" plus the slug of its `vi`). The compiled glossary
 * stores only the prefix of such ids and rebuilds them with this function; the build checks each
 * one with this same function, so an id that does not follow the pattern is simply stored whole.
 */
export function idSlug(vi: string): string {
  return vi
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
