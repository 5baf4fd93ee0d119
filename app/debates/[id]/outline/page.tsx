import { SiteHeader } from "@/components/ui/site-header";
import { DebateMenu } from "@/components/ui/debate-menu";
import { LiveDebate } from "@/components/ui/live-debate";
import { OutlineView } from "@/components/outline/outline-view";
import { loadDebate, openDebate } from "../open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `Outline: ${debate.title} — Clash` : "Outline — Clash" };
}

/** The outline of a debate: its map as a keyboard- and screen-reader-friendly tree, kept live. */
export default async function OutlinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const opened = await openDebate(id, `/debates/${id}/outline`, loadDebate);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { nodes: _n, edges: _e, sources: _s, ...summary } = debate;
  return (
    <div className="debate-page">
      <SiteHeader user={user}>
        <DebateMenu debate={summary} />
      </SiteHeader>
      <LiveDebate debate={debate}>
        <OutlineView debateId={debate.id} title={debate.title} />
      </LiveDebate>
    </div>
  );
}
