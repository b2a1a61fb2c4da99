import { test, expect, type Page } from "@playwright/test";
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TraceEntry } from "@/lib/trace/types";
import { settled } from "./hooks";

/*
 * The Live source: `npm run ftpd -- --live` runs for real, curl (a real client) fetches a file from it, and
 * the workbench, connected to the live address, draws that session as it happens; stepping moves the
 * cursor through it. A bad address and an unreachable one get their messages.
 */

const SCREENS = "test-results/screens";
// Ports of this test's own ftpd (loopback only), derived from the e2e port so parallel runs do not meet.
const BASE = Number(process.env.E2E_PORT ?? 3123);
const FTP_PORT = 2000 + (BASE % 1000) + 1;
const LIVE_PORT = BASE + 145;
const NOBODY_PORT = BASE + 146;

let ftpd: ChildProcess | null = null;
const root = mkdtempSync(join(tmpdir(), "ftpviz-live-e2e-"));

test.beforeAll(async () => {
  // mkdtemp makes it 0700: the anonymous FTP user must be able to enter it, as on any real server.
  chmodSync(root, 0o755);
  mkdirSync(join(root, "pub"));
  writeFileSync(join(root, "pub", "hola.txt"), "hola desde el servidor real\n");
  const args = ["--import", "tsx", "scripts/ftpd.ts", "--port", String(FTP_PORT), "--root", root];
  ftpd = spawn(process.execPath, [...args, "--live", "--live-port", String(LIVE_PORT)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ftpd did not start: ${err}`)), 20_000);
    ftpd!.stderr!.on("data", (b: Buffer) => {
      err += b.toString();
      if (err.includes("live view on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    ftpd!.once("exit", (code) => reject(new Error(`ftpd exited ${code}: ${err}`)));
  });
});

test.afterAll(() => {
  ftpd?.kill("SIGTERM");
  rmSync(root, { recursive: true, force: true });
});

const curl = (url: string) =>
  new Promise<string>((resolve, reject) =>
    execFile("curl", ["--silent", "--show-error", "--max-time", "10", url], (e, out, err) =>
      e ? reject(new Error(`${e.message} ${err}`)) : resolve(out),
    ),
  );

const hook = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __workbench: { trace: TraceEntry[]; cursor: number } }).__workbench,
  );

test.use({ reducedMotion: "reduce" });

for (const lang of ["es", "en"] as const) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`a curl session on the real server is drawn live (${lang}, ${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
      await page.goto("/");
      await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
      await settled(page);
      await page.getByTestId("live-toggle").click();
      const panel = page.getByTestId("live-panel");
      await page.getByTestId("live-address").fill(`127.0.0.1:${LIVE_PORT}`);
      await panel.getByRole("button", { name: lang === "es" ? "Conectar" : "Connect" }).click();
      await expect(page.getByTestId("live-state")).toContainText(
        lang === "es" ? "Conectado a" : "Connected to",
      );

      const body = await curl(`ftp://127.0.0.1:${FTP_PORT}/pub/hola.txt`);
      expect(body).toBe("hola desde el servidor real\n");

      // The session appears at the top of the list, shown (the newest is, until one is picked), and its
      // messages in the diagram, as they happened.
      const newest = panel.getByTestId("live-sessions").getByRole("button").first();
      await expect(newest).toHaveAttribute("aria-pressed", "true");
      await expect(newest).toContainText("anonymous");
      await page.waitForFunction(() => {
        const w = (window as unknown as { __workbench: { trace: TraceEntry[] } }).__workbench;
        return w.trace.some((e) => e.kind === "ReplySent" && e.code === 221);
      });
      const { trace, cursor } = await hook(page);
      // Drawn as a simulated session is: the control connection's handshake first, with the real ports.
      expect(trace.slice(0, 4).map((e) => e.flags ?? e.code)).toEqual(["SYN", "SYN,ACK", "ACK", 220]);
      expect(trace[0]).toMatchObject({ from: { host: "client" }, to: { port: FTP_PORT } });
      const dataSyn = trace.find((e) => e.channel === "data" && e.flags === "SYN");
      expect(dataSyn?.from.host).toBe("client"); // curl's passive data connection
      expect(trace.some((e) => e.channel === "data" && e.flags === "FIN,ACK")).toBe(true);
      expect(trace.map((e) => e.verb).filter(Boolean)).toEqual(expect.arrayContaining(["USER", "RETR"]));
      expect(trace.some((e) => e.kind === "DataSent" && e.text === "hola desde el servidor real\n")).toBe(
        true,
      );
      expect(cursor).toBe(trace.length - 1); // it followed the session to its end
      const diagram = page.getByTestId("sequence-diagram").first();
      await expect(diagram).toContainText("RETR hola.txt");
      // The lifelines carry the real addresses.
      await expect(page.getByText(`127.0.0.1:${FTP_PORT}`).first()).toBeVisible();
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({ path: `${SCREENS}/live-${lang}-${size.width}.png` });

      // Stepping works on a live session as on any trace; a command is one the client sent.
      const commands = trace.filter((e) => e.kind === "CommandSent").length;
      const word = lang === "es" ? "orden" : "command";
      const counter = page.getByText(new RegExp(`^${word} \\d+ / \\d+$`));
      await expect(counter).toHaveText(`${word} ${commands} / ${commands}`);
      await page.locator("[data-diagram-home]").first().focus();
      await page.keyboard.press("Home");
      await expect.poll(async () => (await hook(page)).cursor).toBe(0);
      await expect(counter).toHaveText(`${word} 0 / ${commands}`);
      await expect(diagram).toContainText("SYN");
      await page.keyboard.press("ArrowRight");
      await expect.poll(async () => (await hook(page)).cursor).toBe(1);
      await expect(diagram).toContainText("SYN,ACK");
      await page.screenshot({ path: `${SCREENS}/live-${lang}-${size.width}-handshake.png` });
      // By command: to the banner's end (before the first command), then to the end of USER's exchange.
      await page.keyboard.press("Shift+ArrowRight");
      await page.keyboard.press("Shift+ArrowRight");
      await expect(counter).toHaveText(`${word} 1 / ${commands}`);
      const at = await hook(page);
      expect(at.trace[at.cursor]).toMatchObject({ kind: "ReplySent", code: 331 });
    });
  }
}

test("a session the learner picks stays on the diagram when another client connects", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("ftpviz.lang", "en"));
  await page.goto("/");
  await settled(page);
  await page.getByTestId("live-toggle").click();
  await page.getByTestId("live-address").fill(`127.0.0.1:${LIVE_PORT}`);
  await page.getByTestId("live-panel").getByRole("button", { name: "Connect" }).click();
  await curl(`ftp://127.0.0.1:${FTP_PORT}/pub/hola.txt`);
  const list = page.getByTestId("live-sessions").getByRole("button");
  await expect(list.first()).toHaveAttribute("aria-pressed", "true");
  await list.last().click();
  const picked = await list.last().textContent();
  // A session is told apart by its client's port (the SYN's source).
  const shown = async () => (await hook(page)).trace[0]?.from.port;
  const port = await shown();
  await curl(`ftp://127.0.0.1:${FTP_PORT}/pub/hola.txt`);
  await expect(list.first()).not.toHaveText(picked ?? "");
  await expect(list.last()).toHaveAttribute("aria-pressed", "true");
  expect(await shown()).toBe(port);
});

