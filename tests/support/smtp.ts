import net from 'node:net';

/**
 * A small SMTP server for tests: it speaks enough of RFC 5321 for nodemailer to deliver, accepts
 * every recipient except those given, which it refuses for good ("550 no such user") as a real
 * server refuses an address that does not exist.
 */
export async function startSmtpServer(refused: string[]): Promise<{ url: string; delivered: string[]; close(): Promise<void> }> {
  const delivered: string[] = [];
  const refuse = new Set(refused.map((r) => r.toLowerCase()));
  const server = net.createServer((socket) => {
    let inData = false;
    let recipients: string[] = [];
    let buffer = '';
    socket.write('220 test.localhost ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            delivered.push(...recipients);
            recipients = [];
            socket.write('250 OK queued\r\n');
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250 test.localhost\r\n');
        else if (command === 'MAIL') socket.write('250 OK\r\n');
        else if (command === 'RCPT') {
          const address = (line.match(/<([^>]*)>/)?.[1] ?? '').toLowerCase();
          if (refuse.has(address)) socket.write('550 5.1.1 <' + address + '>: no such user\r\n');
          else {
            recipients.push(address);
            socket.write('250 OK\r\n');
          }
        } else if (command === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (command === 'RSET') {
          recipients = [];
          socket.write('250 OK\r\n');
        } else if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
