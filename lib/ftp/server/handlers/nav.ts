/** PWD, CWD and CDUP, with dirmessage_enable's `.message` shown the first time a directory is entered. */
import { ReplyCode } from "../../reply-codes";
import { fileBytes } from "../../../vfs/node";
import { bytesLatin1 } from "../../../util/bytes";
import type { Session } from "../types";
import { quote257, resolveTilde, textLines } from "./text";

export const cwdText = (s: Session): string => "/" + s.cwd.join("/");

export const handlePwd = (s: Session): void =>
  s.reply(ReplyCode.PathName, `${quote257(cwdText(s))} is the current directory`);

export function handleCwd(s: Session, arg: string): void {
  changeDir(s, resolveTilde(arg, s.home));
}

export const handleCdup = (s: Session): void => changeDir(s, "..");

function changeDir(s: Session, path: string): void {
  const view = s.fsView;
  const r = view ? view.chdir(s.cwd, path) : null;
  if (!r?.ok) {
    s.reply(ReplyCode.FileUnavailable, "Failed to change directory.", {
      key: "server.cwdFailed",
      params: { reason: r?.err ?? "ENOENT" },
    });
    return;
  }
  s.cwd = [...r.value];
  const message = dirMessage(s);
  s.replyPrefixed(ReplyCode.FileActionOk, message, "Directory successfully changed.");
}

/** The lines of message_file in the new directory, once per directory per session. */
function dirMessage(s: Session): string[] {
  if (!s.cfg.dirmessage_enable || !s.fsView) return [];
  const where = cwdText(s);
  if (s.visitedDirs.has(where)) return [];
  s.visitedDirs.add(where);
  const f = s.fsView.openRead(s.cwd, s.cfg.message_file ?? ".message");
  if (!f.ok || f.value.kind !== "file") return [];
  return textLines(bytesLatin1(fileBytes(f.value)));
}
