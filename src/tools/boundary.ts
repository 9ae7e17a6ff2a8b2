/** Joins the four boundary steps into one script a learner can rehearse aloud. */
export function composeScript(parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?…'"’”]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
