// Keys 1–9 choose the option with that number while a decision is open (not while typing in a field).
import { useEffect, useRef } from 'react';
import type { OptionView } from '../../engine/play/view';

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
      const option = latest.current.options.find((o) => o.key === Number(e.key));
      if (!option?.available) return;
      e.preventDefault();
      latest.current.onChoose(option.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
