// Carves a VPC's IPv4 block into equal subnets. Pure arithmetic on 32-bit numbers, so the
// layout is known while the program is built (subnet counts must not depend on outputs).

/** Parses "a.b.c.d/n" into a 32-bit network address and prefix length, or throws with the reason. */
export function parseIpv4Cidr(cidr: string): { network: number; prefix: number } {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(String(cidr).trim());
  if (!match) throw new Error(`"${cidr}" is not an IPv4 CIDR block (a.b.c.d/n)`);
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((o) => o > 255) || prefix > 32) throw new Error(`"${cidr}" is not a valid IPv4 CIDR block`);
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) throw new Error(`"${cidr}" has host bits set; use its network address`);
  return { network: address, prefix };
}

function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

/**
 * The `index`-th subnet of `cidr` that is `newBits` longer than it (like Terraform's cidrsubnet):
 * subnetCidr("10.0.0.0/16", 4, 1) === "10.0.16.0/20".
 */
export function subnetCidr(cidr: string, newBits: number, index: number): string {
  const { network, prefix } = parseIpv4Cidr(cidr);
  const length = prefix + newBits;
  if (!Number.isInteger(newBits) || newBits < 1 || length > 28) {
    throw new Error(`cannot cut /${length} subnets out of ${cidr}: AWS subnets are /16 to /28`);
  }
  if (!Number.isInteger(index) || index < 0 || index >= 2 ** newBits) {
    throw new Error(`${cidr} holds ${2 ** newBits} subnets of /${length}; index ${index} is out of range`);
  }
  return `${formatIpv4(network + index * 2 ** (32 - length))}/${length}`;
}
