// The seeded Tajikistan debate, judged: the decision and drop counts the coach's review gives
// (../shared/reviews/seed-debate-review.md, §4.3–4.4): Aff, because no Neg offence survives the
// 2NR; the Neg dropped 6 arguments and the Aff 3; no fake turn; weighing present in both rebuttals.
import { describe, expect, it } from "vitest";
import { ballot, ballotMarkdown } from "../../ballot";
import { BallotDto, NodeEvaluationDto } from "../../evaluation-schemas";
import { evaluate } from "../../evaluation";
import { demoGraph } from "./demo-graph";

const g = demoGraph();
const ev = evaluate(g);
const b = ballot(g, ev);
const at = (id: string) => ev.get(id) ?? expect.unreachable(`no ${id}`);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("the seeded Tajikistan debate, judged", () => {
  it("gives every node a status and a why that fits the response schema", () => {
    expect(ev.size).toBe(g.nodes.length);
    for (const n of g.nodes) expect(NodeEvaluationDto.parse(at(n.id))).toEqual(at(n.id));
    expect(BallotDto.parse(b)).toEqual(b);
  });

  it("votes Aff: the Aff keeps live offence and no Neg offence survives the 2NR", () => {
    expect(b.winner).toBe("aff");
    expect(b.decision).toMatch(
      /^Vote Aff: the Aff has live offence and the Neg has none left, so no weighing is needed\./,
    );
    expect(ids(b.aff.offence)).toEqual([
      "aff-repression-drives",
      "aff-corruption",
      "aff-religious-alienation",
      "aff2-religion-turn",
    ]);
    expect(b.neg.offence).toEqual([]);
    // Both DAs are gone: the professionalism DA was kicked after the block dropped the no-link; the
    // counterterrorism DA is answered in the 2AR and its weighing falls with it.
    expect(at("neg-professionalism-da").live).toBe("not-extended");
    expect(at("neg-ct-da").status).toBe("refuted");
    expect(at("neg2nr-weigh").status).toBe("refuted");
    expect(at("aff2ar-weigh").status).toBe("standing");
    expect(b.decision).not.toMatch(/resolution/i);
  });

  it("counts the drops a judge counts: 6 by the Neg and 3 by the Aff, each argument once", () => {
    expect(ids(b.aff.droppedByOpponent)).toEqual([
      "aff-corruption",
      "aff2-no-link",
      "aff2-inherency-answer",
      "aff1ar-returnees",
      "aff1ar-cve-suppress",
      "aff1ar-turn-answer",
    ]);
    expect(ids(b.neg.droppedByOpponent)).toEqual(["neg-osce", "neg-agency", "neg2nr-ease-horror"]);
    expect(b.decision).toContain("Drops: the Neg dropped 6 arguments and the Aff dropped 3 arguments.");
    // The corruption argument: dropped in the 1NC, once, though the 1AR and 2AR extend it.
    expect(at("aff-corruption")).toMatchObject({ dropped: true, droppedIn: "1NC" });
    for (const ext of ["aff1ar-extend-corruption", "aff2ar-corruption"])
      expect(at(ext)).toMatchObject({ dropped: false, argument: "aff-corruption" });
    // The no-link: dropped by the block, not "in the 2NC".
    expect(at("aff2-no-link")).toMatchObject({ dropped: true, droppedIn: "2NC", byBlock: true });
  });

  it("never drops a CX answer, the plan text or the resolution", () => {
    for (const id of ["cx1-plan-conditions", "aff-plan", "resolution", "judge-rfd"])
      expect(at(id).dropped, id).toBe(false);
    expect(at("cx1-plan-conditions").concession).toBe(true);
  });

  it("has no fake turn; the religion link turn is real and the Russia answer is an answer", () => {
    expect(b.aff.fakeTurns).toEqual([]);
    expect(b.neg.fakeTurns).toEqual([]);
    expect(at("aff2-religion-turn")).toMatchObject({ status: "standing", turn: "real" });
    expect(at("aff2-russia-turn").turn).toBeUndefined();
    expect(at("neg-russia-more").why).not.toMatch(/counts for the Aff/);
  });

  it("flags what the last rebuttals did not carry, and the 2NR's OSCE revival as new", () => {
    expect(at("neg2nr-osce-dropped").live).toBe("new");
    expect(at("neg-agency").live).toBe("not-extended");
    expect(at("aff-advantage").live).toBe("not-extended");
  });

  it("models evidence indicts: a card falls, and a too-late indict is not weighed", () => {
    expect(at("ev-cep-field-commander").status).toBe("refuted"); // "read the next sentence"
    expect(at("ev-cep-field-commander").why).toMatch(/^Refuted: indicted by 'Read the next sentence/);
    expect(at("ev-state-main-driver").why).toMatch(/^Refuted: indicted by 'That's the reporter's gloss/);
    expect(at("ev-mf-limited-evidence").why).toMatch(/^Refuted: indicted by 'Read the paragraph/);
    // "We know little" — their own author — indicts the 1AC card, but the 2AC answers it with
    // Khalimov's own words: the indict falls and the card stands.
    expect(at("neg-know-little").status).toBe("refuted");
    expect(at("ev-d1-unrestricted").status).toBe("standing");
    expect(at("neg2-question-indict").why).toMatch(/Too late/);
    expect(at("ev-d1-son").status).toBe("standing");
  });

  it("exports a Markdown ballot that opens with the reason for decision", () => {
    const md = ballotMarkdown(b, "U.S. Security Assistance to Tajikistan");
    expect(
      md.startsWith("# Ballot: U.S. Security Assistance to Tajikistan\n\n## Reason for decision\n\nVote Aff:"),
    ).toBe(true);
  });
});
