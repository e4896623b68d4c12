// The baseline: the smallest Node HTTP server that reads each request and answers it with one
// fixed response (the mock's own status, headers and body for the operation being measured).
// What the mock costs beyond this is the cost of being a mock. Prints its port when listening.
'use strict';
const http = require('node:http');
const fs = require('node:fs');

const { status, headers, body } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const payload = Buffer.from(body, 'utf8');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(status, { ...headers, 'content-length': payload.length });
    res.end(payload);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
