// Whether ACLs are in force on a bucket. Since April 2023 a new bucket has Object Ownership
// BucketOwnerEnforced: ACLs are disabled and S3 rejects a request that sets any ACL other than
// the bucket owner's full control (S3 User Guide, "Controlling ownership of objects and disabling
// ACLs for your bucket"). Ownership controls of ObjectWriter or BucketOwnerPreferred turn ACLs back
// on. A bucket created elsewhere, with no ownership controls in the stack, may still have them on
// (the default before April 2023).
import { Tri, anyOf } from "../../lib/tri";
import { isUnknown } from "../../lib/unknown";
import { at } from "../../lib/values";
import type { BucketAccess, BucketTarget } from "./bucket-access";
import { OWNERSHIP_PROPS, OWNERSHIP_RULE_PROPS } from "./types";

const ACLS_ENABLED = new Set(["objectwriter", "bucketownerpreferred"]);

function enablesAcls(controls: { props: Record<string, unknown> }): Tri {
  // The rule block may arrive as a record or a list of one.
  const rule = controls.props[OWNERSHIP_PROPS.rule];
  const ownership = at(Array.isArray(rule) ? rule[0] : rule, OWNERSHIP_RULE_PROPS.objectOwnership);
  if (isUnknown(ownership)) return "maybe";
  return typeof ownership === "string" && ACLS_ENABLED.has(ownership.trim().toLowerCase()) ? "yes" : "no";
}

/** "yes" when ACLs are in force on the bucket, "maybe" when that hangs on a preview unknown. */
export function aclsEnabled(access: BucketAccess, target: BucketTarget): Tri {
  const controls = access.ownershipControls.of(target);
  if (controls.length > 0) return anyOf(controls.map(enablesAcls));
  if (access.ownershipControls.unresolved.length > 0) return "maybe";
  return target.bucket ? "no" : "yes";
}
