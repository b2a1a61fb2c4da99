/**
 * Issue 13 finding 2: trace files that passed the importer and then crashed the page while rendering.
 * Each is now either refused with a named problem or shown safely (a "constructor" note key is just an
 * unknown key, printed as itself).
 */
import { describe, expect, it } from "vitest";
import { parseTraceJsonl } from "@/lib/trace/serialize";
import { translate } from "@/lib/i18n";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";
import { bytesOf } from "@/components/inspector/bytes";

const base = {
  seq: 0,
  t: 0,
  kind: "ReplySent",
  layer: "ftp",
  step: 0,
  from: { host: "server" },
  to: { host: "client" },
};
const file = (extra: Record<string, unknown>) => JSON.stringify({ ...base, ...extra }) + "\n";

describe("trace import under hostile files", () => {
  it.each([
    ["__proto__", '{"key":"__proto__"}'],
    ["constructor", '{"key":"constructor"}'],
  ])("shows a note whose key is %s as that text, without crashing", (key, note) => {
    const r = parseTraceJsonl(file({}).replace(/}\n$/, `,"note":${note}}\n`));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const lang of ["es", "en"] as const) {
      expect(translate(lang, r.trace[0]!.note!.key)).toBe(key);
      for (const row of buildRows(r.trace, false)) expect(() => rowText(row, lang)).not.toThrow();
    }
  });

  it.each([
    ["note.params that is not an object", { note: { key: "server.pasvAddress", params: 5 } }, "note.params"],
    [
      "note.params holding an object",
      { note: { key: "k", params: { addr: { toString: 1 } } } },
      "note.params.addr",
    ],
    ["flags that are an object", { flags: { a: 1 } }, "flags must be text"],
    ["b64 that is not base64", { b64: "%%%" }, "b64 must be base64"],
    ["b64 with a dangling character", { b64: "QUJDR" }, "b64 must be base64"],
    ["a port that is not a port", { from: { host: "server", port: 1e9 } }, "from.port"],
    ["an unknown layer", { layer: "http" }, "layer must be"],
    ["tls without records", { tls: { bytes: 5 } }, "tls must be"],
  ])("refuses %s with a named problem", (_name, extra, message) => {
    const r = parseTraceJsonl(file(extra));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toContain("line 1: ");
    expect(r.problems[0]).toContain(message);
  });

  it("decodes b64 in the inspector without atob (never throws on what it is given)", () => {
    expect([...bytesOf({ b64: "aGk" })]).toEqual([104, 105]);
    expect(() => bytesOf({ b64: "A" })).not.toThrow();
  });
});
