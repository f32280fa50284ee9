// Moves keyboard and screen-reader focus to an element (usually a screen's heading) when it appears.
// Focusing forces a synchronous layout of the whole page; done inside the commit of a key press (React flushes
// those effects before the browser paints) it was the largest single cost between the key and the painted answer.
// So the new content is painted first and focus follows in the next frame, 16 ms later, before anyone can act on it.
import { type RefObject, useEffect } from 'react';

export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true, key: unknown = null): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` re-runs the effect when the content it labels changes.
  useEffect(() => {
    if (!enabled) return;
    let second = 0;
    // The first callback runs before this frame's paint, the second before the next one: after the answer is shown.
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => ref.current?.focus());
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [enabled, key, ref]);
}
