import Link from "next/link";
import { redirect } from "next/navigation";
import { LinkToken } from "@/lib/domain/schemas";
import { currentUser } from "@/lib/server/auth";
import type { SessionUser } from "@/lib/server/auth-guard";
import { AppError } from "@/lib/server/errors";
import { redeemLink } from "@/lib/server/links/redeem-link";
import { SiteHeader } from "@/components/ui/site-header";

export const dynamic = "force-dynamic";
export const metadata = { title: "Join a debate — Clash" };

type Outcome = { kind: "sign-in" } | { kind: "refused"; message: string } | { kind: "joined"; debateId: string };

async function open(token: string, user: SessionUser | null): Promise<Outcome> {
  if (!LinkToken.safeParse(token).success) return { kind: "refused", message: "This is not a Clash share link. Check that you copied all of it." };
  if (!user) return { kind: "sign-in" };
  try {
    return { kind: "joined", debateId: (await redeemLink({ user, token })).debateId };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const message = err.code === "not_found" ? "This share link does not exist. It may have been mistyped." : `${err.message[0]!.toUpperCase()}${err.message.slice(1)}.`;
    return { kind: "refused", message };
  }
}

/** Opening a share link: sign in first, then the link's role is granted and the debate opens. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await currentUser();
  const outcome = await open(token, user);
  if (outcome.kind === "joined") redirect(`/debates/${outcome.debateId}`);
  const here = `/join/${encodeURIComponent(token)}`;
  return (
    <>
      <SiteHeader user={user} />
      <main className="auth-page">
        <div className="card stack join-card" data-testid="join">
          {outcome.kind === "refused" ? (
            <>
              <span className="join-mark" aria-hidden>⟷</span>
              <h1>This link does not work</h1>
              <p role="alert">{outcome.message}</p>
              <p className="muted small">Ask the person who shared it for a new link.</p>
              <div className="row">
                <Link className="btn" href="/">Back to debates</Link>
              </div>
            </>
          ) : (
            <>
              <span className="join-mark" aria-hidden>⟷</span>
              <h1>You have been invited to a debate</h1>
              <p className="muted">Sign in or create an account to open it.</p>
              <div className="row">
                <Link className="btn btn-primary" href={`/sign-in?next=${encodeURIComponent(here)}`}>Sign in</Link>
                <Link className="btn" href={`/sign-up?next=${encodeURIComponent(here)}`}>Create an account</Link>
              </div>
            </>
          )}
        </div>
      </main>
    </>
  );
}
