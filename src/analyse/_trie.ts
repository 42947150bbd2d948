/**
 * A character trie over names: at each text position, every name that starts there, in one walk.
 *
 * Nodes are numbers and edges live in flat typed arrays, not in a Map per node: the gazetteer's
 * trie has some 84,000 nodes and is walked at every character of every article, and a
 * walk through Map objects spends its time waiting on memory.
 */
export class NameTrie<T> {
  size = 0;
  // Root edges, by character: child node × 2, + 1 when the child has values; 0 for none (node 0 is the root).
  private readonly rootChild = new Int32Array(0x10000);
  // Edges below the root, open addressing: [parent, char, child, child has values] per slot.
  private edges = new Int32Array(4 * 1024);
  private edgeCount = 0;
  // The first two characters of every name, hashed into a bitmap small enough to stay in cache:
  // most positions of a text start no name beyond its first character, and this says so without
  // a walk into the edge table.
  private readonly pairs = new Int32Array(PAIR_BITS >> 5);
  // Whether any name is one character long; if none is, a position whose pair is not in `pairs` starts nothing.
  private singles = false;
  // Per node: its values, its character, and its children in insertion order (for names()).
  private readonly values: (T[] | null)[] = [null];
  private readonly chars: number[] = [0];
  private readonly firstChild: number[] = [0];
  private readonly lastChild: number[] = [0];
  private readonly nextSibling: number[] = [0];

  insert(name: string, value: T): void {
    if (name.length === 1) this.singles = true;
    if (name.length >= 2) {
      const bit = pairBit(name.charCodeAt(0), name.charCodeAt(1));
      this.pairs[bit >> 5]! |= 1 << (bit & 31);
    }
    let node = 0;
    let slot = -1;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let child: number;
      if (node === 0) {
        child = this.rootChild[c]! >> 1;
        if (child === 0) this.rootChild[c] = (child = this.addNode(0, c)) << 1;
        slot = -1;
      } else {
        slot = this.slotOf(node, c);
        child = this.edges[slot + 2]!;
        if (this.edges[slot] !== node || this.edges[slot + 1] !== c) {
          child = this.addNode(node, c);
          slot = this.addEdge(node, c, child);
        }
      }
      node = child;
    }
    let values = this.values[node];
    if (!values) {
      this.values[node] = values = [];
      if (slot >= 0) this.edges[slot + 3] = 1;
      else this.rootChild[name.charCodeAt(0)]! |= 1;
      this.size++;
    }
    values.push(value);
  }

  /** The values stored under exactly this name, or none. */
  get(name: string): readonly T[] {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      node = this.childOf(node, name.charCodeAt(i));
      if (node === 0) return [];
    }
    return node === 0 ? [] : (this.values[node] ?? []);
  }

  /**
   * Calls `found(end, values)` for every name that starts at `start`, shortest first.
   * No allocation when nothing matches: most positions of a text end after one array read.
   */
  matchesAt(text: string, start: number, found: (end: number, values: readonly T[]) => void): void {
    if (start >= text.length) return;
    // The pair first, as most positions are ruled out by it alone (and its bitmap is the smaller).
    const pair = start + 1 < text.length && this.hasPair(text.charCodeAt(start), text.charCodeAt(start + 1));
    if (!pair && !this.singles) return;
    const root = this.rootChild[text.charCodeAt(start)]!;
    if (root === 0) return;
    let node = root >> 1;
    if ((root & 1) === 1) found(start + 1, this.values[node]!);
    if (!pair) return;
    const edges = this.edges;
    const mask = (edges.length >> 2) - 1;
    for (let i = start + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let slot = (hash(node, c) & mask) << 2;
      for (;;) {
        const parent = edges[slot]!;
        if (parent === node && edges[slot + 1] === c) break;
        if (parent === 0) return;
        slot = (slot + 4) & (edges.length - 1);
      }
      node = edges[slot + 2]!;
      if (edges[slot + 3] === 1) found(i + 1, this.values[node]!);
    }
  }

  /** Every stored name, for the segmenter's user dictionary. */
  names(): string[] {
    const out: string[] = [];
    const walk = (node: number, prefix: string) => {
      if (this.values[node]) out.push(prefix);
      for (let child = this.firstChild[node]!; child !== 0; child = this.nextSibling[child]!) walk(child, prefix + String.fromCharCode(this.chars[child]!));
    };
    walk(0, '');
    return out;
  }

  private hasPair(a: number, b: number): boolean {
    const bit = pairBit(a, b);
    return (this.pairs[bit >> 5]! & (1 << (bit & 31))) !== 0;
  }

  private childOf(node: number, c: number): number {
    if (node === 0) return this.rootChild[c]! >> 1;
    const slot = this.slotOf(node, c);
    return this.edges[slot] === node && this.edges[slot + 1] === c ? this.edges[slot + 2]! : 0;
  }

  /** The slot of the edge (node, c), or the empty slot where it would go. */
  private slotOf(node: number, c: number): number {
    const edges = this.edges;
    let slot = (hash(node, c) & ((edges.length >> 2) - 1)) << 2;
    while (edges[slot] !== 0 && !(edges[slot] === node && edges[slot + 1] === c)) slot = (slot + 4) & (edges.length - 1);
    return slot;
  }

  private addNode(parent: number, c: number): number {
    const node = this.values.length;
    this.values.push(null);
    this.chars.push(c);
    this.firstChild.push(0);
    this.lastChild.push(0);
    this.nextSibling.push(0);
    if (this.firstChild[parent] === 0) this.firstChild[parent] = node;
    else this.nextSibling[this.lastChild[parent]!] = node;
    this.lastChild[parent] = node;
    return node;
  }

  /** Adds an edge and returns its slot; the table doubles before it is half full. */
  private addEdge(node: number, c: number, child: number): number {
    if (2 * (this.edgeCount + 1) > this.edges.length >> 2) this.grow();
    const slot = this.slotOf(node, c);
    this.edges[slot] = node;
    this.edges[slot + 1] = c;
    this.edges[slot + 2] = child;
    // (slot + 3 stays 0: the child is new and has no values; insert() marks it when it gets some.)
    this.edgeCount++;
    return slot;
  }

  private grow(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 4) {
      if (old[slot] === 0) continue;
      const at = this.slotOf(old[slot]!, old[slot + 1]!);
      for (let k = 0; k < 4; k++) this.edges[at + k] = old[slot + k]!;
    }
  }
}

const PAIR_BITS = 1 << 20;

function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
}

function hash(node: number, c: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
}
