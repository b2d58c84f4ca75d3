/** The in-page anchor of one reference in an exercise's evidence list. */
export function evidenceAnchor(id: string): string {
  return `ref-${id}`;
}
