import { test, expect, type Page } from "@playwright/test";
import { openAt, toEnd, workbenchTrace } from "./hooks";

/*
 * Issue 21, item 1: Ctrl+D at the ftp> prompt did nothing. Real clients read end of input there and quit
 * (measured with tnftp: QUIT, 221 Goodbye., the program exits); the simulator does the same and the
 * diagram says what happened.
 */

test.use({ reducedMotion: "reduce" });

const SCREENS = "test-results/screens";
const QUIT_NOTE = {
  en: "Ctrl+D on an empty line is end of input",
  es: "Ctrl+D en una línea vacía es fin de la entrada",
} as const;

async function open(page: Page, lang: "es" | "en", width: number, height: number) {
  await openAt(page, lang, width, height);
  await toEnd(page);
}

for (const lang of ["es", "en"] as const)
  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const)
    test(`Ctrl+D at ftp> quits: QUIT, 221 and the reason on the diagram (${lang}, ${width}×${height})`, async ({
      page,
    }) => {
      await open(page, lang, width, height);
      const before = (await workbenchTrace(page)).length;
      const xterm = page.locator(".xterm-helper-textarea").first();
      await xterm.focus();
      await page.keyboard.press("Control+D");
      await expect
        .poll(async () =>
          (await workbenchTrace(page)).slice(before).some((e) => e.kind === "ReplySent" && e.code === 221),
        )
        .toBe(true);
      const after = (await workbenchTrace(page)).slice(before);
      expect(after[0]).toMatchObject({ kind: "CommandTyped", note: { key: "sim.endOfInput" } });
      expect(after.some((e) => e.kind === "CommandSent" && e.text === "QUIT\r\n")).toBe(true);
      expect(after.some((e) => e.note?.key === "client.note.eof.quit")).toBe(true);
      await expect(page.locator(".xterm-rows").first()).toContainText("221 Goodbye.");
      // The diagram follows the live end: the reason is drawn on its row, in the learner's language.
      await expect(page.getByTestId("sequence-diagram")).toContainText(QUIT_NOTE[lang]);
      await page.screenshot({ path: `${SCREENS}/end-of-input-${lang}-${width}.png` });
      // The program keeps running in the simulator: `open` starts a new session.
      await page.keyboard.type("open server");
      await page.keyboard.press("Enter");
      await expect
        .poll(async () => (await workbenchTrace(page)).slice(before).filter((e) => e.code === 220).length)
        .toBe(1);
    });
