"use client";
import { useEffect, useState } from "react";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import { flowDataUrl, unpackFlowGraph, type FlowGraphWire } from "@/lib/domain/flow-graph";
import { api } from "@/lib/client/api";

export type LoadedFlow = { debate: DebateDto } | { error: string } | null;

/**
 * The flow sheet's graph, from `GET /api/debates/{id}/flow`: the rows as tables, gzipped, cached
 * on the server by change-log position (lib/domain/flow-graph.ts). The page's summary (rendered
 * on the server for the same user) completes it into the debate the editor store takes; the sheet
 * shows no sources, so their list stays empty.
 */
export function useFlowGraph(summary: DebateSummaryDto): { loaded: LoadedFlow; retry: () => void } {
  const [loaded, setLoaded] = useState<LoadedFlow>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void api<FlowGraphWire>(flowDataUrl(summary.id)).then(
      (wire) => live && setLoaded({ debate: { ...summary, ...unpackFlowGraph(wire), sources: [] } }),
      (err: unknown) =>
        live && setLoaded({ error: err instanceof Error ? err.message : "the debate could not be loaded" }),
    );
    return () => {
      live = false;
    };
    // The summary is the page's, fixed for its life: the id decides what to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [summary.id, attempt]);
  return {
    loaded,
    retry: () => {
      setLoaded(null);
      setAttempt((a) => a + 1);
    },
  };
}
