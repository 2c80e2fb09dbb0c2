// The baseline for the live-session bench: a bare `ws` server that echoes every message back,
// in a child process like the Tandem server, so both are measured the same way.
import http from 'node:http';
import { WebSocketServer } from 'ws';

const server = http.createServer((_request, response) => response.end('ok'));
const sockets = new WebSocketServer({ server });
sockets.on('connection', (socket) => socket.on('message', (data) => socket.send(data)));
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');

process.once('SIGTERM', () => process.exit(0));
