import { ReorderSpeechDocInput, SpeechName } from "@/lib/domain/speech-doc-schemas";
import { route } from "@/lib/server/http";
import { parseParam } from "@/lib/server/speech-docs/speech-name-param";
import { reorderSpeechDoc } from "@/lib/server/speech-docs/reorder-speech-doc";

export const PUT = route<{ id: string; name: string }>(async ({ user, params, body }) =>
  reorderSpeechDoc({
    user,
    debateId: params.id,
    name: parseParam(SpeechName, params.name),
    input: await body(ReorderSpeechDocInput),
  }),
);
