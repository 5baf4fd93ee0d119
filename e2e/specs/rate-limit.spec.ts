import { expect, test } from "@playwright/test";

// Runs last (files run in name order with one worker): it exhausts the sign-in bucket for a minute.
test("a flood of sign-in attempts is answered with 429, and forged client-address headers do not escape it", async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) {
    const res = await request.post("/api/auth/sign-in/email", {
      data: { email: `nobody-${i}@example.test`, password: "not-the-password" },
      // A different forged client address each time: without a trusted proxy it must not count.
      headers: { "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Clash-No-Client-Ip": `198.51.100.${i + 1}` },
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 3).every((s) => s === 401)).toBe(true);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
  expect(statuses.at(-1)).toBe(429);
});
