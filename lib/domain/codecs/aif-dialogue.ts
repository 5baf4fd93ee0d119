// The dialogue layer of AIF (the IAT annotation that OVA and AIFdb write): L nodes are locutions
// ("Bob : we should…"), YA nodes say what a locution does with a proposition (L → YA → I,
// "Asserting", "Default Illocuting"…), TA nodes chain locutions in the order they were said
// (L → TA → L). In Clash the transcript is a source and each locution a card anchored in it,
// supporting the claims it asserts, with its speaker as the cite; export gives the L, YA and TA
// nodes back from those cards.
import { describeSpan } from "../anchoring";
import type { NodeDto } from "../schemas";
import { abbreviate, cleanText, isRecord, type GraphBuilder } from "./common";
import type { ExportableDebate } from "./types";

/** Marks a source as a dialogue transcript: its cards are exported back as locutions with transitions. */
export const DIALOGUE_ATTRIBUTION = "Dialogue transcript from an AIF file: each locution is a card quoting it";
/** The same for a file whose locutions had no transitions (TA nodes): export writes none either. */
export const DIALOGUE_ATTRIBUTION_NO_TRANSITIONS =
  "Dialogue transcript from an AIF file (without transitions): each locution is a card quoting it";
export const DIALOGUE_SOURCE_KEY = "aif-transcript";
const TRANSCRIPT_TITLE = "Dialogue transcript";
const UNPLACED_HEADING = "Locutions not found in the text above:";

/** Illocutions that only say a locution puts a proposition forward (the link a card's support keeps). */
const PLAIN_ILLOCUTIONS = new Set(["asserting", "default illocuting", "arguing"]);

export type DialogueNode = { nodeID: string; text: string; type: string };

export type DialogueInput = {
  byId: ReadonlyMap<string, DialogueNode>;
  ins: ReadonlyMap<string, string[]>;
  outs: ReadonlyMap<string, string[]>;
  positions: ReadonlyMap<string, NodeDto["position"]>;
  /** the file's top-level `text` (OVA3: a string of HTML; OVA2: `{txt}`) */
  text: unknown;
  /** AIFdb's `locutions` ({nodeID, personID}) and `participants` ({participantID, firstname, surname}) */
  locutions: unknown;
  participants: unknown;
};

// ---------- speakers ----------

const NONE = new Set(["", "none", "null", "undefined"]);

/** participantID → name, from AIFdb's `participants` list. */
function participantNames(list: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  for (const p of list) {
    if (!isRecord(p)) continue;
    const id = p.participantID ?? p.id;
    if (typeof id !== "string" && typeof id !== "number") continue;
    const part = (v: unknown) => (typeof v === "string" && !NONE.has(v.trim().toLowerCase()) ? v.trim() : "");
    const name = [part(p.firstname), part(p.surname)].filter(Boolean).join(" ");
    if (name) out.set(String(id), name);
  }
  return out;
}

/**
 * L nodeID → speaker name, through `locutions` and `participants`; `unread` counts the locution
 * records that name no node or no person (the speaker is then read from the locution's text).
 */
function locutionSpeakers(
  locutions: unknown,
  participants: unknown,
): { speakers: Map<string, string>; unread: number } {
  const names = participantNames(participants);
  const speakers = new Map<string, string>();
  let unread = 0;
  if (!Array.isArray(locutions)) return { speakers, unread };
  for (const l of locutions) {
    const node = isRecord(l) ? l.nodeID : null;
    const person = isRecord(l) ? (l.personID ?? l.participantID) : null;
    if (
      (typeof node !== "string" && typeof node !== "number") ||
      (typeof person !== "string" && typeof person !== "number")
    ) {
      unread++;
      continue;
    }
    const name = names.get(String(person));
    if (name) speakers.set(String(node).trim(), name);
  }
  return { speakers, unread };
}

