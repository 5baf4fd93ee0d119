// The graph cache is bounded by bytes (CLASH_GRAPH_CACHE_BYTES) and drops the least recently used.
import { describe, expect, it } from "vitest";
import { makeDebate, type Fixture } from "./helpers";

// Set before the server modules read the environment (each test file runs in its own module graph).
process.env.CLASH_GRAPH_CACHE_BYTES = "7000";
const { getDebate } = await import("@/lib/server/debates/get-debate");
const { graphCacheStats } = await import("@/lib/server/debates/read-graph");

describe("graph cache", () => {
  it("stays under its byte budget, evicting the least recently read debate first", async () => {
    const debates: Fixture[] = [];
    for (let i = 0; i < 6; i++) debates.push(await makeDebate({}));
    const read = (f: Fixture) => getDebate({ user: f.owner, debateId: f.debateId });
    for (const f of debates) await read(f);
    const afterAll = graphCacheStats();
    expect(afterAll.bytes).toBeLessThanOrEqual(7_000);
    expect(afterAll.debateIds.length).toBeGreaterThan(0);
    expect(afterAll.debateIds.length).toBeLessThan(6);
    // The most recent read is always kept.
    expect(afterAll.debateIds.at(-1)).toBe(debates[5]!.debateId);

    // Reading an older cached debate makes it the most recent: the next eviction takes another.
    const kept = afterAll.debateIds[0]!;
    const f = debates.find((d) => d.debateId === kept)!;
    await read(f);
    expect(graphCacheStats().debateIds.at(-1)).toBe(kept);
    await read(debates.find((d) => !graphCacheStats().debateIds.includes(d.debateId))!);
    expect(graphCacheStats().debateIds).toContain(kept);
  });
});
