import "server-only";
import { packFlowGraph } from "@/lib/domain/flow-graph";
import type { SessionUser } from "../auth-guard";
import { applySeminarView } from "../seminars/reader-view";
import { headAndView } from "./get-debate";
import { flowBodyAt, graphAt } from "./read-graph";

export type FlowBody = { bytes: Buffer; gzipped: boolean };

/**
 * What the flow sheet loads: the debate's graph as row tables (lib/domain/flow-graph.ts), read
 * under the same authorization as `GET /api/debates/{id}` (a viewer at least; a seminar's students
 * and readers see only what the seminar shows them). The bytes come from the graph cache, keyed on
 * the change-log position like the graph's, and gzipped when the caller `acceptsGzip`.
 */
export async function getDebateFlow(options: {
  user: SessionUser | null;
  debateId: string;
  acceptsGzip: boolean;
}): Promise<FlowBody> {
  const { head, view } = await headAndView(options);
  // The cached bytes are shared by every viewer: a seminar's students and readers get their own.
  if (view) {
    const graph = applySeminarView(await graphAt(options.debateId, head.seq), view);
    return { bytes: Buffer.from(JSON.stringify(packFlowGraph({ seq: head.seq, ...graph }))), gzipped: false };
  }
  return { bytes: await flowBodyAt(options.debateId, head.seq, options.acceptsGzip), gzipped: options.acceptsGzip };
}
