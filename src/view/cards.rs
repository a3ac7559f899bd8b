//! Card behaviour in the browser: which card is open, when it opens and closes, where it
//! sits, and the toolbar and entity index around it. Listeners are attached once to the
//! widget's root (and a few to the document) and find mentions by delegation, so a long
//! article costs no more listeners than a short one. Dropping [`Cards`] removes them all,
//! with every timer.

use super::card::{card, index, index_entries, toolbar};
use super::dom;
use super::Messages;
use crate::engine::Annotation;
use crate::StringMap;
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
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

/// Below this viewport width the card is a bottom sheet.
const SHEET_BELOW: f64 = 600.0;
/// The gap between a mention and its card, and the card's margin from the viewport edge.
const GAP: f64 = 10.0;
/// The reader's on/off choice for cards, the only thing gloss keeps in localStorage.
const STORAGE_KEY: &str = "gloss-cards";

struct Open {
    entity: usize,
    /// Which of the entity's mentions the card is anchored to.
    at: usize,
    mention: Element,
    trigger: Trigger,
}

struct State {
    document: Document,
    root: Element,
    card: HtmlElement,
    annotation: Rc<Annotation>,
    messages: Messages,
    by_id: StringMap,
    /// Every mention element of each entity, in document order.
    mentions: Vec<Vec<Element>>,
    timing: Timing,
    open: Option<Open>,
    /// A pending open (after the dwell) or close (after the hide delay).
    timer: Option<Timeout>,
    /// Removes the highlight from a mention reached with previous/next.
    flash: Option<Timeout>,
    /// Focus is going back to a mention, which must not reopen its card.
    returning_focus: bool,
    /// The last pointer position, in viewport coordinates.
    pointer: (f64, f64),
    /// Where the pointer left the open card's mention: the apex of the safe triangle.
    exit: Option<(f64, f64)>,
    /// The type of the last pointerdown: "mouse", "pen" or "touch".
    pointer_type: String,
    enabled: bool,
}

type Shared = Rc<RefCell<State>>;

/// The live card machinery of one view.
pub struct Cards {
    state: Shared,
    _listeners: Vec<EventListener>,
}

impl Cards {
    /// Fills `root` with the toolbar, the index (when asked for), `article` and the card,
    /// in that order, and starts listening.
    pub fn attach(
        document: &Document,
        root: &Element,
        article: &Element,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Messages,
        with_index: bool,
    ) -> Result<Cards, JsValue> {
        let bar = dom::create(document, &toolbar(with_index, &messages));
        root.append_child(&bar)?;
        if with_index {
            let panel = dom::create(document, &index(&messages));
            root.append_child(&panel)?;
        }
        root.append_child(article)?;
        let card = new_card(document, root)?;
        Cards::listen(
            document,
            root,
            std::slice::from_ref(root),
            card,
            annotation,
            timing,
            messages,
        )
    }

    /// Card behaviour for mentions already in the page (the in-place enhancer): `root`
    /// holds the mentions, and the card goes into `chrome`, a widget root in a shadow root
    /// of its own so that the page's styles and the card's do not mix.
    pub fn attach_to_page(
        document: &Document,
        root: &Element,
        chrome: &Element,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Messages,
    ) -> Result<Cards, JsValue> {
        let card = new_card(document, chrome)?;
        Cards::listen(
            document,
            root,
            &[root.clone(), chrome.clone()],
            card,
            annotation,
            timing,
            messages,
        )
    }

