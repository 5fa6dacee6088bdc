// The calls a pack may leave unimplemented (the Node SDK implements neither Handshake nor
// Cancel): the engine makes them and takes UNIMPLEMENTED as "skip", as here.
import { AnalyzerClient, isUnimplemented } from "./client";
import { analyzerProto } from "./pulumi-modules";
import { StackContext, configureStackRequest } from "./stack-context";

/** How long a pack being stopped is given to answer Cancel (the engine gives 5 s on close, 30 s on an interrupt). */
export const CANCEL_DEADLINE_MS = 2_000;

async function unlessUnimplemented(call: Promise<unknown>): Promise<"done" | "skipped"> {
  try {
    await call;
    return "done";
  } catch (e) {
    if (isUnimplemented(e)) return "skipped";
    throw e;
  }
}

/** The engine's first call: its address, and the pack's folder as both root and program directory. */
export function handshake(client: AnalyzerClient, engineAddress: string, packDir: string): Promise<"done" | "skipped"> {
  const req = new analyzerProto.AnalyzerHandshakeRequest();
  req.setEngineAddress(engineAddress);
  req.setRootDirectory(packDir);
  req.setProgramDirectory(packDir);
  return unlessUnimplemented(client.handshake(req));
}

/** Right after the handshake, before GetAnalyzerInfo: the stack being analysed. */
export function configureStack(client: AnalyzerClient, context: StackContext): Promise<"done" | "skipped"> {
  return unlessUnimplemented(client.configureStack(configureStackRequest(context)));
}

/** Before a pack is stopped: asks it to abort what it is doing. Advisory: no answer, or an error, changes nothing. */
export async function cancel(client: AnalyzerClient, deadlineMs = CANCEL_DEADLINE_MS): Promise<void> {
  try {
    await client.cancel(deadlineMs);
  } catch {
    // Unimplemented, stuck or gone: the pack is stopped all the same.
  }
}
