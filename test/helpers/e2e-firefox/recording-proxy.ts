// Firefox's proxy for the tests: every request that no tab interception answered ends here, is
// recorded and refused. Tab interception does not see the background page, nor Firefox's own
// services, so this is how the suite knows that nothing at all reached the network.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** `https://host:port` for tunnels (CONNECT), the full URL for plain HTTP, in order. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    attempts.push(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request: IncomingMessage, socket: Socket) => {
    attempts.push(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
