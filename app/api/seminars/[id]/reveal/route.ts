import { RevealInput } from "@/lib/domain/seminar-schemas";
import { route } from "@/lib/server/http";
import { revealSpeech } from "@/lib/server/seminars/reveal-speech";

export const POST = route<{ id: string }>(async ({ user, params, body }) =>
  revealSpeech({ user, seminarId: params.id, input: await body(RevealInput) }),
);
