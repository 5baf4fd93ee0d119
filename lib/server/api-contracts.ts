import "server-only";
import { z } from "zod";
import { HistoryEntryDto } from "@/lib/domain/changes";
import * as S from "@/lib/domain/schemas";
import * as Seminar from "@/lib/domain/seminar-schemas";
import { EvaluationDto } from "@/lib/domain/evaluation-schemas";
import * as Speech from "@/lib/domain/speech-doc-schemas";
import { ExportFormatParam } from "@/lib/domain/codecs/formats";
import { Speech as VocabularySpeech } from "@/lib/domain/vocabulary-schemas";
import { ImportJobDto, ImportResultDto } from "./imports/import-result-dto";
import { ImportQuery } from "./imports/read-import-body";

/** How a source route's (long) JSON body may be sent: every route's body may, as http.ts reads them. */
const PACKED_SOURCE_BODY =
  ". The JSON body may be sent as raw deflate with `x-clash-packed: deflate-raw` (any route's JSON body may), inflated under the 2.6 MB cap";

/** A list packed by lib/domain/compact-rows.ts. */
const rowTable = <T extends z.ZodType>(item: T) =>
  z.object({ keys: z.array(z.string()), rows: z.array(z.union([z.array(z.unknown()), item])) });

/**
 * The API's route contracts: one entry per route file method under app/api, with the zod schemas
 * its handler parses (query, body) and answers with. The OpenAPI document is generated from this
 * list (lib/server/openapi.ts), and tests/integration/openapi.test.ts walks app/api on disk and
 * fails when a route's method has no contract here, so a new route cannot be left out of it.
 */
export type Method = "get" | "post" | "put" | "patch" | "delete";

/** A plain JSON Schema, for answers that no zod schema describes (files, event streams). */
type JsonSchema = Record<string, unknown>;
/** One OpenAPI response. */
export type ResponseSpec = { description: string; content?: Record<string, { schema: unknown }> };

export type RouteContract = {
  method: Method;
  /** OpenAPI style: `{id}` for a `[id]` folder */
  path: string;
  summary: string;
  query?: z.ZodObject;
  /** the JSON body the handler parses */
  body?: z.ZodType;
  /** the JSON answer */
  response?: z.ZodType | JsonSchema;
  /** the answer's status (200 unless the handler says otherwise) */
  status?: number;
  /** whole OpenAPI fragments, for the few routes that are not JSON in and out */
  requestBody?: JsonSchema;
  responses?: Record<string, ResponseSpec>;
  parameters?: JsonSchema[];
};

/** Query schemas declared here because a route file may export only its handlers. */
export const CommentsQuery = z.object({ nodeId: S.Id.optional() });
export const EvaluationQuery = z.object({ format: z.enum(["json", "markdown"]).default("json") });
/** `?format=` of an export: the same names as import (`clash-json` still read as `json`). */
export const DebateExportQuery = z.object({
  format: z.union([z.literal("docx"), ExportFormatParam]).default("json"),
  /** .docx only: one speech, one group (with the groups under it) or chosen nodes (comma-separated ids) */
  speech: VocabularySpeech.optional(),
  group: S.Id.optional(),
  ids: z
    .string()
    .max(20_000)
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(z.array(S.Id).min(1).max(1000))
    .optional(),
});
/** `?since=` of an event stream (a reconnecting EventSource sends Last-Event-ID instead). */
export const SinceQuery = z.object({ since: z.coerce.number().int().min(0).default(0) });
export const RedeemLinkInput = z.object({ token: S.LinkToken });

const list = <T extends z.ZodType>(key: string, item: T) => z.object({ [key]: z.array(item) });
const Deleted = z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) });
const AnyObject = { type: "object" };
const eventStream = (what: string) => ({
  "200": {
    description: `text/event-stream: ${what}`,
    content: { "text/event-stream": { schema: { type: "string" } } },
  },
});
const download = (description: string, types: string[]) => ({
  "200": { description, content: Object.fromEntries(types.map((t) => [t, { schema: { type: "string" } }])) },
});

