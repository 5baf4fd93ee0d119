import { DEMO_DEBATE_ID, newUser } from "../fixtures/api";
import { AuthPage, Header } from "../fixtures/pages";
import { expect, test } from "../fixtures/test";

test("sign up, sign out and sign in again through the forms", async ({ page, auth }) => {
  const user = newUser("Alice");
  const header = new Header(page);

  await test.step("sign up", async () => {
    await auth.signUp(user);
    await expect(page).toHaveURL("/");
    await expect(header.currentUser).toHaveText(user.name);
  });

  await test.step("sign out", async () => {
    await header.signOut.click();
    await expect(header.currentUser).toBeHidden();
    await expect(header.signInLink).toBeVisible();
  });

  await test.step("a wrong password is refused with an error", async () => {
    await auth.signIn({ email: user.email, password: `${user.password}-wrong` });
    await expect(auth.error).toBeVisible();
    await expect(auth.error).not.toBeEmpty();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(header.currentUser).toBeHidden();
  });

  await test.step("sign in", async () => {
    await auth.signIn(user);
    await expect(page).toHaveURL("/");
    await expect(header.currentUser).toHaveText(user.name);
  });
});

test("signing in from a debate comes back to it; home offers Join a seminar to someone signed out", async ({
  page,
  auth,
  map,
  rest,
}) => {
  const user = newUser("Bea");
  const header = new Header(page);
  await auth.signUp(user);
  await expect(header.currentUser).toHaveText(user.name);
  await header.signOut.click();
  await expect(header.signInLink).toBeVisible();

  await test.step("home: Join a seminar goes to the code form", async () => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: "Join a seminar" }).click();
    await expect(page).toHaveURL("/s");
    await expect(page.getByRole("form", { name: "Join a seminar" })).toBeVisible();
  });

  await test.step("a public debate: the header's Sign in returns to its map", async () => {
    await map.open(DEMO_DEBATE_ID);
    await header.signInLink.click();
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fdebates%2F${DEMO_DEBATE_ID}$`));
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`/debates/${DEMO_DEBATE_ID}`);
    await expect(header.currentUser).toHaveText(user.name);
    await expect(map.canvas).toBeVisible();
    await header.signOut.click();
    await expect(header.signInLink).toBeVisible();
  });

  await test.step("a private debate shared with them: Sign in on the refusal opens it", async () => {
    const debate = await rest.createDebate({ title: "Shared with Bea" });
    await rest.share(debate.id, user.email, "viewer");
    await page.goto(`/debates/${debate.id}`);
    await expect(page.getByRole("heading", { name: "Sign in to open this debate" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`/debates/${debate.id}`);
    await expect(map.title).toHaveText("Shared with Bea");
  });
});

test("a local install signs in at 127.0.0.1 as at localhost (the same address under another name)", async ({
  browser,
  baseURL,
}) => {
  const user = newUser("Loopback");
  const context = await browser.newContext({ baseURL: baseURL!.replace("localhost", "127.0.0.1") });
  const page = await context.newPage();
  const auth = new AuthPage(page);
  await auth.signUp(user);
  await expect(page).toHaveURL("/");
  await expect(new Header(page).currentUser).toHaveText(user.name);
  await context.close();

  // An address it was not set up for (127.0.0.2 is loopback too, but no name of the configured
  // one) is refused, saying what to do rather than "Invalid origin".
  const other = await browser.newContext({ baseURL: baseURL!.replace("localhost", "127.0.0.2") });
  const elsewhere = new AuthPage(await other.newPage());
  await elsewhere.signIn(user);
  await expect(elsewhere.error).toContainText("set up for another address");
  await expect(elsewhere.error).toContainText("CLASH_TRUSTED_ORIGINS");
  await other.close();
});
