// A large working tree's files read in a thread of their own while this thread parses them.
// Opening, reading and closing 100,000 small files takes this thread about as long as
// parsing them; in a second thread, the reading overlaps the parsing. The parsing stays
// synchronous: when it asks for a file not read yet, it waits for the thread's next batch
// (Atomics.wait on a counter the thread raises after each one). A thread that stops answering
// is given up after STALL_MS, and every file it did not send is read here, as without it.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

import { startWorker } from '../threads/start-worker.js';

/** What the thread found of one file: its text, its size when over the limit, or the failure. */
export interface ReadResult {
  size: number;
  /** Absent when the file is over the limit, or could not be read. */
  text?: string;
  error?: { message: string; code?: string };
}

export interface ReadAheadSetup {
  paths: string[];
  /** Files over this many bytes are measured, not read. */
  limit: number;
  /** Files a message carries at most, and characters of text (one file may pass it). */
  batch: number;
  batchBytes: number;
  /** Batches sent and not yet taken by the parsing thread, at most. */
  ahead: number;
  /** Slot 0: batches sent; slot 1: batches taken. */
  flags: SharedArrayBuffer;
  port: MessagePort;
}

/** From this many files on, a load reads them in a thread of its own (see loadAccessRepositorySync). */
export const READ_AHEAD_FROM = 2000;
const BATCH = 256;
const BATCH_CHARACTERS = 4 * 1024 * 1024;
const AHEAD = 8;
const STALL_MS = 5000;

export class ReadAhead {
  private readonly results = new Map<string, ReadResult>();
  private readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;
  private readonly stop: () => void;
  /** Batches and files taken from the thread so far. */
  private received = 0;
  private taken = 0;
  private givenUp = false;

  /** Starts reading `paths` (absolute, in the order they will be asked for). */
  constructor(
    private readonly paths: string[],
    limit: number,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const setup: ReadAheadSetup = {
      paths,
      limit,
      batch: BATCH,
      batchBytes: BATCH_CHARACTERS,
      ahead: AHEAD,
      flags: this.flags.buffer as SharedArrayBuffer,
      port: port2,
    };
    const worker = startWorker('read-worker', new URL('./read-worker.ts', import.meta.url), {
      workerData: setup,
      transferList: [port2],
    });
    worker.unref();
    // An error is seen as silence (see STALL_MS): this thread waits synchronously.
    worker.on('error', () => {});
    this.stop = () => {
      this.port.close();
      void worker.terminate();
    };
  }

  /** The file's result, or undefined when it is to be read here (the thread gave up). */
  take(path: string): ReadResult | undefined {
    for (;;) {
      const result = this.results.get(path);
      if (result !== undefined) {
        this.results.delete(path);
        return result;
      }
      if (this.givenUp || this.taken === this.paths.length) return undefined;
      this.next();
    }
  }

  /** Takes the thread's next batch, waiting for it if it has not come yet. */
  private next(): void {
    const message = receiveMessageOnPort(this.port)?.message as
      { start: number; results: ReadResult[] } | undefined;
    if (message !== undefined) {
      this.received += 1;
      this.taken += message.results.length;
      message.results.forEach((result, i) =>
        this.results.set(this.paths[message.start + i] as string, result),
      );
      // the thread may read on
      Atomics.store(this.flags, 1, this.received);
      Atomics.notify(this.flags, 1);
      return;
    }
    // The counter moves before the message arrives: then the wait returns at once.
    if (Atomics.wait(this.flags, 0, this.received, STALL_MS) === 'timed-out') this.close();
  }

  /** Ends the thread; files not taken yet are read by the caller. */
  close(): void {
    this.givenUp = true;
    this.stop();
  }
}
