// The shipped support-date tables, each read once when the pack loads.
import { SupportTable, loadSupportTable } from "./support-table";
import eksVersions from "./data/eks-versions.json";
import lambdaRuntimes from "./data/lambda-runtimes.json";
import rdsEngineVersions from "./data/rds-engine-versions.json";
import syntheticsRuntimes from "./data/synthetics-runtimes.json";

export const LAMBDA_RUNTIMES: SupportTable = loadSupportTable(lambdaRuntimes, "lambda-runtimes.json");
export const SYNTHETICS_RUNTIMES: SupportTable = loadSupportTable(syntheticsRuntimes, "synthetics-runtimes.json");
export const EKS_VERSIONS: SupportTable = loadSupportTable(eksVersions, "eks-versions.json");
export const RDS_ENGINE_VERSIONS: SupportTable = loadSupportTable(rdsEngineVersions, "rds-engine-versions.json");
