"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { apiFetch } from "@/lib/client/api";
import { detectFormat } from "@/lib/domain/codecs/detect";
import type { ImportFormat } from "@/lib/domain/codecs/types";
import { importErrorMessage, uploadImport, type ImportResult, type UploadProgress } from "./upload-import";
import { ImportReportView } from "./import-report";
import type { ImportLayout } from "@/lib/domain/import-positions";

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  json: "Clash JSON",
  argdown: "Argdown",
  aif: "AIF (AIFdb / OVA JSON)",
  kialo: "Kialo discussion export (.txt)",
  docx: "Word / Verbatim (.docx)",
};
const FORMATS = Object.keys(FORMAT_LABEL) as ImportFormat[];

type State =
  | { step: "choose" }
  | { step: "ready" }
  | { step: "sending"; progress: UploadProgress }
  | { step: "done"; result: ImportResult }
  | { step: "failed"; message: string }
  | { step: "cancelled" };

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Pick (or receive a dropped) file, see the detected format and override it, import with upload
 * progress, then read what was created and skipped. Only the first 64 KB are read here, to
 * detect the format: the server parses the file, so a big one never blocks this page.
 */
export function ImportPanel({
  initialFile,
  into,
  onDone,
}: {
  initialFile?: File | null;
  into?: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(initialFile ?? null);
  const [detected, setDetected] = useState<ImportFormat | null>(null);
  const [format, setFormat] = useState<ImportFormat | "auto">("auto");
  const [state, setState] = useState<State>(initialFile ? { step: "ready" } : { step: "choose" });
  const abort = useRef<AbortController | null>(null);
  const [layout, setLayout] = useState<ImportLayout>("keep");

  useEffect(() => () => abort.current?.abort(), []);
  // The server gets an import worker ready while the file is picked (a fresh thread and the
  // parser's first compile are most of a small file's first import): as the dialog opens, and
  // again once a file is chosen, since a thread idle for 15 s exits and picking can take longer
  // (the server starts a thread, or keeps a running one for another 15 s).
  // A refusal or a network failure here changes nothing: the import itself says what is wrong.
  useEffect(() => {
    apiFetch("/api/imports/warm", { method: "POST" }).catch(() => undefined);
  }, [file]);
  useEffect(() => {
    if (!file) return;
    let live = true;
    void file
      .slice(0, 65_536)
      .text()
      .then((head) => {
        if (!live) return;
        // A Word file is a zip ("PK\x03\x04"): told by its name or its first bytes, never by text.
        const f =
          /\.doc[xm]$/i.test(file.name) || head.startsWith("PK\u0003\u0004") ? "docx" : detectFormat(file.name, head);
        setDetected(f);
        setFormat(f ?? "auto");
      });
    return () => {
      live = false;
    };
  }, [file]);

  function choose(f: File | null) {
    setFile(f);
    setDetected(null);
    setState(f ? { step: "ready" } : { step: "choose" });
  }

  async function start() {
    if (!file) return;
    abort.current = new AbortController();
    setState({ step: "sending", progress: { phase: "uploading", loaded: 0, total: file.size } });
    try {
      const result = await uploadImport(file, {
        format: format === "auto" ? null : format,
        into,
        signal: abort.current.signal,
        onProgress: (progress) => setState({ step: "sending", progress }),
      });
      setState({ step: "done", result });
    } catch (err) {
      if (abort.current?.signal.aborted) setState({ step: "cancelled" });
      else setState({ step: "failed", message: importErrorMessage(err) });
    }
  }

  if (state.step === "done") {
    const { debate, report } = state.result;
    return (
      <div className="stack import-panel">
        <ImportReportView
          report={report}
          title={debate.title}
          into={!!into}
          // Laying out would move the arguments already on a map imported into: offered for new debates.
          layout={layout}
          onLayout={into ? undefined : setLayout}
        />
        <div className="row spread">
          <button className="btn" onClick={() => choose(null)}>
            Import another file
          </button>
          {into ? (
            <button
              className="btn btn-primary"
              data-autofocus
              onClick={() => {
                onDone?.();
                window.location.reload();
              }}
            >
              Show on the map
            </button>
          ) : (
            <button
              className="btn btn-primary"
              data-autofocus
              onClick={() => router.push(`/debates/${debate.id}${layout === "keep" ? "" : `?layout=${layout}`}`)}
            >
              Open the debate
            </button>
          )}
        </div>
      </div>
    );
  }

  const sending = state.step === "sending";
  return (
    <div className="stack import-panel">
      <label htmlFor={inputId}>
        File (Clash JSON, Argdown, AIF, a Kialo .txt export or a Word/Verbatim .docx; up to 20 MB, Argdown up to 12 MB)
        <input
          id={inputId}
          type="file"
          data-testid="import-file"
          accept=".json,.argdown,.ad,.txt,.md,.docx,.docm,application/json,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={sending}
          onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
        />
      </label>
      {file && (
        <div className="import-file card" data-testid="import-file-info">
          <div className="row spread">
            <strong className="import-file-name">{file.name}</strong>
            <span className="muted small">{size(file.size)}</span>
          </div>
          <label>
            Format
            <select
              data-testid="import-format"
              value={format}
              disabled={sending}
              onChange={(e) => setFormat(e.currentTarget.value as ImportFormat | "auto")}
            >
              {!detected && <option value="auto">Not recognised — let the server try</option>}
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABEL[f]}
                  {f === detected ? " (detected)" : ""}
                </option>
              ))}
            </select>
          </label>
          <p className="hint" data-testid="import-detected">
            {detected
              ? `Detected: ${FORMAT_LABEL[detected]}`
              : "The format could not be told from the file's name and first lines; choose it above."}
          </p>
        </div>
      )}
      {state.step === "sending" && <ImportProgress progress={state.progress} />}
      {state.step === "cancelled" && (
        <p className="hint" role="status" data-testid="import-cancelled">
          Import cancelled. Nothing was imported.
        </p>
      )}
      {state.step === "failed" && (
        <p className="form-error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      )}
      <div className="row spread">
        <span className="hint">
          {into ? "The arguments are added below the map." : "The import becomes a new private debate of yours."}
        </span>
        {sending ? (
          <button className="btn" data-testid="import-cancel" onClick={() => abort.current?.abort()}>
            Cancel import
          </button>
        ) : (
          <button className="btn btn-primary" data-testid="import-start" disabled={!file} onClick={() => void start()}>
            Import
          </button>
        )}
      </div>
    </div>
  );
}

function ImportProgress({ progress }: { progress: UploadProgress }) {
  const pct = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : 0);
  let bar: { value?: number; label: string; text: string };
  switch (progress.phase) {
    case "uploading":
      bar = {
        value: pct(progress.loaded, progress.total),
        label: "Upload progress",
        text: `Uploading… ${pct(progress.loaded, progress.total)}% (${size(progress.loaded)} of ${size(progress.total)})`,
      };
      break;
    case "processing":
    case "parsing":
      bar = { label: "Reading the file", text: "Importing… the server is reading the file and planning the map." };
      break;
    case "writing":
      bar = {
        value: pct(progress.written, progress.total),
        label: "Saving progress",
        text: `Importing… writing ${progress.written.toLocaleString()} of ${progress.total.toLocaleString()} rows`,
      };
      break;
  }
  return (
    <div className="import-progress" data-testid="import-progress" role="status" aria-live="polite">
      <progress max={100} value={bar.value} aria-label={bar.label} />
      <span data-testid="import-phase" data-phase={progress.phase}>
        {bar.text}
      </span>
    </div>
  );
}
