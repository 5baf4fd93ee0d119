import { describe, expect, it } from "vitest";
import { parseArgdown } from "./argdown";
import { parseClashJson, toClashJson } from "./clash-json";
import { GraphBuilder } from "./common";
import { userTags } from "./user-tags";

describe("groups", () => {
  it("GraphBuilder.addGroup hands out keys, keeps parents and drops an unknown parent or group key", () => {
    const g = new GraphBuilder("argdown");
    const pocket = g.addGroup({ title: "Aff", kind: "pocket" });
    const hat = g.addGroup({ title: "Harms", kind: "hat", parentKey: pocket });
    const orphan = g.addGroup({ title: "Loose", kind: "block", parentKey: "nope" });
    g.addNode({ key: "a", title: "A", groupKey: hat });
    g.addNode({ key: "b", title: "B", groupKey: "missing" });
    const built = g.build({ title: "T", resolution: "", description: "" });
    expect(built.groups).toEqual([
      { key: pocket, title: "Aff", kind: "pocket" },
      { key: hat, title: "Harms", kind: "hat", parentKey: pocket },
      { key: orphan, title: "Loose", kind: "block" },
    ]);
    expect(built.nodes.map((n) => n.groupKey)).toEqual([hat, undefined]);
  });

  it("makes Argdown headings nested heading groups and puts each statement in its heading", () => {
    const g = parseArgdown(
      "# Economy\n\n## Jobs\n\n[A]: Wages rise.\n  + [B]: Demand grows.\n\n# Health\n\n[C]: Fewer accidents.\n  - [A]\n",
    );
    const byTitle = new Map(g.groups.map((x) => [x.title, x]));
    expect([...byTitle.keys()]).toEqual(["Economy", "Jobs", "Health"]);
    expect(byTitle.get("Jobs")!.parentKey).toBe(byTitle.get("Economy")!.key);
    expect(byTitle.get("Health")!.parentKey).toBeUndefined();
    const groupOf = (key: string) =>
      g.groups.find((x) => x.key === g.nodes.find((n) => n.key === key)!.groupKey)?.title;
    expect(groupOf("s:A")).toBe("Jobs");
    expect(groupOf("s:C")).toBe("Health");
  });
});

describe("userTags", () => {
  it("keeps a file's own labels and leaves out Clash field tags and Kialo/AIF ids", () => {
    const tags = ["pro", "1AC", "role-harms", "kialo:1.2", "aif:7", "economy", " economy ", "Urgent"];
    expect(userTags({ tags })).toEqual(["economy", "Urgent"]);
    expect(userTags({})).toEqual([]);
  });

  it("keeps Argdown #tags as user tags", () => {
    const g = parseArgdown("[A]: Wages rise. #economy #con\n  + [B]: Demand grows. #economy\n");
    expect(userTags(g.nodes.find((n) => n.key === "s:A")!)).toEqual(["economy"]);
    expect(g.nodes.find((n) => n.key === "s:A")!.side).toBe("neg");
  });
});

describe("Clash JSON keeps groups and tags", () => {
  it("exports groups (parents first) and each node's group and tags, and imports them back", () => {
    const node = (id: string, groupId: string | null, tags: string[]) => ({
      id,
      kind: "claim" as const,
      side: "aff" as const,
      role: null,
      speech: null,
      responseType: null,
      title: `Claim ${id}`,
      body: "",
      position: { x: 0, y: 0 },
      version: 1,
      evidence: null,
      groupId,
      tags,
    });
    const doc = toClashJson({
      id: "d",
      title: "T",
      resolution: "",
      description: "",
      nodes: [node("n1", "g2", ["economy"]), node("n2", null, [])],
      edges: [],
      sources: [],
      groups: [
        { id: "g1", parentId: null, kind: "pocket", title: "Aff", order: 0 },
        { id: "g2", parentId: "g1", kind: "hat", title: "Harms", order: 0 },
      ],
    });
    expect(doc.groups).toHaveLength(2);
    expect(doc.nodes[0]).toMatchObject({ groupId: "g2", tags: ["economy"] });
    const g = parseClashJson(JSON.parse(JSON.stringify(doc)));
    expect(g.groups.map((x) => [x.title, x.kind])).toEqual([
      ["Aff", "pocket"],
      ["Harms", "hat"],
    ]);
    expect(g.groups[1]!.parentKey).toBe(g.groups[0]!.key);
    expect(g.nodes[0]!.groupKey).toBe(g.groups[1]!.key);
    expect(g.nodes[0]!.tags).toEqual(["economy"]);
    expect(g.nodes[1]!.groupKey).toBeUndefined();
  });
});
