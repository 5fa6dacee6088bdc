// Whether an ACL grants anything to everyone. S3 calls an ACL public when it grants any permission
// to the AllUsers or AuthenticatedUsers group (S3 User Guide, "The meaning of "public""): the
// canned ACLs public-read, public-read-write and authenticated-read, or a grant naming one of those
// groups' URIs. Read from every shape the provider takes: a bucket's or object's canned `acl`, the
// `grants` of Bucket, BucketV2 and ObjectCopy (a grantee with a list of permissions), and
// BucketAcl's `accessControlPolicy.grants` (a grantee block and one permission).
import type { ResourceView } from "../../lib/resource-view";
import { Tri, anyOf } from "../../lib/tri";
import { isUnknown } from "../../lib/unknown";
import { at, readList } from "../../lib/values";
import {
  ACCESS_CONTROL_POLICY_PROPS,
  ACL_GRANTEE_PROPS,
  ACL_GRANT_PROPS,
  BUCKET_ACCESS_PROPS,
  BUCKET_ACL_PROPS,
  BUCKET_ACL_TYPES,
  BUCKET_TYPES,
  GRANT_PROPS,
  OBJECT_PROPS,
  OBJECT_TYPES,
} from "./types";

export interface AclReading {
  readonly public: Tri;
  /** Everyone may also write to the bucket or change the ACL (a surely public grant of write). */
  readonly write: boolean;
}

/** The public canned ACLs, and whether each lets everyone write. */
const PUBLIC_CANNED: Readonly<Record<string, boolean>> = { "public-read": false, "public-read-write": true, "authenticated-read": false };
const PUBLIC_GROUPS = new Set(["acs.amazonaws.com/groups/global/allusers", "acs.amazonaws.com/groups/global/authenticatedusers"]);
const WRITE_PERMISSIONS = new Set(["write", "write_acp", "full_control"]);

interface Reading {
  public: Tri;
  write: boolean;
}

function add(into: Reading, isPublic: Tri, write: boolean): void {
  into.public = anyOf([into.public, isPublic]);
  if (isPublic === "yes" && write) into.write = true;
}

function readCanned(acl: unknown, into: Reading): void {
  if (isUnknown(acl)) return add(into, "maybe", false);
  if (typeof acl !== "string") return;
  const write = PUBLIC_CANNED[acl.trim().toLowerCase()];
  if (write !== undefined) add(into, "yes", write);
}

function isPublicGroup(uri: unknown): Tri {
  if (isUnknown(uri)) return "maybe";
  if (typeof uri !== "string") return "no";
  return PUBLIC_GROUPS.has(uri.trim().toLowerCase().replace(/^https?:\/\//, "")) ? "yes" : "no";
}

/** One grantee and its permissions (a list, or BucketAcl's single permission). */
function readGrant(uri: unknown, permissions: unknown, into: Reading): void {
  const granted = readList(permissions);
  // A grant of no permission gives nothing (and AWS refuses it).
  if (Array.isArray(granted) && granted.length === 0) return;
  const write = Array.isArray(granted) && granted.some((p) => typeof p === "string" && WRITE_PERMISSIONS.has(p.trim().toLowerCase()));
  add(into, isPublicGroup(uri), write);
}

function forEachItem(list: unknown, into: Reading, read: (item: unknown) => void): void {
  const items = readList(list);
  if (items === undefined) return;
  if (!Array.isArray(items)) return add(into, "maybe", false);
  for (const item of items) {
    if (isUnknown(item)) add(into, "maybe", false);
    else read(item);
  }
}

/** BucketAcl: `accessControlPolicy` (a record, or a list of one) holding `grants` of { grantee { uri }, permission }. */
function readAccessControlPolicy(value: unknown, into: Reading): void {
  forEachItem(value, into, (policy) =>
    forEachItem(at(policy, ACCESS_CONTROL_POLICY_PROPS.grants), into, (grant) =>
      readGrant(at(grant, ACL_GRANT_PROPS.grantee, ACL_GRANTEE_PROPS.uri), at(grant, ACL_GRANT_PROPS.permission), into),
    ),
  );
}

/** Bucket, BucketV2 and ObjectCopy: `grants` of { uri, permissions[] }. */
function readGrantList(value: unknown, into: Reading): void {
  forEachItem(value, into, (grant) => readGrant(at(grant, GRANT_PROPS.uri), at(grant, GRANT_PROPS.permissions), into));
}

function isOneOf(type: string, types: readonly string[]): boolean {
  return types.includes(type);
}

/** The public part of a bucket's, a BucketAcl's or an object's ACL; nothing for other types. */
export function readPublicAcl(resource: ResourceView): AclReading {
  const into: Reading = { public: "no", write: false };
  const props = resource.props;
  if (isOneOf(resource.type, BUCKET_TYPES)) {
    readCanned(props[BUCKET_ACCESS_PROPS.acl], into);
    readGrantList(props[BUCKET_ACCESS_PROPS.grants], into);
  } else if (isOneOf(resource.type, BUCKET_ACL_TYPES)) {
    readCanned(props[BUCKET_ACL_PROPS.acl], into);
    readAccessControlPolicy(props[BUCKET_ACL_PROPS.accessControlPolicy], into);
  } else if (isOneOf(resource.type, OBJECT_TYPES)) {
    readCanned(props[OBJECT_PROPS.acl], into);
    readGrantList(props[OBJECT_PROPS.grants], into);
    // An object's ACL has no write to give: WRITE applies to buckets only.
    into.write = false;
  }
  return into;
}
