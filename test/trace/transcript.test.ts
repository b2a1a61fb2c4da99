import { describe, expect, it } from "vitest";
import { pendingPrompt, remoteNames, transcript, transcriptText, type Line } from "@/lib/trace/transcript";
import type { EntryDraft, TraceEntry } from "@/lib/trace/types";

// A tiny trace builder: entries get seq in order; replies cross two links (server→router→client)
// so the filter on the arriving hop is exercised.
type Partial = EntryDraft<"seq" | "t" | "step" | "layer"> & { layer?: TraceEntry["layer"] };
function build(parts: Partial[]): TraceEntry[] {
  let step = -1;
  return parts.map((p, seq) => {
    if (p.kind === "CommandTyped") step++;
    return { seq, t: seq * 10, step, layer: p.layer ?? "ftp", ...p };
  });
}
const C = { host: "client", addr: "192.168.1.10", port: 40000 };
const R = { host: "router" };
const S = { host: "server", addr: "203.0.113.5", port: 21 };
const typed = (text: string, secret = false): Partial => ({
  kind: "CommandTyped",
  from: { host: "client" },
  to: { host: "client" },
  text,
  ...(secret ? { note: { key: "sim.secretTyped" } } : {}),
});
const printed = (text: string, rule = "info"): Partial => ({
  kind: "ClientPrinted",
  from: { host: "client" },
  to: { host: "client" },
  text,
  rule,
});
const sent = (text: string): Partial[] => [
  { kind: "CommandSent", from: C, to: R, conn: 1, channel: "control", text },
  { kind: "CommandSent", from: R, to: S, conn: 1, channel: "control", text },
];
const reply = (text: string): Partial[] => [
  { kind: "ReplySent", from: S, to: R, conn: 1, channel: "control", text, code: Number(text.slice(0, 3)) },
  { kind: "ReplySent", from: { ...S, host: "router" }, to: C, conn: 1, channel: "control", text },
];
const opts = { verbose: true, explain: true, lang: "en" as const };
const texts = (lines: Line[]) => lines.map((l) => l.text);

const login = build([
  typed("open server"),
  printed("Connected to server."),
  ...reply("220 (vsFTPd 3.0.5)\r\n"),
  printed("Name (server:learner): ", "prompt"),
  typed("anonymous"),
  ...sent("USER anonymous\r\n"),
  ...reply("331 Please specify the password.\r\n"),
  printed("Password:", "prompt"),
  typed("", true),
  ...sent("PASS guest@example.com\r\n"),
  ...reply("230-Welcome to the\r\n230-   demo server.\r\n230 Login successful.\r\n"),
]);

