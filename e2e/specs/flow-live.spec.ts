import { FlowPage } from "../fixtures/flow";
import { expect, test } from "../fixtures/test";

test("the flow sheet is live: an argument added elsewhere shows on the open sheet without a reload", async ({
  page,
  api,
  user: _owner,
}) => {
  const debate = await api.createDebate({ title: "Live flow" });
  const claim = await api.createNode(debate.id, {
    kind: "claim",
    side: "aff",
    speech: "1AC",
    title: "Aid buys leverage",
  });
  const flow = new FlowPage(page);
  await flow.open(debate.id);
  await expect(flow.grid.getByText(claim.title)).toBeVisible();

  const answer = await api.createNode(debate.id, {
    kind: "rebuttal",
    side: "neg",
    speech: "1NC",
    title: "Leverage never bought compliance",
  });
  await api.createEdge(debate.id, { source: answer.id, target: claim.id, relation: "rebuts" });
  // No reload: the live stream brings the row and the connection into the sheet's store.
  await expect(flow.grid.getByText(answer.title)).toBeVisible();
  await expect(flow.cells).toHaveCount(2);
});
