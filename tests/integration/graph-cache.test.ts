// The graph cache is bounded by bytes (CLASH_GRAPH_CACHE_BYTES) and drops the least recently used.
import { describe, expect, it } from "vitest";
import { getDebate } from "@/lib/server/debates/get-debate";
import { graphCacheStats, trimToBudget } from "@/lib/server/debates/read-graph";
import { makeDebate, type Fixture } from "./helpers";

describe("graph cache", () => {
  it("trims to its byte budget, evicting the least recently read debate first", async () => {
    const debates: Fixture[] = [];
    for (let i = 0; i < 6; i++) debates.push(await makeDebate({}));
    const read = (f: Fixture) => getDebate({ user: f.owner, debateId: f.debateId });
    for (const f of debates) await read(f);
    // Read the first again: it becomes the most recently used.
    await read(debates[0]!);
    const before = graphCacheStats();
    expect(before.debateIds.at(-1)).toBe(debates[0]!.debateId);
    const mine = debates.map((d) => d.debateId);

    const perEntry = Math.ceil(before.bytes / before.debateIds.length);
    trimToBudget(perEntry * 2);
    const after = graphCacheStats();
    expect(after.bytes).toBeLessThanOrEqual(perEntry * 2 + perEntry);
    expect(after.debateIds.length).toBeLessThan(before.debateIds.length);
    // Kept: the most recent reads (the first debate, read again, and the last one).
    expect(after.debateIds).toContain(debates[0]!.debateId);
    expect(after.debateIds).toContain(debates[5]!.debateId);
    // Dropped: the second debate, read least recently.
    expect(after.debateIds).not.toContain(debates[1]!.debateId);
    expect(after.debateIds.filter((id) => mine.includes(id)).length).toBeGreaterThan(0);

    // A budget of 0 keeps only the newest.
    trimToBudget(0);
    expect(graphCacheStats().debateIds).toEqual([debates[0]!.debateId]);
  });
});
