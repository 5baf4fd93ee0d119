"use client";
import { SPEECHES, SPEECH_LABELS, SPEECH_SIDE } from "@/lib/domain/vocabulary";
import { DECISION_STEP } from "@/lib/domain/seminar";
import { useSeminar } from "@/lib/client/seminar/seminar-store";
import { useShallow } from "zustand/shallow";

/** The debate's speeches in order: revealed ones filled, the live one marked, the rest to come. */
export function SpeechStrip() {
  const { speeches, revealedIndex, live, decision, open } = useSeminar(
    useShallow((s) => ({
      speeches: s.view.speeches,
      revealedIndex: s.view.revealedIndex,
      // An ended seminar has no live speech: the last shown is one of the shown.
      live: s.view.status === "ended" ? null : s.view.live,
      decision: s.view.decision,
      open: s.view.status === "open",
    })),
  );
  const decided = revealedIndex >= DECISION_STEP;
  const decisionState = decided ? (open ? "live" : "shown") : "hidden";
  return (
    <ol className="speech-strip" aria-label="Speeches" data-testid="speech-strip">
      {speeches.map((sp) => {
        const shown = SPEECHES.indexOf(sp) <= revealedIndex;
        const state = sp === live ? "live" : shown ? "shown" : "hidden";
        return (
          <li
            key={sp}
            className={`speech-step step-${state} step-${SPEECH_SIDE[sp]}`}
            title={SPEECH_LABELS[sp]}
            aria-current={sp === live ? "step" : undefined}
            data-state={state}
          >
            {sp}
          </li>
        );
      })}
      {decision && (
        <li
          className={`speech-step step-${decisionState} step-neutral`}
          title="The judge's decision"
          aria-current={decisionState === "live" ? "step" : undefined}
          data-state={decisionState}
        >
          Decision
        </li>
      )}
    </ol>
  );
}

/** "Live: 2AC — Second Affirmative Constructive", that nothing is shown yet, or where it ended. */
export function LiveSpeech() {
  const live = useSeminar((s) => s.view.live);
  const ended = useSeminar((s) => s.view.status === "ended");
  const decided = useSeminar((s) => s.view.revealedIndex >= DECISION_STEP);
  return (
    <p className="live-speech" data-testid="live-speech" aria-live="polite">
      {ended ? (
        <>
          <span className="live-pill is-ended">Ended</span>{" "}
          {decided ? "after the decision" : live ? `after the ${live}` : "before any speech"}
        </>
      ) : decided ? (
        <>
          <span className="live-pill">Live</span> The judge’s decision
        </>
      ) : live ? (
        <>
          <span className="live-pill">Live</span> {SPEECH_LABELS[live]}
        </>
      ) : (
        <span className="muted">No speech revealed yet</span>
      )}
    </p>
  );
}
