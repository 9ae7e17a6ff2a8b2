import { describe, expect, it } from 'vitest';
import { LIMITS, parseGuestMessage, parseHostMessage } from '#src/classroom/protocol.ts';
import { FailureWindow, TokenBucket } from '#src/classroom/rate-limit.ts';
import { Room } from '#src/classroom/room.ts';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  newKey,
  newRoomCode,
  newToken,
  normaliseCode,
} from '#src/classroom/room-code.ts';

const decision = {
  id: '0-n_start',
  speaker: 'Sam',
  line: 'Where is my order?',
  choices: [
    { id: 'c_calm', text: 'Let me look.' },
    { id: 'c_cold', text: 'Not my job.' },
  ],
};
const show = (open = true, d = decision) => ({ t: 'show' as const, decision: d, open });
const token = newToken();

describe('classroom messages', () => {
  it('takes a join, a vote and a host hello, each exactly as sent', () => {
    expect(parseGuestMessage(JSON.stringify({ t: 'join', code: 'ABC-DEF', token }))).toEqual({
      ok: true,
      message: { t: 'join', code: 'ABC-DEF', token },
    });
    expect(parseGuestMessage('{"t":"vote","decision":"0-n_start","choice":"c_calm"}').ok).toBe(
      true,
    );
    expect(parseGuestMessage(JSON.stringify({ t: 'host', key: newKey() })).ok).toBe(true);
  });

  it('refuses malformed JSON, wrong shapes, extra-long and oversized messages', () => {
    for (const raw of [
      '{',
      'null',
      '[1]',
      '"join"',
      '{"t":"join","code":"ABC"}',
      '{"t":"join","code":"ABC","token":"short"}',
      '{"t":"vote","decision":"0-n","choice":"C CAPS"}',
      `{"t":"vote","decision":"${'x'.repeat(97)}","choice":"c"}`,
      JSON.stringify({
        t: 'join',
        code: 'ABCDEF',
        token,
        pad: 'x'.repeat(LIMITS.phoneMessageBytes),
      }),
      // 240 bytes of 2-byte letters
      JSON.stringify({ t: 'join', code: 'ABCDEF', token, pad: 'é'.repeat(120) }),
    ])
      expect(parseGuestMessage(raw), raw.slice(0, 60)).toEqual({
        ok: false,
        reason: 'bad-message',
      });
  });

  it('tells a phone that sends a facilitator command it is not allowed', () => {
    expect(parseGuestMessage(JSON.stringify(show()))).toEqual({ ok: false, reason: 'not-allowed' });
    expect(parseGuestMessage('{"t":"export"}')).toEqual({ ok: false, reason: 'not-allowed' });
  });

  it(
    'checks what the projector shows: ids, lengths, at most 4 distinct choices, a known ' + 'pick',
    () => {
      expect(parseHostMessage(JSON.stringify(show())).ok).toBe(true);
      expect(parseHostMessage(JSON.stringify({ t: 'show', decision: null, open: true }))).toEqual({
        ok: true,
        message: { t: 'show', decision: null, open: false },
      });
      const bad = [
        { ...decision, line: 'x'.repeat(LIMITS.lineChars + 1) },
        { ...decision, choices: [] },
        { ...decision, choices: Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, text: 'x' })) },
        { ...decision, choices: [decision.choices[0], decision.choices[0]] },
        { ...decision, id: 'has space' },
      ];
      for (const d of bad) expect(parseHostMessage(JSON.stringify(show(true, d))).ok).toBe(false);
      expect(parseHostMessage(JSON.stringify({ ...show(), picked: 'c_other' })).ok).toBe(false);
      expect(parseHostMessage('{"t":"show","decision":{},"open":true}').ok).toBe(false);
    },
  );
});

