// Issue 12 item 6: the map's chrome never covers an argument. The toolbar is one row at 1440 px and
// wraps its groups whole on a narrow screen; who is here sits in the toolbar; "See whole map" frames
// the arguments clear of the minimap and the zoom buttons.
import AxeBuilder from "@axe-core/playwright";
import { DEMO_DEBATE_ID, DEMO_NODE_COUNT } from "../fixtures/api";
import { expect, test } from "../fixtures/test";
import type { MapPage } from "../fixtures/pages";

const SCREENS = "test-results/screens";
type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The toolbar's height and, per direct child, its box. */
async function toolbarLayout(map: MapPage) {
  return map.toolbar.evaluate((tb) => ({
    height: tb.getBoundingClientRect().height,
    overflows: tb.scrollWidth > tb.clientWidth + 1,
    right: tb.getBoundingClientRect().right,
    items: [...tb.children]
      .filter((c) => (c as HTMLElement).offsetWidth > 0)
      .map((c) => {
        const r = c.getBoundingClientRect();
        return { name: c.className, top: Math.round(r.top), bottom: Math.round(r.bottom), right: r.right };
      }),
  }));
}

test("the toolbar is one row at 1440 px and wraps its groups whole at 800 px; who is here is in it", async ({
  page,
  api,
  map,
  newPerson,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Toolbar width", visibility: "public" });
  await api.createNode(debate.id, { title: "One claim" });

  await page.setViewportSize({ width: 1440, height: 900 });
  await map.open(debate.id, 1);
  await expect(map.tool("+ Claim")).toBeVisible();
  // Five people here: three faces and "+2" (two faces alone had wrapped the toolbar to a second row).
  for (let i = 0; i < 4; i++) await (await newPerson(`Reader ${i}`)).page.goto(`/debates/${debate.id}`);
  await expect(map.toolbar.getByTestId("presence-person")).toHaveCount(3);
  await expect(map.toolbar.getByTestId("presence-more")).toHaveText("+2");
  const wide = await toolbarLayout(map);
  const tops = new Set(wide.items.map((i) => i.top));
  // Every group on one row: their tops agree within a few pixels, and the bar is one button high.
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
  expect(wide.height).toBeLessThan(56);
  expect(wide.overflows).toBe(false);
  // Who is here (the live dot and the avatars) is docked in the toolbar, not over the canvas.
  await expect(map.toolbar.getByTestId("presence")).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/toolbar-1440.png`, clip: { x: 0, y: 0, width: 1440, height: 140 } });
  // Searching widens the box over its neighbours: the bar stays one row, the map where it was.
  const canvasTop = (await map.canvas.boundingBox())!.y;
  await page.keyboard.press("/");
  await expect(
    page.getByRole("search").getByRole("combobox").or(page.getByRole("search").locator("input")),
  ).toBeFocused();
  await page.waitForTimeout(250); // its widening transition
  expect((await toolbarLayout(map)).height).toBe(wide.height);
  expect((await map.canvas.boundingBox())!.y).toBe(canvasTop);
  await page.keyboard.press("Escape");

  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(async () => (await toolbarLayout(map)).height).toBeGreaterThan(wide.height);
  const narrow = await toolbarLayout(map);
  expect(narrow.overflows).toBe(false);
  for (const item of narrow.items) expect(item.right).toBeLessThanOrEqual(narrow.right + 1);
  // Each group stays whole: its buttons share one row.
  const groups = await map.toolbar
    .locator(".tool-group")
    .evaluateAll((els) =>
      els.map((g) => new Set([...g.children].map((c) => Math.round(c.getBoundingClientRect().top))).size),
    );
  for (const rows of groups) expect(rows).toBe(1);
  // And the layouts behind the menu are still one click away.
  await map.toolbar.getByRole("button", { name: "Other layouts" }).click();
  await expect(page.getByRole("menuitem", { name: /Compact/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu", { name: "Layouts" })).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/toolbar-800.png`, clip: { x: 0, y: 0, width: 800, height: 220 } });
});

