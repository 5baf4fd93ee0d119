// Kialo's discussion export (.txt): "Discussion Title: …", then "1. thesis", then one line per
// claim "1.2.3. Pro: text" / "1.2.3. Con: text" in depth-first order, the depth being the number
// of path parts. "-> See 1.2." marks a claim that also appears elsewhere in the tree.
import { sideFor } from "../sides";
import type { Side } from "../vocabulary";
import { HttpUrl } from "../schemas";
import { GraphBuilder, abbreviate, cleanText, splitClaimText } from "./common";
import { guardBytes } from "./guard";
import type { ImportedGraph } from "./types";

type Stance = "thesis" | "question" | "Pro" | "Con";
type Entry = { id: string; parent: string | null; stance: Stance; lines: string[]; line: number; indent: number };

/**
 * The side words of Kialo's exports in the languages Kialo is written in (an export from the
 * German site says "Contra:"). Matched without regard to case.
 */
export const KIALO_SIDE_WORDS = {
  Pro: ["Pro", "Pró", "Pour", "Per", "Voor", "Za", "A favor", "Dafür", "Für"],
  Con: ["Con", "Contra", "Contre", "Contro", "Tegen", "Przeciw", "Proti", "En contra", "Dagegen", "Gegen"],
} as const;
/**
 * Newer exports label the root as well: "1. Thesis:" (its text on the next line), and a
 * multi-thesis discussion has "1. Question:" above its theses "1.1. Thesis:", "1.2. Thesis:".
 */
export const KIALO_ROOT_WORDS = {
  thesis: ["Thesis", "These", "Thèse", "Tesis", "Tesi", "Tese", "Teza", "Teze", "Stelling"],
  question: ["Question", "Frage", "Pregunta", "Domanda", "Pergunta", "Vraag", "Pytanie", "Otázka"],
} as const;
const SIDE_WORD = [...KIALO_SIDE_WORDS.Pro, ...KIALO_SIDE_WORDS.Con].join("|");
const ANY_WORD = [SIDE_WORD, ...KIALO_ROOT_WORDS.thesis, ...KIALO_ROOT_WORDS.question].join("|");
const lowerSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
const PRO_WORDS = lowerSet(KIALO_SIDE_WORDS.Pro);
const CON_WORDS = lowerSet(KIALO_SIDE_WORDS.Con);
const THESIS_WORDS = lowerSet(KIALO_ROOT_WORDS.thesis);
// "<indent>1.2.3. <word> <n>: text". The indent: newer exports indent each level by two spaces.
// The word may carry a number ("Thesis 2:") and a space before its colon (French writes "Pour :").
const CLAIM_LINE = new RegExp(
  `^([ \\t]*)(\\d+(?:\\.\\d+)*)\\.[ \\t]+(?:(${ANY_WORD})(?:[ \\t]+\\d+)?[ \\t\\u00a0\\u202f]*:[ \\t]*)?(.*)$`,
  "i",
);
// A line that can only be a claim (a path of two parts or more and a word): the sources list
// of a newer export comes after the last one.
const CHILD_LINE = new RegExp(`^[ \\t]*\\d+(?:\\.\\d+)+\\.[ \\t]+(?:${ANY_WORD})[ \\t\\u00a0\\u202f]*:`, "i");
const NUMBERED_LINE = /^[ \t]*(\d+(?:\.\d+)*)\.[ \t]/;
const TITLE_LINE =
  /^(?:Discussion Title|Discussion Name|Diskussionstitel|Titre de la discussion|Título de la discusión|Titolo della discussione|Título da discussão|Discussietitel)[ \t]*:[ \t]*(.*)$/i;
