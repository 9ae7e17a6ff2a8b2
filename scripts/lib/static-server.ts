/** A small static file server for the LMS preview and the browser tests (loopback only). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.dtd': 'application/xml-dtd',
  '.txt': 'text/plain; charset=utf-8',
};

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** Serves each URL prefix from its folder (the longest matching prefix wins), after any route. */
export function staticServer(mounts: Array<[string, string]>, route?: Route): Server {
  const sorted = [...mounts].sort((a, b) => b[0].length - a[0].length);
  return createServer(async (request, response) => {
    if (route && (await route(request, response))) return;
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const mount = sorted.find(([prefix]) => url.startsWith(prefix));
    let file = mount
      ? join(mount[1], normalize(url.slice(mount[0].length)).replace(/^(\.\.[/\\])+/, ''))
      : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
}