    /// Starts listening: delegated pointer, focus and click listeners on each of `targets`,
    /// and keyboard, outside-press, scroll and resize listeners on the document and window.
    fn listen(
        document: &Document,
        root: &Element,
        targets: &[Element],
        card: HtmlElement,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Messages,
    ) -> Result<Cards, JsValue> {
        let by_id: StringMap = annotation
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mentions = vec![Vec::new(); annotation.entities.len()];
        let enabled = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .as_deref()
            != Some("off");
        let state = Rc::new(RefCell::new(State {
            document: document.clone(),
            root: root.clone(),
            card,
            annotation,
            messages,
            by_id,
            mentions,
            timing,
            open: None,
            timer: None,
            flash: None,
            returning_focus: false,
            pointer: (0.0, 0.0),
            exit: None,
            pointer_type: String::from("mouse"),
            enabled,
        }));
        set_enabled(&state, enabled);

        // Not passive: the keyboard and click handlers call preventDefault.
        let active = EventListenerOptions::enable_prevent_default();
        let on = |target: &web_sys::EventTarget,
                  event: &'static str,
                  handler: fn(&Shared, &web_sys::Event)| {
            let state = state.clone();
            EventListener::new_with_options(target, event, active, move |e| handler(&state, e))
        };
        let window = web_sys::window().ok_or("no window")?;
        let passive_capture = EventListenerOptions {
            phase: gloo_events::EventListenerPhase::Capture,
            passive: true,
        };
        let reposition = |event: &'static str| {
            let state = state.clone();
            EventListener::new_with_options(&window, event, passive_capture, move |_| {
                reposition(&state)
            })
        };
        let mut listeners = Vec::new();
        for target in targets {
            listeners.push(on(target, "pointerover", on_pointer_over));
            listeners.push(on(target, "pointerout", on_pointer_out));
            listeners.push(on(target, "pointermove", on_pointer_move));
            listeners.push(on(target, "focusin", on_focus_in));
            listeners.push(on(target, "focusout", on_focus_out));
            listeners.push(on(target, "click", on_click));
        }
        // Escape and outside taps count wherever focus and the pointer are.
        listeners.push(on(document, "keydown", on_key_down));
        listeners.push(on(document, "pointerdown", on_pointer_down));
        listeners.push(reposition("scroll"));
        listeners.push(reposition("resize"));
        Ok(Cards {
            state,
            _listeners: listeners,
        })
    }

    pub fn close(&self) {
        close(&self.state);
    }

    /// Takes in mentions as they are made, in document order: a long body arrives block
    /// by block, and the enhancer wraps a page's mentions slice by slice.
    pub fn add_mentions(&self, made: Vec<dom::MadeMention>) {
        let mut s = self.state.borrow_mut();
        let enabled = s.enabled;
        for (element, id) in made {
            if let Some(&entity) = s.by_id.get(&id) {
                if !enabled {
                    show_as_mention(&element, false);
                }
                s.mentions[entity].push(element);
            }
        }
    }
}

/// An empty, hidden card: a non-modal dialog labelled by its heading, in `parent`.
fn new_card(document: &Document, parent: &Element) -> Result<HtmlElement, JsValue> {
    let card: HtmlElement = document.create_element("div")?.unchecked_into();
    card.set_class_name("gloss-card");
    card.set_id("gloss-card");
    card.set_attribute("role", "dialog")?;
    card.set_attribute("aria-labelledby", "gloss-card-name")?;
    card.set_hidden(true);
    parent.append_child(&card)?;
    Ok(card)
}

/// The first element of an event's composed path: the real target inside the shadow root.
fn target_of(event: &web_sys::Event) -> Option<Element> {
    event.composed_path().get(0).dyn_into::<Element>().ok()
}

fn mention_of(element: &Element) -> Option<Element> {
    element.closest(".gloss-mention").ok()?
}

fn inside(container: &Element, event: &web_sys::Event) -> bool {
    event.composed_path().includes(container, 0)
}

fn pointer_event(event: &web_sys::Event) -> Option<&web_sys::PointerEvent> {
    event.dyn_ref::<web_sys::PointerEvent>()
}

