import * as fs from "fs";
import { unreadableText } from "../baseline/json-source";
import { InputError } from "./input-error";

/** Reads and parses a JSON file, naming the file and the position on any problem. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(file, "", `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const unreadable = unreadableText(text);
  if (unreadable) throw new InputError(file, "", unreadable);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(file, "", `not valid JSON: ${(e as Error).message}`);
  }
}
