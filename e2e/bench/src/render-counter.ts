/**
 * Counts how many tile components React renders, through the hook React DevTools uses
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`), so every renderer is counted the same way without touching
 * its code. It must exist before react-dom loads, so main.tsx imports this module first.
 *
 * A fiber rendered in a commit when it is new to the tree, or when it is a fresh work-in-progress
 * copy (not the object seen in the previous commit) carrying React's `PerformedWork` flag. Fibers
 * of a skipped subtree are the previous commit's objects and keep stale flags, hence the set.
 */
const PERFORMED_WORK = 1;

interface Fiber {
  type: unknown;
  elementType: unknown;
  flags: number;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

function nameOf(type: unknown): string | undefined {
  if (typeof type === 'function') {
    return (type as { displayName?: string }).displayName ?? type.name;
  }
  // A memo wrapper is not counted: its inner component's fiber is, when it renders.
  if (typeof type === 'object' && type !== null && !('compare' in type)) {
    const record = type as { displayName?: string; render?: unknown };
    return record.displayName ?? nameOf(record.render);
  }
  return undefined;
}

let tileNames: ReadonlySet<string> = new Set();
let counting = false;
let renders = 0;
let previous = new WeakSet<Fiber>();
let lastRoot: { current: Fiber } | null = null;

function walk(root: Fiber, seen: WeakSet<Fiber>): void {
  const stack: Fiber[] = [root];
  while (stack.length > 0) {
    const fiber = stack.pop() as Fiber;
    seen.add(fiber);
    const name = nameOf(fiber.type);
    if (name !== undefined && tileNames.has(name) && !previous.has(fiber)) {
      if (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0) renders += 1;
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
}

(globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  onScheduleFiberRoot() {},
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    lastRoot = root;
    if (!counting) return;
    const seen = new WeakSet<Fiber>();
    walk(root.current, seen);
    previous = seen;
  },
};

export const renderCounter = {
  /** Starts counting renders of components with these display names, from zero. */
  start(names: readonly string[]): void {
    tileNames = new Set(names);
    const baseline = new WeakSet<Fiber>();
    // The tree as it stands is the baseline: only fibers rendered after this are counted.
    if (lastRoot !== null) walk(lastRoot.current, baseline);
    previous = baseline;
    renders = 0;
    counting = true;
  },
  stop(): number {
    counting = false;
    return renders;
  },
};
