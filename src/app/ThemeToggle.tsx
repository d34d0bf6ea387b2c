import { useEffect, useState } from 'react';

/** The colour scheme a user chose; "system" follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'dushanbe-timeline-theme';
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

/** Reads the saved choice; storage can be unavailable (private mode, sandboxed frames). */
function savedTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Cycles system → light → dark and applies the choice as data-theme on the root element. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      if (theme === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, theme);
    } catch {
      // The choice still applies for this visit.
    }
  }, [theme]);
  return (
    <button type="button" onClick={() => setTheme(NEXT[theme])} title="Colour scheme: system, light or dark">
      Theme: {theme}
    </button>
  );
}
