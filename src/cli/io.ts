/** What a command may touch of the process: its output streams, folder and environment. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /**
   * Whether standard output is a terminal: the review is then text (colour where
   * `wantsColour` allows) rather than Markdown. Absent: not a terminal.
   */
  readonly stdoutIsTerminal?: boolean;
  /** Whether standard error is a terminal: progress is shown only then. Absent: not one. */
  readonly stderrIsTerminal?: boolean;
}
