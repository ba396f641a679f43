/**
 * zod 4 walks objects with `for…in`, which also visits enumerable properties a page
 * (or a script on it) has put on Object.prototype or Array.prototype: building or
 * using a schema then throws. While our schemas are built or used, such
 * properties are made non-enumerable (their values stay), and put back right after.
 */
export function hidePrototypeKeys(): () => void {
  const hidden: [object, string, PropertyDescriptor][] = [];
  for (const proto of [Object.prototype, Array.prototype]) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, key);
      if (!descriptor?.enumerable || !descriptor.configurable) continue;
      Object.defineProperty(proto, key, { ...descriptor, enumerable: false });
      hidden.push([proto, key, descriptor]);
    }
  }
  return () => {
    for (const [proto, key, descriptor] of hidden) Object.defineProperty(proto, key, descriptor);
  };
}

/** Runs `work` (synchronous) with the prototypes' enumerable extras hidden. */
export function withCleanPrototypes<T>(work: () => T): T {
  const restore = hidePrototypeKeys();
  try {
    return work();
  } finally {
    restore();
  }
}
