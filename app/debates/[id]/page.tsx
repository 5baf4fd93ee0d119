import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { currentUser } from "@/lib/server/auth";
import { getDebate } from "@/lib/server/debates/get-debate";
import { AppError } from "@/lib/server/errors";
import { SiteHeader } from "@/components/ui/site-header";
import { MapEditor } from "@/components/map-editor/map-editor";
import { DebateMenu } from "@/components/ui/debate-menu";
import { StartSeminar } from "@/components/seminar/start-seminar";
import { roleAtLeast } from "@/lib/domain/vocabulary";

export const dynamic = "force-dynamic";

// Metadata and the page share one read of the debate per request.
const loadDebate = cache(async (id: string) => getDebate({ user: await currentUser(), debateId: id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `${debate.title} — Clash` : "Debate — Clash" };
}

export default async function DebatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  let debate;
  try {
    debate = await loadDebate(id);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    if (err instanceof AppError && (err.code === "unauthorized" || err.code === "forbidden")) {
      return (
        <>
          <SiteHeader user={user} />
          <main className="auth-page">
            <div className="card stack">
              <h1>{user ? "You do not have access to this debate" : "Sign in to open this debate"}</h1>
              <p className="muted">This debate is private. Ask its owner to share it with you.</p>
              {!user && <Link className="btn btn-primary" href={`/sign-in?next=/debates/${id}`}>Sign in</Link>}
            </div>
          </main>
        </>
      );
    }
    throw err;
  }
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
