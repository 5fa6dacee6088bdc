// A promise-based Analyzer gRPC client over the stubs that ship with @pulumi/pulumi.
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import { analyzerRpc, emptyProto, grpc } from "./pulumi-modules";

const MAX_MESSAGE = 1024 * 1024 * 400; // as the SDK's server: stacks can be large

type Callback<T> = (err: Error | null, value?: T) => void;
type Unary<Req, Res> = (req: Req, options: { deadline: number }, cb: Callback<Res>) => void;

/** A call the pack did not answer before its deadline. */
export class CallTimeoutError extends Error {
  constructor(readonly method: string, readonly ms: number) {
    super(`no answer to ${method} within ${ms / 1000}s`);
    this.name = "CallTimeoutError";
  }
}

const DEFAULT_DEADLINE_MS = 120_000;

/** True when the pack does not implement the method: the engine then skips the call. */
export function isUnimplemented(e: unknown): boolean {
  return (e as { code?: number } | undefined)?.code === grpc.status.UNIMPLEMENTED;
}

export class AnalyzerClient {
  private readonly client: Record<string, unknown> & { close(): void };
  private closed = false;

  /** `deadlineMs` bounds every call; a call may pass its own. */
  constructor(port: number, private readonly deadlineMs = DEFAULT_DEADLINE_MS) {
    this.client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": MAX_MESSAGE,
      "grpc.max_send_message_length": MAX_MESSAGE,
    }) as unknown as Record<string, unknown> & { close(): void };
  }

  private call<Req, Res>(method: string, req: Req, deadlineMs = this.deadlineMs): Promise<Res> {
    const fn = (this.client[method] as Unary<Req, Res>).bind(this.client);
    return new Promise((resolve, reject) =>
      fn(req, { deadline: Date.now() + deadlineMs }, (err, res) => {
        if (!err) return resolve(res as Res);
        const code = (err as { code?: number }).code;
        reject(code === grpc.status.DEADLINE_EXCEEDED ? new CallTimeoutError(method, deadlineMs) : err);
      }),
    );
  }

  getAnalyzerInfo(): Promise<analyzerPb.AnalyzerInfo> {
    return this.call("getAnalyzerInfo", new emptyProto.Empty());
  }

  getPluginInfo(): Promise<pluginPb.PluginInfo> {
    return this.call("getPluginInfo", new emptyProto.Empty());
  }

  handshake(req: analyzerPb.AnalyzerHandshakeRequest): Promise<unknown> {
    return this.call("handshake", req);
  }

  configureStack(req: analyzerPb.AnalyzerStackConfigureRequest): Promise<unknown> {
    return this.call("configureStack", req);
  }

  cancel(deadlineMs: number): Promise<unknown> {
    return this.call("cancel", new emptyProto.Empty(), deadlineMs);
  }

  configure(req: analyzerPb.ConfigureAnalyzerRequest): Promise<unknown> {
    return this.call("configure", req);
  }

  analyze(req: analyzerPb.AnalyzeRequest, deadlineMs?: number): Promise<analyzerPb.AnalyzeResponse> {
    return this.call("analyze", req, deadlineMs);
  }

  analyzeStack(req: analyzerPb.AnalyzeStackRequest, deadlineMs?: number): Promise<analyzerPb.AnalyzeResponse> {
    return this.call("analyzeStack", req, deadlineMs);
  }

  remediate(req: analyzerPb.AnalyzeRequest): Promise<analyzerPb.RemediateResponse> {
    return this.call("remediate", req);
  }

  /** Closes the channel (a second call does nothing). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.close();
  }
}
