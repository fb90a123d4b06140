// SPDX-License-Identifier: GPL-3.0-or-later
// fountain-js parsing a screenplay in-process: median milliseconds per parse over N runs.
// usage: node fountainjs-parse.cjs PEERS_DIR FILE [RUNS]
const path = require('path');
const fs = require('fs');
const { Fountain } = require(path.resolve(process.argv[2], 'node_modules', 'fountain-js'));
const text = fs.readFileSync(process.argv[3], 'utf8');
const runs = Number(process.argv[4] || 100);
const parser = new Fountain();
for (let i = 0; i < 10; ++i) parser.parse(text, true); // warm up the JIT
const times = [];
for (let i = 0; i < runs; ++i) {
    const t0 = process.hrtime.bigint();
    parser.parse(text, true);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(3));
