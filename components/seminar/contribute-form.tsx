"use client";
import { useEffect, useState } from "react";
import { useShallow } from "zustand/shallow";
import type { NodeKind } from "@/lib/domain/vocabulary";
import { useEditor } from "@/lib/client/editor/editor-context";
import { CardPicker, type PickedQuote } from "./card-picker";
import { seminarActions } from "@/lib/client/seminar/seminar-actions";
import { useSeminar, useSeminarStore } from "@/lib/client/seminar/seminar-store";
import { useMissingMessage } from "@/lib/client/use-missing-message";

type Kind = NodeKind | "comment";
const KINDS: { value: Kind; label: string; title: string }[] = [
  { value: "rebuttal", label: "Rebuttal", title: "Your answer" },
  { value: "claim", label: "Claim", title: "Your claim" },
  { value: "evidence", label: "Card", title: "Tag: what the card proves" },
  { value: "comment", label: "Comment", title: "Your comment" },
];

/** Add to the debate while the floor is open: answer, support, cut a card, or comment. */
export function ContributeForm() {
  const store = useSeminarStore();
  const v = useSeminar(
    useShallow((s) => ({ id: s.view.id, task: s.view.task, busy: s.busy, sources: s.view.graph.sources })),
  );
  const nodes = useEditor(useShallow((s) => s.order.map((id) => s.nodes[id]!).filter(Boolean)));
  const selected = useEditor((s) => s.selectedNodeId);
  const [kind, setKind] = useState<Kind>("rebuttal");
  const [target, setTarget] = useState(v.task?.targetNodeId ?? "");
  const [text, setText] = useState("");
  const [notes, setNotes] = useState("");
  const [card, setCard] = useState<PickedQuote>({ sourceId: "", quote: "" });
  const [against, setAgainst] = useState(false);
  useEffect(() => setTarget(v.task?.targetNodeId ?? ""), [v.task?.targetNodeId]);
  useEffect(() => {
    if (selected) setTarget(selected);
  }, [selected]);
  const targetMissing = useMissingMessage<HTMLSelectElement>(
    target,
    kind === "comment"
      ? "Pick the argument you comment on, or tap it on the map."
      : "Pick the argument you answer, or tap it on the map.",
  );
  if (!v.task) return null;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await seminarActions.contribute(
      store,
      kind === "comment"
        ? { type: "comment", nodeId: target, body: text }
        : {
            type: "argument",
            kind,
            title: text,
            body: notes,
            targetId: target || null,
            ...(kind !== "rebuttal" && target ? { relation: against ? "rebuts" : "supports" } : {}),
            ...(kind === "evidence" ? { card } : {}),
          },
    );
    if (ok) [setText, setNotes].forEach((f) => f(""));
    if (ok) setCard({ sourceId: card.sourceId, quote: "" });
  };
  const meta = KINDS.find((k) => k.value === kind)!;
  return (
    <form className="stack contribute" aria-label="Contribute" onSubmit={(e) => void submit(e)}>
      <h2>Contribute</h2>
      <div className="segmented" role="radiogroup" aria-label="What to add">
        {KINDS.map((k) => (
          <label key={k.value} className={`seg${kind === k.value ? " on" : ""}`}>
            <input type="radio" name="contribution-kind" checked={kind === k.value} onChange={() => setKind(k.value)} />{" "}
            {k.label}
          </label>
        ))}
      </div>
      <label>
        {kind === "rebuttal" || against ? "Answering" : kind === "comment" ? "On" : "Supporting"}
        <select
          {...targetMissing}
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          required={kind === "comment" || kind === "rebuttal"}
        >
          <option value="">— pick an argument (or click one on the map) —</option>
          {nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.speech ? `${n.speech} · ` : ""}
              {n.title.slice(0, 80)}
            </option>
          ))}
        </select>
      </label>
      {(kind === "claim" || kind === "evidence") && (
        <label className="radio small">
          <input type="checkbox" checked={against} onChange={(e) => setAgainst(e.currentTarget.checked)} /> It answers
          this argument (instead of supporting it)
        </label>
      )}
      {kind === "evidence" && <CardPicker seminarId={v.id} sources={v.sources} value={card} onChange={setCard} />}
      <label>
        {meta.title}
        <textarea
          rows={3}
          value={text}
          required
          maxLength={kind === "comment" ? 5000 : 500}
          onChange={(e) => setText(e.target.value)}
          data-testid="contribution-text"
        />
      </label>
      {kind !== "comment" && (
        <label>
          Notes (optional)
          <textarea rows={2} value={notes} maxLength={5000} onChange={(e) => setNotes(e.target.value)} />
        </label>
      )}
      <button className="btn btn-primary" type="submit" disabled={v.busy || !text.trim()}>
        Add {meta.label.toLowerCase()}
      </button>
    </form>
  );
}
