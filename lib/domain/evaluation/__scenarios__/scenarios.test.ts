// Judged flows: each small round with the statuses, drops and decision an experienced policy judge
// gives it, and the one-line reason. They cover every rule in ../ (see the review, §4.4–4.6).
import { describe, expect, it } from "vitest";
import { ballot } from "../../ballot";
import { evaluate, type NodeEvaluation, type Status } from "../../evaluation";
import type { EdgeDto, NodeDto } from "../../schemas";
import { arg, card, edges } from "./dsl";

type Expect = {
  status?: Record<string, Status>;
  /** where each was dropped: a speech, "block", or false (not dropped) */
  dropped?: Record<string, string | false>;
  live?: Record<string, NodeEvaluation["live"] | undefined>;
  turn?: Record<string, NodeEvaluation["turn"]>;
  why?: Record<string, RegExp>;
  winner?: "aff" | "neg" | null;
  decision?: RegExp;
  /** how many arguments each side dropped */
  drops?: { aff?: number; neg?: number };
};
type Scenario = { name: string; reason: string; nodes: NodeDto[]; edges: EdgeDto[]; expect: Expect };

// Shared pieces: a resolution, and a 2AR/2NR that end the round (so "live at the end" applies).
const res = arg("res neutral -", { role: "thesis" });
const end = (extra: NodeDto[] = []) => [res, ...extra];

