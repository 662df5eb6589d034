/** What a command may do to the outside world; tests pass fakes, dist/cli-script.cjs the real process and files. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}
