/**
 * The client profiles against the real programs: tnftp's recorded sessions (test/fixtures/tnftp-20210827)
 * line by line in shape (numbers, names and dates masked), and the commands it sends; Windows' ftp.exe
 * and netkit by what each is known to send and print.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim/session";
import { transcript } from "@/lib/trace/transcript";
import { checkScenario, type Scenario } from "@/lib/sim/scenario";
import { statsParams, progressLine } from "@/lib/ftp/client/profiles";

const FIXTURES = join(__dirname, "../../fixtures/tnftp-20210827");
const recorded = (name: string) => readFileSync(join(FIXTURES, name), "utf8").split("\n");

/** What a line is, with the details a different server tree, host or clock would change masked. */
function shape(raw: string): string {
  const line = raw.slice(raw.lastIndexOf("\r") + 1).trimEnd();
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^ftp> (\S*)/, (m) => `ftp> ${m[1]}`],
    [/^Connected to .*\.$/, () => "Connected to HOST."],
    [/^Name \(.*\): /, () => "Name prompt"],
    [/^Password:/, () => "Password:"],
    [/^local: \S+ remote: \S+$/, () => "local: L remote: R"],
    [/^100% \|\*{35}\| +\d+ +\d+\.\d\d [KMGT]iB\/s +00:00 ETA$/, () => "progress bar"],
    [/^\d+ bytes? (received|sent) in \d\d:\d\d \(\d+\.\d\d [KMGT]iB\/s\)$/, (m) => `stats ${m[1]}`],
    [/^[-dl][-rwxs]{9} /, () => "listing"],
    [/^(\d{3})[ -]/, (m) => m[1]!],
  ];
  for (const [re, f] of rules) {
    const m = re.exec(line);
    if (m) return f(m);
  }
  return line;
}