// An export's first line in a language not listed above: "<label>: <title>", read as the title.
const OTHER_TITLE_LINE = /^([^\d\s:][^:\n]{0,40}):[ \t]*(\S.*)$/;
// Newer exports end with the sources the claims cite by number: "Sources:", then "[1] https://…"
// with the quoted passage on the lines below.
const SOURCES_LINE = /^[ \t]*(?:Sources|Quellen|Fuentes|Fonti|Fontes|Bronnen|Źródła|Zdroje)[ \t]*:[ \t]*$/i;
const FOOTNOTE_LINE = /^[ \t]*\[(\d+)\][ \t]*(.*)$/;
const FOOTNOTE_REF = /\[(\d+)\]/g;
// "-> See 1.2." (and the same link in Kialo's other languages).
const SEE_LINK = /^->\s*(?:See|Siehe|Voir|Ver|Vedi|Zie|Zobacz|Viz)\s+(\d+(?:\.\d+)*)\.?\s*$/i;
// [text](url); both may hold backslash escapes (Kialo escapes brackets and parentheses), a URL
// may hold one level of balanced parentheses. Neither part may contain an unescaped "[" and a
// link never starts at an escaped "\[", so every search stops at the next "[": linear time even
// on a line of millions of brackets.
const MD_LINK = /(?<!\\)\[((?:\\.|[^[\]\\\n])*)\]\(((?:\\.|\([^()[\]\s\\]*\)|[^()[\]\s\\])+)\)/g;

/** What a claim line's word makes of it; a line below the root without a word is not a claim. */
function stanceOf(word: string | undefined, parent: string | null): Stance | null {
  if (word === undefined) return parent === null ? "thesis" : null;
  if (PRO_WORDS.has(word)) return "Pro";
  if (CON_WORDS.has(word)) return "Con";
  return THESIS_WORDS.has(word) ? "thesis" : "question";
}

/** A claim's next line without the claim's own indentation (newer exports indent both alike). */
const dedent = (line: string, width: number): string => {
  let at = 0;
  while (at < width && (line[at] === " " || line[at] === "\t")) at++;
  return line.slice(at);
};

const parentOf = (id: string): string | null => {
  const at = id.lastIndexOf(".");
  return at < 0 ? null : id.slice(0, at);
};

/** Undo Kialo's Markdown backslash escapes (`\(` → `(`). */
export function unescapeKialo(text: string): string {
  return text.replace(/\\([^A-Za-z0-9\s])/g, "$1");
}

/**
 * Read a Kialo discussion export. The thesis is the root claim (and the resolution); a Pro
 * supports its parent, a Con rebuts it (kind "rebuttal"); `-> See 1.2.` becomes an edge to the
 * existing claim 1.2 instead of a copy. Markdown links become sources (title = link text), the
 * claim keeps the link text. Sides: the thesis is neutral, its Pros are aff and its Cons neg;
 * deeper down a Pro keeps its parent's side and a Con takes the other one.
 */
