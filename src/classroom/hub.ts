/**
 * The sockets of one room (build/Node side): who is a phone, who is the projector, what each may
 * say and how often. Every refusal answers the one sender and changes nothing in the room.
 */

import { timingSafeEqual } from 'node:crypto';
import type { WebSocket } from 'ws';
import {
  type DecisionCounts,
  parseGuestMessage,
  parseHostMessage,
  type RefusalReason,
  type ToHost,
  type ToPhone,
} from './protocol.ts';
import { FailureWindow, TokenBucket } from './rate-limit.ts';
import type { Room } from './room.ts';
import { normaliseCode } from './room-code.ts';

/**
 * A phone may send 5 messages a second (10 at once); the projector, which re-sends on every key,
 * 50.
 */
const RATE = { phone: [5, 10], host: [50, 100] } as const;
/** A sender still flooding after this many refusals in a row is disconnected (policy violation). */
const REFUSALS_BEFORE_CLOSE = 50;

interface Peer {
  role: 'guest' | 'phone' | 'host';
  ip: string;
  token?: string;
  bucket: TokenBucket;
  refusedInARow: number;
}

export interface RoomInfo {
  join: string;
  qr: string;
  lan: boolean;
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export class Hub {
  private readonly peers = new Map<WebSocket, Peer>();
  /** Wrong codes or keys: 10 a minute per address, 300 a minute in all (see room-code.ts). */
  private readonly perAddress = new FailureWindow(10);
  private readonly overall = new FailureWindow(300);
  private countQueued = false;

  readonly room: Room;
  private readonly info: RoomInfo;
  private readonly now: () => number;
  constructor(room: Room, info: RoomInfo, now: () => number = Date.now) {
    this.room = room;
    this.info = info;
    this.now = now;
  }

  get phones(): number {
    return new Set([...this.peers.values()].flatMap((p) => (p.token ? [p.token] : []))).size;
  }

  connect(socket: WebSocket, ip: string): void {
    const [perSecond, burst] = RATE.phone;
    this.peers.set(socket, {
      role: 'guest',
      ip,
      bucket: new TokenBucket(perSecond, burst, this.now()),
      refusedInARow: 0,
    });
    socket.on('message', (data, isBinary) => this.receive(socket, data as Buffer, isBinary));
    socket.on('close', () => {
      const peer = this.peers.get(socket);
      this.peers.delete(socket);
      if (peer?.role === 'phone') this.queueCount();
    });
    socket.on('error', () => socket.terminate());
  }

  private send(socket: WebSocket, message: ToPhone | ToHost): undefined {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }

  private refuse(socket: WebSocket, peer: Peer, reason: RefusalReason): undefined {
    peer.refusedInARow++;
    if (peer.refusedInARow >= REFUSALS_BEFORE_CLOSE)
      socket.close(1008, 'too many refused messages');
    else this.send(socket, { t: 'refused', reason });
  }

  private receive(socket: WebSocket, data: Buffer, isBinary: boolean): undefined {
    const peer = this.peers.get(socket);
    if (!peer) return;
    if (!peer.bucket.take(this.now())) return this.refuse(socket, peer, 'slow-down');
    if (isBinary) return this.refuse(socket, peer, 'bad-message');
    const raw = data.toString('utf8');
    if (peer.role === 'host') return this.fromHost(socket, peer, raw);
    const parsed = parseGuestMessage(raw);
    if (!parsed.ok) return this.refuse(socket, peer, parsed.reason);
    const m = parsed.message;
    if (m.t === 'host') return this.hostHello(socket, peer, m.key);
    if (m.t === 'join') return this.join(socket, peer, m.code, m.token);
    if (!peer.token) return this.refuse(socket, peer, 'not-joined');
    const voted = this.room.vote(peer.token, m.decision, m.choice);
    if (!voted.ok) return this.refuse(socket, peer, voted.reason);
    peer.refusedInARow = 0;
    // Every socket of this token (a phone open twice) shows the same vote.
    for (const [s, p] of this.peers)
      if (p.token === peer.token)
        this.send(s, { t: 'voted', decision: m.decision, choice: m.choice });
    this.queueCount();
  }

  /** A wrong code or key counts against the address; past the limit even a right one waits. */
  private blocked(peer: Peer): boolean {
    const now = this.now();
    return this.perAddress.blocked(peer.ip, now) || this.overall.blocked('all', now);
  }

  private failed(peer: Peer): void {
    const now = this.now();
    this.perAddress.fail(peer.ip, now);
    this.overall.fail('all', now);
  }

  private join(socket: WebSocket, peer: Peer, code: string, token: string): undefined {
    if (this.blocked(peer)) return this.refuse(socket, peer, 'too-many-tries');
    if (!same(normaliseCode(code), this.room.code)) {
      this.failed(peer);
      return this.refuse(socket, peer, 'bad-code');
    }
    if (peer.token && peer.token !== token) return this.refuse(socket, peer, 'bad-message');
    if (!this.room.admit(token)) return this.refuse(socket, peer, 'room-full');
    peer.role = 'phone';
    peer.token = token;
    peer.refusedInARow = 0;
    this.send(socket, { t: 'joined' });
    this.send(socket, { ...this.room.current, mine: this.room.mine(token) });
    this.queueCount();
  }

  private hostHello(socket: WebSocket, peer: Peer, key: string): undefined {
    if (this.blocked(peer)) return this.refuse(socket, peer, 'too-many-tries');
    if (!same(key, this.room.key)) {
      this.failed(peer);
      return this.refuse(socket, peer, 'not-allowed');
    }
    const [perSecond, burst] = RATE.host;
    Object.assign(peer, {
      role: 'host',
      token: undefined,
      bucket: new TokenBucket(perSecond, burst, this.now()),
      refusedInARow: 0,
    });
    this.send(socket, { t: 'room', code: this.room.code, ...this.info });
    this.sendCount(socket);
  }

  private fromHost(socket: WebSocket, peer: Peer, raw: string): undefined {
    const parsed = parseHostMessage(raw);
    if (!parsed.ok) return this.refuse(socket, peer, parsed.reason);
    peer.refusedInARow = 0;
    const m = parsed.message;
    if (m.t === 'export') return this.send(socket, { t: 'export', decisions: this.export() });
    this.room.setShow(m);
    // The show is the same for every phone but for its own vote: serialise it once.
    const shown = JSON.stringify(m).slice(0, -1);
    for (const [s, p] of this.peers)
      if (p.role === 'phone' && s.readyState === s.OPEN) {
        const mine = p.token ? this.room.mine(p.token) : undefined;
        s.send(mine ? `${shown},"mine":${JSON.stringify(mine)}}` : `${shown}}`);
      }
    this.queueCount();
  }

  export(): DecisionCounts[] {
    return this.room.exportCounts();
  }

  /** Counts go to the projector once per turn of the event loop, however many votes came in it. */
  private queueCount(): void {
    if (this.countQueued) return;
    this.countQueued = true;
    setImmediate(() => {
      this.countQueued = false;
      for (const [s, p] of this.peers) if (p.role === 'host') this.sendCount(s);
    });
  }

  private sendCount(socket: WebSocket): void {
    const decision = this.room.current.decision?.id ?? '';
    this.send(socket, { t: 'count', decision, counts: this.room.counts(), phones: this.phones });
  }

  /** Pings every socket; one that did not answer the last ping is gone (a phone that slept). */
  heartbeat(): void {
    for (const socket of this.peers.keys()) {
      const s = socket as WebSocket & { alive?: boolean };
      if (s.alive === false) {
        s.terminate();
        continue;
      }
      s.alive = false;
      s.once('pong', () => {
        s.alive = true;
      });
      s.ping();
    }
  }
}