/** Shapes in order, a run of listing lines counted once (the trees differ). */
const shapes = (lines: readonly string[]) =>
  lines
    .filter((l) => l.trim() !== "" && !/^(setupsockbufsize|features\[|ftp_login|updatelocalcwd)/.test(l))
    .map(shape)
    .filter((s, i, all) => !(s === "listing" && all[i - 1] === "listing"));

/** The recorded server's tree: the anonymous root holds only pub/hola.txt. */
const TREE = { files: [{ path: "pub/hola.txt", text: "hola\n" }] };

function run(s: Omit<Scenario, "topology">) {
  const checked = checkScenario({ topology: "lan", ...s }, ["lan"]);
  expect(checked.ok, JSON.stringify(checked)).toBe(true);
  const { trace } = simulate({ topology: "lan", ...s });
  const lines = transcript(trace, trace.length - 1, { verbose: false, explain: false, lang: "en" });
  const sent = trace
    .filter((e) => e.kind === "CommandSent" && e.from.host === "client")
    .map((e) => (e.text ?? "").split(/[ \r]/, 1)[0]!);
  // The real client was started as `ftp HOST`: the simulated `open server` line has no counterpart.
  return { trace, lines: lines.map((l) => l.text).filter((l) => l !== "ftp> open server"), sent };
}

describe("tnftp, as recorded against vsftpd 3.0.3", () => {
  it("an interactive session prints what tnftp printed, line for line", () => {
    const { lines } = run({
      server: TREE,
      client: { profile: "tnftp", autologin: true },
      commands: [
        "open server",
        "anonymous",
        "x@y",
        "pwd",
        "cd pub",
        "dir",
        "get hola.txt",
        "get nada.txt",
        "passive",
        "ls",
        "bye",
      ],
    });
    expect(shapes(lines)).toEqual(shapes(recorded("interactive.txt")));
  });

  it("`ftp -n` with `user`: the login's SYST and FEAT come after the user command", () => {
    const { lines } = run({
      server: TREE,
      client: { profile: "tnftp" },
      commands: ["open server", "user anonymous x@y", "passive", "ls", "get pub/hola.txt", "nlist", "bye"],
    });
    expect(shapes(lines)).toEqual(shapes(recorded("script-n.txt")));
  });

  it("sends the commands tnftp sent (-d): SYST, FEAT, EPSV first, SIZE before and MDTM after RETR, EPRT", () => {
    const { sent } = run({
      client: { profile: "tnftp", autologin: true },
      commands: ["open server", "anonymous", "x@y", "ls", "get pub/notas.txt", "passive", "ls", "bye"],
    });
    const real = recorded("debug.txt")
      .filter((l) => l.startsWith("---> "))
      .map((l) => l.slice(5).split(" ", 1)[0]!);
    expect(sent).toEqual(real);
  });

  it("formats statistics and the progress bar as tnftp does", () => {
    expect(statsParams("tnftp", 5, 0)).toMatchObject({ elapsed: "00:00", rate: "4.88 KiB/s" });
    expect(statsParams("tnftp", 3 * 1024 * 1024 * 10, 10_000)).toMatchObject({
      elapsed: "00:10",
      rate: "3.00 MiB/s",
    });
    expect(statsParams("tnftp", 1, 3_723_000).elapsed).toBe("1:02:03");
    expect(progressLine(5, 0)).toMatch(/^100% \|\*{35}\|     5 +4\.88 KiB\/s    00:00 ETA$/);
  });
});

describe("Windows ftp.exe", () => {
  const session = (topology: string, commands: string[]) => {
    const { trace } = simulate({ topology, client: { profile: "windows", autologin: true }, commands });
    const lines = transcript(trace, trace.length - 1, { verbose: false, explain: false, lang: "en" });
    return {
      trace,
      lines: lines.map((l) => l.text),
      sent: trace
        .filter((e) => e.kind === "CommandSent" && e.from.host === "client")
        .map((e) => e.text?.trim()),
    };
  };

  it("says OPTS UTF8 ON after the greeting, prompts User (host:(none)):, asks no SYST, lists with NLST over PORT", () => {
    const { lines, sent } = session("lan", ["open server", "anonymous", "x@y", "ls", "dir", "bye"]);
    expect(sent[0]).toBe("OPTS UTF8 ON");
    expect(lines).toContain("200 Always in UTF8 mode.");
    expect(lines.some((l) => /^User \(server:\(none\)\): anonymous$/.test(l))).toBe(true);
    expect(sent.some((s) => s === "SYST")).toBe(false);
    expect(sent.filter((s) => /^(NLST|LIST)$/.test(s ?? ""))).toEqual(["NLST", "LIST"]);
    expect(sent.some((s) => s?.startsWith("PORT "))).toBe(true);
    expect(sent.some((s) => s === "PASV" || s === "EPSV")).toBe(false);
    expect(
      lines.some((l) => /^ftp: \d+ bytes received in \d+\.\d\dSeconds \d+\.\d\dKbytes\/sec\.$/.test(l)),
    ).toBe(true);
  });

  it("has no passive command: Invalid command.", () => {
    const { lines } = session("lan", ["passive"]);
    expect(lines).toContain("Invalid command.");
  });

  it("behind NAT its PORT is refused (500) and, with no passive mode, the transfer cannot happen", () => {
    const { lines, trace } = session("client-nat", ["open server", "anonymous", "x@y", "ls"]);
    expect(lines).toContain("500 Illegal PORT command.");
    expect(trace.some((e) => e.kind === "CommandSent" && /^(NLST|LIST)/.test(e.text ?? ""))).toBe(false);
    expect(trace.some((e) => e.note?.key === "client.note.profile.noFallback")).toBe(true);
    // The router's FTP helper rewrites the PORT: then it works.
    const alg = session("client-nat-alg", ["open server", "anonymous", "x@y", "ls"]);
    expect(alg.lines).toContain("226 Directory send OK.");
  });

  it("a scenario cannot ask ftp.exe for passive mode", () => {
    const r = checkScenario(
      { topology: "lan", client: { profile: "windows", mode: "passive" }, commands: [] },
      ["lan"],
    );
    expect(r.ok).toBe(false);
  });
});

describe("netkit stays the default", () => {
  it("asks SYST at open and uses PASV, not EPSV", () => {
    const { sent } = run({
      client: { autologin: true },
      commands: ["open server", "anonymous", "x@y", "ls"],
    });
    expect(sent).toEqual(["USER", "PASS", "SYST", "PASV", "LIST"]);
  });
});
