"use client";
import { useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";

/** The "why" button of a cell: a disclosure (aria-expanded) for the evaluation's plain-language reason. */
export function WhyButton({ id, open }: { id: string; open: boolean }) {
  const ui = useFlowUiStore();
  return (
    <button
      type="button"
      className="fc-why-btn"
      tabIndex={-1}
      aria-expanded={open}
      aria-controls={open ? `why-${id}` : undefined}
      aria-label="why"
      title="Why this status? (W)"
      onClick={(e) => {
        e.stopPropagation();
        ui.getState().set({ whyOpen: open ? null : id });
      }}
    >
      ?
    </button>
  );
}

/** The open disclosure's text (rendered only while open). */
export function WhyText({ id, why }: { id: string; why: string }) {
  return (
    <p className="fc-why" id={`why-${id}`} data-testid="why">
      {why}
    </p>
  );
}
