"use client";
import { createStoreContext } from "@/lib/client/store-context";
import { createStore } from "zustand/vanilla";
import type { Status } from "@/lib/domain/evaluation";
import type { CreateEdgeInput, NodeDto } from "@/lib/domain/schemas";

/** An argument being written that does not exist yet: created on Enter, dropped on Escape. */
export type Draft = { node: Omit<NodeDto, "version">; edge: (CreateEdgeInput & { id: string }) | null };

export type SideFilter = "all" | "aff" | "neg";

/** A big debate's sheet while only its first threads are loaded: how much the whole holds. */
export type FlowRest = { total: number; rows: number };

/** The filters a reader may set on a sheet (carried from the first threads to the whole sheet). */
type FlowFilters = Pick<FlowUiState, "side" | "statuses" | "droppedOnly" | "includeCx" | "whyOpen">;

/**
 * Where the reader is on a sheet, by row rather than by pixel: the whole sheet is windowed and
 * its spacers are estimates, so a scroll offset would land elsewhere. `top` is the index (among
 * the rows shown) of the first row on screen and `offset` how far the view's top is into it;
 * `rowHeight` the rows' measured average, the whole sheet's first estimate.
 */
export type FlowPlace = { top: number; offset: number; rowHeight: number; scrollLeft: number };

/** What the reader did on the first threads, handed to the whole sheet when it takes over. */
export type FlowCarry = { selected: string | null; place: FlowPlace | null; ui: FlowFilters };

/** View state of one flow sheet: never persisted, never part of the graph. */
export type FlowUiState = {
  /** the argument whose title is being edited, or the draft being written */
  editing: { id: string; draft: Draft | null } | null;
  whyOpen: string | null;
  side: SideFilter;
  statuses: Record<Status, boolean>;
  droppedOnly: boolean;
  includeCx: boolean;
  ballotOpen: boolean;
  /** a short note for the status bar (why a key did nothing) */
  message: string | null;
  /**
   * Whether the cells show their statuses. A big sheet paints its first cells without them and
   * evaluates once that paint is on screen (see useStatusesAfterPaint).
   */
  statusesShown: boolean;
  /**
   * Set while the sheet shows only a big debate's first threads (read-only, no statuses, no
   * ballot or search): the rest is loading.
   */
  rest: FlowRest | null;
  set: (patch: Partial<Omit<FlowUiState, "set">>) => void;
};

export function createFlowUi(statusesLater: boolean, rest: FlowRest | null, filters: Partial<FlowFilters>) {
  return createStore<FlowUiState>()((set) => ({
    editing: null,
    whyOpen: null,
    side: "all",
    statuses: { standing: true, mitigated: true, unsupported: true, refuted: true, contested: true },
    droppedOnly: false,
    includeCx: false,
    ballotOpen: false,
    message: null,
    statusesShown: !statusesLater,
    rest,
    ...filters,
    set: (patch) => set(patch),
  }));
}

export type FlowUi = ReturnType<typeof createFlowUi>;

const flowUi = createStoreContext<FlowUiState>("FlowUi");

/**
 * `statusesLater`: paint the cells first and evaluate after, in a worker (a big debate). `rest`:
 * only the first threads are loaded (see FlowRest). `filters`: the filters to start from.
 */
export function FlowUiProvider({
  statusesLater,
  rest = null,
  filters = {},
  children,
}: {
  statusesLater: boolean;
  rest?: FlowRest | null;
  filters?: Partial<FlowFilters>;
  children: React.ReactNode;
}) {
  return <flowUi.Provider create={() => createFlowUi(statusesLater, rest, filters)}>{children}</flowUi.Provider>;
}

/** The filters of a sheet's view state, to carry over. */
export const filtersOf = (s: FlowUiState): FlowFilters => ({
  side: s.side,
  statuses: s.statuses,
  droppedOnly: s.droppedOnly,
  includeCx: s.includeCx,
  whyOpen: s.whyOpen,
});

/** Read a narrow slice of the flow's view state. */
export const useFlowUi = flowUi.useSelect;

/** The view-state store itself, for event handlers. */
export const useFlowUiStore: () => FlowUi = flowUi.useStoreApi;

/** The one flow grid on the page; actions give it the focus back after an edit. */
export const FLOW_GRID_ID = "flow-grid";
export const cellDomId = (id: string) => `flow-cell-${id}`;

export function focusGrid(): void {
  document.getElementById(FLOW_GRID_ID)?.focus({ preventScroll: true });
}
