#!/usr/bin/env node
import { isatty } from 'node:tty';
import { validateEnvironment } from '@rtop/config';
import { EXIT } from './cli-io';
import { runCli } from './run-cli';

// The settings the command shares with the services (its store, RTOP_TOKEN) are checked as theirs
// are: a wrong one stops it before it starts, named (docs/configuration.md).
validateEnvironment(process.env);
void runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  fetch: globalThis.fetch,
  interactive: isatty(process.stderr.fd),
}).then(
  (status) => (process.exitCode = status),
  (error: unknown) => {
    process.stderr.write(`rtop: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
