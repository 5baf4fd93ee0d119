import "server-only";
import { z } from "zod";
import * as S from "@/lib/domain/schemas";
import { HistoryEntryDto } from "@/lib/domain/changes";
import { EvaluationDto } from "@/lib/domain/evaluation-schemas";
import { ImportReportDto, ImportResultDto } from "./imports/import-result-dto";

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const components = {
  Error: ErrorBody,
  Node: S.NodeDto,
  Edge: S.EdgeDto,
  SourceSummary: S.SourceSummaryDto,
  Source: S.SourceDto,
  DebateSummary: S.DebateSummaryDto,
  Debate: S.DebateDto,
  Member: S.MemberDto,
  CreateDebate: S.CreateDebateInput,
  UpdateDebate: S.UpdateDebateInput,
  CreateNode: S.CreateNodeInput,
  UpdateNode: S.UpdateNodeInput,
  CreateEdge: S.CreateEdgeInput,
  UpdateEdge: S.UpdateEdgeInput,
  Ops: S.OpsInput,
  SetMember: S.SetMemberInput,
  CreateSource: S.CreateSourceInput,
  UpdateSource: S.UpdateSourceInput,
  CutCard: S.CutCardInput,
  SearchHit: S.SearchHitDto,
  CreateComment: S.CreateCommentInput,
  UpdateComment: S.UpdateCommentInput,
  Comment: S.CommentDto,
  HistoryEntry: HistoryEntryDto,
  Restore: S.RestoreInput,
  CreateLink: S.CreateLinkInput,
  ShareLink: S.ShareLinkDto,
  Evaluation: EvaluationDto,
  ImportReport: ImportReportDto,
  ImportResult: ImportResultDto,
} as const;
type Name = keyof typeof components;

const ref = (name: Name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const errors = Object.fromEntries(
  [
    ["400", "malformed JSON"], ["401", "not signed in"], ["403", "not allowed (or cross-origin)"], ["404", "unknown id"],
    ["409", "stale version or duplicate; body carries `details.current`"], ["413", "body over the limit"], ["415", "not application/json"],
    ["422", "invalid fields; `details` has field errors"],
  ].map(([code, description]) => [code, { description, ...json(ref("Error")) }]),
);
const ok = (status: string, schema: object, description = "OK") => ({ [status]: { description, ...json(schema) }, ...errors });
const idParam = (name = "id") => ({ name, in: "path", required: true, schema: { type: "string" } });
const versionQuery = { name: "version", in: "query", required: false, schema: { type: "integer" }, description: "refuse with 409 unless this is the current version" };
const body = (name: Name) => ({ required: true, ...json(ref(name)) });
const obj = (props: Record<string, object>) => ({ type: "object", properties: props, required: Object.keys(props) });
const deleted = obj({ nodes: { type: "array", items: { type: "string" } }, edges: { type: "array", items: { type: "string" } } });

/** Import (the file as the raw body) and export (a file download). */
function importExportPaths() {
  const fileBody = {
    required: true,
    description: "The file itself as the request body (not a form), at most 20 MB; any content type but multipart/form-data and form-urlencoded.",
    content: Object.fromEntries(["application/octet-stream", "text/plain", "application/json"].map((t) => [t, { schema: { type: "string", format: "binary" } }])),
  };
  const importParams = [
    { name: "format", in: "query", required: false, schema: { type: "string", enum: ["clash-json", "argdown", "aif", "kialo"] }, description: "detected from the name and content when absent (422 naming the formats when it cannot be)" },
    { name: "name", in: "query", required: false, schema: { type: "string" }, description: "the file's name, e.g. `map.argdown`: helps detection and titles the new debate" },
  ];
  const importErrors = {
    "413": { description: "the file is over 20 MB (refused from Content-Length before reading, or while streaming)", ...json(ref("Error")) },
    "415": { description: "a form body instead of the file", ...json(ref("Error")) },
    "422": { description: "malformed, too deep, too many nodes, or format not detected; `details.kind` says which", ...json(ref("Error")) },
  };
  const exportTypes = ["application/json", "text/plain", "text/markdown"];
  return {
    "/api/debates/import": {
      post: {
        summary: "Import a Clash JSON, Argdown, AIF or Kialo file as a new private debate (signed in); nothing is written on failure",
        parameters: importParams,
        requestBody: fileBody,
        responses: { ...ok("201", ref("ImportResult"), "Created, with the import report"), ...importErrors },
      },
    },
    "/api/debates/{id}/import": {
      parameters: [idParam()],
      post: {
        summary: "Import a file into this debate (editors) as a new group of arguments below the map",
        parameters: importParams,
        requestBody: fileBody,
        responses: { ...ok("200", ref("ImportResult")), ...importErrors },
      },
    },
    "/api/debates/{id}/export": {
      parameters: [idParam(), { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "argdown", "aif", "markdown"], default: "json" } }],
      get: {
        summary: "Download the debate (viewers too) as Clash JSON, Argdown, AIF JSON or a Markdown outline, with sources and their text",
        responses: {
          ...errors,
          "200": {
            description: "The file, with `Content-Disposition: attachment; filename=\"<slug>.<ext>\"` (.clash.json, .argdown, .aif.json, .md)",
            content: Object.fromEntries(exportTypes.map((t) => [t, { schema: { type: "string" } }])),
          },
        },
      },
    },
  };
}

