import { describe, expect, it } from "vitest";
import { decodeSession, encodeSession, type SharedSession } from "@/lib/share/codec";
import { fromBase64url, toBase64url } from "@/lib/share/base64url";
import { DEFAULT_CONFIG } from "@/lib/sim/defaults";
import { decodeLink, encodeLink } from "@/components/share/link";

const session: SharedSession = {
  scenario: {
    topology: "client-nat",
    alg: false,
    firewall: false,
    seed: 1,
    server: { config: DEFAULT_CONFIG },
    client: { mode: "passive", epsv: false },
    commands: [],
  },
  inputs: [
    { line: "open server" },
    { line: "user anonymous guest@" },
    { line: "get pub/grande.iso" },
    { interruptAfterMs: 1000 },
  ],
  cursor: 42,
};

describe("share codec (JSON layer)", () => {
  it("round-trips a session, default config included", () => {
    const back = decodeSession(encodeSession(session));
    expect(back).toEqual({ ok: true, session });
  });

  it("keeps a custom vsftpd.conf", () => {
    const custom = { ...session, scenario: { ...session.scenario, server: { config: "listen=YES\n" } } };
    expect(decodeSession(encodeSession(custom))).toEqual({ ok: true, session: custom });
  });

  it("names what is wrong with tampered content", () => {
    const bad = (text: string) => {
      const r = decodeSession(text);
      return r.ok ? "ok" : r.problem.key;
    };
    expect(bad("{nope")).toBe("lesson.ui.share.badJson");
    expect(bad("[1,2]")).toBe("lesson.ui.share.badJson");
    expect(bad(JSON.stringify({ v: 9 }))).toBe("lesson.ui.share.badVersion");
    const good = JSON.parse(encodeSession(session)) as Record<string, unknown>;
    expect(bad(JSON.stringify({ ...good, s: { topology: "mars", commands: [] } }))).toBe(
      "lesson.ui.share.badScenario",
    );
    const r = decodeSession(JSON.stringify({ ...good, s: { topology: "mars", commands: [] } }));
    expect(!r.ok && String(r.problem.params?.problems)).toContain('unknown topology "mars"');
    expect(bad(JSON.stringify({ ...good, i: ["ls", { evil: 1 }] }))).toBe("lesson.ui.share.badInputs");
    expect(bad(JSON.stringify({ ...good, i: ["ls\r\nDELE x"] }))).toBe("lesson.ui.share.badInputs");
    expect(bad(JSON.stringify({ ...good, c: -1 }))).toBe("lesson.ui.share.badCursor");
  });
});

describe("base64url", () => {
  it("round-trips every length and rejects foreign characters", () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = toBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(fromBase64url(text)).toEqual(bytes);
    }
    expect(fromBase64url("ab+c")).toBeNull();
    expect(fromBase64url("abcde")).toBeNull();
  });
});

describe("share link (deflate-raw + base64url)", () => {
  it("round-trips through the compressed fragment", async () => {
    const frag = await encodeLink(session);
    expect(frag.startsWith("s=")).toBe(true);
    expect(await decodeLink(frag)).toEqual({ ok: true, session });
  });

  it("keeps a 20-command session under 2,000 characters", async () => {
    const lines = [
      "open server",
      "user alumno alumno123",
      "pwd",
      "cd pub",
      "ls",
      "get notas.txt",
      "get logo.bin",
      "cd ..",
      "mkdir practica",
      "cd practica",
      "put tarea.txt",
      "ls",
      "delete tarea.txt",
      "cd ..",
      "rmdir practica",
      "passive",
      "ls",
      "ascii",
      "get readme.txt",
      "bye",
    ];
    const frag = await encodeLink({ ...session, inputs: lines.map((line) => ({ line })), cursor: 400 });
    expect(lines).toHaveLength(20);
    expect(`https://example.org/ftp-visualizer/#${frag}`.length).toBeLessThan(2000);
  });

  it("reports damaged and truncated links clearly", async () => {
    const frag = await encodeLink(session);
    const key = async (f: string) => {
      const r = await decodeLink(f);
      return r.ok ? "ok" : r.problem.key;
    };
    expect(await key("s=%%%")).toBe("lesson.ui.share.badBase64");
    expect(await key(frag.slice(0, frag.length - 12))).toBe("lesson.ui.share.badDeflate");
    expect(await key("s=" + Buffer.from("hello").toString("base64url"))).toBe("lesson.ui.share.badDeflate");
  });
});
