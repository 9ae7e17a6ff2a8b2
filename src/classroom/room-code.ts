/**
 * The room code participants type, and the facilitator's key that only the projector holds.
 *
 * Guessing the code: 31 symbols (no 0/O, 1/I/L) to the power 6 is 887 million codes. The server
 * refuses an address after 10 wrong codes in a minute, so over a 4-hour session one address can try
 * 2,400 codes: a chance of 1 in 370,000. Even 250 addresses (a whole /24 network) stay under 1 in
 * 1,400, and the whole server also stops taking wrong codes past 300 a minute.
 * The key is 32 random bytes (256 bits): it is never guessed, only copied.
 */

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** A uniformly random code (rejection sampling: no symbol is more likely than another). */
export function newRoomCode(): string {
  let code = '';
  while (code.length < CODE_LENGTH)
    for (const byte of randomBytes(16)) {
      const limit = 256 - (256 % CODE_ALPHABET.length);
      if (byte < limit && code.length < CODE_LENGTH)
        code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  return code;
}

/** What the participant typed, as the code is compared: case, spaces and dashes do not matter. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

/** The code as shown on screen, in two halves for reading aloud: "ABC-DEF". */
export const displayCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export const newKey = (): string => toBase64Url(randomBytes(32));

/** A phone's anonymous token: 16 random bytes, kept on the phone so a reconnect keeps its vote. */
export const newToken = (): string => toBase64Url(randomBytes(16));
