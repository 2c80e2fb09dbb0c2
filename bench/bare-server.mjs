// The baseline: the least an HTTP server on Node can do. Started by the bench as a child
// process, like the Tandem server, so both are measured the same way.
import http from 'node:http';

const body = JSON.stringify({ hello: 'world' });

http
  .createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(body);
  })
  .listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');

process.once('SIGTERM', () => process.exit(0));
