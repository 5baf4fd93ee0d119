import Link from "next/link";
import { currentUser } from "@/lib/server/auth";
import { listDebates } from "@/lib/server/debates/list-debates";
import { SiteHeader } from "@/components/ui/site-header";
import { NewDebateButton } from "@/components/ui/new-debate-button";
import { HomeImport } from "@/components/import-export/home-import";
import { DebateCard } from "@/components/home/debate-card";
import { DebateList } from "@/components/home/debate-list";

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
          <DebateList
            entries={debates.map((d) => ({
              id: d.id,
              title: d.title,
              resolution: d.resolution,
              updatedAt: d.updatedAt,
              card: <DebateCard debate={d} />,
            }))}
          />
        )}
      </main>
    </>
  );
}
