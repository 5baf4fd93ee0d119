import Link from "next/link";
import { cache } from "react";
import { notFound } from "next/navigation";
import { roleAtLeast } from "@/lib/domain/vocabulary";
import { EditorProvider } from "@/lib/flow/editor-context";
import { currentUser } from "@/lib/server/auth";
import { getDebate } from "@/lib/server/debates/get-debate";
import { AppError } from "@/lib/server/errors";
import { SiteHeader } from "@/components/ui/site-header";
import { DebateMenu } from "@/components/ui/debate-menu";
import { FlowView } from "@/components/flow-view/flow-view";

export const dynamic = "force-dynamic";

// Metadata and the page share one read of the debate per request.
const loadDebate = cache(async (id: string) => getDebate({ user: await currentUser(), debateId: id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const debate = await loadDebate(id).catch(() => null);
  return { title: debate ? `Flow: ${debate.title} — Clash` : "Flow — Clash" };
}

/** The flow sheet of a debate: the same graph as its map, one column per speech. */
export default async function FlowPage({ params }: { params: Promise<{ id: string }> }) {
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
              {!user && <Link className="btn btn-primary" href={`/sign-in?next=/debates/${id}/flow`}>Sign in</Link>}
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
        <DebateMenu debate={summary} />
      </SiteHeader>
      <EditorProvider debate={debate} canEdit={roleAtLeast(debate.role, "editor")}>
        <FlowView debate={{ id: debate.id, title: debate.title }} />
      </EditorProvider>
    </div>
  );
}
