// Work in slices: the page gets the main thread back between them.

/** Work is done in slices of about this many milliseconds, so that no task holds the
 *  page for long: a long article renders while the reader can already scroll. Between
 *  slices the browser may draw a frame; 20 ms keeps a wide margin under the 50 ms at
 *  which a task counts as long (DESIGN.md, "Rendering in slices"). */
export var SLICE_MS = 20;

/** Runs `step` (which returns true when done) slice by slice, giving the page the main
 *  thread in between. A message is a task of its own without setTimeout's 4 ms clamp.
 *  `stopped()` ends the work early. Resolves when done. */
export function inSlices(step, stopped) {
  return new Promise(function (done, failed) {
    var channel = new MessageChannel();
    var slice = function () {
      try {
        if (stopped() || step()) {
          channel.port1.close();
          done();
        } else {
          channel.port2.postMessage(null);
        }
      } catch (error) {
        channel.port1.close();
        failed(error);
      }
    };
    channel.port1.onmessage = slice;
    slice();
  });
}

/** Resolves in a task of its own, so that what follows does not lengthen this one. */
export function nextTask() {
  return new Promise(function (done) {
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
