"use client";
import { useState } from "react";
import { useParams } from "next/navigation";
import { NODE_KINDS, RESPONSE_TYPES, ROLES, SIDES, SPEECHES, type NodeKind } from "@/lib/domain/vocabulary";
import type { NodePatch } from "@/lib/domain/schemas";
import { SchemeField } from "./scheme-field";
import { useDraftAutosave } from "@/lib/client/editor/use-draft-autosave";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";
import { humanize, KIND_LABEL, SIDE_LABEL } from "./labels";
import { CardView } from "@/components/source-reader/card-view";
import { ClaimEvidence } from "@/components/source-reader/claim-evidence";
import { CardToCut } from "@/components/source-reader/card-to-cut";
import { NodeConnections } from "./node-connections";
import { NodeStatus } from "./node-status";
import { CommentsSection } from "@/components/collab/comments-section";
import { CardReadMode } from "@/components/speech-docs/card-read-mode";
import { SendToSpeech } from "@/components/speech-docs/send-to-speech";

/**
 * Edit one argument. Text fields save when typing pauses, on blur (or Enter in the title) and on
 * leaving the page; choices save at once.
 */
export function NodeInspector({ id }: { id: string }) {
  const store = useEditorStore();
  const n = useEditor((s) => s.nodes[id]);
  const canEdit = useEditor((s) => s.canEdit);
  const hideOverMap = useMapView((s) => s.hideInspectorOverMap);
  // The inspector lives on /debates/[id]: the speech document routes need the debate's id.
  const debateId = useParams<{ id: string }>()?.id;
  const [title, setTitle] = useState(n?.title ?? "");
  const [body, setBody] = useState(n?.body ?? "");
  const [seen, setSeen] = useState(n ? { title: n.title, body: n.body } : null);
  // The version the user started typing from: a text edit is saved against it, so a change that
  // arrived meanwhile (live, from someone else) makes the server answer 409 and both are shown.
  const [base, setBase] = useState<number | null>(null);
  const unsaved = base !== null && !!n && (title.trim() !== n.title || body !== n.body);
  // Mid-typing, the field keeps what it holds: a trailing space typed before the next word is not
  // taken back when the stored (trimmed) row returns.
  useDraftAutosave(unsaved, `${title}\u0000${body}`, () => save({ title: title.trim(), body }, true, true));
  if (!n) return null;
  // The stored text changed under us (undo, the server, a colleague): show it unless the user is
  // mid-edit. Compared by content, not version: a refused edit and the winner share a version.
  if (seen && (n.title !== seen.title || n.body !== seen.body)) {
    const dirty = title !== seen.title || body !== seen.body;
    setSeen({ title: n.title, body: n.body });
    if (!dirty) {
      setTitle(n.title);
      setBody(n.body);
    }
  }
  const startEdit = () => {
    if (base === null) setBase(n.version);
  };
  /** `midTyping`: the draft is saved as typing pauses, and the field is not reset to the saved text. */
  const save = (patch: NodePatch, text = false, midTyping = false) => {
    const s = store.getState();
    const cur = s.nodes[id];
    // While a conflict is open the dialog decides; a blur caused by the dialog must not write.
    if (!cur || s.conflict) return;
    const changed = Object.entries(patch).some(([k, v]) => (cur as Record<string, unknown>)[k] !== v);
    const version = text && base !== null ? base : cur.version;
    if (text) {
      setBase(null);
      // The draft is submitted: whatever the server decides (even a conflict won by theirs) shows.
      setSeen(midTyping ? { title: patch.title ?? cur.title, body: patch.body ?? cur.body } : { title, body });
    }
    if (changed) store.getState().commit([{ op: "updateNode", id, version, patch }]);
  };
  const ro = !canEdit;

  return (
    <form
      className={`stack node-inspector${ro ? " is-readonly" : ""}`}
      onSubmit={(e) => e.preventDefault()}
      aria-label="Argument"
      data-inspected-id={id}
    >
      <div className="row spread">
        <h2>{KIND_LABEL[n.kind]}</h2>
        <span className="muted small">v{n.version}</span>
      </div>
      {n.tags && n.tags.length > 0 && (
        // Labels from the imported file (Argdown #tags): shown so a reader knows what a filter matches.
        <ul className="row tag-list" aria-label="Tags" data-testid="inspector-tags">
          {n.tags.map((t) => (
            <li key={t} className="chip small">
              #{t}
            </li>
          ))}
        </ul>
      )}
      <label>
        Title
        <textarea
          name="title"
          rows={3}
          value={title}
          readOnly={ro}
          maxLength={500}
          placeholder={ro ? undefined : titleHint(n)}
          data-testid="inspector-title"
          onChange={(e) => {
            startEdit();
            setTitle(e.target.value);
          }}
          onBlur={() => save({ title: title.trim() }, true)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              save({ title: title.trim() }, true);
              // On a phone the panel covers the map: the argument just named is shown, not hidden.
              hideOverMap();
            }
            // Nothing typed here since the last save: Ctrl+Z is the map's undo (of the argument
            // just added, say), not the field's, which has nothing to take back.
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && base === null && title === n.title) {
              e.preventDefault();
              const s = store.getState();
              if (e.shiftKey) s.redo();
              else s.undo();
            }
          }}
        />
      </label>
      <label hidden={ro && !body}>
        Notes
        <textarea
          name="body"
          rows={4}
          value={body}
          readOnly={ro}
          maxLength={20000}
          onChange={(e) => {
            startEdit();
            setBody(e.target.value);
          }}
          onBlur={() => save({ body }, true)}
        />
      </label>
      {n.kind === "argument" && (
        <SchemeField value={n.scheme ?? null} readOnly={ro} onSave={(scheme) => save({ scheme })} />
      )}
      <fieldset className="segmented" disabled={ro}>
        <legend>Side</legend>
        {SIDES.map((s) => (
          <label key={s} className={`seg side-${s}${n.side === s ? " on" : ""}`}>
            <input type="radio" name="side" value={s} checked={n.side === s} onChange={() => save({ side: s })} />
            {SIDE_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <div className="grid2">
        <label>
          Kind
          <select
            value={n.kind}
            disabled={ro || n.kind === "evidence" || !!n.evidence}
            onChange={(e) => save({ kind: e.target.value as typeof n.kind })}
          >
            {NODE_KINDS.filter((k) => k !== "evidence" || n.kind === "evidence").map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <OptionalSelect
          label="Speech"
          value={n.speech}
          options={SPEECHES}
          disabled={ro}
          onChange={(speech) => save({ speech })}
        />
        <OptionalSelect label="Role" value={n.role} options={ROLES} disabled={ro} onChange={(role) => save({ role })} />
        <OptionalSelect
          label="Response"
          value={n.responseType}
          options={RESPONSE_TYPES}
          disabled={ro}
          onChange={(responseType) => save({ responseType })}
        />
      </div>
      {n.evidence ? <CardView id={id} /> : n.kind === "evidence" ? <CardToCut /> : <ClaimEvidence id={id} />}
      <CardReadMode id={id} />
      {debateId && <SendToSpeech debateId={debateId} nodeId={id} canEdit={canEdit} />}
      <NodeStatus id={id} />
      <NodeConnections id={id} />
      <CommentsSection nodeId={id} />
      {canEdit && (
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => store.getState().commit([{ op: "deleteNode", id, version: n.version }])}
        >
          Delete argument
        </button>
      )}
    </form>
  );
}

/** A labelled select over a vocabulary, where "—" means none. */
function OptionalSelect<T extends string>(p: {
  label: string;
  value: T | null;
  options: readonly T[];
  disabled: boolean;
  onChange: (v: T | null) => void;
}) {
  return (
    <label>
      {p.label}
      <select
        value={p.value ?? ""}
        disabled={p.disabled}
        onChange={(e) => p.onChange((e.target.value || null) as T | null)}
      >
        <option value="">—</option>
        {p.options.map((o) => (
          <option key={o} value={o}>
            {humanize(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What to write in an empty title: the resolution first, then by kind. */
function titleHint(n: { kind: NodeKind; role?: string | null }): string {
  if (n.role === "thesis") return "State the resolution: what this debate is about";
  if (n.kind === "evidence") return "The card's tag: what it proves";
  if (n.kind === "rebuttal") return "Why what it answers is wrong";
  return "What this argument claims";
}
