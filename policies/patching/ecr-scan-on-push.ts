// ECR repositories scan their images for vulnerabilities automatically: the repository sets
// imageScanningConfiguration.scanOnPush, or a registry scanning configuration of the stack
// (aws.ecr.RegistryScanningConfiguration) covers it, which then overrides the repository's
// setting. Without either, images are pushed and run without a scan (scanOnPush defaults to false).
import { StackControl, stackPolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { at, readBool, readString } from "../lib/values";
import { RegistryScanning } from "./ecr-registry-scanning";
import { ECR_REPOSITORY_PROPS as P, S } from "./service-types";

const control: StackControl<Record<string, never>> = {
  name: "ecr-scan-on-push",
  description:
    "ECR repositories scan images automatically: imageScanningConfiguration.scanOnPush is true (the default is false), or a registry scanning configuration in the stack scans the repository (ENHANCED with a SCAN_ON_PUSH or CONTINUOUS_SCAN rule, or BASIC with a SCAN_ON_PUSH rule, whose filter matches it).",
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["ECR.1"] }],
  remediationSteps:
    'Set imageScanningConfiguration: { scanOnPush: true } on the repository, or declare one aws.ecr.RegistryScanningConfiguration with scanType: "ENHANCED" and a rule { scanFrequency: "CONTINUOUS_SCAN", repositoryFilters: [{ filter: "*", filterType: "WILDCARD" }] } (Amazon Inspector scans every repository and rescans when new vulnerabilities are published).',
  types: [S.ecrRepository],
  check(stack, _config, judge) {
    const registry = new RegistryScanning(stack);
    for (const repo of stack.ofType(S.ecrRepository)) {
      const scanOnPush = readBool(at(repo.props[P.imageScanningConfiguration], "scanOnPush"));
      if (scanOnPush === true) continue;
      const name = readString(repo.props[P.name]);
      const covered = registry.covers(name);
      if (covered === true) continue;
      if (scanOnPush === UNKNOWN || covered === UNKNOWN) {
        judge.unknown(`${repo.name} scanning`);
        continue;
      }
      judge.violation(
        `ECR repository "${repo.name}" does not scan images on push (imageScanningConfiguration.scanOnPush is ${scanOnPush === false ? "false" : "not set and defaults to false"}) and no registry scanning configuration of the stack covers it. Set imageScanningConfiguration: { scanOnPush: true }, or add an ENHANCED registry scanning rule whose filter matches it.`,
        repo.urn,
      );
    }
  },
};

export const ecrScanOnPush = stackPolicy(control);
