// A binary min-heap of indices keyed by a shared Float64Array, for Dijkstra's searches in the path kernel.

/** A binary min-heap of node indices keyed by `keys[node]`, ties to the lower index, with decrease-key. */
export class NodeHeap {
  private readonly heap: Uint32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(
    nodeCount: number,
    private readonly keys: Float64Array,
  ) {
    this.heap = new Uint32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && a < b);
  }

  private place(node: number, slot: number): void {
    this.heap[slot] = node;
    this.position[node] = slot;
  }

  /** Inserts `node` or moves it up after its key fell. */
  push(node: number): void {
    let slot = this.position[node];
    if (slot < 0) slot = this.size++;
    while (slot > 0) {
      const up = (slot - 1) >> 1;
      if (!this.less(node, this.heap[up])) break;
      this.place(this.heap[up], slot);
      slot = up;
    }
    this.place(node, slot);
  }

  /** The node with the smallest key; the heap must not be empty. */
  peek(): number {
    return this.heap[0];
  }

  /** Empties the heap, leaving every position at -1 for the next search. */
  clear(): void {
    for (let slot = 0; slot < this.size; slot++) this.position[this.heap[slot]] = -1;
    this.size = 0;
  }

  pop(): number {
    const top = this.heap[0];
    this.position[top] = -1;
    const last = this.heap[--this.size];
    if (this.size > 0) {
      let slot = 0;
      for (;;) {
        const left = 2 * slot + 1;
        if (left >= this.size) break;
        const right = left + 1;
        const child = right < this.size && this.less(this.heap[right], this.heap[left]) ? right : left;
        if (!this.less(this.heap[child], last)) break;
        this.place(this.heap[child], slot);
        slot = child;
      }
      this.place(last, slot);
    }
    return top;
  }
}
