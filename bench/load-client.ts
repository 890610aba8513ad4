import autocannon from 'autocannon';

/**
 * The respondents' side of the submissions bench, in a process of its own: respondents are other
 * machines, and a load generator on the server's event loop delays every database round trip of
 * the server it measures (by 20 ms a turn at 20 connections, measured). Reads
 * `{ url, paths, body, connections }` as JSON on stdin; prints autocannon's result as JSON.
 */
const input = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as {
  url: string;
  paths: string[];
  body: string;
  connections: number;
};
let next = 0;
const result = await autocannon({
  url: input.url,
  connections: input.connections,
  amount: input.paths.length,
  requests: [
    {
      method: 'POST',
      setupRequest: (req) => ({ ...req, path: input.paths[next++ % input.paths.length], headers: { 'content-type': 'application/json' }, body: input.body }),
    },
  ],
});
process.stdout.write(JSON.stringify(result));
