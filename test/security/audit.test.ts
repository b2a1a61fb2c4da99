/**
 * The audit: each finding appears with its dangerous setting and disappears with the safe one, and
 * each demo scenario, simulated with the dangerous setting, shows the risk in its trace (and does not
 * with the safe one, except where the lesson is that the safe setting only slows the attack).
 */
import { describe, expect, it } from "vitest";
import { auditConfig, RULES } from "@/lib/security/audit";
import { demoEvidence, demoFor } from "@/lib/security/demos";
import { DEFAULT_FILES } from "@/lib/sim/defaults";
import { simulate } from "@/lib/sim/session";
import { conf, parsed } from "./helpers";

// id → [dangerous lines, safe lines, banner line present in both?]
const CASES: Record<string, { bad: string[]; good: string[]; banner?: boolean }> = {
  "plain-ftp": { bad: ["ssl_enable=NO"], good: ["ssl_enable=YES"] },
  "anon-upload": {
    bad: ["anonymous_enable=YES", "anon_upload_enable=YES"],
    good: ["anonymous_enable=YES", "anon_upload_enable=NO"],
  },
  "anon-mkdir": {
    bad: ["anonymous_enable=YES", "anon_mkdir_write_enable=YES"],
    good: ["anonymous_enable=YES", "anon_mkdir_write_enable=NO"],
  },
  "anon-other-write": {
    bad: ["anonymous_enable=YES", "anon_other_write_enable=YES"],
    good: ["anonymous_enable=YES", "anon_other_write_enable=NO"],
  },
  "port-promiscuous": {
    bad: ["anonymous_enable=YES", "port_promiscuous=YES"],
    good: ["anonymous_enable=YES", "port_promiscuous=NO"],
  },
  "pasv-promiscuous": { bad: ["pasv_promiscuous=YES"], good: ["pasv_promiscuous=NO"] },
  "world-writable": { bad: ["anonymous_enable=YES"], good: ["anonymous_enable=NO"] },
  "chroot-local": {
    bad: ["chroot_local_user=NO", "ssl_enable=NO"],
    good: ["chroot_local_user=YES", "ssl_enable=NO"],
  },
  "anon-world-readable": {
    bad: ["anonymous_enable=YES", "anon_world_readable_only=NO"],
    good: ["anonymous_enable=YES", "anon_world_readable_only=YES"],
  },
  "login-fails": {
    bad: ["max_login_fails=10", "ssl_enable=NO"],
    good: ["max_login_fails=3", "ssl_enable=NO"],
  },
  "anon-enabled": { bad: ["anonymous_enable=YES"], good: ["anonymous_enable=NO"] },
  "no-anon-password": {
    bad: ["anonymous_enable=YES", "no_anon_password=YES"],
    good: ["anonymous_enable=YES", "no_anon_password=NO"],
  },
  "anon-dirlist": {
    bad: ["anonymous_enable=YES", "dirlist_enable=YES"],
    good: ["anonymous_enable=YES", "dirlist_enable=NO"],
  },
  "hide-ids": { bad: ["hide_ids=NO"], good: ["hide_ids=YES"] },
  "ls-recurse": { bad: ["ls_recurse_enable=YES"], good: ["ls_recurse_enable=NO"] },
  "connect-from-port-20": { bad: ["connect_from_port_20=YES"], good: ["connect_from_port_20=NO"] },
  "banner-version": { bad: [], good: [], banner: false },
};

/** Safe settings that only slow the attack down: the demo still succeeds (that is the lesson). */
const STILL_SHOWS_WHEN_SAFE = new Set(["login-fails"]);

const ids = (text: string) => auditConfig(parsed(text)).map((f) => f.id);

describe("auditConfig", () => {
  it("finds nothing in the hardened configuration", () => {
    expect(ids(conf([]))).toEqual([]);
  });

  it("covers every rule with a case (a rule's sentences are typed keys)", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(Object.entries(CASES))("%s appears with the dangerous setting only", (id, c) => {
    expect(ids(conf(c.bad, c.banner ?? true))).toContain(id);
    expect(ids(conf(c.good, c.banner === false ? true : true))).not.toContain(id);
  });

  it("lists the most severe findings first and fills parameters", () => {
    const f = auditConfig(
      parsed(conf(["anonymous_enable=YES", "anon_upload_enable=YES", "max_login_fails=9"])),
    );
    const order = f.map((x) => x.severity);
    expect(order).toEqual(
      [...order].sort((a, b) => ["high", "medium", "low"].indexOf(a) - ["high", "medium", "low"].indexOf(b)),
    );
    expect(f.find((x) => x.id === "world-writable")?.params).toEqual({ dirs: "upload/" });
    expect(f.find((x) => x.id === "login-fails")?.params).toEqual({ max: 9, delay: 1 });
  });
});

describe("demo scenarios", () => {
  const withDemo = Object.entries(CASES).filter(([id]) => demoFor(id, parsed(conf([])), DEFAULT_FILES));
  it.each(withDemo)("%s: the demo shows the risk with the dangerous setting", (id, c) => {
    const finding = auditConfig(parsed(conf(c.bad, c.banner ?? true))).find((f) => f.id === id)!;
    expect(finding.demo).toBeDefined();
    const { trace } = simulate(finding.demo!);
    expect(demoEvidence(id, trace), id).not.toBeNull();
  });

  it.each(withDemo.filter(([id]) => !STILL_SHOWS_WHEN_SAFE.has(id)))(
    "%s: the same demo fails with the safe setting",
    (id, c) => {
      const { trace } = simulate(demoFor(id, parsed(conf(c.good)), DEFAULT_FILES)!);
      expect(demoEvidence(id, trace), id).toBeNull();
    },
  );

  it("login-fails: the safe setting only costs the attacker more connections", () => {
    const count = (max: number) => {
      const { trace } = simulate(
        demoFor("login-fails", parsed(conf([`max_login_fails=${max}`, "ssl_enable=NO"])), DEFAULT_FILES)!,
      );
      expect(demoEvidence("login-fails", trace)).not.toBeNull();
      return new Set(trace.filter((e) => e.flags === "SYN" && e.from.host === "client").map((e) => e.conn))
        .size;
    };
    expect(count(1)).toBeGreaterThan(count(3));
  });
});
