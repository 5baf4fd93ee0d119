import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP whose nonce is fresh per request and on every script", async ({
  page,
  request,
}) => {
  const a = await request.get("/");
  const b = await request.get("/");
  const csp = a.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(a.headers()["x-content-type-options"]).toBe("nosniff");
  const nonceOf = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
  expect(nonceOf(csp)).not.toBe(nonceOf(b.headers()["content-security-policy"] ?? ""));

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/debates/tajikistan-demo");
  const nonce = nonceOf(res!.headers()["content-security-policy"] ?? "");
  const scriptNonces = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => s.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((n) => n === nonce)).toBe(true);
  // The app still runs under the policy: the map hydrates and responds to a click.
  await page.locator("[data-testid=arg-node]").first().click();
  await expect(page.getByTestId("inspector").getByLabel("Title")).toBeVisible();
  expect(violations).toEqual([]);
});

test("API answers carry no-store and nosniff", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
});
