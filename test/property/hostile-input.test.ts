/**
 * Every entry point that takes outside input, fed generated input (issue 13): each input gives a result
 * or named problems, never an exception. The runs per suite are the counts reported in the issue's
 * closing note; a failure prints fast-check's shrunk counterexample.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig, pasvPortRange } from "@/lib/ftp/server/config";
import { UINT_TUNABLES, BOOL_TUNABLES, STRING_TUNABLES } from "@/lib/ftp/server/tunables";
import { decodeSession } from "@/lib/share/codec";
import { openSession, parseScenario } from "@/lib/sim/session";
import { parseTraceJsonl } from "@/lib/trace/serialize";
import { transcript } from "@/lib/trace/transcript";
import { eavesdrop } from "@/lib/security/eavesdrop";
import { isMessageKey, translate } from "@/lib/i18n";
import { buildRows } from "@/components/sequence/rows";
import { rowText } from "@/components/sequence/labels";
import { bytesOf, hexDump } from "@/components/inspector/bytes";

/** Values a hostile JSON document can hold where a field is expected, prototype keys included. */
const hostile = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e12, 1e309, -0, "", "__proto__", "constructor", "0o777", "%%%"),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("__proto__", "constructor", "toString", "kind", "key"), fc.string(), {
    maxKeys: 2,
  }),
);
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: hostile });

const scenarioFile = fc.record(
  {
    path: field(fc.constantFrom("a.txt", "pub/b.bin", "pub", "../x", "l")),
    text: field(fc.string({ maxLength: 30 })),
    base64: field(fc.constantFrom("aGk=", "aGk", "A", "@@", "")),
    type: field(fc.constantFrom("file", "dir", "symlink")),
    target: field(fc.constantFrom("a.txt", "/", "../..", "l")),
    size: field(fc.integer({ min: 0, max: 5000 })),
    generator: field(fc.record({ kind: fc.constantFrom("sha256-chain"), seed: fc.string() })),
    mode: field(fc.constantFrom("644", "0o755", "0o7777")),
    uid: field(fc.integer({ min: 0, max: 2000 })),
    mtime: field(fc.integer({ min: 0, max: 2e9 })),
  },
  { requiredKeys: ["path"] },
);

const scenario = fc.record(
  {
    topology: field(fc.constantFrom("lan", "client-nat", "server-nat", "both-nat")),
    protocol: field(fc.constantFrom("ftp", "tftp")),
    seed: field(fc.integer()),
    bandwidth: field(fc.integer({ min: 1000, max: 1e7 })),
    server: field(
      fc.record(
        {
          config: field(fc.constantFrom("anonymous_enable=YES\n", "pasv_min_port=70000\n", "foo\n")),
          files: field(
            fc.oneof(fc.array(scenarioFile, { maxLength: 4 }), fc.dictionary(fc.string(), hostile)),
          ),
          users: field(
            fc.oneof(fc.array(hostile, { maxLength: 2 }), fc.dictionary(fc.string(), fc.string())),
          ),
        },
        { requiredKeys: [] },
      ),
    ),
    client: field(
      fc.record(
        {
          mode: field(fc.constantFrom("active", "passive")),
          epsv: field(fc.boolean()),
          files: field(fc.dictionary(fc.string({ maxLength: 8 }), field(fc.string({ maxLength: 20 })))),
        },
        { requiredKeys: [] },
      ),
    ),
    tftp: field(
      fc.record({
        client: field(fc.record({ rexmtMs: field(fc.integer({ min: 10, max: 5000 })), blksize: hostile })),
        server: field(fc.record({ rexmtMs: hostile, maxRetries: field(fc.integer({ min: 0, max: 5 })) })),
      }),
    ),
    loss: field(fc.dictionary(fc.constantFrom("lan", "__proto__"), hostile)),
    commands: field(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            "open server",
            "user alumno alumno123",
            "ls",
            "get pub/b.bin",
            "wait 1e400",
            "cd l",
          ),
          fc.string({ maxLength: 12 }),
          hostile,
        ),
        { maxLength: 6 },
      ),
    ),
  },
  { requiredKeys: ["commands"] },
);

const problemsNamed = (r: ReturnType<typeof parseScenario>) =>
  r.ok || (r.problems.length > 0 && r.problems.every((p) => typeof p.path === "string" && p.message !== ""));

