"use client";
import { useRef } from "react";
import { ACCEPT, type SourceFormat } from "./read-source-file";

export type TextValue = { text: string; format: SourceFormat; fileName: string | null };

/** The document's text: pasted, or read from a chosen .txt / .md / .html file (dropping one on the dialog works too). */
export function SourceTextInput(p: {
  value: TextValue;
  onChange: (v: TextValue) => void;
  onPick: (file: File | undefined) => void;
  reading: boolean;
  error: string | null;
  allowFormat: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="stack source-text-input">
      <div className="row spread">
        <span className="field-label">Text</span>
        <span className="row">
          {p.allowFormat && !p.value.fileName && (
            <select
              aria-label="Format"
              value={p.value.format}
              onChange={(e) => p.onChange({ ...p.value, format: e.target.value as SourceFormat })}
            >
              <option value="text">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML</option>
            </select>
          )}
          <button type="button" className="btn small" onClick={() => input.current?.click()} disabled={p.reading}>
            {p.reading ? "Reading…" : "Upload a file…"}
          </button>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="source-file"
            onChange={(e) => {
              p.onPick(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </span>
      </div>
      {p.value.fileName && (
        <p className="hint" data-testid="source-file-name">
          From <b>{p.value.fileName}</b>
          {p.value.format === "html" ? " (HTML: reduced to its readable text)" : ""}.{" "}
          <button
            type="button"
            className="btn btn-ghost small"
            onClick={() => p.onChange({ text: "", format: "text", fileName: null })}
          >
            Remove
          </button>
        </p>
      )}
      <textarea
        value={p.value.text}
        rows={10}
        aria-label="Text"
        className="source-textarea"
        data-testid="source-text"
        placeholder="Paste the document’s text here, or drop a .txt, .md or .html file on this dialog."
        onChange={(e) => p.onChange({ ...p.value, text: e.target.value, fileName: null })}
      />
      {p.error && (
        <p className="form-error" role="alert" data-testid="file-error">
          {p.error}
        </p>
      )}
    </div>
  );
}
