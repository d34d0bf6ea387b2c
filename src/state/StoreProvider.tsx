import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppState, type AppStore } from './store';

const StoreContext = createContext<AppStore | null>(null);

/** Props of the store provider. */
export interface StoreProviderProps {
  /** A store made by the caller (tests); the provider makes its own otherwise. */
  store?: AppStore;
  children: ReactNode;
}

/** Gives the components below one app store. */
export function StoreProvider({ store, children }: StoreProviderProps) {
  const [own] = useState(() => store ?? createAppStore());
  return <StoreContext.Provider value={own}>{children}</StoreContext.Provider>;
}

/** The store itself, for effects that subscribe or call actions outside render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider> above it');
  return store;
}

/** Selects one value from the app store; components re-render only when it changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
