// A LINE API stand-in for the bench: 200 {} to every POST, no validation, so it never limits a bot.
import { createServer } from 'node:http';

let posts = 0;
const server = createServer((req, res) => {
  // Counted so the bench can check each bot really sent one reply per event.
  if (req.method === 'GET' && req.url === '/__bench/count') {
    res.end(JSON.stringify({ posts }));
    return;
  }
  if (req.method === 'POST') posts++;
  // Drain the body so the keep-alive socket stays usable, then answer like a successful reply.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '2' });
    res.end('{}');
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${server.address().port}\n`));
// Dies with the bench: the bench holds stdin open.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
