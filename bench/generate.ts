// Synthetic policy debates for the benchmarks: a forest of claims answered by rebuttals, backed by
// evidence cards quoted verbatim from the demo sources, with ~10 % cross-links. Deterministic (a
// seeded PRNG), so every run and every tool sees the same graph. Positions come from the app's own
// layout, so the map opens laid out exactly as an import would leave it.
// Run alone: node --import tsx bench/generate.ts 100 1000   (writes bench/.out/data/)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exportDebate, type ExportableDebate } from "@/lib/domain/codecs";
import { encodeDownload } from "@/lib/domain/codecs/download";
import { estimateSize, layoutGraph } from "@/lib/domain/layout";
import type { EdgeDto, NodeDto } from "@/lib/domain/schemas";
import type { Relation, ResponseType, Role, Side, Speech } from "@/lib/domain/vocabulary";
import { sources as seedSources } from "@/prisma/seed-data/tajikistan";

export const DATA_DIR = "bench/.out/data";

/** mulberry32: tiny, fast and good enough to make varied but repeatable graphs. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

type Span = { start: number; end: number };
const sourceTexts = seedSources.map((s) => readFileSync(`prisma/seed-data/sources/${s.file}`, "utf8"));
// Sentence spans per source: cards quote whole sentences, so every quote anchors exactly.
const sentenceSpans: Span[][] = sourceTexts.map((text) => {
  const spans: Span[] = [];
  const re = /[^.!?\n]+[.!?]+/g;
  for (let m; (m = re.exec(text));) {
    const lead = m[0].length - m[0].trimStart().length;
    const span = { start: m.index + lead, end: m.index + m[0].length };
    if (span.end - span.start >= 40 && span.end - span.start <= 400) spans.push(span);
  }
  return spans;
});
// Sources are Markdown-ish (list dashes, **bold**): titles and notes drop that markup; quotes keep it, verbatim.
const plain = (s: string) => s.replace(/\*+/g, "").replace(/^[\s\-–—"“]+/, "");
const allSentences = sentenceSpans.flatMap((spans, i) =>
  spans.map((s) => plain(sourceTexts[i]!.slice(s.start, s.end))),
);

/** A title of 50–130 characters cut at a word boundary from a real sentence. */
function titleFrom(sentence: string, r: ReturnType<typeof prng>): string {
  const max = 50 + r.int(80);
  if (sentence.length <= max) return sentence.replace(/[.!?]+$/, "");
  const cut = sentence.slice(0, max);
  return cut.slice(0, Math.max(30, cut.lastIndexOf(" "))).replace(/[,;:]$/, "");
}

// The speeches that carry arguments (cross-examinations do not), in order.
const ORDER: Speech[] = ["1AC", "1NC", "2AC", "2NC", "1NR", "1AR", "2NR", "2AR"];
const SPEAKER: Record<string, "aff" | "neg"> = {
  "1AC": "aff",
  "1NC": "neg",
  "2AC": "aff",
  "2NC": "neg",
  "1NR": "neg",
  "1AR": "aff",
  "2NR": "neg",
  "2AR": "aff",
};
const AFF_ROLES: Role[] = ["harms", "inherency", "plan", "solvency", "advantage"];
const NEG_ROLES: Role[] = ["disadvantage", "counterplan", "kritik", "topicality"];
const RESPONSES: ResponseType[] = ["answer", "turn", "no-link", "non-unique", "impact-defense", "extension"];
const LEADS: Record<ResponseType, string> = {
  answer: "No",
  turn: "Turn",
  "no-link": "No link",
  "non-unique": "Non-unique",
  "impact-defense": "No impact",
  extension: "Extend",
  permutation: "Perm",
  "link-turn": "Link turn",
  "impact-turn": "Impact turn",
};

/** The other side's next speech after `speech`, or null after the last one. */
function answerSpeech(speech: Speech | null, side: Side): Speech | null {
  const from = speech ? ORDER.indexOf(speech) : 0;
  return ORDER.slice(from + 1).find((s) => SPEAKER[s] !== side) ?? null;
}

