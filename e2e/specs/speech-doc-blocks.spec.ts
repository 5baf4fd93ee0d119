// Sending a whole block to a speech document from the inspector, and a speech page following
// another editor's writes live (the change log's speechDoc changes on the debate's stream).
import { handVerbatimDocx } from "../../lib/domain/codecs/docx/fixtures";
import type { SpeechDocDto } from "../../lib/domain/speech-doc-schemas";
import { expectJson } from "../fixtures/api";
import { expect, test } from "../fixtures/test";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("send a block from the inspector; the speech page shows another editor's send and reorder live", async ({
  page,
  api,
  user: _user,
  map,
}) => {
  const res = await api.request.post(`/api/debates/import?format=docx&name=${encodeURIComponent("aff.docx")}`, {
    data: Buffer.from(handVerbatimDocx()),
    headers: { "Content-Type": DOCX },
  });
  const { debate } = await expectJson<{ debate: { id: string; nodeCount: number } }>(res, 201);
  const full = await api.debate(debate.id);
  const block = full.groups!.find((g) => g.kind === "block")!;
  // the block's cards and analytics, in file order (the debate lists nodes in creation order)
  const inBlock = full.nodes.filter((n) => n.groupId === block.id);
  expect(inBlock.length).toBeGreaterThan(1);
  const card = inBlock.find((n) => n.kind === "evidence")!;

  await map.open(debate.id, debate.nodeCount);
  await map.select(card.id);
  await map.inspector.getByTestId("target-speech").selectOption("2AC");
  await map.inspector.getByTestId("send-block-to-speech").click();
  await expect(map.inspector.getByText(/Sent \d+ of the block to 2AC/)).toBeVisible();
  const docUrl = (name: string) => `/api/debates/${debate.id}/speech-docs/${name}`;
  const sent = await expectJson<SpeechDocDto>(await api.request.get(docUrl("2AC")), 200);
  expect(sent.items.map((i) => i.nodeId)).toEqual(inBlock.map((n) => n.id));

  // The 2AC page, open while another editor (here: the API) adds an analytic and reorders.
  await page.goto(`/debates/${debate.id}/speeches/2AC`);
  const items = page.locator(".speech-items > li");
  await expect(items).toHaveCount(inBlock.length);
  const added = await expectJson<SpeechDocDto>(
    await api.request.post(`${docUrl("2AC")}/items`, { data: { text: "Extend the impact" } }),
    201,
  );
  await expect(items).toHaveCount(inBlock.length + 1);
  await expect(items.last()).toContainText("Extend the impact");
  const ids = added.items.map((i) => i.id);
  await expectJson<SpeechDocDto>(
    await api.request.put(`${docUrl("2AC")}/order`, {
      data: { version: added.version, itemIds: [ids.at(-1)!, ...ids.slice(0, -1)] },
    }),
    200,
  );
  await expect(items.first()).toContainText("Extend the impact");

  // The history lists the writes of the speech document.
  const history = await api.history(debate.id, 20);
  expect(history.filter((h) => h.entity === "speechDoc").map((h) => h.action)).toEqual(["update", "update", "create"]);
  await page.screenshot({ path: "test-results/screens/speech-doc-live.png" });
});
