// Astro builds one static page per module per language; scripts/package.ts then copies each page
// and the assets it uses into LMS packages, so every URL must be relative there (see rewrite).

import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { brandCss } from './scripts/lib/brand-css.ts';
import { modulePreload } from './scripts/lib/modulepreload.ts';

/** `import 'virtual:brand.css'` gives the course.yaml colours as CSS variables, as a file (CSP). */
function brandPlugin() {
  const id = 'virtual:brand.css';
  return {
    name: 'course-brand',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? brandCss(process.cwd()) : undefined),
  };
}

export default defineConfig({
  outDir: 'dist/site',
  // A build elsewhere (COURSE_DIST, used by tests on fixture courses) keeps its own content cache.
  ...(process.env.COURSE_DIST ? { cacheDir: `${process.env.COURSE_DIST}/.astro-cache` } : {}),
  trailingSlash: 'ignore',
  build: { format: 'file', inlineStylesheets: 'never', assets: '_astro' },
  integrations: [mdx(), modulePreload()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [brandPlugin()],
    // Never inline scripts or assets as data: URLs; pages must pass a strict CSP.
    build: { assetsInlineLimit: 0 },
  },
});
