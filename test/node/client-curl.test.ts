/**
 * Debian's curl against the real ftpd: EPSV (curl's default), plain PASV, and active mode with EPRT and
 * with PORT. Each run logs in, lists, downloads byte-exact, resumes with REST, uploads, and runs
 * MKD/RNFR/RNTO/DELE/RMD as quote commands.
 */
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLOB, curlPath, sha, startServer, USER, type TestServer } from "./helpers";

const curl = curlPath();

function run(args: string[], input?: Buffer): Promise<{ out: Buffer; err: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      curl!,
      ["--silent", "--show-error", "--max-time", "15", ...args],
      { encoding: "buffer", maxBuffer: 8 << 20 },
      (e, out, err) => {
        if (e) reject(new Error(`curl ${args.join(" ")}: ${e.message}\n${err.toString()}`));
        else resolve({ out, err: err.toString() });
      },
    );
    if (input) child.stdin!.end(input);
  });
}

const MODES: Record<string, string[]> = {
  epsv: [],
  pasv: ["--disable-epsv"],
  eprt: ["--ftp-port", "127.0.0.1"],
  port: ["--ftp-port", "127.0.0.1", "--disable-eprt"],
};

describe.skipIf(!curl)("curl against npm run ftpd", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.close();
  });

  for (const [mode, flags] of Object.entries(MODES)) {
    it(`completes a full session in ${mode} mode`, async () => {
      const base = `ftp://${s.host}:${s.port}`;
      const auth = ["--user", `${USER.name}:${USER.password}`];
      const anon = await run([...flags, `${base}/pub/`]);
      expect(anon.out.toString()).toMatch(/^-rw-r--r-- .* blob\.bin\r?$/m);
      const got = await run([...flags, `${base}/pub/blob.bin`]);
      expect(sha(got.out)).toBe(sha(BLOB));
      const resumed = await run([...flags, "--continue-at", "123457", `${base}/pub/blob.bin`]);
      expect(sha(resumed.out)).toBe(sha(BLOB.subarray(123457)));
      const refused = run([...flags, "--upload-file", "-", `${base}/pub/anon.txt`], Buffer.from("x"));
      // CURLE_UPLOAD_FAILED; curl 7.88's message text in active mode is a stale one, so check the code.
      await expect(refused).rejects.toThrow(/curl: \(25\)/);
      expect(s.trace.some((l) => l.includes('"text":"550 Permission denied.\\r\\n"'))).toBe(true);

      const dir = `curl-${mode}`;
      const payload = Buffer.concat([BLOB, Buffer.from(mode)]);
      await run(
        [...flags, ...auth, "--quote", `MKD work/${dir}`, "--upload-file", "-", `${base}/work/${dir}/up.bin`],
        payload,
      );
      const back = await run([...flags, ...auth, `${base}/work/${dir}/up.bin`]);
      expect(sha(back.out)).toBe(sha(payload));
      const listing = await run([
        ...flags,
        ...auth,
        "--list-only",
        "--quote",
        `RNFR work/${dir}/up.bin`,
        "--quote",
        `RNTO work/${dir}/moved.bin`,
        `${base}/work/${dir}/`,
      ]);
      expect(listing.out.toString().split(/\r?\n/).filter(Boolean)).toEqual(["moved.bin"]);
      await run([
        ...flags,
        ...auth,
        "--quote",
        `DELE work/${dir}/moved.bin`,
        "--quote",
        `RMD work/${dir}`,
        `${base}/work/`,
      ]);
      const after = await run([...flags, ...auth, "--list-only", `${base}/work/`]);
      expect(after.out.toString()).not.toContain(dir);
      const verbs = new Set(s.trace.map((l) => (JSON.parse(l) as { verb?: string }).verb));
      for (const v of ["REST", "STOR", "MKD", "RNFR", "RNTO", "DELE", "RMD"]) expect(verbs).toContain(v);
      expect(verbs).toContain(mode.toUpperCase());
    });
  }
});
