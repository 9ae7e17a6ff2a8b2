/**
 * The static file server of the LMS preview and the browser tests (loopback only): each URL
 * prefix is served from its folder by sirv, which refuses paths outside the folder and survives
 * malformed URLs (a 404, never a crash).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

/** Serves each URL prefix from its folder (the longest matching prefix wins), after any route. */
export function staticServer(mounts: Array<[string, string]>, route?: Route): Server {
  const handlers = [...mounts]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([prefix, dir]) => ({
      prefix,
      serve: sirv(dir, {
        dev: true, // read from disk on each request: the build may rewrite a folder meanwhile
        setHeaders: (response) => response.setHeader('cache-control', 'no-store'),
      }),
    }));
  return createServer(async (request, response) => {
    try {
      if (route && (await route(request, response))) return;
      const path = (request.url ?? '/').split('?')[0];
      const mount = handlers.find(({ prefix }) => path.startsWith(prefix));
      if (!mount) {
        notFound(response);
        return;
      }
      request.url = `/${(request.url ?? '/').slice(mount.prefix.length).replace(/^\/+/, '')}`;
      mount.serve(request, response, () => notFound(response));
    } catch {
      if (!response.headersSent) response.writeHead(400, { 'content-type': 'text/plain' });
      response.end('Bad request');
    }
  });
}
