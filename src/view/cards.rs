//! Card behaviour in the browser: which card is open, when it opens and closes, and
//! where it sits. One listener of each kind is attached to the widget's root and finds
//! the mention by delegation, so a long article costs no more listeners than a short one.

use super::dom;
use super::tree::card;
use crate::engine::EntityInfo;
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Timings, in milliseconds.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub dwell: u32,
    pub hide_delay: u32,
}

/// What opened a card, reported to the host page in `gloss:open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    Pointer,
    Keyboard,
    Touch,
}

impl Trigger {
    fn as_str(self) -> &'static str {
        match self {
            Trigger::Pointer => "pointer",
            Trigger::Keyboard => "keyboard",
            Trigger::Touch => "touch",
        }
    }
}

struct State {
    document: Document,
    root: Element,
    card: HtmlElement,
    entities: Vec<EntityInfo>,
    by_id: crate::StringMap,
    timing: Timing,
    /// The mention whose card is open.
    open: Option<Element>,
    /// A pending open (after the dwell) or close (after the hide delay).
    timer: Option<Timeout>,
    /// Focus is going back to a mention after Escape, which must not reopen its card.
    returning_focus: bool,
}

/// The live card machinery of one view. Dropping it removes every listener and timer.
pub struct Cards {
    state: Rc<RefCell<State>>,
    _listeners: Vec<EventListener>,
}

impl Cards {
    /// Attaches card behaviour to `root`, which holds the rendered article.
    pub fn attach(
        document: &Document,
        root: &Element,
        entities: Vec<EntityInfo>,
        timing: Timing,
    ) -> Result<Cards, wasm_bindgen::JsValue> {
        let card: HtmlElement = document.create_element("div")?.unchecked_into();
        card.set_class_name("gloss-card");
        card.set_attribute("role", "dialog")?;
        card.set_attribute("aria-labelledby", "gloss-card-name")?;
        card.set_attribute("id", "gloss-card")?;
        card.set_hidden(true);
        root.append_child(&card)?;
        let by_id = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let state = Rc::new(RefCell::new(State {
            document: document.clone(),
            root: root.clone(),
            card,
            entities,
            by_id,
            timing,
            open: None,
            timer: None,
            returning_focus: false,
        }));
        let listen = |event: &'static str, handler: fn(&Rc<RefCell<State>>, &web_sys::Event)| {
            let state = state.clone();
            EventListener::new(root, event, move |e| handler(&state, e))
        };
        let mut listeners = vec![
            listen("pointerover", on_pointer_over),
            listen("pointerout", on_pointer_out),
            listen("focusin", on_focus_in),
        ];
        // Escape must close a card opened by hover even when focus is elsewhere on the
        // page, so this one listens on the whole document.
        let escape_state = state.clone();
        listeners.push(EventListener::new(document, "keydown", move |e| {
            on_key_down(&escape_state, e)
        }));
        Ok(Cards {
            state,
            _listeners: listeners,
        })
    }

    pub fn close(&self) {
        close(&self.state);
    }
}

/// The mention element an event came from, if any.
fn mention_of(event: &web_sys::Event) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(".gloss-mention")
        .ok()?
}

fn inside_card(state: &State, event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|node| state.card.contains(Some(&node)))
}

fn on_pointer_over(state: &Rc<RefCell<State>>, event: &web_sys::Event) {
    let mut s = state.borrow_mut();
    if inside_card(&s, event) {
        s.timer = None;
        return;
    }
    let Some(mention) = mention_of(event) else {
        return;
    };
    if s.open.as_ref() == Some(&mention) {
        s.timer = None;
        return;
    }
    let weak = Rc::downgrade(state);
    s.timer = Some(Timeout::new(s.timing.dwell, move || {
        if let Some(state) = weak.upgrade() {
            open(&state, &mention, Trigger::Pointer);
        }
    }));
}

fn on_pointer_out(state: &Rc<RefCell<State>>, event: &web_sys::Event) {
    let mut s = state.borrow_mut();
    let over_mention = mention_of(event).is_some();
    if !over_mention && !inside_card(&s, event) {
        return;
    }
    if s.open.is_none() {
        s.timer = None;
        return;
    }
    let weak = Rc::downgrade(state);
    s.timer = Some(Timeout::new(s.timing.hide_delay, move || {
        if let Some(state) = weak.upgrade() {
            close(&state);
        }
    }));
}

