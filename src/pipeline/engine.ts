// How a build process sets up V8 before it builds: the command (cli.ts) and the benchmark (bench/build-once.ts) call
// `tuneEngineForBuild` first, so that the benchmark measures what the command does. The settings are process-wide and
// reach the worker threads too; a program that calls `buildGraph` itself keeps its own.

import v8 from "node:v8";

/**
 * V8 optimises a function once it has run some amount of bytecode, its interrupt budget: 67,584 bytes by default, a
 * setting for short-lived web pages. The per-document stages are large functions run over thousands of documents;
 * optimised after the first few, they meet paths those did not take, are deoptimised, and compiled again: on the
 * benchmark corpus (bench/RESULTS.md), 476 TurboFan compilations of 321 functions per thread, 196 deoptimisations and
 * 5.0 s of compiling, 2.8 s of it recompiling ("interpret" 5 times, "findMentions" 7). With a budget 15 times as
 * large, functions are optimised later, with fuller type feedback: 182 compilations of 140 functions, 55
 * deoptimisations, 1.6 s. A 2-thread build of that corpus then takes 8.4–8.8 s instead of 9.1–9.4 s, with 12% less
 * CPU time, on the 2-core development machine.
 */
export const BUILD_INTERRUPT_BUDGET = 1_000_000;

/**
 * Sets V8's flags for a build: call it before the build's first function runs (a function's budget is set when it
 * is first run). Changes the whole process, so only an entry point (the command, the benchmark) calls it.
 */
export function tuneEngineForBuild(): void {
  v8.setFlagsFromString(`--interrupt-budget=${BUILD_INTERRUPT_BUDGET}`);
}
