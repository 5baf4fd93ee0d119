// A new debate made from the New debate dialog starts with its resolution as a thesis claim.
import { describe, expect, it } from "vitest";
import { CreateDebateInput } from "@/lib/domain/schemas";
import { createDebate } from "@/lib/server/debates/create-debate";
import { getDebate } from "@/lib/server/debates/get-debate";
import { countsOf, makeUser } from "./helpers";

describe("createDebate with resolutionClaim", () => {
  it("creates the resolution as a neutral thesis claim, recorded in the history", async () => {
    const user = await makeUser("author");
    const d = await createDebate({
      user,
      input: CreateDebateInput.parse({
        title: "Arms sales",
        resolution: "The United States should end arms sales to the Gulf.",
        resolutionClaim: true,
      }),
    });
    expect(d.nodeCount).toBe(1);
    const full = await getDebate({ user, debateId: d.id });
    expect(full.nodes).toHaveLength(1);
    expect(full.nodes[0]).toMatchObject({
      kind: "claim",
      side: "neutral",
      role: "thesis",
      title: "The United States should end arms sales to the Gulf.",
    });
    // The debate's own history row and the claim's.
    expect((await countsOf(d.id)).changes).toBe(2);
  });

  it("with no resolution the claim is there, untitled, to fill in; without the flag the map is empty", async () => {
    const user = await makeUser("author");
    const blank = await createDebate({
      user,
      input: CreateDebateInput.parse({ title: "Blank", resolutionClaim: true }),
    });
    const full = await getDebate({ user, debateId: blank.id });
    expect(full.nodes.map((n) => [n.title, n.role])).toEqual([["", "thesis"]]);
    const plain = await createDebate({ user, input: CreateDebateInput.parse({ title: "Plain" }) });
    expect((await countsOf(plain.id)).nodes).toBe(0);
  });
});
