/** Small text helpers shared by handlers. */

/** Lines of a text file, without a trailing empty line. */
export function textLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** vsftpd's resolve_tilde(): a leading "~" or "~/" means the login directory. */
export function resolveTilde(arg: string, home: string): string {
  if (arg === "~" || arg.startsWith("~/")) return home + arg.slice(1);
  return arg;
}

/** 257 replies double any '"' in the path (RFC 959 appendix II). */
export const quote257 = (path: string): string => `"${path.replace(/"/g, '""')}"`;
