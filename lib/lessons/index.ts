/**
 * The course, in teaching order: ten FTP lessons, the five security lessons (lib/lessons/security:
 * anonymous FTP, dangerous settings, sniffing, the bounce attack, footprinting), then TFTP as the
 * contrast. This is the one registry the lessons panel lists.
 */
import { asciiBinary, resume } from "./transfer";
import { activeMode, passiveMode } from "./modes";
import { clientNat, firewallAlg, serverNat } from "./nat";
import { everydayCommands, replyClasses, twoConnections } from "./basics";
import { SECURITY_LESSONS } from "./security";
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
  ...SECURITY_LESSONS,
  tftpVsFtp,
];

export const lessonById = (id: string): Lesson | undefined => LESSONS.find((l) => l.id === id);
