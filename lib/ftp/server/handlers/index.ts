/** Handler lookup for the command table's `handler` keys. */
import type { HandlerKey } from "../../commands";
import type { ParsedCommand } from "../../parse-command";
import type { Session } from "../types";
import { handleEprt, handleEpsv, handlePasv, handlePort } from "./data-setup";
import {
  handleDele,
  handleMdtm,
  handleMkd,
  handleRmd,
  handleRnfr,
  handleRnto,
  handleSite,
  handleSize,
} from "./files";
import * as info from "./info";
import { handlePass, handleQuit, handleUser } from "./login";
import { handleCdup, handleCwd, handlePwd } from "./nav";
import { handleAuth, handlePbsz, handleProt } from "./tls";
import {
  handleAppe,
  handleList,
  handleNlst,
  handleRetr,
  handleStatFile,
  handleStor,
  handleStou,
} from "./xfer";

export type Handler = (s: Session, arg: string, cmd: ParsedCommand) => void;

export const HANDLERS: Readonly<Record<HandlerKey, Handler>> = {
  user: handleUser,
  pass: handlePass,
  quit: handleQuit,
  feat: info.handleFeat,
  opts: info.handleOpts,
  pwd: handlePwd,
  cwd: handleCwd,
  cdup: handleCdup,
  pasv: handlePasv,
  epsv: handleEpsv,
  port: handlePort,
  eprt: handleEprt,
  retr: handleRetr,
  stor: handleStor,
  appe: handleAppe,
  stou: handleStou,
  list: handleList,
  nlst: handleNlst,
  noop: info.handleNoop,
  syst: info.handleSyst,
  help: info.handleHelp,
  type: info.handleType,
  mode: info.handleMode,
  stru: info.handleStru,
  mkd: handleMkd,
  rmd: handleRmd,
  dele: handleDele,
  rnfr: handleRnfr,
  rnto: handleRnto,
  size: handleSize,
  mdtm: handleMdtm,
  site: handleSite,
  abor: info.handleAbor,
  rest: info.handleRest,
  stat: (s, arg) => (arg === "" ? info.handleStatus(s) : handleStatFile(s, arg)),
  allo: info.handleAllo,
  auth: handleAuth,
  pbsz: handlePbsz,
  prot: handleProt,
  notImplemented: info.handleNotImplemented,
};
