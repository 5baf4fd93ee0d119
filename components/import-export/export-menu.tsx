"use client";
import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { useDismiss } from "@/lib/client/use-dismiss";
import { useEditor, useEditorStore } from "@/lib/client/editor/editor-context";
import { useMapView } from "@/lib/client/editor/map-view";
import { slugify } from "@/lib/domain/slug";
import { saveBlob } from "@/lib/client/save-blob";
import { downloadFile, type NotExported } from "@/lib/client/download-file";

const FILES = [
  { format: "json", label: "Clash JSON", hint: "the map, sources and cards, to import again" },
  { format: "argdown", label: "Argdown", hint: "text, for the Argdown tools" },
  { format: "aif", label: "AIF", hint: "JSON for AIFdb and OVA" },
  { format: "markdown", label: "Markdown", hint: "an outline to read or print" },
  { format: "kialo", label: "Kialo", hint: "a pro and con tree, sources as links" },
  { format: "docx", label: "Word (Verbatim .docx)", hint: "pockets, blocks and cards for Word" },
] as const;

/**
 * Export the debate: files from the export route (plain links, so the browser downloads them)
 * and PNG or SVG images of the whole map (what the filter shows) drawn from its geometry. Shown to viewers too.
 */
export function ExportMenu() {
  const debateId = useEditor((s) => s.debateId);
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const rf = useReactFlow();
  const store = useEditorStore();
  const filter = useMapView((s) => s.filter);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ label: string; notes: NotExported[] } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return;
    // While the reader picks an item, load the PNG painter and start its worker.
    void import("./export-image").then((m) => m.warmPngWorker());
  }, [open]);
  useDismiss(open, root, close);

  async function file(e: React.MouseEvent, href: string, label: string) {
    // A plain link stays for middle-click and "copy link"; a click downloads through fetch so a
    // refusal is shown here and what the format leaves out is told, not buried in a header.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    setOpen(false);
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      const { notExported } = await downloadFile(href);
      if (notExported.length > 0) setNotice({ label, notes: notExported });
    } catch (err) {
      setError(`Could not export ${label}: ${err instanceof Error ? err.message : "the export failed"}`);
    } finally {
      setBusy(null);
    }
  }

  async function image(kind: "png" | "svg") {
    setOpen(false);
    setBusy(kind.toUpperCase());
    setError(null);
    setNotice(null);
    try {
      // Let the "Rendering…" state paint before the page is busy drawing the map.
      await new Promise((r) => setTimeout(r, 30));
      const { mapImageInput, renderMapPng, renderMapSvg } = await import("./export-image");
      const title = document.title.replace(/\s+—\s+Clash$/, "");
      const input = mapImageInput(store.getState(), rf, filter);
      const blob = kind === "png" ? await renderMapPng(input) : renderMapSvg(input, title);
      saveBlob(blob, `${slugify(title)}.${kind}`);
    } catch (err) {
      setError(err instanceof Error ? `Could not export the image: ${err.message}` : "Could not export the image");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-menu" ref={root}>
      <button
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy !== null}
        onClick={() => setOpen((o) => !o)}
        title="Download this debate as a file or an image"
        data-testid="export-button"
      >
        {busy ? `Exporting ${busy}…` : "Export"}
      </button>
      {busy && (
        <span className="visually-hidden" role="status">
          Exporting the debate as {busy}
        </span>
      )}
      {open && (
        <div className="export-popover" role="menu" aria-label="Export">
          {FILES.map((f) => (
            <a
              key={f.format}
              role="menuitem"
              className="export-item"
              href={exportHref(debateId, f.format)}
              download
              onClick={(e) => void file(e, exportHref(debateId, f.format), f.label)}
            >
              <span>{f.label}</span>
              <span className="muted small">{f.hint}</span>
            </a>
          ))}
          {selectedNodeId && (
            <a
              role="menuitem"
              className="export-item"
              href={`${exportHref(debateId, "docx")}&ids=${encodeURIComponent(selectedNodeId)}`}
              download
              onClick={(e) =>
                void file(e, `${exportHref(debateId, "docx")}&ids=${encodeURIComponent(selectedNodeId)}`, "the card")
              }
            >
              <span>Selected card (.docx)</span>
              <span className="muted small">only the selected argument, for Word</span>
            </a>
          )}
          <div className="export-sep" role="separator" />
          <button role="menuitem" className="export-item" onClick={() => void image("png")}>
            <span>PNG image</span>
            <span className="muted small">the whole map, as laid out</span>
          </button>
          <button role="menuitem" className="export-item" onClick={() => void image("svg")}>
            <span>SVG image</span>
            <span className="muted small">the whole map, scalable</span>
          </button>
        </div>
      )}
      {notice && (
        <div className="export-notice" role="status" data-testid="export-not-exported">
          <p className="small">
            <strong>{notice.label} could not hold everything.</strong> The file is saved; left out:
          </p>
          <ul className="small">
            {notice.notes.map((n) => (
              <li key={n.what}>
                {n.what} ({n.count}) — <span className="muted">{n.why}</span>
              </li>
            ))}
          </ul>
          <p className="small muted">Clash JSON keeps the whole map, its sources and cards.</p>
          <button className="btn btn-ghost small" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <p className="form-error export-error" role="alert">
          {error}{" "}
          <button className="btn btn-ghost small" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

const exportHref = (debateId: string, format: string) =>
  `/api/debates/${encodeURIComponent(debateId)}/export?format=${format}`;
