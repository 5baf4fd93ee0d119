"use client";
import { useShallow } from "zustand/shallow";
import type { ContributionDto, TaskDto } from "@/lib/domain/seminar-schemas";
import { FeedbackForm } from "./feedback-form";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

function Contribution({ c, live }: { c: ContributionDto; live: boolean }) {
  return (
    <li className="contribution" data-testid="contribution">
      <div className="row spread small muted">
        <span>
          <span className="badge kind-badge">{c.kind === "comment" ? "comment" : "argument"}</span>
          {c.targetTitle && <> on “{c.targetTitle}”</>}
        </span>
        <span>
          {time(c.createdAt)}
          {!live && c.kind === "argument" && " · removed from the map"}
        </span>
      </div>
      <p className="contribution-text">{c.title || c.body}</p>
      {c.title && c.body && <p className="small contribution-body">{c.body}</p>}
      <FeedbackForm key={`${c.id}:${c.version}`} c={c} />
    </li>
  );
}

function TaskGroup({ task, items }: { task: TaskDto; items: ContributionDto[] }) {
  const students = [...new Set(items.map((c) => c.by.participantId ?? c.by.label))];
  return (
    <section className="task-group" aria-label={`Task: ${task.prompt}`}>
      <h3 className="task-group-title">
        {task.open && <span className="badge badge-open">open</span>} {task.prompt}{" "}
        <span className="muted">· {items.length}</span>
      </h3>
      {students.map((sid) => {
        const theirs = items.filter((c) => (c.by.participantId ?? c.by.label) === sid);
        return (
          <div key={sid} className="student-group" data-testid="student-group">
            <h4>
              {theirs[0]!.by.name ?? theirs[0]!.by.label}
              {theirs[0]!.by.shownAs && <span className="muted"> · shown as {theirs[0]!.by.shownAs}</span>}
            </h4>
            <ul className="contributions">
              {theirs.map((c) => (
                <Contribution key={c.id} c={c} live={c.nodeId !== null || c.kind === "comment"} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** Every contribution, grouped by task, then by student, each with its feedback form. */
export function ContributionBoard() {
  const store = useSeminarStore();
  const { tasks, contributions, busy } = useSeminar(
    useShallow((s) => ({ tasks: s.view.tasks, contributions: s.view.contributions, busy: s.busy })),
  );
  const pending = contributions.filter(
    (c) =>
      c.feedback && !c.feedback.released && (c.feedback.verdict || c.feedback.score !== null || c.feedback.comment),
  ).length;
  const withWork = [...tasks].reverse().filter((t) => t.open || contributions.some((c) => c.taskId === t.id));
  return (
    <section className="card stack board" aria-label="Contributions">
      <div className="row spread">
        <h2>
          Contributions <span className="badge">{contributions.length}</span>
        </h2>
        <button
          className="btn btn-primary"
          disabled={busy || pending === 0}
          onClick={() => void seminarActions.release(store)}
        >
          Release all feedback{pending ? ` (${pending})` : ""}
        </button>
      </div>
      {withWork.length === 0 && (
        <p className="muted">Open the floor for a task; what students add appears here as they add it.</p>
      )}
      {withWork.map((t) => (
        <TaskGroup key={t.id} task={t} items={contributions.filter((c) => c.taskId === t.id)} />
      ))}
    </section>
  );
}
