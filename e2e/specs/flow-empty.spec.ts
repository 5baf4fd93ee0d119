import { expect, test } from "../fixtures/test";

test("the flow of a map without speeches places its arguments in speeches by depth in one click", async ({
  page,
  api,
  user: _user,
}) => {
  const d = await api.createDebate({ title: "Imported map" });
  const res = await api.createNode(d.id, { kind: "claim", side: "neutral", title: "Resolved" });
  const a = await api.createNode(d.id, { kind: "claim", side: "aff", title: "Aid fuels extremism" });
  const b = await api.createNode(d.id, { kind: "rebuttal", side: "neg", title: "Trainees rarely defect" });
  await api.createEdge(d.id, { source: a.id, target: res.id, relation: "supports" });
  await api.createEdge(d.id, { source: b.id, target: a.id, relation: "rebuts" });
  await page.goto(`/debates/${d.id}/flow`);
  const assign = page.getByTestId("flow-assign");
  await expect(assign).toContainText("2 arguments, none of them in a speech yet");
  await assign.getByRole("button", { name: "Place them in speeches by depth" }).click();
  await expect(page.getByTestId("flow-empty")).toBeHidden();
  await expect
    .poll(async () => Object.fromEntries((await api.debate(d.id)).nodes.map((n) => [n.title, n.speech])))
    .toEqual({ Resolved: null, "Aid fuels extremism": "1AC", "Trainees rarely defect": "1NC" });
});
