/**
 * AUTH, PBSZ and PROT (RFC 4217) as vsftpd's ssl.c answers them. Each one exists only with ssl_enable:
 * before login prelogin.c otherwise answers 530 like any unknown verb. After 234 the session emits
 * `startTls`: the driver runs the (modelled) handshake and the control bytes become TLS records.
 */
import { ReplyCode } from "../../reply-codes";
import { asciiUpper } from "../../parse-command";
import type { Session } from "../types";

const AUTH_TYPES: ReadonlySet<string> = new Set(["TLS", "TLS-C", "SSL", "TLS-P"]);

/** Pre-login without ssl_enable (or AUTH twice): vsftpd's catch-all 530. */
function notKnownHere(s: Session): void {
  if (s.loggedIn) s.reply(ReplyCode.BadCommand, "Unknown command.", { key: "server.unknownCommand" });
  else s.reply(ReplyCode.NotLoggedIn, "Please login with USER and PASS.", { key: "server.loginFirst" });
}

export function handleAuth(s: Session, arg: string): void {
  if (!s.cfg.ssl_enable || s.tls) return notKnownHere(s);
  if (!AUTH_TYPES.has(asciiUpper(arg))) return s.reply(ReplyCode.BadParameter, "Unknown AUTH type.");
  s.reply(ReplyCode.AuthOk, "Proceed with negotiation.", { key: "sec.tls.proceed" });
  s.emit({ type: "startTls" });
  s.tls = true;
}

export function handlePbsz(s: Session): void {
  if (!s.cfg.ssl_enable) return notKnownHere(s);
  if (!s.tls) return s.reply(ReplyCode.BadSequence, "PBSZ needs a secure connection.");
  s.reply(ReplyCode.CommandOk, "PBSZ set to 0.");
}

/** PROT letters and vsftpd's answers (S and E exist in RFC 2228 but vsftpd does not do them). */
const PROT: Readonly<Record<string, readonly [ReplyCode, string]>> = {
  C: [ReplyCode.CommandOk, "PROT now Clear."],
  P: [ReplyCode.CommandOk, "PROT now Private."],
  S: [ReplyCode.ProtectionNotSupported, "PROT not supported."],
  E: [ReplyCode.ProtectionNotSupported, "PROT not supported."],
};

export function handleProt(s: Session, arg: string): void {
  if (!s.cfg.ssl_enable) return notKnownHere(s);
  if (!s.tls) return s.reply(ReplyCode.BadSequence, "PROT needs a secure connection.");
  const [code, text] = PROT[asciiUpper(arg)] ?? [ReplyCode.BadParameter, "PROT not recognized."];
  // The simulation encrypts only the control connection: say so when data protection is asked for.
  s.reply(code, text, asciiUpper(arg) === "P" ? { key: "sec.tls.protNotModelled" } : undefined);
}

/**
 * USER's encryption policy (prelogin.c, after the anonymous-only check): who must or may not use TLS.
 * Rows are checked in order; `exit` ones end the session as vsftpd_cmdio_write_exit does.
 */
const POLICY: readonly {
  when: (s: Session, anon: boolean) => boolean;
  text: string;
  exit: boolean;
}[] = [
  {
    when: (s, anon) => anon && s.tls && !s.cfg.allow_anon_ssl && !s.cfg.force_anon_logins_ssl,
    text: "Anonymous sessions may not use encryption.",
    exit: false,
  },
  {
    when: (s, anon) => s.cfg.ssl_enable && !anon && !s.tls && s.cfg.force_local_logins_ssl,
    text: "Non-anonymous sessions must use encryption.",
    exit: true,
  },
  {
    when: (s, anon) => s.cfg.ssl_enable && anon && !s.tls && s.cfg.force_anon_logins_ssl,
    text: "Anonymous sessions must use encryption.",
    exit: true,
  },
];

/** True when USER was refused for its encryption policy (the reply is sent). */
export function refusedByTlsPolicy(s: Session, anon: boolean): boolean {
  const row = POLICY.find((p) => p.when(s, anon));
  if (!row) return false;
  s.reply(ReplyCode.NotLoggedIn, row.text, { key: "sec.tls.policy", params: { text: row.text } });
  s.userStr = "";
  if (row.exit) s.close();
  return true;
}
