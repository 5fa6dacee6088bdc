// Plain-HTTP listeners exist only to send clients to HTTPS: every default action of an HTTP
// listener is a redirect whose protocol is HTTPS, so no content is ever served in clear text.
import { resourcePolicy } from "../lib/control";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { at, readList, readString } from "../lib/values";
import { listenerProtocol } from "../aws/lb/listener";
import { safeToken } from "../lib/safe-text";
import { LISTENER_PROPS, LISTENER_TYPES } from "../aws/lb/types";

/** Why one default action is not a redirect to HTTPS, or undefined when it is one. */
function notHttpsRedirect(action: unknown): string | typeof UNKNOWN | undefined {
  const type = readString(at(action, "type"));
  if (type === UNKNOWN) return UNKNOWN;
  if (type?.trim().toLowerCase() !== "redirect") return `type "${safeToken(type)}" instead of redirect`;
  let redirect = at(action, "redirect");
  if (Array.isArray(redirect)) redirect = redirect[0];
  const protocol = readString(at(redirect, "protocol"));
  if (protocol === UNKNOWN) return UNKNOWN;
  // A missing redirect protocol keeps the request's own ("#{protocol}"), i.e. HTTP.
  if (protocol?.trim().toUpperCase() !== "HTTPS") return `redirect protocol "${safeToken(protocol, "#{protocol}")}" instead of HTTPS`;
  return undefined;
}

export const albHttpsOnly = resourcePolicy<Record<string, never>>({
  name: "alb-https-only",
  description:
    "Every HTTP listener of a load balancer (aws:lb and aws:alb) only redirects to HTTPS: all its default actions are of type redirect with redirect.protocol HTTPS. HTTPS, TCP, TLS and UDP listeners are not judged.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["ELB.1", "ELB.18"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps:
    "Give the HTTP listener a single default action { type: \"redirect\", redirect: { protocol: \"HTTPS\", port: \"443\", statusCode: \"HTTP_301\" } } and serve the application from an HTTPS listener.",
  types: [...LISTENER_TYPES],
  check(listener, _config, judge) {
    const protocol = listenerProtocol(listener.props);
    if (protocol === UNKNOWN) {
      judge.unknown("protocol");
      return;
    }
    if (protocol !== "HTTP") return;
    const actions = readList(listener.props[LISTENER_PROPS.defaultActions]);
    if (actions === UNKNOWN) {
      judge.unknown("defaultActions");
      return;
    }
    if (!actions || actions.length === 0) {
      judge.violation(`HTTP listener "${listener.name}" has no default action redirecting to HTTPS. Add defaultActions [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }].`);
      return;
    }
    actions.forEach((action, i) => {
      if (isUnknown(action)) {
        judge.unknown(`defaultActions[${i}]`);
        return;
      }
      const problem = notHttpsRedirect(action);
      if (problem === UNKNOWN) judge.unknown(`defaultActions[${i}]`);
      else if (problem) {
        judge.violation(
          `HTTP listener "${listener.name}" serves clear text: defaultActions[${i}] has ${problem}. Replace it with { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }.`,
        );
      }
    });
  },
});
