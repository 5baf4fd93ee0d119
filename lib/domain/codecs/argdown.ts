// Argdown (https://argdown.org), read with Argdown's own parser (@argdown/core) and written as
// a plain Argdown document that the same parser reads back to the same graph.
import {
  ArgdownApplication,
  ArgdownPluginError,
  ArgdownTypes,
  DataPlugin,
  ExplodeArgumentsPlugin,
  FrontMatterSettingsModes,
  IArgument,
  IEquivalenceClass,
  InterpretationModes,
  ModelPlugin,
  RangeType,
  RelationType,
  StatementRole,
  TokenNames,
  shortcodes,
  type IArgdownResponse,
  type IEquivalenceClass as EquivalenceClass,
  type IRelation,
  type ISection,
  type IStatement,
  type RelationMember,
} from "@argdown/core";
import { z } from "zod";
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
import {
  GraphBuilder,
  TitleRegistry,
  abbreviate,
  addQuoteSources,
  cleanText,
  isRecord,
  splitCardText,
  splitClaimText,
  type NodeInput,
  type QuotedCard,
} from "./common";
import { FastParserPlugin, tokenizeArgdown } from "./argdown-lexer";
import { IMPORT_CAPS } from "../import-caps";
import { guardBytes } from "./guard";
import { IMPORT_LIMITS, ImportError, type ExportableDebate, type ImportedGraph } from "./types";

/**
 * Argdown input above this size is refused by the codec itself, wherever it runs: the import's cap
 * for Argdown (lib/domain/import-caps.ts, where the figures behind it are), one number for both.
 */
export const ARGDOWN_MAX_BYTES = IMPORT_CAPS.argdown.bytes;

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
type SyntaxIssue = {
  message: string;
  token?: { startLine?: number; image?: string; tokenType?: { name?: string } };
  line?: number;
};

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
        : e.token?.tokenType?.name === "EOF"
          ? "the file ends too early: something is missing after this line (a conclusion after an inference line?)"
          : "the parser could not read this line";
  return `${line ? `line ${line}: ` : ""}${what}`;
}

/**
 * The model settings of a file's front matter (`model:` in Argdown's configuration) that change
 * what the map holds, as Argdown's own plugins read them: ModelPlugin (`mode: strict` reads `+`
 * and `-` between statements as entailment and contrariness, `removeTagsFromText`,
 * `transformArgumentRelations`) and ExplodeArgumentsPlugin (`explodeArguments`: one argument per
 * inference step). Only these are passed on, checked one by one: the rest of the front matter is
 * data and never reaches the parser's request (it could switch processes or pollute prototypes).
 */
const ModelSettings = z.object({
  mode: z.enum(InterpretationModes).optional(),
  removeTagsFromText: z.boolean().optional(),
  transformArgumentRelations: z.boolean().optional(),
  explodeArguments: z.boolean().optional(),
});
type ModelSettings = z.infer<typeof ModelSettings>;

/** Front matter fields Clash reads itself (the debate's title, description and resolution). */
const DEBATE_FIELDS: ReadonlySet<string> = new Set(["title", "subTitle", "description", "abstract", "resolution"]);

/** The model settings a front matter asks for, and the fields (and model settings) Clash does not apply. */
function frontMatterSettings(fm: Record<string, unknown>): { model: ModelSettings; ignored: string[] } {
  const ignored = Object.keys(fm).filter((k) => !DEBATE_FIELDS.has(k) && k !== "model");
  const model: ModelSettings = {};
  if (isRecord(fm.model)) {
    for (const [k, v] of Object.entries(fm.model)) {
      const one = ModelSettings.shape[k as keyof ModelSettings]?.safeParse(v);
      if (one?.success && one.data !== undefined) Object.assign(model, { [k]: one.data });
      else ignored.push(`model.${k}`);
    }
  } else if (fm.model !== undefined) ignored.push("model");
  return { model, ignored };
}

type ArgdownRun = { response: IArgdownResponse; model: ModelSettings; ignored: string[] };

