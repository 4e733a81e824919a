// Decode an ESC/POS file with the npm package npos (not written by us) and print a JSON
// summary: the command list (ascii name + function char), text entries and raster sizes.
'use strict';
const fs = require('fs');
const npos = require('npos');

const buffer = fs.readFileSync(process.argv[2]);
npos.parser().parse(buffer).then((ast) => {
  const commands = ast.tree.map((node) => ({
    ascii: node.ascii, fn: node.fn === undefined ? null : String(node.fn),
    offset: node.offset, length: node.length,
  }));
  const entries = (ast.entries || []).map((entry) => {
    if (entry.type === 'raster') {
      const image = entry.data;
      return { type: 'raster', width: image.width, height: image.height };
    }
    if (Buffer.isBuffer(entry.data)) {
      return { type: entry.type, text: entry.data.toString('latin1') };
    }
    return { type: entry.type };
  });
  process.stdout.write(JSON.stringify({ error: ast.error ? String(ast.error) : null,
    commands, entries }));
}).catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
