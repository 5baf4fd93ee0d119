import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { currentUser } from "@/lib/server/auth";
import type { SessionUser } from "@/lib/server/auth-guard";
import { getDebate, getDebateHead } from "@/lib/server/debates/get-debate";
import { AppError } from "@/lib/server/errors";
import { SiteHeader } from "@/components/ui/site-header";
import { DebateHeader } from "@/components/ui/debate-header";
import { LiveDebate } from "@/components/ui/live-debate";
import type { DebateDto } from "@/lib/domain/schemas";

/** One read of the whole debate per request (the outline and focus pages render it on the server). */
export const loadDebate = cache(async (id: string) => getDebate({ user: await currentUser(), debateId: id }));
/** One read of a debate's head per request, shared by a page and its metadata (the map and flow
 * pages load the graph itself from the API in the browser). */
export const loadDebateHead = cache(async (id: string) => getDebateHead({ user: await currentUser(), debateId: id }));

/**
 * Open a debate for a page (map or flow): the debate, or — for a private debate the visitor may
 * not read — the page that says so and offers to sign in. Unknown ids are a 404.
 */
export async function openDebate<T>(
  id: string,
  here: string,
  load: (id: string) => Promise<T>,
): Promise<{ debate: T; user: SessionUser | null } | { refused: React.ReactNode }> {
  const user = await currentUser();
  try {
    return { debate: await load(id), user };
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    if (!(err instanceof AppError && (err.code === "unauthorized" || err.code === "forbidden"))) throw err;
    return {
      refused: (
        <>
          <SiteHeader user={user} />
          <main className="auth-page">
            <div className="card stack">
              <h1>{user ? "You do not have access to this debate" : "Sign in to open this debate"}</h1>
              <p className="muted">This debate is private. Ask its owner to share it with you.</p>
              {!user && (
                <Link className="btn btn-primary" href={`/sign-in?next=${encodeURIComponent(here)}`}>
                  Sign in
                </Link>
              )}
            </div>
          </main>
        </>
      ),
    };
  }
}

/**
 * A page that renders the whole debate on the server and keeps it live (the outline and focus
 * views): the header with the debate's menu, then `body`, or the refusal `openDebate` gives.
 * `skipLink` goes before the header, so it is the page's first Tab stop.
 */
export async function liveDebatePage(
  id: string,
  here: string,
  body: (debate: DebateDto) => React.ReactNode,
  skipLink?: React.ReactNode,
): Promise<React.ReactNode> {
  const opened = await openDebate(id, here, loadDebate);
  if ("refused" in opened) return opened.refused;
  const { debate, user } = opened;
  const { nodes: _n, edges: _e, sources: _s, ...summary } = debate;
  return (
    <div className="debate-page">
      {skipLink}
      <DebateHeader debate={summary} user={user} />
      <LiveDebate debate={debate}>{body(debate)}</LiveDebate>
    </div>
  );
}
