import { test, expect, type Page } from "@playwright/test";
import { toEnd } from "./hooks";

// Real sessions typed into the xterm terminal of the workbench (the real simulation behind it).
// The terminal's rows are read through the panel's test hook, window.__ftpTerm.lines().

declare global {
  interface Window {
    __ftpTerm?: { lines(): string[]; rows(): string[]; viewportY(): number };
  }
}

const lines = (page: Page): Promise<string[]> => page.evaluate(() => window.__ftpTerm?.lines() ?? []);
const text = async (page: Page): Promise<string> => (await lines(page)).join("\n");

async function openTerminal(page: Page): Promise<void> {
  await page.goto("/");
  await page.waitForFunction(() => window.__ftpTerm !== undefined);
  await toEnd(page);
  await page.locator(".xterm-helper-textarea").focus();
}

async function run(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

/** Waits until the terminal shows a row matching `re` at least `times` times. */
async function shows(page: Page, re: RegExp, times = 1, timeout = 10_000): Promise<void> {
  await expect
    .poll(async () => (await lines(page)).filter((l) => re.test(l)).length, { timeout })
    .toBeGreaterThanOrEqual(times);
}

const count = async (page: Page, re: RegExp): Promise<number> =>
  (await lines(page)).filter((l) => re.test(l)).length;

/** The row holding the input line (the last non-empty row). */
const inputRow = async (page: Page): Promise<string> => (await lines(page)).at(-1) ?? "";

/** Starts from a fresh, logged-out client whatever the workbench's opening session was. */
async function fresh(page: Page): Promise<void> {
  await openTerminal(page);
  await run(page, "close");
  await shows(page, /^ftp> close$/);
}

async function login(page: Page): Promise<void> {
  const [n220, nPw, n230] = [
    await count(page, /220 /),
    await count(page, /^Password:/),
    await count(page, /230 /),
  ];
  await run(page, "open server");
  await shows(page, /220 /, n220 + 1);
  // The interactive program asks for the name itself, as `ftp server` does.
  await expect.poll(() => inputRow(page)).toMatch(/^Name \(server:\w+\):/);
  await run(page, "anonymous");
  await shows(page, /^Password:/, nPw + 1);
  await run(page, "guest@example.org");
  await shows(page, /230 Login successful/, n230 + 1);
}

test.describe("terminal", () => {
  test("logs in: password prompt not echoed, PASS hidden, replies marked by class", async ({ page }) => {
    await fresh(page);
    const before = (await lines(page)).filter((l) => /230 /.test(l)).length;
    const opens = await count(page, /^ftp> open server$/);
    await run(page, "open server");
    await shows(page, /^ftp> open server$/, opens + 1);
    const users = await count(page, /^---> USER anonymous$/);
    // Like the real ftp, `open` prompts for the name (a script would run `ftp -n` and type `user`).
    await expect.poll(() => inputRow(page)).toMatch(/^Name \(server:\w+\):/);
    await run(page, "anonymous");
    await shows(page, /^Name \(server:\w+\): anonymous$/);
    await shows(page, /^---> USER anonymous$/, users + 1);
    await expect.poll(() => inputRow(page)).toBe("Password:");
    await page.keyboard.type("s3cret-pw");
    // Nothing typed at Password: reaches the screen.
    expect(await inputRow(page)).toMatch(/^Password:\s*$/);
    await page.keyboard.press("Enter");
    await shows(page, /230 Login successful/, before + 1);
    const all = await text(page);
    expect(all).not.toContain("s3cret-pw");
    expect(all).toContain("---> PASS XXXX");
    expect(all).toMatch(/✓ 230 Login successful/);
    expect(all).toMatch(/→ 331 /);
    expect(all).toMatch(/↳ .*login accepted|↳ .*sesión iniciada/);
    await page.screenshot({ path: "test-results/screens/terminal-login.png" });
  });

  test("ls in passive then in active mode", async ({ page }) => {
    await fresh(page);
    await login(page);
    await run(page, "ls");
    await shows(page, /^---> (PASV|EPSV)$/);
    await shows(page, /226 /);
    await shows(page, /readme\.txt/);
    await run(page, "passive");
    await run(page, "ls");
    await shows(page, /^---> (PORT|EPRT) /);
    // Behind the client's NAT without an ALG vsftpd refuses or cannot connect; either way a reply explains it.
    const after = (await lines(page)).slice(-12).join("\n");
    expect(after).toMatch(/[✓✗!] (200|500|425|226) /);
  });

  test("get and put", async ({ page }) => {
    await fresh(page);
    await login(page);
    await run(page, "get readme.txt");
    await shows(page, /^---> RETR readme\.txt$/);
    await shows(page, /150 .*readme\.txt/);
    await shows(page, /226 /, 1);
    await run(page, "put tarea.txt");
    await shows(page, /^ftp> put tarea\.txt$/);
    // write_enable=NO in the default vsftpd.conf: STOR is refused, and the terminal says why.
    await shows(page, /STOR tarea\.txt|553 |550 /);
  });

  test("a typo gets a suggestion; ↑ recalls history; Tab completes", async ({ page }) => {
    await fresh(page);
    await run(page, "lss");
    await shows(page, /“ls”/);
    await run(page, "pwd");
    await shows(page, /^ftp> pwd$/);
    // The command plays live for a moment; history is recalled at the prompt that follows it.
    await expect.poll(() => inputRow(page)).toBe("ftp> ");
    await page.keyboard.press("ArrowUp");
    expect(await inputRow(page)).toBe("ftp> pwd");
    await page.keyboard.press("ArrowUp");
    expect(await inputRow(page)).toBe("ftp> lss");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await shows(page, /^ftp> pwd$/, 2);
    await expect.poll(() => inputRow(page)).toBe("ftp> ");

    await page.keyboard.type("he");
    await page.keyboard.press("Tab");
    expect(await inputRow(page)).toBe("ftp> help ");
    await page.keyboard.press("Control+U");
    // File names come from listings seen so far.
    await login(page);
    const n226 = await count(page, /226 /);
    await run(page, "ls");
    await shows(page, /226 /, n226 + 1);
    await expect.poll(() => inputRow(page)).toBe("ftp> ");
    await page.keyboard.type("get rea");
    await page.keyboard.press("Tab");
    expect(await inputRow(page)).toBe("ftp> get readme.txt ");
    await page.keyboard.press("Control+U");
  });

  // A typed command plays live for a few seconds; Ctrl+C meanwhile interrupts it at that moment.
  test("Ctrl+C during a large transfer sends ABOR and shows its replies", async ({ page }) => {
    await fresh(page);
    await login(page);
    await run(page, "get pub/grande.iso");
    await shows(page, /150 Opening BINARY mode data connection for pub\/grande.iso/);
    await page.keyboard.press("Control+C");
    await shows(page, /\^C$/);
    // netkit sends Telnet IP/Synch and ABOR itself (no ---> line), then reads the data to its end.
    await shows(page, /^waiting for remote to finish abort$/);
    // vsftpd (async_abor_enable=NO) does not read ABOR during the transfer: the rest of the file and
    // its 226 come first, then 225 (nothing left to abort).
    await shows(page, /226 /);
    await shows(page, /225 /);
    const trace = await page.evaluate(
      () =>
        (
          window as unknown as {
            __workbench: {
              trace: { kind: string; to: { host: string }; bytes?: number; text?: string }[];
            };
          }
        ).__workbench.trace,
    );
    // The whole file crossed (drained after Ctrl+C): count the data after this RETR only.
    const retr = trace
      .map((e, k) => (e.kind === "CommandSent" && e.text?.startsWith("RETR pub/grande.iso") ? k : -1))
      .reduce((a, b) => Math.max(a, b), -1);
    const got = trace
      .slice(retr)
      .filter((e) => e.kind === "DataSent" && e.to.host === "client")
      .reduce((n, e) => n + (e.bytes ?? 0), 0);
    expect(got).toBe(3 * 1024 * 1024);
  });

  test("Ctrl+C at the prompt cancels the line; Ctrl+L clears the screen", async ({ page }) => {
    await openTerminal(page);
    await page.keyboard.type("get nothing");
    await page.keyboard.press("Control+C");
    await shows(page, /^ftp> get nothing\^C$/);
    expect(await inputRow(page)).toBe("ftp> ");
    await page.keyboard.press("Control+L");
    await expect.poll(async () => (await lines(page)).length).toBe(1);
  });

  test("raw mode: nc server 21 then protocol lines by hand", async ({ page }) => {
    await fresh(page);
    const n227 = await count(page, /227 Entering Passive Mode/);
    await run(page, "nc server 21");
    await shows(page, /^ftp> nc server 21$/);
    await run(page, "USER anonymous");
    await shows(page, /^USER anonymous$/);
    await run(page, "PASS x");
    await shows(page, /^PASS x$/);
    await run(page, "PASV");
    await shows(page, /227 Entering Passive Mode/, n227 + 1);
    const all = await lines(page);
    const raw = all.slice(all.lastIndexOf("ftp> nc server 21"));
    // Raw lines are shown as typed, without a prompt or a ---> echo.
    expect(raw).toContain("USER anonymous");
    expect(raw).toContain("PASV");
    expect(raw.filter((l) => l.startsWith("---> "))).toEqual([]);
    expect(raw.join("\n")).toMatch(/↳ .*×256\+/);
  });

  test("a paste of 500 lines runs every line in turn", async ({ page }) => {
    test.setTimeout(180_000);
    await openTerminal(page);
    const block = Array.from({ length: 500 }, (_, i) => (i % 2 ? "pwd" : "lpwd")).join("\n") + "\n";
    await page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.setData("text/plain", data);
      const area = document.querySelector(".xterm-helper-textarea")!;
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    }, block);
    await shows(page, /^ftp> l?pwd$/, 500, 150_000);
    const typed = (await lines(page)).filter((l) => /^ftp> l?pwd$/.test(l));
    expect(typed.filter((l) => l === "ftp> pwd")).toHaveLength(250);
    expect(typed.filter((l) => l === "ftp> lpwd")).toHaveLength(250);
  });

  test("a 10,000-character paste stays responsive", async ({ page }) => {
    await openTerminal(page);
    const long = "x".repeat(10_000);
    const started = Date.now();
    await page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.setData("text/plain", data);
      document
        .querySelector(".xterm-helper-textarea")!
        .dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
    }, long);
    await expect.poll(async () => (await text(page)).replace(/\n/g, "").includes(long)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    await page.keyboard.press("Control+C");
  });

  test("clicking a reply line selects its entry; settings hide ---> and explanations", async ({ page }) => {
    await openTerminal(page);
    await shows(page, /226 /);
    // A short exchange last, so its reply is on screen however tall the panel is.
    await run(page, "pwd");
    await shows(page, /257 /);
    await expect.poll(() => inputRow(page)).toBe("ftp> ");
    const [rows, top] = await page.evaluate(
      () => [window.__ftpTerm!.rows(), window.__ftpTerm!.viewportY()] as const,
    );
    // The last reply row on screen (the panel's height depends on the layout around it).
    const reply = /^[✓…→!✗] (\d{3}) /;
    const row =
      rows.map((l, i) => (i >= top && reply.test(l) ? i : -1)).reduce((a, b) => Math.max(a, b), -1) - top;
    const code = reply.exec(rows[row + top] ?? "")?.[1];
    const box = await page.locator(".xterm-screen").boundingBox();
    const rowsOnScreen = await page.evaluate(() => document.querySelectorAll(".xterm-rows > div").length);
    expect(box).not.toBeNull();
    expect(row).toBeGreaterThanOrEqual(0);
    const h = box!.height / rowsOnScreen;
    await page.mouse.move(box!.x + 30, box!.y + h * row + h / 2);
    await page.mouse.click(box!.x + 30, box!.y + h * row + h / 2);
    // The inspector now shows that reply (English: Playwright's browser asks for en-US).
    await expect(page.getByText(new RegExp(`^${code}: `)).first()).toBeVisible();

    await page.getByRole("button", { name: /--->/ }).click();
    await expect.poll(async () => (await text(page)).includes("---> ")).toBe(false);
    await page.getByRole("button", { name: /explanations|explicaciones/i }).click();
    await expect.poll(async () => (await text(page)).includes("↳")).toBe(false);
    await page.screenshot({ path: "test-results/screens/terminal-plain.png" });
  });

  test("stepping the diagram back steps the terminal back; typing there goes to the workbench", async ({
    page,
  }) => {
    await openTerminal(page);
    await shows(page, /^ftp> ls$/);
    await page.getByRole("button", { name: "Previous command" }).click();
    // The cursor now sits at the start of `ls`: the listing and its replies are gone from the screen.
    await expect.poll(async () => (await text(page)).includes("226 ")).toBe(false);
    expect(await text(page)).toContain("230 Login successful");
    await page.getByRole("button", { name: "Previous command" }).click();
    await expect.poll(async () => (await text(page)).includes("230 ")).toBe(false);
    await page.screenshot({ path: "test-results/screens/terminal-stepped-back.png" });
    await page.getByRole("button", { name: "Go to end" }).click();
    await shows(page, /226 /);
  });
});