fn on_pointer_over(state: &Shared, event: &web_sys::Event) {
    let Some(pointer) = pointer_event(event) else {
        return;
    };
    if pointer.pointer_type() == "touch" {
        return;
    }
    let mut s = state.borrow_mut();
    s.pointer = (pointer.client_x() as f64, pointer.client_y() as f64);
    if !s.enabled {
        return;
    }
    if inside(&s.card, event) {
        s.timer = None;
        s.exit = None;
        return;
    }
    let Some(mention) = target_of(event).and_then(|t| mention_of(&t)) else {
        return;
    };
    if s.open.as_ref().is_some_and(|o| o.mention == mention) {
        s.timer = None;
        s.exit = None;
        return;
    }
    // On the way from a mention to its card the pointer may cross other mentions; inside
    // the safe triangle they do not take over.
    if s.open.is_some() && in_safe_triangle(&s) {
        return;
    }
    let dwell = s.timing.dwell;
    drop(s);
    if dwell == 0 {
        open(state, &mention, Trigger::Pointer);
        return;
    }
    let weak = Rc::downgrade(state);
    state.borrow_mut().timer = Some(Timeout::new(dwell, move || {
        if let Some(state) = weak.upgrade() {
            open(&state, &mention, Trigger::Pointer);
        }
    }));
}

fn on_pointer_out(state: &Shared, event: &web_sys::Event) {
    let Some(pointer) = pointer_event(event) else {
        return;
    };
    if pointer.pointer_type() == "touch" {
        return;
    }
    let mut s = state.borrow_mut();
    let from_mention = target_of(event).and_then(|t| mention_of(&t));
    let from_card = inside(&s.card, event);
    if from_mention.is_none() && !from_card {
        return;
    }
    // Moving within the same mention or within the card is not leaving.
    let to = pointer
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    if let Some(to) = &to {
        let same_mention = from_mention.as_ref().is_some_and(|m| m.contains(Some(to)));
        if same_mention || s.card.contains(Some(to)) {
            return;
        }
    }
    let Some(open_mention) = s.open.as_ref().map(|o| o.mention.clone()) else {
        // A dwell that had not finished is abandoned.
        s.timer = None;
        return;
    };
    if from_mention.as_ref() == Some(&open_mention) {
        s.exit = Some((pointer.client_x() as f64, pointer.client_y() as f64));
    }
    schedule_close(state, &mut s);
}

fn on_pointer_move(state: &Shared, event: &web_sys::Event) {
    let Some(pointer) = pointer_event(event) else {
        return;
    };
    let mut s = state.borrow_mut();
    s.pointer = (pointer.client_x() as f64, pointer.client_y() as f64);
    if s.open.is_none() || s.exit.is_none() || inside(&s.card, event) {
        return;
    }
    if in_safe_triangle(&s) {
        s.timer = None;
    } else if s.timer.is_none() {
        schedule_close(state, &mut s);
    }
}

fn schedule_close(state: &Shared, s: &mut State) {
    let weak = Rc::downgrade(state);
    s.timer = Some(Timeout::new(s.timing.hide_delay, move || {
        if let Some(state) = weak.upgrade() {
            close(&state);
        }
    }));
}

/// Whether the pointer is inside the triangle from where it left the mention to the near
/// edge of the card, the path a reader takes to reach the card.
fn in_safe_triangle(s: &State) -> bool {
    let Some(apex) = s.exit else { return false };
    let rect = s.card.get_bounding_client_rect();
    let edge_y = if rect.top() >= apex.1 {
        rect.top()
    } else {
        rect.bottom()
    };
    let (a, b, c) = (apex, (rect.left(), edge_y), (rect.right(), edge_y));
    let p = s.pointer;
    let side = |p1: (f64, f64), p2: (f64, f64), p3: (f64, f64)| {
        (p1.0 - p3.0) * (p2.1 - p3.1) - (p2.0 - p3.0) * (p1.1 - p3.1)
    };
    let (d1, d2, d3) = (side(p, a, b), side(p, b, c), side(p, c, a));
    let negative = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let positive = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(negative && positive)
}

