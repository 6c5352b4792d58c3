/** storage.session as the browser keeps it, for unit tests: values copied in and out. */
import type { SessionArea } from '@/lib/storage/key-keeper';

export function fakeArea(): SessionArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const copy = (v: unknown) => (v === undefined ? v : structuredClone(v));
  return {
    items,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) if (items.has(k)) out[k] = copy(items.get(k));
      return out;
    },
    async set(values) {
      for (const [k, v] of Object.entries(values)) items.set(k, copy(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    },
  };
}
