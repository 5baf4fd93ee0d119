import { SiteHeader } from "@/components/ui/site-header";
import { headers } from "next/headers";
import { earlyFetchScript } from "@/lib/client/early-fetch";
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
  const opened = await openDebate(id, `/debates/${id}`, loadDebateHead);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { seq: _seq, ...summary } = debate;
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className="debate-page">
      {/* The graph comes as one JSON body from the API (see MapLoader): its reading starts here,
          while the scripts load. */}
      <script
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: earlyFetchScript(`/api/debates/${encodeURIComponent(id)}`) }}
      />
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
