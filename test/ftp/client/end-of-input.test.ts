/**
 * Issue 21, item 1: Ctrl+D on an empty line (end of input) does what the real client does. tnftp's
 * recorded sessions (test/fixtures/tnftp-20210827/eof-*.txt, README there) line by line; netkit and
 * Windows' ftp.exe as their profiles say (lib/ftp/client/profiles.ts); tftp-hpa and nc too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenario, simulate } from "@/lib/sim/session";
import { transcript } from "@/lib/trace/transcript";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";
import { END_OF_INPUT as EOF } from "@/lib/util/end-of-input";

const FIXTURES = join(__dirname, "../../fixtures/tnftp-20210827");

function run(profile: string, commands: string[], extra: Record<string, unknown> = {}) {
  const p = parseScenario({ topology: "lan", client: { autologin: true, profile }, commands, ...extra });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const trace = simulate(p.scenario).trace;
  const lines = transcript(trace, trace.length - 1, { verbose: false, explain: false, lang: "en" }).map((l) =>
    l.text.trimEnd(),
  );
  const sent = trace.filter((e) => e.kind === "CommandSent" && e.from.host === "client").map((e) => e.text);
  const notes = trace.flatMap((e) => (e.note ? [e.note.key] : []));
  return { trace, lines, sent, notes };
}

/** A recording from "Connected to" on, with the host and the local user of the machine it was made on. */
const recorded = (name: string) =>
  readFileSync(join(FIXTURES, name), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => l.replace("127.0.0.1:root", "server:alumno").replace("127.0.0.1", "server").trimEnd());

describe("tnftp, against its recordings", () => {
  it("Ctrl+D at ftp> echoes ^D, sends QUIT, prints 221 Goodbye. and says the program quit", () => {
    const { lines, sent, notes } = run("tnftp", ["open server", "anonymous", "x@y", EOF]);
    expect(lines.slice(1)).toEqual(recorded("eof-prompt.txt"));
    expect(sent.at(-1)).toBe("QUIT\r\n");
    expect(notes).toContain("client.note.eof.quit");
    expect(notes).toContain("client.note.bye");
  });

  it("Ctrl+D at the Name prompt aborts the login (no USER), the connection stays; a second one quits", () => {
    const { lines, sent, notes } = run("tnftp", ["open server", EOF, EOF]);
    expect(lines.slice(1)).toEqual(recorded("eof-name.txt"));
    expect(sent).toEqual(["QUIT\r\n"]);
    expect(notes).toContain("client.note.eof.name");
  });

  it("Ctrl+D at the Name prompt leaves the connection open: `user` logs in without a new open", () => {
    const { sent } = run("tnftp", ["open server", EOF, "user anonymous x@y"]);
    expect(sent.slice(0, 2)).toEqual(["USER anonymous\r\n", "PASS x@y\r\n"]);
  });

  it("Ctrl+D at Password: sends an empty password, PASS and a space, as getpass gives it", () => {
    const real = recorded("eof-password-anonymous.txt");
    const { lines, sent, notes } = run("tnftp", ["open server", "anonymous", EOF, EOF]);
    expect(sent.slice(0, 2)).toEqual(["USER anonymous\r\n", "PASS \r\n"]);
    expect(notes).toContain("client.note.eof.password");
    // The real prompt gets no newline, so the reply follows it on its line; the terminal here prints
    // each on its own line, and the rest is the same.
    expect(real[4]).toBe("Password: 230 Login successful.");
    expect(lines.slice(1)).toEqual([
      ...real.slice(0, 4),
      "Password:",
      "230 Login successful.",
      ...real.slice(5),
    ]);
    // A local user that does not exist: 530, as recorded.
    expect(recorded("eof-password.txt")).toContain("Password: 530 Login incorrect.");
    const refused = run("tnftp", ["open server", "nadie", EOF]).lines;
    const refusedReal = recorded("eof-password.txt");
    // …and tnftp's own words for it (warnx: the program's name, no full stop), where netkit says "Login failed.".
    expect(refusedReal[5]).toBe("ftp: Login failed");
    expect(
      refused.slice(refused.indexOf("530 Login incorrect."), refused.indexOf("530 Login incorrect.") + 2),
    ).toEqual(["530 Login incorrect.", refusedReal[5]]);
    expect(run("netkit", ["open server", "nadie", EOF]).lines).toContain("Login failed.");
  });
});

describe("netkit (the default program) and the typed row", () => {
  it("Ctrl+D at ftp> quits the same way; readline echoes nothing, so the row reads ftp> and its note", () => {
    const { trace, lines, sent, notes } = run("netkit", ["open server", "anonymous", "x@y", EOF]);
    expect(sent.at(-1)).toBe("QUIT\r\n");
    expect(lines.slice(-2)).toEqual(["ftp>", "221 Goodbye."]);
    expect(notes).toContain("client.note.eof.quit");
    const typed = buildRows(trace, false).filter((r) => r.entry.kind === "CommandTyped");
    for (const lang of ["en", "es"] as const) {
      const last = rowText(typed.at(-1)!, lang);
      expect(last.main).toBe("ftp>");
      expect(last.sub).toBe(
        lang === "en" ? "Ctrl+D typed on an empty line." : "Ctrl+D pulsado en una línea vacía.",
      );
    }
  });

  it("after Ctrl+D the simulator keeps the program: the next `open` starts a new session", () => {
    const { sent } = run("netkit", [
      "open server",
      "anonymous",
      "x@y",
      EOF,
      "open server",
      "anonymous",
      "a@b",
    ]);
    expect(sent.filter((s) => s === "USER anonymous\r\n")).toHaveLength(2);
  });

  it("Ctrl+D when not connected sends nothing and still quits", () => {
    const { sent, notes } = run("netkit", [EOF]);
    expect(sent).toEqual([]);
    expect(notes).toContain("client.note.eof.quit");
  });
});

describe("programs for which Ctrl+D is not end of input, or that do not quit on it", () => {
  it("Windows' ftp.exe: nothing is sent, at ftp> or at its User prompt (which asks again)", () => {
    const { sent, notes, lines } = run("windows", ["open server", EOF, "anonymous", "x@y", EOF], {
      client: { autologin: true, profile: "windows", mode: "active" },
    });
    expect(sent).toEqual(["OPTS UTF8 ON\r\n", "USER anonymous\r\n", "PASS x@y\r\n"]);
    expect(notes.filter((k) => k === "client.note.eof.ignored")).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("User (server:(none)):"))).toHaveLength(2);
  });

  it("tftp-hpa exits at once (its settings go back to the defaults)", () => {
    const p = parseScenario({
      protocol: "tftp",
      topology: "lan",
      commands: ["connect server", "verbose", EOF, "status"],
    });
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    const trace = simulate(p.scenario).trace;
    const notes = trace.flatMap((e) => (e.note ? [e.note.key] : []));
    expect(notes).toContain("tftp.note.eof");
    const said = transcript(trace, trace.length - 1, { verbose: false, explain: false, lang: "en" }).map(
      (l) => l.text,
    );
    expect(said).toContain("tftp> ");
    expect(said).toContain("Not connected.");
    expect(said.join("\n")).toMatch(/Verbose: off/);
  });

  it("nc sends nothing for it and stays open", () => {
    const { sent, notes } = run("netkit", ["nc server 21", EOF, "QUIT"]);
    expect(sent).toEqual(["QUIT\r\n"]);
    expect(notes).toContain("client.note.eof.nc");
  });
});
