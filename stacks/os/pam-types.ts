// The shape of the baseline's "cis.pam" section (baselines/os/linux.schema.json is the authority):
// password quality, history and lockout, pam_unix, and su restricted to a group. Each item is on
// (its settings) or switched off with a reason.
import type { Switchable } from "./types";

/** pwquality.conf settings, spelled as pwquality.conf spells them. */
export interface PwqualitySettings {
  minlen: number;
  minclass: number;
  dcredit: number;
  ucredit: number;
  lcredit: number;
  ocredit: number;
  difok: number;
  maxrepeat: number;
  maxsequence: number;
  dictcheck: number;
  enforcing: number;
  retry: number;
  enforce_for_root: boolean;
}

export type PasswordHashing = "yescrypt" | "sha512";

export interface PamItems {
  /** pam_pwquality, with its settings in pwquality.conf (or a drop-in of pwquality.conf.d). */
  passwordQuality: Switchable<{ path: string; settings: PwqualitySettings }>;
  /** pam_pwhistory: the last `remember` passwords cannot be reused. */
  passwordHistory: Switchable<{ remember: number; enforceForRoot: boolean }>;
  /** pam_faillock, with its settings in /etc/security/faillock.conf. */
  lockout: Switchable<{ deny: number; unlockTime: number; evenDenyRoot: boolean; rootUnlockTime: number }>;
  /** pam_unix without nullok, hashing new passwords with `hashing`. */
  unix: Switchable<{ hashing: PasswordHashing }>;
  /** su only for members of `group` (pam_wheel use_uid), a group created empty. */
  su: Switchable<{ group: string }>;
}
