import { SiteHeader } from "@/components/ui/site-header";
import { SeminarDashboard } from "@/components/seminar/dashboard";
import { StudentSeminar } from "@/components/seminar/student-view";
import { loadSeminar } from "../load-seminar";

export const dynamic = "force-dynamic";
export const metadata = { title: "Seminar — Clash" };

/** One seminar: the instructor's dashboard, or a student's view of it. */
export default async function SeminarPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const loaded = await loadSeminar(id);
  if ("refused" in loaded) return loaded.refused;
  return (
    <div className="seminar-shell">
      <SiteHeader user={loaded.user} />
      {loaded.view.role === "instructor" ? (
        <SeminarDashboard initial={loaded.view} />
      ) : (
        <StudentSeminar initial={loaded.view} />
      )}
    </div>
  );
}
