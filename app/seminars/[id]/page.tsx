import { SiteHeader } from "@/components/ui/site-header";
import { SeminarDashboard } from "@/components/seminar/dashboard";
import { StudentSeminar } from "@/components/seminar/student-view";
import { loadSeminar } from "../load-seminar";

export const dynamic = "force-dynamic";
export const metadata = { title: "Seminar — Clash" };

/** One seminar: the instructor's dashboard, or a student's view of it. */
export default async function SeminarPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await loadSeminar(id);
  if ("refused" in r) return r.refused;
  return (
    <div className="seminar-shell">
      <SiteHeader user={r.user} />
      {r.view.role === "instructor" ? <SeminarDashboard initial={r.view} /> : <StudentSeminar initial={r.view} />}
    </div>
  );
}
