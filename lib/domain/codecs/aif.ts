// AIF JSON as AIFdb and OVA write it: `nodes[{nodeID,text,type,timestamp,scheme?}]` and
// `edges[{edgeID,fromID,toID}]`, either bare (an AIFdb nodeset) or wrapped by OVA as
// `{AIF: {...}, OVA: {nodes: [{nodeID, x, y, visible}], edges}, text: {txt}}` with layout.
import { z } from "zod";
import { Position, type NodeDto } from "../schemas";
import { ATTACK_RELATIONS, type Relation } from "../vocabulary-schemas";
import { GraphBuilder, assertCount, describeZodIssues, isRecord, joinClaimText, splitClaimText } from "./common";
import { IMPORT_LIMITS, ImportError, type ExportableDebate, type ImportedGraph } from "./types";

/** Scheme names Clash writes on RA/CA nodes so that relations AIF has no word for come back. */
export const CLASH_SCHEMES = {
  extends: "Clash: extends",
  undercuts: "Clash: undercuts",
  turns: "Clash: turns",
} as const satisfies Partial<Record<Relation, string>>;

const SUPPORT_TEXT = "Default Inference";
const CONFLICT_TEXT = "Default Conflict";

// ---------- the schema (applied after the JSON guard) ----------

const AifId = z.union([z.string().trim().min(1).max(200), z.number().finite()]).transform((v) => String(v));
const AifText = z
  .union([z.string().max(200_000), z.null()])
  .optional()
  .transform((v) => v ?? "");
const AifNode = z.object({
  nodeID: AifId,
  text: AifText,
  type: z.string().trim().min(1).max(20),
  scheme: z.union([z.string().max(500), z.number(), z.null()]).optional(),
});
const AifEdge = z.object({
  edgeID: z.union([z.string(), z.number(), z.null()]).optional(),
  fromID: AifId,
  toID: AifId,
});
const AifGraph = z.object({ nodes: z.array(AifNode), edges: z.array(AifEdge).default([]) });
const OvaLayout = z.object({
  nodes: z.array(z.object({ nodeID: AifId, x: z.number().finite(), y: z.number().finite() }).loose()).default([]),
});
const ClashMeta = z.object({
  title: z.string().max(200),
  resolution: z.string().max(1_000),
  description: z.string().max(5_000),
});

export type AifNodeJson = { nodeID: string; text: string; type: string; timestamp: string; scheme?: string };
export type AifEdgeJson = { edgeID: string; fromID: string; toID: string; formEdgeID: null };
export type AifJson = {
  AIF: {
    nodes: AifNodeJson[];
    edges: AifEdgeJson[];
    schemefulfillments: unknown[];
    locutions: unknown[];
    participants: unknown[];
  };
  OVA: {
    firstname: string;
    surname: string;
    url: string;
    nodes: { nodeID: string; visible: boolean; x: number; y: number; timestamp: string }[];
    edges: { fromID: string; toID: string; visible: boolean }[];
  };
  text: { txt: string };
  /** Clash's own metadata (AIF tools ignore keys they do not know). */
  clashDebate: { title: string; resolution: string; description: string };
};

const DIALOGUE: Record<string, string> = {
  L: "locutions (AIF L nodes)",
  YA: "illocutionary connections (AIF YA nodes)",
  TA: "dialogue transitions (AIF TA nodes)",
};

/**
 * Read AIF JSON (already through `parseJsonGuarded`). I-nodes become claims; an RA node makes
 * each of its premises support each of its conclusions; a CA node makes its attacker rebut what
 * it attacks (a CA aimed at an RA node undercuts that inference's premises). MA (rephrase), PA,
 * and the dialogue layer (L, YA, TA) have no Clash counterpart: they are counted in the report.
 * An edge to a node the file lacks is reported and left out.
 */
