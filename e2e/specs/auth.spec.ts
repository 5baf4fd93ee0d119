import { newUser } from "../fixtures/api";
import { Header } from "../fixtures/pages";
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
