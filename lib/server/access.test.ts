import { describe, expect, it } from "vitest";
import { requireRole, roleFrom } from "./access";
import { AppError } from "./errors";

const owner = { id: "u-owner", name: "Owner", email: "owner@example.test" };
const member = { id: "u-member", name: "Member", email: "member@example.test" };
const privateDebate = { ownerId: owner.id, visibility: "private" };
const publicDebate = { ownerId: owner.id, visibility: "public" };
const past = new Date(Date.now() - 60_000);
const future = new Date(Date.now() + 60_000);
const viaLink = (link: { revokedAt: Date | null; expiresAt: Date | null }, directRole: string | null = null) => ({
  role: "editor",
  linkId: "link-1",
  directRole,
  link,
});

describe("roleFrom (the role decided from rows already read)", () => {
  it("makes the debate's owner its owner, whatever membership row comes along", () => {
    expect(roleFrom(privateDebate, owner, { role: "viewer", linkId: null, directRole: null, link: null })).toBe(
      "owner",
    );
  });

  it("gives a link's role only while the link is live, then the direct role under it", () => {
    expect(roleFrom(privateDebate, member, viaLink({ revokedAt: null, expiresAt: future }))).toBe("editor");
    expect(roleFrom(privateDebate, member, viaLink({ revokedAt: null, expiresAt: past }, "commenter"))).toBe(
      "commenter",
    );
    expect(roleFrom(privateDebate, member, viaLink({ revokedAt: past, expiresAt: null }))).toBeNull();
  });

  it("lets anyone view a public debate, and nobody without a role see a private one", () => {
    expect(roleFrom(publicDebate, null, null)).toBe("viewer");
    expect(roleFrom(publicDebate, member, viaLink({ revokedAt: past, expiresAt: null }))).toBe("viewer");
    expect(roleFrom(privateDebate, member, null)).toBeNull();
  });
});

describe("requireRole", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as AppError).code;
    }
    return "ok";
  };

  it("passes a role at least the one needed and hands back the caller", () => {
    expect(requireRole("owner", owner, "editor")).toBe(owner);
    expect(requireRole("viewer", null, "viewer")).toBeNull();
  });

  it("refuses the anonymous with 401 and the signed-in with 403", () => {
    expect(code(() => requireRole("viewer", null, "editor"))).toBe("unauthorized");
    expect(code(() => requireRole(null, null, "viewer"))).toBe("unauthorized");
    expect(code(() => requireRole("commenter", member, "editor"))).toBe("forbidden");
    expect(code(() => requireRole(null, member, "viewer"))).toBe("forbidden");
  });
});
