// What each renderer contributes to the cloud-config document. render-cloud-init.ts
// concatenates the parts in a fixed order, which keeps the output deterministic.

/** A cloud-init write_files entry. */
export interface WriteFile {
  path: string;
  content: string;
  owner: string;
  /** Octal string ("0600"): quoted so YAML 1.1 readers do not turn it into a number. */
  permissions: string;
  /** Write in the final stage, after cloud-init installed packages (for files a package also ships). */
  defer?: boolean;
}

/** A runcmd entry: a string runs through sh, a list runs as argv. */
export type Command = string | string[];

export interface RenderedPart {
  packages: string[];
  writeFiles: WriteFile[];
  runcmd: Command[];
}

/** What an item switched off (or not for this family) renders. Shared, so never mutated. */
export const NOTHING: RenderedPart = Object.freeze({ packages: Object.freeze([]), writeFiles: Object.freeze([]), runcmd: Object.freeze([]) }) as unknown as RenderedPart;

/** Header of every file Rampart writes, so an operator knows where it comes from. */
export const MANAGED_HEADER = "# Managed by Rampart (baselines/os/linux.json). Local edits are overwritten: change the baseline instead.\n";

/** Where files wait until a runcmd step has checked them with the system's own tool. */
export const PENDING_DIR = "/etc/rampart/pending";