fn on_focus_in(state: &Shared, event: &web_sys::Event) {
    let mut s = state.borrow_mut();
    if inside(&s.card, event) {
        s.timer = None;
        return;
    }
    if s.returning_focus || !s.enabled {
        return;
    }
    let Some(mention) = target_of(event).and_then(|t| mention_of(&t)) else {
        return;
    };
    if s.open.as_ref().is_some_and(|o| o.mention == mention) {
        return;
    }
    // Focus that follows a click or a tap is the pointer's business (see `on_click`);
    // only keyboard focus, which the browser marks as focus-visible, opens the card here.
    if !mention.matches(":focus-visible").unwrap_or(true) {
        return;
    }
    drop(s);
    open(state, &mention, Trigger::Keyboard);
}

fn on_focus_out(state: &Shared, event: &web_sys::Event) {
    let Some(focus) = event.dyn_ref::<web_sys::FocusEvent>() else {
        return;
    };
    let s = state.borrow();
    let Some(open) = s.open.as_ref().filter(|o| o.trigger == Trigger::Keyboard) else {
        return;
    };
    let to = focus
        .related_target()
        .and_then(|t| t.dyn_into::<Element>().ok());
    let staying = to.as_ref().is_some_and(|to| {
        s.card.contains(Some(to)) || *to == open.mention || mention_of(to).is_some()
    });
    if !staying && !s.returning_focus {
        drop(s);
        close(state);
    }
}

fn on_pointer_down(state: &Shared, event: &web_sys::Event) {
    let mut s = state.borrow_mut();
    if let Some(pointer) = pointer_event(event) {
        s.pointer_type = pointer.pointer_type();
    }
    if s.open.is_none() || inside(&s.card, event) {
        return;
    }
    let on_mention =
        target_of(event).and_then(|t| mention_of(&t)).is_some() && inside(&s.root, event);
    if !on_mention {
        drop(s);
        close(state);
    }
}

fn on_click(state: &Shared, event: &web_sys::Event) {
    let Some(target) = target_of(event) else {
        return;
    };
    if let Ok(Some(button)) = target.closest("[data-gloss-action]") {
        let action = button
            .get_attribute("data-gloss-action")
            .unwrap_or_default();
        match action.as_str() {
            "close" => close_and_return_focus(state),
            "previous" => step(state, -1),
            "next" => step(state, 1),
            "toggle-cards" => {
                let enabled = !state.borrow().enabled;
                if let Some(storage) = storage() {
                    let _ = if enabled {
                        storage.remove_item(STORAGE_KEY)
                    } else {
                        storage.set_item(STORAGE_KEY, "off")
                    };
                }
                set_enabled(state, enabled);
            }
            "index" => toggle_index(state, &button),
            _ => {}
        }
        return;
    }
    if let Ok(Some(chip)) = target.closest("[data-gloss-related]") {
        let id = chip.get_attribute("data-gloss-related").unwrap_or_default();
        show_entity(state, &id, Trigger::Pointer);
        return;
    }
    if let Ok(Some(entry)) = target.closest("[data-gloss-index]") {
        let id = entry.get_attribute("data-gloss-index").unwrap_or_default();
        show_entity(state, &id, Trigger::Keyboard);
        return;
    }
    let Some(mention) = mention_of(&target) else {
        return;
    };
    let s = state.borrow();
    if !s.enabled {
        return;
    }
    let touch = s.pointer_type == "touch";
    let is_open = s.open.as_ref().is_some_and(|o| o.mention == mention);
    drop(s);
    if is_open && touch {
        close(state);
    } else if !is_open {
        open(
            state,
            &mention,
            if touch {
                Trigger::Touch
            } else {
                Trigger::Pointer
            },
        );
    }
}

