import { AddSpeechItemsInput, SpeechName } from "@/lib/domain/speech-doc-schemas";
import { route } from "@/lib/server/http";
import { addSpeechItems } from "@/lib/server/speech-docs/add-speech-items";
import { parseParam } from "@/lib/server/speech-docs/speech-name-param";

/** Send to speech: cards to the end of the document (started if need be), or an analytic. */
export const POST = route<{ id: string; name: string }>(
  async ({ user, params, body }) =>
    addSpeechItems({
      user,
      debateId: params.id,
      name: parseParam(SpeechName, params.name),
      input: await body(AddSpeechItemsInput),
    }),
  { status: 201 },
);
