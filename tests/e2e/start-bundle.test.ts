// The start screen of the production build loads neither the engine's validator (zod) nor its state machines
// (xstate): they arrive with the set-up screen. A value import from a store that carries the engine, anywhere on the
// start screen's import graph, pulls them onto the first page every trainer and player opens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/serve';

describe('the start screen bundle', () => {
  it('carries neither zod nor xstate', () => {
    const html = readFileSync(`${ROOT}dist/index.html`, 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    const carrying = scripts.filter((file) => /\$ZodType|xstate\.init/.test(readFileSync(`${ROOT}dist${file}`, 'utf8')));
    expect(carrying, 'start-screen scripts with zod or xstate in them').toEqual([]);
  });
});
