/**
 * TraceEntry is a union discriminated by `kind`: each kind carries only its own fields (a reply code on
 * a TCP segment, a verb on a reply, a NAT rewrite on a command do not compile), narrowing on `kind`
 * gives that kind's fields, and the JSON-lines form is the same object.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { entryToJson } from "@/lib/trace/serialize";
import type { EntryOf, TraceEntry } from "@/lib/trace/types";
import { simulate } from "@/lib/sim/session";

const at = { seq: 0, t: 0, step: 0, layer: "tcp", from: { host: "client" }, to: { host: "server" } } as const;

describe("TraceEntry", () => {
  it("lets each kind carry only its own fields", () => {
    const reply: TraceEntry = { ...at, kind: "ReplySent", code: 227, text: "227 x\r\n" };
    // @ts-expect-error a bare TCP segment has no reply code
    const segment: TraceEntry = { ...at, kind: "SegmentSent", code: 227 };
    // @ts-expect-error a reply has no verb
    const verb: TraceEntry = { ...at, kind: "ReplySent", verb: "PASV" };
    // @ts-expect-error a command is not a NAT rewrite
    const nat: TraceEntry = { ...at, kind: "CommandSent", before: { src: "a", dst: "b" } };
    expect([reply, segment, verb, nat].map((e) => e.kind)).toEqual([
      "ReplySent",
      "SegmentSent",
      "ReplySent",
      "CommandSent",
    ]);
  });

  it("narrows by kind", () => {
    const e = { ...at, kind: "NatTranslated", before: { src: "a:1", dst: "b:2" } } as TraceEntry;
    if (e.kind === "NatTranslated") expectTypeOf(e).toEqualTypeOf<EntryOf<"NatTranslated">>();
    if (e.kind === "ReplySent") expectTypeOf(e.code).toEqualTypeOf<number | undefined>();
    // Fields of other kinds read as undefined on the whole union, so generic readers stay simple.
    expectTypeOf<TraceEntry["before"]>().toEqualTypeOf<EntryOf<"NatTranslated">["before"]>();
  });

  it("keeps the serialised form: a simulated trace's entries are plain objects of their kind's fields", () => {
    const { trace } = simulate({
      topology: "client-nat-alg",
      client: { mode: "active" },
      commands: ["open server", "user alumno alumno123", "ls"],
    });
    const own: Record<string, readonly string[]> = {
      SegmentSent: ["flags", "seqNo", "ackNo"],
      NatTranslated: ["before", "after"],
    };
    for (const e of trace) {
      const fields = Object.keys(JSON.parse(entryToJson(e)) as object);
      if (e.kind !== "ReplySent") expect(fields).not.toContain("code");
      if (e.kind !== "CommandSent") expect(fields).not.toContain("verb");
      if (e.kind !== "NatTranslated") expect(fields).not.toContain("before");
      for (const f of own[e.kind] ?? [])
        if (f !== "seqNo" && f !== "ackNo") expect(fields, e.kind).toContain(f);
    }
  });
});