export function parseKialo(text: string): ImportedGraph {
  guardBytes(text);
  const g = new GraphBuilder("kialo");
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);

  let title = "";
  // "Discussion Name:" on a line of its own (newer exports): the title is the next line.
  let titleNext = false;
  const entries: Entry[] = [];
  const seen = new Set<string>();
  // The path of the next numbered line after each line: a later root "2." is a thesis only when
  // its claims ("2.1. Pro:") come next, and the sources list only after the last claim.
  const nextNumbered: (string | undefined)[] = new Array<string | undefined>(lines.length);
  let lastClaimLine = -1;
  for (let i = lines.length - 1, next: string | undefined; i >= 0; i--) {
    nextNumbered[i] = next;
    next = NUMBERED_LINE.exec(lines[i]!)?.[1] ?? next;
    if (lastClaimLine < 0 && CHILD_LINE.test(lines[i]!)) lastClaimLine = i;
  }
  const footnotes: { n: string; lines: string[] }[] = [];
  let inSources = false;
  let before = 0;
  let unnumbered = 0;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (inSources) {
      const f = FOOTNOTE_LINE.exec(line);
      if (f) footnotes.push({ n: f[1]!, lines: [f[2]!] });
      else if (footnotes.length > 0) footnotes[footnotes.length - 1]!.lines.push(line);
      return;
    }
    const last = entries[entries.length - 1];
    const m = CLAIM_LINE.exec(line);
    if (titleNext) {
      if (line.trim() === "") return;
      titleNext = false;
      if (!(m && m[2] === "1")) {
        title = unescapeKialo(line.trim());
        return;
      }
    }
    const t = TITLE_LINE.exec(line);
    if (t && entries.length === 0) {
      title = unescapeKialo(t[1]!.trim());
      titleNext = title === "";
      return;
    }
    const other = entries.length === 0 && !title && before === 0 ? OTHER_TITLE_LINE.exec(line) : null;
    if (other) {
      title = unescapeKialo(other[2]!.trim());
      g.report.warn(`the first line was read as the discussion's title (“${other[1]!.trim()}:”)`);
      return;
    }
    // The sources list comes after the last claim (a claim's own text may say "Sources:").
    if (last && i > lastClaimLine && SOURCES_LINE.test(line)) {
      inSources = true;
      return;
    }
    if (m) {
      const id = m[2]!;
      const parent = parentOf(id);
      const word = m[3]?.toLowerCase();
      // A numbered line is a claim only where a claim can be: the thesis "1." first, then a
      // child of a claim already read, or the next thesis of a discussion with several ("2."
      // labelled as a thesis, or with claims below it). Anything else ("2. a list item" inside
      // a claim) is text.
      const starts =
        parent === null
          ? m[1] === "" && // a root is never indented ("  1. an item" is a list in the text)
            (seen.size === 0
              ? id === "1"
              : !seen.has(id) &&
                seen.has(String(Number(id) - 1)) &&
                (word !== undefined || (nextNumbered[i]?.startsWith(`${id}.`) ?? false)))
          : seen.size > 0 && !seen.has(id) && seen.has(parent);
      if (starts) {
        const stance = stanceOf(word, parent);
        seen.add(id);
        const indent = m[1]!.length;
        if (stance === null) {
          unnumbered++;
          entries.push({ id, parent, stance: "Pro", lines: [], line: -1, indent }); // placeholder, dropped below
          return;
        }
        entries.push({ id, parent, stance, lines: [m[4] ?? ""], line: i + 1, indent });
        return;
      }
    }
    if (last) last.lines.push(dedent(line, last.indent));
    else if (line.trim() !== "") before++;
  });
  g.report.skip("lines before the thesis", "they are not part of a Kialo claim", before);
  g.report.skip(
    "numbered claims without Pro or Con",
    "Kialo marks every claim below the thesis as Pro or Con",
    unnumbered,
  );

  // Keys of the node each Kialo id stands for (a "-> See" entry stands for the claim it links to).
  const keyOf = new Map<string, string>();
  const sideOf = new Map<string, Side>();
  const sourceByUrl = new Map<string, string>();
  const links: { entry: Entry; target: string }[] = [];
  let badLinks = 0;
  let empty = 0;
  let thesisText = "";
  let theses = 0;
  let questionText = "";
  // Footnote number → the claims that cite it ("… harms [1].").
  const citedBy = new Map<string, string[]>();

  /** The claim's text: lines joined, escapes undone, Markdown links reduced to their text (and kept as sources). */
  const cleanClaim = (entry: Entry): string => {
    const joined = cleanText(entry.lines.join("\n")).replace(/\n{3,}/g, "\n\n");
    let out = "";
    let at = 0;
    for (const m of joined.matchAll(MD_LINK)) {
      out += unescapeKialo(joined.slice(at, m.index));
      at = m.index + m[0].length;
      const linkText = unescapeKialo(m[1]!).trim();
      const href = unescapeKialo(m[2]!).trim();
      out += linkText;
      if (href === "" || !HttpUrl.safeParse(href).success) {
        badLinks++;
        continue;
      }
      if (!sourceByUrl.has(href)) {
        const key = `link-${sourceByUrl.size + 1}`;
        sourceByUrl.set(href, key);
        g.addSource({
          key,
          title: (linkText || href).slice(0, 500),
          author: "",
          qualifications: "",
          publication: "",
          date: "",
          url: href,
          attribution: `Linked from Kialo claim ${entry.id}`,
          text: `${linkText || href}\n${href}\n\nThis source was a link in a Kialo discussion; its text was not imported.`,
        });
      }
    }
    return (out + unescapeKialo(joined.slice(at))).trim();
  };

  const addLink = (entry: Entry, target: string): boolean => {
    const from = keyOf.get(target);
    const to = entry.parent === null ? undefined : keyOf.get(entry.parent);
    if (!from || !to) return false;
    keyOf.set(entry.id, from);
    g.addEdge(from, to, entry.stance === "Con" ? "rebuts" : "supports");
    return true;
  };

  for (const entry of entries) {
    if (entry.line < 0) continue;
    const raw = cleanText(entry.lines.join("\n"));
    const see = SEE_LINK.exec(raw);
    if (see) {
      // Resolved now when the linked claim came earlier (so claims under the link find it), else at the end.
      if (!addLink(entry, see[1]!)) links.push({ entry, target: see[1]! });
      continue;
    }
    const claimText = cleanClaim(entry);
    if (entry.stance === "question") {
      // The question of a multi-thesis discussion: what the theses answer, not a claim itself.
      if (!questionText) questionText = claimText;
      continue;
    }
    if (claimText === "") {
      empty++;
      continue;
    }
    for (const ref of claimText.matchAll(FOOTNOTE_REF)) {
      const cited = citedBy.get(ref[1]!) ?? citedBy.set(ref[1]!, []).get(ref[1]!)!;
      if (!cited.includes(entry.id)) cited.push(entry.id);
    }
    const parentKey = entry.parent === null ? null : keyOf.get(entry.parent);
    if (entry.stance !== "thesis" && parentKey === undefined) {
      g.report.skip("claims under a missing claim", "their parent was skipped or is not in the file");
      continue;
    }
    const parentSide = parentKey ? (sideOf.get(parentKey) ?? "neutral") : "neutral";
    // Under the neutral thesis, Pro is aff and Con is neg.
    const side: Side =
      entry.stance === "thesis"
        ? "neutral"
        : sideFor(entry.stance === "Pro" ? "supports" : "rebuts", parentSide, "aff");
    const { title: t, body } = splitClaimText(claimText);
    const key = entry.id;
    g.addNode({
      key,
      kind: entry.stance === "Con" ? "rebuttal" : "claim",
      side,
      role: entry.stance === "thesis" ? "thesis" : null,
      title: t,
      body,
      tags: [`kialo:${entry.id}`],
    });
    keyOf.set(entry.id, key);
    sideOf.set(key, side);
    if (entry.stance === "thesis") {
      theses++;
      if (!thesisText) thesisText = claimText;
    } else if (parentKey) {
      g.addEdge(key, parentKey, entry.stance === "Pro" ? "supports" : "rebuts");
    }
  }

  for (const { entry, target } of links) {
    if (!addLink(entry, target)) {
      g.report.skip(
        '"-> See" links to a claim that is not in the file',
        "the claim it links to is missing or was skipped",
      );
    }
  }

  g.report.skip(
    "links without an http(s) address",
    "only http:// and https:// links become sources; the link text is kept",
    badLinks,
  );
  g.report.skip("empty claims", "a claim needs some text", empty);
  addFootnotes(g, footnotes, citedBy);
  if (!thesisText) g.report.warn('no thesis line ("1. …") was found');
  // A discussion with several theses is about its question; with one, about its thesis.
  const resolution = questionText || (theses > 1 ? "" : thesisText);
  return g.build({
    title: title || splitClaimText(resolution || thesisText).title || "Kialo discussion",
    resolution,
    description: "",
  });
}

