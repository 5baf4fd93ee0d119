// The auth boundary through the real route handlers (Better Auth on the test database): body caps,
// field lengths, the password policy, uniform sign-up answers, tokens kept out of JSON, per-account
// sign-in limits, the shedding ceiling, and sign-out that is never limited.
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...all]/route";
import { POST as createDebate } from "@/app/api/debates/route";
import { shedLoad, resetCeiling } from "@/lib/server/load-shed";
import { db, unique } from "./helpers";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery staple";

function post(path: string, body: string | object, cookie?: string): Promise<Response> {
  return POST(
    new Request(`${ORIGIN}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
const newEmail = () => `${unique("auth")}@test.clash.local`.toLowerCase();

async function signUp(email = newEmail(), password = PASSWORD, name = "Ada") {
  const res = await post("/sign-up/email", { name, email, password });
  return { res, email, cookie: cookieOf(res), json: await res.clone().json() };
}

describe("auth routes", () => {
  it("refuse a 5 MB name with 413 and store nothing", async () => {
    const email = newEmail();
    const res = await post("/sign-up/email", { name: "x".repeat(5_000_000), email, password: PASSWORD });
    expect(res.status).toBe(413);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuse a name over 100 characters, a long e-mail, short and breached passwords (422), storing nothing", async () => {
    for (const body of [
      { name: "y".repeat(101), email: newEmail(), password: PASSWORD },
      { name: "Ada", email: `${"z".repeat(250)}@test.clash.local`, password: PASSWORD },
      { name: "Ada", email: newEmail(), password: "elevenchars" },
      { name: "Ada", email: newEmail(), password: "Password1234!" },
    ]) {
      const res = await post("/sign-up/email", body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(await db.user.count({ where: { email: body.email } })).toBe(0);
    }
  });

  it("refuse a name over 100 characters on update-user", async () => {
    const { cookie, email } = await signUp();
    const res = await post("/update-user", { name: "w".repeat(101) }, cookie);
    expect(res.status).toBe(422);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Ada");
  });

  it("refuse a lone surrogate in a JSON body with 400", async () => {
    const email = newEmail();
    const res = await post("/sign-up/email", `{"name":"\\ud800","email":"${email}","password":"${PASSWORD}"}`);
    expect(res.status).toBe(400);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("sign up and in with the session in the cookie only, never in a JSON body", async () => {
    const { res, json, cookie, email } = await signUp();
    expect(res.status).toBe(200);
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(json).not.toHaveProperty("token");
    expect(json.user.email).toBe(email);

    const signIn = await post("/sign-in/email", { email, password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(cookieOf(signIn)).toMatch(/better-auth\.session_token=/);
    const body = await signIn.json();
    expect(body).not.toHaveProperty("token");
    expect(JSON.stringify(body)).not.toContain(cookieOf(signIn).split("=")[1]!.split(".")[0]!);

    const session = await GET(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie } }));
    const s = await session.json();
    expect(s.user.email).toBe(email);
    expect(s.session).not.toHaveProperty("token");
  });

  it("answer a sign-up for an existing e-mail as for a new one (status and shape), without a session", async () => {
    const { email } = await signUp();
    const again = await post("/sign-up/email", { name: "Mallory", email, password: "another long passphrase" });
    const fresh = await post("/sign-up/email", {
      name: "Mallory",
      email: newEmail(),
      password: "another long passphrase",
    });
    expect(again.status).toBe(fresh.status);
    const [a, f] = [await again.json(), await fresh.json()];
    expect(Object.keys(a).sort()).toEqual(Object.keys(f).sort());
    expect(Object.keys(a.user).sort()).toEqual(Object.keys(f.user).sort());
    expect(cookieOf(again)).not.toMatch(/session_token=[^;]/);
    // and the existing account is unchanged
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Ada");
  });

  it("limit failed sign-ins per account: the flooded account waits (429, Retry-After), another signs in", async () => {
    const victim = await signUp();
    const other = await signUp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await post("/sign-in/email", { email: victim.email, password: `wrong password ${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const locked = await post("/sign-in/email", { email: victim.email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    // A sign-up for the flooded address is a sign-in attempt too: it waits as well.
    expect(
      (await post("/sign-up/email", { name: "X", email: victim.email, password: "yet another passphrase" })).status,
    ).toBe(429);
    const ok = await post("/sign-in/email", { email: other.email, password: PASSWORD });
    expect(ok.status).toBe(200);
  });

  it("shed load past the global ceiling with 429 + Retry-After, and never limit sign-out", async () => {
    const { cookie, email } = await signUp();
    try {
      for (let i = 0; i < 1000; i++) {
        try {
          shedLoad("auth-password-work", { perSecond: 20, burst: 40, what: "test" });
        } catch {
          break;
        }
      }
      const shed = await post("/sign-in/email", { email, password: PASSWORD });
      expect(shed.status).toBe(429);
      expect(shed.headers.get("retry-after")).toBe("1");
      const out = await post("/sign-out", {}, cookie);
      expect(out.status).toBe(200);
      expect(await db.session.count({ where: { user: { email } } })).toBe(0);
    } finally {
      resetCeiling("auth-password-work");
    }
    expect((await post("/sign-in/email", { email, password: PASSWORD })).status).toBe(200);
  });

  it("cap sign-out's body too (413), and sign out with an empty body", async () => {
    const { cookie, email } = await signUp();
    expect((await post("/sign-out", JSON.stringify({ pad: "p".repeat(100_000) }), cookie)).status).toBe(413);
    expect(await db.session.count({ where: { user: { email } } })).toBe(1);
    const out = await POST(
      new Request(`${ORIGIN}/api/auth/sign-out`, { method: "POST", headers: { origin: ORIGIN, cookie } }),
    );
    expect(out.status).toBe(200);
    expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  });

  it("refuse a lone surrogate in an API body with 400 (was a 500 at the write), writing nothing", async () => {
    const { cookie } = await signUp();
    const title = unique("Surrogate");
    const res = await createDebate(
      new Request(`${ORIGIN}/api/debates`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, cookie },
        body: `{"title":"${title} \\ud800"}`,
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(400);
    expect(await db.debate.count({ where: { title: { startsWith: title } } })).toBe(0);
  });
});
