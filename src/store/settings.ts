// Player preferences that outlive a game: language, large-text mode and the last timer choice.
// Persisted with zustand's persist middleware (versioned); nothing here is a save.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../engine/play/schema';
import type { TimerMode } from '../engine/play/session';
import { tolerantStorage } from './tolerant-storage';

export type Settings = { lang: Language; largeText: boolean; timerMode: TimerMode };

type SettingsStore = Settings & {
  setLang: (lang: Language) => void;
  setLargeText: (on: boolean) => void;
  setTimerMode: (mode: TimerMode) => void;
};

export const defaultSettings: Settings = { lang: 'nl', largeText: false, timerMode: 'off' };

export const SETTINGS_KEY = 'draaiboek.settings';

export const useSettingsStore = create<SettingsStore>()(
  persist(
    (set) => ({
      ...defaultSettings,
      setLang: (lang) => set({ lang }),
      setLargeText: (largeText) => set({ largeText }),
      setTimerMode: (timerMode) => set({ timerMode }),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: tolerantStorage,
      partialize: ({ lang, largeText, timerMode }) => ({ lang, largeText, timerMode }),
      // Version 1 is the first; an unknown older shape keeps only the fields that are still valid.
      migrate: (persisted) => sanitize(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);

function sanitize(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    lang: v.lang === 'en' || v.lang === 'nl' ? v.lang : defaultSettings.lang,
    largeText: typeof v.largeText === 'boolean' ? v.largeText : defaultSettings.largeText,
    timerMode: v.timerMode === 'relaxed' || v.timerMode === 'realistic' || v.timerMode === 'off' ? v.timerMode : defaultSettings.timerMode,
  };
}

/** Back to the defaults (tests start from here). */
export function resetSettings(): void {
  useSettingsStore.setState(defaultSettings);
}