describe("transcript", () => {
  it("shows prompts with typed lines, sent commands, arriving replies and explanations", () => {
    const lines = transcript(login, login.length - 1, opts);
    expect(texts(lines)).toEqual([
      "ftp> open server",
      "Connected to server.",
      "220 (vsFTPd 3.0.5)",
      expect.stringContaining("USER"),
      "Name (server:learner): anonymous",
      "---> USER anonymous",
      "331 Please specify the password.",
      expect.stringContaining("any password"),
      "Password:",
      "---> PASS XXXX",
      "230-Welcome to the",
      "230-   demo server.",
      "230 Login successful.",
      expect.stringContaining("login accepted"),
    ]);
    expect(lines.map((l) => l.style)).toEqual([
      "typed",
      "info",
      "reply-2",
      "explain",
      "typed",
      "sent",
      "reply-3",
      "explain",
      "typed",
      "sent",
      "reply-2",
      "reply-2",
      "reply-2",
      "explain",
    ]);
  });

  it("maps each line to the entry it came from: the hop that reached the client", () => {
    const lines = transcript(login, login.length - 1, opts);
    const r220 = lines.find((l) => l.text.startsWith("220"))!;
    expect(login[r220.seq]!.to.host).toBe("client");
    const user = lines.find((l) => l.text.startsWith("--->"))!;
    expect(login[user.seq]!.from.host).toBe("client");
  });

  it("stops at the cursor", () => {
    const at = login.findIndex((e) => e.kind === "CommandSent");
    expect(texts(transcript(login, at, opts))).toEqual([
      "ftp> open server",
      "Connected to server.",
      "220 (vsFTPd 3.0.5)",
      expect.any(String),
      "Name (server:learner): anonymous",
      "---> USER anonymous",
    ]);
    expect(transcript(login, -1, opts)).toEqual([]);
    // Before the reply reaches the client (only the first hop): nothing shown yet.
    const firstHop = login.findIndex((e) => e.kind === "ReplySent");
    expect(texts(transcript(login, firstHop, opts))).toEqual(["ftp> open server", "Connected to server."]);
  });

  it("hides --> lines and explanations when asked", () => {
    const lines = transcript(login, login.length - 1, { ...opts, verbose: false, explain: false });
    expect(lines.some((l) => l.style === "sent" || l.style === "explain")).toBe(false);
    expect(texts(lines)).toContain("331 Please specify the password.");
  });

  it("explains in the UI language", () => {
    const es = transcript(login, login.length - 1, { ...opts, lang: "es" });
    expect(es.at(-1)!.text).toContain("sesión iniciada");
  });

  it("joins reply lines cut across segments and splits segments holding two replies", () => {
    const t = build([
      typed("ls"),
      ...sent("PASV\r\n"),
      { kind: "ReplySent", from: S, to: C, conn: 1, channel: "control", text: "227 Entering Passive " },
      {
        kind: "ReplySent",
        from: S,
        to: C,
        conn: 1,
        channel: "control",
        text: "Mode (203,0,113,5,195,80).\r\n",
      },
      ...sent("LIST\r\n"),
      {
        kind: "ReplySent",
        from: S,
        to: C,
        conn: 1,
        channel: "control",
        text: "150 Here comes the directory listing.\r\n226 Directory send OK.\r\n",
      },
    ]);
    const lines = transcript(t, t.length - 1, opts);
    expect(texts(lines)).toEqual([
      "ftp> ls",
      "---> PASV",
      "227 Entering Passive Mode (203,0,113,5,195,80).",
      expect.stringContaining("195×256+80 = 50000"),
      "---> LIST",
      "150 Here comes the directory listing.",
      expect.stringContaining("listing"),
      "226 Directory send OK.",
      expect.stringContaining("listing"),
    ]);
    // The 229/227 explanation uses the address the client sees on the control connection.
    expect(lines[3]!.text).not.toContain("≠");
  });

  it("shows an interrupt as a bare ^C and error prints in the error style", () => {
    const t = build([typed("get big.bin"), typed("^C"), printed("receive aborted", "error")]);
    const lines = transcript(t, t.length - 1, opts);
    expect(texts(lines)).toEqual(["ftp> get big.bin", "^C", "receive aborted"]);
    expect(lines[2]!.style).toBe("error");
  });

  it("prints multi-line client output line by line", () => {
    const t = build([typed("help"), printed("Commands are:\nls get put\n")]);
    expect(texts(transcript(t, 9, opts))).toEqual(["ftp> help", "Commands are:", "ls get put"]);
  });

  it("exports plain text with explanations as comments", () => {
    const text = transcriptText(transcript(login, 3, opts));
    expect(text).toBe(
      "ftp> open server\nConnected to server.\n220 (vsFTPd 3.0.5)\n      # " +
        transcript(login, 3, opts)[3]!.text +
        "\n",
    );
  });
});

describe("pendingPrompt", () => {
  it("uses the client's special prompt until the next typed line", () => {
    const pw = login.findIndex((e) => e.text === "Password:");
    expect(pendingPrompt(login, pw)).toEqual({ text: "Password:", secret: true, running: false, raw: false });
    expect(pendingPrompt(login, pw + 1).text).toBe("ftp> ");
  });

  it("says a command is running until its step is over", () => {
    expect(pendingPrompt([], -1)).toEqual({ text: "ftp> ", secret: false, running: false, raw: false });
    const t = build([typed("ls"), ...sent("PASV\r\n"), typed("pwd")]);
    expect(pendingPrompt(t, 1).running).toBe(true);
    expect(pendingPrompt(t, 2).running).toBe(false);
    const i = build([typed("get big"), ...sent("RETR big\r\n"), typed("^C")]);
    expect(pendingPrompt(i, 2).running).toBe(true);
  });
});

describe("remoteNames", () => {
  it("collects names from listings sent to the client, even cut across segments", () => {
    const data = (text: string): Partial => ({
      kind: "DataSent",
      from: { ...S, port: 50000 },
      to: C,
      conn: 2,
      channel: "data",
      text,
    });
    const t = build([
      typed("ls"),
      ...sent("LIST\r\n"),
      data("-rw-r--r--    1 0        0            1024 Jan 01 12:00 readme.txt\r\ndrwxr-xr-x    2 0    "),
      data("    0            4096 Jan 01 12:00 pub\r\nlrwxrwxrwx 1 0 0 3 Jan 01 12:00 link -> pub\r\n"),
      typed("nlist"),
      ...sent("NLST\r\n"),
      data("my file.bin\r\n"),
      typed("get readme.txt"),
      ...sent("RETR readme.txt\r\n"),
      data("not a name\r\n"),
    ]);
    expect(remoteNames(t)).toEqual(["link", "my file.bin", "pub", "readme.txt"]);
  });
});

