import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
const file = process.argv[2];
const code = readFileSync(file, 'utf8').split('\n');
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const parts = {};
decode(map.mappings).forEach((segs, li) => {
  const line = code[li] ?? '';
  segs.forEach((seg, i) => {
    const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
    const src = seg.length > 1 ? map.sources[seg[1]] : '(none)';
    parts[src] = (parts[src] ?? '') + line.slice(seg[0], end);
  });
});
for (const [s, t] of Object.entries(parts).sort((a, b) => b[1].length - a[1].length)) console.log(String(t.length).padStart(7), String(gzipSync(t,{level:9}).length).padStart(6), s);
if (process.argv[3]) console.log(parts[process.argv[3]]);
