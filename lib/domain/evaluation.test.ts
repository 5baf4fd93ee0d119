import { describe, expect, it } from "vitest";
import { evaluate, STATUSES, type NodeEvaluation, type Status } from "./evaluation";
import type { EdgeDto, NodeDto } from "./schemas";
import { RELATIONS, SPEECHES, type Relation, type Side, type Speech } from "./vocabulary";

type NodeOpts = Partial<Pick<NodeDto, "kind" | "side" | "speech" | "role" | "title">>;
const node = (id: string, o: NodeOpts = {}): NodeDto => ({
  id,
  kind: o.kind ?? "claim",
  side: o.side ?? "neutral",
  role: o.role ?? null,
  speech: o.speech ?? null,
  responseType: null,
  title: o.title ?? id,
  body: "",
  position: { x: 0, y: 0 },
  version: 1,
  evidence: null,
});
let edgeSeq = 0;
const edge = (source: string, target: string, relation: Relation = "rebuts"): EdgeDto => ({
  id: `e${edgeSeq++}`,
  source,
  target,
  relation,
  version: 1,
});
/** "b>a" means b rebuts a. */
const attacks = (...pairs: string[]) =>
  pairs.map((p) => {
    const [s, t] = p.split(">");
    return edge(s!, t!);
  });
const plain = (ids: string, edges: EdgeDto[]) => ({ nodes: ids.split("").map((id) => node(id)), edges });

function statuses(ev: Map<string, NodeEvaluation>): Record<string, Status> {
  return Object.fromEntries([...ev].map(([id, e]) => [id, e.status]));
}
const at = (ev: Map<string, NodeEvaluation>, id: string) => ev.get(id) ?? expect.unreachable(`no evaluation for ${id}`);

