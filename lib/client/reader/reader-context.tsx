"use client";
import { createContext, useContext, useState } from "react";
import { useStore } from "zustand";
import type { SourceSummaryDto } from "@/lib/domain/schemas";
import { createReaderStore, type ReaderState, type ReaderStore } from "./reader-store";

const ReaderContext = createContext<ReaderStore | null>(null);

/** Provides the reader store of one editor (created once, beside the editor store). */
export function ReaderProvider({ sources, children }: { sources: readonly SourceSummaryDto[]; children: React.ReactNode }) {
  const [store] = useState(() => createReaderStore(sources));
  return <ReaderContext.Provider value={store}>{children}</ReaderContext.Provider>;
}

/** Read a narrow slice of the reader state (wrap object results in useShallow). */
export function useReader<T>(selector: (s: ReaderState) => T): T {
  const store = useContext(ReaderContext);
  if (!store) throw new Error("useReader outside <ReaderProvider>");
  return useStore(store, selector);
}

/** The reader store itself, for event handlers. */
export function useReaderStore(): ReaderStore {
  const store = useContext(ReaderContext);
  if (!store) throw new Error("useReaderStore outside <ReaderProvider>");
  return store;
}
