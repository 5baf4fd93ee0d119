import { preload } from "react-dom";
import { DebateHeader } from "@/components/ui/debate-header";
import { FlowLoader } from "@/components/flow-view/flow-loader";
import { EarlyFetch } from "@/components/ui/early-fetch";
import { flowDataUrl, flowHeadUrl } from "@/lib/domain/flow-graph";
import { FLOW_HEAD_ABOVE } from "@/lib/domain/flow-head";
import { loadDebateHead, openDebate } from "../open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebateHead(id).catch(() => null);
  return { title: debate ? `Flow: ${debate.title} — Clash` : "Flow — Clash" };
}

/**
 * The flow sheet of a debate: the same graph as its map, one column per speech. Like the map, the
 * page renders its frame here and the graph loads from the flow's data route (see FlowLoader).
 */
export default async function FlowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const opened = await openDebate(id, `/debates/${id}/flow`, loadDebateHead);
  if ("refused" in opened) return opened.refused;
  // The data's request starts with the page. A big debate's first threads paint first (see
  // useFlowGraph), and its whole body is not preloaded: a preloaded response is taken in on the
  // main thread as it arrives (~0.4 s for the 14 MB of 20,000 arguments, measured in a trace),
  // which then held the first threads' paint back; fetched, it waits until it is read.
  // A small debate's whole sheet is read by an inline script, as the map's graph (packed, into
  // bytes the app parses once: lib/client/early-fetch.ts).
  const big = opened.debate.nodeCount > FLOW_HEAD_ABOVE;
  if (big) preload(flowHeadUrl(id), { as: "fetch", crossOrigin: "anonymous" });
  const { seq: _seq, ...summary } = opened.debate;
  return (
    <div className="debate-page">
      {!big && <EarlyFetch path={flowDataUrl(id)} />}
      <DebateHeader debate={summary} user={opened.user} />
      <FlowLoader summary={summary} />
    </div>
  );
}
