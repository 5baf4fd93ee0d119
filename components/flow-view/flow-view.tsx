"use client";
import type { DebateDto } from "@/lib/domain/schemas";
import "@/app/flow-view.css";
import { BallotPanel } from "./ballot-panel";
import { EmptyFlow } from "./empty-flow";
import { FlowGrid } from "./flow-grid";
import { FlowHeader } from "./flow-header";
import { FlowStatus } from "./flow-status";
import { FlowUiProvider, useFlowUi, useFlowUiStore } from "@/lib/client/flowsheet/flow-ui";
import { useEditor } from "@/lib/client/editor/editor-context";
import { DEFER_EVALUATION_ABOVE } from "@/lib/client/editor/use-evaluation";

/**
 * The flow view of one debate: the same graph as the map (the editor store from the enclosing
 * EditorProvider), laid out as a flow sheet, with filters, a ballot panel and a status line.
 * `tabs` replaces the Map | Flow links (a seminar switches views in place).
 */
export function FlowView({ debate, tabs }: { debate: Pick<DebateDto, "id" | "title">; tabs?: React.ReactNode }) {
  // Evaluating a big debate takes hundreds of milliseconds: its sheet shows the cells first.
  const big = useEditor((s) => s.order.length > DEFER_EVALUATION_ABOVE);
  return (
    <FlowUiProvider statusesLater={big}>
      <div className="flow-view">
        <FlowHeader debateId={debate.id} tabs={tabs} />
        <div className="flow-body">
          <main className="flow-main" aria-label="Flow">
            <EmptyFlow />
            <FlowGrid />
          </main>
          <BallotSlot title={debate.title} />
        </div>
        <FlowStatus />
      </div>
    </FlowUiProvider>
  );
}

function BallotSlot({ title }: { title: string }) {
  const open = useFlowUi((s) => s.ballotOpen);
  const ui = useFlowUiStore();
  if (!open) return null;
  return <BallotPanel title={title} onClose={() => ui.getState().set({ ballotOpen: false })} />;
}
