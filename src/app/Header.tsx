import { useState, type ReactNode } from 'react';
import { SEARCH_DEBOUNCE_MS } from '../schedule/policies';
import { useDebouncedEffect } from '../schedule/useDebouncedEffect';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { KeyboardHelp } from './KeyboardHelp';
import { ThemeToggle } from './ThemeToggle';

/** The app name, the search box, the theme toggle, the share button and, once loaded, the collection's button. */
export function Header({ children }: { children?: ReactNode }) {
  const store = useAppStoreApi();
  const q = useAppStore((s) => s.q);
  const [draft, setDraft] = useState<string | undefined>();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // Search as the user types, once they pause, so each query is one history entry.
  useDebouncedEffect(draft, SEARCH_DEBOUNCE_MS, (typed) => {
    if (typed.trim() !== store.getState().q) store.getState().setQuery(typed.trim());
  });
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied('idle'), 4000);
  };
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Dushanbe Timeline</h1>
        <p className="tagline">Counter-terrorism diplomacy in Central Asia, from the sources</p>
      </div>
      <form
        className="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft !== undefined) store.getState().setQuery(draft.trim());
        }}
      >
        <label htmlFor="search-input" className="visually-hidden">
          Search the sources
        </label>
        <input
          id="search-input"
          type="search"
          placeholder="Search the sources"
          value={draft ?? q}
          maxLength={200}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft !== undefined && draft.trim() !== store.getState().q) store.getState().setQuery(draft.trim());
            setDraft(undefined);
          }}
        />
      </form>
      <div className="header-actions">
        {children}
        <KeyboardHelp />
        <ThemeToggle />
        <button type="button" onClick={() => void share()}>
          Share
        </button>
        <span role="status" className="share-status">
          {copied === 'copied' ? 'Link copied' : copied === 'failed' ? 'Copy the address bar to share' : ''}
        </span>
      </div>
    </header>
  );
}
