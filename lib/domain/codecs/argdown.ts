// Argdown (https://argdown.org), read with Argdown's own parser (@argdown/core) and written as
// a plain Argdown document that the same parser reads back to the same graph.
import {
  ArgdownApplication,
  ArgdownPluginError,
  ArgdownTypes,
  DataPlugin,
  FrontMatterSettingsModes,
  IArgument,
  IEquivalenceClass,
  ModelPlugin,
  ParserPlugin,
  RangeType,
  RelationType,
  StatementRole,
  shortcodes,
  type IArgdownResponse,
  type IEquivalenceClass as EquivalenceClass,
  type IRelation,
  type ISection,
  type IStatement,
  type RelationMember,
} from "@argdown/core";
import type { NodeDto } from "../schemas";
import {
  RESPONSE_TYPES,
  ROLES,
  SPEECHES,
  type Relation,
  type ResponseType,
  type Role,
  type Speech,
} from "../vocabulary";
import { GraphBuilder, TitleRegistry, abbreviate, cleanText, isRecord, splitClaimText, type NodeInput } from "./common";
import { guardBytes } from "./guard";
import { IMPORT_LIMITS, ImportError, type ExportableDebate, type ImportedGraph } from "./types";

/**
 * Argdown input above this size is refused: Argdown's parser holds the server while it runs
 * (measured: about 0.17 s per MB, parse and model), so the cap keeps one import under ~2 s of
 * parsing. 12 MB takes the 20,000 statements of the benchmark's biggest debate (9.9 MB).
 */
export const ARGDOWN_MAX_BYTES = 12 * 1024 * 1024;

/** Tags with a meaning for Clash (written by `toArgdown`, read by `parseArgdown`). */
export const ARGDOWN_TAGS = {
  pro: "pro",
  con: "con",
  rebuttal: "rebuttal",
  card: "card",
  resolution: "resolution",
  turn: "turn",
  extends: "extends",
  argument: "argument",
} as const;

const AUTO_TITLE = /^Untitled \d+$/;
const SILENT_LOGGER = { log: () => {}, setLevel: () => {} };

// ---------- titles ----------

/**
 * A title Argdown can define and refer to: one line, no square brackets (a reference ends at
 * the first "]"), not starting with "-" (a reference cannot), never one of Argdown's own
 * "Untitled N" names. Import and export apply the same rule, so titles survive a round trip.
 */
export function argdownTitle(title: string): string {
  let t = title.replace(/\s+/g, " ").trim().replace(/\[/g, "(").replace(/\]/g, ")");
  if (t.startsWith("-")) t = `–${t.slice(1)}`;
  if (AUTO_TITLE.test(t)) t = `“${t}”`;
  return t;
}

/** A title as it may appear inside `#(turn: …)`: a parenthesised tag ends at the first ")". */
const tagSafe = (title: string) => title.replace(/[()]/g, "").replace(/\s+/g, " ").trim();

// ---------- import ----------

/**
 * Deepest indentation nesting of a text (each deeper indent opens a level, as Argdown's lexer
 * counts them). Argdown's parser recurses per level and overflows the stack at a few hundred,
 * so this runs first.
 */
function indentDepth(text: string, max: number): number {
  const stack: number[] = [0];
  let deepest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let width = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) width++;
      else if (c === 9) width += 4;
      else break;
    }
    if (i < end && text.charCodeAt(i) !== 13) {
      while (width < stack[stack.length - 1]!) stack.pop();
      if (width > stack[stack.length - 1]!) stack.push(width);
      deepest = Math.max(deepest, stack.length - 1);
      if (deepest > max) return deepest;
    }
    start = end + 1;
  }
  return deepest;
}

/** A lexer or parser error as @argdown/core reports it (its own types say `any`). */
type SyntaxIssue = { message: string; token?: { startLine?: number; image?: string }; line?: number };

