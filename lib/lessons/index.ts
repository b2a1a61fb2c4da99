/**
 * The course, in teaching order: twelve FTP lessons, then TFTP as the contrast. Anonymous FTP and the dangerous settings are
 * the security lessons' own (lib/lessons/security), so the course and the security panel agree.
 */
import { asciiBinary, resume } from "./transfer";
import { activeMode, passiveMode } from "./modes";
import { clientNat, firewallAlg, serverNat } from "./nat";
import { everydayCommands, replyClasses, twoConnections } from "./basics";
import { anonymousLesson } from "./security/anonymous";
import { settingsLesson } from "./security/settings";
import { tftpVsFtp } from "./tftp-vs-ftp";
import type { Lesson } from "./types";

export type { Lesson, LessonInput, LessonStep, SettingsChange } from "./types";

export const LESSONS: readonly Lesson[] = [
  twoConnections,
  replyClasses,
  everydayCommands,
  activeMode,
  passiveMode,
  clientNat,
  firewallAlg,
  serverNat,
  asciiBinary,
  resume,
  anonymousLesson,
  settingsLesson,
  tftpVsFtp,
];

export const lessonById = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
