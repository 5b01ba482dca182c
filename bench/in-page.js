// Loaded into every page of the benchmark before the app (Playwright addInitScript): timing helpers that run inside
// the page, so a figure is measured with the page's own clock and not the round trips of the test driver.
// Plain JavaScript on purpose: it is injected as it is, not bundled.
(() => {
  // Functions handed to page.evaluate are compiled by tsx, which may wrap named inner functions in __name().
  globalThis.__name = (fn) => fn;
  const downloads = [];
  const downloadWaiters = [];
  const originalCreateObjectURL = URL.createObjectURL.bind(URL);
  // The app hands a finished Word file to the browser as a Blob URL: the moment that happens is "exported".
  URL.createObjectURL = (object) => {
    if (object instanceof Blob && object.type.includes('wordprocessingml')) {
      downloads.push({ at: performance.now(), blob: object });
      for (const wake of downloadWaiters.splice(0)) wake();
    }
    return originalCreateObjectURL(object);
  };

  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /** Resolves as soon as `predicate()` holds: checked now, on every DOM change, and every 25 ms. */
  const waitDom = (predicate, timeoutMs = 60000) =>
    new Promise((resolve, reject) => {
      let done = false;
      const finish = (error) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearInterval(poll);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        try {
          if (predicate()) finish();
        } catch (error) {
          finish(error);
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const poll = setInterval(check, 25);
      const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for the page`)), timeoutMs);
      check();
    });

  /** Sets a React-controlled field the way typing does: the native setter, then an input event. */
  const setValue = (element, value) => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value').set;
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  };

  let rawConnection = null;
  const openRaw = (name) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const requestResult = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

  window.__bench = {
    nextPaint,
    waitDom,
    setValue,
    downloads,

    /** Milliseconds from changing the route to `selector` being on screen (DOM present, then painted). */
    async navigate(hash, selector) {
      const start = performance.now();
      location.hash = hash;
      await waitDom(() => document.querySelector(selector) !== null);
      await nextPaint();
      return performance.now() - start;
    },

    /** Milliseconds to read a whole store with a plain IndexedDB getAll on the app's database. */
    async rawGetAll(store) {
      rawConnection ??= await openRaw('account-desk');
      const start = performance.now();
      const rows = await requestResult(rawConnection.transaction(store, 'readonly').objectStore(store).getAll());
      return { ms: performance.now() - start, count: rows.length };
    },

    /** Every record of the app's stores (for baselines computed on the same data). */
    async rawAll(stores) {
      rawConnection ??= await openRaw('account-desk');
      const out = {};
      for (const store of stores) out[store] = await requestResult(rawConnection.transaction(store, 'readonly').objectStore(store).getAll());
      return out;
    },

    /**
     * The restore baseline: the same file read and parsed, then every record put into a database of the same stores
     * and indexes in one transaction, with no checking at all.
     */
    async rawRestore(url) {
      rawConnection ??= await openRaw('account-desk');
      const shape = [...rawConnection.objectStoreNames].map((name) => {
        const store = rawConnection.transaction(name, 'readonly').objectStore(name);
        return {
          name,
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes: [...store.indexNames].map((indexName) => {
            const index = store.index(indexName);
            return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
          }),
        };
      });
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('bench-raw');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
      const start = performance.now();
      const buffer = await (await fetch(url)).arrayBuffer();
      const file = JSON.parse(new TextDecoder().decode(buffer));
      const parsed = performance.now();
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('bench-raw', 1);
        request.onupgradeneeded = () => {
          for (const store of shape) {
            const created = request.result.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
            for (const index of store.indexes) created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const names = Object.keys(file.tables).filter((name) => db.objectStoreNames.contains(name));
      await new Promise((resolve, reject) => {
        const tx = db.transaction(names, 'readwrite');
        for (const name of names) {
          const store = tx.objectStore(name);
          for (const record of file.tables[name]) store.put(record);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      const ms = performance.now() - start;
      const putMs = performance.now() - parsed;
      db.close();
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('bench-raw');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      });
      return { ms, putMs };
    },

    /** Clicks `button` and resolves with the milliseconds until the app hands over a file, and that file's bytes. */
    async exportByClick(button) {
      const before = downloads.length;
      const start = performance.now();
      const arrived = new Promise((resolve) => downloadWaiters.push(resolve));
      button.click();
      await Promise.race([arrived, new Promise((_, reject) => setTimeout(() => reject(new Error('no file after 60 s')), 60000))]);
      const download = downloads[before];
      const ms = download.at - start;
      const bytes = new Uint8Array(await download.blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      downloads.length = 0;
      return { ms, base64: btoa(binary) };
    },

    /** The bare-document baseline: the same paragraphs packed by the docx library alone (window.docx). */
    async bareDocx(paragraphs) {
      const start = performance.now();
      const { Document, Paragraph, Packer } = window.docx;
      const document = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
      await Packer.toBlob(document);
      return performance.now() - start;
    },
  };
})();
