"use client";
import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useLayoutEffect, useState } from "react";
import type { DebateDto, EdgeDto, NodeDto, SourceSummaryDto } from "@/lib/domain/schemas";
import { EditorProvider, useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { MapViewProvider } from "@/lib/client/editor/map-view";
import { useFitOnChange } from "@/lib/client/editor/use-fit-on-change";
import { evaluateOnly } from "@/lib/client/editor/use-evaluation";
import { revealShows } from "@/lib/domain/seminar";
import { ReaderProvider } from "@/lib/client/reader/reader-context";
import { Canvas } from "@/components/map-editor/canvas";
import { FlowView } from "@/components/flow-view/flow-view";

export type SeminarGraphData = { seq: number; nodes: NodeDto[]; edges: EdgeDto[]; sources: SourceSummaryDto[] };
type DebateInfo = { id: string; title: string; resolution: string };

function asDebate(d: DebateInfo, g: SeminarGraphData): DebateDto {
  return {
    id: d.id,
    title: d.title,
    resolution: d.resolution,
    description: "",
    visibility: "private",
    ownerId: "",
    ownerName: "",
    role: "viewer",
    nodeCount: g.nodes.length,
    version: 1,
    updatedAt: "",
    seq: g.seq,
    nodes: g.nodes,
    edges: g.edges,
    sources: g.sources,
  };
}

/** Bring the (read-only) editor store in line with the latest seminar view: add, update and remove rows. */
function GraphSync({ graph }: { graph: SeminarGraphData }) {
  const store = useEditorStore();
  useEffect(() => {
    const s = store.getState();
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    store.getState().receive({
      nodes: graph.nodes.filter((n) => s.nodes[n.id]?.version !== n.version),
      edges: graph.edges.filter((e) => s.edges[e.id]?.version !== e.version),
      deletedNodes: s.order.filter((id) => !nodeIds.has(id)),
      deletedEdges: Object.keys(s.edges).filter((id) => !edgeIds.has(id)),
    });
  }, [graph, store]);
  return null;
}

/**
 * Statuses and dropped marks from the revealed speeches only: a contribution already placed in a
 * later speech (a student's 2AC answer) must not make the 2AC look spoken, and so "drop" the rest.
 * A layout effect: set before the first paint, and again on each reveal.
 */
function EvaluateRevealed({ revealed }: { revealed: number }) {
  const store = useEditorStore();
  useLayoutEffect(() => {
    evaluateOnly(store, (n) => revealShows(n, revealed));
  }, [revealed, store]);
  return null;
}

/** Frame the map again when a reveal adds or removes arguments. */
function FitOnReveal() {
  useFitOnChange(
    useEditor((s) => s.order.length),
    { padding: 0.15, delayMs: 80 },
  );
  return null;
}

/** The editor, reader and map-view stores a seminar's map and flow read from (never writing). */
export function SeminarGraphProvider({
  debate,
  graph,
  revealed,
  children,
}: {
  debate: DebateInfo;
  graph: SeminarGraphData;
  /** the index of the last revealed speech: statuses are computed from the speeches up to it */
  revealed: number;
  children: React.ReactNode;
}) {
  const [initial] = useState(() => asDebate(debate, graph));
  return (
    <EditorProvider debate={initial} canEdit={false}>
      <ReaderProvider sources={graph.sources}>
        <MapViewProvider>
          <ReactFlowProvider>
            <GraphSync graph={graph} />
            <EvaluateRevealed revealed={revealed} />
            {children}
          </ReactFlowProvider>
        </MapViewProvider>
      </ReaderProvider>
    </EditorProvider>
  );
}

/** Map or flow of what this viewer may see, switched in place. */
export function SeminarBoard({ debate }: { debate: DebateInfo }) {
  const [view, setView] = useState<"map" | "flow">("map");
  const tabs = (
    <nav className="view-tabs seminar-tabs" aria-label="View">
      {(["map", "flow"] as const).map((v) => (
        <button
          key={v}
          type="button"
          className={`view-tab${view === v ? " is-current" : ""}`}
          aria-pressed={view === v}
          onClick={() => setView(v)}
        >
          {v === "map" ? "Map" : "Flow"}
        </button>
      ))}
    </nav>
  );
  return (
    <div className="seminar-board" data-testid="seminar-board">
      {view === "map" ? (
        <>
          <div className="seminar-board-bar">{tabs}</div>
          <div className="canvas-wrap">
            <Canvas />
            <FitOnReveal />
          </div>
        </>
      ) : (
        <FlowView debate={{ id: debate.id, title: debate.title }} tabs={tabs} />
      )}
    </div>
  );
}
