import { newUser, ClashApi } from "../fixtures/api";
import { expect, test } from "@playwright/test";

// Runs last (files run in name order with one worker).
test("a flood of wrong passwords locks only the flooded account, forged client addresses change nothing, and sign-out is never limited", async ({
  playwright,
  baseURL,
}) => {
  const victim = newUser("Victim");
  const bystander = newUser("Bystander");
  // One context per account: a context that already holds a session cookie needs an Origin.
  const setup = await playwright.request.newContext({ baseURL });
  const setup2 = await playwright.request.newContext({ baseURL });
  await new ClashApi(setup).signUp(victim);
  await new ClashApi(setup2).signUp(bystander);

  const attacker = await playwright.request.newContext({ baseURL });
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await attacker.post("/api/auth/sign-in/email", {
      data: { email: victim.email, password: `not-the-password-${i}` },
      // A different forged client address each time: without a trusted proxy it must not count.
      headers: { "X-Forwarded-For": `203.0.113.${i + 1}` },
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
  expect(statuses.at(-1)).toBe(429);

  // The flooded account waits, even with its password, and is told for how long…
  const locked = await attacker.post("/api/auth/sign-in/email", {
    data: { email: victim.email, password: victim.password },
  });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);

  // …but another account signs in from a client of its own, and the token stays in the cookie.
  const other = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: new URL(baseURL!).origin },
  });
  const ok = await other.post("/api/auth/sign-in/email", {
    data: { email: bystander.email, password: bystander.password },
  });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).not.toHaveProperty("token");

  // Sign-out is never limited, however often it is called.
  for (let i = 0; i < 20; i++) expect((await other.post("/api/auth/sign-out", { data: {} })).status()).toBe(200);
  await Promise.all([setup.dispose(), setup2.dispose(), attacker.dispose(), other.dispose()]);
});
