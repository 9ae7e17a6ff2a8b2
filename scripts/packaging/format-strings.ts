/**
 * The page's interface strings (the `data-ui` JSON, src/layouts/Base.astro) without the ones its
 * format never shows: a SCORM page has no LRS, so the cmi5 adapter's messages about reaching one
 * (src/tracking/adapters/cmi5/reach.ts) would only weigh on the zip (DESIGN §6).
 */
const UI_JSON = /(<script type="application\/json" data-ui>)(.*?)(<\/script>)/s;

/** Keys only the cmi5 adapter reads. */
export const CMI5_ONLY_KEYS = ['lrsBlocked', 'lrsInsecure'];

export function withoutStrings(html: string, keys: readonly string[]): string {
  return html.replace(UI_JSON, (_, open: string, json: string, close: string) => {
    const strings = JSON.parse(json) as Record<string, string>;
    for (const key of keys) delete strings[key];
    return `${open}${JSON.stringify(strings).replace(/</g, '\\u003c')}${close}`;
  });
}