const SCENARIOS: Scenario[] = [
  // ── Drops in each speech ────────────────────────────────────────────────────────────────────
  {
    name: "1AC harm the 1NC and the block never answer",
    reason: "the Neg had the 1NC and the block to answer case; it never did",
    nodes: end([arg("h aff 1AC", { role: "harms" }), arg("da neg 1NC", { role: "disadvantage" })]),
    edges: [],
    expect: { dropped: { h: "1NC", da: false }, status: { h: "standing" } },
  },
  {
    name: "1AC harm first answered in the 2NC",
    reason: "the 2NC is a constructive: new case answers there are fine",
    nodes: end([arg("h aff 1AC", { role: "harms" }), arg("x neg 1NC"), arg("a neg 2NC", { rt: "answer" })]),
    edges: edges("a>h"),
    expect: { dropped: { h: false }, status: { h: "refuted" } },
  },
  {
    name: "1AC harm first answered in the 2NR",
    reason: "too late: conceded in the 1NC and the block, a 2NR answer is new and not weighed",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("x neg 1NC"),
      arg("a neg 2NR", { rt: "answer" }),
      arg("w aff 2AR"),
    ]),
    edges: edges("a>h", "w=h"),
    expect: { dropped: { h: "1NC" }, status: { h: "standing" }, why: { a: /Too late/, h: /'a' \(too late\)/ } },
  },
  {
    name: "1NC DA the 2AC drops, answered in the 1AR",
    reason: "the 1AR cannot answer what the 2AC conceded",
    nodes: end([arg("da neg 1NC", { role: "disadvantage" }), arg("x aff 2AC"), arg("nl aff 1AR", { rt: "no-link" })]),
    edges: edges("nl>da"),
    expect: { dropped: { da: "2AC" }, status: { da: "standing" } },
  },
  {
    name: "2AC no-link the block ignores",
    reason: "the 2NC and 1NR are one unit: the block dropped it, and the DA has no link",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("nl aff 2AC", { rt: "no-link" }),
      arg("o neg 2NC"),
      arg("p neg 1NR"),
    ]),
    edges: edges("nl>da"),
    expect: {
      dropped: { nl: "block" },
      status: { da: "refuted", nl: "standing" },
      why: { nl: /dropped by the block \(2NC and 1NR\)/ },
    },
  },
  {
    name: "2AC answer the 1NR takes",
    reason: "the 1NR answers for the block: not dropped in the 2NC",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("nl aff 2AC", { rt: "no-link" }),
      arg("o neg 2NC"),
      arg("l neg 1NR", { rt: "answer" }),
    ]),
    edges: edges("nl>da", "l>nl"),
    expect: { dropped: { nl: false }, status: { da: "standing", nl: "refuted" } },
  },
  {
    name: "2NC argument the 1AR drops, answered in the 2AR",
    reason: "the 1AR answers the block; a 2AR answer to it is new",
    nodes: end([arg("t neg 2NC", { role: "disadvantage" }), arg("x aff 1AR"), arg("a aff 2AR", { rt: "answer" })]),
    edges: edges("a>t"),
    expect: { dropped: { t: "1AR" }, status: { t: "standing" } },
  },
  {
    name: "1AR answer the 2NR drops",
    reason: "the 2NR is the Neg's last chance to answer the 1AR",
    nodes: end([arg("da neg 1NC", { role: "disadvantage" }), arg("a aff 1AR", { rt: "answer" }), arg("x neg 2NR")]),
    edges: edges("a>da"),
    expect: { dropped: { a: "2NR" } },
  },
  {
    name: "2NR argument the 2AR drops; nothing in the 2AR can be dropped",
    reason: "the 2AR must answer the 2NR; nobody speaks after the 2AR",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("a neg 1NC", { rt: "answer" }),
      arg("b neg 2NR", { rt: "answer" }),
      arg("c aff 2AR", { rt: "answer" }),
    ]),
    edges: edges("a>h", "b>h", "c>a"),
    expect: { dropped: { b: "2AR", c: false } },
  },
  {
    name: "a too-late 2NR indict the 2AR leaves alone",
    reason: "the Neg conceded the harm; a first answer in the 2NR is new, and the 2AR need not answer a new argument",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("x neg 2NR", { rt: "answer" }),
      arg("r aff 2AR", { rt: "answer" }),
      arg("e aff 2AR"),
    ]),
    edges: edges("x>h", "r>da", "e=h"),
    expect: {
      dropped: { h: "1NC", x: false },
      why: { x: /Too late: it answers 'h'/ },
    },
  },
  // ── CX, plan texts, the resolution, frameworks ──────────────────────────────────────────────
  {
    name: "a CX answer is a concession, never dropped",
    reason: "cross-examination binds the side that answered; it is not an argument to answer",
    nodes: end([
      arg("cx aff CX1", { rt: "answer", title: "CX: the plan conditions, it does not end training" }),
      arg("d neg 1NC", { role: "disadvantage" }),
    ]),
    edges: [],
    expect: {
      dropped: { cx: false },
      why: { cx: /Cross-examination answer \(CX1\): a concession binding on the Aff/ },
    },
  },
  {
    name: "plan text, framework and definition are never dropped",
    reason: "they state the terms of the round; nobody has to answer a plan text",
    nodes: end([
      arg("plan aff 1AC", { role: "plan" }),
      arg("fw aff 1AC", { role: "framework" }),
      arg("def neg 1NC", { role: "definition" }),
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("x aff 2AC"),
    ]),
    edges: [],
    expect: { dropped: { plan: false, fw: false, def: false, res: false, da: "2AC" } },
  },
  // ── Extensions ──────────────────────────────────────────────────────────────────────────────
  {
    name: "a dropped harm extended twice is one drop",
    reason: "an extension carries the same argument: count it once, where it was dropped",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("n neg 1NC"),
      arg("e1 aff 1AR", { rt: "extension" }),
      arg("z neg 2NR"),
      arg("e2 aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("e1=h", "e2=e1"),
    expect: { dropped: { h: "1NC", e1: false, e2: false }, drops: { neg: 1 }, winner: "aff" },
  },
  {
    name: "the 2NR answers the 1AR's extension",
    reason: "answering the extension answers the argument: the whole chain falls",
    nodes: end([
      arg("nl aff 2AC", { rt: "no-link" }),
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("a neg 2NR", { rt: "answer" }),
      arg("z aff 2AR"),
    ]),
    edges: edges("nl>da", "b>nl", "e=nl", "e>b", "a>e", "z=nl"),
    expect: { status: { nl: "refuted", e: "refuted", da: "standing" }, dropped: { nl: false } },
  },
  {
    name: "answered in the block, extended in the 1AR, then silence in the 2NR",
    reason: "the last extension went unanswered: dropped in the 2NR",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("nl aff 2AC", { rt: "no-link" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR"),
    ]),
    edges: edges("nl>da", "b>nl", "e=nl", "e>b"),
    expect: { dropped: { nl: false, e: "2NR" } },
  },
  {
    name: "the 1AR extension answers the block's answer",
    reason: "the later answer wins the exchange: the no-link stands and the DA falls",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("nl aff 2AC", { rt: "no-link" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { rt: "extension" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("nl>da", "b>nl", "e=nl", "e>b", "z=da", "z>e", "w=e", "w>z"),
    expect: { status: { nl: "standing", e: "standing", b: "refuted", da: "refuted" }, dropped: { nl: false } },
  },
  // ── What is live at the end ─────────────────────────────────────────────────────────────────
  {
    name: "the 2NR kicks the DA",
    reason: "a DA not in the 2NR is no reason to vote Neg",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("a aff 2AC", { rt: "answer" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("x neg 2NR", { rt: "answer" }),
      arg("e aff 1AR"),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("a>da", "b>a", "x>h", "e=h", "w=h"),
    expect: { live: { da: "not-extended" }, winner: "aff", decision: /'da' was not extended into the 2NR/ },
  },
  {
    name: "kicked defence no longer answers",
    reason: "the 2NR abandoned its answer; the 2AR extends the harm cleanly",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("a neg 1NC", { rt: "answer" }),
      arg("r aff 2AC", { rt: "answer" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { role: "disadvantage" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("a>h", "r>a", "b>r", "e=h", "e>b", "w=h"),
    expect: { live: { a: "not-extended", b: "not-extended" }, status: { h: "standing" } },
  },
  {
    name: "conceded into relevance",
    reason: "the Neg's own 2NR relies on the Aff's impact, so it stays in the round",
    nodes: end([
      arg("imp aff 1AC", { role: "impact" }),
      arg("n neg 1NC", { rt: "answer" }),
      arg("c neg 2NR", { role: "disadvantage" }),
      arg("z aff 1AR"),
      arg("y aff 2AR"),
    ]),
    edges: edges("n>imp", "c+imp"),
    expect: { live: { imp: undefined } },
  },
  {
    name: "a brand-new 2NR argument",
    reason: "the 2NR cannot start new positions: flagged new, not weighed",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("a neg 1NC", { rt: "answer" }),
      arg("r aff 2AC", { rt: "answer" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("nd neg 2NR", { role: "disadvantage" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("a>h", "r>a", "b>r", "e=h", "e>b", "w=h"),
    expect: { live: { nd: "new" }, winner: "aff", decision: /'nd' is new in the 2NR/ },
  },
  {
    name: "the 2NR revives what the block let go",
    reason: "an argument the block never extended is new when the 2NR brings it back",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("o neg 1NC", { rt: "answer" }),
      arg("k neg 2NC"),
      arg("e aff 1AR"),
      arg("rv neg 2NR", { rt: "extension" }),
      arg("w aff 2AR"),
    ]),
    edges: edges("o>h", "rv=o", "e=h", "w=h"),
    expect: { live: { o: "new", rv: "new" }, status: { h: "standing" } },
  },
  {
    name: "a new 2AR argument",
    reason: "the 2AR may only extend and answer; a new argument is not weighed",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("n aff 2AC", { rt: "no-link" }),
      arg("x neg 2NC"),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { rt: "extension" }),
      arg("new aff 2AR", { role: "advantage" }),
    ]),
    edges: edges("n>da", "e=n", "z=da", "z>n"),
    expect: { live: { new: "new" } },
  },
  // ── Supports and indicts ────────────────────────────────────────────────────────────────────
  {
    name: "the only card is indicted",
    reason: "a claim whose evidence fell and that has no warrant of its own is unsupported",
    nodes: end([
      arg("c aff 1AC", { role: "harms" }),
      card("k aff 1AC"),
      arg("i neg 1NC", { rt: "answer", title: "Their card is a rhetorical question" }),
      arg("z aff 2AC"),
    ]),
    edges: edges("k+c", "i~k", "i>c"),
    expect: {
      status: { k: "refuted", c: "refuted" },
      why: { k: /^Refuted: indicted by 'Their card is a rhetorical question'/ },
    },
  },
  {
    name: "an indict on the card alone",
    reason: "the claim was not answered directly, but its only card fell: unsupported, not standing",
    nodes: end([arg("c aff 2AC", { rt: "answer" }), card("k aff 2AC"), arg("i neg 2NC", { rt: "answer" })]),
    edges: edges("k+c", "i~k"),
    expect: { status: { k: "refuted", c: "unsupported" }, dropped: { c: false } },
  },
  {
    name: "an analytic warrant survives the indict",
    reason: "the card fell, but a standing analytic argument still warrants the claim",
    nodes: end([
      arg("c aff 2AC", { rt: "answer" }),
      card("k aff 2AC"),
      arg("w aff 2AC", { rt: "answer", title: "Logic: incentives" }),
      arg("i neg 2NC", { rt: "answer" }),
    ]),
    edges: edges("k+c", "w+c", "i~k", "i>w", "i>c"),
    expect: { status: { c: "refuted" } },
  },
  {
    name: "the indict is answered",
    reason: "reinstatement: the 1AR's answer to the indict restores the card and the claim",
    nodes: end([
      arg("c aff 2AC", { rt: "answer" }),
      card("k aff 2AC"),
      arg("i neg 2NC", { rt: "answer" }),
      arg("d aff 1AR", { rt: "answer" }),
    ]),
    edges: edges("k+c", "i~k", "d>i"),
    expect: { status: { k: "standing", c: "standing", i: "refuted" } },
  },
  {
    name: "a conceded claim keeps the concession when its card is indicted too late",
    reason: "dropped in the 1NC and the block: a 2NR indict of its card is new and does not undo the concession",
    nodes: end([
      arg("c aff 1AC", { role: "harms" }),
      card("k aff 1AC"),
      arg("x neg 1NC"),
      arg("y neg 2NC"),
      arg("i neg 2NR", { rt: "answer" }),
      arg("w aff 2AR"),
    ]),
    edges: edges("k+c", "i~k", "w=c"),
    expect: { status: { c: "standing", k: "standing" }, dropped: { c: "1NC" }, why: { i: /Too late/ } },
  },
  {
    name: "an indict of the card in the block answers the 1AC claim",
    reason:
      "attacking the evidence is answering the argument: not dropped, and with its only card gone it is unsupported",
    nodes: end([
      arg("c aff 1AC", { role: "harms" }),
      card("k aff 1AC"),
      arg("x neg 1NC"),
      arg("i neg 2NC", { rt: "answer" }),
    ]),
    edges: edges("k+c", "i~k"),
    expect: { status: { c: "unsupported", k: "refuted" }, dropped: { c: false } },
  },
  // ── Turns ───────────────────────────────────────────────────────────────────────────────────
  {
    name: "a real link turn on the DA",
    reason: "the turn argues the plan prevents the DA's impact: offence for the Aff",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("t aff 2AC", { rt: "turn" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { rt: "extension" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("t@da", "b>t", "e=t", "e>b", "z=da", "w=t"),
    expect: {
      turn: { t: "real" },
      status: { t: "standing", da: "refuted" },
      dropped: { t: false, e: "2NR" },
      winner: "aff",
      decision: /'t' \(a turn\)/,
    },
  },
  {
    name: "a conceded turn",
    reason: "the block dropped the turn: conceded offence for the Aff",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("t aff 2AC", { rt: "turn" }),
      arg("o neg 2NC"),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR"),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("t@da", "e=t", "w=t", "z=da"),
    expect: { turn: { t: "real" }, dropped: { t: "block" }, winner: "aff" },
  },
  {
    name: "a no-link labelled a turn",
    reason: "denying the link is defence; there is nothing to vote Aff on from it",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("t aff 2AC", { rt: "no-link" }),
      arg("o neg 2NC"),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR"),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("t@da", "e=t", "w=t", "z=da"),
    expect: {
      turn: { t: "fake" },
      status: { da: "refuted" },
      winner: null,
      why: { t: /Not a real turn: .*"no-link"/ },
    },
  },
  {
    name: "a 'turn' of a defensive answer (the review's Russia case)",
    reason: "turning 'U.S. aid is a sideshow' answers it; a defensive answer has no offence to capture",
    nodes: end([
      arg("link aff 1AC", { role: "link" }),
      arg("side neg 1NC", { rt: "answer", title: "Russia gives far more — U.S. aid is a sideshow" }),
      arg("t aff 2AC", { rt: "turn" }),
      arg("x neg 2NC"),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR"),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("side>link", "t@side", "e=t", "w=t", "e=link", "w=link"),
    expect: {
      turn: { t: "fake" },
      status: { side: "refuted", link: "standing" },
      why: { t: /a defensive answer with no offence to capture/, side: /^Refuted: answered by 't'/ },
    },
  },
  {
    name: "a marked link turn of the Neg's answer",
    reason: "the Neg's own mechanism, if true, proves the Aff's harm: a real link turn",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("m neg 1NC", { rt: "answer" }),
      arg("t aff 2AC", { rt: "link-turn" }),
      arg("x neg 2NC"),
      arg("e aff 1AR", { rt: "extension" }),
      arg("et aff 1AR", { rt: "extension" }),
      arg("z neg 2NR"),
      arg("w aff 2AR", { rt: "extension" }),
      arg("wt aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("m>h", "t@m", "et=t", "wt=t", "e=h", "w=h"),
    expect: { turn: { t: "real" }, winner: "aff", decision: /'t' \(a turn\)/ },
  },
  {
    name: "the turn is answered",
    reason: "once the turn falls, the DA it attacked stands again and is Neg offence",
    nodes: end([
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("t aff 2AC", { rt: "turn" }),
      arg("b neg 2NC", { rt: "answer" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { rt: "extension" }),
      arg("y neg 2NR", { rt: "extension" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("t@da", "b>t", "e=t", "z=da", "y=b", "w=t"),
    expect: { status: { t: "refuted", da: "standing" }, winner: "neg" },
  },
  // ── Mitigation ──────────────────────────────────────────────────────────────────────────────
  {
    name: "impact defence mitigates",
    reason: "'only a few hundred fighters' shrinks the advantage without refuting it",
    nodes: end([
      arg("adv aff 1AC", { role: "advantage" }),
      arg("few neg 1NC", { rt: "impact-defense", title: "Only a few hundred fighters" }),
      arg("e aff 2AC"),
      arg("x neg 2NC", { rt: "extension" }),
      arg("e1 aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { rt: "extension" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("few>adv", "x=few", "z=few", "e1=adv", "w=adv"),
    expect: {
      status: { adv: "mitigated" },
      why: { adv: /^Mitigated: it stands, but 'Only a few hundred fighters' reduces it/ },
      winner: "aff",
      decision: /'adv' \(mitigated\)/,
    },
  },
  {
    name: "the impact defence is answered",
    reason: "post-dating answers the defence: the advantage stands in full",
    nodes: end([
      arg("adv aff 1AC", { role: "advantage" }),
      arg("few neg 1NC", { rt: "impact-defense" }),
      arg("pd aff 2AC", { rt: "answer" }),
    ]),
    edges: edges("few>adv", "pd>few"),
    expect: { status: { adv: "standing", few: "refuted" } },
  },
  // ── Weighing and the decision ───────────────────────────────────────────────────────────────
  ...weighingScenarios(),
  {
    name: "neither side has live offence",
    reason: "the flow gives no reason to vote; the decision says so instead of picking",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("a neg 1NC", { rt: "answer" }),
      arg("x aff 2AC"),
      arg("b neg 2NC", { rt: "extension" }),
      arg("y aff 1AR"),
      arg("z neg 2NR", { rt: "extension" }),
      arg("w aff 2AR"),
    ]),
    edges: edges("a>h", "b=a", "z=a"),
    expect: { status: { h: "refuted" }, winner: null, decision: /^No decision: neither side has live offence/ },
  },
  {
    name: "the Aff cannot solve",
    reason: "without solvency, the harms are no reason to vote Aff",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("s aff 1AC", { role: "solvency" }),
      arg("st neg 1NC", { rt: "answer" }),
      arg("q aff 2AC"),
      arg("x neg 2NC", { rt: "extension" }),
      arg("e aff 1AR", { rt: "extension" }),
      arg("z neg 2NR", { rt: "extension" }),
      arg("w aff 2AR", { rt: "extension" }),
    ]),
    edges: edges("st>s", "x=st", "z=st", "e=h", "w=h"),
    expect: { status: { s: "refuted", h: "standing" }, winner: null, decision: /it cannot solve/ },
  },
  // ── Grounded core: reinstatement chains and cycles ──────────────────────────────────────────
  {
    name: "a reinstatement chain across the round",
    reason: "each later answer stands and refutes the one before: the harm is back",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("a neg 1NC", { rt: "answer" }),
      arg("b aff 2AC", { rt: "answer" }),
      arg("c neg 2NC", { rt: "answer" }),
      arg("d aff 1AR", { rt: "answer" }),
    ]),
    edges: edges("a>h", "b>a", "c>b", "d>c"),
    expect: { status: { d: "standing", c: "refuted", b: "standing", a: "refuted", h: "standing" } },
  },
  {
    name: "an odd cycle is contested, and contested offence is no reason to vote",
    reason: "three answers chasing each other settle nothing under grounded semantics",
    nodes: end([
      arg("x aff -", { role: "advantage" }),
      arg("y neg -", { rt: "answer" }),
      arg("z aff -", { rt: "answer" }),
    ]),
    edges: edges("x>y", "y>z", "z>x"),
    expect: { status: { x: "contested", y: "contested", z: "contested" }, winner: null },
  },
  {
    name: "the review's §4.5 C: one 2NR line against a no-link the block dropped",
    reason: "the answer comes after the block conceded the no-link: too late, the DA stays dead",
    nodes: end([
      arg("h aff 1AC", { role: "harms" }),
      arg("da neg 1NC", { role: "disadvantage" }),
      arg("nl aff 2AC", { rt: "no-link" }),
      arg("o neg 2NC"),
      arg("e aff 1AR", { rt: "extension" }),
      arg("cut neg 2NR", { rt: "answer", title: "Conditions are a cutoff" }),
      arg("w aff 2AR", { rt: "extension" }),
      arg("wh aff 2AR", { rt: "extension" }),
      arg("eh aff 1AR", { rt: "extension" }),
    ]),
    edges: edges("nl>da", "e=nl", "cut>nl", "w=nl", "eh=h", "wh=h"),
    expect: {
      status: { da: "refuted", nl: "standing" },
      dropped: { nl: "block" },
      winner: "aff",
      decision: /^Vote Aff/,
    },
  },
];

function weighingScenarios(): Scenario[] {
  // Both sides have live offence: the Aff's harm and the Neg's DA, each extended to the end.
  const base = [
    arg("h aff 1AC", { role: "harms" }),
    arg("da neg 1NC", { role: "disadvantage" }),
    arg("a aff 2AC", { rt: "answer" }),
    arg("b neg 2NC", { rt: "answer" }),
    arg("e aff 1AR", { rt: "extension" }),
    arg("f aff 1AR", { rt: "answer" }),
    arg("z neg 2NR", { rt: "extension" }),
    arg("w aff 2AR", { rt: "extension" }),
  ];
  // a answers the DA, b answers a, f answers b (the 1AR), z answers f (the 2NR): the DA stands.
  const wiring = ["a>da", "b>a", "f>b", "z=da", "z>f", "e=h", "w=h"];
  return [
    {
      name: "both sides have offence and nobody weighs",
      reason: "the judge would have to weigh for the debaters: no decision, and why",
      nodes: end(base),
      edges: edges(...wiring),
      expect: {
        status: { h: "standing", da: "standing" },
        winner: null,
        decision: /^No decision: both sides have live offence and neither weighs it/,
      },
    },
    {
      name: "only the Aff weighs",
      reason: "uncontested weighing decides between live offence",
      nodes: end([
        ...base,
        arg("wa aff 2AR", { role: "weighing", title: "Magnitude and timeframe: the harm is happening now" }),
      ]),
      edges: edges(...wiring, "wa+h"),
      expect: {
        winner: "aff",
        decision:
          /^Vote Aff: both sides have live offence, and only the Aff weighs — 'Magnitude and timeframe.*' \(magnitude, timeframe\)/,
      },
    },
    {
      name: "both weigh and neither compares",
      reason: "two weighing claims that never meet leave the comparison to the judge",
      nodes: end([
        ...base,
        arg("wa aff 2AR", { role: "weighing", title: "Magnitude" }),
        arg("wn neg 2NR", { role: "weighing", title: "Probability" }),
      ]),
      edges: edges(...wiring, "wa+h", "wn+da"),
      expect: { winner: null, decision: /^No decision: both sides have live offence and both weigh it/ },
    },
    {
      name: "the Neg's weighing is answered",
      reason: "the 2AR beats the 2NR's probability claim; only the Aff's weighing stands",
      nodes: end([
        ...base,
        arg("wa aff 2AR", { role: "weighing", title: "Reversibility" }),
        arg("wn neg 2NR", { role: "weighing", title: "Probability" }),
        arg("aw aff 2AR", { rt: "answer" }),
      ]),
      edges: edges(...wiring, "wa+h", "wn+da", "aw>wn"),
      expect: { status: { wn: "refuted" }, winner: "aff" },
    },
  ];
}

function check(s: Scenario) {
  const ev = evaluate({ nodes: s.nodes, edges: s.edges });
  const b = ballot({ nodes: s.nodes, edges: s.edges }, ev);
  const get = (id: string) => ev.get(id) ?? expect.unreachable(`no ${id}`);
  for (const [id, st] of Object.entries(s.expect.status ?? {}))
    expect(get(id).status, `${id}: ${get(id).why}`).toBe(st);
  for (const [id, d] of Object.entries(s.expect.dropped ?? {})) {
    const e = get(id);
    const where = !e.dropped ? false : e.byBlock ? "block" : e.droppedIn;
    expect(where, `${id} dropped: ${e.why}`).toBe(d);
  }
  for (const [id, l] of Object.entries(s.expect.live ?? {})) expect(get(id).live, `${id}: ${get(id).why}`).toBe(l);
  for (const [id, t] of Object.entries(s.expect.turn ?? {})) expect(get(id).turn, `${id}: ${get(id).why}`).toBe(t);
  for (const [id, re] of Object.entries(s.expect.why ?? {})) expect(get(id).why).toMatch(re);
  if (s.expect.winner !== undefined) expect(b.winner, b.decision).toBe(s.expect.winner);
  if (s.expect.decision) expect(b.decision).toMatch(s.expect.decision);
  if (s.expect.drops?.aff !== undefined) expect(b.neg.droppedByOpponent.length).toBe(s.expect.drops.aff);
  if (s.expect.drops?.neg !== undefined) expect(b.aff.droppedByOpponent.length).toBe(s.expect.drops.neg);
  // Never a verdict phrased as the resolution's status.
  expect(b.decision).not.toMatch(/resolution.*is (standing|refuted)/i);
  for (const e of ev.values()) expect(e.why.length).toBeGreaterThan(10);
}

describe("judged scenarios", () => {
  it("has at least 30 of them", () => expect(SCENARIOS.length).toBeGreaterThanOrEqual(30));
  for (const s of SCENARIOS) it(`${s.name} — ${s.reason}`, () => check(s));
});
