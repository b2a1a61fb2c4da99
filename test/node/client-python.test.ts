/**
 * Python's ftplib against the real ftpd: full sessions in PASV, EPSV and active (PORT) mode. The Python
 * side only moves bytes and reports what it saw as JSON; the checks are here.
 */
import { execFile } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLOB, sha, startServer, USER, type TestServer } from "./helpers";

const SCRIPT = String.raw`
import ftplib, hashlib, io, json, sys
host, port, user, pw, mode, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
out = {}
def h(b): return hashlib.sha256(b).hexdigest()
def session(u, p):
    f = ftplib.FTP()
    f.connect(host, port, timeout=10)
    f.login(u, p)
    if mode == "active": f.set_pasv(False)
    if mode == "epsv": f.makepasv = lambda: ftplib.parse229(f.sendcmd("EPSV"), f.sock.getpeername())
    return f
a = session("anonymous", "guest@example.org")
out["anonList"] = a.nlst("pub")
buf = io.BytesIO(); a.retrbinary("RETR pub/blob.bin", buf.write); out["anonSha"] = h(buf.getvalue())
try:
    a.storbinary("STOR pub/nope.bin", io.BytesIO(b"x")); out["anonStor"] = "accepted"
except ftplib.error_perm as e:
    out["anonStor"] = str(e)
a.quit()
f = session(user, pw)
out["pwd"] = f.pwd()
lines = []; f.retrlines("LIST pub", lines.append); out["list"] = lines
buf = io.BytesIO(); f.retrbinary("RETR pub/blob.bin", buf.write); out["sha"] = h(buf.getvalue())
buf = io.BytesIO(); f.retrbinary("RETR pub/blob.bin", buf.write, rest=100000); out["restSha"] = h(buf.getvalue())
d = "work/" + tag
out["mkd"] = f.mkd(d)
payload = bytes(range(256)) * 1000
f.storbinary("STOR " + d + "/up.bin", io.BytesIO(payload))
buf = io.BytesIO(); f.retrbinary("RETR " + d + "/up.bin", buf.write)
out["upRoundTrip"] = buf.getvalue() == payload
out["size"] = f.size(d + "/up.bin")
out["rename"] = f.rename(d + "/up.bin", d + "/moved.bin")
out["names"] = f.nlst(d)
out["dele"] = f.delete(d + "/moved.bin")
out["rmd"] = f.rmd(d)
out["quit"] = f.quit()
print(json.dumps(out))
`;

function runPython(s: TestServer, mode: string, tag: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const args = ["-c", SCRIPT, s.host, String(s.port), USER.name, USER.password, mode, tag];
    execFile("python3", args, { timeout: 20_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`python3 failed: ${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Record<string, unknown>);
    });
  });
}

describe("Python ftplib against npm run ftpd", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.close();
  });

  for (const mode of ["pasv", "epsv", "active"]) {
    it(`completes a full session in ${mode} mode`, async () => {
      const dir = `work/py-${mode}`;
      const r = await runPython(s, mode, `py-${mode}`);
      expect(r.anonList).toEqual(expect.arrayContaining(["pub/blob.bin", "pub/hola.txt"]));
      expect(r.anonSha).toBe(sha(BLOB));
      expect(r.anonStor).toMatch(/^550 Permission denied/);
      expect(r.pwd).toBe("/");
      expect((r.list as string[]).some((l) => /^-rw-r--r-- .* blob\.bin$/.test(l))).toBe(true);
      expect(r.sha).toBe(sha(BLOB));
      expect(r.restSha).toBe(sha(BLOB.subarray(100000)));
      expect(r.mkd).toBe(`/${dir}`);
      expect(r.upRoundTrip).toBe(true);
      expect(r.size).toBe(256000);
      expect(r.rename).toMatch(/^250 /);
      expect(r.names).toEqual([`${dir}/moved.bin`]);
      expect(r.dele).toMatch(/^250 /);
      expect(r.rmd).toMatch(/^250 /);
      expect(r.quit).toMatch(/^221 /);
      const verbs = s.trace.map((l) => (JSON.parse(l) as { verb?: string }).verb);
      expect(verbs).toContain(mode === "active" ? "PORT" : mode === "epsv" ? "EPSV" : "PASV");
    });
  }
});
