import "server-only";
import { asciiJson } from "@/lib/domain/ascii-json";
import { packFlowGraph } from "@/lib/domain/flow-graph";
import type { SessionUser } from "../auth-guard";
import { applySeminarView } from "../seminars/reader-view";
import { headAndView } from "./get-debate";
import { flowBodyAt, flowHeadBody, flowHeadBodyAt, graphAt } from "./read-graph";

/**
 * What the flow sheet loads: the debate's graph as row tables (lib/domain/flow-graph.ts), read
 * under the same authorization as `GET /api/debates/{id}` (a viewer at least; a seminar's students
 * and readers see only what the seminar shows them). The bytes come from the graph cache, keyed on
 * the change-log position like the graph's; so are the first threads' (`part: "head"`). Packed
 * like the graph's when the sheet asks (lib/domain/packing.ts).
 */
export async function getDebateFlow(options: {
  user: SessionUser | null;
  debateId: string;
  /** "head": only the sheet's first threads (lib/domain/flow-head.ts), for a big debate's first paint */
  part?: "head";
}): Promise<Buffer> {
  const { head, view } = await headAndView(options);
  // The cached bytes are shared by every viewer: a seminar's students and readers get their own.
  if (view) {
    const graph = applySeminarView(await graphAt(options.debateId, head.seq), view);
    if (options.part === "head") return flowHeadBody(head.seq, graph);
    return Buffer.from(asciiJson(packFlowGraph({ seq: head.seq, ...graph })));
  }
  if (options.part === "head") return flowHeadBodyAt(options.debateId, head.seq);
  return flowBodyAt(options.debateId, head.seq);
}
