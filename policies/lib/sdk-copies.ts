// A pack may run with more than one copy of @pulumi/policy: Rampart's own, the pack folder's (the
// engine starts the pack there, and a published pack installs its own), and any other already
// loaded. What Rampart adjusts in the SDK (secret tracking, the GetAnalyzerInfo answer) has to
// reach every copy, so both find them here.

export interface SdkCopies {
  /** The file Rampart's own `require` resolves the module to, when it can. */
  readonly own?: string;
  /** Every copy, by file: its module exports. */
  readonly byFile: Map<string, Record<string, unknown>>;
}

/** The copies of `moduleId` (e.g. "@pulumi/policy/deserialize"); `file` matches its path in require's cache. */
export function sdkCopies(moduleId: string, file: RegExp): SdkCopies {
  const byFile = new Map<string, Record<string, unknown>>();
  let own: string | undefined;
  try {
    own = require.resolve(moduleId);
    byFile.set(own, require(own));
  } catch {
    // Not resolvable from Rampart's own folder: the caller decides whether that is fatal.
  }
  try {
    const packs = require.resolve(moduleId, { paths: [process.cwd()] });
    if (!byFile.has(packs)) byFile.set(packs, require(packs));
  } catch {
    // No copy of its own in the working directory.
  }
  for (const [path, m] of Object.entries(require.cache ?? {})) {
    if (file.test(path) && m?.exports && !byFile.has(path)) byFile.set(path, m.exports);
  }
  return { own, byFile };
}
