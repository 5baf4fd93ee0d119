"use client";
import { useMemo, useState } from "react";
import { useShallow } from "zustand/shallow";
import { SPEECHES } from "@/lib/domain/vocabulary";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Open the floor for a task (optionally on one argument students can see), and close it. */
export function TaskPanel() {
  const store = useSeminarStore();
  const { task, open, busy, nodes, shown } = useSeminar(
    useShallow((s) => ({
      task: s.view.task,
      open: s.view.status === "open",
      busy: s.busy,
      nodes: s.view.graph.nodes,
      shown: s.view.shownToStudents,
    })),
  );
  const [prompt, setPrompt] = useState("");
  const [target, setTarget] = useState("");
  const titleOf = useMemo(() => new Map(nodes.map((n) => [n.id, n.title])), [nodes]);
  const options = useMemo(() => {
    const visible = new Set(shown ?? []);
    return nodes
      .filter((n) => visible.has(n.id))
      .sort((a, b) => (a.speech ? SPEECHES.indexOf(a.speech) : -1) - (b.speech ? SPEECHES.indexOf(b.speech) : -1));
  }, [nodes, shown]);

  // Ended: no floor to open (the join card says the seminar has ended).
  if (!open) return null;
  if (task) {
    return (
      <section className="card stack task-panel is-open" aria-label="Task">
        <div className="row spread">
          <h2>The floor is open</h2>
          <span className="badge badge-open">students can contribute</span>
        </div>
        <p className="task-prompt" data-testid="current-task">
          {task.prompt}
        </p>
        {task.targetNodeId && (
          <p className="small muted">On: “{short(titleOf.get(task.targetNodeId) ?? "an argument")}”</p>
        )}
        <button
          className="btn btn-danger"
          disabled={busy}
          onClick={() => void seminarActions.closeTask(store, task.id)}
        >
          Close the floor
        </button>
      </section>
    );
  }
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await seminarActions.openTask(store, { prompt, targetNodeId: target || null })) {
      setPrompt("");
      setTarget("");
    }
  };
  return (
    <form className="card stack task-panel" aria-label="Open a task" onSubmit={(e) => void submit(e)}>
      <h2>Open the floor for a task</h2>
      <label>
        Task
        <textarea
          rows={2}
          value={prompt}
          maxLength={1000}
          required
          placeholder="Answer the 2AC’s solvency argument"
          onChange={(e) => setPrompt(e.target.value)}
        />
      </label>
      <label>
        On the argument (optional)
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">— none —</option>
          {options.map((n) => (
            <option key={n.id} value={n.id}>
              {n.speech ?? "—"} · {short(n.title)}
            </option>
          ))}
        </select>
      </label>
      <button className="btn btn-primary" type="submit" disabled={busy || !prompt.trim()}>
        Open the floor
      </button>
    </form>
  );
}
