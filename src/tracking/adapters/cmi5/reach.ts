/**
 * Why a page cannot reach the LRS the launch names, when the browser itself forbids it: a secure
 * page may not call an http: address (mixed content), and a Content-Security-Policy (ours or the
 * LMS's) may refuse the origin. Then the learner is told so, not just "could not be reached".
 */
import type { BrowserKey } from '#src/i18n/ui.ts';

const TRUSTWORTHY_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Mixed content: an https: page calling plain http: (loopback excepted, as browsers do). */
export function insecureEndpoint(pageUrl: string, endpoint: string): boolean {
  const page = new URL(pageUrl);
  const target = new URL(endpoint, pageUrl);
  return (
    page.protocol === 'https:' &&
    target.protocol === 'http:' &&
    !TRUSTWORTHY_HOSTS.has(target.hostname)
  );
}

/** Records CSP refusals of any of these origins while the launch runs. */
export function watchCsp(urls: string[]): { blocked(): boolean; stop(): void } {
  if (typeof document === 'undefined') return { blocked: () => false, stop: () => {} };
  const origins = new Set(urls.map((u) => new URL(u, document.baseURI).origin));
  let refused = false;
  const listener = (event: SecurityPolicyViolationEvent) => {
    try {
      if (origins.has(new URL(event.blockedURI).origin)) refused = true;
    } catch {
      // blockedURI may be a keyword such as "inline": not ours
    }
  };
  document.addEventListener('securitypolicyviolation', listener);
  return {
    blocked: () => refused,
    stop: () => document.removeEventListener('securitypolicyviolation', listener),
  };
}

/** The notice for a launch that failed; the violation event may come a moment after the fetch. */
export async function launchFailure(
  pageUrl: string,
  launch: { endpoint: string; fetch: string },
  csp: { blocked(): boolean },
): Promise<BrowserKey | undefined> {
  if (insecureEndpoint(pageUrl, launch.fetch) || insecureEndpoint(pageUrl, launch.endpoint))
    return 'lrsInsecure';
  await new Promise((resolve) => setTimeout(resolve, 50));
  return csp.blocked() ? 'lrsBlocked' : undefined;
}
