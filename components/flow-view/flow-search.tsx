"use client";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { focusGrid, useFlowUi, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { ArgumentSearch } from "@/components/ui/argument-search";

export const FLOW_SEARCH_ID = "flow-search";

const ALL_STATUSES = { standing: true, mitigated: true, unsupported: true, refuted: true, contested: true };

/**
 * Search-and-jump on the flow: the picked argument is selected, the sheet scrolls to it (through
 * the window on a big sheet) and the grid takes the focus, so the arrow keys go on from there.
 * Filters that would hide it are cleared, and the status line says so.
 */
export function FlowSearch() {
  const store = useEditorStore();
  const ui = useFlowUiStore();
  // Searching the first threads of a big debate would miss most of it: search waits for the rest.
  const loading = useFlowUi((s) => s.rest !== null);
  return (
    <ArgumentSearch
      id={FLOW_SEARCH_ID}
      disabled={loading}
      title={loading ? "Search opens once the whole sheet has loaded" : undefined}
      onPick={(id) => {
        const s = ui.getState();
        const filtered = s.side !== "all" || s.droppedOnly || Object.values(s.statuses).some((on) => !on);
        if (filtered) {
          s.set({ side: "all", droppedOnly: false, statuses: ALL_STATUSES, message: "Filters cleared to show it" });
        }
        store.getState().select(id);
        focusGrid();
      }}
    />
  );
}