test("a bad address and an unreachable one are named, and nothing breaks", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("ftpviz.lang", "en"));
  await page.goto("/");
  await settled(page);
  await page.getByTestId("live-toggle").click();
  const state = page.getByTestId("live-state");
  const connect = page.getByTestId("live-panel").getByRole("button", { name: "Connect" });
  await page.getByTestId("live-address").fill("example.org:8021");
  await connect.click();
  await expect(state).toContainText("only on this computer");
  await page.getByTestId("live-address").fill("127.0.0.1");
  await connect.click();
  await expect(state).toContainText("Add the port");
  await page.getByTestId("live-address").fill(`127.0.0.1:${NOBODY_PORT}`);
  await connect.click();
  await expect(state).toContainText(`Cannot reach http://127.0.0.1:${NOBODY_PORT}`);
  // The learner's own session is still there, untouched.
  expect((await hook(page)).trace.some((e) => e.kind === "CommandTyped")).toBe(true);
});

test("the workbench served by ftpd --live itself watches its sessions, never through the offline cache", async ({
  page,
}) => {
  const own = `http://127.0.0.1:${LIVE_PORT}`;
  await page.addInitScript(() => window.localStorage.setItem("ftpviz.lang", "en"));
  await page.goto(`${own}/`);
  await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
  await settled(page);
  // The offline service worker controls the page (it does on any other host too).
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  const statusSeen = page.waitForResponse((r) => r.url() === `${own}/live/status`);
  await page.getByTestId("live-toggle").click();
  // The page's own address is proposed: it is ftpd's live view.
  await expect(page.getByTestId("live-address")).toHaveValue(own);
  expect((await statusSeen).fromServiceWorker()).toBe(false);
  const connected = page.waitForResponse((r) => r.url() === `${own}/live/status`);
  await page.getByTestId("live-panel").getByRole("button", { name: "Connect" }).click();
  expect((await connected).fromServiceWorker()).toBe(false);
  await expect(page.getByTestId("live-state")).toContainText(`Connected to ${own}`);
  await curl(`ftp://127.0.0.1:${FTP_PORT}/pub/hola.txt`);
  await page.waitForFunction(() => {
    const w = (window as unknown as { __workbench: { trace: TraceEntry[] } }).__workbench;
    return w.trace.some((e) => e.kind === "ReplySent" && e.code === 221);
  });
  expect((await hook(page)).trace.some((e) => e.text === "RETR hola.txt\r\n")).toBe(true);
  // Nothing of /live/ went into the offline cache.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(cached.length).toBeGreaterThan(0);
  expect(cached.filter((u) => u.startsWith("/live/"))).toEqual([]);
});
