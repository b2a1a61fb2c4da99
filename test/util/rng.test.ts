import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/util/rng";

describe("seeded generator", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.int(1024, 65535));
    const seqB = Array.from({ length: 20 }, () => b.int(1024, 65535));
    const seqC = Array.from({ length: 20 }, () => c.int(1024, 65535));
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it("stays within the inclusive bounds", () => {
    const r = createRng(7);
    for (let i = 0; i < 5000; i++) {
      const v = r.int(40000, 40002);
      expect(v).toBeGreaterThanOrEqual(40000);
      expect(v).toBeLessThanOrEqual(40002);
    }
  });
});