export function parseAif(json: unknown): ImportedGraph {
  const wrapped = isRecord(json) && isRecord(json.AIF);
  const aifRaw = wrapped ? json.AIF : json;
  if (!isRecord(aifRaw) || !Array.isArray(aifRaw.nodes)) {
    throw new ImportError(
      "malformed",
      'this is not AIF JSON: expected an object with a "nodes" list (or an OVA file with "AIF")',
    );
  }
  assertCount(aifRaw.nodes, "AIF nodes", IMPORT_LIMITS.maxNodes * 4);
  assertCount(aifRaw.edges, "AIF edges", IMPORT_LIMITS.maxNodes * 8);
  const parsed = AifGraph.safeParse(aifRaw);
  if (!parsed.success)
    throw new ImportError("malformed", `the AIF JSON is not valid: ${describeZodIssues(parsed.error.issues)}`);
  const aif = parsed.data;

  const positions = new Map<string, NodeDto["position"]>();
  if (wrapped && isRecord(json) && isRecord(json.OVA)) {
    const ova = OvaLayout.safeParse(json.OVA);
    if (ova.success) {
      for (const n of ova.data.nodes) {
        const p = Position.safeParse({ x: n.x, y: n.y });
        if (p.success) positions.set(n.nodeID, p.data);
      }
    }
  }
  const metaParsed = isRecord(json) ? ClashMeta.safeParse(json.clashDebate) : null;
  const meta = metaParsed?.success ? metaParsed.data : null;

  const g = new GraphBuilder("aif");
  const byId = new Map<string, z.infer<typeof AifNode>>();
  for (const n of aif.nodes) {
    if (byId.has(n.nodeID)) {
      g.report.skip("repeated nodeIDs", "a second node with the same nodeID was ignored");
      continue;
    }
    byId.set(n.nodeID, n);
  }

  const ins = new Map<string, string[]>();
  const outs = new Map<string, string[]>();
  const missing: string[] = [];
  for (const e of aif.edges) {
    if (!byId.has(e.fromID) || !byId.has(e.toID)) {
      missing.push(`${e.fromID} → ${e.toID}`);
      continue;
    }
    (outs.get(e.fromID) ?? outs.set(e.fromID, []).get(e.fromID)!).push(e.toID);
    (ins.get(e.toID) ?? ins.set(e.toID, []).get(e.toID)!).push(e.fromID);
  }
  if (missing.length > 0) {
    const examples = missing.slice(0, 3).join(", ") + (missing.length > 3 ? ", …" : "");
    g.report.skip(
      "AIF edges to a node that is not in the file",
      `no node has that nodeID (${examples})`,
      missing.length,
    );
  }

  const typeOf = (id: string) => byId.get(id)?.type.toUpperCase() ?? "";
  const isI = (id: string) => typeOf(id) === "I";
  const schemeOf = (n: z.infer<typeof AifNode>) => (typeof n.scheme === "string" ? n.scheme.trim() : "");

  // 1. Propositions.
  let emptyTexts = 0;
  for (const n of byId.values()) {
    if (n.type.toUpperCase() !== "I") continue;
    const { title, body } = splitClaimText(n.text);
    if (!title) emptyTexts++;
    g.addNode({
      key: n.nodeID,
      title: title || "(empty proposition)",
      body,
      position: positions.get(n.nodeID) ?? null,
      tags: [`aif:${n.nodeID}`],
    });
  }
  if (emptyTexts > 0) g.report.warn(`${emptyTexts} propositions (I nodes) had no text`);

  // 2. Inferences and conflicts; everything else is counted.
  const schemes = new Map<string, number>();
  const uncounted = new Map<string, number>();
  for (const n of byId.values()) {
    const type = n.type.toUpperCase();
    const from = (ins.get(n.nodeID) ?? []).filter(isI);
    const to = outs.get(n.nodeID) ?? [];
    if (type === "I") continue;
    if (type === "RA") {
      const scheme = schemeOf(n);
      const relation: Relation =
        scheme === CLASH_SCHEMES.extends || n.text.trim() === CLASH_SCHEMES.extends ? "extends" : "supports";
      if (scheme && scheme !== SUPPORT_TEXT && !Object.values(CLASH_SCHEMES).includes(scheme as never))
        schemes.set(scheme, (schemes.get(scheme) ?? 0) + 1);
      const conclusions = to.filter(isI);
      if (to.some((t) => !isI(t) && typeOf(t) !== "YA")) {
        g.report.skip(
          "inferences that support another inference or conflict",
          "Clash relations connect arguments, not relations",
        );
      }
      if (from.length === 0 || conclusions.length === 0) {
        g.report.skip("inferences (RA nodes) without a premise or a conclusion", "a support needs both ends");
        continue;
      }
      for (const p of from) for (const c of conclusions) g.addEdge(p, c, relation);
    } else if (type === "CA") {
      const scheme = schemeOf(n) || n.text.trim();
      const relation: Relation =
        scheme === CLASH_SCHEMES.undercuts ? "undercuts" : scheme === CLASH_SCHEMES.turns ? "turns" : "rebuts";
      if (from.length === 0 || to.length === 0) {
        g.report.skip("conflicts (CA nodes) without an attacker or a target", "an attack needs both ends");
        continue;
      }
      for (const target of to) {
        const targetType = typeOf(target);
        if (targetType === "I") {
          for (const a of from) g.addEdge(a, target, relation);
        } else if (targetType === "RA") {
          // An attack on an inference undercuts it: in Clash the attacker undercuts the inference's premises.
          const premises = (ins.get(target) ?? []).filter(isI);
          if (premises.length === 0) g.report.skip("attacks on an inference without premises", "nothing to undercut");
          for (const a of from) for (const p of premises) g.addEdge(a, p, "undercuts");
        } else if (targetType !== "YA") {
          g.report.skip(
            "attacks on a conflict or other non-proposition",
            "Clash relations connect arguments, not relations",
          );
        }
      }
    } else if (DIALOGUE[type]) {
      const what = DIALOGUE[type];
      uncounted.set(what, (uncounted.get(what) ?? 0) + 1);
    } else if (type === "MA") {
      g.report.skip("rephrases (AIF MA nodes)", "Clash has no rephrase relation; both propositions are kept, unlinked");
    } else if (type === "PA") {
      g.report.skip("preferences (AIF PA nodes)", "Clash has no preference relation");
    } else {
      g.report.skip(`AIF nodes of type ${n.type}`, "Clash does not know this node type");
    }
  }
  for (const [what, count] of uncounted) {
    g.report.skip(what, "dialogue structure: Clash maps propositions and their relations, not who said what", count);
  }
  if (schemes.size > 0) {
    const names = [...schemes.keys()].slice(0, 5).join(", ") + (schemes.size > 5 ? ", …" : "");
    const count = [...schemes.values()].reduce((a, b) => a + b, 0);
    g.report.skip(
      `argumentation scheme names (${names})`,
      "Clash relations carry no scheme; the supports themselves are kept",
      count,
    );
  }

  if (meta) return g.build(meta);
  // Without Clash's metadata: the one proposition everything leads to, if there is one, names the map.
  const graph = g.build({ title: "AIF argument map", resolution: "", description: "" });
  const acting = new Set(graph.edges.map((e) => e.from));
  const answered = new Set(graph.edges.map((e) => e.to));
  const roots = graph.nodes.filter((n) => !acting.has(n.key) && answered.has(n.key));
  if (roots.length === 1) {
    const root = roots[0]!;
    graph.title = root.title.slice(0, 200);
    graph.resolution = joinClaimText(root.title, root.body).slice(0, 1_000);
  }
  return graph;
}