/** Tokens that hold nothing of a map: layout and the front matter (the lexer drops comments). */
const LAYOUT_TOKENS: ReadonlySet<string> = new Set([
  TokenNames.FRONT_MATTER,
  TokenNames.NEWLINE,
  TokenNames.EMPTYLINE,
  TokenNames.INDENT,
  TokenNames.DEDENT,
  TokenNames.SPACES,
]);

/**
 * Whether a text holds nothing but front matter, comments and blank lines. Argdown's parser
 * fails on such a file (it wants at least one statement or heading) and blames a line that is
 * fine, or throws; a file without any statement is one without arguments, and is said to be so.
 * Only asked after a failure: it lexes the whole text again.
 */
function onlyLayout(text: string): boolean {
  try {
    return tokenizeArgdown(text).tokens.every((t) => LAYOUT_TOKENS.has(t.tokenType.name));
  } catch {
    return false;
  }
}

/** Argdown's parse of a text with its front matter's settings applied; null when the text holds no statement at all. */
function runArgdown(text: string): ArgdownRun | null {
  const app = new ArgdownApplication(SILENT_LOGGER);
  // Argdown's parser on a lexer that tries only the patterns that can match (argdown-lexer.ts).
  app.addPlugin(new FastParserPlugin(), "parse-input");
  // The front matter is read on its own first, as data, so that only the checked model settings
  // reach the model plugins (DataPlugin's own modes would merge the whole YAML into the request).
  app.addPlugin(new DataPlugin(), "read-front-matter");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  app.addPlugin(new ExplodeArgumentsPlugin(), "build-model");
  const request = {
    input: text,
    logLevel: "error",
    // Every failure surfaces here: without this ArgdownApplication swallows some errors silently.
    throwExceptions: true,
    logExceptions: false,
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
    if (onlyLayout(text)) return null;
    fail(e);
  }
  if (!response.ast) {
    if (onlyLayout(text)) return null;
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
  let settings: { model: ModelSettings; ignored: string[] } = { model: {}, ignored: [] };
  try {
    response = app.run({ ...request, process: ["read-front-matter"] }, response);
  } catch (e) {
    if (e instanceof RangeError) fail(e);
    throw new ImportError(
      "malformed",
      "the front matter (the settings between the === lines at the top) is not valid YAML: check its indentation, colons and quotes",
    );
  }
  try {
    settings = frontMatterSettings(isRecord(response.frontMatter) ? response.frontMatter : {});
    // Clash keeps tags as tags, so by default they leave the text (a file may say otherwise).
    const model = { removeTagsFromText: true, ...settings.model };
    response = app.run({ ...request, model, process: ["build-model"] }, response);
  } catch (e) {
    fail(e);
  }
  return { response, ...settings };
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

type Inference = { inferenceRules?: string[]; data?: unknown };
const inferenceOf = (s: IStatement): Inference | undefined =>
  "inference" in s ? (s as { inference?: Inference }).inference : undefined;
const rulesOf = (s: IStatement) =>
  (inferenceOf(s)?.inferenceRules ?? []).map((r) => r.replace(/\s+/g, " ").trim()).filter(Boolean);

/**
 * An argument's scheme: the main inference's rules ("Modus ponens, Transitivity"); when an
 * intermediary inference has rules of its own, every step with rules by its conclusion's number.
 */
function schemeOf(a: IArgument): string | null {
  const steps = a.pcs
    .map((s, i) => ({ n: i + 1, role: s.role, rules: rulesOf(s) }))
    .filter((s) => s.role === StatementRole.MAIN_CONCLUSION || s.role === StatementRole.INTERMEDIARY_CONCLUSION);
  const main = steps.filter((s) => s.role === StatementRole.MAIN_CONCLUSION).pop();
  const inner = steps.filter((s) => s.role === StatementRole.INTERMEDIARY_CONCLUSION && s.rules.length > 0);
  if (inner.length === 0) return main?.rules.join(", ") || null;
  return [...inner, ...(main && main.rules.length ? [main] : [])]
    .map((s) => `(${s.n}) ${s.rules.join(", ")}`)
    .join("; ");
}

/** The inverse of schemeOf: rules by PCS number ("main" for the main inference). */
export function schemeSteps(scheme: string | null | undefined): Map<number | "main", string> {
  const out = new Map<number | "main", string>();
  const t = (scheme ?? "").trim();
  if (!t) return out;
  if (!/^\(\d+\) /.test(t)) return out.set("main", t);
  for (const part of t.split(/;\s*(?=\(\d+\) )/)) {
    const m = /^\((\d+)\) (.*)$/s.exec(part.trim());
    if (m) out.set(Number(m[1]), m[2]!.trim());
  }
  return out;
}

/**
 * Read Argdown with @argdown/core, with the model settings of the file's front matter applied by
 * Argdown's own plugins (`model: {mode: strict}`, `removeTagsFromText`, `explodeArguments`…).
 * Statements `[T]: text` become claims; arguments `<T>: text` become argument nodes (body = the
 * description, scheme = the inference rule). A premise–conclusion structure keeps its order: each
 * premise is a `premise` edge into the argument, each conclusion (intermediary ones first, the
 * main one last) a `supports` edge out of it, numbered by the position in the structure. When an
 * intermediary inference has a rule of its own, the scheme lists the rules by number:
 * "(3) Modus ponens; (5) Modus tollens". Relations: support and entailment → supports, attack →
 * rebuts, undercut → undercuts (an undercut of an inference undercuts its argument), contradiction
 * (`><`) → contradicts, contrariness (`-` between statements in strict mode) → rebuts (reported). #pro/#con set
 * the side (else neutral); other #tags are kept; headings become groups; front matter gives title
 * and description. Untitled paragraphs with no relation (prose between the arguments) are left
 * out and counted.
 */
/** A statement's text as written and its bold ranges (Argdown's `stop` is the last bold character). */
function boldOf(s: IStatement | undefined): BoldText | undefined {
  if (!s?.text) return undefined;
  const ranges = (s.ranges ?? [])
    .filter((r) => String(r.type) === String(RangeType.BOLD) && r.stop >= r.start)
    .map((r) => ({ start: r.start, end: r.stop + 1 }));
  return { text: s.text, ranges };
}
type BoldText = { text: string; ranges: { start: number; end: number }[] };

/**
 * A #card statement as toArgdown writes it — `[body ]“quote”[ — cite]` — read back: its quote,
 * cite and body (splitCardText), and the bold of the quote as its highlights.
 */
function readCard(
  text: string,
  bold?: BoldText,
): { body: string; quote: string; cite: string; highlights: { start: number; end: number }[] } | null {
  const card = splitCardText(text);
  if (!card) return null;
  const { quote, quoteAt } = card;
  // Bold offsets are in the statement as written; its cleaned text may have lost leading spaces.
  const shift = bold ? bold.text.indexOf(text.slice(0, quoteAt)) : -1;
  const highlights =
    bold && shift >= 0
      ? bold.ranges
          .map((r) => ({
            start: Math.max(0, r.start - shift - quoteAt),
            end: Math.min(quote.length, r.end - shift - quoteAt),
          }))
          .filter((r) => r.end > r.start)
      : [];
  return { ...card, highlights };
}

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
  const run = runArgdown(input);
  const g = new GraphBuilder("argdown");
  // Nothing but front matter and comments: an empty map, which the import refuses as such.
  if (!run) return g.build({ title: "Argdown map", resolution: "", description: "" });
  const { response, ignored: ignoredSettings } = run;
  const statements = response.statements ?? {};
  const args = response.arguments ?? {};
  const relations = response.relations ?? [];
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
    if (onlyLayout(input)) return g.build({ title: "Argdown map", resolution: "", description: "" });
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
    argument: boolean;
    explicit: string | null;
    text: string;
    tags: string[];
    groupKey: string | undefined;
    line: number;
    fallback: () => string;
    /** the statement's text as written, and its bold ranges (a #card's highlights) */
    bold?: BoldText;
  };
  const pending: Pending[] = [];
  for (const ec of ecs) {
    const title = ec.title ?? "";
    pending.push({
      key: `s:${title}`,
      argument: false,
      explicit: AUTO_TITLE.test(title) ? null : argdownTitle(title),
      text: cleanText(IEquivalenceClass.getCanonicalMemberText(ec) ?? ""),
      tags: [...(ec.tags ?? [])],
      groupKey: groupKeyOf(ec.section),
      line: firstLine(ec),
      fallback: () => "Untitled statement",
      bold: boldOf(IEquivalenceClass.getCanonicalMember(ec)),
    });
  }
  for (const a of Object.values(args)) {
    const title = a.title ?? "";
    const conclusion = a.pcs.find((s) => s.role === StatementRole.MAIN_CONCLUSION);
    pending.push({
      key: `a:${title}`,
      argument: true,
      explicit: AUTO_TITLE.test(title) ? null : argdownTitle(title),
      text: cleanText(IArgument.getCanonicalMemberText(a) ?? ""),
      tags: [...(a.tags ?? [])],
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
  const cards: QuotedCard[] = [];
  let quoteless = 0;
  for (const p of pending) {
    const { title, body } = titled.get(p.key)!;
    const fields = fieldsFromTags(p.tags);
    const { card: isCard, ...nodeFields } = fields;
    // A statement tagged #card (as toArgdown writes a card) is a card again: its quote and cite.
    const card = isCard && !p.argument ? readCard(p.text, p.bold) : null;
    if (isCard && !p.argument && !card) quoteless++;
    const node = g.addNode({
      key: p.key,
      title,
      body: card ? card.body : body === title ? "" : body,
      tags: p.tags,
      groupKey: p.groupKey,
      ...nodeFields,
      ...(card ? { kind: "evidence" as const } : {}),
      ...(p.argument ? { kind: "argument" as const, scheme: schemeOf(args[p.key.slice(2)]!) } : {}),
    });
    if (card) cards.push({ node, quote: card.quote, cite: card.cite, markup: { highlights: card.highlights } });
  }
  addQuoteSources(g, cards);
  if (cards.length > 0)
    report.warn(
      `${cards.length} statements tagged #card were imported as cards (quote, cite and highlights): Argdown holds no source, so each cite became a source holding its cards' quotes`,
    );
  if (quoteless > 0) report.warn(`${quoteless} statements tagged #card have no “quote” and were imported as claims`);

  // Premise–conclusion structures: numbered premises in, numbered conclusions out.
  let dataBlocks = 0;
  const usedTwice: string[] = [];
  for (const a of Object.values(args)) {
    if (a.data !== undefined) dataBlocks++;
    const argKey = `a:${a.title}`;
    const numberOf = new Map<string, number>();
    a.pcs.forEach((s, i) => {
      const key = `s:${s.title}`;
      if (inferenceOf(s)?.data !== undefined) dataBlocks++;
      if (!g.hasNode(key)) return;
      // Argdown lets one statement stand twice in a structure (a premise repeated by number);
      // Clash links it once, at its first number, and says which.
      const first = numberOf.get(key);
      if (first !== undefined) {
        usedTwice.push(`“${g.node(key)!.title}” in <${g.node(argKey)?.title ?? a.title}> (${first} and ${i + 1})`);
        return;
      }
      numberOf.set(key, i + 1);
      if (s.role === StatementRole.MAIN_CONCLUSION || s.role === StatementRole.INTERMEDIARY_CONCLUSION)
        g.addEdge(argKey, key, "supports", i + 1);
      else g.addEdge(key, argKey, "premise", i + 1);
    });
  }
  if (usedTwice.length > 0)
    report.skip(
      `statements used twice in one premise–conclusion structure: ${usedTwice.slice(0, 3).join("; ")}${usedTwice.length > 3 ? "; …" : ""}`,
      "Clash links a statement to an argument once: it keeps the first number",
      usedTwice.length,
    );
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
  let contrary = 0;
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
        // Symmetric in Argdown; one edge in Clash, written back as `><` from the same side.
        g.addEdge(from, to, "contradicts");
        break;
      case RelationType.CONTRARY:
        // Argdown's strict mode reads `-` between statements as contrariness: the two cannot both
        // be true, but (unlike `><`) both may be false. It is the attack the author wrote, so it is
        // a rebuttal in Clash and goes back as `-`; only `><` is a contradiction.
        if (g.addEdge(from, to, refined(from, to, "rebuts"))) contrary++;
        break;
      default:
        report.skip(`Argdown relations of type ${String(r.relationType)}`, "Clash has no such relation");
    }
  }

  if (contrary > 0)
    report.warn(
      `${contrary} contrary ${contrary === 1 ? "relation" : "relations"} (\`-\` between statements in strict mode) imported as ${contrary === 1 ? "a rebuttal" : "rebuttals"}: Clash's contradiction is Argdown's \`><\`, which also rules out that both are false`,
    );

  // Argdown gives a statement or argument defined again with other words all its texts, and
  // shows the last (canonical) one; Clash keeps that one, and counts the others.
  let otherTexts = 0;
  const countOtherTexts = (members: readonly { isReference?: boolean; text?: string }[], canonical: string) => {
    const texts = new Set(members.filter((m) => !m.isReference && m.text?.trim()).map((m) => cleanText(m.text!)));
    texts.delete(canonical);
    otherTexts += texts.size;
  };
  for (const ec of ecs) countOtherTexts(ec.members, cleanText(IEquivalenceClass.getCanonicalMemberText(ec) ?? ""));
  for (const a of Object.values(args)) countOtherTexts(a.members, cleanText(IArgument.getCanonicalMemberText(a) ?? ""));
  report.skip(
    "other texts of statements and arguments defined more than once",
    "Argdown shows the last text given (its canonical one); Clash keeps that one",
    otherTexts,
  );

  // What Clash does not keep.
  let links = 0;
  const countLinks = (members: { ranges?: { type: string }[] }[]) => {
    for (const m of members) links += (m.ranges ?? []).filter((x) => x.type === String(RangeType.LINK)).length;
  };
  for (const ec of ecs) countLinks(ec.members);
  for (const a of Object.values(args)) countLinks(a.members);
  report.skip(
    "data blocks {…} on statements, arguments and inferences",
    "Clash nodes have no free-form data",
    dataBlocks,
  );
  report.skip("link addresses in texts", "the link text is kept, the address is not", links);

  const fm: Record<string, unknown> = isRecord(response.frontMatter) ? response.frontMatter : {};
  if (ignoredSettings.length > 0)
    report.skip(
      `front matter fields (${ignoredSettings.join(", ")})`,
      "Clash keeps the title and description of a debate and applies Argdown's model settings (mode, removeTagsFromText, transformArgumentRelations, explodeArguments); map, color and export settings do not apply",
      ignoredSettings.length,
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

/** A highlight of the card ends where quoteWithHighlights must write a space for Argdown to close the bold. */
function boldEndsInWord(e: NonNullable<NodeDto["evidence"]>): boolean {
  const quote = e.quote.replace(/[\r\n]/g, " ");
  return e.highlights.some((h) => {
    const next = quote[h.end];
    const starts = e.highlights.some((o) => o.start <= h.end && o.end > h.end);
    return next !== undefined && !starts && !/\s/.test(quote[h.end - 1] ?? " ") && !BOLD_MAY_END_BEFORE.test(next);
  });
}

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
  // Written only for premises of an argument without a conclusion to put under a PCS (reported).
  premise: "+",
  contradicts: "><",
};

/** A tag as Argdown reads it back: `#word`, or `#(several words)` (which ends at the first ")"). */
function argdownTag(tag: string): string | null {
  const t = tag.replace(/[()]/g, "").replace(/\s+/g, " ").trim();
  if (!t) return null;
  return /^[a-zA-Z0-9\-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/.test(t) ? `#${t}` : `#(${t})`;
}

/** An inference rule as it may stand between `--` and `--` (one line, no run of dashes). */
const ruleText = (rule: string) => rule.replace(/\s+/g, " ").replace(/-{2,}/g, "–").trim();

type Edge = ExportableDebate["edges"][number];
type Pcs = { items: { id: string; conclusion: boolean; edge: Edge }[] };

/**
 * The premise–conclusion structure of an argument node: its premises and its numbered
 * conclusions in order, the main conclusion last. Unnumbered premises follow the numbered ones; an
 * argument with premises but no numbered conclusion takes its one outgoing support as conclusion.
 * Null when there is no structure to write (no premises, or no conclusion to end it with).
 */
function pcsOf(n: NodeDto, incoming: readonly Edge[], outgoing: readonly Edge[]): Pcs | null {
  if (n.kind !== "argument") return null;
  const order = (e: Edge) => e.position ?? Number.MAX_SAFE_INTEGER;
  const premises = incoming.filter((e) => e.relation === "premise");
  let conclusions = outgoing.filter((e) => e.relation === "supports" && e.position != null);
  if (conclusions.length === 0) {
    const supports = outgoing.filter((e) => e.relation === "supports");
    if (premises.length === 0 || supports.length !== 1) return null;
    conclusions = supports;
  }
  if (premises.length === 0) return null;
  const sorted = [...conclusions].sort((a, b) => order(a) - order(b));
  const main = sorted.pop()!;
  const items = [
    ...premises.map((edge) => ({ id: edge.source, conclusion: false, edge })),
    ...sorted.map((edge) => ({ id: edge.target, conclusion: true, edge })),
  ].sort((a, b) => order(a.edge) - order(b.edge));
  items.push({ id: main.target, conclusion: true, edge: main });
  return { items };
}

/**
 * A debate as an Argdown document: front matter with the title (and description), the
 * resolution as the top statement (#resolution), then the nodes under their groups' headings:
 * statements `[Title]: text`, arguments `<Title>: description` followed by their premise–conclusion
 * structure (numbered premises, `-- rule --` lines with the scheme, intermediary and main
 * conclusions) and relations indented beneath their target (`+` supports, `-` rebuts, `_`
 * undercuts; `><` contradicts, beneath its source). Tags carry the node's own #tags and what
 * Argdown has no syntax for: #pro/#con (side), #rebuttal, #card (evidence, whose quote with its
 * highlights in bold and cite are in the text), speech (#1AC), #role-…, #response-…, and
 * #turn/#extends on the source of a turn (an attack) or an extension (a support) — `#(turn:
 * Target)` when the node also rebuts. A closing comment lists what Argdown could not hold.
 */
export function toArgdown(d: ExportableDebate): string {
  const titles = new TitleRegistry();
  const titleOf = new Map<string, string>();
  for (const n of d.nodes) {
    const fallback = n.kind === "argument" ? "Untitled argument" : "Untitled claim";
    const base = argdownTitle(n.title) || argdownTitle(splitClaimText(n.body).title) || fallback;
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
  const ref = (id: string) => (byId.get(id)!.kind === "argument" ? `<${titleOf.get(id)!}>` : `[${titleOf.get(id)!}]`);
  const incoming = new Map<string, Edge[]>();
  const outgoing = new Map<string, Edge[]>();
  for (const e of d.edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    (incoming.get(e.target) ?? incoming.set(e.target, []).get(e.target)!).push(e);
    (outgoing.get(e.source) ?? outgoing.set(e.source, []).get(e.source)!).push(e);
  }
  const pcs = new Map<string, Pcs>();
  const inPcs = new Set<Edge>();
  for (const n of d.nodes) {
    const p = pcsOf(n, incoming.get(n.id) ?? [], outgoing.get(n.id) ?? []);
    if (!p) continue;
    pcs.set(n.id, p);
    for (const it of p.items) inPcs.add(it.edge);
  }
  const lost = { loosePremises: 0, argumentContradictions: 0 };

  // Nodes outside any group first, then each group under its heading (nested groups one level deeper).
  const groups = d.groups ?? [];
  const groupIds = new Set(groups.map((g) => g.id));
  const groupOf = (n: NodeDto) => (n.groupId && groupIds.has(n.groupId) ? n.groupId : null);
  const members = new Map<string | null, NodeDto[]>();
  for (const n of d.nodes) (members.get(groupOf(n)) ?? members.set(groupOf(n), []).get(groupOf(n))!).push(n);
  const children = new Map<string | null, typeof groups>();
  for (const g of groups) {
    const k = g.parentId && groupIds.has(g.parentId) ? g.parentId : null;
    (children.get(k) ?? children.set(k, []).get(k)!).push(g);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  const ordered: NodeDto[] = [...(members.get(null) ?? [])];
  const collect = (parent: string | null) => {
    for (const g of children.get(parent) ?? []) {
      ordered.push(...(members.get(g.id) ?? []));
      collect(g.id);
    }
  };
  collect(null);
  // A statement is defined inside the first structure of its group that uses it, as Argdown
  // files are written; elsewhere it is referred to by title.
  const home = new Map<string, string>();
  for (const a of ordered) {
    for (const it of pcs.get(a.id)?.items ?? []) {
      const s = byId.get(it.id)!;
      if (s.kind !== "argument" && !home.has(s.id) && groupOf(s) === groupOf(a)) home.set(s.id, a.id);
    }
  }

  const writeNode = (n: NodeDto, pcsNumber?: number) => {
    const lead = pcsNumber === undefined ? "" : `(${pcsNumber}) `;
    const indent = pcsNumber === undefined ? "  " : "    ";
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
    const tagText = [...tags.map((t) => `#${t}`), ...(n.tags ?? []).map(argdownTag)]
      .filter((t, i, all): t is string => !!t && all.indexOf(t) === i)
      .join(" ");

    const parts: string[] = [];
    if (n.body.trim()) parts.push(escapeArgdownText(n.body));
    if (n.evidence) {
      parts.push(`“${quoteWithHighlights(n.evidence)}”`);
      if (n.evidence.cite.trim()) parts.push(`— ${escapeArgdownText(n.evidence.cite)}`);
    }
    // A node in a group is defined, not only referred to: a definition puts it under its heading
    // (Argdown gives a statement the section of its first definition), so one without text repeats its title.
    const text = parts.join(" ") || (groupOf(n) ? escapeArgdownText(title) : "");
    const head = n.kind === "argument" ? `<${title}>` : `[${title}]`;
    // Without text the node is written as a reference: `[Title]:` needs text after it.
    lines.push(
      lead + (text ? `${head}: ${text}${tagText ? ` ${tagText}` : ""}` : `${head}${tagText ? ` ${tagText}` : ""}`),
    );
    for (const e of incoming.get(n.id) ?? []) {
      if (inPcs.has(e) || e.relation === "contradicts") continue;
      if (e.relation === "premise") lost.loosePremises++;
      lines.push(`${indent}${RELATION_LINE[e.relation]} ${ref(e.source)}`);
    }
    // A contradiction is written beneath its source, so that Argdown reads it in the same direction.
    for (const e of out) {
      if (e.relation !== "contradicts") continue;
      if (n.kind === "argument" || byId.get(e.target)!.kind === "argument") {
        // Argdown's contradictions hold between statements only: an argument's is written as an attack.
        lost.argumentContradictions++;
        continue;
      }
      lines.push(`${indent}>< ${ref(e.target)}`);
    }
    for (const e of incoming.get(n.id) ?? []) {
      if (e.relation === "contradicts" && (n.kind === "argument" || byId.get(e.source)!.kind === "argument"))
        lines.push(`${indent}- ${ref(e.source)}`);
    }
    if (pcsNumber !== undefined) return;
    lines.push("");
    const structure = pcs.get(n.id);
    if (structure) {
      const rules = schemeSteps(n.scheme);
      structure.items.forEach((it, i) => {
        const last = i === structure.items.length - 1;
        if (it.conclusion) {
          const rule = rules.get(last ? "main" : i + 1) ?? (last ? rules.get(i + 1) : undefined);
          lines.push(rule ? `-- ${ruleText(rule)} --` : "----");
        }
        if (home.get(it.id) === n.id) {
          home.delete(it.id); // written once, even if the structure uses it twice
          writeNode(byId.get(it.id)!, i + 1);
        } else lines.push(`(${i + 1}) ${ref(it.id)}`);
      });
      lines.push("");
    }
  };

  const homed = new Set(home.keys());
  const writeTop = (n: NodeDto) => {
    if (!homed.has(n.id)) writeNode(n);
  };
  for (const n of members.get(null) ?? []) writeTop(n);
  const visit = (parent: string | null, depth: number) => {
    for (const g of children.get(parent) ?? []) {
      lines.push(`${"#".repeat(Math.min(depth, 6))} ${escapeArgdownText(g.title) || "Untitled section"}`, "");
      for (const n of members.get(g.id) ?? []) writeTop(n);
      visit(g.id, depth + 1);
    }
  };
  visit(null, 1);

  const notes = exportNotes(d, lost);
  if (notes.length > 0) {
    lines.push("<!--", "Exported from Clash. What Argdown could not hold:");
    for (const note of notes) lines.push(`- ${note.replace(/-->/g, "–>")}`);
    lines.push("-->", "");
  }
  return lines.join("\n");
}

/** What an Argdown export leaves out or carries only as tags, said in the file (never silently). */
function exportNotes(d: ExportableDebate, lost: { loosePremises: number; argumentContradictions: number }): string[] {
  const notes: string[] = [];
  const count = (k: number, one: string, many = `${one}s`) => `${k.toLocaleString("en")} ${k === 1 ? one : many}`;
  if (d.nodes.length > 0) notes.push("positions on the map (Argdown lays out its own map)");
  const cards = d.nodes.filter((n) => n.evidence);
  if (cards.length > 0)
    notes.push(
      `${count(cards.length, "card")}: written as statements tagged #card with the quote (highlights in bold) and the cite; the anchor of each quote in its source is not kept`,
    );
  if (d.sources.length > 0) notes.push(`${count(d.sources.length, "source")} with their full text`);
  const layers = cards.filter(
    (n) =>
      n.evidence!.underline?.length ||
      n.evidence!.emphasis?.length ||
      n.evidence!.highlights2?.length ||
      n.evidence!.insertions?.length,
  ).length;
  if (layers > 0)
    notes.push(
      `underline, emphasis, second highlight and insertions of ${count(layers, "card")} (highlights are kept, as bold)`,
    );
  const spaced = cards.filter((n) => boldEndsInWord(n.evidence!)).length;
  if (spaced > 0)
    notes.push(
      `the quote text of ${count(spaced, "card")} whose highlights end inside a word: a space is written after the bold (Argdown ends bold only before a space or punctuation)`,
    );
  const citeParts = cards.filter((n) => n.evidence!.citeFields && Object.values(n.evidence!.citeFields).some(Boolean));
  if (citeParts.length > 0)
    notes.push(
      `the cite parts (author, date, qualifications…) of ${count(citeParts.length, "card")}: the cite is kept as text`,
    );
  const fieldTags = d.nodes.filter((n) => n.speech || n.role || n.responseType).length;
  if (fieldTags > 0)
    notes.push(
      `speeches, roles and response types of ${count(fieldTags, "argument")}: kept only as tags (#1AC, #role-…, #response-…)`,
    );
  const otherGroups = (d.groups ?? []).filter((g) => g.kind !== "heading").length;
  if (otherGroups > 0)
    notes.push(`${count(otherGroups, "pocket, hat or block", "pockets, hats and blocks")}: written as headings`);
  if (lost.loosePremises > 0)
    notes.push(
      `${count(lost.loosePremises, "premise")} of arguments without a supported conclusion: written as supports`,
    );
  if (lost.argumentContradictions > 0)
    notes.push(`${count(lost.argumentContradictions, "contradiction")} involving an argument: written as attacks`);
  return notes;
}
