/**
 * The PDFs `npm run print` makes of the kit (scripts/print.ts), and where the kit's pages find
 * them: in facilitator/print/<a4|letter>/ of the built site, so the kit and its PDFs move together.
 */
export const PRINT_DIR = 'facilitator/print';
/** Paper sizes, as folder names and as Playwright's page.pdf formats (case-insensitive). */
export const PAPER = ['a4', 'letter'] as const;

/** The PDF of a kit page or a module's job aid, by kind. */
export const pdfName = (kind: 'session-plans' | 'guide' | 'role-cards' | 'job-aid', module = '') =>
  kind === 'session-plans' ? 'session-plans.pdf' : `${module}-${kind}.pdf`;
