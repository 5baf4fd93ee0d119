import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/ui/site-header";
import { PresentSeminar } from "@/components/seminar/present-view";
import { loadSeminar } from "../../load-seminar";

export const dynamic = "force-dynamic";
export const metadata = { title: "Presenting — Clash" };

/** The projector view: the map exactly as students see it, with Previous / Next. Instructors only. */
export default async function PresentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const loaded = await loadSeminar(id);
  if ("refused" in loaded) return loaded.refused;
  if (loaded.view.role !== "instructor") redirect(`/seminars/${id}`);
  return (
    <div className="seminar-shell">
      <SiteHeader user={loaded.user} />
      <PresentSeminar initial={loaded.view} />
    </div>
  );
}
