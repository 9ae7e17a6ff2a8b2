/**
 * The live classroom server (Node): serves the built site and the room's WebSocket on one port.
 * Loopback by default; on the LAN only when asked (`lan: true`), and then a phone's address gets
 * the join page and its assets, nothing else of the kit. One room per server, in memory only.
 */

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { Hub } from './hub.ts';
import { LIMITS } from './protocol.ts';
import { Room } from './room.ts';
import { displayCode, newKey, newRoomCode } from './room-code.ts';

export interface ClassroomOptions {
  /** The built site (dist/site, or the kit folder the bundled server sits in). */
  siteDir: string;
  port: number;
  /** Listen on every interface, so phones on the same network can join. */
  lan?: boolean;
}

export interface Classroom {
  server: Server;
  hub: Hub;
  port: number;
  /**
   * The projector's first page; the fragment holds the facilitator key (never sent to a server).
   */
  projectorUrl: string;
  /** The address phones open (in the QR code), with the code in its fragment. */
  joinUrl: string;
  close(): Promise<void>;
}

export const JOIN_PAGE = '/join.html';
const PHONE_PATHS = /^\/(join\.html|_astro\/[A-Za-z0-9._-]+\.(js|css|svg|woff2))?$/;

/** The first IPv4 address of this machine on a network, for phones to reach it. */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return undefined;
}

const isLoopback = (ip = '') => ip === '127.0.0.1' || ip === '::1' || ip.startsWith('::ffff:127.');

/** A browser's WebSocket names its page's origin: it must be this server (no other site's page). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser: no page to hijack the socket from
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export async function startClassroom(options: ClassroomOptions): Promise<Classroom> {
  const serve = sirv(options.siteDir, {
    etag: true,
    setHeaders: (res) => {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('cache-control', 'no-cache');
    },
  });
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    };
    if (!isLoopback(request.socket.remoteAddress) && !PHONE_PATHS.test(path)) notFound();
    else if (path === '/') response.writeHead(302, { location: JOIN_PAGE }).end();
    else serve(request, response, notFound);
  });
  const host = options.lan ? '0.0.0.0' : '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const room = new Room(newRoomCode(), newKey());
  const joinHost = options.lan ? (lanAddress() ?? '127.0.0.1') : '127.0.0.1';
  const joinUrl = `http://${joinHost}:${port}${JOIN_PAGE}#${displayCode(room.code)}`;
  const qr = await QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const hub = new Hub(room, { join: joinUrl, qr, lan: Boolean(options.lan) });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: LIMITS.frameBytes });
  server.on('upgrade', (request, socket, head) => {
    if (request.url?.split('?')[0] !== '/classroom/socket' || !sameOrigin(request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) =>
      hub.connect(ws, request.socket.remoteAddress ?? ''),
    );
  });
  const beat = setInterval(() => hub.heartbeat(), 20_000);
  beat.unref();
  return {
    server,
    hub,
    port,
    projectorUrl: `http://127.0.0.1:${port}/facilitator/classroom.html#key=${room.key}`,
    joinUrl,
    close: () =>
      new Promise((resolve) => {
        clearInterval(beat);
        for (const ws of sockets.clients) ws.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
