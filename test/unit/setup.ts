import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

// A fresh, empty IndexedDB for every test: no test sees another's saved data.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