describe("property: every hostile input is a result or a named problem", () => {
  it("scenario parser (3,000 documents; 150 of them also simulated when accepted)", () => {
    fc.assert(
      fc.property(fc.oneof(scenario, fc.jsonValue()), (s) => {
        expect(problemsNamed(parseScenario(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(scenario, (s) => {
        const r = parseScenario(s);
        if (!r.ok) return;
        const session = openSession(r.scenario);
        session.runAll();
        for (const e of session.trace) expect(Number.isFinite(e.t)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("share codec (3,000 link texts)", () => {
    const shaped = fc
      .record({
        v: field(fc.constant(1)),
        s: field(scenario),
        i: field(fc.array(hostile)),
        c: field(fc.nat()),
      })
      .map((x) => JSON.stringify(x));
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string(), fc.json()), (text) => {
        const r = decodeSession(text);
        if (!r.ok) expect(isMessageKey(r.problem.key)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("trace importer, and everything that renders what it accepts (3,000 files)", () => {
    const end = fc.record(
      { host: field(fc.constantFrom("client", "server")), port: hostile },
      { requiredKeys: [] },
    );
    const entry = (seq: number) =>
      fc.record(
        {
          seq: fc.constant(seq),
          t: field(fc.nat()),
          kind: field(fc.constantFrom("CommandSent", "ReplySent", "DataSent", "Decision", "SegmentSent")),
          layer: field(fc.constantFrom("ftp", "tcp")),
          step: field(fc.integer({ min: -1, max: 3 })),
          from: field(end),
          to: field(end),
          text: field(fc.string({ maxLength: 20 })),
          code: field(fc.integer({ min: 100, max: 599 })),
          flags: field(fc.constantFrom("SYN", "FIN,ACK")),
          b64: field(fc.constantFrom("aGk=", "A", "====", "")),
          bytes: field(fc.nat()),
          note: field(
            fc.record(
              {
                key: field(fc.constantFrom("server.pasvAddress", "__proto__", "constructor")),
                params: hostile,
              },
              { requiredKeys: [] },
            ),
          ),
          before: field(fc.record({ src: fc.string(), dst: fc.string() })),
          tls: field(fc.record({ bytes: fc.nat(), records: fc.array(fc.string()) })),
        },
        { requiredKeys: ["seq", "t", "kind", "step", "from", "to"] },
      );
    const file = fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entry(i))))
      .map((es) => es.map((e) => JSON.stringify(e)).join("\n"));
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: file }, { weight: 1, arbitrary: fc.string() }), (text) => {
        const r = parseTraceJsonl(text);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          return;
        }
        for (const lang of ["es", "en"] as const) {
          for (const row of buildRows(r.trace, true)) rowText(row, lang);
          transcript(r.trace, r.trace.length - 1, { verbose: true, explain: true, lang });
          for (const e of r.trace) if (e.note) translate(lang, e.note.key, e.note.params);
        }
        eavesdrop(r.trace);
        for (const e of r.trace) hexDump(bytesOf(e));
      }),
      { numRuns: 3000 },
    );
  });

  it("vsftpd.conf parser (3,000 files): numbers land in 0..2^32-1, bad lines get vsftpd's OOPS", () => {
    const names = [
      ...Object.keys(UINT_TUNABLES),
      ...Object.keys(BOOL_TUNABLES),
      ...Object.keys(STRING_TUNABLES),
    ];
    const line = fc.oneof(
      fc
        .tuple(
          fc.constantFrom(...names, "__proto__", "constructor", "listen port"),
          fc.oneof(
            fc.constantFrom("YES", "no", "-5", "70000", "9".repeat(400), "0777", " 12", "", "=x"),
            fc.string({ maxLength: 12 }),
          ),
        )
        .map(([n, v]) => `${n}=${v}`),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const r = parseConfig(lines.join("\n"));
        if (!r.ok) {
          expect(r.error.oops).toMatch(/^500 OOPS: /);
          return;
        }
        for (const k of Object.keys(UINT_TUNABLES) as (keyof typeof UINT_TUNABLES)[]) {
          const n = r.config[k];
          expect(Number.isInteger(n) && n >= 0 && n <= 0xffffffff).toBe(true);
        }
        const { minPort, maxPort } = pasvPortRange(r.config);
        expect(minPort >= 0 && maxPort <= 65535 && (minPort === 0 || minPort <= maxPort)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
