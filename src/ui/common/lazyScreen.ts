// A screen loaded on demand that can also be fetched ahead of time. Once its chunk has arrived it renders at once:
// React.lazy alone suspends on every first render, and React then holds the fallback for about 300 ms.
import { type ComponentType, createElement, lazy, useState } from 'react';

export type LazyScreen<P extends object> = {
  Screen: ComponentType<P>;
  /** Fetches the chunk (once); a failed fetch is forgotten so the next call tries again. */
  preload: () => Promise<void>;
  loaded: () => boolean;
};

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let ready: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        ready = component;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Suspending = lazy(() => preload().then(() => ({ default: ready as ComponentType<P> })));
  // biome-ignore lint/correctness/noComponentHookFactories: like React.lazy, lazyScreen runs once at module level, so Screen is created once.
  function Screen(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount the screen.
    const [Component] = useState<ComponentType<P>>(() => ready ?? Suspending);
    return createElement(Component, props);
  }
  return { Screen, preload, loaded: () => ready !== undefined };
}

/** Runs `work` when the browser is idle after the first paint (or soon after, where idle callbacks do not exist). */
export function whenIdle(work: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 1500);
  return () => window.clearTimeout(id);
}
