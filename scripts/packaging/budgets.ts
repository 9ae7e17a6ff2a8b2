/**
 * The size budgets of DESIGN §6, shared by `npm run bench` and the unit test that holds the zips to
 * them.
 */
const KB = 1024;

/**
 * One module's zip, per format. cmi5 ships no XSDs, so its zips get the text-only budget of SCORM
 * 1.2.
 */
export const ZIP_BUDGET: Record<string, number> = {
  scorm12: 60 * KB,
  scorm2004: 80 * KB,
  cmi5: 60 * KB,
};
