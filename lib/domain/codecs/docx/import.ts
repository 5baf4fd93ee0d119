// A .docx upload as an ImportedGraph: the codec's read and mapping, then the refusals every
// format shares (a file that yields no argument is refused with the format's own words).
import { refuseEmptyGraph } from "../refuse";
import type { ImportedGraph } from "../types";
import { docxToImportedGraph } from "./clash";
import { readVerbatimDocx } from "./read";

/**
 * Read a Verbatim (or plain Word) .docx as a graph. Throws ImportError: "too_large" (413) when it
 * inflates past the decompressed cap (a zip bomb), "malformed" (422) when it is encrypted, corrupt
 * or not a Word document, "no_arguments" (422) when it holds no tag, card or analytic.
 */
export function importDocx(bytes: Uint8Array, fileName?: string | null): ImportedGraph {
  const graph = docxToImportedGraph(readVerbatimDocx(bytes), { fileName });
  refuseEmptyGraph("docx", "", graph);
  return graph;
}
