/** A character trie over names: at each text position, every name that starts there, in one walk. */
export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: null };
  size = 0;

  insert(name: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: null, values: null };
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.size++;
    }
    node.values.push(value);
  }

  /** The values stored under exactly this name, or none. */
  get(name: string): readonly T[] {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < name.length && node; i++) node = node.next?.get(name.charCodeAt(i));
    return node?.values ?? [];
  }

  /**
   * Calls `found(end, values)` for every name that starts at `start`, shortest first.
   * No allocation when nothing matches: most positions of a text end after one map lookup.
   */
  matchesAt(text: string, start: number, found: (end: number, values: readonly T[]) => void): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) return;
      if (node.values) found(i + 1, node.values);
    }
  }

  /** Every stored name, for the segmenter's user dictionary. */
  names(): string[] {
    const out: string[] = [];
    const walk = (node: TrieNode<T>, prefix: string) => {
      if (node.values) out.push(prefix);
      if (node.next) for (const [c, child] of node.next) walk(child, prefix + String.fromCharCode(c));
    };
    walk(this.root, '');
    return out;
  }
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  values: T[] | null;
}
