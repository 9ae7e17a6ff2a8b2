/**
 * Reads JSON that the server put in a `<script type="application/json">` (never executed,
 * CSP-safe).
 */
export function readJson<T>(root: ParentNode, selector: string): T {
  const script = root.querySelector(selector);
  if (!script?.textContent) throw new Error(`Missing data: ${selector}`);
  return JSON.parse(script.textContent) as T;
}
