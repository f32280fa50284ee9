// @vitest-environment node
// Which join links the console offers, from injected interface lists: private networks first, loopback never,
// PUBLIC_URL alone when set, and a hint instead of a link when the server listens on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { lanAddresses, reach } from '../../server/lan';

const nic = (address: string, internal = false, family = 'IPv4') => ({ address, family, internal, netmask: '', mac: '', cidr: null });
const interfaces = {
  lo: [nic('127.0.0.1', true), nic('::1', true, 'IPv6')],
  eth0: [nic('203.0.113.9'), nic('fe80::1', false, 'IPv6')],
  wlan0: [nic('192.168.1.20')],
  vpn0: [nic('10.8.0.2')],
  zeroconf: [nic('169.254.10.1')],
  docker0: [nic('172.17.0.1')],
} as never;

describe('addresses phones can reach', () => {
  it('lists every non-internal IPv4 address, private ranges first and link-local last', () => {
    expect(lanAddresses(interfaces)).toEqual(['10.8.0.2', '172.17.0.1', '192.168.1.20', '203.0.113.9', '169.254.10.1']);
  });

  it('makes join bases with the port when listening on every address', () => {
    expect(reach({ host: '0.0.0.0', port: 4173, interfaces }).bases[0]).toBe('http://10.8.0.2:4173');
  });

  it('uses only the address the server is bound to when it is one', () => {
    expect(reach({ host: '192.168.1.20', port: 80, interfaces })).toEqual({ bases: ['http://192.168.1.20:80'], hint: null });
  });

  it('says how to restart instead of offering a link on 127.0.0.1', () => {
    expect(reach({ host: '127.0.0.1', port: 4173, interfaces })).toEqual({
      bases: [],
      hint: expect.stringMatching(/HOST=0\.0\.0\.0 npm start/),
    });
  });

  it('says to join the Wi-Fi when the laptop has no network address', () => {
    expect(reach({ host: '0.0.0.0', port: 4173, interfaces: { lo: [nic('127.0.0.1', true)] } as never }).hint).toMatch(/Wi-Fi/);
  });

  it('lets PUBLIC_URL win over every address', () => {
    expect(reach({ host: '127.0.0.1', port: 4173, publicUrl: 'https://oefening.example.nl//', interfaces })).toEqual({
      bases: ['https://oefening.example.nl'],
      hint: null,
    });
  });
});