describe("evaluate: grounded status", () => {
  it("a chain a ← b ← c: c stands, b is refuted, a is reinstated", () => {
    const ev = evaluate(plain("abc", attacks("b>a", "c>b")));
    expect(statuses(ev)).toEqual({ a: "standing", b: "refuted", c: "standing" });
  });

  it("reinstatement through a longer chain alternates, and a defender reinstates against two attackers", () => {
    const ev = evaluate(plain("abcde", attacks("b>a", "c>b", "d>c", "e>d")));
    expect(statuses(ev)).toEqual({ a: "standing", b: "refuted", c: "standing", d: "refuted", e: "standing" });
    // x is attacked by y and z; w defeats both, so x is reinstated.
    const ev2 = evaluate({
      nodes: ["x", "y", "z", "w"].map((id) => node(id)),
      edges: attacks("y>x", "z>x", "w>y", "w>z"),
    });
    expect(statuses(ev2)).toEqual({ x: "standing", y: "refuted", z: "refuted", w: "standing" });
  });

  it("an odd cycle (3-cycle) is contested throughout, and so is what it attacks", () => {
    const ev = evaluate(plain("abcd", attacks("a>b", "b>c", "c>a", "c>d")));
    expect(statuses(ev)).toEqual({ a: "contested", b: "contested", c: "contested", d: "contested" });
    expect(at(ev, "a").why).toBe("Contested: its answer 'c' is itself contested.");
  });

  it("an even cycle (2-cycle) is contested under grounded semantics, until something settles it", () => {
    const ev = evaluate(plain("ab", attacks("a>b", "b>a")));
    expect(statuses(ev)).toEqual({ a: "contested", b: "contested" });
    expect(at(ev, "a").why).toBe("Contested: it and 'b' attack each other and nothing settles it.");
    // An unanswered c attacking b breaks the tie: b refuted, a reinstated.
    const settled = evaluate(plain("abc", attacks("a>b", "b>a", "c>b")));
    expect(statuses(settled)).toEqual({ a: "standing", b: "refuted", c: "standing" });
  });

  it("a self-attacking node is contested, unless a standing node refutes it", () => {
    const ev = evaluate(plain("ab", attacks("a>a", "a>b")));
    expect(statuses(ev)).toEqual({ a: "contested", b: "contested" });
    expect(at(ev, "a").why).toBe("Contested: it attacks itself.");
    expect(at(ev, "b").why).toBe("Contested: its answer 'a' is itself contested.");

    const refuted = evaluate(plain("abc", attacks("a>a", "a>b", "c>a")));
    expect(statuses(refuted)).toEqual({ a: "refuted", b: "standing", c: "standing" });
  });

  it("a node attacked by two arguments: refuted if one stands, standing if both are refuted", () => {
    const oneStands = evaluate(plain("abcd", attacks("b>a", "c>a", "d>b")));
    expect(statuses(oneStands)).toMatchObject({ a: "refuted", b: "refuted", c: "standing" });
    expect(at(oneStands, "a").why).toBe("Refuted: answered by 'c' (standing), which no one answered.");

    const bothRefuted = evaluate(plain("abcde", attacks("b>a", "c>a", "d>b", "e>c")));
    expect(statuses(bothRefuted)).toMatchObject({ a: "standing", b: "refuted", c: "refuted" });
    expect(at(bothRefuted, "a").why).toBe("Standing: every answer to it is refuted — 'b' (refuted) and 'c' (refuted).");
  });

  it("supports and extends never attack; undercuts does", () => {
    const ev = evaluate(plain("abc", [edge("b", "a", "supports"), edge("c", "a", "extends")]));
    expect(statuses(ev)).toEqual({ a: "standing", b: "standing", c: "standing" });
    expect(at(ev, "a").why).toBe("Standing: nothing answers it.");
    expect(statuses(evaluate(plain("ab", [edge("b", "a", "undercuts")])))).toEqual({ a: "refuted", b: "standing" });
  });

  it("a turn attacks its target and counts for the turning side", () => {
    const g = {
      nodes: [
        node("da", { side: "neg", title: "Conditions push Dushanbe to Moscow" }),
        node("turn", { side: "aff", kind: "rebuttal", title: "Moscow is already there" }),
      ],
      edges: [edge("turn", "da", "turns")],
    };
    const ev = evaluate(g);
    expect(statuses(ev)).toEqual({ da: "refuted", turn: "standing" });
    expect(at(ev, "da").why).toBe(
      "Refuted: turned by 'Moscow is already there' (standing), which no one answered — it now counts for the Aff.",
    );
    expect(at(ev, "turn").why).toBe(
      "Standing: nothing answers it. A real turn: it argues the opposite of offence, so it is offence for its side. It turns 'Conditions push Dushanbe to Moscow', which now counts for the Aff.",
    );
    expect(at(ev, "turn").turn).toBe("real");

    // Answer the turn and the target stands again; nothing counts for the Aff any more.
    const answered = evaluate({
      nodes: [...g.nodes, node("ans", { side: "neg", title: "No, it isn't" })],
      edges: [...g.edges, edge("ans", "turn")],
    });
    expect(statuses(answered)).toEqual({ da: "standing", turn: "refuted", ans: "standing" });
    expect(at(answered, "da").why).toBe(
      "Standing: every answer to it is refuted — 'Moscow is already there' (refuted).",
    );
  });

  it("names the deciders: 'which stands' for an answered attacker, and caps long lists", () => {
    const ev = evaluate({
      nodes: [
        node("a", { title: "Aid fuels extremism" }),
        node("r", { title: "Russia gives far more aid" }),
        node("x", { title: "Aid is small" }),
        node("y", { title: "Rebuttal to x" }),
        node("z", { title: "But Russia" }),
      ],
      edges: attacks("r>a", "x>r", "y>x", "z>a"),
    });
    expect(at(ev, "a").status).toBe("refuted");
    expect(at(ev, "a").why).toBe(
      "Refuted: answered by 'Russia gives far more aid' (standing), which stands; and 'But Russia' (standing), which no one answered.",
    );
    expect(at(ev, "r").why).toBe("Standing: every answer to it is refuted — 'Aid is small' (refuted).");

    const many = evaluate(plain("abcdef", attacks("b>a", "c>a", "d>a", "e>a", "f>a")));
    expect(at(many, "a").why).toBe(
      "Refuted: answered by 'b' (standing), which no one answered; 'c' (standing), which no one answered; 'd' (standing), which no one answered; and 2 more.",
    );
  });

  it("ignores edges to unknown nodes and collapses duplicate attacks", () => {
    const ev = evaluate({
      nodes: [node("a"), node("b")],
      edges: [edge("ghost", "a"), edge("b", "a"), edge("b", "a", "turns")],
    });
    expect(statuses(ev)).toEqual({ a: "refuted", b: "standing" });
    expect(at(ev, "a").why).toBe("Refuted: turned by 'b' (standing), which no one answered.");
  });

  it("agrees with the least fixed point of the characteristic function on random small graphs", () => {
    const rand = lcg(7);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(rand() * 9);
      const ids = Array.from({ length: n }, (_, i) => `n${i}`);
      const edges: EdgeDto[] = [];
      for (const s of ids)
        for (const t of ids)
          if (rand() < 0.22) edges.push(edge(s, t, RELATIONS[Math.floor(rand() * RELATIONS.length)]));
      const ev = evaluate({ nodes: ids.map((id) => node(id)), edges });
      expect(statuses(ev), JSON.stringify(edges.map((e) => `${e.source}-${e.relation}->${e.target}`))).toEqual(
        referenceGrounded(ids, edges),
      );
    }
  });
});

