"use client";
import { useNodeEvaluation } from "@/lib/client/editor/use-evaluation";

/** The inspector's answer to "why does this stand (or not)?" */
export function NodeStatus({ id }: { id: string }) {
  const ev = useNodeEvaluation(id);
  if (!ev) return null;
  return (
    <section className={`node-status status-${ev.status}`} data-testid="node-why">
      <h3>Status: {ev.status}{ev.dropped ? ` · dropped${ev.droppedIn ? ` in ${ev.droppedIn}` : ""}` : ""}</h3>
      <p className="small">{ev.why}</p>
    </section>
  );
}
