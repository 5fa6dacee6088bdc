// The data controls of the rampart-aws pack, in documentation order.
import type { RampartPolicy } from "../lib/control";

export const dataPolicies: RampartPolicy[] = [];
