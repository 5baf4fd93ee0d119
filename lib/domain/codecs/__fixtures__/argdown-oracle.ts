// Argdown's own view of a file (independent of parseArgdown), for the codec's tests: what Argdown's
// JSON export and model say, the graph Clash should build from them, and a round trip compared by
// that structure. Shared by the corpus tests and the held-out tests.
import {
  ArgdownApplication,
  ArgdownTypes,
  DataPlugin,
  IEquivalenceClass,
  ExplodeArgumentsPlugin,
  JSONExportPlugin,
  ModelPlugin,
  ParserPlugin,
  type IArgdownResponse,
  type RelationMember,
} from "@argdown/core";
import { toExportable } from "./helpers";
import { parseArgdown, toArgdown } from "../argdown";
import type { ExportableDebate, ImportedGraph } from "../types";
import { userTags } from "../user-tags";

export type JsonRelation = { relationType: string; from?: string; fromType?: string; to?: string; toType?: string };
export type JsonStatement = {
  title: string;
  tags?: string[];
  relations?: unknown[];
  data?: unknown;
  members: { role?: string; data?: unknown }[];
  isUsedAsPremise?: boolean;
  isUsedAsMainConclusion?: boolean;
  isUsedAsIntermediaryConclusion?: boolean;
};
export type JsonArgument = {
  title: string;
  tags?: string[];
  data?: unknown;
  pcs: { title: string; role: string; inference?: { inferenceRules?: string[]; data?: unknown } }[];
};
export type ArgdownJson = {
  statements: Record<string, JsonStatement>;
  arguments: Record<string, JsonArgument>;
  relations: JsonRelation[];
};

/**
 * What Argdown's own JSON export says about a file (independent of parseArgdown), with the front
 * matter applied the way Argdown's CLI applies it (DataPlugin's default: front matter first).
 */
export function argdownJson(text: string): ArgdownJson {
  const app = new ArgdownApplication({ log: () => {}, setLevel: () => {} });
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  app.addPlugin(new ExplodeArgumentsPlugin(), "build-model");
  app.addPlugin(new JSONExportPlugin(), "export-json");
  const response = app.run({
    input: text,
    process: ["parse-input", "build-model", "export-json"],
    model: { removeTagsFromText: true },
    json: { exportMap: false },
  });
  return JSON.parse(response.json!) as ArgdownJson;
}

const untitled = (t: string) => /^Untitled \d+$/.test(t);
const inPcs = (s: JsonStatement) =>
  !!(s.isUsedAsPremise || s.isUsedAsMainConclusion || s.isUsedAsIntermediaryConclusion);
export const isProse = (s: JsonStatement) => untitled(s.title) && (s.relations ?? []).length === 0 && !inPcs(s);
const keyOf = (title: string | undefined, type: string | undefined) =>
  type === "equivalence-class" ? `s:${title}` : `a:${title}`;

/** Expected nodes and edges (pair → possible relations) from Argdown's JSON. */
export function expectedFromJson(j: ArgdownJson) {
  const nodes = new Set<string>();
  for (const s of Object.values(j.statements)) if (!isProse(s)) nodes.add(`s:${s.title}`);
  for (const a of Object.values(j.arguments)) nodes.add(`a:${a.title}`);
  const pairs = new Map<string, Set<string>>();
  const add = (from: string, to: string, relation: string) => {
    if (from === to) return;
    const k = `${from} -> ${to}`;
    (pairs.get(k) ?? pairs.set(k, new Set()).get(k)!).add(relation);
  };
  const positions = new Map<string, number>();
  // A statement standing twice in one structure is linked once, at its first number (reported).
  const number = (pair: string, n: number) => {
    if (!positions.has(pair)) positions.set(pair, n);
  };
  for (const a of Object.values(j.arguments)) {
    a.pcs.forEach((p, i) => {
      if (p.role === "main-conclusion" || p.role === "intermediary-conclusion") {
        add(`a:${a.title}`, `s:${p.title}`, "supports");
        number(`a:${a.title} -> s:${p.title}`, i + 1);
      } else {
        add(`s:${p.title}`, `a:${a.title}`, "premise");
        number(`s:${p.title} -> a:${a.title}`, i + 1);
      }
    });
  }
  for (const r of j.relations) {
    const from = keyOf(r.from, r.fromType);
    const to = keyOf(r.to, r.toType);
    if (r.relationType === "support" || r.relationType === "entails") add(from, to, "supports");
    else if (r.relationType === "attack") add(from, to, "rebuts");
    else if (r.relationType === "undercut") add(from, to, "undercuts");
    else if (r.relationType === "contrary") add(from, to, "rebuts");
    else if (r.relationType === "contradictory") add(from, to, "contradicts");
    else throw new Error(`unexpected relation type ${r.relationType}`);
  }
  const rules = new Map<string, string[]>();
  let data = 0;
  for (const a of Object.values(j.arguments)) {
    if (a.data !== undefined) data++;
    const steps: string[] = [];
    for (const p of a.pcs) {
      if (p.inference?.inferenceRules?.length) steps.push(p.inference.inferenceRules.join(", "));
      if (p.inference?.data !== undefined) data++;
    }
    rules.set(`a:${a.title}`, steps);
  }
  for (const s of Object.values(j.statements))
    if (s.data !== undefined || s.members.some((m) => m.data !== undefined)) data++;
  const prose = Object.values(j.statements).filter(isProse).length;
  return { nodes, pairs, positions, rules, data, prose };
}


