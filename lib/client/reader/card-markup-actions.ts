import type { EditorStore } from "@/lib/client/editor/editor-store";
import { applyLayer, layerCovers, type MarkupLayer, type TextRange } from "@/lib/domain/card-markup";
import type { CiteFields, Evidence } from "@/lib/domain/schemas";

/** Which layer a key marks, Verbatim's way: F9 underline, F10 emphasis, F11 highlight, Ctrl+F11 the second colour. */
export function layerForKey(e: { key: string; ctrlKey: boolean; metaKey: boolean }): MarkupLayer | null {
  if (e.key === "F9") return "underline";
  if (e.key === "F10") return "emphasis";
  if (e.key === "F11") return e.ctrlKey || e.metaKey ? "highlights2" : "highlights";
  return null;
}

/** A versioned edit of a card (history, undo, live to other editors, 409 when stale): the evidence patched. */
function commitEvidence(editor: EditorStore, nodeId: string, next: (e: Evidence) => Evidence): void {
  const n = editor.getState().nodes[nodeId];
  if (!n?.evidence) return;
  editor
    .getState()
    .commit([{ op: "updateNode", id: nodeId, version: n.version, patch: { evidence: next(n.evidence) } }]);
}

/**
 * Mark a layer over a selection of the quote: `clear` removes it; otherwise the key toggles (a
 * selection already wholly in the layer is cleared, as Verbatim's keys do).
 */
export function markLayer(
  editor: EditorStore,
  nodeId: string,
  layer: MarkupLayer,
  selection: TextRange,
  clear = false,
): void {
  commitEvidence(editor, nodeId, (e) => {
    const on = !clear && !layerCovers(e, layer, selection);
    return applyLayer(e, layer, selection, on, e.quote.length);
  });
}

/** Save a card's cite fields, and the one-line cite built from them when one is given. */
export function setCiteFields(editor: EditorStore, nodeId: string, citeFields: CiteFields, cite?: string): void {
  commitEvidence(editor, nodeId, (e) => ({ ...e, citeFields, ...(cite !== undefined ? { cite } : {}) }));
}
