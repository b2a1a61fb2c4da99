/**
 * Ctrl+D on an empty line, as a typed item: the byte a terminal's keyboard sends for it (EOT, 0x04).
 * The terminal's line editor never puts a control character into a typed line, so a line that is this
 * byte alone can only be end of input; scenarios, share links and saved sessions carry it as it is.
 */
export const END_OF_INPUT = "\x04";

/** The echo a terminal shows for it, and how a typed Ctrl+D is written in the trace. */
export const END_OF_INPUT_ECHO = "^D";
