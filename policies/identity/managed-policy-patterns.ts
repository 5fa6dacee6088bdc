// Managed-policy entries of a config list, as matchers: an ARN in any partition, a bare AWS
// managed policy name ("AmazonS3FullAccess", "service-role/AWSGlueServiceRole"), or either with
// "*" and "?" wildcards ("*FullAccess*"). Compared case-insensitively, as normalizePolicyArn does.
import { normalizePolicyArn, policyArnOfEntry } from "../aws/iam/managed-policy-arn";

export type PolicyMatcher = (arn: string) => boolean;

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

export function policyMatcher(entries: readonly string[]): PolicyMatcher {
  const exact = new Set<string>();
  const globs: RegExp[] = [];
  for (const entry of entries) {
    const arn = policyArnOfEntry(entry);
    if (/[*?]/.test(arn)) globs.push(globToRegExp(arn));
    else exact.add(arn);
  }
  return (arn: string) => {
    const normal = normalizePolicyArn(arn);
    return exact.has(normal) || globs.some((g) => g.test(normal));
  };
}
