//! Applying the controller's effects to the DOM: timers, showing and filling the card,
//! placing it next to its mention, moving focus, highlighting a mention reached with
//! previous/next, and telling the host page with `gloss:open` and `gloss:close`. Each
//! effect runs with no borrow held, since focus and the host page's listeners run page
//! code that may feed inputs back in.

use super::{rect, storage, Shared, FOCUSABLE, STORAGE_KEY};
use crate::dom;
use crate::listener::Timer;
use gloss_cards::controller::{Event, Focus};
use gloss_cards::placement::{self, Placement, Request, Size};
use gloss_cards::{Effect, Input, MentionId, Trigger};
use gloss_view::card_content::card;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

impl Shared {
    /// Does what the controller asked. Called with no borrow held; the page code it runs
    /// may feed inputs back in, which only queue their effects.
    pub(super) fn apply(self: &Rc<Self>, effect: Effect) {
        match effect {
            Effect::PreventDefault => {}
            Effect::StartTimer { ms } => {
                // The old timer is cancelled (dropped) after the borrow ends.
                let old = self.timer.replace(Some(self.timeout(ms, false)));
                drop(old);
            }
            Effect::CancelTimer => {
                let old = self.timer.take();
                drop(old);
            }
            Effect::Show { mention, .. } => self.show(mention),
            Effect::Collapse(mention) => {
                if let Some(element) = self.element(mention) {
                    let _ = element.set_attribute("aria-expanded", "false");
                }
            }
            Effect::Hide => {
                self.card.set_hidden(true);
                let _ = self.card.remove_attribute("data-gloss-card");
            }
            Effect::Position { mention, pointer_y } => self.position_card(mention, pointer_y),
            Effect::Emit {
                event,
                entity,
                trigger,
            } => {
                if let Some(info) = self.annotation.entities.get(entity) {
                    dispatch(&self.root, event, &info.id, trigger);
                }
            }
            Effect::Focus(focus) => {
                let element = match focus {
                    Focus::Mention(mention) => self.element(mention),
                    Focus::CardStart => self.card.query_selector(FOCUSABLE).ok().flatten(),
                    Focus::Button(action) => {
                        self.card.query_selector(action.selector()).ok().flatten()
                    }
                };
                if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                    let _ = element.focus();
                }
                self.input(Input::FocusDone, None);
            }
            Effect::ScrollTo(mention) => {
                if let Some(element) = self.element(mention) {
                    let options =
                        object(&[("block", "center".into()), ("inline", "nearest".into())]);
                    element.scroll_into_view_with_scroll_into_view_options(options.unchecked_ref());
                }
            }
            Effect::Flash(mention) => {
                if let Some(element) = self.element(mention) {
                    let _ = element.class_list().add_1("gloss-flash");
                    let old = self.flashed.replace(Some(element));
                    let old_timer = self.flash.replace(Some(self.timeout(1200, true)));
                    drop(old_timer);
                    if let Some(old) = old {
                        let _ = old.class_list().remove_1("gloss-flash");
                    }
                }
            }
            Effect::ShowEnabled(enabled) => self.show_enabled(enabled),
            Effect::StoreChoice(enabled) => {
                if let Some(storage) = storage() {
                    let _ = if enabled {
                        storage.remove_item(STORAGE_KEY)
                    } else {
                        storage.set_item(STORAGE_KEY, "off")
                    };
                }
            }
            #[cfg(feature = "widget")]
            Effect::ShowIndex(show) => self.show_index(show),
            // Only a view has an index: an enhanced page's toolbar has no button for it.
            #[cfg(not(feature = "widget"))]
            Effect::ShowIndex(_) => {}
        }
    }

    /// A timer that, after `ms`, removes the highlight (`flash`) or tells the controller.
    /// One closure type for both: each type has its own glue in the wasm.
    fn timeout(self: &Rc<Self>, ms: u32, flash: bool) -> Timer {
        let weak = Rc::downgrade(self);
        Timer::new(
            ms,
            Box::new(move |_| {
                let Some(shared) = weak.upgrade() else { return };
                if flash {
                    let flashed = shared.flashed.take();
                    if let Some(element) = flashed {
                        let _ = element.class_list().remove_1("gloss-flash");
                    }
                } else {
                    shared.enter(|| shared.input(Input::TimerFired, None));
                }
            }),
        )
    }

    /// Fills the card for `mention`'s entity and shows it, marked as that mention's.
    fn show(&self, mention: MentionId) {
        let (Some(element), Some(info)) = (
            self.element(mention),
            self.annotation.entities.get(mention.entity),
        ) else {
            return;
        };
        let content = card(&self.annotation, mention.entity, mention.at, &self.messages);
        let content = dom::create(&self.document, &content);
        // Removing the old content blurs a focused button in it, at once.
        self.replacing.set(true);
        self.card.set_text_content(None);
        self.replacing.set(false);
        dom::append(&self.card, &content);
        let _ = self.card.set_attribute("data-gloss-card", &info.id);
        self.card.set_hidden(false);
        let _ = element.set_attribute("aria-expanded", "true");
        let _ = element.set_attribute("aria-controls", "gloss-card");
    }

    /// Puts the card by its mention, as [`placement::place`] says. Positions go through
    /// the CSSOM, which a strict CSP allows.
    fn position_card(&self, mention: MentionId, pointer_y: Option<i32>) {
        let (Some(element), Some(window)) = (self.element(mention), web_sys::window()) else {
            return;
        };
        if self.trap_for_testing {
            // Reached only with the test hook: proves that a trap here is contained.
            std::process::abort();
        }
        let number = |v: Result<JsValue, JsValue>, default| {
            v.ok().and_then(|v| v.as_f64()).unwrap_or(default)
        };
        let viewport = Size {
            width: number(window.inner_width(), 800.0),
            height: number(window.inner_height(), 600.0),
        };
        let classes = self.card.class_list();
        let style = self.card.style();
        // The sheet's size is the stylesheet's business; a floating card is measured as
        // one.
        let _ = classes.toggle_with_force("gloss-sheet", viewport.width < placement::SHEET_BELOW);
        let list = element.get_client_rects();
        let mut lines = Vec::new();
        for i in 0..list.length() {
            if let Some(line) = list.get(i) {
                lines.push(rect(&line));
            }
        }
        let card = self.card.get_bounding_client_rect();
        let rtl = self.card.matches(":dir(rtl)").unwrap_or(false);
        let request = Request {
            lines: &lines,
            card: Size {
                width: card.width(),
                height: card.height(),
            },
            viewport,
            rtl,
            pointer_y: pointer_y.map(f64::from),
        };
        match placement::place(&request) {
            Placement::Sheet => {
                let _ = style.remove_property("top");
                let _ = style.remove_property("left");
            }
            Placement::Float {
                left,
                top,
                above,
                arrow,
            } => {
                let _ = classes.toggle_with_force("gloss-above", above);
                let _ = style.set_property("top", &px(top));
                let _ = style.set_property("left", &px(left));
                let _ = style.set_property("--gloss-arrow-x", &px(arrow));
            }
        }
    }
}

/// A length in whole pixels, written as an integer: float printing would bring
/// `core::fmt` into the wasm.
fn px(value: f64) -> String {
    let value = value.round() as i32;
    let sign = if value < 0 { "-" } else { "" };
    [
        sign,
        &gloss_base::decimal(value.unsigned_abs() as usize),
        "px",
    ]
    .concat()
}

/// Tells the host page that a card opened or closed.
fn dispatch(root: &Element, event: Event, entity: &str, trigger: Trigger) {
    let detail = object(&[
        ("entity", entity.into()),
        ("trigger", trigger.as_str().into()),
    ]);
    let init = object(&[
        ("detail", detail.into()),
        ("bubbles", JsValue::TRUE),
        ("composed", JsValue::TRUE),
    ]);
    if let Ok(event) =
        web_sys::CustomEvent::new_with_event_init_dict(event.name(), init.unchecked_ref())
    {
        let _ = root.dispatch_event(&event);
    }
}

/// A plain object with `fields`, for an options dictionary: web-sys's dictionaries cost
/// an import for each field.
fn object(fields: &[(&str, JsValue)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}