fn on_focus_in(state: &Rc<RefCell<State>>, event: &web_sys::Event) {
    if state.borrow().returning_focus {
        return;
    }
    if let Some(mention) = mention_of(event) {
        open(state, &mention, Trigger::Keyboard);
    }
}

fn on_key_down(state: &Rc<RefCell<State>>, event: &web_sys::Event) {
    let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>().map(|k| k.key()) else {
        return;
    };
    if key == "Escape" {
        let open_mention = state.borrow().open.clone();
        if let Some(mention) = open_mention {
            close(state);
            if let Some(mention) = mention.dyn_ref::<HtmlElement>() {
                state.borrow_mut().returning_focus = true;
                let _ = mention.focus();
                state.borrow_mut().returning_focus = false;
            }
            event.prevent_default();
        }
    }
}

fn open(state: &Rc<RefCell<State>>, mention: &Element, trigger: Trigger) {
    let mut s = state.borrow_mut();
    s.timer = None;
    let Some(index) = mention
        .get_attribute("data-gloss-entity")
        .and_then(|id| s.by_id.get(&id).copied())
    else {
        return;
    };
    if let Some(previous) = s.open.take() {
        let _ = previous.set_attribute("aria-expanded", "false");
    }
    let entity = &s.entities[index];
    let content = match dom::create(&s.document, &card(entity)) {
        Ok(content) => content,
        Err(_) => return,
    };
    s.card.set_text_content(None);
    let _ = s.card.append_child(&content);
    let _ = s.card.set_attribute("data-gloss-card", &entity.id);
    s.card.set_hidden(false);
    let _ = mention.set_attribute("aria-expanded", "true");
    let _ = mention.set_attribute("aria-controls", "gloss-card");
    place(&s.card, mention);
    let id = entity.id.clone();
    s.open = Some(mention.clone());
    let root = s.root.clone();
    drop(s);
    dispatch(&root, "gloss:open", &id, trigger);
}

fn close(state: &Rc<RefCell<State>>) {
    let mut s = state.borrow_mut();
    s.timer = None;
    let Some(mention) = s.open.take() else { return };
    let _ = mention.set_attribute("aria-expanded", "false");
    let id = s.card.get_attribute("data-gloss-card").unwrap_or_default();
    s.card.set_hidden(true);
    let _ = s.card.remove_attribute("data-gloss-card");
    let root = s.root.clone();
    drop(s);
    dispatch(&root, "gloss:close", &id, Trigger::Pointer);
}

/// Puts the card below the mention, or above it when there is no room below, and keeps it
/// inside the viewport sideways. Positions go through the CSSOM, which a strict CSP allows.
fn place(card: &HtmlElement, mention: &Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let viewport_width = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(800.0);
    let viewport_height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(600.0);
    let anchor = mention.get_bounding_client_rect();
    let card_rect = card.get_bounding_client_rect();
    let gap = 8.0;
    let below = anchor.bottom() + gap;
    let top = if below + card_rect.height() > viewport_height
        && anchor.top() - gap - card_rect.height() > 0.0
    {
        anchor.top() - gap - card_rect.height()
    } else {
        below
    };
    let max_left = (viewport_width - card_rect.width() - gap).max(gap);
    let left = anchor.left().max(gap).min(max_left);
    let style = card.style();
    let _ = style.set_property("top", &px(top));
    let _ = style.set_property("left", &px(left));
}

/// A length in whole pixels. Integer formatting keeps float printing out of the wasm.
fn px(value: f64) -> String {
    let mut text = (value.round() as i32).to_string();
    text.push_str("px");
    text
}

/// Tells the host page that a card opened or closed.
fn dispatch(root: &Element, name: &str, entity: &str, trigger: Trigger) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"entity".into(), &entity.into());
    let _ = js_sys::Reflect::set(&detail, &"trigger".into(), &trigger.as_str().into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
}
