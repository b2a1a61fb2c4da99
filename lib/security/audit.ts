/**
 * A security audit of a vsftpd configuration: one row per risky setting, each saying which tunables
 * matter, how bad it is, a one-sentence risk and its fix (i18n keys `sec.audit.<id>.risk|fix`) and a
 * demo scenario that shows the risk happening in the simulation. Pure: config in, findings out.
 */
import type { VsftpdConfig } from "../ftp/server/config";
import type { Scenario, ScenarioFile } from "../sim/scenario";
import { DEFAULT_FILES } from "../sim/defaults";
import type { MessageKey } from "../i18n/core";
import { demoFor } from "./demos";

export type Severity = "high" | "medium" | "low";

type RiskOf<K> = K extends `sec.audit.${infer I}.risk` ? I : never;
type FixOf<K> = K extends `sec.audit.${infer I}.fix` ? I : never;
/** A finding the catalogue has a risk and a fix sentence for (sec.audit.<id>.risk, .fix). */
type AuditId = RiskOf<MessageKey> & FixOf<MessageKey>;

export interface Finding {
  readonly id: string;
  readonly tunables: readonly string[];
  readonly severity: Severity;
  readonly riskKey: MessageKey;
  readonly fixKey: MessageKey;
  /** Parameters of the risk/fix sentences (e.g. the world-writable directories found). */
  readonly params?: Readonly<Record<string, string | number>>;
  readonly demo?: Scenario;
}

export interface AuditContext {
  /** The served tree (defaults to the classroom tree), to spot world-writable directories. */
  readonly files?: readonly ScenarioFile[];
}

interface Rule {
  readonly id: AuditId;
  readonly tunables: readonly string[];
  readonly severity: Severity;
  /** True when the configuration is exposed to this risk. */
  readonly when: (c: VsftpdConfig, ctx: Required<AuditContext>) => boolean;
  readonly params?: (c: VsftpdConfig, ctx: Required<AuditContext>) => Record<string, string | number>;
}

const anon = (c: VsftpdConfig) => c.anonymous_enable;
const anonWrite = (c: VsftpdConfig) => c.anonymous_enable && c.write_enable;

/** Directories anyone may write into (o+w), as "upload/, incoming/". */
function worldWritable(files: readonly ScenarioFile[]): string[] {
  return files
    .filter(
      (f) =>
        f.type === "dir" && f.mode !== undefined && (parseInt(f.mode.replace(/^0o/, ""), 8) & 0o002) !== 0,
    )
    .map((f) => `${f.path}/`);
}

/** vsftpd's brute-force brakes: a failure limit per connection and a delay after each failure. */
const MAX_SANE_LOGIN_FAILS = 5;

export const RULES: readonly Rule[] = [
  {
    id: "plain-ftp",
    tunables: ["ssl_enable"],
    severity: "high",
    when: (c) => c.local_enable && !c.ssl_enable,
  },
  {
    id: "anon-upload",
    tunables: ["anonymous_enable", "write_enable", "anon_upload_enable"],
    severity: "high",
    when: (c) => anonWrite(c) && c.anon_upload_enable,
  },
  {
    id: "anon-mkdir",
    tunables: ["anonymous_enable", "write_enable", "anon_mkdir_write_enable"],
    severity: "high",
    when: (c) => anonWrite(c) && c.anon_mkdir_write_enable,
  },
  {
    id: "anon-other-write",
    tunables: ["anonymous_enable", "write_enable", "anon_other_write_enable"],
    severity: "high",
    when: (c) => anonWrite(c) && c.anon_other_write_enable,
  },
  {
    id: "port-promiscuous",
    tunables: ["port_promiscuous"],
    severity: "high",
    when: (c) => c.port_enable && c.port_promiscuous,
  },
  {
    id: "pasv-promiscuous",
    tunables: ["pasv_promiscuous"],
    severity: "medium",
    when: (c) => c.pasv_enable && c.pasv_promiscuous,
  },
  {
    id: "world-writable",
    tunables: ["anonymous_enable", "write_enable"],
    severity: "medium",
    when: (c, ctx) => anonWrite(c) && worldWritable(ctx.files).length > 0,
    params: (_c, ctx) => ({ dirs: worldWritable(ctx.files).join(", ") }),
  },
  {
    id: "chroot-local",
    tunables: ["chroot_local_user", "local_enable"],
    severity: "medium",
    when: (c) => c.local_enable && !c.chroot_local_user && !c.chroot_list_enable,
  },
  {
    id: "anon-world-readable",
    tunables: ["anonymous_enable", "anon_world_readable_only"],
    severity: "medium",
    when: (c) => anon(c) && !c.anon_world_readable_only,
  },
  {
    id: "login-fails",
    tunables: ["max_login_fails", "delay_failed_login"],
    severity: "medium",
    when: (c) => c.local_enable && (c.max_login_fails > MAX_SANE_LOGIN_FAILS || c.delay_failed_login === 0),
    params: (c) => ({ max: c.max_login_fails, delay: c.delay_failed_login }),
  },
  { id: "anon-enabled", tunables: ["anonymous_enable"], severity: "low", when: anon },
  {
    id: "no-anon-password",
    tunables: ["anonymous_enable", "no_anon_password"],
    severity: "low",
    when: (c) => anon(c) && c.no_anon_password,
  },
  {
    id: "anon-dirlist",
    tunables: ["anonymous_enable", "dirlist_enable"],
    severity: "low",
    when: (c) => anon(c) && c.dirlist_enable,
  },
  { id: "hide-ids", tunables: ["hide_ids"], severity: "low", when: (c) => !c.hide_ids && c.dirlist_enable },
  { id: "ls-recurse", tunables: ["ls_recurse_enable"], severity: "low", when: (c) => c.ls_recurse_enable },
  {
    id: "connect-from-port-20",
    tunables: ["connect_from_port_20"],
    severity: "low",
    when: (c) => c.port_enable && c.connect_from_port_20,
  },
  {
    id: "banner-version",
    tunables: ["ftpd_banner", "banner_file"],
    severity: "low",
    when: (c) => c.ftpd_banner === null && c.banner_file === null,
  },
];

const ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** Every risk the configuration runs, most severe first (table order within a severity). */
export function auditConfig(config: VsftpdConfig, context: AuditContext = {}): Finding[] {
  const ctx: Required<AuditContext> = { files: context.files ?? DEFAULT_FILES };
  return RULES.filter((r) => r.when(config, ctx))
    .map((r): Finding => {
      const demo = demoFor(r.id, config, ctx.files);
      const params = r.params?.(config, ctx);
      return {
        id: r.id,
        tunables: r.tunables,
        severity: r.severity,
        riskKey: `sec.audit.${r.id}.risk`,
        fixKey: `sec.audit.${r.id}.fix`,
        ...(params ? { params } : {}),
        ...(demo ? { demo } : {}),
      };
    })
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
