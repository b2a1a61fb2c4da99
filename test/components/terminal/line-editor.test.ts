import { describe, expect, it } from "vitest";
import { LineEditor } from "@/components/terminal/line-editor";
import { columns, complete } from "@/components/terminal/completion";

describe("LineEditor", () => {
  it("inserts, moves and deletes like a shell line", () => {
    const ed = new LineEditor();
    ed.feed("lss");
    ed.feed("\x1b[D\x7f"); // ← then Backspace removes the middle "s"
    expect([ed.buf, ed.pos]).toEqual(["ls", 1]);
    ed.feed("\x1b[H"); // Home
    ed.feed("x\x1b[3~"); // insert x, Delete removes "l"
    expect(ed.buf).toBe("xs");
    ed.feed("\x1b[F -l"); // End then type
    expect([ed.buf, ed.pos]).toEqual(["xs -l", 5]);
    ed.feed("\x17"); // Ctrl+W kills the last word
    expect(ed.buf).toBe("xs ");
    ed.feed("\x15"); // Ctrl+U kills to the start
    expect(ed.buf).toBe("");
  });

  it("submits on Enter and recalls history with ↑/↓, keeping the draft", () => {
    const ed = new LineEditor();
    expect(ed.feed("open server\r")).toEqual([{ type: "submit", line: "open server" }]);
    ed.feed("ls\r");
    ed.feed("pw");
    ed.feed("\x1b[A");
    expect(ed.buf).toBe("ls");
    ed.feed("\x1b[A");
    expect(ed.buf).toBe("open server");
    ed.feed("\x1b[A");
    expect(ed.buf).toBe("open server");
    ed.feed("\x1b[B\x1b[B");
    expect(ed.buf).toBe("pw");
  });

  it("keeps passwords out of the history", () => {
    const ed = new LineEditor();
    ed.feed("user bob\r");
    ed.secret = true;
    expect(ed.feed("hunter2\r")).toEqual([{ type: "submit", line: "hunter2" }]);
    ed.secret = false;
    ed.feed("\x1b[A");
    expect(ed.buf).toBe("user bob");
  });

  it("reports Ctrl+C, Ctrl+L and Tab as events", () => {
    const ed = new LineEditor();
    expect(ed.feed("\x03\x0c").map((e) => e.type)).toEqual(["interrupt", "clear"]);
    // Tab alone is a key press; inside pasted text it is a space.
    expect(ed.feed("\t")).toEqual([{ type: "complete" }]);
  });

  it("Ctrl+D ends the input on an empty line and deletes the character under the cursor otherwise", () => {
    const ed = new LineEditor();
    expect(ed.feed("\x04")).toEqual([{ type: "endOfInput" }]);
    ed.feed("PASV\x1b[D\x1b[D");
    expect(ed.feed("\x04")).toEqual([]);
    expect(ed.buf).toBe("PAV");
    expect(ed.pos).toBe(2);
  });

  it("splits a large paste into every one of its lines, fast", () => {
    const ed = new LineEditor();
    const lines = Array.from({ length: 500 }, (_, i) => `put file-${i}.txt\twith tab`);
    const started = performance.now();
    const events = ed.feed(lines.join("\r\n") + "\r\n" + "x".repeat(10_000));
    expect(performance.now() - started).toBeLessThan(500);
    expect(events).toHaveLength(500);
    expect(events[499]).toEqual({ type: "submit", line: "put file-499.txt with tab" });
    expect(ed.buf).toHaveLength(10_000);
  });

  it("ignores escape sequences it does not edit with", () => {
    const ed = new LineEditor();
    ed.feed("a\x1b[15~b\x1bOPc");
    expect(ed.buf).toBe("abc");
  });
});

describe("complete", () => {
  const commands = (p: string) =>
    ["get", "help", "ls", "lcd", "lls", "put", "passive"].filter((c) => c.startsWith(p));
  const names = ["readme.txt", "report.pdf", "pub"];

  it("completes a unique command and adds a space", () => {
    expect(complete("he", 2, commands, names)).toEqual({ text: "help ", pos: 5, list: [] });
  });

  it("extends to the common prefix, then lists", () => {
    expect(complete("re", 2, commands, names).list).toEqual([]);
    expect(complete("get re", 6, commands, names)).toEqual({
      text: "get re",
      pos: 6,
      list: ["readme.txt", "report.pdf"],
    });
    expect(complete("get rea", 7, commands, names)).toEqual({ text: "get readme.txt ", pos: 15, list: [] });
    expect(complete("l", 1, commands, names).list).toEqual(["lcd", "lls", "ls"]);
  });

  it("completes file names after the command, keeping the text after the cursor", () => {
    expect(complete("get p x", 5, commands, names)).toEqual({ text: "get pub x", pos: 7, list: [] });
  });

  it("lays candidates out in columns", () => {
    expect(columns(["aa", "bbbb", "c"], 12)).toEqual(["aa    bbbb", "c"]);
  });
});
