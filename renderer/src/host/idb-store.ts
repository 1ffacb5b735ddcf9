// A tiny promise wrapper over one IndexedDB object store: the browser host keeps projects, recent files and the
// crash journal here. Each put is one transaction, so a save is all-or-nothing like the atomic rename in Electron.
const DB_NAME = 'landlink';
const STORE = 'files';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

let dbPromise: Promise<IDBDatabase> | null = null;
function db(): Promise<IDBDatabase> {
  dbPromise ??= openDb();
  return dbPromise;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return db().then(
    (database) =>
      new Promise<T | undefined>((resolve, reject) => {
        const transaction = database.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request ? request.result : undefined);
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

export const idbStore = {
  get<T>(key: string): Promise<T | undefined> {
    return run<T>('readonly', (store) => store.get(key) as IDBRequest<T>);
  },
  /** Writes several keys in one transaction: all of them land, or none. */
  putMany(entries: readonly (readonly [string, unknown])[]): Promise<void> {
    return run('readwrite', (store) => {
      for (const [key, value] of entries) store.put(value, key);
    }).then(() => undefined);
  },
  delete(key: string): Promise<void> {
    return run('readwrite', (store) => store.delete(key)).then(() => undefined);
  },
};
