import Link from "next/link";
import { redirect } from "next/navigation";
import { LinkToken } from "@/lib/domain/schemas";
import type { MemberRole } from "@/lib/domain/vocabulary";
import { currentUser } from "@/lib/server/auth";
import type { SessionUser } from "@/lib/server/auth-guard";
import { AppError } from "@/lib/server/errors";
import { describeLink, type LinkOffer } from "@/lib/server/links/describe-link";
import { redeemLink } from "@/lib/server/links/redeem-link";
import { SiteHeader } from "@/components/ui/site-header";

export const dynamic = "force-dynamic";
export const metadata = { title: "Join a debate — Clash" };

type Outcome = { kind: "sign-in" } | { kind: "refused"; message: string } | { kind: "offer"; offer: LinkOffer };

const GRANTS: Record<MemberRole, string> = { owner: "own", editor: "edit", commenter: "comment on", viewer: "read" };
const joinPath = (token: string) => `/join/${encodeURIComponent(token)}`;

function refusal(err: AppError): string {
  if (err.code === "not_found") return "This share link does not exist. It may have been mistyped.";
  return `${err.message[0]!.toUpperCase()}${err.message.slice(1)}.`;
}

/** What the link offers this visitor, read only: rendering this page never writes. */
async function look(token: string, user: SessionUser | null): Promise<Outcome> {
  if (!LinkToken.safeParse(token).success)
    return { kind: "refused", message: "This is not a Clash share link. Check that you copied all of it." };
  if (!user) return { kind: "sign-in" };
  try {
    return { kind: "offer", offer: await describeLink({ user, token }) };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { kind: "refused", message: refusal(err) };
  }
}

/**
 * The Join button (a POST through a server action, which Next checks for same origin). A link
 * revoked since the page was shown sends the visitor back to it, where the refusal is explained.
 */
async function join(formData: FormData): Promise<void> {
  "use server";
  const token = LinkToken.safeParse(formData.get("token"));
  if (!token.success) redirect("/");
  let debateId: string;
  try {
    debateId = (await redeemLink({ user: await currentUser(), token: token.data })).debateId;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    redirect(joinPath(token.data));
  }
  redirect(`/debates/${debateId}`);
}

function Offer({ offer, token }: { offer: LinkOffer; token: string }) {
  const keeps = !offer.raises && offer.currentRole;
  return (
    <>
      <h1>You have been invited to “{offer.debateTitle}”</h1>
      <p data-testid="join-grants">This link lets you {GRANTS[offer.linkRole]} the debate.</p>
      {keeps ? (
        <p className="muted small">You can already {GRANTS[keeps]} it; opening the link keeps your access as it is.</p>
      ) : null}
      <form action={join} className="row">
        <input type="hidden" name="token" value={token} />
        <button className="btn btn-primary" type="submit">
          {offer.raises ? "Join the debate" : "Open the debate"}
        </button>
      </form>
    </>
  );
}

/** Opening a share link: sign in first, see what the link grants, then join with a button. */
export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await currentUser();
  const outcome = await look(token, user);
  const here = joinPath(token);
  return (
    <>
      <SiteHeader user={user} />
      <main className="auth-page">
        <div className="card stack join-card" data-testid="join">
          <span className="join-mark" aria-hidden>
            ⟷
          </span>
          {outcome.kind === "refused" ? (
            <>
              <h1>This link does not work</h1>
              <p role="alert">{outcome.message}</p>
              <p className="muted small">Ask the person who shared it for a new link.</p>
              <div className="row">
                <Link className="btn" href="/">
                  Back to debates
                </Link>
              </div>
            </>
          ) : outcome.kind === "offer" ? (
            <Offer offer={outcome.offer} token={token} />
          ) : (
            <>
              <h1>You have been invited to a debate</h1>
              <p className="muted">Sign in or create an account to open it.</p>
              <div className="row">
                <Link className="btn btn-primary" href={`/sign-in?next=${encodeURIComponent(here)}`}>
                  Sign in
                </Link>
                <Link className="btn" href={`/sign-up?next=${encodeURIComponent(here)}`}>
                  Create an account
                </Link>
              </div>
            </>
          )}
        </div>
      </main>
    </>
  );
}
