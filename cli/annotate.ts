#!/usr/bin/env -S npx tsx
/** Entry point of the `annotate` command (`npm run --silent annotate -- FILE`). */
import { main } from "./main";

process.exitCode = main(process.argv.slice(2));
