"use client";
import { createStore } from "zustand/vanilla";
import type { SourceDto, SourceSummaryDto } from "@/lib/domain/schemas";

/** What the reader should bring into view once the source is shown: a card's span, or a search match. */
export type ReaderFocus = { nodeId?: string; find?: { text: string; match: boolean }[]; nonce: number };
export type ReaderTab = "sources" | "search";

export type ReaderState = {
  open: boolean;
  width: number;
  tab: ReaderTab;
  /** The library (summaries, in the debate's order) and the texts loaded so far. */
  sourceIds: string[];
  sources: Record<string, SourceSummaryDto>;
  texts: Record<string, SourceDto>;
  loadErrors: Record<string, string>;
  openSourceId: string | null;
  focus: ReaderFocus | null;
  /** A short note after a source edit ("2 cards moved, 1 orphaned"). */
  report: string | null;
  /** Cards shown as their highlighted words only: a per-editor view flag, never saved with the card. */
  onlyHighlighted: Record<string, true>;

  toggle: (open?: boolean) => void;
  setWidth: (width: number) => void;
  setTab: (tab: ReaderTab) => void;
  /** Open the reader on a source, optionally bringing a card or a search match into view. */
  openSource: (id: string, focus?: Omit<ReaderFocus, "nonce">) => void;
  closeSource: () => void;
  putSource: (source: SourceSummaryDto | SourceDto) => void;
  removeSource: (id: string) => void;
  setLoadError: (id: string, message: string | null) => void;
  setReport: (report: string | null) => void;
  setOnlyHighlighted: (nodeId: string, on: boolean) => void;
};

export type ReaderStore = ReturnType<typeof createReaderStore>;

export const READER_MIN_WIDTH = 340;
export const READER_MAX_WIDTH = 900;

/** The source library and reader of one editor: a store beside the editor store, in the same provider. */
export function createReaderStore(sources: readonly SourceSummaryDto[]) {
  let nonce = 0;
  return createStore<ReaderState>()((set, get) => ({
    open: false,
    width: 480,
    tab: "sources",
    sourceIds: sources.map((s) => s.id),
    sources: Object.fromEntries(sources.map((s) => [s.id, s])),
    texts: {},
    loadErrors: {},
    openSourceId: null,
    focus: null,
    report: null,
    onlyHighlighted: {},

    toggle(open) {
      set((s) => ({ open: open ?? !s.open }));
    },
    setWidth(width) {
      set({ width: Math.round(Math.min(READER_MAX_WIDTH, Math.max(READER_MIN_WIDTH, width))) });
    },
    setTab(tab) {
      set({ tab, open: true });
    },
    openSource(id, focus) {
      const same = get().openSourceId === id;
      set({
        open: true,
        tab: "sources",
        openSourceId: id,
        focus: focus ? { ...focus, nonce: ++nonce } : null,
        report: same ? get().report : null,
      });
    },
    closeSource() {
      set({ openSourceId: null, focus: null, report: null });
    },
    putSource(source) {
      set((s) => {
        const { text, ...summary } = source as SourceDto;
        const texts = text === undefined ? s.texts : { ...s.texts, [source.id]: source as SourceDto };
        return {
          sources: { ...s.sources, [source.id]: summary },
          sourceIds: s.sourceIds.includes(source.id) ? s.sourceIds : [...s.sourceIds, source.id],
          texts,
        };
      });
    },
    removeSource(id) {
      set((s) => {
        const { [id]: _s, ...sources } = s.sources;
        const { [id]: _t, ...texts } = s.texts;
        return {
          sources,
          texts,
          sourceIds: s.sourceIds.filter((x) => x !== id),
          openSourceId: s.openSourceId === id ? null : s.openSourceId,
        };
      });
    },
    setLoadError(id, message) {
      set((s) => {
        const { [id]: _e, ...rest } = s.loadErrors;
        return { loadErrors: message ? { ...rest, [id]: message } : rest };
      });
    },
    setReport(report) {
      set({ report });
    },
    setOnlyHighlighted(nodeId, on) {
      set((s) => {
        const { [nodeId]: _x, ...rest } = s.onlyHighlighted;
        return { onlyHighlighted: on ? { ...rest, [nodeId]: true } : rest };
      });
    },
  }));
}
