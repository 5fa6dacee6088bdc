/** A problem with what the user gave the checker: reported with the file and field, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly cause_: string,
  ) {
    super([file, field, cause_].filter((part) => part !== "").join(": "));
    this.name = "InputError";
  }
}
