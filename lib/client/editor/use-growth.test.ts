import { describe, expect, it } from "vitest";
import type { NodeDto } from "@/lib/domain/schemas";
import { nearestFirst } from "./use-growth";

const node = (id: string, x: number, y: number): NodeDto =>
  ({ id, kind: "claim", side: "aff", title: id, position: { x, y } }) as NodeDto;

describe("nearestFirst (the order a small map's remaining cards are added in)", () => {
  const nodes = [node("far", 5000, 0), node("near", 300, 0), node("held", 0, 0), node("mid", 1500, 900)];

  it("takes the nearest cards to the view's centre first, skipping those React Flow already holds", () => {
    expect(nearestFirst(nodes, { x: 0, y: 0 }, (id) => id === "held", 2)).toEqual(["near", "mid"]);
    expect(nearestFirst(nodes, { x: 5000, y: 0 }, () => false, 4)).toEqual(["far", "mid", "near", "held"]);
  });

  it("returns nothing once every card is held: the map is whole", () => {
    expect(nearestFirst(nodes, { x: 0, y: 0 }, () => true, 8)).toEqual([]);
  });
});
