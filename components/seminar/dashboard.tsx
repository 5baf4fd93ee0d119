"use client";
import Link from "next/link";
import type { SeminarDto } from "@/lib/domain/seminar-schemas";
import { ContributionBoard } from "./contribution-board";
import { EndAndExport } from "./end-and-export";
import { JoinCodeCard, ParticipantList } from "./join-code-card";
import { PresenterControls } from "./presenter-controls";
import { SeminarError, LiveDot } from "./seminar-error";
import { SeminarProvider, useSeminar } from "@/lib/client/seminar/seminar-store";
import { TaskPanel } from "./task-panel";
import { useSeminarLive } from "@/lib/client/seminar/use-seminar-live";

function DashboardLayout({ seq }: { seq: number }) {
  const id = useSeminar((s) => s.view.id);
  const title = useSeminar((s) => s.view.debateTitle);
  const resolution = useSeminar((s) => s.view.resolution);
  const debateId = useSeminar((s) => s.view.debateId);
  const ended = useSeminar((s) => s.view.status === "ended");
  useSeminarLive(id, seq);
  return (
    <main className="seminar-page" data-testid="seminar-dashboard">
      <header className="seminar-head">
        <div className="seminar-title">
          <p className="eyebrow" data-testid="seminar-state">
            {ended ? (
              <>
                <span className="live-dot" /> Seminar · ended
              </>
            ) : (
              <>
                <LiveDot /> Seminar · you are teaching
              </>
            )}
          </p>
          <h1>{title}</h1>
          {resolution && <p className="resolution muted">{resolution}</p>}
        </div>
        <div className="row">
          <Link className="btn" href={`/seminars/${id}/present`}>
            Present the map
          </Link>
          <Link className="btn btn-ghost" href={`/debates/${debateId}`}>
            Edit the debate
          </Link>
          <EndAndExport />
        </div>
      </header>
      <div className="dash-grid">
        <div className="dash-side">
          <JoinCodeCard />
          <ParticipantList />
        </div>
        <div className="dash-main">
          <div className="dash-controls">
            <PresenterControls />
            <TaskPanel />
          </div>
          <ContributionBoard />
        </div>
      </div>
      <SeminarError />
    </main>
  );
}

/** The instructor's dashboard: code, speech-by-speech controls, tasks, and everyone's work with feedback. */
export function SeminarDashboard({ initial }: { initial: SeminarDto }) {
  return (
    <SeminarProvider initial={initial}>
      <DashboardLayout seq={initial.graph.seq} />
    </SeminarProvider>
  );
}
