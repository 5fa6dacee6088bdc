// The OS releases the baseline renders for (release-table.json): each one's OpenSSH and audit
// versions, the packages it ships, its image, and the last day of its security support. A release
// past that day, or one listed as end of life, is refused with the date, never rendered. (The
// table is not named releases.json: ts-node would load it for "./releases".)
import TABLE from "./release-table.json";
import { OS_FAMILIES, OsFamily } from "./types";

export interface OsRelease {
  family: OsFamily;
  version: string;
  /** "Debian 12 (bookworm)". */
  name: string;
  /** The release the family renders for when no version is given. */
  default?: boolean;
  openssh: string;
  audit: string;
  /** ISO date: the last day of free security updates. */
  supportEnds: string;
  /** What `supportEnds` is the end of ("Debian LTS"). */
  support: string;
  /** Packages the baseline installs that the release's archive ships. */
  packages: string[];
  image: { x86_64: string; arm64: string; rootDeviceName: string };
  sources: string[];
}

export interface EndOfLifeRelease {
  family: OsFamily;
  version: string;
  name: string;
  openssh: string;
  supportEnded: string;
  support: string;
  sources: string[];
}

export const OS_RELEASES = TABLE.supported as OsRelease[];
export const END_OF_LIFE_RELEASES = TABLE.endOfLife as EndOfLifeRelease[];

export class OsReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OsReleaseError";
  }
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function supportedList(family: OsFamily): string {
  return OS_RELEASES.filter((r) => r.family === family).map((r) => r.version).join(", ");
}

/**
 * The release to render for: `version` of `family`, or the family's default release. Throws
 * OsReleaseError for an unknown family or version, and for a release whose support has ended by `today`.
 */
export function osRelease(family: OsFamily, version?: string, today: Date = new Date()): OsRelease {
  if (!OS_FAMILIES.includes(family)) {
    throw new OsReleaseError(`unknown osFamily ${JSON.stringify(family)}: expected one of ${OS_FAMILIES.join(", ")}`);
  }
  const wanted = version === undefined ? undefined : String(version).trim();
  const ended = END_OF_LIFE_RELEASES.find((r) => r.family === family && r.version === wanted);
  if (ended) {
    throw new OsReleaseError(
      `${ended.name} is end of life: its security support (${ended.support}) ended on ${ended.supportEnded}. Use ${family} ${supportedList(family)}.`,
    );
  }
  const release = OS_RELEASES.find((r) => r.family === family && (wanted === undefined ? r.default === true : r.version === wanted));
  if (!release) {
    throw new OsReleaseError(`unknown ${family} version ${JSON.stringify(wanted)}: Rampart's OS baseline supports ${family} ${supportedList(family)}`);
  }
  if (isoDay(today) > release.supportEnds) {
    throw new OsReleaseError(`${release.name} is end of life: its security support (${release.support}) ended on ${release.supportEnds}. Use a newer ${family} release.`);
  }
  return release;
}
