import type { SimClock } from './sim-time';

// Runs many stories (one per case, plus the office's own) interleaved in time order. A story is
// an async generator that yields the instant it wants to continue at; the scheduler moves the
// clock there and resumes it. Code before a story's first yield must not write anything.

export type Story = AsyncGenerator<number, void, void>;

interface Entry {
  at: number;
  seq: number;
  story: Story;
}

/** Min-heap on (at, seq): equal times keep the order they were scheduled in, for determinism. */
class Queue {
  private readonly items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  pop(): Entry | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Runs every story to its end; `afterStep` runs after each resumed step (batch commits, progress). */
export async function runStories(stories: Iterable<Story>, clock: SimClock, afterStep: () => void): Promise<void> {
  const queue = new Queue();
  let seq = 0;
  for (const story of stories) {
    const first = await story.next();
    if (!first.done) queue.push({ at: first.value, seq: seq++, story });
  }
  for (let e = queue.pop(); e; e = queue.pop()) {
    clock.advance(e.at);
    const r = await e.story.next();
    afterStep();
    if (!r.done) queue.push({ at: Math.max(r.value, clock.now()), seq: seq++, story: e.story });
  }
}
