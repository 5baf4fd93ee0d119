"use client";
import { dropLabel } from "@/lib/domain/evaluation";
import { useNodeEvaluation } from "@/lib/client/editor/use-evaluation";

/** The inspector's answer to "why does this stand (or not)?" */
export function NodeStatus({ id }: { id: string }) {
  const ev = useNodeEvaluation(id);
  if (!ev) return null;
  const notes = [
    dropLabel(ev),
    ev.live === "new" ? "new in the last rebuttal" : ev.live === "not-extended" ? "not extended" : null,
    ev.turn === "fake" ? "not a real turn" : ev.turn === "real" ? "real turn" : null,
    ev.concession ? "CX concession" : null,
  ].filter(Boolean);
  return (
    <section className={`node-status status-${ev.status}`} data-testid="node-why">
      <h3>
        Status: {ev.status}
        {notes.length > 0 ? ` · ${notes.join(" · ")}` : ""}
      </h3>
      <p className="small">{ev.why}</p>
    </section>
  );
}
