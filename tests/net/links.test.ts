// @vitest-environment node
// Finding the server from a page: a real health answer counts, a static host's index.html does not.
import { describe, expect, it } from 'vitest';
import { keyFromHash, serverPresent, socketUrl } from '../../src/net/links';

const answer = (body: string, type: string, status = 200) =>
  (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;

describe('finding the session server', () => {
  it('counts a health answer that names the app', async () => {
    const health = { app: 'draaiboek', version: '0.1.0', store: 'sqlite', openSessions: 0 };
    expect(await serverPresent(answer(JSON.stringify(health), 'application/json; charset=utf-8'))).toEqual(health);
  });

  it('does not count a static host that answers with index.html, another app, an error or no network', async () => {
    expect(await serverPresent(answer('<!doctype html>', 'text/html'))).toBeNull();
    expect(await serverPresent(answer('{"app":"other"}', 'application/json'))).toBeNull();
    expect(await serverPresent(answer('{}', 'application/json', 502))).toBeNull();
    expect(await serverPresent((async () => Promise.reject(new TypeError('offline'))) as typeof fetch)).toBeNull();
  });

  it('opens the WebSocket beside the page, secure when the page is', () => {
    expect(socketUrl({ protocol: 'http:', host: '192.168.1.20:4173' })).toBe('ws://192.168.1.20:4173/ws');
    expect(socketUrl({ protocol: 'https:', host: 'oefening.example.nl' })).toBe('wss://oefening.example.nl/ws');
  });

  it('reads the key from the fragment and ignores a missing or short one', () => {
    expect(keyFromHash(`#k=${'a'.repeat(43)}`)).toBe('a'.repeat(43));
    expect(keyFromHash('#k=short')).toBeNull();
    expect(keyFromHash('')).toBeNull();
  });
});
