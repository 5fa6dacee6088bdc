// ECS services on Fargate run on the LATEST platform version, which carries the current kernel,
// container runtime and agent patches (ECS Developer Guide, "Fargate platform versions"). Left
// unset, platformVersion is LATEST; a pinned older version keeps its tasks on unpatched layers.
// The newest Linux version is 1.4.0 (Windows: 1.0.0, which LATEST also resolves to).
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { ECS_SERVICE_PROPS as P, S } from "./service-types";

/** Versions that are the newest of their OS family. */
const CURRENT = new Set(["LATEST", "1.4.0"]);

export const ecsFargateLatestPlatform = resourcePolicy<Record<string, never>>({
  name: "ecs-fargate-latest-platform",
  description:
    'ECS services on Fargate run on the latest platform version: platformVersion is unset or "LATEST" (or "1.4.0", the newest Linux version). Services with launchType EC2 or EXTERNAL are not judged.',
  severity: "medium",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["ECS.10"] }],
  remediationSteps: 'Remove platformVersion from the service, or set platformVersion: "LATEST", so new deployments run on the current Fargate platform.',
  types: [S.ecsService],
  check(service, _config, judge) {
    const launchType = readString(service.props[P.launchType]);
    if (launchType === UNKNOWN) return judge.unknown(P.launchType);
    if (launchType !== undefined && ["EC2", "EXTERNAL"].includes(launchType.trim().toUpperCase())) return;
    const version = readString(service.props[P.platformVersion]);
    if (version === UNKNOWN) return judge.unknown(P.platformVersion);
    if (version === undefined || version.trim() === "" || CURRENT.has(version.trim().toUpperCase())) return;
    // platformVersion applies to Fargate only, so a service that sets it runs there.
    const shown = /^\d+\.\d+\.\d+$/.test(version.trim()) ? version.trim() : "a pinned version";
    judge.violation(`ECS service "${service.name}" pins Fargate platformVersion ${shown}, older than the latest. Remove platformVersion or set it to "LATEST".`);
  },
});
