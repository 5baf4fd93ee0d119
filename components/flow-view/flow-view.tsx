"use client";
import type { DebateDto } from "@/lib/domain/schemas";
import "@/app/flow-view.css";
import { BallotPanel } from "./ballot-panel";
import { EmptyFlow } from "./empty-flow";
import { FlowGrid } from "./flow-grid";
import { FlowHeader } from "./flow-header";
import { FlowStatus } from "./flow-status";
import {
  FlowUiProvider,
  useFlowUi,
  useFlowUiStore,
  type FlowCarry,
  type FlowRest,
} from "@/lib/client/flowsheet/flow-ui";
import { CarryOut } from "./flow-carry";
import { useEditor } from "@/lib/client/editor/editor-context";
import { DEFER_EVALUATION_ABOVE } from "@/lib/client/editor/use-evaluation";

/**
 * The flow view of one debate: the same graph as the map (the editor store from the enclosing
 * EditorProvider), laid out as a flow sheet, with filters, a ballot panel and a status line.
 * `tabs` replaces the Map | Flow links (a seminar switches views in place).
 *
 * A big debate's page first shows its first threads (`rest`: how much is still loading; `capture`
 * reads what the reader did there), then the whole sheet (`carry`: that reading, applied: the
 * filters through the view store, the place and the selection by the grid as it mounts).
 */
export function FlowView({
  debate,
  tabs,
  rest = null,
  capture,
  carry = null,
}: {
  debate: Pick<DebateDto, "id" | "title">;
  tabs?: React.ReactNode;
  rest?: FlowRest | null;
  capture?: { into: React.RefObject<(() => FlowCarry) | null>; painted: () => void };
  carry?: FlowCarry | null;
}) {
  // Evaluating a big debate takes hundreds of milliseconds: its sheet shows the cells first.
  const big = useEditor((s) => s.order.length > DEFER_EVALUATION_ABOVE);
  return (
    <FlowUiProvider statusesLater={big || !!rest} rest={rest} filters={carry?.ui}>
      {capture && <CarryOut into={capture.into} painted={capture.painted} />}
      <div className="flow-view">
        <FlowHeader debateId={debate.id} tabs={tabs} />
        <div className="flow-body">
          <main className="flow-main" aria-label="Flow">
            <EmptyFlow />
            <FlowGrid arrival={carry} />
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
