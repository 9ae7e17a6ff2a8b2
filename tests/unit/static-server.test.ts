import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticServer } from '#scripts/lib/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'site-'));
const deep = mkdtempSync(join(tmpdir(), 'pkgs-'));
mkdirSync(join(site, 'kit'));
writeFileSync(join(site, 'index.html'), '<p>home</p>');
writeFileSync(join(site, 'kit', 'index.html'), '<p>kit</p>');
writeFileSync(join(deep, 'a.js'), 'ok()');
writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');

const server = staticServer([
  ['/', site],
  ['/lms/deep/', deep],
]);
let base = '';
beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('static server', () => {
  it('serves each prefix from its folder, and a folder from its index.html', async () => {
    expect(await (await fetch(`${base}/lms/deep/a.js`)).text()).toBe('ok()');
    expect(await (await fetch(`${base}/kit/`)).text()).toBe('<p>kit</p>');
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it(
    'answers a malformed URL or a path outside the folder with an error and keeps ' + 'running',
    async () => {
      expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(404);
      expect((await fetch(`${base}/lms/deep/..%2f..%2fsecret.txt`)).status).toBe(404);
      expect((await fetch(`${base}/nothing-here.html`)).status).toBe(404);
      expect(await (await fetch(`${base}/lms/deep/a.js`)).text()).toBe('ok()');
    },
  );
});