const SAYS = /^(.{1,80}?)\s+says\s+(['"“‘])([\s\S]*)(['"”’])\s*$/;
const COLON = /^([^:\n]{1,80}?)\s*:\s+([\s\S]+)$/;

/**
 * Split a locution's text into speaker and words: "Bob : we should…", "Bob: we should…",
 * "Bob says 'we should…'". A name is at most six words with no sentence punctuation; a known
 * speaker (from `participants`) is taken off the front when the text repeats it.
 */
export function splitLocution(text: string, known?: string): { speaker: string; words: string } {
  const t = cleanText(text).replace(/^\|/, "");
  const nameOk = (name: string) =>
    name.trim().split(/\s+/).length <= 6 && !/[.!?;"“”]/.test(name) && !/^\d+$/.test(name.trim());
  let found: { speaker: string; words: string } | null = null;
  const says = SAYS.exec(t);
  const colon = COLON.exec(t);
  if (says && nameOk(says[1]!) && says[3]!.trim()) found = { speaker: says[1]!.trim(), words: says[3]!.trim() };
  else if (colon && nameOk(colon[1]!) && !/^\/\//.test(colon[2]!))
    found = { speaker: colon[1]!.trim(), words: colon[2]!.trim() };
  if (known) {
    // The file's participant is the speaker; the text may repeat the name in its own spelling ("CLAIRE :").
    const repeats = found && known.toLowerCase().includes(found.speaker.toLowerCase().split(/\s+/)[0]!);
    return { speaker: known, words: repeats ? found!.words : t };
  }
  if (found) return found;
  return { speaker: "", words: t };
}

// ---------- the transcript ----------

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** OVA's text pane is HTML (spans around locutions, <br> for line ends): its plain text. */
export function transcriptText(raw: unknown): string {
  const value = typeof raw === "string" ? raw : isRecord(raw) && typeof raw.txt === "string" ? raw.txt : "";
  if (!/<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(value)) return cleanText(value);
  const plain = value
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(?:p|div|li|h\d)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    });
  return cleanText(plain.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n"));
}

/** The transcript as OVA3 writes its text pane: HTML-escaped, line ends as <br>. */
export function transcriptHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
}

/** Words compared loosely: case, runs of spaces and curly quotes do not matter. */
function normalise(text: string): { flat: string; at: number[] } {
  let flat = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/\s/.test(c)) {
      if (space || flat === "") continue;
      space = true;
      c = " ";
    } else space = false;
    c = c.replace(/[‘’]/, "'").replace(/[“”]/, '"').toLowerCase();
    flat += c;
    at.push(i);
  }
  return { flat, at };
}

/** Where a locution's words are in the transcript: exact from the cursor, anywhere, then loosely. */
function locate(
  text: string,
  loose: { flat: string; at: number[] },
  words: string,
  cursor: number,
): { start: number; end: number } | null {
  let start = text.indexOf(words, cursor);
  if (start < 0) start = text.indexOf(words);
  if (start >= 0) return { start, end: start + words.length };
  const needle = normalise(words).flat.trim();
  if (!needle) return null;
  const fromFlat = loose.at.findIndex((i) => i >= cursor);
  let f = loose.flat.indexOf(needle, Math.max(0, fromFlat));
  if (f < 0) f = loose.flat.indexOf(needle);
  if (f < 0) return null;
  return { start: loose.at[f]!, end: loose.at[f + needle.length - 1]! + 1 };
}

// ---------- import ----------

/**
 * Add the dialogue layer to a graph whose I nodes are already in `g`: the transcript source,
 * one card per locution, each supporting the propositions its YA nodes connect it to. Returns
 * how many locutions became cards (0 when the file has none).
 */