/**
 * The sources list of a newer export ("[1] https://…" and the quoted passage below it): one
 * source per footnote, its address when it has one, the passage as its text. The claims keep
 * their "[1]" markers; the source says which claims cite it.
 */
function addFootnotes(
  g: GraphBuilder,
  footnotes: readonly { n: string; lines: string[] }[],
  citedBy: ReadonlyMap<string, string[]>,
): void {
  const keys = new Set<string>();
  for (const f of footnotes) {
    const key = `footnote-${f.n}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const head = f.lines[0]!.trim();
    const passage = cleanText(f.lines.slice(1).join("\n")).replace(/\n{3,}/g, "\n\n");
    const url = /^\S+/.exec(head)?.[0] ?? "";
    const isUrl = url !== "" && HttpUrl.safeParse(url).success;
    const name = (isUrl ? head.slice(url.length).trim() : head) || url || `Source [${f.n}]`;
    const cited = citedBy.get(f.n) ?? [];
    g.addSource({
      key,
      title: abbreviate(unescapeKialo(name), 500),
      author: "",
      qualifications: "",
      publication: "",
      date: "",
      url: isUrl ? url : "",
      attribution: `Footnote [${f.n}] of a Kialo discussion${cited.length ? `, cited in claim ${cited.slice(0, 10).join(", ")}${cited.length > 10 ? ", …" : ""}` : ""}`,
      text:
        passage ||
        `${head || `[${f.n}]`}\n\nThis source was a footnote in a Kialo discussion; the export holds no passage of it.`,
    });
  }
}