// ---------- export ----------

function timestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace("T", " ");
}

/** The one text an I-node has: title and body, and for a card its quote and cite. */
export function nodeText(n: NodeDto): string {
  let body = n.body;
  if (n.evidence) {
    const card = `“${n.evidence.quote}”${n.evidence.cite ? ` — ${n.evidence.cite}` : ""}`;
    body = body ? `${body}\n\n${card}` : card;
  }
  return joinClaimText(n.title, body);
}

/**
 * A debate as AIF JSON in OVA's wrapping (which AIFdb's importer also reads): an I-node per
 * argument, an RA node per supports/extends edge, a CA node per rebuts/undercuts/turns edge, OVA
 * layout from the positions. Relations AIF has no word for are named in the node's `scheme`
 * ("Clash: turns") so they come back on import.
 */
export function toAif(d: ExportableDebate, options: { now?: Date } = {}): AifJson {
  const ts = timestamp(options.now ?? new Date());
  let next = 1;
  const id = () => String(next++);
  const out: AifJson = {
    AIF: { nodes: [], edges: [], schemefulfillments: [], locutions: [], participants: [] },
    OVA: { firstname: "", surname: "", url: "", nodes: [], edges: [] },
    text: { txt: "" },
    clashDebate: { title: d.title, resolution: d.resolution, description: d.description },
  };
  const aifId = new Map<string, string>();
  const position = new Map<string, { x: number; y: number }>();
  for (const n of d.nodes) {
    const nodeID = id();
    aifId.set(n.id, nodeID);
    position.set(nodeID, n.position);
    out.AIF.nodes.push({ nodeID, text: nodeText(n) || "(empty)", type: "I", timestamp: ts });
    out.OVA.nodes.push({ nodeID, visible: true, x: n.position.x, y: n.position.y, timestamp: ts });
  }
  const link = (fromID: string, toID: string) => {
    out.AIF.edges.push({ edgeID: id(), fromID, toID, formEdgeID: null });
    out.OVA.edges.push({ fromID, toID, visible: true });
  };
  for (const e of d.edges) {
    const from = aifId.get(e.source);
    const to = aifId.get(e.target);
    if (!from || !to) continue;
    const attack = ATTACK_RELATIONS.has(e.relation);
    const nodeID = id();
    const scheme =
      e.relation === "supports" || e.relation === "premise"
        ? SUPPORT_TEXT
        : e.relation === "rebuts" || e.relation === "contradicts"
          ? CONFLICT_TEXT
          : CLASH_SCHEMES[e.relation];
    out.AIF.nodes.push({
      nodeID,
      text: attack ? CONFLICT_TEXT : SUPPORT_TEXT,
      type: attack ? "CA" : "RA",
      timestamp: ts,
      scheme,
    });
    const a = position.get(from)!;
    const b = position.get(to)!;
    out.OVA.nodes.push({
      nodeID,
      visible: true,
      x: Math.round((a.x + b.x) / 2),
      y: Math.round((a.y + b.y) / 2),
      timestamp: ts,
    });
    link(from, nodeID);
    link(nodeID, to);
  }
  return out;
}
