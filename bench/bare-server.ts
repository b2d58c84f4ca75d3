import Fastify from 'fastify';

/**
 * The yardstick for GET /api/exercises: a bare Fastify route that answers the very same bytes
 * from memory, with no database, validation, metrics or logging. Run as its own process, like
 * the real server, so both are measured on equal terms.
 */
const [port, url] = [Number(process.argv[2]), process.argv[3]];
if (!port || !url) throw new Error('usage: bare-server.ts <port> <url-to-copy>');
const body = await (await fetch(url)).text();
const app = Fastify({ logger: false });
app.get('/api/exercises', (_request, reply) => {
  void reply.type('application/json; charset=utf-8').send(body);
});
await app.listen({ port, host: '127.0.0.1' });
console.log('ready');