for (const width of [1440, 1024, 700, 560, 390]) {
  test(`at ${width} px the header's title, badges and buttons overlap nothing, each in full view`, async ({
    page,
    api,
    map,
    user: _user,
  }) => {
    // Its owner sees every button (Share, Settings, Import, Seminar) beside a long title.
    const debate = await api.createDebate({
      title: "U.S. security assistance to Tajikistan: governance benchmarks after the Khalimov defection",
    });
    await api.createNode(debate.id, { title: "One claim" });
    await page.setViewportSize({ width, height: 900 });
    await map.open(debate.id, 1);
    const header = page.locator(".site-header");
    const more = header.getByRole("button", { name: "More actions" });
    if (width <= 720) {
      // On a phone Settings, Import… and Seminar… wait behind More actions, beside Share: the
      // title's row and the brand's are the whole header.
      await expect(header.getByRole("button", { name: "Settings" })).toBeHidden();
      expect((await header.boundingBox())!.height).toBeLessThan(100);
      await more.click();
      await expect(more).toHaveAttribute("aria-expanded", "true");
      await expect(header.getByRole("button", { name: "Seminar…" })).toBeVisible();
    } else await expect(more).toBeHidden();
    // Every box a person reads or presses in the header: brand, title, badges, buttons, who is signed in.
    const boxes = await header.locator("a, h1, .badge, button, .user-name").evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetWidth > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent?.trim() ?? "", x: r.x, y: r.y, width: r.width, height: r.height };
        }),
    );
    expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(["Share", "Settings", "Import…", "Seminar…"]));
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => intersects(a, b))
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(overlaps).toEqual([]);
    for (const b of boxes) {
      expect(b.x, b.name).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, b.name).toBeLessThanOrEqual(width);
    }
    // The title gives way (ellipsis) before anything wraps: at a laptop's width the header is one row.
    if (width >= 1024) expect((await header.boundingBox())!.height).toBeLessThan(56);
    // On a phone the title and its buttons get a row of their own under the brand (squeezed beside
    // it, each button took a row and the header half the screen): at most three rows of buttons.
    else expect((await header.boundingBox())!.height).toBeLessThan(150);
    await page.screenshot({ path: `${SCREENS}/header-${width}.png`, clip: { x: 0, y: 0, width, height: 140 } });
  });
}

