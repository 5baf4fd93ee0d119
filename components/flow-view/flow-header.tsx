"use client";
import { useState } from "react";
import { ViewTabs } from "@/components/ui/view-tabs";
import { useShallow } from "zustand/react/shallow";
import { STATUSES, STATUS_LABEL as LABEL, STATUS_MARK } from "@/lib/domain/evaluation";
import { useFlowUi, useFlowUiStore, type SideFilter } from "@/lib/client/flowsheet/flow-ui";
import { FlowSearch } from "./flow-search";

const SIDES: { value: SideFilter; label: string }[] = [
  { value: "all", label: "Both" },
  { value: "aff", label: "Aff" },
  { value: "neg", label: "Neg" },
];

/**
 * Map | Flow tabs, the search, then the flow's filters (side, status, dropped), the CX toggle and
 * the ballot toggle. On a phone the status filters and CX fold behind "Filters" and the ballot
 * joins the tabs: four rows above the sheet became two (flow-view.css).
 */
export function FlowHeader({ debateId, tabs }: { debateId: string; tabs?: React.ReactNode }) {
  const ui = useFlowUiStore();
  const { side, statuses, droppedOnly, includeCx, ballotOpen, loading } = useFlowUi(
    useShallow((s) => ({
      loading: s.rest !== null,
      side: s.side,
      statuses: s.statuses,
      droppedOnly: s.droppedOnly,
      includeCx: s.includeCx,
      ballotOpen: s.ballotOpen,
    })),
  );
  const set = ui.getState().set;
  const [more, setMore] = useState(false);
  // Folded on a phone, the filters still say when they hide something.
  const narrowed = STATUSES.some((st) => !statuses[st]) || droppedOnly || includeCx;
  return (
    <div className={more ? "flow-toolbar is-more" : "flow-toolbar"}>
      {tabs ?? <ViewTabs debateId={debateId} current="flow" />}
      <FlowSearch />
      <div className="flow-filter" role="group" aria-label="Side">
        {SIDES.map((s) => (
          <button
            key={s.value}
            type="button"
            className={`chip chip-${s.value}`}
            aria-pressed={side === s.value}
            onClick={() => set({ side: s.value })}
          >
            {s.label}
          </button>
        ))}
      </div>
      <button
        type="button"
        className={`chip flow-more${narrowed ? " is-narrowed" : ""}`}
        aria-expanded={more}
        onClick={() => setMore((m) => !m)}
        title={narrowed ? "Some filters are on" : undefined}
      >
        Filters{narrowed ? " •" : ""}
      </button>
      <div className="flow-filter flow-secondary" role="group" aria-label="Show arguments that are">
        {STATUSES.map((st) => (
          <button
            key={st}
            type="button"
            className={`chip chip-${st}`}
            aria-pressed={statuses[st]}
            onClick={() => set({ statuses: { ...statuses, [st]: !statuses[st] } })}
          >
            {STATUS_MARK[st]} {LABEL[st]}
          </button>
        ))}
        <button
          type="button"
          className="chip chip-dropped"
          aria-pressed={droppedOnly}
          onClick={() => set({ droppedOnly: !droppedOnly })}
        >
          Dropped only
        </button>
      </div>
      <label className="flow-check flow-secondary">
        <input type="checkbox" checked={includeCx} onChange={(e) => set({ includeCx: e.currentTarget.checked })} />
        CX columns
      </label>
      <button
        type="button"
        className="btn flow-ballot-toggle"
        aria-pressed={ballotOpen}
        aria-controls={ballotOpen ? "ballot-panel" : undefined}
        // the ballot weighs the whole debate: not on its first threads alone
        disabled={loading}
        title={loading ? "The ballot opens once the whole sheet has loaded" : undefined}
        onClick={() => set({ ballotOpen: !ballotOpen })}
      >
        Ballot
      </button>
    </div>
  );
}
