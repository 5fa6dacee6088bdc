// Credential-shaped test values, assembled at run time so the repository holds no string that a
// secret scanner would take for a real credential.
const repeat = (s: string, n: number) => s.repeat(n);

export const fake = {
  accessKeyId: ["AKIA", repeat("Q", 8), repeat("7", 8)].join(""),
  tempKeyId: ["ASIA", repeat("X", 16)].join(""),
  secretKey: ["wJal", repeat("rXUtnFEMI", 4)].join("").slice(0, 40),
  github: ["ghp", "_", repeat("a1B2", 9)].join(""),
  slack: ["xoxb", "-", "1234567890", "-", repeat("ab", 8)].join(""),
  bearer: ["eyJh", repeat("bGci", 6)].join(""),
  password: ["Zq7v", "X9kL", "p2Wm"].join(""),
};

/** Every run of `size` characters of a secret, to prove a message repeats no part of it. */
export function fragments(secret: string, size = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= secret.length; i++) out.push(secret.slice(i, i + size));
  return out;
}