/**
 * Where the syntax error is, in the user's terms: the parser's own message lists its token
 * grammar ("Expecting: … Token sequences …"), which means nothing to the person who wrote the file.
 */
function syntaxErrorLine(e: SyntaxIssue): string {
  const line = e.token?.startLine ?? e.line;
  const image = (e.token?.image ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
  const own = e.message.split(". ")[0]!;
  // Argdown's own warnings ("Incomplete italic…") are for people; the grammar dump is not.
  const what =
    !/Expecting|Token sequence|\[object /i.test(own) && own.length <= 160
      ? own
      : image
        ? `unexpected "${image}"`
        : "the parser could not read this line";
  return `${line ? `line ${line}: ` : ""}${what}`;
}

function runArgdown(text: string): IArgdownResponse {
  const app = new ArgdownApplication(SILENT_LOGGER);
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  const request = {
    input: text,
    logLevel: "error",
    // Every failure surfaces here: without this ArgdownApplication swallows some errors silently.
    throwExceptions: true,
    logExceptions: false,
    model: { removeTagsFromText: true },
    // Front matter is read as data only; it never changes how the parser runs.
    data: { frontMatterSettingsMode: FrontMatterSettingsModes.IGNORE },
  };
  const fail = (e: unknown): never => {
    if (e instanceof RangeError) throw new ImportError("too_deep", "the Argdown is nested too deeply to read");
    if (e instanceof ImportError) throw e;
    // The exception's own text is the library's, not the user's: say which step failed only.
    const step = e instanceof ArgdownPluginError ? ` (${e.plugin || "parser"})` : "";
    throw new ImportError("malformed", `the Argdown could not be read${step}: check its syntax`);
  };
  let response: IArgdownResponse = {};
  try {
    response = app.run({ ...request, process: ["parse-input"] }, response);
  } catch (e) {
    fail(e);
  }
  if (!response.ast) {
    // Some syntax errors leave the parser without any tree to recover.
    const errors: SyntaxIssue[] = [
      ...((response.parserErrors ?? []) as SyntaxIssue[]),
      ...((response.lexerErrors ?? []) as SyntaxIssue[]),
    ];
    throw new ImportError(
      "malformed",
      `this is not readable Argdown: ${errors.length ? syntaxErrorLine(errors[0]!) : "the parser found nothing"}`,
    );
  }
  try {
    return app.run({ ...request, process: ["build-model"] }, response);
  } catch (e) {
    return fail(e);
  }
}

const firstLine = (a: { startLine?: number; members?: { startLine?: number }[] }): number => {
  const lines = [a.startLine, ...(a.members ?? []).map((m) => m.startLine)].filter(
    (n): n is number => typeof n === "number",
  );
  return lines.length ? Math.min(...lines) : Number.MAX_SAFE_INTEGER;
};

const SPEECH_SET: ReadonlySet<string> = new Set(SPEECHES);
const ROLE_SET: ReadonlySet<string> = new Set(ROLES);
const RESPONSE_SET: ReadonlySet<string> = new Set(RESPONSE_TYPES);

/** Clash fields carried by tags: side, kind, speech, role and response type. */
function fieldsFromTags(
  tags: readonly string[],
): Pick<NodeInput, "side" | "kind" | "speech" | "role" | "responseType"> & { card: boolean } {
  const lower = new Set(tags.map((t) => t.toLowerCase()));
  const side =
    lower.has(ARGDOWN_TAGS.pro) && !lower.has(ARGDOWN_TAGS.con)
      ? "aff"
      : lower.has(ARGDOWN_TAGS.con) && !lower.has(ARGDOWN_TAGS.pro)
        ? "neg"
        : "neutral";
  const speech = tags.find((t) => SPEECH_SET.has(t)) as Speech | undefined;
  const role = tags.map((t) => /^role-(.+)$/.exec(t)?.[1]).find((r) => r !== undefined && ROLE_SET.has(r)) as
    Role | undefined;
  const responseType = tags
    .map((t) => /^response-(.+)$/.exec(t)?.[1])
    .find((r) => r !== undefined && RESPONSE_SET.has(r)) as ResponseType | undefined;
  return {
    side,
    kind: lower.has(ARGDOWN_TAGS.rebuttal) ? "rebuttal" : "claim",
    speech: speech ?? null,
    role: role ?? null,
    responseType: responseType ?? null,
    card: lower.has(ARGDOWN_TAGS.card),
  };
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/**
 * Read Argdown with @argdown/core. Statements `[T]: text` and arguments `<T>: text` become
 * claims (arguments tagged "argument"); a premise–conclusion structure becomes its premises
 * supporting the argument and the argument supporting its main conclusion (intermediary
 * conclusions support the argument like premises, tagged "intermediary-conclusion"). Relations:
 * support → supports, attack → rebuts, undercut → undercuts (an undercut of an inference
 * undercuts its argument), contradiction and contrary → rebuts in both directions. #pro/#con set
 * the side (else neutral); headings become groups; front matter gives title and description.
 * Untitled paragraphs with no relation (prose between the arguments) are left out and counted.
 */
export function parseArgdown(text: string): ImportedGraph {
  guardBytes(text);
  if (text.length > ARGDOWN_MAX_BYTES) {
    throw new ImportError("too_large", `Argdown files are limited to ${ARGDOWN_MAX_BYTES / (1024 * 1024)} MB`, {
      maxBytes: ARGDOWN_MAX_BYTES,
    });
  }
  const input = text.replace(/^\uFEFF/, "");
  if (indentDepth(input, IMPORT_LIMITS.maxDepth) > IMPORT_LIMITS.maxDepth) {
    throw new ImportError("too_deep", `the Argdown is indented more than ${IMPORT_LIMITS.maxDepth} levels deep`, {
      maxDepth: IMPORT_LIMITS.maxDepth,
    });
  }
  const response = runArgdown(input);
  const statements = response.statements ?? {};
  const args = response.arguments ?? {};
  const relations = response.relations ?? [];
  const g = new GraphBuilder("argdown");
  const report = g.report;

  const syntaxErrors: SyntaxIssue[] = [
    ...((response.lexerErrors ?? []) as SyntaxIssue[]),
    ...((response.parserErrors ?? []) as SyntaxIssue[]),
  ];
  for (const e of syntaxErrors.slice(0, 10)) report.warn(`Argdown syntax, ${syntaxErrorLine(e)}`);
  if (Object.keys(statements).length + Object.keys(args).length > IMPORT_LIMITS.maxNodes) {
    throw new ImportError(
      "too_many",
      `the file has more than ${IMPORT_LIMITS.maxNodes.toLocaleString("en")} statements and arguments`,
    );
  }
  if (syntaxErrors.length > 0 && Object.keys(statements).length + Object.keys(args).length === 0) {
    throw new ImportError("malformed", `this is not readable Argdown: ${syntaxErrorLine(syntaxErrors[0]!)}`);
  }

  // Which statements are nodes.
  const usedInPcs = (ec: EquivalenceClass) =>
    !!(ec.isUsedAsPremise || ec.isUsedAsMainConclusion || ec.isUsedAsIntermediaryConclusion);
  const hasRelations = (x: { relations?: IRelation[] }) => (x.relations?.length ?? 0) > 0;
  const isResolution = (ec: EquivalenceClass) => (ec.tags ?? []).includes(ARGDOWN_TAGS.resolution);
  let resolution = "";
  let prose = 0;
  const ecs: EquivalenceClass[] = [];
  for (const ec of Object.values(statements)) {
    const text = cleanText(IEquivalenceClass.getCanonicalMemberText(ec) ?? "");
    if (isResolution(ec) && !resolution) resolution = text;
    if (!hasRelations(ec) && !usedInPcs(ec)) {
      if (isResolution(ec)) continue;
      if (AUTO_TITLE.test(ec.title ?? "")) {
        prose++;
        continue;
      }
    }
    ecs.push(ec);
  }
  report.skip(
    "untitled paragraphs and list items without relations",
    "prose between the arguments, not part of the map (Argdown's own map leaves them out too)",
    prose,
  );

  // Headings are groups, nested as the headings are (a ## under a # is a child group).
  const groupOf = new Map<string, string>();
  const addSections = (sections: readonly ISection[], parentKey?: string) => {
    for (const sec of sections) {
      const key = g.addGroup({ title: sec.title?.trim() || "Untitled section", kind: "heading", parentKey });
      groupOf.set(sec.id, key);
      addSections(sec.children ?? [], key);
    }
  };
  addSections(response.sections ?? []);
  const groupKeyOf = (sec: ISection | null | undefined) => (sec ? groupOf.get(sec.id) : undefined);

  // Node titles: explicit ones first (so a derived title never takes an author's), then derived.
  type Pending = {
    key: string;
    explicit: string | null;
    text: string;
    tags: string[];
    groupKey: string | undefined;
    line: number;
    fallback: () => string;
  };
  const pending: Pending[] = [];
  for (const ec of ecs) {
    const title = ec.title ?? "";
    pending.push({
      key: `s:${title}`,
      explicit: AUTO_TITLE.test(title) ? null : argdownTitle(title),
      text: cleanText(IEquivalenceClass.getCanonicalMemberText(ec) ?? ""),
      tags: [...(ec.tags ?? [])],
      groupKey: groupKeyOf(ec.section),
      line: firstLine(ec),
      fallback: () => "Untitled statement",
    });
  }
  for (const a of Object.values(args)) {
    const title = a.title ?? "";
    const conclusion = a.pcs.find((s) => s.role === StatementRole.MAIN_CONCLUSION);
    pending.push({
      key: `a:${title}`,
      explicit: AUTO_TITLE.test(title) ? null : argdownTitle(title),
      text: cleanText(IArgument.getCanonicalMemberText(a) ?? ""),
      tags: [ARGDOWN_TAGS.argument, ...(a.tags ?? []).filter((t) => t !== ARGDOWN_TAGS.argument)],
      groupKey: groupKeyOf(a.section),
      line: firstLine(a),
      fallback: () => {
        const c = conclusion ? statements[conclusion.title ?? ""] : undefined;
        const ct = c ? cleanText(IEquivalenceClass.getCanonicalMemberText(c) ?? "") : "";
        return ct ? argdownTitle(abbreviate(`Argument for: ${ct}`)) : "Untitled argument";
      },
    });
  }
  pending.sort((a, b) => a.line - b.line);
  const titles = new TitleRegistry();
  const titled = new Map<string, { title: string; body: string }>();
  for (const p of pending) if (p.explicit) titled.set(p.key, { title: titles.take(p.explicit), body: p.text });
  for (const p of pending) {
    if (p.explicit) continue;
    const split = splitClaimText(p.text);
    const base = split.title ? argdownTitle(split.title) : p.fallback();
    const title = titles.take(base);
    // A derived title that lost or changed anything keeps the whole text as body.
    titled.set(p.key, { title, body: split.body || (title === p.text ? "" : p.text) });
  }
  let cards = 0;
  for (const p of pending) {
    const { title, body } = titled.get(p.key)!;
    const fields = fieldsFromTags(p.tags);
    if (fields.card) cards++;
    const { card: _card, ...nodeFields } = fields;
    g.addNode({
      key: p.key,
      title,
      body: body === title ? "" : body,
      tags: p.tags,
      groupKey: p.groupKey,
      ...nodeFields,
    });
  }
  if (cards > 0)
    report.warn(
      `${cards} statements tagged #card were imported as claims: Argdown holds no source text to anchor a card's quote in`,
    );

  // Premise–conclusion structures.
  let rules = 0;
  let dataBlocks = 0;
  for (const a of Object.values(args)) {
    if (a.data !== undefined) dataBlocks++;
    const argKey = `a:${a.title}`;
    for (const s of a.pcs) {
      const key = `s:${s.title}`;
      if (!g.hasNode(key)) continue;
      if (s.role === StatementRole.MAIN_CONCLUSION) g.addEdge(argKey, key, "supports");
      else {
        if (s.role === StatementRole.INTERMEDIARY_CONCLUSION) {
          const node = g.node(key)!;
          const tags = (node.tags ??= []);
          if (!tags.includes("intermediary-conclusion")) tags.push("intermediary-conclusion");
        }
        g.addEdge(key, argKey, "supports");
      }
      const inference =
        "inference" in s ? (s as { inference?: { inferenceRules?: string[]; data?: unknown } }).inference : undefined;
      if (inference?.inferenceRules?.length) rules++;
      if (inference?.data !== undefined) dataBlocks++;
    }
  }
  for (const ec of Object.values(statements)) {
    if (ec.data !== undefined) dataBlocks++;
    else if (ec.members.some((m: IStatement) => m.data !== undefined)) dataBlocks++;
  }

  // Relations.
  const keyOf = (m: RelationMember | undefined): string | null => {
    if (!m) return null;
    if (m.type === ArgdownTypes.EQUIVALENCE_CLASS) return `s:${m.title}`;
    if (m.type === ArgdownTypes.ARGUMENT) return `a:${m.title}`;
    if (m.type === ArgdownTypes.INFERENCE) return m.argumentTitle ? `a:${m.argumentTitle}` : null;
    return null;
  };
  const refined = (from: string, to: string, base: Relation): Relation => {
    const source = g.node(from);
    const target = g.node(to);
    if (!source || !target) return base;
    const tags = new Set(source.tags);
    const special = base === "rebuts" ? ARGDOWN_TAGS.turn : base === "supports" ? ARGDOWN_TAGS.extends : null;
    if (!special) return base;
    const relation: Relation = base === "rebuts" ? "turns" : "extends";
    if (tags.has(special) || tags.has(`${special}: ${tagSafe(target.title)}`)) return relation;
    return base;
  };
  for (const r of relations) {
    const from = keyOf(r.from);
    const to = keyOf(r.to);
    if (!from || !to || !g.hasNode(from) || !g.hasNode(to)) {
      report.skip("relations to an element that is not in the map", "one end is missing");
      continue;
    }
    switch (r.relationType) {
      case RelationType.SUPPORT:
      case RelationType.ENTAILS:
        g.addEdge(from, to, refined(from, to, "supports"));
        break;
      case RelationType.ATTACK:
        g.addEdge(from, to, refined(from, to, "rebuts"));
        break;
      case RelationType.UNDERCUT:
        g.addEdge(from, to, "undercuts");
        break;
      case RelationType.CONTRADICTORY:
      case RelationType.CONTRARY:
        // Symmetric in Argdown: each side rebuts the other.
        g.addEdge(from, to, "rebuts");
        g.addEdge(to, from, "rebuts");
        break;
      default:
        report.skip(`Argdown relations of type ${String(r.relationType)}`, "Clash has no such relation");
    }
  }

  // What Clash does not keep.
  let links = 0;
  const countLinks = (members: { ranges?: { type: string }[] }[]) => {
    for (const m of members) links += (m.ranges ?? []).filter((x) => x.type === String(RangeType.LINK)).length;
  };
  for (const ec of ecs) countLinks(ec.members);
  for (const a of Object.values(args)) countLinks(a.members);
  report.skip("inference rules between premises and conclusion", "Clash relations carry no inference rule", rules);
  report.skip(
    "data blocks {…} on statements, arguments and inferences",
    "Clash nodes have no free-form data",
    dataBlocks,
  );
  report.skip("link addresses in texts", "the link text is kept, the address is not", links);

  const fm: Record<string, unknown> = isRecord(response.frontMatter) ? response.frontMatter : {};
  const known = new Set(["title", "subTitle", "description", "abstract", "resolution"]);
  const otherFm = Object.keys(fm).filter((k) => !known.has(k));
  if (otherFm.length > 0)
    report.skip(
      `front matter fields (${otherFm.join(", ")})`,
      "Clash keeps the title and description of a debate",
      otherFm.length,
    );

  const firstHeading = (response.sections ?? []).find((s) => s.level === 1)?.title?.trim();
  return g.build({
    title: str(fm.title) ?? firstHeading ?? "Argdown map",
    resolution: str(fm.resolution) ?? resolution,
    description: str(fm.description) ?? str(fm.subTitle) ?? str(fm.abstract) ?? "",
  });
}

// ---------- export ----------

const SHORTCODE_KEYS: ReadonlySet<string> = new Set(Object.keys(shortcodes));

/**
 * Escape text so Argdown reads it back as the same characters: tags, references, mentions,
 * bold/italic markers, data blocks, comments and shortcodes (":heart:") are all escaped. Line
 * breaks become spaces (an Argdown statement is one paragraph).
 */
export function escapeArgdownText(text: string): string {
  return escapeInline(text.replace(/\r\n?|\n/g, " ").trim());
}

/** The escaping of escapeArgdownText, on one line, without trimming. */
function escapeInline(flat: string): string {
  let out = "";
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i]!;
    if ("\\#*_[]<>{}".includes(c)) out += `\\${c}`;
    else if (c === "/" && flat[i - 1] === "/")
      out += "\\/"; // "//" would start a comment ("/*" is covered by escaping "*")
    else if ((c === "." || c === ":") && startsShortcode(flat, i)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

function startsShortcode(text: string, at: number): boolean {
  const open = text[at]!;
  for (let j = at + 2; j < text.length && j < at + 12; j++) {
    const c = text[j]!;
    if (/\s/.test(c)) return false;
    if (c === open && SHORTCODE_KEYS.has(text.slice(at, j + 1))) return true;
  }
  return false;
}

/** Argdown closes bold only before whitespace or one of these (else "**" is read as text). */
const BOLD_MAY_END_BEFORE = /[\s)}_.,!?;:\-*]/;

/** A card's quote with its highlights in Argdown bold. */
function quoteWithHighlights(e: NonNullable<NodeDto["evidence"]>): string {
  // One space per line-break character, so that highlight offsets still point at the same words.
  const quote = e.quote.replace(/[\r\n]/g, " ");
  const ranges = [...e.highlights].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const h of ranges) {
    const end = Math.min(h.end, quote.length);
    if (end <= h.start) continue;
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start: h.start, end });
  }
  let out = "";
  let at = 0;
  for (const h of merged) {
    out += escapeInline(quote.slice(at, h.start));
    const inner = quote.slice(h.start, h.end);
    const core = inner.trim();
    at = h.end;
    if (!core) {
      out += inner;
      continue;
    }
    // Spaces stay outside the markers (bold cannot start with a space).
    out += `${inner.slice(0, inner.length - inner.trimStart().length)}**${escapeInline(core)}**${inner.slice(inner.trimEnd().length)}`;
    const next = quote[at] ?? "”"; // the quote is closed by "”" after the last character
    if (!/\s$/.test(inner) && !BOLD_MAY_END_BEFORE.test(next)) out += " ";
  }
  // trimStart only: a space after a closing "**" keeps it closed before the final "”".
  return (out + escapeInline(quote.slice(at))).trimStart();
}

