import { describe, expect, it } from "vitest";
import {
  choices,
  codeChoices,
  isRight,
  nextQuestion,
  questions,
  scored,
  ZERO,
} from "@/lib/classroom/predict";
import { captionFor } from "@/lib/classroom/caption";
import { openSession } from "@/lib/sim/session";

const session = () => {
  const s = openSession({ topology: "lan", seed: 1, client: { mode: "passive" }, commands: [] });
  s.typeAll([{ line: "open server" }, { line: "user anonymous guest@" }, { line: "ls" }]);
  return s.trace;
};

describe("predict mode", () => {
  it("asks before every reply the server sends, with the command it answers", () => {
    const qs = questions(session());
    // netkit asks SYST right after the greeting (a script session: ftp -n); vsftpd says 530 before login.
    expect(qs.map((q) => q.code)).toEqual([220, 530, 331, 230, 227, 150, 226]);
    expect(qs[1]!.command).toBe("SYST");
    expect(qs[2]!.command).toBe("USER anonymous");
    expect(qs[0]!.command).toBe("");
  });

  it("waits at the entry before the reply and moves on after it", () => {
    const t = session();
    const first = nextQuestion(t, 0)!;
    expect(first.before).toBe(first.seq - 1);
    expect(nextQuestion(t, first.seq)!.code).toBe(530);
    expect(nextQuestion(t, t.length)).toBeUndefined();
  });

  it("offers four distinct codes including the right one, always the same", () => {
    for (const code of [150, 220, 227, 230, 331, 425, 500, 550]) {
      const c = codeChoices(code);
      expect(c).toHaveLength(4);
      expect(new Set(c).size).toBe(4);
      expect(c).toContain(code);
      expect(codeChoices(code)).toEqual(c);
      expect(c.some((x) => Math.floor(x / 100) !== Math.floor(code / 100))).toBe(true);
    }
  });

  it("grades codes or classes and keeps the score", () => {
    const q = questions(session())[3]!;
    expect(choices(q, "class")).toEqual([1, 2, 3, 4, 5]);
    expect(isRight(q, "class", 2)).toBe(true);
    expect(isRight(q, "code", 229)).toBe(false);
    expect(scored(scored(ZERO, true), false)).toEqual({ right: 1, asked: 2 });
  });
});

describe("presenter captions", () => {
  it("explain the entry at the cursor in both languages", () => {
    const t = session();
    const pasv = t.find((e) => e.code === 227 && e.to.host === "client")!;
    expect(captionFor(t, pasv.seq, "en")!.headline).toContain("227 Entering Passive Mode");
    expect(captionFor(t, pasv.seq, "en")!.detail).toMatch(/port/i);
    expect(captionFor(t, pasv.seq, "es")!.detail).toMatch(/puerto/i);
    const syn = t.find((e) => e.flags === "SYN")!;
    expect(captionFor(t, syn.seq, "es")!.detail).toContain("SYN");
    expect(captionFor(t, 9999, "en")).toBeNull();
  });
});
