"use client";
import { useCallback, useEffect, useId, useState } from "react";
import { SPEECHES } from "@/lib/domain/vocabulary";
import type { SpeechDocDto } from "@/lib/domain/speech-doc-schemas";
import { api } from "@/lib/client/api";
import { useEditorStore } from "@/lib/client/editor/editor-context";
import { getTargetSpeech, setTargetSpeech, useTargetSpeech } from "@/lib/client/speech/speech-prefs";
import "./speech-docs.css";

/** Debate speeches that a document can be named after; cross-examinations are not read from a doc. */
export const DOC_SPEECHES = SPEECHES.filter((s) => !s.startsWith("CX"));

export const speechPath = (debateId: string, name: string) =>
  `/debates/${encodeURIComponent(debateId)}/speeches/${encodeURIComponent(name)}`;

/** Send nodes to a speech document; the answer says how many were new. */
export async function sendToSpeech(debateId: string, name: string, nodeIds: string[]) {
  return api<SpeechDocDto & { added: number }>(
    `/api/debates/${encodeURIComponent(debateId)}/speech-docs/${encodeURIComponent(name)}/items`,
    { method: "POST", body: { nodeIds } },
  );
}

function sentMessage(name: string, r: { added: number; items: unknown[] }) {
  return r.added > 0
    ? `Sent to ${name} (${r.items.length} in the speech)`
    : `Already in ${name} (${r.items.length} in the speech)`;
}

/**
 * Alt+S: send the selected card or argument to the current speech (chosen in the inspector).
 * The status is announced in a live region. Uses e.code so Alt+S works on layouts where Alt
 * changes the character (macOS gives "ß").
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
      const name = getTargetSpeech();
      sendToSpeech(debateId, name, [id]).then(
        (r) => setStatus(sentMessage(name, r)),
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
  const target = useTargetSpeech();
  const [status, setStatus] = useState("");
  const [custom, setCustom] = useState("");
  const id = useId();
  const isStandard = (DOC_SPEECHES as readonly string[]).includes(target);
  const send = useCallback(() => {
    sendToSpeech(debateId, target, [nodeId]).then(
      (r) => setStatus(sentMessage(target, r)),
      (err: Error) => setStatus(err.message),
    );
  }, [debateId, target, nodeId]);
  return (
    <fieldset className="send-to-speech">
      <legend>Speech document</legend>
      <label htmlFor={id}>
        Speech
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
        <button type="button" className="btn" onClick={send} data-testid="send-to-speech" aria-keyshortcuts="Alt+S">
          Send to {target} <kbd>Alt+S</kbd>
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
