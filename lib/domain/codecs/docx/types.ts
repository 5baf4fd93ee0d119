// The Verbatim document model: what a Verbatim .docx holds, independent of Clash's graph.
// Ranges are offsets into the card's `body` (UTF-16 code units, like JavaScript strings).

export type DocxRange = { start: number; end: number };
/** A highlighted range and its colour: a Word highlight name ("yellow", "cyan"…) or a hex fill ("FFFF00"). */
export type DocxHighlight = DocxRange & { color: string };
/** Words the debater added, shown in [brackets]; `at` is the offset in the body where they stood. */
export type DocxInsertion = { at: number; text: string };

export type HeadingLevel = "pocket" | "hat" | "block";

/**
 * Clash's marks on a paragraph: bookmarks named "_Clash…" (hidden bookmarks, which Word keeps with
 * the paragraph through edits) that carry what Verbatim has no place for — an argument's kind,
 * side, role and speech, and its connections (see clash-marks.ts). Absent in other files.
 */
type Marked = { marks?: string[] };
export type VerbatimHeading = { type: HeadingLevel; text: string; paragraph: number } & Marked;
export type VerbatimAnalytic = { type: "analytic"; text: string; paragraph: number } & Marked;
export type VerbatimCard = {
  type: "card";
  tag: string;
  /** the whole cite paragraph, one line */
  cite: string;
  /** the part of the cite in the Cite style ("Swerdlow 15"); "" when there is none */
  shortCite: string;
  /** the card text without bracketed insertions; paragraphs separated by "\n" */
  body: string;
  underline: DocxRange[];
  emphasis: DocxRange[];
  highlights: DocxHighlight[];
  insertions: DocxInsertion[];
  /** 1-based number of the tag paragraph in the file */
  paragraph: number;
} & Marked;
export type VerbatimItem = VerbatimHeading | VerbatimAnalytic | VerbatimCard;

export type VerbatimReport = {
  counts: { pockets: number; hats: number; blocks: number; cards: number; analytics: number };
  /** paragraphs the reader could not place, with their 1-based number and why */
  notUnderstood: { paragraph: number; text: string; why: string }[];
  warnings: string[];
};

/** The file's document properties (File › Info in Word): Clash writes a debate's title, resolution and description there. */
export type DocxProperties = { title: string; subject: string; description: string };

export type VerbatimDoc = { items: VerbatimItem[]; report: VerbatimReport; properties?: DocxProperties };

/** Limits of the reader (the compressed file is already capped by IMPORT_LIMITS.maxBytes). */
export const DOCX_LIMITS = {
  /** total decompressed bytes of the parts Clash reads (document.xml, styles.xml) */
  maxDecompressedBytes: 100 * 1024 * 1024,
  maxParagraphs: 500_000,
} as const;

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