describe("evaluate: dropped arguments", () => {
  const aff = (id: string, speech: Speech | null, o: NodeOpts = {}) => node(id, { side: "aff", speech, ...o });
  const neg = (id: string, speech: Speech | null, o: NodeOpts = {}) =>
    node(id, { side: "neg", kind: "rebuttal", speech, ...o });

  it("an argument answered in a later speech of the other side is not dropped", () => {
    const ev = evaluate({ nodes: [aff("a", "1AC"), neg("b", "2NC")], edges: [edge("b", "a")] });
    expect(at(ev, "a")).toMatchObject({ dropped: false });
    expect(at(ev, "a").droppedIn).toBeUndefined();
    // An answer with no speech counts as an answer too.
    expect(
      at(evaluate({ nodes: [aff("a", "1AC"), neg("b", null), neg("c", "1NC")], edges: [edge("b", "a")] }), "a").dropped,
    ).toBe(false);
  });

  it("never answered while the other side spoke later: dropped in the other side's next speech", () => {
    const ev = evaluate({ nodes: [aff("a", "1AC", { title: "Corruption" }), neg("other", "2NC")], edges: [] });
    expect(at(ev, "a")).toMatchObject({ dropped: true, droppedIn: "1NC", status: "standing" });
    expect(at(ev, "a").why).toBe(
      "Standing: nothing answers it. Conceded: the Neg never answered it (dropped in the 1NC).",
    );
    // A neg argument in the 2NC the aff never answers is dropped in the 1AR (CX4 is not a place to answer).
    const ev2 = evaluate({ nodes: [neg("n", "2NC"), aff("later", "2AR")], edges: [] });
    expect(at(ev2, "n")).toMatchObject({ dropped: true, droppedIn: "1AR" });
    expect(at(ev2, "n").why).toMatch(/Conceded: the Aff never answered it \(dropped in the 1AR\)\.$/);
  });

  it("answers that come before the argument, or from its own side, do not count", () => {
    const ev = evaluate({
      nodes: [aff("a", "2AC"), neg("pre", "1NC"), aff("friend", "1AR"), neg("later", "2NR")],
      edges: [edge("pre", "a"), edge("friend", "a")],
    });
    expect(at(ev, "a")).toMatchObject({ dropped: true, droppedIn: "2NC", status: "refuted" });
    // Supporting or extending an argument is not answering it.
    const ev2 = evaluate({
      nodes: [aff("a", "1AC"), neg("s", "1NC"), neg("x", "2NC")],
      edges: [edge("s", "a", "supports"), edge("x", "a", "extends")],
    });
    expect(at(ev2, "a")).toMatchObject({ dropped: true, droppedIn: "1NC" });
  });

  it("is not dropped while the other side has not spoken since (pending), nor after the last speech", () => {
    expect(at(evaluate({ nodes: [aff("a", "1AC"), aff("b", "2AC")], edges: [] }), "a").dropped).toBe(false);
    expect(at(evaluate({ nodes: [aff("a", "2AC"), neg("b", "1NC")], edges: [] }), "a").dropped).toBe(false);
    // A neg question in cross-examination is not a speech in which the aff's case had to be answered.
    expect(at(evaluate({ nodes: [aff("a", "1AC"), neg("q", "CX1")], edges: [] }), "a").dropped).toBe(false);
    expect(at(evaluate({ nodes: [aff("last", "2AR"), neg("b", "2NR")], edges: [] }), "last").dropped).toBe(false);
  });

  it("evidence, neutral nodes and nodes without a speech are never dropped", () => {
    const ev = evaluate({
      nodes: [
        aff("card", "1AC", { kind: "evidence" }),
        node("res", { speech: "1AC" }),
        aff("nospeech", null),
        neg("b", "2NR"),
      ],
      edges: [],
    });
    for (const id of ["card", "res", "nospeech"]) expect(at(ev, id).dropped, id).toBe(false);
  });
});

