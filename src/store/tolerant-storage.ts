// localStorage for the small persisted stores (settings, endings found): a write that fails (storage full) is dropped
// rather than thrown, so a full storage never stops a game. Saves have their own reporting writes in saves.ts.
import { createJSONStorage } from 'zustand/middleware';

export const tolerantStorage = createJSONStorage(() => ({
  getItem: (key: string) => localStorage.getItem(key),
  setItem: (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Losing a preference or a found-ending mark is harmless; the next write tries again.
    }
  },
  removeItem: (key: string) => localStorage.removeItem(key),
}));
