// How RDS decides whether a database is encrypted when the program does not say. Aurora encrypts
// every DB cluster created since 18 February 2026 with an AWS-owned key when none is asked for
// (Aurora User Guide, "Encrypting Amazon Aurora resources"), and serverless v1 clusters were
// always encrypted; RDS DB instances and Multi-AZ DB clusters still default to unencrypted.
import { UNKNOWN, Unknown } from "../../lib/unknown";
import { readString } from "../../lib/values";
import { RDS_CLUSTER_PROPS } from "./types";

/** Whether a DB cluster that leaves storageEncrypted unset is encrypted anyway; UNKNOWN when its engine or mode is. */
export function clusterEncryptedByDefault(props: Record<string, unknown>): boolean | Unknown {
  const mode = readString(props[RDS_CLUSTER_PROPS.engineMode]);
  const engine = readString(props[RDS_CLUSTER_PROPS.engine]);
  const aurora = typeof engine === "string" && engine.trim().toLowerCase().startsWith("aurora");
  const serverless = typeof mode === "string" && mode.trim().toLowerCase() === "serverless";
  if (aurora || serverless) return true;
  return engine === UNKNOWN || mode === UNKNOWN ? UNKNOWN : false;
}

/** The first unknown of engine and engineMode, for judge.unknown. */
export function unknownEngineProp(props: Record<string, unknown>): string {
  return readString(props[RDS_CLUSTER_PROPS.engineMode]) === UNKNOWN ? RDS_CLUSTER_PROPS.engineMode : RDS_CLUSTER_PROPS.engine;
}