const importBody = {
  required: true,
  description:
    "The file itself as the request body (not a form), at most 20 MB; any content type but multipart/form-data and form-urlencoded. With the header `x-clash-packed: deflate-raw` the body is the file as raw deflate, inflated under the same cap (413 past it, 400 when damaged).",
  content: Object.fromEntries(
    ["application/octet-stream", "text/plain", "application/json"].map((t) => [
      t,
      { schema: { type: "string", format: "binary" } },
    ]),
  ),
};
const importErrors = {
  "413": { description: "the file is over 20 MB (refused from Content-Length before reading, or while streaming)" },
  "415": { description: "a form body instead of the file" },
  "422": {
    description:
      "malformed, too deep, too many nodes, format not detected, or too complex to read within the server's time or memory budget (`too_complex`); `details.kind` says which",
  },
  "429": { description: "too many imports running for this user or on the server; `Retry-After` says when to retry" },
  "202": {
    description: "with `respond=async`: the import runs on; follow it at the `Location` (`/api/imports/{jobId}`)",
    content: { "application/json": { schema: z.toJSONSchema(ImportJobDto, { io: "input", unrepresentable: "any" }) } },
  },
};

const debates: RouteContract[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database check",
    response: z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgresql"]) }),
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", response: AnyObject },
  {
    method: "get",
    path: "/api/debates",
    summary: "Debates you can open",
    response: list("debates", S.DebateSummaryDto),
  },
  {
    method: "post",
    path: "/api/debates",
    summary: "Create a debate",
    body: S.CreateDebateInput,
    response: S.DebateSummaryDto,
    status: 201,
  },
  {
    method: "get",
    path: "/api/debates/{id}",
    summary:
      "A debate with nodes, edges and sources (without text); with `?part=head`, its summary alone (title, resolution, version, your role). With the request header `x-clash-pack: deflate-raw`, a 200 answer is the same JSON as raw deflate (`application/octet-stream`, header `x-clash-packed: deflate-raw`): Next.js does not compress API answers",
    query: S.DebateHeadQuery,
    response: z.union([S.DebateDto, S.DebateSummaryDto]),
  },
  {
    method: "get",
    path: "/api/debates/{id}/flow",
    summary:
      "The flow sheet's graph as of change `seq`: nodes and edges as row tables (`keys` once, each row the values in that order, or a whole object when its keys differ), groups; no sources. Readable by whoever may read the debate. Packed on request as `GET /api/debates/{id}`",
    response: z.object({
      seq: z.number().int(),
      nodes: rowTable(S.NodeDto),
      edges: rowTable(S.EdgeDto),
      groups: z.array(S.NodeGroupDto),
    }),
  },
  {
    method: "patch",
    path: "/api/debates/{id}",
    summary: "Update title, resolution, description or visibility (owner)",
    body: S.UpdateDebateInput,
    response: S.DebateSummaryDto,
  },
  {
    method: "delete",
    path: "/api/debates/{id}",
    summary: "Delete a debate (owner)",
    response: z.object({ id: z.string() }),
  },
  {
    method: "post",
    path: "/api/debates/{id}/copy",
    summary:
      "Copy a debate you can read into a new private debate of your own: its arguments, connections, sources, groups, tags and card markup (no members, comments, history or seminars); 404 for a debate you cannot read. The body is optional: { title } names the copy",
    body: S.CopyDebateInput,
    response: S.DebateSummaryDto,
    status: 201,
  },
  {
    method: "post",
    path: "/api/debates/{id}/nodes",
    summary: "Add an argument",
    body: S.CreateNodeInput,
    response: S.NodeDto,
    status: 201,
  },
  {
    method: "post",
    path: "/api/debates/{id}/edges",
    summary: "Connect two arguments",
    body: S.CreateEdgeInput,
    response: S.EdgeDto,
    status: 201,
  },
  {
    method: "post",
    path: "/api/debates/{id}/ops",
    summary: "Apply a batch of operations in one transaction (all or nothing)",
    body: S.OpsInput,
    response: z.object({ results: z.array(z.object({})) }),
  },
  {
    method: "get",
    path: "/api/debates/{id}/members",
    summary: "Members and their roles",
    response: list("members", S.MemberDto),
  },
  {
    method: "post",
    path: "/api/debates/{id}/members",
    summary: "Share with a user by email (owner)",
    body: S.SetMemberInput,
    response: S.MemberDto,
  },
  {
    method: "delete",
    path: "/api/debates/{id}/members/{userId}",
    summary: "Remove a member (owner)",
    response: z.object({ userId: z.string() }),
  },
  {
    method: "patch",
    path: "/api/nodes/{id}",
    summary: "Update an argument (version-checked)",
    body: S.UpdateNodeInput,
    response: S.NodeDto,
  },
  {
    method: "delete",
    path: "/api/nodes/{id}",
    summary: "Delete an argument and its connections",
    query: S.VersionQuery,
    response: Deleted,
  },
  {
    method: "patch",
    path: "/api/edges/{id}",
    summary: "Change a connection's relation (version-checked)",
    body: S.UpdateEdgeInput,
    response: S.EdgeDto,
  },
  {
    method: "delete",
    path: "/api/edges/{id}",
    summary: "Remove a connection",
    query: S.VersionQuery,
    response: Deleted,
  },
  {
    method: "get",
    path: "/api/debates/{id}/search",
    summary: "Full-text search of arguments, cards and sources, matches in context",
    query: S.SearchQuery,
    response: list("results", S.SearchHitDto),
  },
  {
    method: "get",
    path: "/api/debates/{id}/evaluation",
    summary:
      "Every node's status (grounded semantics), dropped arguments and why, and the ballot (`?format=markdown`: the ballot as a document)",
    query: EvaluationQuery,
    responses: {
      "200": {
        description: "OK",
        content: {
          "application/json": { schema: z.toJSONSchema(EvaluationDto, { io: "output", unrepresentable: "any" }) },
          "text/markdown": { schema: { type: "string" } },
        },
      },
    },
  },
];

