import { SiteHeader } from "@/components/ui/site-header";
import { preload } from "react-dom";
import { MapLoader } from "@/components/map-editor/map-loader";
import { DebateMenu } from "@/components/ui/debate-menu";
import { StartSeminar } from "@/components/seminar/start-seminar";
import { CopyDebateButton } from "@/components/ui/copy-debate-button";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { loadDebateHead, openDebate } from "./open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebateHead(id).catch(() => null);
  return { title: debate ? `${debate.title} — Clash` : "Debate — Clash" };
}

export default async function DebatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The graph comes as one JSON body from the API (see MapLoader). Asked for before anything is
  // awaited, the preload lands in the page's <head> and loads while the scripts do.
  preload(`/api/debates/${encodeURIComponent(id)}`, { as: "fetch", crossOrigin: "anonymous" });
  const opened = await openDebate(id, `/debates/${id}`, loadDebateHead);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { seq: _seq, ...summary } = debate;
  return (
    <div className="debate-page">
      <SiteHeader user={user}>
        <div className="debate-header-row">
          <DebateMenu debate={summary} />
          {roleAtLeast(debate.role, "editor") && (
            <StartSeminar debateId={debate.id} isPublic={debate.visibility === "public"} />
          )}
          {user && debate.role !== "owner" && <CopyDebateButton debateId={debate.id} />}
        </div>
      </SiteHeader>
      <MapLoader summary={summary} me={user?.id ?? null} />
    </div>
  );
}
