// The Verbatim .docx codec: read and write Verbatim files, and map them to and from Clash.
export { readVerbatimDocx } from "./read";
export { writeVerbatimDocx, WORD_HIGHLIGHTS, type WriteOptions } from "./write";
export {
  docxToImportedGraph,
  exportableToVerbatim,
  mainHighlightColor,
  verbatimNotes,
  type GroupKind,
  type VerbatimExportable,
  type VerbatimSelection,
} from "./clash";
export { looksLikeZip } from "./zip";
export { importDocx } from "./import";
export { speechItemsToVerbatim } from "./speech";
export { VERBATIM_STYLE_IDS } from "./verbatim-styles";
export * from "./types";
