// openCaselist cite entries: a speech or a round as Markdown — `#` pocket, `##` hat, `###` block,
// `####` tag, then the cite and either the card's first and last few words or its full text.
// Pure: the caller gathers the entries (see lib/server/speech-docs/export-speech-doc.ts).

export type CaselistEntry = {
  pocket?: string | null;
  hat?: string | null;
  block?: string | null;
  tag: string;
  /** the full one-line cite; absent for an analytic */
  cite?: string | null;
  /** the card body (the whole quote); absent for an analytic */
  text?: string | null;
};

export type CaselistOptions = {
  /** "excerpt": first and last few words (the caselist's usual form); "full": the whole card */
  body: "excerpt" | "full";
  /** words kept at each end in an excerpt */
  edgeWords?: number;
};

export const CASELIST_EDGE_WORDS = 6;

/** A heading's text on one line: Markdown headings end at a newline, and a leading # would nest. */
function line(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** "The first six words … the last six words": the whole text when it is short enough. */
export function excerpt(text: string, edgeWords: number = CASELIST_EDGE_WORDS): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= edgeWords * 2) return words.join(" ");
  return `${words.slice(0, edgeWords).join(" ")} … ${words.slice(-edgeWords).join(" ")}`;
}

/** Cite entries as Markdown; a heading is written again only when it changes from the entry before. */
export function toCaselistMarkdown(entries: readonly CaselistEntry[], opts: CaselistOptions): string {
  const out: string[] = [];
  let pocket: string | null = null;
  let hat: string | null = null;
  let block: string | null = null;
  for (const e of entries) {
    const p = e.pocket ? line(e.pocket) : null;
    const h = e.hat ? line(e.hat) : null;
    const b = e.block ? line(e.block) : null;
    // A new pocket opens a new hat and block even when their titles repeat.
    const newPocket = p !== pocket;
    const newHat = newPocket || h !== hat;
    const newBlock = newHat || b !== block;
    if (newPocket && p) out.push(`# ${p}`, "");
    if (newHat && h) out.push(`## ${h}`, "");
    if (newBlock && b) out.push(`### ${b}`, "");
    [pocket, hat, block] = [p, h, b];
    out.push(`#### ${line(e.tag) || "Untitled"}`, "");
    if (e.cite?.trim()) out.push(line(e.cite), "");
    const text = e.text?.trim();
    if (text) {
      // Paragraph breaks of the card stay paragraphs in the full text.
      out.push(opts.body === "full" ? text.replace(/\n{2,}/g, "\n\n") : excerpt(text, opts.edgeWords), "");
    }
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
}
