/**
 * The Content-Security-Policy of every page, as one set of directives (build). Base.astro renders
 * it into each page's meta tag; packaging renders the cmi5 variant and the web folder's pages from
 * the same object, so the policies cannot drift apart. No inline code, no remote resources.
 */
export type Directives = Readonly<Record<string, readonly string[]>>;

const SELF = "'self'";

export const PAGE_POLICY: Directives = {
  'default-src': [SELF],
  'script-src': [SELF],
  'style-src': [SELF],
  'img-src': [SELF, 'data:'],
  'media-src': [SELF],
  'font-src': [SELF],
  'connect-src': [SELF],
  'object-src': ["'none'"],
  'base-uri': [SELF],
  'form-action': ["'none'"],
};

/**
 * A cmi5 AU talks to an LRS whose address it learns only at launch, so its pages may connect to
 * the origin the launch names, https or http (the cmi5 spec's own example endpoint is http);
 * everything else still comes from the package alone. A page served over https still cannot call
 * http (mixed content): the AU tells the learner so (tracking/adapters/cmi5/reach.ts).
 */
export const CMI5_POLICY: Directives = { ...PAGE_POLICY, 'connect-src': [SELF, 'https:', 'http:'] };

/** `default-src 'self'; script-src 'self'; …`, in the order the directives were written. */
export function renderPolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
