// Managed policy ARNs compared across partitions: arn:aws, arn:aws-us-gov and arn:aws-cn name the
// same AWS managed policy, and configuration may give a bare name ("AdministratorAccess").
export function normalizePolicyArn(arn: string): string {
  return arn.trim().replace(/^arn:aws(-[a-z]+)*:/i, "arn:aws:").toLowerCase();
}

/** A configured entry as a normalised ARN: a bare name means the AWS managed policy of that name. */
export function policyArnOfEntry(entry: string): string {
  const text = entry.trim();
  return normalizePolicyArn(text.startsWith("arn:") ? text : `arn:aws:iam::aws:policy/${text}`);
}