const sources: RouteContract[] = [
  {
    method: "post",
    path: "/api/debates/{id}/sources",
    summary: `Add a source (text, markdown, or HTML reduced to text; at most 2 MB)${PACKED_SOURCE_BODY}`,
    body: S.CreateSourceInput,
    response: S.SourceDto,
    status: 201,
  },
  {
    method: "get",
    path: "/api/sources/{id}",
    summary:
      "A source with its full text. With the request header `x-clash-pack: deflate-raw`, a 200 answer over 16 KB is the same JSON as raw deflate (`application/octet-stream`, header `x-clash-packed: deflate-raw`)",
    response: S.SourceDto,
  },
  {
    method: "patch",
    path: "/api/sources/{id}",
    summary: `Edit a source's citation or text; cards re-anchor (exact, moved, fuzzy) or are marked orphaned${PACKED_SOURCE_BODY}`,
    body: S.UpdateSourceInput,
    response: z.object({ source: S.SourceDto, cards: z.array(S.NodeDto) }),
  },
  {
    method: "delete",
    path: "/api/sources/{id}",
    summary: "Delete a source; 409 while cards quote it unless deleteCards=true",
    query: S.DeleteSourceQuery,
    response: z.object({ id: z.string(), deleted: Deleted }),
  },
  {
    method: "post",
    path: "/api/sources/{id}/cards",
    summary: "Cut a card: a quoted range becomes an evidence node and its edge, in one transaction",
    body: S.CutCardInput,
    response: z.object({ node: S.NodeDto, edge: S.EdgeDto }),
    status: 201,
  },
];

const collaboration: RouteContract[] = [
  {
    method: "get",
    path: "/api/debates/{id}/events",
    summary: "Live updates as Server-Sent Events: `change` events (id = change seq) and `presence` events",
    query: SinceQuery,
    responses: eventStream("changes and presence"),
  },
  {
    method: "get",
    path: "/api/debates/{id}/comments",
    summary: "Comments of a debate or of one argument",
    query: CommentsQuery,
    response: list("comments", S.CommentDto),
  },
  {
    method: "post",
    path: "/api/debates/{id}/comments",
    summary: "Comment or reply (commenters and up)",
    body: S.CreateCommentInput,
    response: S.CommentDto,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/comments/{id}",
    summary: "Edit (author) or resolve/reopen a thread (author or editor); version-checked",
    body: S.UpdateCommentInput,
    response: S.CommentDto,
  },
  {
    method: "delete",
    path: "/api/comments/{id}",
    summary: "Delete a comment and its replies (author or owner)",
    response: z.object({ deleted: z.array(z.string()) }),
  },
  {
    method: "get",
    path: "/api/debates/{id}/history",
    summary: "Every change, newest first, with the rows before and after",
    query: S.HistoryQuery,
    response: z.object({ entries: z.array(HistoryEntryDto), next: z.number().int().nullable() }),
  },
  {
    method: "post",
    path: "/api/debates/{id}/restore",
    summary: "Restore an argument, a connection or the whole debate to how it was after a change (as new changes)",
    body: S.RestoreInput,
    response: z.object({ applied: z.number().int() }),
  },
  {
    method: "get",
    path: "/api/debates/{id}/links",
    summary: "Share links (owner; tokens are never shown again)",
    response: list("links", S.ShareLinkDto),
  },
  {
    method: "post",
    path: "/api/debates/{id}/links",
    summary: "Create a share link granting view, comment or edit access (owner); the token is returned once",
    body: S.CreateLinkInput,
    response: z.object({ link: S.ShareLinkDto, token: z.string(), url: z.string() }),
    status: 201,
  },
  {
    method: "delete",
    path: "/api/links/{id}",
    summary: "Revoke a share link: the access it granted ends at once (a direct role it had raised comes back)",
    response: z.object({ id: z.string(), membersRemoved: z.number().int() }),
  },
  {
    method: "post",
    path: "/api/links/redeem",
    summary: "Open a share link as the signed-in user; never lowers the role they have",
    body: RedeemLinkInput,
    response: z.object({ debateId: z.string(), role: z.enum(["owner", "editor", "commenter", "viewer"]) }),
  },
];