for (const width of [1440, 800]) {
  test(`at ${width} px, after See whole map no argument is under the minimap, the zoom buttons or who is here`, async ({
    page,
    map,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
    await page.getByTestId("see-whole-map").click();
    // The fit animates: wait until the viewport holds still.
    let last = "";
    await expect
      .poll(async () => {
        const t = await map.viewport.evaluate((el) => getComputedStyle(el).transform);
        const still = t === last;
        last = t;
        return still;
      })
      .toBe(true);
    const chrome = page.locator(".react-flow__minimap, .react-flow__controls, [data-testid=presence]");
    await expect(chrome.first()).toBeVisible();
    const covers = await chrome.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.className.toString(), x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    // A wide window docks the overview beside the canvas; a narrow one keeps its width for the
    // map until the person opens the dock (▣ among the zoom buttons).
    expect(covers.some((c) => c.name.includes("minimap"))).toBe(width >= 1280);
    if (width < 1280) await expect(page.getByRole("button", { name: "Show the overview" })).toBeVisible();
    const nodes = await map.nodes.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute("data-node-id"), x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    // Zoomed out, crowded answers sit in a cluster on their parent's card: every card on screen
    // (full or short, clusters too) must be clear of the docked controls.
    expect(nodes.length).toBeGreaterThan(0);
    const hidden = nodes.flatMap((n) => covers.filter((c) => intersects(n, c)).map((c) => `${n.id} under ${c.name}`));
    expect(hidden).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/whole-map-${width}.png` });
  });
}

test("a short title keeps its own width: its badges follow it without a gap", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Aid trial" });
  await api.createNode(debate.id, { title: "One claim" });
  await map.open(debate.id, 1);
  const title = page.getByTestId("debate-title");
  const text = await title.evaluate((h) => {
    const range = document.createRange();
    range.selectNodeContents(h);
    return { right: range.getBoundingClientRect().right, box: h.getBoundingClientRect().right };
  });
  const badge = (await page.getByTestId("visibility").boundingBox())!;
  // The flex gap is 8 px; the title's box ends at its text (10em would leave ~80 px of blank here).
  expect(text.box - text.right).toBeLessThan(4);
  expect(badge.x - text.right).toBeLessThan(14);
});

test("the overview dock has no empty column: its minimap runs from under its heading to its foot", async ({
  page,
  map,
}) => {
  for (const height of [900, 1300]) {
    await page.setViewportSize({ width: 1600, height });
    await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
    const dock = (await page.getByTestId("map-dock").boundingBox())!;
    const minimap = (await page.getByTestId("minimap").boundingBox())!;
    // The dock's padding (8 px) and its heading (~24 px) above; nothing else.
    expect(minimap.y - dock.y).toBeLessThan(48);
    expect(dock.y + dock.height - (minimap.y + minimap.height)).toBeLessThan(12);
  }
});

test("the reader takes the overview's column while it is open, and gives it back", async ({ page, map }) => {
  await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
  const dock = page.getByTestId("map-dock");
  await expect(dock).toBeVisible();
  const alone = (await map.canvas.boundingBox())!.width;
  await page.getByRole("button", { name: /^Sources/ }).click();
  await expect(page.getByTestId("reader-panel")).toBeVisible();
  await expect(dock).toHaveCount(0);
  // The map keeps more than a strip beside the reader and the inspector.
  expect((await map.canvas.boundingBox())!.width).toBeGreaterThan(alone - 400);
  await page.getByRole("button", { name: /^Sources/ }).click();
  await expect(page.getByTestId("reader-panel")).toHaveCount(0);
  await expect(dock).toBeVisible();
});

test("the ballot, the history and the sources take the map's side one at a time; Escape closes the one in focus", async ({
  page,
  map,
}) => {
  await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
  const alone = (await map.canvas.boundingBox())!.width;
  // An argument in the left half of the map, clear of any panel, selected first.
  const picked = await map.canvas.locator(".react-flow__node").evaluateAll(
    (els, area) =>
      els
        .find((el) => {
          const b = el.getBoundingClientRect();
          return (
            b.left > area.x &&
            b.top > area.y + 40 &&
            b.right < area.x + area.width / 2 &&
            b.bottom < area.y + area.height
          );
        })
        ?.getAttribute("data-id") ?? null,
    (await map.canvas.boundingBox())!,
  );
  expect(picked).not.toBeNull();
  await map.select(picked!);
  const ballot = page.getByTestId("ballot");
  const history = page.getByTestId("history-panel");
  const sources = page.getByTestId("reader-panel");
  await page.getByRole("button", { name: "Ballot" }).click();
  await expect(ballot).toBeVisible();
  await page.getByRole("button", { name: "History" }).click();
  await expect(history).toBeVisible();
  await expect(ballot).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ballot" })).toHaveAttribute("aria-pressed", "false");
  // The map keeps more than a strip beside one panel and the inspector (four columns left it ~150 px).
  expect((await map.canvas.boundingBox())!.width).toBeGreaterThan(alone - 400);
  await page.getByRole("button", { name: /^Sources/ }).click();
  await expect(sources).toBeVisible();
  await expect(history).toHaveCount(0);
  await page.keyboard.press("b");
  await expect(ballot).toBeVisible();
  await expect(sources).toHaveCount(0);

  // Escape in a panel closes it and hands the focus back to its button; the selection stays.
  await ballot.getByRole("button").first().focus();
  await page.keyboard.press("Escape");
  await expect(ballot).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ballot" })).toBeFocused();
  await expect(map.node(picked!)).toHaveClass(/is-selected/);
  await page.getByRole("button", { name: "History" }).click();
  await history.getByRole("button", { name: "Close history" }).focus();
  await page.keyboard.press("Escape");
  await expect(history).toHaveCount(0);
  await expect(page.getByRole("button", { name: "History" })).toBeFocused();
});

test("on a phone the toolbar keeps adding and undoing in view and folds the rest behind More tools", async ({
  page,
  api,
  map,
  user: _user,
}) => {
  const debate = await api.createDebate({ title: "Phone tools" });
  const claim = await api.createNode(debate.id, { kind: "claim", side: "aff", title: "Aid builds capacity" });
  await page.setViewportSize({ width: 390, height: 844 });
  await map.open(debate.id, 1);
  const more = map.toolbar.getByRole("button", { name: "More tools" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  for (const name of ["+ Claim", "+ Rebuttal", "+ Evidence", "Undo", "Redo"])
    await expect(map.tool(name)).toBeVisible();
  for (const name of ["Delete", "Fit", "Ballot", "Export"]) await expect(map.tool(name)).toBeHidden();
  // Folded, the toolbar is three rows (tabs and search; adding; saved and who is here), not five.
  const folded = (await map.toolbar.boundingBox())!.height;
  expect(folded).toBeLessThan(150);
  expect((await toolbarLayout(map)).overflows).toBe(false);

  // From the keyboard: the toggle opens the rest, each in full view, and its popovers work.
  await map.node(claim.id).click();
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(more).toHaveAttribute("aria-expanded", "true");
  for (const name of ["Delete", "Fit", "Ballot", "Export"]) await expect(map.tool(name)).toBeVisible();
  const open = await toolbarLayout(map);
  expect(open.overflows).toBe(false);
  for (const item of open.items) expect(item.right).toBeLessThanOrEqual(open.right + 1);
  await page.keyboard.press("Tab");
  await expect(map.tool("Delete")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(map.node(claim.id)).toHaveCount(0);
  // The tools fold again once one has done its work, the focus on More (not lost with the button).
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await expect(more).toBeFocused();
  await map.tool("Undo").click();
  await expect(map.node(claim.id)).toBeVisible();
  await more.click();
  const sources = map.toolbar.getByRole("button", { name: /^Sources/ });
  await sources.click();
  await expect(page.getByTestId("reader-panel")).toBeVisible();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await page.getByTestId("sources-toggle").evaluate((b) => (b as HTMLElement).click()); // folded: not a role to find
  await expect(page.getByTestId("reader-panel")).toHaveCount(0);
  // A menu's opener leaves them unfolded until its choice is made.
  await more.click();
  await map.tool("Export").click();
  await expect(page.getByRole("menu")).toBeVisible();
  await page.keyboard.press("Escape");
  const { violations } = await new AxeBuilder({ page }).include(".toolbar").analyze();
  expect(violations.filter((v) => v.impact === "critical" || v.impact === "serious").map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SCREENS}/toolbar-390-open.png`, clip: { x: 0, y: 0, width: 390, height: 360 } });

  // Folded again, and on a wide window there is nothing to fold.
  await more.click();
  await expect(map.tool("Export")).toBeHidden();
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(more).toBeHidden();
  await expect(map.tool("Export")).toBeVisible();
});

test("the legend names the lines this map draws: an imported map's premises and turns, not the demo's", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const at = (x: number, y: number) => ({ x, y });
  const node = (id: string, kind: string, side: string, x: number) => ({
    id,
    kind,
    side,
    role: null,
    speech: null,
    responseType: null,
    title: `Point ${id}`,
    body: "",
    position: at(x, 0),
    evidence: null,
  });
  const debate = await api.importGraph(
    "Premises and turns",
    [node("a", "argument", "aff", 0), node("p", "claim", "aff", 400), node("t", "rebuttal", "neg", 800)],
    [
      { id: "e1", source: "p", target: "a", relation: "premise" },
      { id: "e2", source: "t", target: "a", relation: "turns" },
    ],
  );
  await map.open(debate.id, 3);
  const legend = page.getByTestId("map-legend");
  await expect(legend).toContainText("premise of an argument");
  await expect(legend).toContainText("turns (an answer that becomes offence)");
  await expect(legend).not.toContainText("contradicts");

  await map.open(DEMO_DEBATE_ID, DEMO_NODE_COUNT);
  await expect(legend).toContainText("rebuts / undercuts");
  await expect(legend).not.toContainText("premise");
});
