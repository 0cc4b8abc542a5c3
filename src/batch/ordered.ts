/**
 * Maps an async source through an async function with up to `window` items in flight, yielding results
 * in source order. Reading stops while the window is full and while the consumer is not pulling, so
 * backpressure from the output reaches the reader and memory stays bounded by the window. A finished
 * head is yielded at once, without waiting for the next read (a slow input does not delay output).
 * Once `stop` is aborted no further item is read (a read still pending, say on an idle standard input,
 * is abandoned); the items already in flight are still yielded, in order.
 */
export async function* mapOrdered<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R>,
  window: number,
  stop?: AbortSignal,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const inFlight: Promise<R>[] = [];
  const settled = new WeakSet<Promise<R>>();
  let reading: Promise<IteratorResult<T>> | undefined;
  let exhausted = false;
  try {
    for (;;) {
      const stopping = stop?.aborted === true;
      if (!reading && !exhausted && !stopping && inFlight.length < window) reading = iterator.next();
      const waitRead = reading !== undefined && !stopping;
      const head = inFlight[0];
      if (!head && !waitRead) return;
      if (head && (settled.has(head) || !waitRead)) {
        inFlight.shift();
        yield await head;
        continue;
      }
      // wait for whichever comes first: the next item, the oldest result, or a stop. (Not Promise.race
      // with a long-lived promise: every race would leave a reaction on it, a leak of one per record.)
      type Winner = 'head' | 'stop' | { read: IteratorResult<T> } | { error: unknown };
      const winner = await new Promise<Winner>((resolve) => {
        const onStop = () => resolve('stop');
        stop?.addEventListener('abort', onStop, { once: true });
        const settle = (w: Winner) => {
          stop?.removeEventListener('abort', onStop);
          resolve(w);
        };
        (reading as Promise<IteratorResult<T>>).then((r) => settle({ read: r }), (error: unknown) => settle({ error }));
        head?.then(() => settle('head'), () => settle('head'));
      });
      if (typeof winner === 'object' && 'error' in winner) {
        reading = undefined;
        exhausted = true;
        throw winner.error;
      }
      if (winner === 'head') {
        settled.add(head as Promise<R>);
      } else if (winner !== 'stop') {
        reading = undefined;
        if (winner.read.done) exhausted = true;
        else inFlight.push(fn(winner.read.value));
      }
    }
  } finally {
    // a pending read (an idle standard input after Ctrl-C) is left behind rather than awaited
    if (!reading && !exhausted) void iterator.return?.();
  }
}
