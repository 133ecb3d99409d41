#!/usr/bin/env node
// The `newsgraph` command: runs the TypeScript CLI through tsx, so that `npx newsgraph` works
// from a fresh clone after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
