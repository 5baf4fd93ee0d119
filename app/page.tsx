import Link from "next/link";
import { currentUser } from "@/lib/server/auth";
import { listDebates } from "@/lib/server/debates/list-debates";
import { SiteHeader } from "@/components/ui/site-header";
import { NewDebateButton } from "@/components/ui/new-debate-button";
import { HomeImport } from "@/components/import-export/home-import";
import { countOf } from "@/lib/domain/group-thousands";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await currentUser();
  const debates = await listDebates({ user });
  return (
    <>
      <SiteHeader user={user} />
      <main className="home">
        <section className="home-intro">
          <div>
            <h1>Debates</h1>
            <p className="muted">Map what each side claims, how each claim is answered, and the evidence behind it.</p>
          </div>
          {user ? (
            <div className="row">
              <Link className="btn" href="/s">
                Join a seminar
              </Link>
              <HomeImport />
              <NewDebateButton />
            </div>
          ) : (
            <div className="row">
              {/* Students come with a code and often without an account. */}
              <Link className="btn" href="/s">
                Join a seminar
              </Link>
              <Link className="btn btn-primary" href="/sign-up">
                Sign up to map a debate
              </Link>
            </div>
          )}
        </section>
        {debates.length === 0 ? (
          <p className="empty-state">No debates yet. {user ? "Create the first one." : "Sign in to create one."}</p>
        ) : (
          <ul className="debate-list" aria-label="Debates">
            {debates.map((d) => (
              <li key={d.id}>
                <Link href={`/debates/${d.id}`} className="debate-card card" data-testid="debate-card">
                  <div className="debate-card-top">
                    <h2>{d.title}</h2>
                    <span className={`badge badge-${d.visibility}`}>{d.visibility}</span>
                  </div>
                  {d.resolution && <p className="resolution">{d.resolution}</p>}
                  <p className="muted small">
                    {countOf(d.nodeCount, "argument")} · by {d.ownerName}
                    {d.role && d.role !== "viewer" ? ` · you are ${d.role}` : ""} · updated{" "}
                    {new Date(d.updatedAt).toLocaleDateString("en-US", { dateStyle: "medium" })}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
