// Kialo's discussion export (.txt): "Discussion Title: …", then "1. thesis", then one line per
// claim "1.2.3. Pro: text" / "1.2.3. Con: text" in depth-first order, the depth being the number
// of path parts. "-> See 1.2." marks a claim that also appears elsewhere in the tree.
import { sideFor } from "../sides";
import type { Side } from "../vocabulary";
import { HttpUrl } from "../schemas";
import { GraphBuilder, cleanText, splitClaimText } from "./common";
import { guardBytes } from "./guard";
import type { ImportedGraph } from "./types";

type Stance = "thesis" | "Pro" | "Con";
type Entry = { id: string; parent: string | null; stance: Stance; lines: string[]; line: number };

/**
 * The side words of Kialo's exports in the languages Kialo is written in (an export from the
 * German site says "Contra:"). Matched without regard to case.
 */
export const KIALO_SIDE_WORDS = {
  Pro: ["Pro", "Pró", "Pour", "Per", "Voor", "Za", "A favor", "Dafür", "Für"],
  Con: ["Con", "Contra", "Contre", "Contro", "Tegen", "Przeciw", "Proti", "En contra", "Dagegen", "Gegen"],
} as const;
const SIDE_WORD = [...KIALO_SIDE_WORDS.Pro, ...KIALO_SIDE_WORDS.Con].join("|");
const PRO_WORDS: ReadonlySet<string> = new Set(KIALO_SIDE_WORDS.Pro.map((w) => w.toLowerCase()));
const CLAIM_LINE = new RegExp(`^(\\d+(?:\\.\\d+)*)\\.\\s+(?:(${SIDE_WORD}):[ \\t]*)?(.*)$`, "i");
const TITLE_LINE =
  /^(?:Discussion Title|Diskussionstitel|Titre de la discussion|Título de la discusión|Titolo della discussione|Título da discussão|Discussietitel)[ \t]*:[ \t]*(.*)$/i;
// An export's first line in a language not listed above: "<label>: <title>", read as the title.
const OTHER_TITLE_LINE = /^([^\d\s:][^:\n]{0,40}):[ \t]*(\S.*)$/;
// "-> See 1.2." (and the same link in Kialo's other languages).
const SEE_LINK = /^->\s*(?:See|Siehe|Voir|Ver|Vedi|Zie|Zobacz|Viz)\s+(\d+(?:\.\d+)*)\.?\s*$/i;
// [text](url); both may hold backslash escapes (Kialo escapes brackets and parentheses), a URL
// may hold one level of balanced parentheses. Neither part may contain an unescaped "[" and a
// link never starts at an escaped "\[", so every search stops at the next "[": linear time even
// on a line of millions of brackets.
const MD_LINK = /(?<!\\)\[((?:\\.|[^[\]\\\n])*)\]\(((?:\\.|\([^()[\]\s\\]*\)|[^()[\]\s\\])+)\)/g;

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
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let before = 0;
  let unnumbered = 0;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const last = entries[entries.length - 1];
    const t = TITLE_LINE.exec(line);
    if (t && entries.length === 0) {
      title = unescapeKialo(t[1]!.trim());
      return;
    }
    const other = entries.length === 0 && !title && before === 0 ? OTHER_TITLE_LINE.exec(line) : null;
    if (other) {
      title = unescapeKialo(other[2]!.trim());
      g.report.warn(`the first line was read as the discussion's title (“${other[1]!.trim()}:”)`);
      return;
    }
    const m = CLAIM_LINE.exec(line);
    if (m) {
      const id = m[1]!;
      const parent = parentOf(id);
      // A numbered line is a claim only where a claim can be: the thesis "1." first, then a
      // child of a claim already read. Anything else ("2. a list item" inside a claim) is text.
      const starts = seen.size === 0 ? id === "1" : !seen.has(id) && parent !== null && seen.has(parent);
      if (starts) {
        const word = m[2]?.toLowerCase();
        const stance: Stance | null =
          word !== undefined ? (PRO_WORDS.has(word) ? "Pro" : "Con") : parent === null ? "thesis" : null;
        seen.add(id);
        if (stance === null) {
          unnumbered++;
          entries.push({ id, parent, stance: "Pro", lines: [], line: -1 }); // placeholder, dropped below
          return;
        }
        entries.push({ id, parent, stance, lines: [m[3] ?? ""], line: i + 1 });
        return;
      }
    }
    if (last) last.lines.push(line);
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
    if (claimText === "") {
      empty++;
      continue;
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
  if (!thesisText) g.report.warn('no thesis line ("1. …") was found');
  return g.build({
    title: title || (thesisText ? splitClaimText(thesisText).title : "Kialo discussion"),
    resolution: thesisText,
    description: "",
  });
}
