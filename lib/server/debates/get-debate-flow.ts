import "server-only";
import { packFlowGraph } from "@/lib/domain/flow-graph";
import type { SessionUser } from "../auth-guard";
import { applySeminarView } from "../seminars/reader-view";
import { headAndView } from "./get-debate";
import { flowBodyAt, graphAt } from "./read-graph";

/**
 * What the flow sheet loads: the debate's graph as row tables (lib/domain/flow-graph.ts), read
 * under the same authorization as `GET /api/debates/{id}` (a viewer at least; a seminar's students
 * and readers see only what the seminar shows them). The bytes come from the graph cache, keyed on
 * the change-log position like the graph's. Sent uncompressed like the graph's (Next drops a route
 * handler's own Content-Encoding header): compression belongs to the reverse proxy.
 */
export async function getDebateFlow(options: { user: SessionUser | null; debateId: string }): Promise<Buffer> {
  const { head, view } = await headAndView(options);
  // The cached bytes are shared by every viewer: a seminar's students and readers get their own.
  if (view) {
    const graph = applySeminarView(await graphAt(options.debateId, head.seq), view);
    return Buffer.from(JSON.stringify(packFlowGraph({ seq: head.seq, ...graph })));
  }
  return flowBodyAt(options.debateId, head.seq);
}