fn on_key_down(state: &Shared, event: &web_sys::Event) {
    let Some(keyboard) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
        return;
    };
    let key = keyboard.key();
    let s = state.borrow();
    let Some(open) = s.open.as_ref() else {
        drop(s);
        // Enter or Space on a mention opens its card, as on any button.
        if key == "Enter" || key == " " {
            if let Some(mention) = target_of(event).and_then(|t| mention_of(&t)) {
                if inside(&state.borrow().root, event) {
                    event.prevent_default();
                    self::open(state, &mention, Trigger::Keyboard);
                }
            }
        }
        return;
    };
    let target = target_of(event);
    let on_mention = target.as_ref() == Some(&open.mention);
    let in_card = inside(&s.card, event);
    match key.as_str() {
        "Escape" => {
            let return_focus = on_mention || in_card;
            drop(s);
            event.prevent_default();
            if return_focus {
                close_and_return_focus(state);
            } else {
                close(state);
            }
        }
        "Tab" => {
            let focusable = focusable_in(&s.card);
            let (Some(first), Some(last)) = (focusable.first().cloned(), focusable.last().cloned())
            else {
                return;
            };
            let shift = keyboard.shift_key();
            if on_mention && !shift {
                drop(s);
                event.prevent_default();
                let _ = first.focus();
            } else if in_card && shift && target.as_ref() == Some(first.unchecked_ref()) {
                let mention = open.mention.clone();
                drop(s);
                event.prevent_default();
                focus_quietly(state, &mention);
            } else if in_card && !shift && target.as_ref() == Some(last.unchecked_ref()) {
                // Leaving the card forwards goes on to the next mention, as if the card
                // sat right after its mention in the tab order.
                let next = next_tab_stop(&s.root, &open.mention);
                drop(s);
                event.prevent_default();
                match next {
                    Some(next) => {
                        close(state);
                        let _ = next.focus();
                    }
                    None => close_and_return_focus(state),
                }
            }
        }
        "Enter" | " " if on_mention => {
            drop(s);
            event.prevent_default();
            close(state);
        }
        _ => {}
    }
}

/// The first mention tab stop after `mention` in document order.
fn next_tab_stop(root: &Element, mention: &Element) -> Option<HtmlElement> {
    let stops = root
        .query_selector_all(".gloss-mention[tabindex=\"0\"]")
        .ok()?;
    (0..stops.length())
        .filter_map(|i| stops.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|stop| {
            mention.compare_document_position(stop) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
                != 0
        })
}

