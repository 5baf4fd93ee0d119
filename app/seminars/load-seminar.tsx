import Link from "next/link";
import { notFound } from "next/navigation";
import type { SeminarDto } from "@/lib/domain/seminar-schemas";
import { currentUser } from "@/lib/server/auth";
import type { SessionUser } from "@/lib/server/auth-guard";
import { AppError } from "@/lib/server/errors";
import { getSeminar } from "@/lib/server/seminars/get-seminar";
import { SiteHeader } from "@/components/ui/site-header";

/** Load a seminar for the page's viewer, or the page that explains why they cannot see it. */
export async function loadSeminar(
  id: string,
): Promise<{ user: SessionUser | null; view: SeminarDto } | { refused: React.ReactNode }> {
  const user = await currentUser();
  try {
    return { user, view: await getSeminar({ user, seminarId: id }) };
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    if (!(err instanceof AppError) || (err.code !== "unauthorized" && err.code !== "forbidden")) throw err;
    return {
      refused: (
        <>
          <SiteHeader user={user} />
          <main className="auth-page">
            <div className="card stack">
              <h1>Join this seminar first</h1>
              <p className="muted">Enter the code your instructor shows to take part.</p>
              <Link className="btn btn-primary" href="/s">
                Enter a code
              </Link>
            </div>
          </main>
        </>
      ),
    };
  }
}
