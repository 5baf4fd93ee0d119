import { preload } from "react-dom";
import { SiteHeader } from "@/components/ui/site-header";
import { DebateMenu } from "@/components/ui/debate-menu";
import { FlowLoader } from "@/components/flow-view/flow-loader";
import { flowDataUrl } from "@/lib/domain/flow-graph";
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
  preload(flowDataUrl(id), { as: "fetch", crossOrigin: "anonymous" });
  const opened = await openDebate(id, `/debates/${id}/flow`, loadDebateHead);
  if ("refused" in opened) return opened.refused;
  const { seq: _seq, ...summary } = opened.debate;
  return (
    <div className="debate-page">
      <SiteHeader user={opened.user}>
        <DebateMenu debate={summary} />
      </SiteHeader>
      <FlowLoader summary={summary} />
    </div>
  );
}
