/** The `ftp>` client engine: createClient for drivers, the command table for help and completion. */
export { createClient, PROMPT, type ClientOptions, type ClientState, type FtpClient } from "./engine";
export { COMMANDS, completions, editDistance, lookup, suggest, type CommandSpec, type Lookup } from "./table";
export { splitWords } from "./argv";
export type { TransferType } from "./types";
