// Every unit and component test: an in-memory IndexedDB, as the collection's storage needs.
import 'fake-indexeddb/auto';
