#!/usr/bin/env node
// The `frontline` command (`pnpm frontline <stage>`, `npx frontline <stage>`): a name no pnpm version takes for a
// built-in. It registers tsx, resolved from this package whatever the working directory, then runs the TypeScript
// entry in this process, so signals and exit codes are the CLI's own.
import { register } from 'tsx/esm/api';

process.env.FRONTLINE_COMMAND = 'frontline'; // how help and error messages name the command (src/command.ts)
register();
await import('../src/main.ts');