export function importDialogue(g: GraphBuilder, input: DialogueInput): number {
  const { byId, ins, outs } = input;
  const typeOf = (id: string) => byId.get(id)?.type.toUpperCase() ?? "";
  const lNodes = [...byId.values()].filter((n) => n.type.toUpperCase() === "L");
  const taCount = [...byId.values()].filter((n) => n.type.toUpperCase() === "TA").length;
  const yaNodes = [...byId.values()].filter((n) => n.type.toUpperCase() === "YA");
  if (lNodes.length === 0 || g.nodeCount === 0) {
    // Without locutions there is nothing to anchor; without propositions, nothing a card could back.
    const why =
      lNodes.length === 0
        ? "the file has no locution (L node) to make a card of"
        : "the file has no proposition (I node) for a locution to assert";
    g.report.skip("locutions (AIF L nodes)", why, lNodes.length);
    g.report.skip("illocutionary connections (AIF YA nodes)", why, yaNodes.length);
    g.report.skip("dialogue transitions (AIF TA nodes)", why, taCount);
    return 0;
  }

  // The order things were said: follow L → TA → L chains, from each locution no transition leads to.
  const next = new Map<string, string[]>();
  const hasPrev = new Set<string>();
  for (const n of byId.values()) {
    if (n.type.toUpperCase() !== "TA") continue;
    const from = (ins.get(n.nodeID) ?? []).filter((id) => typeOf(id) === "L");
    const to = (outs.get(n.nodeID) ?? []).filter((id) => typeOf(id) === "L");
    for (const a of from)
      for (const b of to) {
        (next.get(a) ?? next.set(a, []).get(a)!).push(b);
        hasPrev.add(b);
      }
  }
  const ordered: DialogueNode[] = [];
  const seen = new Set<string>();
  const walk = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      ordered.push(byId.get(id)!);
      for (const b of [...(next.get(id) ?? [])].reverse()) if (!seen.has(b)) stack.push(b);
    }
  };
  for (const l of lNodes) if (!hasPrev.has(l.nodeID)) walk(l.nodeID);
  for (const l of lNodes) walk(l.nodeID); // cycles: file order

  const { speakers, unread } = locutionSpeakers(input.locutions, input.participants);
  const said = ordered.map((l) => ({ node: l, ...splitLocution(l.text, speakers.get(l.nodeID)) }));
  const empty = said.filter((s) => s.words === "").length;
  g.report.skip("locutions (AIF L nodes) without words", "a card needs a quote", empty);
  g.report.skip(
    "locution records without a nodeID or a personID",
    "they name no speaker: the locution's own text was read for one",
    unread,
  );
  const usable = said.filter((s) => s.words !== "");
  if (usable.length === 0) return 0;

  // The transcript: the file's text if it has one, else the locutions written out in order.
  let text = transcriptText(input.text);
  const spans = new Map<string, { start: number; end: number }>();
  if (text) {
    const loose = normalise(text);
    let cursor = 0;
    const unplaced: typeof usable = [];
    for (const s of usable) {
      const span = locate(text, loose, s.words, cursor);
      if (span) {
        spans.set(s.node.nodeID, span);
        cursor = span.end;
      } else unplaced.push(s);
    }
    if (unplaced.length > 0) {
      text += `\n\n${UNPLACED_HEADING}\n`;
      for (const s of unplaced) {
        text += "\n" + (s.speaker ? `${s.speaker}: ` : "");
        spans.set(s.node.nodeID, { start: text.length, end: text.length + s.words.length });
        text += s.words;
      }
      g.report.warn(
        `${unplaced.length} locutions were not found in the file's text; they were added at the end of the transcript`,
      );
    }
  } else {
    const parts: string[] = [];
    let at = 0;
    for (const s of usable) {
      const lead = s.speaker ? `${s.speaker}: ` : "";
      const start = at + lead.length;
      spans.set(s.node.nodeID, { start, end: start + s.words.length });
      parts.push(lead + s.words);
      at += lead.length + s.words.length + 2;
    }
    text = parts.join("\n\n");
    g.report.warn("the file has no text of the dialogue: the transcript was written from its locutions, in order");
  }

  const people = [...new Set(usable.map((s) => s.speaker).filter(Boolean))];
  g.addSource({
    key: DIALOGUE_SOURCE_KEY,
    title: TRANSCRIPT_TITLE,
    author: people.join(", ").slice(0, 300),
    qualifications: "",
    publication: "",
    date: "",
    url: "",
    attribution: next.size > 0 ? DIALOGUE_ATTRIBUTION : DIALOGUE_ATTRIBUTION_NO_TRANSITIONS,
    text,
  });

  let cards = 0;
  const forces = new Map<string, number>();
  let otherTargets = 0;
  for (const s of usable) {
    const span = spans.get(s.node.nodeID)!;
    const anchor = describeSpan(text, span.start, span.end);
    g.addNode({
      key: s.node.nodeID,
      kind: "evidence",
      title: abbreviate(anchor.quote),
      body: "",
      position: input.positions.get(s.node.nodeID) ?? null,
      tags: [`aif:${s.node.nodeID}`],
      evidence: {
        sourceKey: DIALOGUE_SOURCE_KEY,
        quote: anchor.quote,
        start: anchor.start,
        end: anchor.end,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        cite: s.speaker,
        highlights: [],
      },
    });
    cards++;
    for (const ya of (outs.get(s.node.nodeID) ?? []).filter((id) => typeOf(id) === "YA")) {
      const force = byId.get(ya)!.text.trim();
      for (const target of outs.get(ya) ?? []) {
        if (typeOf(target) === "I") {
          g.addEdge(s.node.nodeID, target, "supports");
          if (!PLAIN_ILLOCUTIONS.has(force.toLowerCase()) && !/^YA_/.test(force))
            forces.set(force, (forces.get(force) ?? 0) + 1);
        } else otherTargets++;
      }
    }
  }

  // YA nodes anchored in a transition (TA → YA → RA/CA: "Arguing", "Disagreeing") say who drew
  // the inference; Clash keeps the inference and the cards, not that link.
  const anchoredInTransitions = yaNodes.filter((ya) =>
    (ins.get(ya.nodeID) ?? []).some((id) => typeOf(id) === "TA"),
  ).length;
  g.report.skip(
    "illocutions anchored in transitions (AIF TA → YA → RA/CA)",
    "Clash keeps the inference and the locutions' cards; export writes Arguing/Disagreeing back where two cards' claims are linked",
    anchoredInTransitions,
  );
  g.report.skip(
    "illocutions from a locution to something other than a proposition",
    "a card supports claims; reported speech (L → YA → L) is not kept",
    otherTargets,
  );
  if (forces.size > 0) {
    const names = [...forces.keys()].slice(0, 5).join(", ") + (forces.size > 5 ? ", …" : "");
    g.report.skip(
      `illocutionary forces (${names})`,
      "the card is linked to the claim as a support; the force itself is not kept (export writes Asserting)",
      [...forces.values()].reduce((a, b) => a + b, 0),
    );
  }
  return cards;
}