/** A debate of exactly `n` arguments (its own seed per size), positioned by the app's tidy-tree layout. */
export function generateDebate(n: number): ExportableDebate {
  const r = prng(n * 7919 + 17);
  const nodes: NodeDto[] = [];
  const edges: EdgeDto[] = [];
  const depth: number[] = [];
  const answerable: number[] = []; // indexes of claims and rebuttals shallow enough to answer
  const pairs = new Set<string>();
  const connect = (source: number, target: number, relation: Relation) => {
    const key = `${source}>${target}`;
    if (source === target || pairs.has(key)) return false;
    pairs.add(key);
    edges.push({ id: `e${edges.length}`, source: `n${source}`, target: `n${target}`, relation, version: 1 });
    return true;
  };
  const base = (kind: NodeDto["kind"], side: Side, speech: Speech | null, title: string): NodeDto => ({
    id: `n${nodes.length}`,
    kind,
    side,
    role: null,
    speech,
    responseType: null,
    title,
    body: r.next() < 0.3 ? `${r.pick(allSentences)} ${r.pick(allSentences)}` : "",
    position: { x: 0, y: 0 },
    version: 1,
    evidence: null,
  });

  const roots = Math.max(3, Math.round(n / 60));
  for (let i = 0; i < roots && nodes.length < n; i++) {
    const neg = r.next() < 0.3; // the 1NC's off-case positions are roots too
    const node = base("claim", neg ? "neg" : "aff", neg ? "1NC" : "1AC", titleFrom(r.pick(allSentences), r));
    node.role = r.pick(neg ? NEG_ROLES : AFF_ROLES);
    answerable.push(nodes.length);
    depth.push(0);
    nodes.push(node);
  }
  while (nodes.length < n) {
    const p = r.pick(answerable);
    const parent = nodes[p]!;
    const i = nodes.length;
    if (r.next() < 0.4) {
      nodes.push(card(r, base("evidence", parent.side, parent.speech, "")));
      connect(i, p, "supports");
    } else {
      const side: Side = parent.side === "aff" ? "neg" : "aff";
      const responseType = r.pick(RESPONSES);
      const node = base("rebuttal", side, answerSpeech(parent.speech, parent.side), "");
      node.responseType = responseType;
      node.title = `${LEADS[responseType]}: ${titleFrom(r.pick(allSentences), r)}`;
      nodes.push(node);
      connect(i, p, responseType === "turn" ? "turns" : r.next() < 0.1 ? "undercuts" : "rebuts");
      if (depth[p]! < 9) answerable.push(i);
    }
    depth.push(depth[p]! + 1);
  }
  // ~10 % cross-links: an argument also answering (or extending) one outside its own thread.
  const debaters = answerable.length > 1 ? answerable : [0];
  for (let k = 0, tries = 0; k < Math.round(n / 10) && tries < n; tries++) {
    const s = r.pick(debaters);
    const t = r.pick(debaters);
    if (connect(s, t, nodes[s]!.side === nodes[t]!.side ? "extends" : "rebuts")) k++;
  }
  const positions = layoutGraph(nodes, edges);
  for (const node of nodes) node.position = positions.get(node.id)!;
  return {
    id: `bench-${n}`,
    title: `Benchmark debate, ${n.toLocaleString("en-US")} arguments`,
    resolution: "The United States should condition its security assistance to Tajikistan on governance reform.",
    description: "Synthetic benchmark data: claims, rebuttals and evidence cards quoted from the demo sources.",
    nodes,
    edges,
    sources: seedSources.map((s, k) => ({ ...s, id: `s${k}`, version: 1, text: sourceTexts[k]! })),
  };
}

