// The day the support-date policies judge against: "today" (the clock, or RAMPART_TODAY), or a
// fixed evaluationDate so a CI run gives the same verdict tomorrow as today.
import type { ConfigProperty } from "../lib/control";
import { dayOf, today } from "../lib/dates";

export interface EvaluationDateConfig {
  evaluationDate: string;
}

export const EVALUATION_DATE_CONFIG: Readonly<Record<"evaluationDate", ConfigProperty>> = {
  evaluationDate: {
    type: "string",
    pattern: "^(today|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))$",
    default: "today",
    description: 'The day support dates are judged against: "today", or a date YYYY-MM-DD to make runs reproducible.',
  },
};

/** The evaluation day number, or undefined for a date that passed the schema but is no real day (2025-02-30). */
export function evaluationDay(config: Partial<EvaluationDateConfig> | undefined): number | undefined {
  const value = config?.evaluationDate;
  if (value === undefined || value === "today") return today();
  return dayOf(value);
}

/** The message for an evaluationDate that is not a calendar day. */
export const BAD_EVALUATION_DATE = 'The policy\'s evaluationDate is not a calendar date: set "today" or a real date YYYY-MM-DD.';
