// What the two S3 exposure policies (s3-bucket-policy-not-public, s3-acl-not-public) share: how
// they name what grants access, and how they report one bucket's public grants: one violation
// listing those in effect, else an unknown for those that may be, else a note for each that AWS
// rejects or ignores (nothing is exposed, but the program does not do what it says).
import type { Judge } from "../lib/judge";
import type { StackResource } from "../lib/resource-view";
import type { Tri } from "../lib/tri";
import type { BucketTarget } from "../aws/s3/bucket-access";

/** `aws.s3.BucketPolicy "site-policy"`: the resource's kind as a program spells it, and its name. */
export function resourceLabel(resource: StackResource): string {
  const kind = resource.type.split(":")[2] ?? resource.type;
  return `aws.s3.${kind} "${resource.name}"`;
}

/** "a", "a and b", "a, b and c", or "a, b, c and 4 more" past `max`. */
export function listed(items: readonly string[], max = 3): string {
  if (items.length > max) return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** One public grant of access to a bucket, and whether it reaches the public. */
export interface PublicGrant {
  readonly source: StackResource;
  /** What grants, for messages: `aws.s3.BucketAcl "logs-acl"`, `its inline policy`. */
  readonly label: string;
  /** "yes" when in effect, "maybe" when that hangs on a preview unknown. */
  readonly inEffect: Tri;
  /** Why a grant that is surely public has no effect (AWS rejects or ignores it). */
  readonly heldBack?: string;
}

export interface GrantMessages {
  /** The violation, given the grants in effect ("a, b and 2 more"). */
  readonly violation: (grants: string) => string;
  /** What could not be judged during preview ("the bucket policy"). */
  readonly unknown: string;
}

/** Reports the public grants of one bucket (`grants` is not empty). */
export function reportPublicGrants(target: BucketTarget, grants: readonly PublicGrant[], messages: GrantMessages, judge: Judge): void {
  const inEffect = grants.filter((g) => g.inEffect === "yes");
  if (inEffect.length > 0) {
    judge.violation(messages.violation(listed(inEffect.map((g) => g.label))), (target.bucket ?? inEffect[0].source).urn);
    return;
  }
  const where = target.bucket ? `S3 bucket "${target.bucket.name}"` : `the bucket of ${grants[0].label}`;
  if (grants.some((g) => g.inEffect === "maybe")) judge.unknown(`${messages.unknown} of ${where}`);
  const byReason = new Map<string, string[]>();
  for (const g of grants) if (g.heldBack) byReason.set(g.heldBack, [...(byReason.get(g.heldBack) ?? []), g.label]);
  for (const [reason, labels] of byReason) judge.notApplicable(`${listed(labels)} on ${where}: ${reason}`);
}
