// The judge collects what a policy concludes about a resource or a stack: violations, and the
// parts it could not see because they are unknown during preview.
export interface Violation {
  readonly message: string;
  /** The resource the violation is about; defaults to the resource under analysis. */
  readonly urn?: string;
}

export interface Judge {
  violation(message: string, urn?: string): void;
  /** Records that `what` is unknown at preview time, so the policy could not judge it. */
  unknown(what: string): void;
  /** Records why the policy does not apply here (inactive until configured, input AWS would reject). */
  notApplicable(reason: string): void;
}

export class CollectingJudge implements Judge {
  readonly violations: Violation[] = [];
  readonly unknowns: string[] = [];
  readonly notApplicableReasons: string[] = [];

  violation(message: string, urn?: string): void {
    this.violations.push(urn === undefined ? { message } : { message, urn });
  }

  unknown(what: string): void {
    if (!this.unknowns.includes(what)) this.unknowns.push(what);
  }

  notApplicable(reason: string): void {
    if (!this.notApplicableReasons.includes(reason)) this.notApplicableReasons.push(reason);
  }
}
