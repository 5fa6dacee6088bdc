// The patching controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";

export const patchingPolicies: RampartPolicy[] = [];