// ---------- export ----------

export type DialogueOut = {
  /** L nodes by the Clash card (node id) they come from */
  locutionOf: Map<string, { nodeID: string; speaker: string }>;
  /** the transcript OVA shows (the first dialogue source's text) */
  text: string;
  /** consecutive locutions of each transcript, in the order they were said */
  transitions: [string, string][];
  /** transcripts beyond the first, which OVA's one text pane cannot hold */
  extraTranscripts: number;
};

export function isDialogueSource(s: Pick<ExportableDebate["sources"][number], "attribution">): boolean {
  return s.attribution === DIALOGUE_ATTRIBUTION || s.attribution === DIALOGUE_ATTRIBUTION_NO_TRANSITIONS;
}

/** The cards of a debate that are locutions: those quoting a dialogue transcript. */
export function dialogueCards(d: ExportableDebate): { transcripts: ExportableDebate["sources"]; cards: NodeDto[] } {
  const transcripts = d.sources.filter(isDialogueSource);
  const ids = new Set(transcripts.map((s) => s.id));
  const cards = d.nodes.filter((n) => n.kind === "evidence" && n.evidence && ids.has(n.evidence.sourceId));
  return { transcripts, cards };
}

/** Split a speaker's name the way AIFdb's participants hold it. */
export function participantName(name: string): { firstname: string; surname: string } {
  const parts = name.trim().split(/\s+/);
  return { firstname: parts[0] ?? "", surname: parts.slice(1).join(" ") };
}

/** The L text of a card: "Speaker : words", as OVA writes locutions. */
export function locutionText(card: NodeDto): string {
  const words = card.evidence?.quote ?? card.title;
  const speaker = (card.evidence?.cite ?? "").trim();
  return speaker ? `${speaker} : ${words}` : words;
}
