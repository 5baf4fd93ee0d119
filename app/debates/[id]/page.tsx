import { DebateHeader } from "@/components/ui/debate-header";
import { EarlyFetch } from "@/components/ui/early-fetch";
import { MapLoader } from "@/components/map-editor/map-loader";
import { loadDebateHead, openDebate } from "./open-debate";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebateHead(id).catch(() => null);
  return { title: debate ? `${debate.title} — Clash` : "Debate — Clash" };
}

export default async function DebatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const opened = await openDebate(id, `/debates/${id}`, loadDebateHead);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { seq: _seq, ...summary } = debate;
  return (
    <div className="debate-page">
      {/* The graph comes as one JSON body from the API (see MapLoader): its reading starts here,
          while the scripts load. */}
      <EarlyFetch path={`/api/debates/${encodeURIComponent(id)}`} />
      <DebateHeader debate={summary} user={user} />
      <MapLoader summary={summary} me={user?.id ?? null} />
    </div>
  );
}