describe("raw mode (nc server 21)", () => {
  it("shows typed lines bare, without a prompt or ---> echo", () => {
    const t = build([
      typed("nc server 21"),
      {
        kind: "Decision",
        layer: "client",
        from: { host: "client" },
        to: { host: "client" },
        note: { key: "client.note.raw" },
      },
      ...reply("220 (vsFTPd 3.0.5)\r\n"),
      typed("USER anonymous"),
      ...sent("USER anonymous\r\n"),
      ...reply("331 Please specify the password.\r\n"),
      typed("QUIT"),
      ...sent("QUIT\r\n"),
      ...reply("221 Goodbye.\r\n"),
      { ...printed("Connection closed."), note: { key: "client.raw.closed" } },
    ]);
    const lines = transcript(t, t.length - 1, { ...opts, explain: false });
    expect(texts(lines)).toEqual([
      "ftp> nc server 21",
      "220 (vsFTPd 3.0.5)",
      "USER anonymous",
      "331 Please specify the password.",
      "QUIT",
      "221 Goodbye.",
      "Connection closed.",
    ]);
    // Inside nc, Ctrl+C ends nc (raw), even between lines; after it closes, ftp> is back.
    expect(pendingPrompt(t, 3)).toEqual({ text: "", secret: false, running: false, raw: true });
    expect(pendingPrompt(t, t.length - 1)).toMatchObject({ text: "ftp> ", raw: false });
  });
});

describe("client output in the UI language", () => {
  it("prints the client's catalogued lines in Spanish, and data lines as they are", () => {
    const t = build([
      typed("lss"),
      { ...printed("?Invalid command.", "error"), note: { key: "client.invalid" } },
      { ...printed("Did you mean “ls”?"), note: { key: "client.didYouMean", params: { cmd: "ls" } } },
      printed("readme.txt\npub\n", "listing"),
    ]);
    expect(texts(transcript(t, 9, { ...opts, lang: "es" }))).toEqual([
      "ftp> lss",
      "?Orden no válida.",
      "¿Querías decir «ls»?",
      "readme.txt",
      "pub",
    ]);
    expect(texts(transcript(t, 9, opts))[2]).toBe("Did you mean “ls”?");
  });
});

describe("stepping takes a prefix of the whole transcript", () => {
  it("equals the transcript computed up to each entry, for a session with a transfer, an error and a password", async () => {
    const { simulate } = await import("@/lib/sim/session");
    const { linesUpTo } = await import("@/lib/trace/transcript");
    const { trace } = simulate({
      topology: "client-nat",
      client: { mode: "active" },
      commands: [
        "open server",
        "user anonymous",
        "x@y",
        "ls",
        "passive",
        "get readme.txt",
        "quote HELP",
        "bye",
      ],
    });
    for (const lang of ["es", "en"] as const) {
      const opts = { verbose: true, explain: true, lang };
      const all = transcript(trace, trace.length - 1, opts);
      for (let i = 0; i < trace.length; i++) expect(linesUpTo(all, i)).toEqual(transcript(trace, i, opts));
    }
  });
});

describe("netkit's own SYST after open", () => {
  it("shows its reply only in debug mode; with autologin, Name (host:user): then the system type", async () => {
    const { simulate } = await import("@/lib/sim/session");
    const script = simulate({ topology: "lan", commands: ["open server"] }).trace;
    const quiet = texts(
      transcript(script, script.length - 1, { verbose: false, explain: false, lang: "en" }),
    );
    expect(quiet).toEqual(["ftp> open server", "Connected to server.", "220 (vsFTPd 3.0.3)"]);
    const debug = texts(transcript(script, script.length - 1, { verbose: true, explain: false, lang: "en" }));
    expect(debug.slice(-2)).toEqual(["---> SYST", "530 Please login with USER and PASS."]);

    const typed = simulate({
      topology: "lan",
      client: { autologin: true },
      commands: ["open server", "anonymous", "x@y"],
    }).trace;
    const lines = texts(transcript(typed, typed.length - 1, { verbose: false, explain: false, lang: "en" }));
    expect(lines).toEqual([
      "ftp> open server",
      "Connected to server.",
      "220 (vsFTPd 3.0.3)",
      "Name (server:alumno): anonymous",
      "331 Please specify the password.",
      "Password:",
      "230 Login successful.",
      "Remote system type is UNIX.",
      "Using binary mode to transfer files.",
    ]);
  });
});