// ---------- structure through a round trip ----------

/** What the server stores from an imported graph: toExportable plus groups and the user's tags. */
export function stored(g: ImportedGraph): ExportableDebate {
  const d = toExportable(g);
  const groupId = new Map(g.groups.map((x, i) => [x.key, `grp${i + 1}`]));
  const order = new Map<string, number>();
  return {
    ...d,
    groups: g.groups.map((x) => {
      const parent = x.parentKey ?? "";
      order.set(parent, (order.get(parent) ?? -1) + 1);
      return {
        id: groupId.get(x.key)!,
        parentId: x.parentKey ? groupId.get(x.parentKey)! : null,
        kind: x.kind,
        title: x.title,
        order: order.get(parent)!,
      };
    }),
    nodes: d.nodes.map((n, i) => ({
      ...n,
      tags: userTags(g.nodes[i]!),
      groupId: g.nodes[i]!.groupKey ? groupId.get(g.nodes[i]!.groupKey)! : null,
    })),
  };
}

/** Argdown's own model of a file, front matter applied as Argdown's CLI applies it. */
export function argdownModel(text: string): IArgdownResponse {
  const app = new ArgdownApplication({ log: () => {}, setLevel: () => {} });
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  app.addPlugin(new ExplodeArgumentsPlugin(), "build-model");
  return app.run({ input: text, process: ["parse-input", "build-model"], model: { removeTagsFromText: true } });
}

// Strict mode's entailment and contrariness are written back as `+` and `-`: support and attack.
export const RELATION_NAME: Record<string, string> = { entails: "support", contrary: "attack" };
// Tags that Clash turns into fields and writes back from them (a #rebuttal argument is an argument).
const FIELD_TAG = new Set(["rebuttal", "argument"]);

/**
 * The structure Argdown itself sees in a file, by name (`name` maps Argdown's titles to Clash's):
 * statements with their text, tags and heading; arguments with their tags, heading and
 * premise–conclusion structure (each statement's role and each inference's rules); relations.
 */
export function structure(r: IArgdownResponse, name: (kind: "s" | "a", title: string) => string) {
  const tags = (t: string[] | undefined) => [...new Set((t ?? []).filter((x) => !FIELD_TAG.has(x)))].sort();
  const statements = Object.values(r.statements ?? {})
    .filter(
      (ec) =>
        !/^Untitled \d+$/.test(ec.title ?? "") ||
        (ec.relations ?? []).length > 0 ||
        !!(ec.isUsedAsPremise || ec.isUsedAsMainConclusion || ec.isUsedAsIntermediaryConclusion),
    )
    .map((ec) => {
      const n = name("s", ec.title!);
      const text = (IEquivalenceClass.getCanonicalMemberText(ec) ?? "").replace(/\s+/g, " ").trim();
      return `${n} | ${text || n} | ${tags(ec.tags).join(" ")} | ${ec.section?.title ?? ""}`;
    })
    .sort();
  const args = Object.values(r.arguments ?? {})
    .map((a) => {
      // A statement standing twice in one structure comes back once (Clash links it once, reported).
      const once = a.pcs.filter((s, i) => a.pcs.findIndex((x) => x.title === s.title) === i);
      const pcs = once.map((s) => {
        // Only a conclusion's inference has rules: ExplodeArgumentsPlugin leaves an intermediary
        // conclusion's inference on it when it becomes the next argument's premise.
        const rules = s.role.endsWith("conclusion")
          ? ((s as { inference?: { inferenceRules?: string[] } }).inference?.inferenceRules ?? [])
          : [];
        return `${s.role}:${name("s", s.title!)}${rules.length ? ` [${rules.join(", ")}]` : ""}`;
      });
      return `${name("a", a.title!)} | ${tags(a.tags).join(" ")} | ${a.section?.title ?? ""} | ${pcs.join(" ; ")}`;
    })
    .sort();
  const end = (m: RelationMember) =>
    m.type === ArgdownTypes.ARGUMENT
      ? `<${name("a", m.title!)}>`
      : m.type === ArgdownTypes.INFERENCE
        ? `inference of <${name("a", m.argumentTitle!)}>`
        : `[${name("s", m.title!)}]`;
  const relations = (r.relations ?? [])
    .map((x) => `${end(x.from!)} ${RELATION_NAME[x.relationType] ?? x.relationType} ${end(x.to!)}`)
    // An undercut of an argument is an undercut of its inference (Argdown moves most of them
    // there itself; ExplodeArgumentsPlugin leaves some on the argument).
    .map((line) => line.replace(/ undercut </, " undercut inference of <"))
    .sort();
  return { statements, arguments: args, relations };
}

/** Argdown → Clash → Argdown, compared by what Argdown's own model says about both files. */
export function roundTrip(text: string) {
  const g = parseArgdown(text);
  const out = toArgdown(stored(g));
  const title = new Map(g.nodes.map((n) => [n.key, n.title]));
  const before = structure(argdownModel(text), (k, t) => title.get(`${k}:${t}`) ?? `?${t}`);
  const after = structure(argdownModel(out), (_k, t) => t);
  return { g, out, before, after };
}
