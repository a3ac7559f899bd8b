/*! gloss loader: one classic script that boots the wasm widget. */
// The loader's entry: scripts/build bundles it and the modules beside it into one classic
// script, pkg/gloss-loader.js, with esbuild. It defines one global, `Gloss`, and never
// boots twice: a second copy of the script only mounts its own widget.

import { assets, glue, load } from './assets.mjs';
import { boot } from './boot.mjs';
import { defineElement } from './element.mjs';
import { enhance } from './in-place.mjs';
import { mount } from './mount.mjs';
import { setCards, watchCards, watchTraps } from './widget.mjs';

var script = document.currentScript;
if (window.Gloss && window.Gloss.version) {
  window.Gloss._boot(script);
} else {
  load(script);
  watchTraps();
  watchCards();
  defineElement();
  window.Gloss = {
    version: '0.1.0',
    mount: mount,
    enhance: enhance,
    setCards: setCards,
    // The widget build, loaded: asking for it starts the load if no widget has.
    get ready() {
      return glue('gloss').catch(function (error) {
        throw new Error('gloss: ready: ' + error.glossWhere + ': ' + error.message);
      });
    },
    _boot: boot,
    // The size of the wasm memory of every build loaded, for the benchmark. Its export
    // has a short name of the build's choosing; it is each build's only memory.
    _memoryBytes: function () {
      return Object.values(assets.instances).reduce(function (bytes, instance) {
        var memory = Object.values(instance).find(function (v) { return v instanceof WebAssembly.Memory; });
        return bytes + (memory ? memory.buffer.byteLength : 0);
      }, 0);
    }
  };
  boot(script);
}
