import { describe, expect, it } from "vitest";
import type { Terminal } from "@xterm/xterm";
import { Screen } from "@/components/terminal/screen";
import type { Line } from "@/lib/trace/transcript";

/**
 * A stand-in for xterm with its real timing contract: `write` is parsed later (queued until
 * `flush`), while `reset()` and `clear()` act at once. ESC c (RIS) inside written data resets when
 * it is parsed, as xterm's parser does. `shown` is what was parsed since the last reset.
 */
class LaggingTerminal {
  cols = 80;
  private queue: string[] = [];
  shown = "";
  write(data: string): void {
    this.queue.push(data);
  }
  reset(): void {
    this.shown = "";
  }
  clear(): void {
    this.shown = "";
  }
  flush(): void {
    for (const data of this.queue) {
      const parts = data.split("\x1bc");
      if (parts.length > 1) this.shown = parts.at(-1)!;
      else this.shown += data;
    }
    this.queue = [];
  }
  count(text: string): number {
    return this.shown.split(text).length - 1;
  }
}

const line = (text: string, seq: number): Line => ({ text, style: "typed", seq });
const input = { prompt: "ftp> ", text: "", pos: 0, secret: false };

describe("terminal screen", () => {
  it("a rebuild while earlier writes are still queued shows each line once", () => {
    const term = new LaggingTerminal();
    const screen = new Screen(term as unknown as Terminal, 100);
    const a = [line("ftp> lpwd", 1)];
    const ab = [...a, line("ftp> pwd", 2)];
    screen.render(a, input);
    screen.render(ab, input); // appends "ftp> pwd"
    // The language changed (or the cursor moved back and forth): a rebuild, before xterm parsed.
    screen.render([line("ftp> lpwd", 1), line("ftp> pwd", 3)], input);
    term.flush();
    expect(term.count("ftp> lpwd")).toBe(1);
    expect(term.count("ftp> pwd")).toBe(1);
  });

  it("Ctrl+L clears in order: a line written just before stays cleared", () => {
    const term = new LaggingTerminal();
    const screen = new Screen(term as unknown as Terminal, 100);
    screen.render([line("ftp> ls", 1)], input);
    screen.clear(input);
    term.flush();
    // The clear sequence comes after the line in the stream, so the line is above the erase.
    const erased = term.shown.lastIndexOf("\x1b[3J");
    expect(erased).toBeGreaterThan(term.shown.indexOf("ftp> ls"));
  });
});