const RELATION_LINE: Record<Relation, string> = {
  supports: "+",
  extends: "+",
  rebuts: "-",
  turns: "-",
  undercuts: "_",
  premise: "+",
  contradicts: "><",
};

/**
 * A debate as an Argdown document: front matter with the title (and description), the
 * resolution as the top statement (#resolution), then every node as a statement `[Title]: body`
 * with its relations indented beneath it (`+` supports, `-` rebuts, `_` undercuts). Tags carry
 * what Argdown has no syntax for: #pro/#con (side), #rebuttal, #card (evidence, whose quote and
 * cite are in the text), speech (#1AC), #role-…, #response-…, and #turn/#extends on the source of
 * a turn (an attack) or an extension (a support) — `#(turn: Target)` when the node also rebuts.
 */
export function toArgdown(d: ExportableDebate): string {
  const titles = new TitleRegistry();
  const titleOf = new Map<string, string>();
  for (const n of d.nodes) {
    const base = argdownTitle(n.title) || argdownTitle(splitClaimText(n.body).title) || "Untitled claim";
    titleOf.set(n.id, titles.take(base));
  }
  const lines: string[] = [];
  lines.push("===");
  lines.push(`title: ${JSON.stringify(d.title)}`);
  if (d.description.trim()) lines.push(`description: ${JSON.stringify(d.description.trim())}`);
  lines.push("===", "");
  if (d.resolution.trim()) {
    lines.push(`[${titles.take("Resolution")}]: ${escapeArgdownText(d.resolution)} #${ARGDOWN_TAGS.resolution}`, "");
  }

  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, typeof d.edges>();
  const outgoing = new Map<string, typeof d.edges>();
  for (const e of d.edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    (incoming.get(e.target) ?? incoming.set(e.target, []).get(e.target)!).push(e);
    (outgoing.get(e.source) ?? outgoing.set(e.source, []).get(e.source)!).push(e);
  }

  for (const n of d.nodes) {
    const title = titleOf.get(n.id)!;
    const tags: string[] = [];
    if (n.side === "aff") tags.push(ARGDOWN_TAGS.pro);
    if (n.side === "neg") tags.push(ARGDOWN_TAGS.con);
    if (n.kind === "rebuttal") tags.push(ARGDOWN_TAGS.rebuttal);
    if (n.kind === "evidence") tags.push(ARGDOWN_TAGS.card);
    if (n.speech) tags.push(n.speech);
    if (n.role) tags.push(`role-${n.role}`);
    if (n.responseType) tags.push(`response-${n.responseType}`);
    const out = outgoing.get(n.id) ?? [];
    for (const [special, base, tag] of [
      ["turns", "rebuts", ARGDOWN_TAGS.turn],
      ["extends", "supports", ARGDOWN_TAGS.extends],
    ] as const) {
      const specials = out.filter((e) => e.relation === special);
      if (specials.length === 0) continue;
      if (!out.some((e) => e.relation === base)) tags.push(tag);
      else for (const e of specials) tags.push(`(${tag}: ${tagSafe(titleOf.get(e.target)!)})`);
    }

    const parts: string[] = [];
    if (n.body.trim()) parts.push(escapeArgdownText(n.body));
    if (n.evidence) {
      parts.push(`“${quoteWithHighlights(n.evidence)}”`);
      if (n.evidence.cite.trim()) parts.push(`— ${escapeArgdownText(n.evidence.cite)}`);
    }
    const tagText = tags.map((t) => `#${t}`).join(" ");
    const text = parts.join(" ");
    // A statement without text is written as a reference: `[Title]:` needs text after it.
    lines.push(
      text ? `[${title}]: ${text}${tagText ? ` ${tagText}` : ""}` : `[${title}]${tagText ? ` ${tagText}` : ""}`,
    );
    for (const e of incoming.get(n.id) ?? []) lines.push(`  ${RELATION_LINE[e.relation]} [${titleOf.get(e.source)!}]`);
    lines.push("");
  }
  return lines.join("\n");
}
