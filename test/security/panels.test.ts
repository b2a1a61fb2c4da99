/**
 * The two panels rendered to static HTML (no browser here: the workbench mounts them; see the report):
 * the audit lists findings with severity as icon and text and a "Show me" button per demo; the
 * eavesdropper view shows PASS alumno123 highlighted without TLS and only opaque records with it.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AuditPanel } from "@/components/security/audit-panel";
import { EavesdropPanel } from "@/components/security/eavesdrop-panel";
import { simulate } from "@/lib/sim/session";

const DANGEROUS =
  "listen=YES\nanonymous_enable=YES\nwrite_enable=YES\nanon_upload_enable=YES\nport_promiscuous=YES\n";

describe("AuditPanel", () => {
  it("lists findings of a dangerous config with severity icon and word, risk, fix and Show me", () => {
    const html = renderToStaticMarkup(
      createElement(AuditPanel, { configText: DANGEROUS, lang: "en", onRunDemo: () => {} }),
    );
    expect(html).toContain('data-finding="anon-upload"');
    expect(html).toContain('data-finding="port-promiscuous"');
    expect(html).toMatch(/✖ <\/span>High/);
    expect(html).toContain("Anyone can upload files without an account");
    expect(html).toContain("Set anon_upload_enable=NO");
    expect(html).toContain(">Show me</button>");
  });

  it("speaks Spanish and reports a configuration vsftpd would refuse", () => {
    expect(
      renderToStaticMarkup(
        createElement(AuditPanel, { configText: DANGEROUS, lang: "es", onRunDemo: () => {} }),
      ),
    ).toContain("Muéstramelo");
    expect(
      renderToStaticMarkup(
        createElement(AuditPanel, { configText: "bogus=1\n", lang: "en", onRunDemo: () => {} }),
      ),
    ).toContain(
      "vsftpd would refuse this configuration: 500 OOPS: unrecognised variable in config file: bogus",
    );
  });
});

describe("EavesdropPanel", () => {
  const session = (ssl: boolean) =>
    simulate({
      topology: "client-nat",
      server: { config: `listen=YES\nlocal_enable=YES\nssl_enable=${ssl ? "YES" : "NO"}\n` },
      client: { ssl },
      commands: ["open server", "user alumno alumno123"],
    }).trace;

  it("shows PASS alumno123 in clear, highlighted, per link, next to the masked typed line", () => {
    const html = renderToStaticMarkup(
      createElement(EavesdropPanel, { trace: session(false), topology: "client-nat", lang: "en" }),
    );
    expect(html).toContain('data-link="client-lan"');
    expect(html).toContain('data-link="internet"');
    expect(html).toMatch(/<mark[^>]*>PASS alumno123<\/mark>/);
    expect(html).toContain("user alumno ********");
  });

  it("shows only opaque TLS records after AUTH TLS", () => {
    const html = renderToStaticMarkup(
      createElement(EavesdropPanel, { trace: session(true), topology: "client-nat", lang: "en" }),
    );
    expect(html).not.toContain("PASS alumno123");
    expect(html).toContain("TLS, 517 bytes: Handshake: ClientHello");
    expect(html).toMatch(/TLS, \d+ bytes: Application Data/);
    expect(html).toContain("No credential readable in clear.");
  });
});
