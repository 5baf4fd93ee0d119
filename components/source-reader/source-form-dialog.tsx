"use client";
import { useRef, useState } from "react";
import { htmlToText } from "@/lib/domain/html-to-text";
import type { SourceDto } from "@/lib/domain/schemas";
import { ApiError } from "@/lib/client/api";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { useReaderStore } from "@/lib/client/reader/reader-context";
import { createSource, loadSource, updateSource } from "@/lib/client/reader/source-actions";
import { Dialog } from "@/components/ui/dialog";
import { MAX_TEXT_CHARS, urlProblem, type ReadFile } from "./read-source-file";
import { EMPTY_META, SourceFields, type SourceMeta } from "./source-fields";
import { SourceTextInput, type TextValue } from "./source-text-input";
import { useFocusFirst } from "./use-focus-first";
import { useSourceFile } from "./use-source-file";

/** The server's words for a refused save, with its field errors spelled out. */
function explain(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : "the source could not be saved";
  if (err.status === 409)
    return "Someone else changed this source while you were editing it. Reload it to see their version, then make your change again.";
  const fields = (err.details as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
  const detail = fields
    ? Object.entries(fields)
        .map(([k, v]) => `${k}: ${v.join(", ")}`)
        .join("; ")
    : "";
  return detail ? `${err.message} (${detail})` : err.message;
}

/** Add a source to the library, or edit one's citation and text (`source` given). */
export function SourceFormDialog({ source, onClose }: { source?: SourceDto; onClose: () => void }) {
  const reader = useReaderStore();
  const editor = useEditorStore();
  const debateId = useEditor((s) => s.debateId);
  const [meta, setMeta] = useState<SourceMeta>(() => (source ? { ...EMPTY_META, ...pickMeta(source) } : EMPTY_META));
  const [text, setText] = useState<TextValue>({ text: source?.text ?? "", format: "text", fileName: null });
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);

  const onFile = (f: ReadFile) => {
    // An edit sends text only, so HTML is reduced here, by the same code the server uses on upload.
    const body = source && f.format === "html" ? htmlToText(f.text).trim() : f.text;
    setText({ text: body, format: source ? "text" : f.format, fileName: f.name });
    if (!meta.title.trim()) setMeta((m) => ({ ...m, title: f.title }));
  };
  const file = useSourceFile(onFile);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirst(formRef);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (!meta.title.trim() || urlProblem(meta.url)) return;
    if (!text.text.trim()) return setError("Paste the document’s text or upload a file.");
    if (text.text.length > MAX_TEXT_CHARS)
      return setError("The text is longer than 2,000,000 characters. Split the document into parts.");
    setBusy(true);
    try {
      if (!source) await createSource(reader, debateId, { ...trimmed(meta), format: text.format, text: text.text });
      else {
        const changed = Object.fromEntries(
          Object.entries(trimmed(meta)).filter(([k, v]) => v !== source[k as keyof SourceMeta]),
        );
        const patch = { ...changed, ...(text.text !== source.text ? { text: text.text } : {}) };
        if (Object.keys(patch).length)
          await updateSource(reader, editor, source.id, { version: source.version, ...patch });
      }
      onClose();
    } catch (err) {
      setStale(err instanceof ApiError && err.status === 409);
      setError(explain(err));
      setBusy(false);
    }
  };

  return (
    <Dialog open title={source ? "Edit source" : "Add a source"} onClose={onClose}>
      <form
        ref={formRef}
        className={`stack source-form${file.dragging ? " dragging" : ""}`}
        onSubmit={(e) => void submit(e)}
        aria-label={source ? "Edit source" : "Add a source"}
        noValidate
        {...file.dropProps}
      >
        <SourceFields meta={meta} onChange={setMeta} showErrors={tried} />
        <SourceTextInput
          value={text}
          onChange={setText}
          onPick={(f) => void file.take(f)}
          reading={file.reading}
          error={file.error}
          allowFormat={!source}
        />
        {source && (
          <p className="hint">
            Cards re-find their passages after a text edit; any that cannot be found are marked orphaned and keep their
            quote.
          </p>
        )}
        {error && (
          <p className="form-error" role="alert" data-testid="source-form-error">
            {error}
          </p>
        )}
        <div className="row dialog-actions">
          {stale && source && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                void loadSource(reader, source.id, true);
                onClose();
              }}
            >
              Reload source
            </button>
          )}
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || file.reading}>
            {busy ? "Saving…" : source ? "Save changes" : "Add source"}
          </button>
        </div>
        {file.dragging && (
          <div className="drop-overlay" aria-hidden>
            Drop the file to read it
          </div>
        )}
      </form>
    </Dialog>
  );
}

function pickMeta(s: SourceDto): SourceMeta {
  return {
    title: s.title,
    author: s.author,
    qualifications: s.qualifications,
    publication: s.publication,
    date: s.date,
    url: s.url,
    attribution: s.attribution,
  };
}

function trimmed(m: SourceMeta): SourceMeta {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.trim()])) as SourceMeta;
}
