// ECR repositories keep image tags immutable, so a tag that was scanned and deployed cannot be
// pointed at another image later (ECR User Guide, "Image tag mutability"). imageTagMutability
// defaults to MUTABLE; IMMUTABLE_WITH_EXCLUSION keeps every tag immutable but the excluded ones.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN } from "../lib/unknown";
import { readString } from "../lib/values";
import { ECR_REPOSITORY_PROPS as P, S } from "./service-types";

const IMMUTABLE = new Set(["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"]);

export const ecrImmutableTags = resourcePolicy<Record<string, never>>({
  name: "ecr-immutable-tags",
  description: 'ECR repositories set imageTagMutability to "IMMUTABLE" (or "IMMUTABLE_WITH_EXCLUSION"); the default, MUTABLE, lets a pushed tag be moved to another image.',
  severity: "low",
  enforcementLevel: "advisory",
  domain: "patching",
  references: [{ framework: "aws-fsbp", ids: ["ECR.2"] }],
  remediationSteps:
    'Set imageTagMutability: "IMMUTABLE" and tag each build uniquely (a version or the commit SHA). A moving tag such as "latest" can stay mutable with imageTagMutability: "IMMUTABLE_WITH_EXCLUSION" and an imageTagMutabilityExclusionFilters entry for it.',
  types: [S.ecrRepository],
  check(repo, _config, judge) {
    const mutability = readString(repo.props[P.imageTagMutability]);
    if (mutability === UNKNOWN) return judge.unknown(P.imageTagMutability);
    if (mutability !== undefined && IMMUTABLE.has(mutability.trim().toUpperCase())) return;
    const now = mutability === undefined ? "not set and defaults to MUTABLE" : mutability.trim().toUpperCase() === "MUTABLE" ? "MUTABLE" : mutability.trim().toUpperCase() === "MUTABLE_WITH_EXCLUSION" ? "MUTABLE_WITH_EXCLUSION" : "not an immutable setting";
    judge.violation(`ECR repository "${repo.name}" lets pushed tags be overwritten (imageTagMutability is ${now}). Set imageTagMutability: "IMMUTABLE".`);
  },
});
