// Plain-HTTP listeners exist only to send clients to HTTPS: every default action of an HTTP
// listener, and every action of its listener rules, is a redirect whose protocol is HTTPS, so
// no content is ever served in clear text. A stack policy, because a rule's listener (and so
// whether the rule serves HTTP) is another resource.
import type { Judge } from "../lib/judge";
import { stackPolicy } from "../lib/control";
import type { StackResource } from "../lib/resource-view";
import { UNKNOWN, isUnknown } from "../lib/unknown";
import { at, readList, readString } from "../lib/values";
import { loadBalancerGraphOf } from "../aws/lb/graph";
import { listenerProtocol } from "../aws/lb/listener";
import { safeToken } from "../lib/safe-text";
import { LISTENER_PROPS, LISTENER_RULE_TYPES, LISTENER_TYPES } from "../aws/lb/types";

const REDIRECT = '{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }';

/** Why one action is not a redirect to HTTPS, or undefined when it is one. */
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

/** Judges each action of `actionsProp` on `owner`; `what` names it in messages. */
function judgeActions(owner: StackResource, actionsProp: string, what: string, judge: Judge): void {
  const actions = readList(owner.props[actionsProp]);
  if (actions === UNKNOWN) return judge.unknown(`${actionsProp} of ${owner.name}`);
  if (!actions || actions.length === 0) {
    if (actionsProp === LISTENER_PROPS.defaultActions) judge.violation(`${what} has no default action redirecting to HTTPS. Add defaultActions [${REDIRECT}].`, owner.urn);
    return;
  }
  actions.forEach((action, i) => {
    const problem = isUnknown(action) ? UNKNOWN : notHttpsRedirect(action);
    if (problem === UNKNOWN) judge.unknown(`${actionsProp}[${i}] of ${owner.name}`);
    else if (problem) judge.violation(`${what} serves clear text: ${actionsProp}[${i}] has ${problem}. Replace it with ${REDIRECT}.`, owner.urn);
  });
}

export const albHttpsOnly = stackPolicy<Record<string, never>>({
  name: "alb-https-only",
  description:
    "Every HTTP listener of a load balancer (aws:lb and aws:alb) only redirects to HTTPS: all its default actions, and all actions of its listener rules, are of type redirect with redirect.protocol HTTPS. HTTPS, TCP, TLS and UDP listeners are not judged.",
  severity: "high",
  enforcementLevel: "mandatory",
  domain: "web",
  references: [
    { framework: "aws-fsbp", ids: ["ELB.1", "ELB.18"] },
    { framework: "owasp", ids: ["A02:2021"] },
  ],
  remediationSteps: `Give the HTTP listener a single default action ${REDIRECT}, drop its forwarding listener rules (or move them to the HTTPS listener), and serve the application from an HTTPS listener.`,
  types: [...LISTENER_TYPES, ...LISTENER_RULE_TYPES],
  check(stack, _config, judge) {
    const graph = loadBalancerGraphOf(stack);
    let someListenerMaybeHttp = false;
    for (const listener of stack.ofType(...LISTENER_TYPES)) {
      const protocol = listenerProtocol(listener.props);
      if (protocol === UNKNOWN) {
        someListenerMaybeHttp = true;
        judge.unknown(`protocol of ${listener.name}`);
        continue;
      }
      if (protocol !== "HTTP") continue;
      someListenerMaybeHttp = true;
      judgeActions(listener, LISTENER_PROPS.defaultActions, `HTTP listener "${listener.name}"`, judge);
      for (const rule of graph.rulesOf(listener)) judgeActions(rule, "actions", `Listener rule "${rule.name}" of HTTP listener "${listener.name}"`, judge);
    }
    // A rule whose listener is not known yet may belong to an HTTP listener.
    if (graph.unresolvedRules > 0 && someListenerMaybeHttp) judge.unknown(`the listener of ${graph.unresolvedRules} ListenerRule(s)`);
  },
});
