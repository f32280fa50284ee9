// Keys 1–9 choose the option with that number while a decision is open (not while typing in a field). Which key picks
// which option is UI policy: the n-th option of the stage has key n, and unavailable options keep theirs.
import { useEffect, useRef } from 'react';
import type { OptionView } from '../../engine/play/view';

/** The digit that picks the option at this position (1–9), or null past the ninth. */
export const digitOf = (index: number): number | null => (index < 9 ? index + 1 : null);

export function useDigitKeys(options: OptionView[], onChoose: (id: string) => void, enabled: boolean): void {
  const latest = useRef({ options, onChoose });
  latest.current = { options, onChoose };
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (!/^[1-9]$/.test(e.key)) return;
      const option = latest.current.options[Number(e.key) - 1];
      if (!option?.available) return;
      e.preventDefault();
      latest.current.onChoose(option.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
