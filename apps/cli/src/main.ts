#!/usr/bin/env node
import { EXIT } from './cli-io';
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  fetch: globalThis.fetch,
  interactive: process.stderr.isTTY === true,
}).then(
  (status) => (process.exitCode = status),
  (error: unknown) => {
    process.stderr.write(`rtop: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
