// The public access block S3 applies to a bucket, flag by flag: the most restrictive of the
// bucket's own block and the account's (S3 User Guide, "Blocking public access to your Amazon S3
// storage"). A bucket of the stack with no block resource has all four flags on, S3's default for
// new buckets since April 2023; a bucket created elsewhere, with no block in the stack, is not
// known to have any. An account block the stack does not set is not known to be on either.
import { Tri, anyOf, triOf } from "../../lib/tri";
import { readBool } from "../../lib/values";
import type { BucketAccess, BucketTarget } from "./bucket-access";
import { PUBLIC_ACCESS_FLAGS } from "./types";

export type PublicAccessFlag = (typeof PUBLIC_ACCESS_FLAGS)[number];

/** Per flag: "yes" when S3 applies it to the bucket, "maybe" when that hangs on a preview unknown. */
export type EffectiveBlock = Readonly<Record<PublicAccessFlag, Tri>>;

/** A flag of a block resource; an unset flag is false (the provider's default). */
function flagOf(block: { props: Record<string, unknown> }, flag: PublicAccessFlag): Tri {
  return triOf(readBool(block.props[flag]), false);
}

function flagsOf(level: (flag: PublicAccessFlag) => Tri): EffectiveBlock {
  return Object.fromEntries(PUBLIC_ACCESS_FLAGS.map((flag) => [flag, level(flag)])) as Record<PublicAccessFlag, Tri>;
}

/** What the stack's account-wide blocks apply to every bucket of the account. */
export function accountBlock(access: BucketAccess): EffectiveBlock {
  return flagsOf((flag) => anyOf(access.accountPublicAccessBlocks.map((b) => flagOf(b, flag))));
}

/** The block S3 applies to `target`: its own block's flags (S3's default when it has none) or the account's. */
export function effectiveBlock(access: BucketAccess, target: BucketTarget): EffectiveBlock {
  const blocks = access.publicAccessBlocks.of(target);
  // Without a block of its own, a block naming a bucket unknown during preview may be this one's.
  const undecided = access.publicAccessBlocks.unresolved.length > 0;
  const withoutBlock: Tri = undecided ? "maybe" : target.bucket ? "yes" : "no";
  const account = accountBlock(access);
  return flagsOf((flag) => anyOf([blocks.length === 0 ? withoutBlock : anyOf(blocks.map((b) => flagOf(b, flag))), account[flag]]));
}
