import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS, completions, lookup, suggest } from "@/lib/ftp/client";
import { latin1Bytes } from "@/lib/util/bytes";
import { Harness } from "./fake-server";

const loggedIn = () => new Harness({ mode: "passive" }, { files: { "a.txt": "abc" } }).login();

describe("one-exchange commands send exactly these lines", () => {
  const cases: [string, string[]][] = [
    ["cd /pub", ["CWD /pub"]],
    ["cwd docs", ["CWD docs"]],
    ["cdup", ["CDUP"]],
    ["pwd", ["PWD"]],
    ["mkdir new", ["MKD new"]],
    ["rmdir old", ["RMD old"]],
    ["delete a.txt", ["DELE a.txt"]],
    ["rename a.txt b.txt", ["RNFR a.txt", "RNTO b.txt"]],
    ["size a.txt", ["SIZE a.txt"]],
    ["modtime a.txt", ["MDTM a.txt"]],
    ["system", ["SYST"]],
    ["rhelp", ["HELP"]],
    ["rhelp RETR", ["HELP RETR"]],
    ["quote NOOP", ["NOOP"]],
    ["literal  SITE  CHMOD 644 a.txt", ["SITE  CHMOD 644 a.txt"]],
    ['get "my file.txt"', ["TYPE I", "PASV", "RETR my file.txt"]],
    ["binary", ["TYPE I"]],
    ["ascii", ["TYPE A"]],
    ["type binary", ["TYPE I"]],
    ["image", ["TYPE I"]],
  ];
  it.each(cases)("%s", (line, expected) => {
    const h = loggedIn();
    h.type(line);
    expect(h.take()).toEqual(expected);
    expect(h.lastAction).toEqual({ type: "ready" });
  });

  it("RNTO is not sent when RNFR fails", () => {
    const h = new Harness({ mode: "passive" }, { override: { RNFR: "550 RNFR command failed." } }).login();
    h.type("rename a b");
    expect(h.take()).toEqual(["RNFR a"]);
  });

  it("pwd and cd keep a guess of the remote directory", () => {
    const h = loggedIn();
    expect(h.client.state.cwd).toBeNull();
    h.type("pwd");
    expect(h.client.state.cwd).toBe("/home/alice");
    h.type("cd docs");
    h.type("cd ../pub/./x");
    expect(h.client.state.cwd).toBe("/home/alice/pub/x");
    h.type("cdup");
    expect(h.client.state.cwd).toBe("/home/alice/pub");
  });

  it("modtime reformats the 213 date", () => {
    const h = loggedIn();
    h.type("modtime a.txt");
    expect(h.prints()).toEqual(["a.txt\t01/02/2024 03:04:05 GMT"]);
  });

  it("quote of a TYPE keeps the client's idea of the server's type", () => {
    const h = loggedIn();
    h.type("quote TYPE I");
    h.take();
    h.type("get a.txt");
    expect(h.take()).toEqual(["PASV", "RETR a.txt"]);
  });
});

describe("local settings", () => {
  it("passive toggles or sets and prints the classic line", () => {
    const h = new Harness({ mode: "active" });
    h.type("passive");
    h.type("passive off");
    h.type("passive on");
    h.type("passive maybe");
    expect(h.prints()).toEqual([
      "Passive mode on.",
      "Passive mode off.",
      "Passive mode on.",
      "usage: passive [on | off]",
    ]);
    expect(h.client.state.mode).toBe("passive");
  });

  it("epsv, verbose and type without connection change only local state", () => {
    const h = new Harness({ mode: "passive" });
    h.type("epsv");
    h.type("verbose");
    h.type("ascii");
    h.type("type");
    h.type("type ebcdic");
    expect(h.take()).toEqual([]);
    expect(h.prints()).toEqual([
      "EPSV in passive mode: on.",
      "Verbose mode off.",
      "Using ascii mode to transfer files.",
      "ebcdic: unknown mode.",
    ]);
    expect(h.client.state).toMatchObject({ epsv: true, verbose: false, type: "ascii" });
  });

  it("verbose off hides local/remote and statistics", () => {
    const h = new Harness({ mode: "passive", verbose: false }, { files: { "a.txt": "abc" } }).login();
    h.type("get a.txt");
    expect(h.prints()).toEqual([]);
  });

  it("status describes the session", () => {
    const h = loggedIn();
    h.type("status");
    expect(h.prints()).toEqual([
      "Connected to server.",
      "Mode: stream; Type: binary; Form: non-print; Structure: file",
      "Verbose: on; Passive mode: on; EPSV: off; Follow PASV address: on",
      "Remote directory: ?; Local directory: /",
    ]);
  });

  it("lcd and the little local shell", () => {
    const h = new Harness({
      mode: "passive",
      localFiles: { "docs/a.txt": latin1Bytes("A\n"), "b.txt": latin1Bytes("") },
    });
    h.type("!ls");
    h.type("lcd docs");
    h.type("!pwd");
    h.type("!cat a.txt");
    h.type("lcd nowhere");
    h.type("lcd");
    h.type("!rm -rf /");
    expect(h.prints()).toEqual([
      "b.txt\ndocs/",
      "Local directory now /docs",
      "/docs",
      "A",
      "local: nowhere: No such file or directory",
      "Local directory now /",
      "sh: rm: not available here",
    ]);
  });
});

