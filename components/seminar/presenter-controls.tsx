"use client";
import { useShallow } from "zustand/shallow";
import { DECISION_STEP, stepReveal } from "@/lib/domain/seminar";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";
import { LiveSpeech, SpeechStrip } from "./speech-strip";

/** Step through the debate like slides: Previous / Next speech, with the live one shown. */
export function PresenterControls() {
  const store = useSeminarStore();
  const { index, speeches, decision, open, busy } = useSeminar(
    useShallow((s) => ({
      index: s.view.revealedIndex,
      speeches: s.view.speeches,
      decision: s.view.decision,
      open: s.view.status === "open",
      busy: s.busy,
    })),
  );
  const canPrev = open && stepReveal(index, speeches, "previous", decision) !== null;
  const next = open ? stepReveal(index, speeches, "next", decision) : null;
  return (
    <section className="card stack presenter" aria-label="Presenting">
      <div className="row spread">
        <h2>Speech by speech</h2>
        <LiveSpeech />
      </div>
      <SpeechStrip />
      {open && (
        <div className="row">
          <button
            className="btn"
            disabled={!canPrev || busy}
            onClick={() => void seminarActions.reveal(store, "previous")}
          >
            ‹ Previous speech
          </button>
          <button
            className="btn btn-primary"
            disabled={next === null || busy}
            onClick={() => void seminarActions.reveal(store, "next")}
          >
            {next === DECISION_STEP ? "Reveal the decision ›" : "Next speech ›"}
          </button>
        </div>
      )}
      <p className="hint">
        Students see the revealed speeches, every argument without a speech, and the seminar’s own contributions; the
        judge’s decision comes after the last speech.
      </p>
    </section>
  );
}
