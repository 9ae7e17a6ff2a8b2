/** English interface strings of the web export's home page and the no-script notice. */
export const enSite = {
  // The web export's home page (scripts/packaging/web-package.ts), in each language.
  webModules: 'Modules',
  webMinutes: '{minutes} min',
  webIntro:
    'Take the modules in order, at your own pace. Your progress and answers stay in this ' +
    'browser, on this device.',
  // Shown only when a page's scripts could not run (e.g. a package opened straight from a folder).
  scriptsBlocked:
    'This page could not start: the browser did not run its scripts. This happens when a module ' +
    'made for a learning platform is opened straight from a folder. Open it from your learning ' +
    'platform or from a website instead.',
} as const;
