"use client";
import { useShallow } from "zustand/shallow";
import type { SeminarDto } from "@/lib/domain/seminar-schemas";
import { ArgumentDetail } from "./argument-detail";
import { ContributeForm } from "./contribute-form";
import { MyWork } from "./my-work";
import { SeminarBoard, SeminarGraphProvider } from "./seminar-graph";
import { SeminarError } from "./seminar-error";
import { SeminarProvider, useSeminar } from "@/lib/client/seminar/seminar-store";
import { StudentHeader, TaskBanner } from "./student-header";
import { useSeminarLive } from "@/lib/client/seminar/use-seminar-live";

function StudentLayout({ seq }: { seq: number }) {
  const v = useSeminar(
    useShallow((s) => ({
      id: s.view.id,
      debateId: s.view.debateId,
      title: s.view.debateTitle,
      resolution: s.view.resolution,
    })),
  );
  const graph = useSeminar((s) => s.view.graph);
  const revealed = useSeminar((s) => s.view.revealedIndex);
  useSeminarLive(v.id, seq);
  const debate = { id: v.debateId, title: v.title, resolution: v.resolution };
  return (
    <SeminarGraphProvider debate={debate} graph={graph} revealed={revealed}>
      <main className="seminar-page student" data-testid="seminar-student">
        <StudentHeader />
        <TaskBanner />
        <div className="seminar-body">
          <SeminarBoard debate={debate} />
          <aside className="seminar-side" aria-label="Your work">
            <ArgumentDetail />
            <ContributeForm />
            <MyWork />
          </aside>
        </div>
        <SeminarError />
      </main>
    </SeminarGraphProvider>
  );
}

/** A student's seminar: the revealed debate (map or flow), the task, and their work with its feedback. */
export function StudentSeminar({ initial }: { initial: SeminarDto }) {
  return (
    <SeminarProvider initial={initial}>
      <StudentLayout seq={initial.graph.seq} />
    </SeminarProvider>
  );
}