fn focusable_in(card: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = card.query_selector_all("a[href], button") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn focus_quietly(state: &Shared, element: &Element) {
    state.borrow_mut().returning_focus = true;
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
    state.borrow_mut().returning_focus = false;
}

fn close_and_return_focus(state: &Shared) {
    let mention = state.borrow().open.as_ref().map(|o| o.mention.clone());
    close(state);
    if let Some(mention) = mention {
        focus_quietly(state, &mention);
    }
}

/// Opens the card of the entity `id` at its first mention, scrolled into view.
fn show_entity(state: &Shared, id: &str, trigger: Trigger) {
    let mention = {
        let s = state.borrow();
        let Some(&entity) = s.by_id.get(id) else {
            return;
        };
        let Some(first) = s.mentions[entity].first() else {
            return;
        };
        first.clone()
    };
    scroll_to(&mention);
    if trigger == Trigger::Keyboard {
        focus_quietly(state, &mention);
    }
    open(state, &mention, trigger);
}

fn scroll_to(element: &Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Moves the open card to the entity's previous or next mention, and highlights it.
fn step(state: &Shared, by: isize) {
    let (mention, trigger) = {
        let s = state.borrow();
        let Some(open) = s.open.as_ref() else { return };
        let list = &s.mentions[open.entity];
        if list.is_empty() {
            return;
        }
        let at = (open.at as isize + by).rem_euclid(list.len() as isize) as usize;
        (list[at].clone(), open.trigger)
    };
    scroll_to(&mention);
    let _ = mention.class_list().add_1("gloss-flash");
    let flashed = mention.clone();
    state.borrow_mut().flash = Some(Timeout::new(1200, move || {
        let _ = flashed.class_list().remove_1("gloss-flash");
    }));
    open(state, &mention, trigger);
    // Keep keyboard focus in the card, on the button that was used.
    let s = state.borrow();
    let selector = if by < 0 {
        "[data-gloss-action=previous]"
    } else {
        "[data-gloss-action=next]"
    };
    if let Ok(Some(button)) = s.card.query_selector(selector) {
        if let Some(button) = button.dyn_ref::<HtmlElement>() {
            let _ = button.focus();
        }
    }
}

fn open(state: &Shared, mention: &Element, trigger: Trigger) {
    let mut s = state.borrow_mut();
    s.timer = None;
    s.exit = None;
    let Some(entity) = mention
        .get_attribute("data-gloss-entity")
        .and_then(|id| s.by_id.get(&id).copied())
    else {
        return;
    };
    let at = s.mentions[entity]
        .iter()
        .position(|m| m == mention)
        .unwrap_or(0);
    let previous = s.open.take();
    if let Some(previous) = &previous {
        let _ = previous.mention.set_attribute("aria-expanded", "false");
    }
    let content = dom::create(&s.document, &card(&s.annotation, entity, at, &s.messages));
    s.card.set_text_content(None);
    dom::append(&s.card, &content);
    let id = s.annotation.entities[entity].id.clone();
    let _ = s.card.set_attribute("data-gloss-card", &id);
    s.card.set_hidden(false);
    let _ = mention.set_attribute("aria-expanded", "true");
    let _ = mention.set_attribute("aria-controls", "gloss-card");
    s.open = Some(Open {
        entity,
        at,
        mention: mention.clone(),
        trigger,
    });
    place(&s);
    let root = s.root.clone();
    drop(s);
    if let Some(previous) = previous {
        dispatch(
            &root,
            "gloss:close",
            &state.borrow().annotation.entities[previous.entity].id,
            previous.trigger,
        );
    }
    dispatch(&root, "gloss:open", &id, trigger);
}

fn close(state: &Shared) {
    let mut s = state.borrow_mut();
    s.timer = None;
    s.exit = None;
    let Some(open) = s.open.take() else { return };
    let _ = open.mention.set_attribute("aria-expanded", "false");
    s.card.set_hidden(true);
    let _ = s.card.remove_attribute("data-gloss-card");
    let id = s.annotation.entities[open.entity].id.clone();
    let root = s.root.clone();
    drop(s);
    dispatch(&root, "gloss:close", &id, open.trigger);
}

fn reposition(state: &Shared) {
    if let Ok(s) = state.try_borrow() {
        if s.open.is_some() {
            place(&s);
        }
    }
}

/// Puts the card below the mention, or above it when there is no room below, keeps it
/// inside the viewport sideways, and points the arrow at the mention. A name that wraps
/// anchors to the line the pointer is on. Narrow screens get a bottom sheet instead.
/// Positions go through the CSSOM, which a strict CSP allows.
fn place(s: &State) {
    let Some(open) = s.open.as_ref() else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    let number =
        |v: Result<JsValue, JsValue>, default| v.ok().and_then(|v| v.as_f64()).unwrap_or(default);
    let width = number(window.inner_width(), 800.0);
    let height = number(window.inner_height(), 600.0);
    let classes = s.card.class_list();
    let style = s.card.style();
    if width < SHEET_BELOW {
        let _ = classes.add_1("gloss-sheet");
        let _ = style.remove_property("top");
        let _ = style.remove_property("left");
        return;
    }
    let _ = classes.remove_1("gloss-sheet");
    let rects = open.mention.get_client_rects();
    let mut anchor = open.mention.get_bounding_client_rect();
    for i in 0..rects.length() {
        if let Some(line) = rects.get(i) {
            if i == 0
                || (open.trigger == Trigger::Pointer
                    && s.pointer.1 >= line.top()
                    && s.pointer.1 <= line.bottom())
            {
                anchor = line;
            }
            if i > 0 && open.trigger != Trigger::Pointer {
                break;
            }
        }
    }
    let card = s.card.get_bounding_client_rect();
    let below = anchor.bottom() + GAP;
    let above = anchor.top() - GAP - card.height();
    let flip = below + card.height() > height - GAP && above >= GAP;
    let top = if flip { above } else { below };
    let centre = anchor.left() + anchor.width() / 2.0;
    let left = (centre - card.width() / 2.0)
        .min(width - card.width() - GAP)
        .max(GAP);
    let arrow = (centre - left).min(card.width() - 14.0).max(14.0);
    let _ = classes.toggle_with_force("gloss-above", flip);
    let _ = style.set_property("top", &px(top));
    let _ = style.set_property("left", &px(left));
    let _ = style.set_property("--gloss-arrow-x", &px(arrow));
}

/// A length in whole pixels, written as an integer: float printing would bring
/// `core::fmt` into the wasm.
fn px(value: f64) -> String {
    let value = value.round() as i32;
    let sign = if value < 0 { "-" } else { "" };
    [sign, &crate::decimal(value.unsigned_abs() as usize), "px"].concat()
}

/// Puts a mention in the tab order and gives it its button role, or, with cards off,
/// takes both away: off means off for the keyboard too.
fn show_as_mention(mention: &Element, enabled: bool) {
    if enabled {
        if mention.get_attribute("data-gloss-tab").is_some() {
            let _ = mention.set_attribute("tabindex", "0");
        }
        let _ = mention.set_attribute("role", "button");
    } else {
        if mention.get_attribute("tabindex").as_deref() == Some("0") {
            let _ = mention.set_attribute("data-gloss-tab", "");
        }
        let _ = mention.set_attribute("tabindex", "-1");
        let _ = mention.remove_attribute("role");
    }
}

fn set_enabled(state: &Shared, enabled: bool) {
    let mut s = state.borrow_mut();
    s.enabled = enabled;
    let _ = s
        .root
        .class_list()
        .toggle_with_force("gloss-cards-off", !enabled);
    if let Ok(Some(toggle)) = s.root.query_selector("[data-gloss-action=toggle-cards]") {
        let _ = toggle.set_attribute("aria-pressed", if enabled { "true" } else { "false" });
    }
    let mentions: Vec<Element> = s.mentions.iter().flatten().cloned().collect();
    drop(s);
    for mention in mentions {
        show_as_mention(&mention, enabled);
    }
    if !enabled {
        close(state);
    }
}

fn toggle_index(state: &Shared, button: &Element) {
    let s = state.borrow();
    let Ok(Some(panel)) = s.root.query_selector("#gloss-index") else {
        return;
    };
    let Some(panel) = panel.dyn_ref::<HtmlElement>() else {
        return;
    };
    let show = panel.hidden();
    if show && panel.child_element_count() == 1 {
        // Opened for the first time: only the title is there yet.
        for entry in index_entries(&s.annotation) {
            dom::append(panel, &dom::create(&s.document, &entry));
        }
        place_ticks(panel);
    }
    panel.set_hidden(!show);
    let _ = button.set_attribute("aria-expanded", if show { "true" } else { "false" });
}

/// Sets each index tick's place along its strip from its `data-at` (per mille).
fn place_ticks(panel: &Element) {
    let Ok(ticks) = panel.query_selector_all(".gloss-tick") else {
        return;
    };
    for i in 0..ticks.length() {
        let Some(tick) = ticks.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let per_mille: u32 = tick
            .get_attribute("data-at")
            .and_then(|a| a.parse().ok())
            .unwrap_or(0);
        let at = [
            &crate::decimal(per_mille as usize / 10),
            ".",
            &crate::decimal(per_mille as usize % 10),
            "%",
        ]
        .concat();
        let _ = tick.style().set_property("inset-inline-start", &at);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
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
