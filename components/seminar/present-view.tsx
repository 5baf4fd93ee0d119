"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useShallow } from "zustand/shallow";
import { DECISION_STEP, stepReveal } from "@/lib/domain/seminar";
import type { SeminarDto } from "@/lib/domain/seminar-schemas";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { SeminarBoard, SeminarGraphProvider } from "./seminar-graph";
import { LiveDot, SeminarError } from "./seminar-error";
import { SeminarProvider, useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";
import { LiveSpeech, SpeechStrip } from "./speech-strip";
import { useSeminarLive } from "@/lib/client/seminar/use-seminar-live";

function PresentLayout({ seq }: { seq: number }) {
  const store = useSeminarStore();
  const v = useSeminar(
    useShallow((s) => ({
      id: s.view.id,
      debateId: s.view.debateId,
      title: s.view.debateTitle,
      resolution: s.view.resolution,
      code: s.view.code,
      index: s.view.revealedIndex,
      speeches: s.view.speeches,
      decision: s.view.decision,
      open: s.view.status === "open",
      busy: s.busy,
    })),
  );
  const full = useSeminar((s) => s.view.graph);
  const shown = useSeminar((s) => s.view.shownToStudents);
  useSeminarLive(v.id, seq);
  // Exactly what the students see now: the server's own list of shown arguments.
  const graph = useMemo(() => {
    const ids = new Set(shown ?? []);
    return {
      ...full,
      nodes: full.nodes.filter((n) => ids.has(n.id)),
      edges: full.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
  }, [full, shown]);
  const debate = { id: v.debateId, title: v.title, resolution: v.resolution };
  const next = v.open ? stepReveal(v.index, v.speeches, "next", v.decision) : null;
  return (
    <SeminarGraphProvider debate={debate} graph={graph} revealed={v.index}>
      <main className="seminar-page present" data-testid="seminar-present">
        <header className="seminar-head">
          <div className="seminar-title">
            <p className="eyebrow">
              <LiveDot /> Join at /s with <strong className="code-inline">{v.code}</strong>
            </p>
            <h1>{v.title}</h1>
          </div>
          <div className="stack student-head-right">
            <LiveSpeech />
            <SpeechStrip />
          </div>
          <div className="row">
            <button
              className="btn"
              disabled={!v.open || v.busy || stepReveal(v.index, v.speeches, "previous", v.decision) === null}
              onClick={() => void seminarActions.reveal(store, "previous")}
            >
              ‹ Previous
            </button>
            <button
              className="btn btn-primary"
              disabled={next === null || v.busy}
              onClick={() => void seminarActions.reveal(store, "next")}
            >
              {next === DECISION_STEP ? "Decision ›" : "Next speech ›"}
            </button>
            <Link className="btn btn-ghost" href={`/seminars/${v.id}`}>
              Dashboard
            </Link>
          </div>
        </header>
        <div className="seminar-body">
          <SeminarBoard debate={debate} />
        </div>
        <SeminarError />
      </main>
    </SeminarGraphProvider>
  );
}

/** The map as students see it, for the projector, with Previous / Next at hand. */
export function PresentSeminar({ initial }: { initial: SeminarDto }) {
  return (
    <SeminarProvider initial={initial}>
      <PresentLayout seq={initial.graph.seq} />
    </SeminarProvider>
  );
}
