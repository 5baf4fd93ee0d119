import { SiteHeader } from "@/components/ui/site-header";
import { MapEditor } from "@/components/map-editor/map-editor";
import { DebateMenu } from "@/components/ui/debate-menu";
import { StartSeminar } from "@/components/seminar/start-seminar";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { loadDebate, openDebate } from "./open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `${debate.title} — Clash` : "Debate — Clash" };
}

export default async function DebatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const opened = await openDebate(id, `/debates/${id}`);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { nodes: _n, edges: _e, sources: _s, ...summary } = debate;
  return (
    <div className="debate-page">
      <SiteHeader user={user}>
        <div className="debate-header-row">
          <DebateMenu debate={summary} />
          {roleAtLeast(debate.role, "editor") && <StartSeminar debateId={debate.id} isPublic={debate.visibility === "public"} />}
        </div>
      </SiteHeader>
      <MapEditor debate={debate} />
    </div>
  );
}
