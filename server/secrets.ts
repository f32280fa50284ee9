// Secrets and codes: random link tokens and resume secrets (only their SHA-256 hashes are stored), session ids,
// and 6-character join codes from an alphabet without look-alike characters (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 6;

/** A 256-bit secret, URL-safe (it travels in a URL fragment `#k=…` and in the WebSocket hello). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** An id for sessions and participants (a letter, then 96 random bits in hex): unguessable but not a secret. */
export function newId(prefix: 's' | 'p'): string {
  return prefix + randomBytes(12).toString('hex');
}

export function newJoinCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}
