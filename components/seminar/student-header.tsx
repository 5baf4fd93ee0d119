"use client";
import { useShallow } from "zustand/shallow";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { LiveDot } from "./seminar-error";
import { useSeminar } from "@/lib/client/seminar/seminar-store";
import { LiveSpeech, SpeechStrip } from "./speech-strip";

/** Which debate, which speech is live, and who I am here. */
export function StudentHeader() {
  const v = useSeminar(
    useShallow((s) => ({
      title: s.view.debateTitle,
      me: s.view.me.label,
      anonymous: s.view.anonymous,
      instructor: s.view.instructorName,
      ended: s.view.status === "ended",
    })),
  );
  const here = useSeminar((s) => s.presence.length);
  return (
    <header className="seminar-head student-head">
      <div className="seminar-title">
        <p className="eyebrow">
          {!v.ended && <LiveDot />} Seminar with{" "}
          <span className="eyebrow-name">{v.instructor || "your instructor"}</span>
          {/* Who is here means nothing once it has ended (the count was the student alone). */}
          {!v.ended && <> · {here} here</>}
        </p>
        <h1>{v.title}</h1>
      </div>
      <div className="stack student-head-right">
        <LiveSpeech />
        <SpeechStrip />
      </div>
      <p className="me-badge" data-testid="me-label">
        You are <strong>{v.me}</strong>
        {v.anonymous && <span className="small muted"> (classmates see only this)</span>}
      </p>
      {v.ended && (
        <p className="ended-note" role="status">
          This seminar has ended.
        </p>
      )}
    </header>
  );
}

/** The open task (with a way to find its argument on the map), or that the floor is closed. */
export function TaskBanner() {
  const task = useSeminar((s) => s.view.task);
  const target = useSeminar((s) =>
    s.view.task?.targetNodeId ? s.view.graph.nodes.find((n) => n.id === s.view.task!.targetNodeId) : undefined,
  );
  const editor = useEditorStore();
  const ended = useSeminar((s) => s.view.status === "ended");
  if (ended)
    return (
      <div className="task-banner is-closed" data-testid="task-banner" data-open="false">
        <strong>The seminar has ended.</strong> Your contributions and any feedback released to you stay here to read.
      </div>
    );
  if (!task) {
    return (
      <div className="task-banner is-closed" data-testid="task-banner" data-open="false">
        <strong>The floor is closed.</strong> Follow the speeches; your instructor will open it for a task.
      </div>
    );
  }
  return (
    <div className="task-banner is-open" data-testid="task-banner" data-open="true">
      <span className="badge badge-open">Your task</span>
      <strong className="task-prompt">{task.prompt}</strong>
      {target && (
        <button type="button" className="link-button" onClick={() => editor.getState().select(target.id)}>
          on “{target.title}”
        </button>
      )}
    </div>
  );
}