/** An evidence card quoting one to three consecutive sentences of a demo source, with a highlight. */
function card(r: ReturnType<typeof prng>, node: NodeDto): NodeDto {
  const k = r.int(sourceTexts.length);
  const text = sourceTexts[k]!;
  const spans = sentenceSpans[k]!;
  const first = r.int(spans.length);
  const last = Math.min(spans.length - 1, first + r.int(3));
  const { start } = spans[first]!;
  const { end } = spans[last]!;
  const quote = text.slice(start, end);
  const src = seedSources[k]!;
  const hl = quote.indexOf(" ", Math.floor(quote.length * 0.4));
  node.title = titleFrom(plain(quote), r);
  node.evidence = {
    sourceId: `s${k}`,
    quote,
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    cite: `${src.author || src.publication || "Anon"} ${src.date.slice(2)} — ${src.qualifications}, "${src.title}," ${src.publication}, ${src.date}`,
    highlights: hl > 0 ? [{ start: 0, end: hl }] : [],
    status: "exact",
  };
  return node;
}

/** The graph as a bare React Flow page (and the layout engines) take it: positions and Clash's own size estimates. */
export type FlowData = {
  nodes: { id: string; x: number; y: number; w: number; h: number; title: string; side: Side }[];
  edges: { id: string; source: string; target: string }[];
};

export const dataFile = (n: number, ext: "clash.json" | "argdown" | "aif.json" | "flow.json" | "docx") =>
  path.join(DATA_DIR, `${n}.${ext}`);

/**
 * A card as a debater cuts it: phrases of 2–6 words, about half of them underlined, most of those
 * highlighted and a few emphasised, so the Word file switches runs every few words as a cut card does.
 */
function cut(quote: string, r: ReturnType<typeof prng>) {
  const words = [...quote.matchAll(/\S+/g)];
  const underline: Span[] = [];
  const emphasis: Span[] = [];
  const highlights: Span[] = [];
  for (let i = 0; i < words.length;) {
    const next = Math.min(words.length, i + 2 + r.int(5));
    const last = words[next - 1]!;
    const span = { start: words[i]!.index, end: last.index + last[0].length };
    if (r.next() < 0.5) {
      underline.push(span);
      if (r.next() < 0.7) highlights.push(span);
      if (r.next() < 0.15) emphasis.push(span);
    }
    i = next;
  }
  return { underline, emphasis, highlights };
}

/**
 * The debate of `n` arguments as a Verbatim .docx (the app's own Word exporter), its cards cut
 * with layers: what a debater's file holds, to time the Word import on.
 */
export async function verbatimDocx(n: number): Promise<Uint8Array> {
  const d = generateDebate(n);
  const r = prng(n ^ 0x5eed);
  for (const node of d.nodes) if (node.evidence) Object.assign(node.evidence, cut(node.evidence.quote, r));
  return (await encodeDownload({ format: "docx", debate: d, selection: { kind: "debate" } })).body as Uint8Array;
}

/** verbatimDocx(n), written to the data directory. */
export async function writeDocx(n: number): Promise<void> {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(dataFile(n, "docx"), await verbatimDocx(n));
}

/** Write the debate of `n` arguments as Clash JSON, Argdown and AIF (the app's exporters) and as bare React Flow data. */
export function writeDataset(n: number): void {
  mkdirSync(DATA_DIR, { recursive: true });
  const d = generateDebate(n);
  // JSON files minified: the exporters pretty-print, and at 20,000 arguments pretty AIF (~30 MB)
  // is over the 20 MB import cap while the same document minified (~20 MB) is not.
  const minified = (format: "json" | "aif") => JSON.stringify(JSON.parse(exportDebate(format, d)));
  writeFileSync(dataFile(n, "clash.json"), minified("json"));
  writeFileSync(dataFile(n, "argdown"), exportDebate("argdown", d));
  writeFileSync(dataFile(n, "aif.json"), minified("aif"));
  const flow: FlowData = {
    nodes: d.nodes.map((x) => {
      const { width, height } = estimateSize(x);
      return { id: x.id, x: x.position.x, y: x.position.y, w: width, h: height, title: x.title, side: x.side };
    }),
    edges: d.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
  writeFileSync(dataFile(n, "flow.json"), JSON.stringify(flow));
}

// Run as a script (not imported by the suite): write the sizes named on the command line.
if (process.argv[1]?.endsWith("generate.ts")) {
  for (const n of process.argv.slice(2).map(Number)) {
    const t = performance.now();
    writeDataset(n);
    console.log(`generated ${n} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
}
