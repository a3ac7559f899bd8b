// The gloss API as an ES module, for bundlers and `<script type="module">`:
//   import { mount } from 'gloss-reader';
// It runs the same loader as the script tag, so there is one implementation.
globalThis.GlossBase = new URL('./', import.meta.url).href;
await import('./gloss-loader.js');

const Gloss = globalThis.Gloss;
export const mount = Gloss.mount;
export const ready = Gloss.ready;
export const version = Gloss.version;
export default Gloss;
