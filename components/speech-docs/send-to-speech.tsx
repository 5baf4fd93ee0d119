"use client";
import { useCallback, useEffect, useId, useState } from "react";
import { SPEECHES } from "@/lib/domain/vocabulary";
import type { SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { api } from "@/lib/client/api";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { getTargetSpeech, setTargetSpeech, useTargetSpeech } from "@/lib/client/speech/speech-prefs";
import "./speech-docs.css";

/** Debate speeches that a document can be named after; cross-examinations are not read from a doc. */
export const DOC_SPEECHES = SPEECHES.filter((s) => !s.startsWith("CX"));

export const speechPath = (debateId: string, name: string) =>
  `/debates/${encodeURIComponent(debateId)}/speeches/${encodeURIComponent(name)}`;

/** What to send: chosen nodes, a group (a block) whole, or the block a node sits in. */
export type SendWhat = { nodeIds: string[] } | { groupId: string } | { blockOf: string };

/** Send nodes (or a block) to a speech document; the answer says how many were new. */
export async function sendToSpeech(debateId: string, name: string, what: string[] | SendWhat) {
  return api<SpeechDocDto & { added: number }>(
    `/api/debates/${encodeURIComponent(debateId)}/speech-docs/${encodeURIComponent(name)}/items`,
    { method: "POST", body: Array.isArray(what) ? { nodeIds: what } : what },
  );
}

export function sentMessage(name: string, r: { added: number; items: unknown[] }, block = false) {
  const what = block ? `${r.added} of the block` : "";
  return r.added > 0
    ? `Sent ${what ? `${what} ` : ""}to ${name} (${r.items.length} in the speech)`
    : `Already in ${name} (${r.items.length} in the speech)`;
}

/**
 * Alt+S: send the selected card or argument to the current speech (chosen in the inspector);
 * Alt+Shift+S: the whole block it sits in, its cards and analytics in order. The status is
 * announced in a live region. Uses e.code so Alt+S works on layouts where Alt changes the
 * character (macOS gives "ß").
 */
export function SendToSpeechKey({ debateId }: { debateId: string }) {
  const store = useEditorStore();
  const [status, setStatus] = useState("");
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.code !== "KeyS") return;
      const s = store.getState();
      if (!s.canEdit) return;
      e.preventDefault();
      const id = s.selectedNodeId;
      if (!id) return setStatus("Select a card to send it to a speech");
      const name = getTargetSpeech(s.nodes[id]?.side);
      const block = e.shiftKey;
      if (block && !s.nodes[id]?.groupId) return setStatus("This argument is not in a block");
      sendToSpeech(debateId, name, block ? { blockOf: id } : [id]).then(
        (r) => setStatus(sentMessage(name, r, block)),
        (err: Error) => setStatus(err.message),
      );
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, debateId]);
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(""), 4000);
    return () => clearTimeout(t);
  }, [status]);
  return (
    <div className="send-status" role="status" aria-live="polite" data-testid="send-status">
      {status}
    </div>
  );
}

/** In the inspector: choose the speech, send the selected argument to it, open its document. */
export function SendToSpeech({ debateId, nodeId, canEdit }: { debateId: string; nodeId: string; canEdit: boolean }) {
  const target = useTargetSpeech(useEditor((s) => s.nodes[nodeId]?.side));
  const inGroup = useEditor((s) => !!s.nodes[nodeId]?.groupId);
  const [status, setStatus] = useState("");
  const [custom, setCustom] = useState("");
  const id = useId();
  const isStandard = (DOC_SPEECHES as readonly string[]).includes(target);
  const send = useCallback(
    (block: boolean) => {
      sendToSpeech(debateId, target, block ? { blockOf: nodeId } : [nodeId]).then(
        (r) => setStatus(sentMessage(target, r, block)),
        (err: Error) => setStatus(err.message),
      );
    },
    [debateId, target, nodeId],
  );
  return (
    <fieldset className="send-to-speech">
      <legend>Speech document</legend>
      <label htmlFor={id}>
        Send to
        <select
          id={id}
          value={isStandard ? target : "__named"}
          data-testid="target-speech"
          onChange={(e) => {
            if (e.target.value !== "__named") setTargetSpeech(e.target.value);
          }}
        >
          {DOC_SPEECHES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          <option value="__named">{isStandard ? "Named speech…" : target}</option>
        </select>
      </label>
      <label>
        Named speech
        <input
          value={custom}
          maxLength={60}
          placeholder="2NC Politics"
          onChange={(e) => setCustom(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && custom.trim()) {
              e.preventDefault();
              setTargetSpeech(custom.trim());
            }
          }}
          onBlur={() => custom.trim() && setTargetSpeech(custom.trim())}
        />
      </label>
      {canEdit && (
        <button
          type="button"
          className="btn"
          onClick={() => send(false)}
          data-testid="send-to-speech"
          aria-keyshortcuts="Alt+S"
        >
          Send to {target} <kbd>Alt+S</kbd>
        </button>
      )}
      {canEdit && inGroup && (
        <button
          type="button"
          className="btn"
          onClick={() => send(true)}
          data-testid="send-block-to-speech"
          aria-keyshortcuts="Alt+Shift+S"
          title="Send every card and analytic of the block this argument sits in, in order"
        >
          Send its block <kbd>Alt+Shift+S</kbd>
        </button>
      )}
      <a className="btn" href={speechPath(debateId, target)} data-testid="open-speech">
        Open {target}
      </a>
      <span role="status" className="muted small">
        {status}
      </span>
    </fieldset>
  );
}
