import { decodeOrKeep } from "@/lib/domain/url-path";
import { currentUser } from "@/lib/server/auth";
import { SiteHeader } from "@/components/ui/site-header";
import { JoinForm } from "@/components/seminar/join-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Join a seminar — Clash" };

/** A join link (`/s/K7QH2-MXB3C`): the code filled in; joining still goes through the rate-limited API. */
export default async function JoinSeminarCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const user = await currentUser();
  const initial = decodeOrKeep(code).toUpperCase().slice(0, 20);
  return (
    <>
      <SiteHeader user={user} />
      <main className="auth-page">
        <JoinForm initialCode={initial} user={user && { name: user.name }} />
      </main>
    </>
  );
}
