"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DebateDto, DebateSummaryDto } from "@/lib/domain/schemas";
import {
  flowDataUrl,
  flowHeadUrl,
  unpackFlowGraph,
  type FlowGraphWire,
  type FlowHeadWire,
} from "@/lib/domain/flow-graph";
import { FLOW_HEAD_ABOVE } from "@/lib/domain/flow-head";
import { api, apiFetch, readJson } from "@/lib/client/api";
import { fetchJsonEarly } from "@/lib/client/early-fetch";
import type { FlowCarry, FlowRest } from "./flow-ui";

export type LoadedFlow =
  /** the whole graph, and what the reader did on the first threads while it loaded */
  | { debate: DebateDto; carry: FlowCarry | null }
  /** a big debate's first threads, shown while the rest loads */
  | { head: DebateDto; rest: FlowRest }
  | { error: string }
  | null;

/** How long the whole sheet waits for the first threads to be painted before it is read anyway. */
const HEAD_PAINT_WAIT_MS = 5_000;

/**
 * The flow sheet's graph, from `GET /api/debates/{id}/flow`: the rows as tables, cached on the
 * server by change-log position (lib/domain/flow-graph.ts). The page's summary (rendered on the
 * server for the same user) completes it into the debate the editor store takes; the sheet shows
 * no sources, so their list stays empty.
 *
 * A big debate (more than FLOW_HEAD_ABOVE arguments) also asks for its first threads
 * (`?part=head`, a few kB) and shows them first: the whole body (14 MB at 20,000 arguments) keeps
 * downloading meanwhile and is parsed only once those first cells are painted (its parse is a long
 * task: read before, it would hold the first paint back). The head's sheet calls `headPainted`
 * once painted; `capture` reads what the reader did on it (selection, scroll, filters) just before
 * the whole sheet takes over.
 */
export function useFlowGraph(
  summary: DebateSummaryDto,
  capture: React.RefObject<(() => FlowCarry) | null>,
): { loaded: LoadedFlow; retry: () => void; headPainted: () => void } {
  const [loaded, setLoaded] = useState<LoadedFlow>(null);
  const [attempt, setAttempt] = useState(0);
  const painted = useRef<() => void>(() => {});
  const headPainted = useCallback(() => painted.current(), []);
  useEffect(() => {
    let live = true;
    let loadedWhole = false;
    let shownHead = false;
    let timer = 0;
    const headOnScreen = new Promise<void>((resolve) => {
      painted.current = resolve;
      timer = window.setTimeout(resolve, HEAD_PAINT_WAIT_MS);
    });
    const big = summary.nodeCount > FLOW_HEAD_ABOVE;
    // A small sheet's body was asked for by the page's inline script (packed, as the map's graph);
    // a big one's is fetched here, packed, and read once its first threads are painted.
    const whole = big ? apiFetch(flowDataUrl(summary.id), { packed: true }) : null;
    const complete = (wire: FlowGraphWire): DebateDto => ({ ...summary, ...unpackFlowGraph(wire), sources: [] });
    // The head only paints sooner; when it fails, or the whole comes first, the whole is shown.
    const head = big
      ? api<FlowHeadWire>(flowHeadUrl(summary.id)).then(
          async (wire) => {
            if (!live || loadedWhole) return;
            shownHead = true;
            setLoaded({ head: complete(wire), rest: wire.head });
            await headOnScreen;
          },
          () => undefined,
        )
      : Promise.resolve();
    void (
      whole
        ? whole.then(async (res) => {
            await head;
            return readJson<FlowGraphWire>(res);
          })
        : fetchJsonEarly<FlowGraphWire>(flowDataUrl(summary.id))
    ).then(
      (wire) => {
        if (!live) return;
        loadedWhole = true;
        const carry = shownHead ? (capture.current?.() ?? null) : null;
        setLoaded({ debate: complete(wire), carry });
      },
      (err: unknown) =>
        live && setLoaded({ error: err instanceof Error ? err.message : "the debate could not be loaded" }),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The summary is the page's, fixed for its life: the id decides what to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [summary.id, attempt]);
  return {
    loaded,
    headPainted,
    retry: () => {
      setLoaded(null);
      setAttempt((a) => a + 1);
    },
  };
}