// The seeded Tajikistan debate is judged in ./evaluation/__scenarios__/demo.test.ts.
describe("evaluate: large graphs", () => {
  it("evaluates a 20,000-node random graph", () => {
    const rand = lcg(2026);
    const sides: Side[] = ["aff", "neg", "neutral"];
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) =>
      node(`n${i}`, {
        kind: rand() < 0.2 ? "evidence" : rand() < 0.5 ? "claim" : "rebuttal",
        side: sides[Math.floor(rand() * 3)]!,
        speech: rand() < 0.1 ? null : SPEECHES[Math.floor(rand() * SPEECHES.length)]!,
      }),
    );
    const edges = Array.from({ length: 50_000 }, () => {
      const s = Math.floor(rand() * n);
      // Mostly towards earlier nodes (answers come later), with some back edges for cycles.
      const t = rand() < 0.9 ? Math.floor(rand() * (s + 1)) : Math.floor(rand() * n);
      return edge(`n${s}`, `n${t}`, RELATIONS[Math.floor(rand() * RELATIONS.length)]);
    });
    const big = evaluate({ nodes, edges });
    expect(big.size).toBe(n);
    const seen = new Set<Status>();
    for (const e of big.values()) {
      expect(STATUSES).toContain(e.status);
      seen.add(e.status);
    }
    // Cycles and contested statuses are covered above; a random round's kicked and late answers break most cycles.
    for (const s of ["standing", "refuted"] as const) expect(seen).toContain(s);
  }, 60_000);

  it("evaluates a 20,000-long chain without recursion, alternating from the unanswered end", () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) => node(`c${i}`));
    const edges = Array.from({ length: n - 1 }, (_, i) => edge(`c${i + 1}`, `c${i}`));
    const chain = evaluate({ nodes, edges });
    // c19999 is unanswered: it stands, c19998 falls, and so on down to c0.
    expect(at(chain, `c${n - 1}`).status).toBe("standing");
    expect(at(chain, "c0").status).toBe((n - 1) % 2 === 0 ? "standing" : "refuted");
  }, 60_000);
});

/** A deterministic pseudo-random generator (tests must not flake). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * Grounded semantics by definition: the least fixed point of the labelling rules, from all
 * undecided. An argument is IN when every attacker is OUT and every premise (linked, conjunctive)
 * is IN; OUT when an attacker is IN or a premise is OUT.
 */
function referenceGrounded(ids: string[], edges: EdgeDto[]): Record<string, Status> {
  const attackRel = new Set<Relation>(["rebuts", "undercuts", "turns", "contradicts"]);
  const attackersOf = (a: string) =>
    edges.filter((e) => attackRel.has(e.relation) && e.target === a).map((e) => e.source);
  const premisesOf = (a: string) =>
    edges.filter((e) => e.relation === "premise" && e.target === a).map((e) => e.source);
  const label = new Map<string, "in" | "out">();
  for (let changed = true; changed;) {
    changed = false;
    for (const a of ids) {
      if (label.has(a)) continue;
      const att = attackersOf(a);
      const pre = premisesOf(a);
      const next =
        att.some((b) => label.get(b) === "in") || pre.some((p) => label.get(p) === "out")
          ? "out"
          : att.every((b) => label.get(b) === "out") && pre.every((p) => label.get(p) === "in")
            ? "in"
            : null;
      if (next) {
        label.set(a, next);
        changed = true;
      }
    }
  }
  const status = { in: "standing", out: "refuted" } as const;
  return Object.fromEntries(ids.map((a) => [a, label.has(a) ? status[label.get(a)!] : "contested"]));
}
