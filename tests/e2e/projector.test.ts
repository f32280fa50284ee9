// The projector view at 1920×1080 in Chromium against the real session server, through every decision of each shipped
// scenario (the real organisation's path, driven by a facilitator over the WebSocket): while a decision is open, with
// the options and once the tally is revealed, the page does not scroll either way, nothing is cut off, and the main
// text stays large enough to read from the back of the room.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { CreatedSession } from '../../src/net/protocol';
import { launchChromium, type Watched, watchedPage } from './support/browser';
import { plan, seededScenarios } from './support/scenarios';
import { type SessionServer, startSessionServer } from './support/session-server';

/** The least computed font size, in CSS pixels at 1920×1080, for the situation, the stage title and the options. */
const MIN_TEXT_PX = 20;

let server: SessionServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSessionServer(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The facilitator over a raw socket: every command carries the seq the log stands at. */
class Facilitator {
  private seq = 0;
  private n = 0;
  private waiting = new Map<string, (m: Record<string, unknown>) => void>();
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const m = JSON.parse(String(data)) as Record<string, unknown>;
      if (m.type === 'welcome') this.seq = m.seq as number;
      if (m.type === 'event') this.seq = Math.max(this.seq, (m.event as { seq: number }).seq);
      const done = this.waiting.get(String(m.id ?? (m.type === 'welcome' ? 'hello' : '')));
      if (done && (m.type === 'ack' || m.type === 'error' || m.type === 'welcome')) done(m);
    });
  }
  static async connect(url: string, sessionId: string, secret: string): Promise<Facilitator> {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/ws`);
    await new Promise<void>((ok, fail) => {
      socket.once('open', () => ok());
      socket.once('error', fail);
    });
    const f = new Facilitator(socket);
    const welcome = await f.reply('hello', { v: 1, type: 'hello', sessionId, secret, since: 0 });
    if (welcome.type !== 'welcome') throw new Error(JSON.stringify(welcome));
    return f;
  }
  private reply(id: string, message: unknown): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${JSON.stringify(message)}`)), 10_000);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(m);
      });
      this.socket.send(JSON.stringify(message));
    });
  }
  async command(event: Record<string, unknown>): Promise<number> {
    const id = `f${this.n++}`;
    const r = await this.reply(id, { v: 1, type: 'submit', id, event, expectedSeq: this.seq });
    if (r.type !== 'ack') throw new Error(`${String(event.type)}: ${JSON.stringify(r)}`);
    this.seq = Math.max(this.seq, r.seq as number);
    return r.seq as number;
  }
  close(): void {
    this.socket.close();
  }
}

type Measure = {
  scrollsDown: boolean;
  scrollsAcross: boolean;
  /** The projector's body cuts content off (it hides overflow, so the page itself never scrolls). */
  clipped: boolean;
  px: { title: number; situation: number; options: number[]; tally: number[] };
};

const measure = (page: Page): Promise<Measure> =>
  page.evaluate(async () => {
    // After the layout effect that fits the type, and a frame for the fonts.
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0);
    const doc = document.documentElement;
    const body = document.querySelector('.projector-body') as HTMLElement;
    return {
      scrollsDown: doc.scrollHeight > window.innerHeight,
      scrollsAcross: doc.scrollWidth > window.innerWidth,
      clipped: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1,
      px: {
        title: px(document.querySelector('#projector-stage')),
        situation: px(document.querySelector('.projector-situation')),
        options: [...document.querySelectorAll('.projector-options li')].map(px),
        tally: [...document.querySelectorAll('.projector-side .tally-label')].map(px),
      },
    };
  });

describe('the projector at 1920×1080 during a decision', () => {
  it.each(seededScenarios().map((s) => [s.id, s] as const))(
    '%s: fits the screen with readable text at every decision',
    { timeout: 240_000 },
    async (_id, s) => {
      const route = plan(s, 'nl', 'historical');
      const r = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenarioId: s.id, language: 'nl', timerMode: 'off', decisionMode: 'facilitator' }),
      });
      expect(r.status).toBe(201);
      const created = (await r.json()) as CreatedSession;
      const fac = await Facilitator.connect(server.url, created.sessionId, created.tokens.facilitator);
      let screen: Watched | null = null;
      try {
        screen = await watchedPage(browser, { viewport: { width: 1920, height: 1080 } });
        const projector = screen.page;
        await projector.goto(server.url + created.links.projector);
        await projector.getByRole('heading', { name: 'De oefening begint zo' }).waitFor();
        await fac.command({ type: 'session.start' });
        const seen: string[] = [];
        for (const step of route.steps) {
          const round = await fac.command({ type: 'decision.open' });
          await projector.getByRole('heading', { name: step.stageTitle, exact: true, level: 1 }).waitFor();
          await projector.locator('.projector-options li').first().waitFor();
          const open = await measure(projector);
          const where = `${s.id}, stage ${step.stageId}`;
          expect(open.scrollsDown, `${where}: the page scrolls down`).toBe(false);
          expect(open.scrollsAcross, `${where}: the page scrolls sideways`).toBe(false);
          expect(open.clipped, `${where}: the projector cuts text off`).toBe(false);
          expect(open.px.options.length, where).toBeGreaterThan(0);
          for (const [what, size] of [
            ['stage title', open.px.title],
            ['situation', open.px.situation],
            ...open.px.options.map((p, i) => [`option ${i + 1}`, p] as const),
          ] as const)
            expect(size, `${where}: the ${what} at ${size}px`).toBeGreaterThanOrEqual(MIN_TEXT_PX);

          await fac.command({ type: 'tally.reveal', round });
          await projector.locator('.projector-side .tally').waitFor();
          const tally = await measure(projector);
          expect(tally.scrollsDown || tally.scrollsAcross, `${where}: the page scrolls with the tally`).toBe(false);
          expect(tally.clipped, `${where}: the tally is cut off`).toBe(false);
          expect(tally.px.tally.length, where).toBeGreaterThan(0);
          for (const [what, size] of [
            ['situation', tally.px.situation],
            ...tally.px.tally.map((p, i) => [`tally option ${i + 1}`, p] as const),
          ] as const)
            expect(size, `${where}: the ${what} with the tally at ${size}px`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
          seen.push(step.stageId);
          await fac.command({ type: 'decision.lock', optionId: step.optionId, basis: 'facilitator' });
        }
        expect(seen).toEqual(route.steps.map((x) => x.stageId));
        expect(screen.errors, 'console or page errors').toEqual([]);
      } finally {
        fac.close();
        await screen?.context.close();
      }
    },
  );
});
