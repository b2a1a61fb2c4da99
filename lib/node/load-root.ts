/**
 * Reads a directory tree from disk into scenario files (read once at start; the disk is never written).
 * Permission bits and dates come from disk; owners do not (disk uids mean nothing to the simulated user
 * database), so every entry belongs to `owner`, as the simulator's tree belongs to its first local user.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ScenarioFile } from "../sim/scenario";

const MAX_FILES = 10_000;
const MAX_BYTES = 512 * 1024 * 1024;

export function loadRootDir(
  root: string,
  owner: { uid: number; gid: number },
): { ok: true; files: ScenarioFile[] } | { ok: false; message: string } {
  const files: ScenarioFile[] = [];
  let bytes = 0;
  const walk = (dir: string): string | null => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const path = relative(root, full).split(sep).join("/");
      const st = lstatSync(full);
      const meta = {
        path,
        mode: "0o" + (st.mode & 0o7777).toString(8),
        mtime: Math.floor(st.mtimeMs / 1000),
        uid: owner.uid,
        gid: owner.gid,
      };
      if (files.length >= MAX_FILES) return `--root holds more than ${MAX_FILES} entries`;
      if (st.isSymbolicLink()) files.push({ ...meta, type: "symlink", target: readlinkSync(full) });
      else if (st.isDirectory()) {
        files.push({ ...meta, type: "dir" });
        const err = walk(full);
        if (err) return err;
      } else if (st.isFile()) {
        bytes += st.size;
        if (bytes > MAX_BYTES) return `--root holds more than ${MAX_BYTES >> 20} MiB`;
        files.push({ ...meta, type: "file", base64: readFileSync(full).toString("base64") });
      }
    }
    return null;
  };
  try {
    const err = walk(root);
    return err ? { ok: false, message: err } : { ok: true, files };
  } catch (e) {
    return { ok: false, message: `cannot read --root ${root}: ${(e as Error).message}` };
  }
}
