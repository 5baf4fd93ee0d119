"use client";
import { useReactFlow } from "@xyflow/react";
import { useRef, useState } from "react";
import type { SourceDto } from "@/lib/domain/schemas";
import { SPEECHES, type Speech } from "@/lib/domain/vocabulary";
import { buildCite } from "@/lib/domain/cite";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { jumpTo, NEW_EVIDENCE } from "@/lib/client/editor/node-actions";
import { cutCard, fillCard } from "@/lib/client/reader/source-actions";
import { Dialog } from "@/components/ui/dialog";
import { TargetSelect } from "./target-select";
import { useFocusFirst } from "./use-focus-first";
import { focusNode } from "@/lib/client/editor/focus";

export type Span = { start: number; end: number; quote: string };

/** The form that turns a selected passage into a card linked to a claim or rebuttal. */
export function CutCardDialog({ source, span, onClose }: { source: SourceDto; span: Span; onClose: () => void }) {
  const store = useEditorStore();
  const rf = useReactFlow();
  // The selected card with no quote yet (+ Evidence, E): the passage fills it, where it stands.
  const [placeholder] = useState(() => {
    const s = store.getState();
    const sel = s.selectedNodeId ? s.nodes[s.selectedNodeId] : undefined;
    return sel && sel.kind === "evidence" && !sel.evidence ? { id: sel.id, title: sel.title } : null;
  });
  const [into, setInto] = useState(!!placeholder);
  const [tag, setTag] = useState(() => (placeholder && placeholder.title !== NEW_EVIDENCE ? placeholder.title : ""));
  const [cite, setCite] = useState(() => buildCite(source));
  const [targetId, setTargetId] = useState(() => {
    const s = store.getState();
    const sel = s.selectedNodeId ? s.nodes[s.selectedNodeId] : undefined;
    if (!sel) return "";
    if (sel.kind !== "evidence") return sel.id;
    // A card is selected: default to what that card backs or answers.
    return (
      Object.values(s.edges).find((e) => e.source === sel.id && s.nodes[e.target]?.kind !== "evidence")?.target ?? ""
    );
  });
  const [relation, setRelation] = useState<"supports" | "rebuts">("supports");
  const [speech, setSpeech] = useState<Speech | "">("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirst(formRef);

  // The card on the map, selected, with the keyboard on it (the focus went back to the dialog's
  // opener, gone by then, and fell to the page's top). A frame later: the dialog's closing gives
  // the focus back to its opener after the first.
  const showCard = (id: string) => {
    jumpTo(store, rf, id);
    requestAnimationFrame(() => focusNode(id));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!tag.trim()) return setError("Write the tag: the claim this card makes, in your words.");
    if (placeholder && into) {
      try {
        fillCard(store, source, placeholder.id, {
          ...span,
          tag: tag.trim(),
          cite: cite.trim(),
          speech: speech || null,
        });
      } catch (err) {
        return setError(err instanceof Error ? err.message : "the card could not be cut");
      }
      onClose();
      requestAnimationFrame(() => showCard(placeholder.id));
      return;
    }
    if (!targetId) return setError("Choose the claim or rebuttal this card supports or attacks.");
    setBusy(true);
    setError(null);
    try {
      const node = await cutCard(store, source.id, {
        ...span,
        tag: tag.trim(),
        cite: cite.trim(),
        targetId,
        relation,
        speech: speech || null,
        highlights: [],
      });
      onClose();
      requestAnimationFrame(() => showCard(node.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : "the card could not be cut");
      setBusy(false);
    }
  };

  return (
    <Dialog open title="Cut a card" onClose={onClose}>
      <form
        ref={formRef}
        className="stack cut-card-form"
        onSubmit={(e) => void submit(e)}
        aria-label="Cut a card"
        noValidate
      >
        <blockquote className="quote cut-preview" data-testid="cut-quote">
          {span.quote}
        </blockquote>
        <label>
          Tag
          <input
            value={tag}
            onChange={(e) => setTag(e.target.value)}
            maxLength={500}
            placeholder="What this card proves, in a line"
          />
        </label>
        <label>
          Cite
          <textarea value={cite} onChange={(e) => setCite(e.target.value)} rows={3} maxLength={2000} />
        </label>
        {placeholder && (
          <fieldset className="stack cut-into">
            <legend>Cut into</legend>
            <label className="radio">
              <input type="radio" name="into" checked={into} onChange={() => setInto(true)} />
              the selected card, “{placeholder.title || "untitled"}” (no quote yet)
            </label>
            <label className="radio">
              <input type="radio" name="into" checked={!into} onChange={() => setInto(false)} />a new card
            </label>
          </fieldset>
        )}
        {!(placeholder && into) && (
          <>
            <TargetSelect value={targetId} onChange={setTargetId} />
            <fieldset className="segmented">
              <legend>The card</legend>
              {(["supports", "rebuts"] as const).map((r) => (
                <label key={r} className={`seg rel-${r}${relation === r ? " on" : ""}`}>
                  <input
                    type="radio"
                    name="relation"
                    value={r}
                    checked={relation === r}
                    onChange={() => setRelation(r)}
                  />
                  {r === "supports" ? "Supports it" : "Attacks it"}
                </label>
              ))}
            </fieldset>
          </>
        )}
        <label>
          Speech (optional)
          <select value={speech} onChange={(e) => setSpeech(e.target.value as Speech | "")}>
            <option value="">—</option>
            {SPEECHES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="row dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Cutting…" : "Cut card"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