const files: RouteContract[] = [
  {
    method: "post",
    path: "/api/debates/import",
    summary:
      "Import a Clash JSON, Argdown, AIF or Kialo file as a new private debate (signed in); nothing is written on failure",
    query: ImportQuery,
    requestBody: importBody,
    response: ImportResultDto,
    status: 201,
    responses: importErrors,
  },
  {
    method: "post",
    path: "/api/debates/{id}/import",
    summary: "Import a file into this debate (editors) as a new group of arguments below the map",
    query: ImportQuery,
    requestBody: importBody,
    response: ImportResultDto,
    responses: importErrors,
  },
  {
    method: "post",
    path: "/api/imports/warm",
    summary:
      "Get an import worker thread ready while you pick a file (the Import dialog asks as it opens); at most one starts however often it is asked",
    status: 204,
    responses: { "204": { description: "Asked (the answer does not wait for the thread)" } },
  },
  {
    method: "get",
    path: "/api/imports/{jobId}",
    summary: "Progress of one of your background imports (bytes, parsing, writing N of M), then its result or error",
    response: ImportJobDto,
  },
  {
    method: "delete",
    path: "/api/imports/{jobId}",
    summary:
      "Cancel one of your background imports; answers when it has stopped (`cancelled`: nothing was written; `done` if it committed first)",
    response: ImportJobDto,
  },
  {
    method: "get",
    path: "/api/debates/{id}/export",
    summary:
      "Download the debate (viewers too) as Clash JSON, Argdown, AIF JSON, a Markdown outline, or a Verbatim .docx (`format=docx`, optionally only `speech=1AC`, `group=<id>` or `ids=<id>,<id>`)",
    query: DebateExportQuery,
    responses: download(
      'The file, with `Content-Disposition: attachment; filename="<slug>.<ext>"` (.clash.json, .argdown, .aif.json, .md, .docx)',
      [
        "application/json",
        "text/plain",
        "text/markdown",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
    ),
  },
];

const seminars: RouteContract[] = [
  {
    method: "get",
    path: "/api/seminars",
    summary: "The seminars of a debate (editors and owners)",
    query: Seminar.ListSeminarsQuery,
    response: { type: "object", properties: { seminars: { type: "array", items: AnyObject } } },
  },
  {
    method: "post",
    path: "/api/seminars",
    summary: "Start a seminar from a debate",
    body: Seminar.StartSeminarInput,
    response: z.object({ id: z.string(), code: z.string() }),
    status: 201,
  },
  {
    method: "post",
    path: "/api/seminars/join",
    summary:
      "Join by code with an account, or as a guest with a display name when allowed (wrong codes are rate-limited: 429)",
    body: Seminar.JoinSeminarInput,
    response: z.object({
      seminarId: z.string(),
      role: z.enum(["instructor", "student"]),
      label: z.string(),
      guest: z.boolean(),
    }),
  },
  {
    method: "get",
    path: "/api/seminars/{id}",
    summary:
      "The seminar as the caller may see it (instructor or student view; anonymous seminars hide the names of classmates)",
    response: Seminar.SeminarDto,
  },
  {
    method: "patch",
    path: "/api/seminars/{id}",
    summary: "Change settings (guests, anonymity); version-checked",
    body: Seminar.UpdateSeminarInput,
    response: AnyObject,
  },
  {
    method: "post",
    path: "/api/seminars/{id}/reveal",
    summary: "Reveal the next/previous speech, or jump to one",
    body: Seminar.RevealInput,
    response: AnyObject,
  },
  {
    method: "post",
    path: "/api/seminars/{id}/tasks",
    summary: "Open the floor for a task (closes any open task)",
    body: Seminar.OpenTaskInput,
    response: AnyObject,
    status: 201,
  },
  {
    method: "post",
    path: "/api/seminars/{id}/tasks/{taskId}/close",
    summary: "Close the floor",
    body: Seminar.VersionInput,
    response: AnyObject,
  },
  {
    method: "post",
    path: "/api/seminars/{id}/contributions",
    summary: "A rebuttal, card or comment by a student while the floor is open (403 when closed)",
    body: Seminar.ContributionInput,
    response: AnyObject,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/seminars/{id}/contributions/{cid}",
    summary: "Edit your own contribution",
    body: Seminar.UpdateContributionInput,
    response: AnyObject,
  },
  {
    method: "delete",
    path: "/api/seminars/{id}/contributions/{cid}",
    summary: "Delete your own contribution",
    response: AnyObject,
  },
  {
    method: "put",
    path: "/api/seminars/{id}/contributions/{cid}/feedback",
    summary: "Mark feedback: verdict, comment, optional score (instructor)",
    body: Seminar.FeedbackInput,
    response: AnyObject,
  },
  {
    method: "post",
    path: "/api/seminars/{id}/feedback/release",
    summary: "Release the feedback on one contribution, or all of it",
    body: Seminar.ReleaseInput,
    response: z.object({ released: z.number().int() }),
  },
  {
    method: "post",
    path: "/api/seminars/{id}/end",
    summary: "End the seminar: its code stops working",
    body: Seminar.VersionInput,
    response: AnyObject,
  },
  {
    method: "get",
    path: "/api/seminars/{id}/export",
    summary: "Contributions and feedback as a CSV or Markdown download",
    query: Seminar.ExportQuery,
    responses: download("The file, as an attachment", ["text/csv", "text/markdown"]),
  },
  {
    method: "get",
    path: "/api/seminars/{id}/events",
    summary: 'Server-Sent Events for the seminar ("changed at seq N" and labelled presence)',
    query: SinceQuery,
    responses: eventStream("changes and labelled presence"),
  },
  {
    method: "get",
    path: "/api/seminars/{id}/sources/{sourceId}",
    summary: "A source's text for the seminar's students, to cut a card from",
    response: S.SourceDto,
  },
];

const speechDocs: RouteContract[] = [
  {
    method: "get",
    path: "/api/debates/{id}/speech-docs",
    summary: "The debate's speech documents with their item counts (viewers too)",
    response: list("speechDocs", Speech.SpeechDocSummaryDto),
  },
  {
    method: "get",
    path: "/api/debates/{id}/speech-docs/{name}",
    summary:
      "A speech document (1AC … 2AR or a named speech) with its items in order and their nodes; empty, version 0, when nothing was sent to it",
    response: Speech.SpeechDocDto,
  },
  {
    method: "delete",
    path: "/api/debates/{id}/speech-docs/{name}",
    summary: "Delete a speech document (its cards stay in the debate; editors)",
    response: z.object({ name: z.string() }),
  },
  {
    method: "post",
    path: "/api/debates/{id}/speech-docs/{name}/items",
    summary:
      "Send to speech: cards (nodeIds) to the end of the document, started if need be, or an analytic (text); a card already in it is not added twice (editors)",
    body: Speech.AddSpeechItemsInput,
    response: Speech.SpeechDocDto.extend({ added: z.number().int() }),
    status: 201,
  },
  {
    method: "patch",
    path: "/api/debates/{id}/speech-docs/{name}/items/{itemId}",
    summary: "Edit an analytic's text, or mark where reading stopped in a card (markedAt, null clears; editors)",
    body: Speech.UpdateSpeechItemInput,
    response: Speech.SpeechDocDto,
  },
  {
    method: "delete",
    path: "/api/debates/{id}/speech-docs/{name}/items/{itemId}",
    summary: "Take an item out of a speech document (editors)",
    response: Speech.SpeechDocDto,
  },
  {
    method: "put",
    path: "/api/debates/{id}/speech-docs/{name}/order",
    summary: "Reorder a speech document: every item id once, against the version read (409 when it changed; editors)",
    body: Speech.ReorderSpeechDocInput,
    response: Speech.SpeechDocDto,
  },
  {
    method: "get",
    path: "/api/debates/{id}/speech-docs/{name}/export",
    summary: "Download a speech document: openCaselist cite entries as Markdown (body=excerpt|full), or Verbatim .docx",
    query: Speech.SpeechExportQuery,
    responses: download("The file, as an attachment", [
      "text/markdown",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]),
  },
];

/** Every route contract of the API. */
export const ROUTE_CONTRACTS: readonly RouteContract[] = [
  ...debates,
  ...sources,
  ...collaboration,
  ...files,
  ...seminars,
  ...speechDocs,
];

/**
 * Routes under app/api that this API does not describe, and why. Better Auth serves its own
 * endpoints (sign-up, sign-in, sessions) behind one catch-all and documents them itself.
 */
export const UNDOCUMENTED_ROUTES: Readonly<Record<string, string>> = {
  "/api/auth/{...all}": "Better Auth's own endpoints",
};
