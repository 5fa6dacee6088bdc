// The tag that ties instances to a patch group. "PatchGroup" (no space) works whether or not
// instance metadata tags are enabled; AWS accepts it as well as "Patch Group".
export const PATCH_GROUP_TAG = "PatchGroup";
