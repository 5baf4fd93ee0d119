"use client";
import { createStoreContext } from "@/lib/client/store-context";
import { createStore } from "zustand/vanilla";
import type { Status } from "@/lib/domain/evaluation";
import type { CreateEdgeInput, NodeDto } from "@/lib/domain/schemas";

/** An argument being written that does not exist yet: created on Enter, dropped on Escape. */
export type Draft = { node: Omit<NodeDto, "version">; edge: (CreateEdgeInput & { id: string }) | null };

export type SideFilter = "all" | "aff" | "neg";

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
  /** A big sheet's statuses come from a Web Worker (lib/client/flowsheet/flow-evaluation.ts). */
  evaluateInWorker: boolean;
  set: (patch: Partial<Omit<FlowUiState, "set">>) => void;
};

function createFlowUi(statusesLater: boolean) {
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
    evaluateInWorker: statusesLater,
    set: (patch) => set(patch),
  }));
}

export type FlowUi = ReturnType<typeof createFlowUi>;

const flowUi = createStoreContext<FlowUiState>("FlowUi");

/** `statusesLater`: paint the cells first and evaluate after, in a worker (a big debate). */
export function FlowUiProvider({ statusesLater, children }: { statusesLater: boolean; children: React.ReactNode }) {
  return <flowUi.Provider create={() => createFlowUi(statusesLater)}>{children}</flowUi.Provider>;
}

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
