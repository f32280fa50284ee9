// Moves keyboard and screen-reader focus to an element (usually a screen's heading) when it appears.
import { type RefObject, useEffect } from 'react';

export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true, key: unknown = null): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` re-runs the effect when the content it labels changes.
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled, key, ref]);
}