describe('room code and key', () => {
  it(
    'draws codes from the unambiguous alphabet, and reads them back whatever the case or ' + 'dash',
    () => {
      const codes = Array.from({ length: 200 }, newRoomCode);
      for (const c of codes) {
        expect(c).toHaveLength(CODE_LENGTH);
        expect([...c].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
      }
      expect(new Set(codes).size).toBeGreaterThan(190);
      expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
      expect(normaliseCode(' abc-def ')).toBe('ABCDEF');
      expect(newKey()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    },
  );
});

describe('rate limits', () => {
  it('lets a burst through, then one per interval', () => {
    const bucket = new TokenBucket(5, 10, 0);
    expect(Array.from({ length: 12 }, () => bucket.take(0)).filter(Boolean)).toHaveLength(10);
    expect(bucket.take(100)).toBe(false);
    expect(bucket.take(200)).toBe(true);
  });

  it('blocks an address after its failures in a minute, then forgets them', () => {
    const window = new FailureWindow(3);
    for (let i = 0; i < 3; i++) window.fail('10.0.0.9', i);
    expect(window.blocked('10.0.0.9', 10)).toBe(true);
    expect(window.blocked('10.0.0.8', 10)).toBe(false);
    expect(window.blocked('10.0.0.9', 60_010)).toBe(false);
  });

  it('remembers a bounded number of addresses', () => {
    const window = new FailureWindow(1, 60_000, 2);
    for (const ip of ['a', 'b', 'c']) window.fail(ip, 0);
    expect(window.blocked('a', 1)).toBe(false);
    expect(window.blocked('c', 1)).toBe(true);
  });
});

describe('room votes', () => {
  it(
    'counts one vote per phone, changed while open, refused once closed or for another ' +
      'decision',
    () => {
      const room = new Room('ABCDEF', newKey());
      const other = newToken();
      room.admit(token);
      room.admit(other);
      expect(room.vote(token, decision.id, 'c_calm')).toEqual({ ok: false, reason: 'not-open' });
      room.setShow(show());
      expect(room.vote(token, decision.id, 'c_calm').ok).toBe(true);
      expect(room.vote(token, decision.id, 'c_cold').ok).toBe(true);
      expect(room.vote(other, decision.id, 'c_cold').ok).toBe(true);
      expect(room.counts()).toEqual({ c_calm: 0, c_cold: 2 });
      expect(room.vote(token, 'another', 'c_calm')).toEqual({ ok: false, reason: 'not-open' });
      expect(room.vote(token, decision.id, 'c_nope')).toEqual({ ok: false, reason: 'bad-message' });
      expect(room.vote(newToken(), decision.id, 'c_calm')).toEqual({
        ok: false,
        reason: 'not-joined',
      });
      room.setShow(show(false));
      expect(room.vote(token, decision.id, 'c_calm')).toEqual({ ok: false, reason: 'not-open' });
      expect(room.mine(token)).toBe('c_cold');
      expect(room.exportCounts()).toEqual([
        {
          decision: decision.id,
          line: decision.line,
          choices: [
            { id: 'c_calm', text: 'Let me look.', votes: 0 },
            { id: 'c_cold', text: 'Not my job.', votes: 2 },
          ],
        },
      ]);
      expect(JSON.stringify(room.exportCounts())).not.toContain(token);
    },
  );

  it(
    'keeps a decision’s votes when the room comes back to it, and admits a bounded number of ' +
      'phones',
    () => {
      const room = new Room('ABCDEF', newKey());
      room.admit(token);
      room.setShow(show());
      room.vote(token, decision.id, 'c_calm');
      room.setShow(show(true, { ...decision, id: '1-n_next' }));
      expect(room.counts()).toEqual({ c_calm: 0, c_cold: 0 });
      room.setShow(show());
      expect(room.counts()).toEqual({ c_calm: 1, c_cold: 0 });
      for (let i = 1; i < LIMITS.phones; i++)
        expect(room.admit(`token-${i}-abcdefghijkl`)).toBe(true);
      expect(room.admit(newToken())).toBe(false);
      expect(room.admit(token)).toBe(true);
    },
  );
});