describe("the command table drives help, usage, completion and suggestions", () => {
  it("refuses commands needing a connection before checking their arguments", () => {
    const h = new Harness({ mode: "passive" });
    h.type("get");
    h.type("ls");
    expect(h.prints()).toEqual(["Not connected.", "Not connected."]);
  });

  it("prints usage lines for wrong argument counts", () => {
    const h = loggedIn();
    h.type("get");
    h.type("rename a");
    h.type("cd a b");
    expect(h.prints()).toEqual([
      "usage: get remote-file [local-file]",
      "usage: rename from-name to-name",
      "usage: cd remote-directory",
    ]);
    expect(h.take()).toEqual([]);
  });

  it("accepts unique abbreviations and refuses ambiguous ones", () => {
    expect(lookup("passi")).toMatchObject({ kind: "found", spec: { name: "passive" } });
    expect(lookup("pass")).toMatchObject({ kind: "found", spec: { name: "pass" } });
    expect(lookup("l")).toMatchObject({ kind: "ambiguous" });
    const h = new Harness({ mode: "passive" });
    h.type("l");
    h.type("frobnicate");
    h.type("lss");
    expect(h.prints()).toEqual([
      "?Ambiguous command.",
      "?Invalid command.",
      "?Invalid command.",
      "Did you mean “ls”?",
    ]);
  });

  it("suggests by edit distance, transpositions included", () => {
    expect(suggest("gte")).toBe("get");
    expect(suggest("pwdd")).toBe("pwd");
    expect(suggest("xyzzy")).toBeNull();
  });

  it("completes command names and aliases", () => {
    expect(completions("pa")).toEqual(["pass", "passive"]);
    expect(completions("")).toContain("?");
    expect(completions("get x")).toEqual([]);
  });

  it("help lists every command; help CMD shows one line; unknown help is refused", () => {
    const h = new Harness({ mode: "passive" });
    h.type("help");
    const [header, table] = h.prints();
    expect(header).toBe("Commands may be abbreviated.  Commands are:");
    for (const c of COMMANDS) expect(table).toContain(c.name);
    const n = h.actions.length;
    h.type("help ls");
    h.type("? get");
    h.type("help nothing");
    expect(h.prints(n)).toEqual([
      "ls            list contents of remote directory",
      "get           receive file",
      "?Invalid help command nothing",
    ]);
  });
});

describe("robustness", () => {
  it("an empty line just shows the prompt again", () => {
    const h = new Harness({ mode: "passive" });
    expect(h.type("   ")).toEqual([{ type: "prompt", text: "ftp> " }, { type: "ready" }]);
  });

  it("a line typed while busy is refused, not lost in the protocol", () => {
    const h = new Harness({ mode: "passive" }, { override: { PWD: "" } }).login();
    h.type("pwd");
    const out = h.raw({ type: "userLine", line: "ls" });
    expect(out).toEqual([expect.objectContaining({ type: "print", style: "error" })]);
    expect(h.take()).toEqual(["PWD"]);
  });

  it("arbitrary typed lines never throw and always answer (property)", () => {
    const word = fc.oneof(
      fc.constantFrom(...COMMANDS.map((c) => c.name), "!ls", "?", "on", "off", "a.txt", '"x y"', "\\"),
      fc.string({ maxLength: 8 }),
    );
    const line = fc.array(word, { maxLength: 4 }).map((w) => w.join(" "));
    const mode = fc.constantFrom("active" as const, "passive" as const);
    fc.assert(
      fc.property(mode, fc.boolean(), fc.array(line, { maxLength: 12 }), (m, epsv, lines) => {
        const h = new Harness({ mode: m, epsv }, { files: { "a.txt": "abc" }, listing: "a.txt\r\n" });
        for (const l of lines) {
          const out = h.type(l);
          expect(out.length).toBeGreaterThan(0);
          // The fake peer answers everything, so no command may be left hanging.
          expect(h.client.state.busy && !h.client.state.awaitingLine).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("stray network events at the prompt are ignored or tidied", () => {
    const h = new Harness({ mode: "passive" });
    expect(h.raw({ type: "dataBytes", bytes: latin1Bytes("x") })).toEqual([]);
    expect(h.raw({ type: "timer", name: "data" })).toEqual([]);
    expect(h.raw({ type: "dataAccepted", remote: { addr: "192.0.2.99", port: 20 } })).toEqual([
      { type: "abortData" },
    ]);
    expect(h.raw({ type: "controlBytes", bytes: latin1Bytes("220 hi\r\n") })).toEqual([]);
  });
});
