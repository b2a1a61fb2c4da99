/**
 * On an IPv6 control connection, ftpd answers as Debian's vsftpd 3.0.3 does, both run here side by side on
 * ::1 (vsftpd with listen_ipv6=YES): PASV still answers 227 (with 0,0,0,0: there is no IPv4 address to
 * give), a PORT or EPRT naming an IPv4 address is illegal, EPSV 1 and 2 both answer 229. Port numbers are
 * masked; everything else must be byte-identical. Skipped without /usr/sbin/vsftpd or root.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, chmodSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const VSFTPD = "/usr/sbin/vsftpd";
const can = existsSync(VSFTPD) && process.getuid?.() === 0;
const dir = mkdtempSync(join(tmpdir(), "ftpd-v6-"));
const children: ChildProcess[] = [];
const LINES = [
  "USER anonymous",
  "PASS x@y",
  "PASV",
  "PORT 127,0,0,1,4,1",
  "EPRT |1|127.0.0.1|1025|",
  "EPSV 1",
  "EPSV 2",
  "EPSV ALL",
  "PASV",
  "QUIT",
];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, "::1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

async function up(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((r) => {
      const s = net.connect(port, "::1", () => (s.destroy(), r(true)));
      s.on("error", () => r(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing on [::1]:${port}`);
}

/** Sends the lines one by one, each after the previous reply; the replies with port numbers masked. */
function session(port: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, "::1");
    let text = "";
    const out: string[] = [];
    let next = 0;
    s.setEncoding("latin1");
    s.on("data", (d: string) => {
      text += d;
      for (let i = text.indexOf("\r\n"); i >= 0; i = text.indexOf("\r\n")) {
        out.push(
          text
            .slice(0, i)
            .replace(/\(\|\|\|\d+\|\)/, "(|||P|)")
            .replace(/,\d+,\d+\)/, ",P)"),
        );
        text = text.slice(i + 2);
        if (next < LINES.length) s.write(LINES[next++] + "\r\n");
      }
    });
    s.on("close", () => resolve(out));
    s.on("error", reject);
    setTimeout(() => (s.destroy(), reject(new Error(`stuck after ${JSON.stringify(out)}`))), 15_000).unref();
  });
}

describe.skipIf(!can)("IPv6 control connection: ftpd and vsftpd 3.0.3 side by side", () => {
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("answer PASV, PORT, EPRT and EPSV the same", async () => {
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, "root"), { mode: 0o755 });
    mkdirSync(join(dir, "empty"));
    const [vsPort, ftpdPort] = [await freePort(), await freePort()];
    const common = `listen=NO\nlisten_ipv6=YES\nlisten_address6=::1\nanonymous_enable=YES\nlocal_enable=NO\nanon_root=${join(dir, "root")}\nsecure_chroot_dir=${join(dir, "empty")}\n`;
    writeFileSync(
      join(dir, "vs.conf"),
      `${common}listen_port=${vsPort}\nbackground=NO\nseccomp_sandbox=NO\nxferlog_enable=NO\n`,
    );
    writeFileSync(join(dir, "ftpd.conf"), common);
    children.push(spawn(VSFTPD, [join(dir, "vs.conf")], { stdio: "ignore" }));
    children.push(
      spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "scripts/ftpd.ts",
          "--port",
          String(ftpdPort),
          "--config",
          join(dir, "ftpd.conf"),
        ],
        {
          stdio: "ignore",
        },
      ),
    );
    await Promise.all([up(vsPort), up(ftpdPort)]);
    const [vs, ours] = [await session(vsPort), await session(ftpdPort)];
    expect(vs).toContain("227 Entering Passive Mode (0,0,0,0,P).");
    expect(ours).toEqual(vs);
  }, 60_000);
});
