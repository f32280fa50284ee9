// The in-page probe of the interaction benchmark, kept as plain JavaScript source so it runs unchanged in any page:
// keydown timestamp → the DOM shows the expected change → the next frame has been produced (rAF, then a message).
// Each measured interaction is also marked for a performance trace (bench/trace.ts): "lat:start:<label>" on the key,
// "lat:end:<label>" when the frame is out.
export const LATENCY_PROBE = `
window.__latency = {
  arm(doneSource, label = 'key') {
    const done = new Function('return (' + doneSource + ');');
    this.result = new Promise((resolve, reject) => {
      let t0 = null;
      let fired = false;
      const observer = new MutationObserver(() => check());
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('the expected change did not appear within 10 s: ' + doneSource));
      }, 10000);
      const painted = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark('lat:end:' + label);
          resolve(performance.now() - t0);
        };
        channel.port2.postMessage(null);
      };
      const check = () => {
        if (fired || t0 === null || !done()) return;
        fired = true;
        clearTimeout(timer);
        observer.disconnect();
        requestAnimationFrame(painted);
      };
      const onKey = (event) => {
        window.removeEventListener('keydown', onKey, true);
        t0 = event.timeStamp;
        performance.mark('lat:start:' + label);
      };
      window.addEventListener('keydown', onKey, true);
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  },
};
`;

/** Median and 95th percentile (nearest rank) of a list of samples. */
export function summarise(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: rank(0.5), p95: rank(0.95) };
}
