/**
 * Interface strings in the browser. Each page carries its own language's strings (Base.astro writes
 * `BROWSER_KEYS` from ./ui.ts as JSON), so the JavaScript holds no language table at all.
 */

import { fill } from './fill.ts';
import type { BrowserKey } from './ui.ts';

let strings: Record<string, string> | undefined;

export function t(key: BrowserKey, values: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.querySelector('script[data-ui]')?.textContent || '{}') as Record<
    string,
    string
  >;
  return fill(strings[key] ?? key, values, document.documentElement?.lang || 'en');
}
