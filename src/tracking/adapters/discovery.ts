/**
 * The standard SCORM API discovery: look for the API object on this window and up the parent
 * frames, then on the opener's chain. SCORM 2004 names it API_1484_11, SCORM 1.2 names it API.
 */
const MAX_DEPTH = 10; // the ADL reference algorithm gives up after a few levels

function findIn(start: Window | null, name: string): unknown {
  let win: Window | null = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      return undefined; // a cross-origin frame: the LMS is not reachable this way
    }
    if (win.parent === win) break;
    win = win.parent;
  }
  return undefined;
}

export function findApi<T>(name: 'API' | 'API_1484_11', from: Window = window): T | undefined {
  return (findIn(from, name) ?? (from.opener ? findIn(from.opener as Window, name) : undefined)) as
    | T
    | undefined;
}
