import { test, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { workbenchTrace, settled } from "./hooks";

/*
 * Issue 18: a real capture of curl downloading a file from Debian's vsftpd 3.0.3 (tcpdump on loopback,
 * test/fixtures/captures/record.sh) opened through "Open capture…" is drawn as a session: the hosts by
 * role, the control dialogue and the data connection, with the same explanations as a simulated one.
 */

const SCREENS = "test-results/screens";
const FIXTURE = join(__dirname, "../fixtures/captures/curl-vsftpd-pasv.pcap");

const TEXT = {
  en: {
    open: "Open capture…",
    viewing: "Viewing the capture curl-vsftpd-pasv.pcap (35 packets, 31 entries), read-only.",
    code227: "227: entering passive mode",
    dataNote: "Data connection opened for RETR hola.txt",
    back: "Back to my session",
  },
  es: {
    open: "Abrir captura…",
    viewing: "Viendo la captura curl-vsftpd-pasv.pcap (35 paquetes, 31 entradas), solo lectura.",
    code227: "227: entrando en modo pasivo",
    dataNote: "Conexión de datos abierta para RETR hola.txt",
    back: "Volver a mi sesión",
  },
} as const;

test.use({ reducedMotion: "reduce" });

const row = (page: Page, seq: number) => page.locator(`[data-testid="trace-entry"][data-seq="${seq}"]`);

/** Moves the cursor to an entry with the position slider, so its row is drawn and current. */
async function goTo(page: Page, seq: number) {
  await page.getByRole("slider").first().fill(String(seq));
  await expect(row(page, seq)).toBeVisible();
}

for (const lang of ["es", "en"] as const) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`a real curl → vsftpd capture opens as a session (${lang}, ${size.width}×${size.height})`, async ({
      page,
    }) => {
      const t = TEXT[lang];
      await page.setViewportSize(size);
      await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
      await page.goto("/");
      await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
      await settled(page);
      const mine = (await workbenchTrace(page)).length;

      // As a learner does it: the button opens the file chooser.
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: t.open }).click();
      await (await chooser).setFiles(FIXTURE);
      await expect(page.getByRole("status").filter({ hasText: t.viewing })).toBeVisible();

      const trace = await workbenchTrace(page);
      expect(trace).toHaveLength(31);
      // The lifelines are the capture's hosts, headed with the capture's addresses (not the page's LAN).
      const heads = page.locator("section[data-diagram-home]").first();
      await expect(heads).toContainText("127.0.0.1");
      await expect(heads).not.toContainText("192.168.1.10");
      const ftp = trace.filter((e) => e.layer === "ftp");
      expect(ftp.map((e) => `${e.from.host}>${e.to.host} ${(e.text ?? "").split("\r\n")[0]}`)).toEqual([
        "server>client 220 (vsFTPd 3.0.3)",
        "client>server USER anonymous",
        "server>client 230 Login successful.",
        "client>server PWD",
        'server>client 257 "/" is the current directory',
        "client>server CWD pub",
        "server>client 250 Directory successfully changed.",
        "client>server PASV",
        "server>client 227 Entering Passive Mode (127,0,0,1,12,191).",
        "client>server TYPE I",
        "server>client 200 Switching to Binary mode.",
        "client>server SIZE hola.txt",
        "server>client 213 36",
        "client>server RETR hola.txt",
        "server>client 150 Opening BINARY mode data connection for hola.txt (36 bytes).",
        "server>client 226 Transfer complete.",
        "client>server QUIT",
        "server>client 221 Goodbye.",
      ]);

      // The 227 row is drawn, and the inspector explains it as it does a simulated one.
      const pasv = trace.find((e) => e.code === 227)!;
      await goTo(page, pasv.seq);
      await expect(row(page, pasv.seq)).toContainText("227");
      await expect(row(page, pasv.seq)).toHaveAttribute("data-channel", "control");
      const inspector = page.getByTestId("inspector");
      await expect(inspector).toContainText(t.code227);
      await expect(inspector).toContainText("127.0.0.1:3250");

      // The data connection: opened by the client to 12×256+191 = 3263, for RETR, carrying the file.
      const syn = trace.find((e) => e.channel === "data" && e.flags === "SYN")!;
      expect(syn.to.port).toBe(12 * 256 + 191);
      await goTo(page, syn.seq);
      await expect(row(page, syn.seq)).toHaveAttribute("data-channel", "data");
      await expect(inspector).toContainText(t.dataNote);
      const data = trace.find((e) => e.kind === "DataSent")!;
      expect(data.text).toBe("Hola desde vsftpd.\r\nSegunda linea.\r\n");
      await goTo(page, data.seq);
      await expect(row(page, data.seq)).toHaveAttribute("data-kind", "DataSent");

      mkdirSync(SCREENS, { recursive: true });
      await goTo(page, pasv.seq);
      await page.screenshot({ path: `${SCREENS}/capture-${lang}-${size.width}.png` });

      // Read-only: the learner's own session is back with one click.
      await page.getByRole("button", { name: t.back }).click();
      expect(await workbenchTrace(page)).toHaveLength(mine);
    });
  }
}

for (const [lang, said] of [
  ["en", "Could not read the capture notes.pcap: not a pcap or pcapng file (it starts with 74686973"],
  ["es", "No se pudo leer la captura notes.pcap: no es un archivo pcap ni pcapng (empieza por 74686973"],
] as const) {
  test(`a file that is not a capture is named in ${lang}, and the session stays`, async ({ page }) => {
    await page.addInitScript((l) => window.localStorage.setItem("ftpviz.lang", l), lang);
    await page.goto("/");
    await expect(page.getByTestId("sequence-diagram").first()).toBeVisible();
    await settled(page);
    const before = (await workbenchTrace(page)).length;
    await page.getByTestId("open-capture").setInputFiles({
      name: "notes.pcap",
      mimeType: "application/vnd.tcpdump.pcap",
      buffer: Buffer.from("this is not a capture at all"),
    });
    await expect(page.getByRole("status").filter({ hasText: said })).toBeVisible();
    expect(await workbenchTrace(page)).toHaveLength(before);
  });
}
