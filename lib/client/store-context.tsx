"use client";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore, type StoreApi } from "zustand";

/**
 * One store per mounted provider, handed down through context (xyflow's pattern). Every feature's
 * store gets its provider and hooks from here instead of writing the same twenty lines again.
 * `name` appears in the error thrown when a hook is used outside its provider.
 */
export function createStoreContext<S>(name: string) {
  const Context = createContext<StoreApi<S> | null>(null);

  /** `create` runs once per mount: later renders keep the first store. */
  function Provider({ create, children }: { create: () => StoreApi<S>; children: ReactNode }) {
    const [store] = useState(create);
    return <Context.Provider value={store}>{children}</Context.Provider>;
  }

  /** The store itself, for event handlers that read state without subscribing. */
  function useStoreApi(): StoreApi<S> {
    const store = useContext(Context);
    if (!store) throw new Error(`${name} hooks used outside <${name}Provider>`);
    return store;
  }

  /** A narrow slice of the state (wrap object results in useShallow). */
  function useSelect<T>(selector: (state: S) => T): T {
    return useStore(useStoreApi(), selector);
  }

  return { Provider, useStoreApi, useSelect, Context };
}
