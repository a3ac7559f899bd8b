//! Event listeners that are removed when dropped. Unlike gloo's, their closures may be
//! re-entered (`Fn`, not `FnMut`): a card handler's effect can dispatch an event that the
//! same listener hears, and wasm-bindgen refuses a `FnMut` closure that is already
//! running.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A listener whose closure may be re-entered (`Fn`, not `FnMut`): a handler's effect can
/// dispatch an event that the same listener hears.
pub struct Listener {
    target: web_sys::EventTarget,
    event: &'static str,
    capture: bool,
    closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Listener {
    pub fn new(
        target: &web_sys::EventTarget,
        event: &'static str,
        capture: bool,
        passive: bool,
        handler: Box<dyn Fn(web_sys::Event)>,
    ) -> Listener {
        // One type of closure for every listener: each type has its own glue in the wasm.
        let closure = Closure::wrap(handler);
        let options = web_sys::AddEventListenerOptions::new();
        options.set_capture(capture);
        options.set_passive(passive);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            closure.as_ref().unchecked_ref(),
            &options,
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
