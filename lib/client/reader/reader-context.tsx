"use client";
import type { SourceSummaryDto } from "@/lib/domain/schemas";
import { createStoreContext } from "../store-context";
import { createReaderStore, type ReaderState, type ReaderStore } from "./reader-store";

const reader = createStoreContext<ReaderState>("Reader");

/** Provides the reader store of one editor (created once, beside the editor store). */
export function ReaderProvider({
  sources,
  children,
}: {
  sources: readonly SourceSummaryDto[];
  children: React.ReactNode;
}) {
  return <reader.Provider create={() => createReaderStore(sources)}>{children}</reader.Provider>;
}

/** Read a narrow slice of the reader state (wrap object results in useShallow). */
export const useReader = reader.useSelect;

/** The reader store itself, for event handlers. */
export const useReaderStore: () => ReaderStore = reader.useStoreApi;
