//! Event listeners and timers that are removed when dropped. Unlike gloo's, their
//! closures may be re-entered (`Fn`, not `FnMut`): a card handler's effect can dispatch an
//! event that the same listener hears, and wasm-bindgen refuses a `FnMut` closure that is
//! already running. Both share one closure type, since each type has its own glue in the
//! wasm.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

type Handler = Box<dyn Fn(web_sys::Event)>;

/// A listener whose closure may be re-entered (`Fn`, not `FnMut`): a handler's effect can
/// dispatch an event that the same listener hears.
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    capture: bool,
    closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Listener {
    /// Listens in the capture phase when `capture`. No listener is passive: those that
    /// would gain from it (scroll, resize) hear events that cannot be cancelled anyway.
    pub fn new(
        target: &web_sys::EventTarget,
        event: &'static str,
        capture: bool,
        handler: Handler,
    ) -> Listener {
        let closure = Closure::wrap(handler);
        let _ = target.add_event_listener_with_callback_and_bool(
            event,
            closure.as_ref().unchecked_ref(),
            capture,
        );
        Listener {
            target: target.clone(),
            event,
            capture,
            closure,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.event,
            self.closure.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &wasm_bindgen::JsValue, ms: u32) -> f64;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: f64);
}

/// A timer that runs its handler once, after a delay, unless dropped first. The handler
/// has a listener's type and is given no event (`undefined`), which it must not read.
pub struct Timer {
    /// A number, not always a small one: fake clocks (Playwright's) count from 10^12.
    id: f64,
    _closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Timer {
    pub fn new(ms: u32, handler: Handler) -> Timer {
        let closure = Closure::wrap(handler);
        let id = set_timeout(closure.as_ref(), ms);
        Timer {
            id,
            _closure: closure,
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_timeout(self.id);
    }
}
