import { describe, expect, it } from "vitest";
import { relay } from "@/components/workbench/stable";

describe("stable actions (memoised panels keep their props across steps)", () => {
  it("hands out the same functions whatever is set later", () => {
    const r = relay({ typeLine: (line: string) => `first ${line}` });
    const before = r.stable.typeLine;
    r.set({ typeLine: () => "second" });
    expect(r.stable.typeLine).toBe(before);
  });

  it("calls the actions set last, with the caller's arguments", () => {
    const seen: string[] = [];
    const r = relay({ typeLine: (line: string) => void seen.push(`old ${line}`) });
    r.stable.typeLine("ls");
    r.set({ typeLine: (line: string) => void seen.push(`new ${line}`) });
    r.stable.typeLine("pwd");
    expect(seen).toEqual(["old ls", "new pwd"]);
  });

  it("returns what the action returns (a lesson's load says whether it replaced the session)", async () => {
    const r = relay({ load: () => Promise.resolve(true) });
    await expect(r.stable.load()).resolves.toBe(true);
  });
});
