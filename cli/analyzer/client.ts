// A promise-based Analyzer gRPC client over the stubs that ship with @pulumi/pulumi.
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import { analyzerRpc, emptyProto, grpc } from "./pulumi-modules";

const MAX_MESSAGE = 1024 * 1024 * 400; // as the SDK's server: stacks can be large

type Callback<T> = (err: Error | null, value?: T) => void;
type Unary<Req, Res> = (req: Req, cb: Callback<Res>) => void;

export class AnalyzerClient {
  private readonly client: Record<string, unknown> & { close(): void };

  constructor(port: number) {
    this.client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": MAX_MESSAGE,
      "grpc.max_send_message_length": MAX_MESSAGE,
    }) as unknown as Record<string, unknown> & { close(): void };
  }

  private call<Req, Res>(method: string, req: Req): Promise<Res> {
    const fn = (this.client[method] as Unary<Req, Res>).bind(this.client);
    return new Promise((resolve, reject) => fn(req, (err, res) => (err ? reject(err) : resolve(res as Res))));
  }

  getAnalyzerInfo(): Promise<analyzerPb.AnalyzerInfo> {
    return this.call("getAnalyzerInfo", new emptyProto.Empty());
  }

  getPluginInfo(): Promise<pluginPb.PluginInfo> {
    return this.call("getPluginInfo", new emptyProto.Empty());
  }

  configureStack(req: analyzerPb.AnalyzerStackConfigureRequest): Promise<unknown> {
    return this.call("configureStack", req);
  }

  configure(req: analyzerPb.ConfigureAnalyzerRequest): Promise<unknown> {
    return this.call("configure", req);
  }

  analyze(req: analyzerPb.AnalyzeRequest): Promise<analyzerPb.AnalyzeResponse> {
    return this.call("analyze", req);
  }

  analyzeStack(req: analyzerPb.AnalyzeStackRequest): Promise<analyzerPb.AnalyzeResponse> {
    return this.call("analyzeStack", req);
  }

  remediate(req: analyzerPb.AnalyzeRequest): Promise<analyzerPb.RemediateResponse> {
    return this.call("remediate", req);
  }

  close(): void {
    this.client.close();
  }
}
