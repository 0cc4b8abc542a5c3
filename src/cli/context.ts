import type { Readable, Writable } from 'node:stream';

/** What the CLI touches of the outside world, injected so tests can run it in-process. */
export interface CliContext {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  stdinIsTTY: boolean;
  /** colours allowed: stdout is a terminal and NO_COLOR is unset. */
  colour: boolean;
  setExitCode(code: number): void;
}
