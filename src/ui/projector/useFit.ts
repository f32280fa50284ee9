// Shrinks a screen's type until its content fits the viewport without scrolling (the projector is read from the back
// of the room, so it starts large). Measured again whenever the content or the window changes.
import { type RefObject, useLayoutEffect, useState } from 'react';

export function useFit(ref: RefObject<HTMLElement | null>, key: unknown, max = 1.6, min = 0.7): number {
  const [scale, setScale] = useState(max);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the content; refit when it changes.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const refit = () => {
      let s = max;
      el.style.fontSize = `${s}rem`;
      while (s > min && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        s = Math.round((s - 0.05) * 100) / 100;
        el.style.fontSize = `${s}rem`;
      }
      setScale(s);
    };
    refit();
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [ref, key, max, min]);
  return scale;
}
