// The language the player chose (settings store), for scenario texts and clock formatting.
import type { Language } from '../../engine/play/schema';
import { useSettingsStore } from '../../store/settings';

export function useLang(): Language {
  return useSettingsStore((s) => s.lang);
}
