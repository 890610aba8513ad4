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
const started = performance.now();
let lastResponse = started;
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: input.url,
      connections: input.connections,
      amount: input.paths.length,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({
            ...req,
            path: input.paths[next++ % input.paths.length],
            headers: { 'content-type': 'application/json' },
            body: input.body,
          }),
        },
      ],
    },
    (error, done) => (error ? reject(error) : resolve(done)),
  );
  instance.on('response', () => (lastResponse = performance.now()));
});
// autocannon notices that the last request has answered only at its next one-second sample, so
// its own duration is whole seconds rounded up (500 submissions in about 3.4 s said 4.01 s): the time
// to the last response instead.
process.stdout.write(JSON.stringify({ ...result, duration: (lastResponse - started) / 1000 }));
