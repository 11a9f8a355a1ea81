/** What the CLI touches of the world besides files, so a test can stand in for it. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly fetch: typeof fetch;
  /** Whether stderr is a terminal: progress redraws one line there, and prints whole lines elsewhere. */
  readonly interactive: boolean;
}

/** Exit statuses, so a script can tell a tampered bundle from a mistyped command. */
export const EXIT = { ok: 0, verificationFailed: 1, usage: 2, exportFailed: 3, internal: 70 } as const;
