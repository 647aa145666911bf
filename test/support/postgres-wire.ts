// A database that answers one query over the real Postgres wire protocol (v3), so a Worker using `pg`
// through a Hyperdrive binding can be booted without a Postgres install (CI has none).
import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';

function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}

const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}
const cstring = (s: string) => Buffer.from(`${s}\0`);

/** RowDescription + one DataRow per row + CommandComplete, every column `text`. */
function result(columns: string[], rows: string[][]): Buffer {
  const fields = columns.map((c) =>
    Buffer.concat([cstring(c), int32(0), int16(0), int32(25), int16(-1), int32(-1), int16(0)]),
  );
  return Buffer.concat([
    message('T', Buffer.concat([int16(columns.length), ...fields])),
    ...rows.map((row) =>
      message(
        'D',
        Buffer.concat([
          int16(row.length),
          ...row.map((v) => Buffer.concat([int32(Buffer.byteLength(v)), Buffer.from(v)])),
        ]),
      ),
    ),
    message('C', cstring(`SELECT ${rows.length}`)),
  ]);
}

const READY = message('Z', Buffer.from('I'));

function serve(socket: Socket, answer: Buffer, queries: string[]): void {
  let pending = Buffer.alloc(0);
  let started = false;
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      // The startup packet (and an SSLRequest) has no type byte; every later message has one.
      const head = started ? 1 : 0;
      if (pending.length < head + 4) return;
      const size = head + pending.readInt32BE(head);
      if (pending.length < size) return;
      const packet = pending.subarray(0, size);
      pending = pending.subarray(size);
      if (!started) {
        if (packet.readInt32BE(4) === 80877103) {
          socket.write('N'); // SSLRequest: no TLS here; the client then sends its startup packet.
          continue;
        }
        started = true;
        socket.write(Buffer.concat([message('R', int32(0)), READY])); // AuthenticationOk, idle.
      } else if (packet[0] === 0x51 /* Q */) {
        queries.push(packet.subarray(5, -1).toString());
        socket.write(Buffer.concat([answer, READY]));
      } else if (packet[0] === 0x58 /* X: Terminate */) socket.end();
    }
  });
}

export interface FakePostgres {
  url: string;
  /** The SQL text of every simple query received. */
  queries: string[];
  close(): Promise<void>;
}

/** Answers every simple query with `rows` under `columns`. */
export async function fakePostgres(columns: string[], rows: string[][]): Promise<FakePostgres> {
  const queries: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, result(columns, rows), queries);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `postgres://shop:shop@127.0.0.1:${port}/shop`,
    queries,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
