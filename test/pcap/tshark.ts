/** Runs Debian's tshark on a capture and returns chosen fields per frame (tests only). */
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PATH = process.env.TSHARK_PATH ?? "/usr/bin/tshark";

/** tshark's path, or null (with the reason printed once) when it is not installed. */
export function tsharkPath(): string | null {
  if (existsSync(PATH) && spawnSync(PATH, ["-v"], { stdio: "ignore" }).status === 0) return PATH;
  console.log(
    `tshark not found at ${PATH}: the pcapng tests that need it are skipped (scripts/ensure-tools.mjs tshark installs it as root)`,
  );
  return null;
}

export type Row = Record<string, string>;

/** One row per frame (optionally filtered), the named fields as text ("" when absent). */
export function tsharkFields(
  file: string,
  fields: readonly string[],
  extra: readonly string[] = [],
): Promise<Row[]> {
  const args = ["-r", file, "-T", "fields", "-E", "separator=\t", "-E", "occurrence=a", "-E", "aggregator=|"];
  for (const f of fields) args.push("-e", f);
  return new Promise((resolve, reject) =>
    execFile(PATH, [...args, ...extra], { maxBuffer: 64 << 20, timeout: 60_000 }, (err, out, stderr) => {
      if (err) return reject(new Error(`tshark ${args.join(" ")}: ${err.message}\n${stderr}`));
      resolve(
        out
          .split("\n")
          .filter((l) => l !== "")
          .map((l) => Object.fromEntries(l.split("\t").map((v, i) => [fields[i]!, v]))),
      );
    }),
  );
}
