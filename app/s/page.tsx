import { currentUser } from "@/lib/server/auth";
import { SiteHeader } from "@/components/ui/site-header";
import { JoinForm } from "@/components/seminar/join-form";

export const dynamic = "force-dynamic";
export const metadata = { title: "Join a seminar — Clash" };

/** Where students type the code their instructor shows. */
export default async function JoinSeminarPage() {
  const user = await currentUser();
  return (
    <>
      <SiteHeader user={user} />
      <main className="auth-page">
        <JoinForm user={user && { name: user.name }} />
      </main>
    </>
  );
}
