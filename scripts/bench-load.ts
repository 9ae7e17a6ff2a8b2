/**
 * First load of a module page on a slow phone: DevTools' "Fast 3G" preset (562.5 ms round trip,
 * 1.44 Mbit/s down, 675 kbit/s up, each × 0.9 as Chrome applies it) and the CPU 4× slower, cache
 * off. Reports DOMContentLoaded (which waits for the page's deferred scripts: the page is usable
 * then) and how many requests the page made, as the median of three cold loads. `gzipServer`
 * serves a folder compressed, as most web servers and LMSs send text; the static server does not.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { chromium } from '@playwright/test';

type Browser = Awaited<ReturnType<typeof chromium.launch>>;
export interface Row {
  what: string;
  value: number;
  budget?: number;
  unit: string;
}

const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.44 * 1e6) / 8) * 0.9,
  uploadThroughput: ((675 * 1e3) / 8) * 0.9,
};

export async function slowLoad(browser: Browser, url: string, name: string): Promise<Row[]> {
  const runs: Array<{ dcl: number; requests: number }> = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'load' });
    runs.push(
      await page.evaluate(() => ({
        dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
        requests: 1 + performance.getEntriesByType('resource').length,
      })),
    );
    await context.close();
  }
  const median = runs.sort((a, b) => a.dcl - b.dcl)[1];
  return [
    {
      what: `DOMContentLoaded ${name} (CPU 4x, Fast 3G)`,
      value: Math.round(median.dcl),
      budget: 2000,
      unit: 'ms',
    },
    { what: `requests of ${name}`, value: median.requests, unit: '' },
  ];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** A folder served with gzip on text files (loopback, benchmark only). */
export function gzipServer(root: string): Server {
  return createServer((request, response) => {
    const path = resolve(join(root, decodeURIComponent((request.url ?? '/').split('?')[0])));
    const type = TYPES[extname(path)];
    if (!path.startsWith(resolve(root)) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(path);
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(type ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(type ? gzipSync(body) : body);
  });
}
