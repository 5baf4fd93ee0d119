import { describe, expect, it } from "vitest";
import { CreateDebateInput, CreateLinkInput } from "@/lib/domain/schemas";
import { StartSeminarInput } from "@/lib/domain/seminar-schemas";
import type { SessionUser } from "@/lib/server/auth-guard";
import { createDebate } from "@/lib/server/debates/create-debate";
import { authorizeImport } from "@/lib/server/imports/authorize-import";
import { createLink } from "@/lib/server/links/create-link";
import { redeemLink } from "@/lib/server/links/redeem-link";
import { joinSeminar } from "@/lib/server/seminars/join-seminar";
import { startSeminar } from "@/lib/server/seminars/start-seminar";
import { db, expectAppError, makeDebate, makeUser, unique } from "./helpers";

const LIMITED = "guest accounts can only take part in their seminar; sign up to create debates";

/** A guest minted by joining a seminar that lets guests in, as the API then sees them. */
async function guestOfASeminar() {
  const f = await makeDebate({});
  const s = await startSeminar({
    user: f.owner,
    input: StartSeminarInput.parse({ debateId: f.debateId, allowGuests: true }),
  });
  const r = await joinSeminar({ user: null, input: { code: s.code, name: "Gus" }, client: unique("c") });
  const session = await db.session.findUniqueOrThrow({
    where: { token: r.guestSession!.token },
    include: { user: true },
  });
  const guest: SessionUser = { id: session.user.id, name: session.user.name, email: session.user.email };
  return { f, s, guest };
}

describe("a seminar guest", () => {
  it("cannot create a debate (403, nothing written)", async () => {
    const { guest } = await guestOfASeminar();
    const err = await expectAppError(
      createDebate({ user: guest, input: CreateDebateInput.parse({ title: "Guest's debate" }) }),
      "forbidden",
    );
    expect(err.message).toBe(LIMITED);
    expect(await db.debate.count({ where: { ownerId: guest.id } })).toBe(0);
  });

  it("cannot import, into a new debate or an existing one", async () => {
    const { f, guest } = await guestOfASeminar();
    expect((await expectAppError(authorizeImport(guest), "forbidden")).message).toBe(LIMITED);
    await db.membership.create({ data: { debateId: f.debateId, userId: guest.id, role: "editor" } });
    expect((await expectAppError(authorizeImport(guest, f.debateId), "forbidden")).message).toBe(LIMITED);
  });

  it("cannot redeem a share link (no membership is made)", async () => {
    const { guest } = await guestOfASeminar();
    const other = await makeDebate({});
    const { token } = await createLink({
      user: other.owner,
      debateId: other.debateId,
      input: CreateLinkInput.parse({ role: "editor" }),
    });
    expect((await expectAppError(redeemLink({ user: guest, token }), "forbidden")).message).toBe(LIMITED);
    expect(await db.membership.count({ where: { userId: guest.id } })).toBe(0);
  });

  it("cannot start a seminar, even on a debate they were made an editor of", async () => {
    const { guest } = await guestOfASeminar();
    const other = await makeDebate({ members: [{ user: guest, role: "editor" }] });
    const err = await expectAppError(
      startSeminar({ user: guest, input: StartSeminarInput.parse({ debateId: other.debateId }) }),
      "forbidden",
    );
    expect(err.message).toBe(LIMITED);
    expect(await db.seminar.count({ where: { debateId: other.debateId } })).toBe(0);
  });

  it("leaves full accounts alone", async () => {
    const user = await makeUser("full");
    const d = await createDebate({ user, input: CreateDebateInput.parse({ title: "Mine" }) });
    expect(d.role).toBe("owner");
    expect((await authorizeImport(user)).user.id).toBe(user.id);
    await startSeminar({ user, input: StartSeminarInput.parse({ debateId: d.id }) });
  });
});
