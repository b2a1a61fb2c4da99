/**
 * How the terminal looks. Colours are chosen for contrast on the dark background (each ANSI colour
 * we use is at least 4.5:1 against it), and every colour also has a text marker (screen.ts).
 */
import type { ITerminalOptions } from "@xterm/xterm";

export const TERMINAL_OPTIONS: ITerminalOptions = {
  fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace',
  fontSize: 14,
  lineHeight: 1.15,
  cursorBlink: true,
  convertEol: false,
  // Ctrl+C and friends must reach our line editor; the menu's copy uses the selection.
  macOptionIsMeta: true,
  theme: {
    background: "#0d1117",
    foreground: "#e6edf3",
    cursor: "#e6edf3",
    selectionBackground: "#3b5070",
    black: "#0d1117",
    red: "#ff7b72",
    green: "#7ee787",
    yellow: "#e3b341",
    blue: "#79c0ff",
    magenta: "#d2a8ff",
    cyan: "#56d4dd",
    white: "#e6edf3",
    brightBlack: "#9da7b3",
    brightRed: "#ffa198",
    brightGreen: "#aff5b4",
    brightYellow: "#f2cc60",
    brightBlue: "#a5d6ff",
    brightMagenta: "#e2c5ff",
    brightCyan: "#b3f0ff",
    brightWhite: "#ffffff",
  },
};
