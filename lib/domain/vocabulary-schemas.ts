import { z } from "zod";
import {
  GRANTABLE_ROLES,
  MEMBER_ROLES,
  NODE_KINDS,
  RELATIONS,
  RESPONSE_TYPES,
  ROLES,
  SIDES,
  SPEECHES,
  VISIBILITIES,
} from "./vocabulary";

export * from "./vocabulary";

/** The vocabulary as zod enums (value and type under one name), for schemas and parsing. */
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;
export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;
export const Speech = z.enum(SPEECHES);
export type Speech = z.infer<typeof Speech>;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
export const ResponseType = z.enum(RESPONSE_TYPES);
export type ResponseType = z.infer<typeof ResponseType>;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;
export const Visibility = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof Visibility>;
export const MemberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRole>;
export const GrantableRole = z.enum(GRANTABLE_ROLES);
export type GrantableRole = z.infer<typeof GrantableRole>;
