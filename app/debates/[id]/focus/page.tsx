import { SiteHeader } from "@/components/ui/site-header";
import { DebateMenu } from "@/components/ui/debate-menu";
import { LiveDebate } from "@/components/ui/live-debate";
import { FocusView } from "@/components/focus-mode/focus-view";
import { loadDebate, openDebate } from "../open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `Focus: ${debate.title} — Clash` : "Focus — Clash" };
}

/** Focus mode: one argument with what it answers, its supports and its attacks (`?node=` picks it). */
export default async function FocusPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ node?: string | string[] }>;
}) {
  const { id } = await params;
  const { node } = await searchParams;
  const opened = await openDebate(id, `/debates/${id}/focus`, loadDebate);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { nodes: _n, edges: _e, sources: _s, ...summary } = debate;
  return (
    <div className="debate-page">
      <SiteHeader user={user}>
        <DebateMenu debate={summary} />
      </SiteHeader>
      <LiveDebate debate={debate}>
        <FocusView debateId={debate.id} initial={typeof node === "string" ? node : null} />
      </LiveDebate>
    </div>
  );
}
