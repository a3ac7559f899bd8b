// The gloss API as an ES module, for bundlers and `<script type="module">`:
//   import { mount } from 'gloss-reader';
// It runs the same loader as the script tag, so there is one implementation.
globalThis.GlossBase = new URL('./', import.meta.url).href;
await import('./gloss-loader.js');

const Gloss = globalThis.Gloss;
export const mount = Gloss.mount;
export const enhance = Gloss.enhance;
export const setCards = Gloss.setCards;
// A thenable rather than Gloss.ready itself, which would start loading the widget build
// as soon as the module is imported: awaiting it does.
export const ready = { then: (resolve, reject) => Gloss.ready.then(resolve, reject) };
export const version = Gloss.version;
export default Gloss;
