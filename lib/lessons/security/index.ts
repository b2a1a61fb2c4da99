/** The security lessons, in teaching order. */
import { anonymousLesson } from "./anonymous";
import { bounceLesson } from "./bounce";
import { footprintingLesson } from "./footprinting";
import type { Lesson } from "./lesson";
import { settingsLesson } from "./settings";
import { sniffingLesson } from "./sniffing";

export type { Lesson, LessonStep } from "./lesson";

export const SECURITY_LESSONS: readonly Lesson[] = [
  anonymousLesson,
  settingsLesson,
  sniffingLesson,
  bounceLesson,
  footprintingLesson,
];
