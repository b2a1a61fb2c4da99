/**
 * Uploads to disk (not a test): four clients upload 500 MiB each at once to `npm run ftpd -- --write`;
 * ftpd's memory (RSS, read from /proc) is sampled while they run and after. The bytes go to disk chunk by
 * chunk, so memory stays flat whatever the upload size: that is the figure this bench keeps.
 */
import type { ChildProcess } from "node:child_process";
import { chownSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epsvPort, freePort, kib, login, mib, startFtpd } from "./ftpd-disk";

const CLIENTS = 4;
const SIZE = 500 * 1024 * 1024;

/** Writes `size` bytes to the data port, 1 MiB at a time, respecting back-pressure. */
function send(port: number, size: number): Promise<void> {
  const block = Buffer.alloc(1 << 20, 0x5a);
  return new Promise((resolve, reject) => {
    const s = net.connect(port, "127.0.0.1", () => {
      let left = size;
      const pump = () => {
        while (left > 0) {
          const n = Math.min(left, block.length);
          left -= n;
          if (!s.write(n === block.length ? block : block.subarray(0, n))) return void s.once("drain", pump);
        }
        s.end();
      };
      pump();
    });
    s.on("close", () => resolve());
    s.on("error", reject);
  });
}

async function upload(port: number, name: string): Promise<void> {
  const c = await login(port, "bench", "bench");
  const dataPort = await epsvPort(c);
  const sent = send(dataPort, SIZE);
  c.send(`STOR ${name}`);
  await c.expect("150");
  await sent;
  await c.expect("226");
  c.sock.destroy();
}

export async function benchFtpdUpload(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), "bench-ftpd-upload-"));
  const root = join(dir, "root");
  mkdirSync(root, { mode: 0o755 });
  const uid = process.getuid?.() === 0 ? 1001 : (process.getuid?.() ?? 1001);
  if (process.getuid?.() === 0) chownSync(root, uid, uid);
  mkdirSync(join(dir, "empty"));
  const conf = join(dir, "vsftpd.conf");
  writeFileSync(
    conf,
    `listen=YES\nanonymous_enable=NO\nlocal_enable=YES\nwrite_enable=YES\nlocal_root=${root}\n` +
      `chroot_local_user=YES\nallow_writeable_chroot=YES\nsecure_chroot_dir=${join(dir, "empty")}\n`,
  );
  let ftpd: ChildProcess | null = null;
  try {
    const port = await freePort();
    ftpd = await startFtpd(root, port, [
      "--config",
      conf,
      "--write",
      "--write-limit",
      String((CLIENTS * SIZE) / 2 ** 20 + 16),
      "--user",
      `bench:bench:${uid}:${uid}`,
    ]);
    const pid = ftpd.pid!;
    const idle = kib(pid, "VmRSS");
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, kib(pid, "VmRSS"))), 50);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => upload(port, `up-${i}.bin`)));
    const ms = performance.now() - t0;
    clearInterval(sampler);
    const after = kib(pid, "VmRSS");
    for (let i = 0; i < CLIENTS; i++) {
      const size = statSync(join(root, `up-${i}.bin`)).size;
      if (size !== SIZE) throw new Error(`up-${i}.bin has ${size} bytes on disk`);
    }
    return {
      clients: CLIENTS,
      bytesEach: SIZE,
      wallMs: Math.round(ms),
      totalMiBps: Math.round(((CLIENTS * SIZE) / 2 ** 20 / (ms / 1000)) * 10) / 10,
      ftpdRssIdleMiB: mib(idle),
      ftpdRssPeakMiB: mib(peak),
      ftpdRssAfterMiB: mib(after),
      ftpdHwmMiB: mib(kib(pid, "VmHWM")),
    };
  } finally {
    ftpd?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}
