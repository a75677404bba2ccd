#!/usr/bin/env node
// The CLI runs from the committed bundle, like the Action: no build step before first use.
import '../dist/cli.js';
