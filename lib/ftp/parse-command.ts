/**
 * Control-line framing and parsing the way vsftpd does it: a line ends at LF (a CR just before it is
 * dropped, any other CR stays), the verb is everything before the first space, uppercased, and the
 * argument is the rest, verbatim. There is no Telnet processing: IAC bytes stay part of the verb.
 * A line that has no LF within 4096 bytes is "too long" and ends the session.
 */
export const MAX_LINE = 4096;

export interface ParsedCommand {
  readonly verb: string;
  readonly arg: string;
  /** Whether a space separated verb and argument ("PASS" vs "PASS "). */
  readonly hasArg: boolean;
}

/** Splits one line (without its LF) like vsftpd's str_split_char(' ') + str_upper(). */
export function parseCommand(line: string): ParsedCommand {
  const text = line.endsWith("\r") ? line.slice(0, -1) : line;
  const sp = text.indexOf(" ");
  const rawVerb = sp < 0 ? text : text.slice(0, sp);
  // NUL cannot live in vsftpd's C strings; it behaves like a line break inside the verb (never matches).
  const verb = asciiUpper(rawVerb).replace(/\0/g, "\n");
  return { verb, arg: sp < 0 ? "" : text.slice(sp + 1), hasArg: sp >= 0 };
}

/** toupper() in the C locale: only a–z change. */
export const asciiUpper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());

export type Framed = { readonly lines: string[]; readonly rest: string; readonly tooLong: boolean };

/** Takes buffered control bytes (latin1 text) and returns the complete lines and what remains. */
export function frameLines(buffer: string): Framed {
  const lines: string[] = [];
  let rest = buffer;
  for (;;) {
    const lf = rest.indexOf("\n");
    if (lf < 0) return { lines, rest, tooLong: rest.length >= MAX_LINE };
    if (lf >= MAX_LINE) return { lines, rest, tooLong: true };
    lines.push(rest.slice(0, lf));
    rest = rest.slice(lf + 1);
  }
}
