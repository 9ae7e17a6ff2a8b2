/**
 * The learner-runtime part of `npm run bench` (issue 18), called by scripts/bench.ts after the
 * build: page weight (bytes, the share that is embedded data, image bytes) per module page, the
 * per-click cost of a generated 1,000-step role-play at steps 1, 100 and 1,000 (bench-clicks.ts),
 * and DOMContentLoaded of a module page, on the site and in its package, with the CPU 4× slower
 * and Fast 3G (bench-load.ts).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { clickRows } from './bench-clicks.ts';
import { gzipServer, slowLoad } from './bench-load.ts';
import { chromiumArgs, systemChromium } from './lib/chromium.ts';
import { staticServer } from './lib/static-server.ts';

export interface Row {
  what: string;
  value: number;
  budget?: number;
  unit: string;
}

const JSON_SCRIPT = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g;

/** Bytes of a module page, of its embedded JSON, and of its pictures (inline SVG, data: images). */
export function pageWeight(html: string) {
  const data = [...html.matchAll(JSON_SCRIPT)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  const svg = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((n, m) => n + m[0].length, 0);
  const uris = [...html.matchAll(/src="(data:image[^"]*)"/g)].reduce((n, m) => n + m[1].length, 0);
  return { bytes: Buffer.byteLength(html), data, images: svg + uris };
}

/** A straight 1,000-step conversation: two choices per node, no meter ever tips it. */
function longScenario(id: string, steps: number) {
  const nodes = Array.from({ length: steps }, (_, i) => ({
    id: `n${i}`,
    kind: 'line',
    speaker: 'c',
    text: `Line ${i}: a customer sentence of ordinary length for the benchmark.`,
    choices: ['a', 'b'].map((k) => ({
      id: `c${i}${k}`,
      text: `Answer ${k} at step ${i}, about as long as a real choice is.`,
      rating: k === 'a' ? 'strong' : 'weak',
      feedback: 'Feedback of ordinary length for the benchmark.',
      effects: { tension: k === 'a' ? -1 : 1 },
      points: { p: k === 'a' ? 1 : 0 },
      next: i + 1 < steps ? `n${i + 1}` : 'end',
    })),
  }));
  const scenario = {
    id,
    title: 'Benchmark',
    mode: 'practice',
    characters: [
      { id: 'c', name: 'Ms Bench', role: 'customer' },
      { id: 'y', name: 'You', role: 'employee' },
    ],
    meters: [
      { id: 'tension', label: 'Tension', start: 50, min: 0, max: 100, good: 'low', thresholds: [] },
    ],
    start: 'n0',
    nodes,
    routers: [],
    endings: [
      {
        id: 'end',
        outcome: 'resolved',
        title: 'Done',
        text: 'The end.',
        debrief: 'Debrief.',
        lesson: 'Lesson.',
      },
    ],
  };
  return { scenario, maxPoints: { p: steps }, competencies: { p: 'Benchmark' } };
}

/** Writes a copy of a module page whose first role-play is the generated one. */
function benchPage(site: string, page: string, steps: number): string {
  const html = readFileSync(join(site, page), 'utf8');
  const id = /<role-play data-scenario="([^"]+)"/.exec(html)![1];
  const data = longScenario(id, steps);
  const replaced = html
    .replace(
      new RegExp(
        '(<role-play data-scenario="[^"]+"[^>]*><script type="application/json" ' +
          'data-scenario-data>)[\\s\\S]*?(</script>)',
      ),
      (_, a, b) => `${a}${JSON.stringify(data).replace(/</g, '\\u003c')}${b}`,
    )
    .replace(
      /(<script type="application\/json" data-module-config>)([\s\S]*?)(<\/script>)/,
      (_, a, json, b) => {
        const config = JSON.parse(json);
        config.codec.scenarios[id] = data.scenario.nodes.flatMap((n) => n.choices.map((c) => c.id));
        return `${a}${JSON.stringify(config).replace(/</g, '\\u003c')}${b}`;
      },
    );
  const out = page.replace(/\.html$/, '.bench-roleplay.html');
  writeFileSync(join(site, out), replaced);
  return out;
}

/** Which browser parts to run: both in `npm run bench`, one when run alone (see the end). */
export interface Parts {
  clicks: boolean;
  load: boolean;
}

export async function runtimeRows(
  root: string,
  lang: string,
  moduleIds: string[],
  parts: Parts = { clicks: true, load: true },
): Promise<Row[]> {
  const site = join(root, 'dist', 'site');
  const rows: Row[] = [];
  for (const id of moduleIds) {
    const w = pageWeight(readFileSync(join(site, lang, `${id}.html`), 'utf8'));
    rows.push({ what: `page HTML ${lang}/${id}`, value: w.bytes, unit: 'B' });
    rows.push({ what: `page data (JSON) ${lang}/${id}`, value: w.data, unit: 'B' });
    rows.push({ what: `page images ${lang}/${id}`, value: w.images, unit: 'B' });
    const share = Math.round((100 * w.data) / w.bytes);
    rows.push({ what: `page share that is data ${lang}/${id}`, value: share, unit: '%' });
  }
  const withRolePlay = moduleIds.find((id) =>
    readFileSync(join(site, lang, `${id}.html`), 'utf8').includes('<role-play'),
  );
  if (!withRolePlay || !systemChromium) return rows;
  const packaged = join(root, 'dist', 'packages', lang, 'scorm12');
  const server = staticServer([
    ['/', site],
    ['/scorm12/', packaged],
  ]);
  const gzipped = gzipServer(site);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => gzipped.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const zipped = `http://127.0.0.1:${(gzipped.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
  const page = join(lang, `${withRolePlay}.html`);
  const bench = benchPage(site, page, 1000);
  try {
    if (parts.clicks) rows.push(...(await clickRows(browser, `${base}/${bench}`)));
    if (!parts.load) return rows;
    rows.push(...(await slowLoad(browser, `${base}/${page}`, `site ${lang}/${withRolePlay}`)));
    // The same module as its SCORM 1.2 package holds it (one classic script), outside an LMS.
    const inPackage = `scorm12/${withRolePlay}/${withRolePlay}.html`;
    if (existsSync(join(packaged, withRolePlay)))
      rows.push(...(await slowLoad(browser, `${base}/${inPackage}`, `SCORM 1.2 ${withRolePlay}`)));
    const name = `site ${lang}/${withRolePlay}, gzip`;
    const [dcl] = await slowLoad(browser, `${zipped}/${page}`, name);
    rows.push({ ...dcl, budget: undefined }); // the goal is for the plain server
  } finally {
    await browser.close();
    server.close();
    gzipped.close();
    if (!process.env.BENCH_KEEP) rmSync(join(site, bench));
  }
  return rows;
}

// Alone, after `npm run package`: `npx node scripts/bench-runtime.ts [clicks|load]` (default both).
if (import.meta.main) {
  const only = process.argv[2];
  const lang = process.argv[3] ?? 'en';
  const ids = (parse(readFileSync(join('content', 'course.yaml'), 'utf8')) as { modules: string[] })
    .modules;
  const parts = { clicks: only !== 'load', load: only !== 'clicks' };
  const rows = await runtimeRows(process.cwd(), lang, ids, parts);
  for (const r of rows)
    console.log(`${r.what.padEnd(72)} ${String(r.value).padStart(8)} ${r.unit}`);
}
