import { describe, expect, it } from "vitest";
import * as demo from "@/prisma/seed-data/tajikistan";
import { estimateSize, NODE_WIDTH } from "./layout";
import type { NodeDto } from "./schemas";
import { layoutBySpeech } from "./speech-layout";
import { SPEECHES } from "./vocabulary";

const nodes = demo.nodes.map((n) => ({
  id: n.key,
  kind: n.kind,
  side: n.side,
  speech: n.speech ?? null,
  title: n.title,
  evidence: n.evidence ? ({ quote: n.evidence.quote } as NodeDto["evidence"]) : null,
}));
const edges = demo.edges.map((e) => ({ source: e.from, target: e.to, relation: e.relation }));

describe("layoutBySpeech on the seeded debate", () => {
  const pos = layoutBySpeech(nodes, edges);

  it("places every argument, later speeches to the right", () => {
    expect(pos.size).toBe(nodes.length);
    const order = (s: string | null) => (s ? SPEECHES.indexOf(s as (typeof SPEECHES)[number]) : 99);
    const claims = nodes.filter((n) => n.kind !== "evidence" && n.speech);
    for (const a of claims)
      for (const b of claims)
        if (order(a.speech) < order(b.speech)) expect(pos.get(a.id)!.x).toBeLessThan(pos.get(b.id)!.x);
  });

  it("puts an answer level with what it answers when it is the first answer", () => {
    const e = edges.find((x) => x.relation === "rebuts" && nodes.find((n) => n.id === x.source)?.speech === "2AC")!;
    expect(pos.get(e.source)!.x).toBeGreaterThan(pos.get(e.target)!.x);
  });

  it("never overlaps two nodes", () => {
    const boxes = nodes.map((n) => ({ id: n.id, ...pos.get(n.id)!, w: NODE_WIDTH, h: estimateSize(n).height }));
    const hits: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!,
          b = boxes[j]!;
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) hits.push(`${a.id}/${b.id}`);
      }
    expect(hits).toEqual([]);
  });
});
