// Astro builds one static page per module per language; scripts/packaging/write-packages.ts then
// copies each page and the assets it uses into LMS packages, where every URL must be relative.

import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { brandCss } from './scripts/lib/brand-css.ts';
import { contentDir } from './src/course/content-dir.ts';

/** `import 'virtual:brand.css'` gives the course.yaml colours as CSS variables, as a file (CSP). */
function brandPlugin() {
  const id = 'virtual:brand.css';
  return {
    name: 'course-brand',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? brandCss(process.cwd()) : undefined),
  };
}

/**
 * `npm run dev`: scenario, check and tool YAML sit outside Vite's module graph, so a change there
 * reloads the page; src/course/content.ts then reads the content again.
 */
function contentReload() {
  return {
    name: 'course-content-reload',
    configureServer(server) {
      const dir = resolve(contentDir());
      server.watcher.add(dir);
      const reload = (file) => {
        if (file.startsWith(dir) && /\.ya?ml$/.test(file)) server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, reload);
    },
  };
}

export default defineConfig({
  outDir: 'dist/site',
  // A build elsewhere (COURSE_DIST, used by tests on fixture courses) keeps its own content cache.
  ...(process.env.COURSE_DIST ? { cacheDir: `${process.env.COURSE_DIST}/.astro-cache` } : {}),
  trailingSlash: 'ignore',
  build: { format: 'file', inlineStylesheets: 'never', assets: '_astro' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [brandPlugin(), contentReload()],
    // Never inline scripts or assets as data: URLs; pages must pass a strict CSP.
    build: { assetsInlineLimit: 0 },
  },
});
