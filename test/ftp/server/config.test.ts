import { describe, expect, it } from "vitest";
import { defaultConfig, parseConfig } from "@/lib/ftp/server/config";

describe("vsftpd.conf parsing", () => {
  it("applies vsftpd's defaults and reads values", () => {
    const r = parseConfig(
      "# comment\n\nlisten_port=2121\nwrite_enable=yes\nlocal_umask=022\npasv_address=10.0.0.5\n",
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.listen_port).toBe(2121);
    expect(r.config.write_enable).toBe(true);
    expect(r.config.local_umask).toBe(0o22);
    expect(r.config.pasv_address).toBe("10.0.0.5");
    expect(r.config.idle_session_timeout).toBe(300);
    expect(defaultConfig().pasv_enable).toBe(true);
  });

  it("refuses an unknown name the way vsftpd does", () => {
    const r = parseConfig("listen=YES\nfoo=bar\n");
    expect(r).toEqual({
      ok: false,
      error: {
        line: 2,
        text: "foo=bar",
        reason: "unrecognised",
        oops: "500 OOPS: unrecognised variable in config file: foo",
      },
    });
  });

  it("refuses a bad boolean and a missing value", () => {
    const bad = parseConfig("anonymous_enable=maybe");
    expect(!bad.ok && bad.error.oops).toBe("500 OOPS: bad bool value in config file for: anonymous_enable");
    const missing = parseConfig("ftpd_banner=");
    expect(!missing.ok && missing.error.reason).toBe("missingValue");
    const spaced = parseConfig("listen = YES");
    expect(!spaced.ok && spaced.error.reason).toBe("unrecognised");
  });

  it("never throws on arbitrary text", () => {
    for (const t of ["=", "==", "\u0000", "a=b=c", "#x\n=YES", "listen_port=-5", "max_clients=abc"]) {
      expect(() => parseConfig(t)).not.toThrow();
    }
  });
});
