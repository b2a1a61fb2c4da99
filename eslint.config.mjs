import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The simulation core is deterministic: time and randomness are inputs, never ambient.
const nondeterministic = [
  { name: "window", message: "lib/ is DOM-free: pass what you need in as data." },
  { name: "document", message: "lib/ is DOM-free: pass what you need in as data." },
  { name: "setTimeout", message: "lib/ has no timers: the scheduler's simulated clock is the only time." },
  { name: "setInterval", message: "lib/ has no timers: the scheduler's simulated clock is the only time." },
  { name: "localStorage", message: "lib/ is sans-I/O." },
  { name: "fetch", message: "lib/ is sans-I/O." },
];

// The layers, guarded by import/no-restricted-paths (it resolves files, so "@/…" and "../…" are caught alike).
// One zone list per group of files: ESLint keeps only the last setting of a rule for a file, so each
// block repeats the zones of the wider blocks it narrows.
const zone = (target, from, message) => ({ target, from, message });
const libUpward = ["./components", "./app", "./scripts", "./bench"].map((from) =>
  zone("./lib", from, "lib/ is the pure core: it never imports the UI, routes, scripts or benchmarks."),
);
const nodeOnly = (target) =>
  zone(target, "./lib/node", "Node-only code (lib/node) never enters the browser bundle.");
const netBelowSessions = [
  "./lib/ftp/server",
  "./lib/ftp/client",
  "./lib/ftp/io.ts",
  "./lib/tftp",
  "./lib/sim",
].map((from) =>
  zone(
    "./lib/net",
    from,
    "lib/net is below the protocol engines: shared types live in lib/util (SockAddr, NoteRef).",
  ),
);
const engineBelowSim = ["./lib/ftp"].map((target) =>
  zone(
    target,
    "./lib/sim",
    "The protocol engines are below the simulation: pass what they need in as options.",
  ),
);
// The opener table (lib/sim/session.ts) is above both protocols; the kernel is below both worlds.
const openerAbove = [
  "./lib/tftp",
  "./lib/sim/kernel",
  "./lib/sim/simulation.ts",
  "./lib/sim/ftp-session.ts",
].map((target) =>
  zone(target, "./lib/sim/session.ts", "lib/sim/session.ts opens every protocol: nothing below imports it."),
);
const restrictedPaths = (zones) => ["error", { zones }];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "out/**", "coverage/**", "test-results/**", "next-env.d.ts"],
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/node/**"],
    rules: {
      "no-restricted-globals": ["error", ...nondeterministic],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Time is an input of the simulation (scenario clock)." },
        {
          object: "Math",
          property: "random",
          message: "Randomness comes from the scenario's seeded generator.",
        },
        { object: "performance", property: "now", message: "Time is an input of the simulation." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "new Date() reads the wall clock; time is an input.",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "net", "path", "os", "child_process", "react", "react-dom", "d3"].map((name) => ({
            name,
            message: "lib/ is pure and browser/Node neutral (Node adapters live in lib/node/).",
          })),
          patterns: [
            {
              group: ["node:*", "d3-*", "@xterm/*"],
              message: "lib/ is pure and browser/Node neutral (Node adapters live in lib/node/).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/node/*", "**/lib/node/*", "node:*"],
              message: "Node-only code never enters the browser bundle.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts", "components/**/*.{ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["lib/node/**/*.ts"],
    rules: { "import/no-restricted-paths": restrictedPaths(libUpward) },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/node/**"],
    rules: {
      "import/no-restricted-paths": restrictedPaths([
        ...libUpward,
        nodeOnly("./lib"),
        ...netBelowSessions,
        ...engineBelowSim,
        ...openerAbove,
      ]),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": restrictedPaths([nodeOnly("./components"), nodeOnly("./app")]),
    },
  },
];

export default config;