/** The OpenAPI 3.1 description of the API, generated from the same zod schemas the routes parse with. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Clash API", version: "1.0.0", description: "Map policy debates: claims, rebuttals and evidence. Errors always have the shape of `Error`." },
    paths: {
      "/api/health": { get: { summary: "Liveness and database check", responses: ok("200", obj({ status: { type: "string" }, database: { type: "string" } })) } },
      "/api/debates": {
        get: { summary: "Debates you can open", responses: ok("200", obj({ debates: { type: "array", items: ref("DebateSummary") } })) },
        post: { summary: "Create a debate", requestBody: body("CreateDebate"), responses: ok("201", ref("DebateSummary"), "Created") },
      },
      "/api/debates/{id}": {
        parameters: [idParam()],
        get: { summary: "A debate with nodes, edges and sources (without text)", responses: ok("200", ref("Debate")) },
        patch: { summary: "Update title, resolution, description or visibility (owner)", requestBody: body("UpdateDebate"), responses: ok("200", ref("DebateSummary")) },
        delete: { summary: "Delete a debate (owner)", responses: ok("200", obj({ id: { type: "string" } })) },
      },
      "/api/debates/{id}/nodes": { parameters: [idParam()], post: { summary: "Add an argument", requestBody: body("CreateNode"), responses: ok("201", ref("Node"), "Created") } },
      "/api/debates/{id}/edges": { parameters: [idParam()], post: { summary: "Connect two arguments", requestBody: body("CreateEdge"), responses: ok("201", ref("Edge"), "Created") } },
      "/api/debates/{id}/ops": {
        parameters: [idParam()],
        post: { summary: "Apply a batch of operations in one transaction (all or nothing)", requestBody: body("Ops"), responses: ok("200", obj({ results: { type: "array", items: { type: "object" } } })) },
      },
      "/api/debates/{id}/members": {
        parameters: [idParam()],
        get: { summary: "Members and their roles", responses: ok("200", obj({ members: { type: "array", items: ref("Member") } })) },
        post: { summary: "Share with a user by email (owner)", requestBody: body("SetMember"), responses: ok("200", ref("Member")) },
      },
      "/api/debates/{id}/members/{userId}": { parameters: [idParam(), idParam("userId")], delete: { summary: "Remove a member (owner)", responses: ok("200", obj({ userId: { type: "string" } })) } },
      "/api/nodes/{id}": {
        parameters: [idParam()],
        patch: { summary: "Update an argument (version-checked)", requestBody: body("UpdateNode"), responses: ok("200", ref("Node")) },
        delete: { summary: "Delete an argument and its connections", parameters: [versionQuery], responses: ok("200", deleted) },
      },
      "/api/edges/{id}": {
        parameters: [idParam()],
        patch: { summary: "Change a connection's relation (version-checked)", requestBody: body("UpdateEdge"), responses: ok("200", ref("Edge")) },
        delete: { summary: "Remove a connection", parameters: [versionQuery], responses: ok("200", deleted) },
      },
      "/api/sources/{id}": {
        parameters: [idParam()],
        get: { summary: "A source with its full text", responses: ok("200", ref("Source")) },
        patch: {
          summary: "Edit a source's citation or text; cards re-anchor (exact, moved, fuzzy) or are marked orphaned",
          requestBody: body("UpdateSource"),
          responses: ok("200", obj({ source: ref("Source"), cards: { type: "array", items: ref("Node") } })),
        },
        delete: {
          summary: "Delete a source; 409 while cards quote it unless deleteCards=true",
          parameters: [{ name: "deleteCards", in: "query", required: false, schema: { type: "string", enum: ["true", "false"] } }],
          responses: ok("200", obj({ id: { type: "string" }, deleted: deleted })),
        },
      },
      "/api/debates/{id}/sources": {
        parameters: [idParam()],
        post: { summary: "Add a source (text, markdown, or HTML reduced to text; at most 2 MB)", requestBody: body("CreateSource"), responses: ok("201", ref("Source"), "Created") },
      },
      "/api/sources/{id}/cards": {
        parameters: [idParam()],
        post: { summary: "Cut a card: a quoted range becomes an evidence node and its edge, in one transaction", requestBody: body("CutCard"), responses: ok("201", obj({ node: ref("Node"), edge: ref("Edge") }), "Created") },
      },
      "/api/debates/{id}/events": {
        parameters: [idParam(), { name: "since", in: "query", required: false, schema: { type: "integer" }, description: "resume after this change seq (or send Last-Event-ID)" }],
        get: {
          summary: "Live updates as Server-Sent Events: `change` events (id = change seq; entity, entityId, action, after) and `presence` events",
          responses: { "200": { description: "text/event-stream", content: { "text/event-stream": { schema: { type: "string" } } } }, ...errors },
        },
      },
      "/api/debates/{id}/comments": {
        parameters: [idParam(), { name: "nodeId", in: "query", required: false, schema: { type: "string" } }],
        get: { summary: "Comments of a debate or of one argument", responses: ok("200", obj({ comments: { type: "array", items: ref("Comment") } })) },
        post: { summary: "Comment or reply (commenters and up)", requestBody: body("CreateComment"), responses: ok("201", ref("Comment"), "Created") },
      },
      "/api/comments/{id}": {
        parameters: [idParam()],
        patch: { summary: "Edit (author) or resolve/reopen a thread (author or editor); version-checked", requestBody: body("UpdateComment"), responses: ok("200", ref("Comment")) },
        delete: { summary: "Delete a comment and its replies (author or owner)", responses: ok("200", obj({ deleted: { type: "array", items: { type: "string" } } })) },
      },
      "/api/debates/{id}/history": {
        parameters: [idParam(), { name: "before", in: "query", required: false, schema: { type: "integer" } }, { name: "limit", in: "query", required: false, schema: { type: "integer" } }, { name: "entityId", in: "query", required: false, schema: { type: "string" } }],
        get: { summary: "Every change, newest first, with the rows before and after", responses: ok("200", obj({ entries: { type: "array", items: ref("HistoryEntry") }, next: { type: ["integer", "null"] } })) },
      },
      "/api/debates/{id}/restore": {
        parameters: [idParam()],
        post: { summary: "Restore an argument, a connection or the whole debate to how it was after a change (as new changes)", requestBody: body("Restore"), responses: ok("200", obj({ applied: { type: "integer" } })) },
      },
      "/api/debates/{id}/links": {
        parameters: [idParam()],
        get: { summary: "Share links (owner; tokens are never shown again)", responses: ok("200", obj({ links: { type: "array", items: ref("ShareLink") } })) },
        post: { summary: "Create a share link granting view, comment or edit access (owner); the token is returned once", requestBody: body("CreateLink"), responses: ok("201", obj({ link: ref("ShareLink"), token: { type: "string" }, url: { type: "string" } }), "Created") },
      },
      "/api/links/{id}": { parameters: [idParam()], delete: { summary: "Revoke a share link: it and the access it granted end at once", responses: ok("200", obj({ id: { type: "string" }, membersRemoved: { type: "integer" } })) } },
      "/api/links/redeem": {
        post: { summary: "Open a share link as the signed-in user", requestBody: { required: true, ...json(obj({ token: { type: "string" } })) }, responses: ok("200", obj({ debateId: { type: "string" }, role: { type: "string" } })) },
      },
      "/api/seminars": { get: { summary: "List the seminars of a debate (editors and owners); ?debateId=", responses: ok("200", { type: "object" }) }, post: { summary: "Start a seminar from a debate → {id, code}", responses: ok("200", { type: "object" }) } },
      "/api/seminars/join": { post: { summary: "Join by code with an account, or as a guest with a display name when allowed (wrong codes are rate-limited: 429)", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}": { parameters: [idParam("id")], get: { summary: "The seminar as the caller may see it (instructor or student view; anonymous seminars hide the names of classmates)", responses: ok("200", { type: "object" }) }, patch: { summary: "Change settings (guests, anonymity); version-checked", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/reveal": { parameters: [idParam("id")], post: { summary: "Reveal the next/previous speech, or jump to one", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/tasks": { parameters: [idParam("id")], post: { summary: "Open the floor for a task (closes any open task)", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/tasks/{taskId}/close": { parameters: [idParam("id"), idParam("taskId")], post: { summary: "Close the floor", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/contributions": { parameters: [idParam("id")], post: { summary: "A rebuttal, card or comment by a student while the floor is open (403 when closed)", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/contributions/{cid}": { parameters: [idParam("id"), idParam("cid")], patch: { summary: "Edit your own contribution", responses: ok("200", { type: "object" }) }, delete: { summary: "Delete your own contribution", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/contributions/{cid}/feedback": { parameters: [idParam("id"), idParam("cid")], put: { summary: "Mark feedback: verdict, comment, optional score (instructor)", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/feedback/release": { parameters: [idParam("id")], post: { summary: "Release the feedback on one contribution, or all of it", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/end": { parameters: [idParam("id")], post: { summary: "End the seminar: its code stops working", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/export": { parameters: [idParam("id")], get: { summary: "Contributions and feedback as CSV or Markdown (?format=csv|md)", responses: ok("200", { type: "object" }) } },
      "/api/seminars/{id}/events": { parameters: [idParam("id")], get: { summary: "Server-Sent Events for the seminar (changes and labelled presence)", responses: ok("200", { type: "object" }) } },
      "/api/debates/{id}/search": {
        parameters: [idParam(), { name: "q", in: "query", required: true, schema: { type: "string" } }, { name: "limit", in: "query", required: false, schema: { type: "integer" } }],
        get: { summary: "Full-text search of arguments, cards and sources, matches in context", responses: ok("200", obj({ results: { type: "array", items: ref("SearchHit") } })) },
      },
      "/api/debates/{id}/evaluation": {
        parameters: [idParam(), { name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "markdown"] }, description: "markdown: the ballot as a text/markdown document" }],
        get: {
          summary: "Every node's status (grounded semantics), dropped arguments and why, and the ballot",
          responses: { ...ok("200", ref("Evaluation")), "200": { description: "OK", content: { "application/json": { schema: ref("Evaluation") }, "text/markdown": { schema: { type: "string" } } } } },
        },
      },
      ...importExportPaths(),
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(components).map(([k, schema]) => [k, z.toJSONSchema(schema, { io: "input", unrepresentable: "any" })]),
      ),
    },
  };
}
