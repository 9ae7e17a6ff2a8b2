/**
 * The projector's side of the live classroom (browser): connects with the facilitator key that
 * only this tab holds (sessionStorage, put there from the URL fragment the server opened), says
 * what is on screen, and hears the room's info and the live counts. Reconnects by itself.
 */

import type { DecisionCounts, HostMessage, Show, ToHost } from './protocol.ts';

const KEY = 'classroom-key';

/**
 * The key from `#key=…` (then removed from the address bar and history), or the one this tab kept.
 */
export function facilitatorKey(): string | undefined {
  const fromUrl = /^#key=([A-Za-z0-9_-]{16,128})$/.exec(location.hash)?.[1];
  try {
    if (fromUrl) {
      sessionStorage.setItem(KEY, fromUrl);
      history.replaceState(null, '', location.pathname + location.search);
    }
    return sessionStorage.getItem(KEY) ?? fromUrl;
  } catch {
    return fromUrl;
  }
}

export interface HostEvents {
  room(info: Extract<ToHost, { t: 'room' }>): void;
  count(count: Extract<ToHost, { t: 'count' }>): void;
  exported?(decisions: DecisionCounts[]): void;
  /** `false` when the server stopped answering (hand counts still work). */
  connected(on: boolean): void;
}

export class HostLink {
  private socket?: WebSocket;
  private last?: string;
  private retries = 0;
  /** A wrong key is not retried: the tab keeps hand counts. */
  private refused = false;
  private readonly key: string;
  private readonly events: HostEvents;
  constructor(key: string, events: HostEvents) {
    this.key = key;
    this.events = events;
    this.connect();
  }

  private connect() {
    const ws = new WebSocket(
      `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/classroom/socket`,
    );
    this.socket = ws;
    ws.onopen = () => {
      this.retries = 0;
      ws.send(JSON.stringify({ t: 'host', key: this.key }));
      // After a reconnect the server hears again what is on screen.
      if (this.last) ws.send(this.last);
    };
    ws.onmessage = (event) => {
      let m: ToHost;
      try {
        m = JSON.parse(String(event.data)) as ToHost;
      } catch {
        return;
      }
      if (m.t === 'room') {
        this.events.room(m);
        this.events.connected(true);
      } else if (m.t === 'count') this.events.count(m);
      else if (m.t === 'export') this.events.exported?.(m.decisions);
      else if (m.t === 'refused' && m.reason !== 'slow-down') {
        this.refused = true;
        ws.close();
      }
    };
    ws.onclose = () => {
      this.events.connected(false);
      if (this.refused) return;
      setTimeout(() => this.connect(), Math.min(10_000, 500 * 2 ** this.retries++));
    };
  }

  private send(message: HostMessage) {
    const raw = JSON.stringify(message);
    if (message.t === 'show') {
      if (raw === this.last) return;
      this.last = raw;
    }
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(raw);
  }

  show(show: Show) {
    this.send(show);
  }

  requestExport() {
    this.send({ t: 'export' });
  }
}
