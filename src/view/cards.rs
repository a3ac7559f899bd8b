//! The browser adapter of the cards: it turns DOM events into [`Input`]s for the pure
//! [`Controller`] (`crate::cards`), and applies the [`Effect`]s it returns. Listeners are
//! attached once to the widget's root (and a few to the document) and find mentions by
//! delegation, so a long article costs no more listeners than a short one. Dropping
//! [`Cards`] closes the card and removes every listener and timer.
//!
//! Each handler reads what it needs from the event and the DOM first, borrows the
//! controller only for the `on` call, and only then applies the effects, through an
//! [`EffectQueue`]: no borrow is alive while page code can run (focus, scrolling,
//! `gloss:open` and `gloss:close` listeners, getters), and an input that arrives while
//! effects are being applied only adds its effects to the queue.

use super::card::{card, index, index_entries, toolbar};
use super::dom;
use super::listener::Listener;
use super::Messages;
use crate::cards::controller::{Action, EffectQueue, Event, Focus, Key, Place};
use crate::cards::placement::{self, Placement, Rect, Request, Size};
use crate::cards::{Controller, Effect, Input, Mention};
pub use crate::cards::{Timing, Trigger};
use crate::engine::Annotation;
use crate::StringMap;
use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// The reader's on/off choice for cards, the only thing gloss keeps in localStorage.
const STORAGE_KEY: &str = "gloss-cards";

/// One widget's cards: the controller and the DOM it drives.
struct Shared {
    document: Document,
    /// The element that holds the mentions (and, for a view, the toolbar and index).
    root: Element,
    card: HtmlElement,
    annotation: Rc<Annotation>,
    messages: Messages,
    by_id: StringMap,
    /// Every mention element of each entity, in document order.
    mentions: RefCell<Vec<Vec<Element>>>,
    controller: RefCell<Controller>,
    queue: EffectQueue,
    /// The controller's one timer (dwell or hide delay).
    timer: RefCell<Option<Timeout>>,
    /// Removes the highlight from a mention reached with previous/next.
    flash: RefCell<Option<Timeout>>,
    /// The highlighted mention.
    flashed: RefCell<Option<Element>>,
    /// How many of this widget's handlers are running (they nest when one's effect runs
    /// page code that dispatches another event). A trap leaves it above zero.
    running: Cell<u32>,
    /// Set once a trap has stopped this widget: it takes no more input.
    dead: Cell<bool>,
    /// The card's content is being replaced: focus leaving the removed nodes is not the
    /// reader's doing.
    replacing: Cell<bool>,
    /// A test hook: trap while placing a card, to prove that a trap is contained.
    trap_for_testing: bool,
}

/// The live card machinery of one view.
pub struct Cards {
    shared: Rc<Shared>,
    _listeners: Vec<Listener>,
}

impl Drop for Cards {
    /// Closes the card (telling the host page) and stops: the listeners go with `self`.
    fn drop(&mut self) {
        self.shared
            .enter(|| self.shared.input(Input::Destroy, None));
    }
}

impl Cards {
    /// Fills `root` with the toolbar, the index (when asked for), `article` and the card,
    /// in that order, and starts listening.
    #[allow(clippy::too_many_arguments)]
    pub fn attach(
        document: &Document,
        root: &Element,
        article: &Element,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Messages,
        with_index: bool,
        trap_for_testing: bool,
    ) -> Result<Cards, JsValue> {
        let bar = dom::create(document, &toolbar(with_index, &messages));
        root.append_child(&bar)?;
        if with_index {
            let panel = dom::create(document, &index(&messages));
            root.append_child(&panel)?;
        }
        root.append_child(article)?;
        let card = new_card(document, root)?;
        let mut shared = Shared::new(document, root, card, annotation, timing, messages);
        shared.trap_for_testing = trap_for_testing;
        Cards::listen(shared, std::slice::from_ref(root))
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
        let shared = Shared::new(document, root, card, annotation, timing, messages);
        Cards::listen(shared, &[root.clone(), chrome.clone()])
    }

    /// Starts listening: delegated pointer, focus and click listeners on each of `targets`,
    /// and keyboard, outside-press, scroll and resize listeners on the document and window.
    fn listen(shared: Shared, targets: &[Element]) -> Result<Cards, JsValue> {
        let shared = Rc::new(shared);
        shared.show_enabled(shared.controller.borrow().enabled());
        let window = web_sys::window().ok_or("no window")?;
        let document = shared.document.clone();
        let delegated: [(&str, Handler); 6] = [
            ("pointerover", Shared::on_pointer_over),
            ("pointerout", Shared::on_pointer_out),
            ("pointermove", Shared::on_pointer_move),
            ("focusin", Shared::on_focus_in),
            ("focusout", Shared::on_focus_out),
            ("click", Shared::on_click),
        ];
        let mut listeners = Vec::new();
        for target in targets {
            for (event, handler) in delegated {
                listeners.push(listener(&shared, target, event, false, handler));
            }
        }
        // Escape and outside taps count wherever focus and the pointer are; scrolling
        // anywhere moves the card.
        listeners.push(listener(
            &shared,
            &document,
            "keydown",
            false,
            Shared::on_key_down,
        ));
        listeners.push(listener(
            &shared,
            &document,
            "pointerdown",
            false,
            Shared::on_pointer_down,
        ));
        listeners.push(listener(
            &shared,
            &window,
            "scroll",
            true,
            Shared::on_reposition,
        ));
        listeners.push(listener(
            &shared,
            &window,
            "resize",
            true,
            Shared::on_reposition,
        ));
        Ok(Cards {
            shared,
            _listeners: listeners,
        })
    }

    /// Takes in mentions as they are made, in document order: a long body arrives block
    /// by block, and the enhancer wraps a page's mentions slice by slice.
    pub fn add_mentions(&self, made: Vec<dom::MadeMention>) {
        let s = &self.shared;
        let enabled = s.controller.borrow().enabled();
        for (element, id) in made {
            let Some(&entity) = s.by_id.get(&id) else {
                continue;
            };
            if !enabled {
                show_as_mention(&element, false);
            }
            s.mentions.borrow_mut()[entity].push(element);
            s.controller.borrow_mut().add_mention(entity);
        }
    }

    /// Called by the loader after a trap inside gloss: if one of this widget's handlers
    /// was running (it never finished), the widget takes no more input, and the loader
    /// closes its card. Touches no `RefCell` and calls nothing, since the trap may have
    /// left a borrow or the allocator unfinished. Returns whether this widget stopped.
    pub fn contain(&self) -> bool {
        let s = &self.shared;
        let stopped = s.running.get() > 0 && !s.dead.get();
        if stopped {
            s.dead.set(true);
        }
        stopped
    }
}

type Handler = fn(&Rc<Shared>, &web_sys::Event);

/// A listener for `event` on `target` that runs `handler` for the widget while it lives.
/// Not passive, since the keyboard and click handlers call preventDefault, except for
/// scroll and resize (`window`), heard in the capture phase. The closure holds the widget
/// weakly: dropping `Cards` frees it even while one is running.
fn listener(
    shared: &Rc<Shared>,
    target: &web_sys::EventTarget,
    event: &'static str,
    window: bool,
    handler: Handler,
) -> Listener {
    let weak = Rc::downgrade(shared);
    let run = move |e| {
        if let Some(shared) = weak.upgrade() {
            shared.enter(|| handler(&shared, &e));
        }
    };
    Listener::new(target, event, window, window, Box::new(run))
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

fn rect(r: &web_sys::DomRect) -> Rect {
    Rect {
        left: r.left(),
        top: r.top(),
        right: r.right(),
        bottom: r.bottom(),
    }
}

impl Shared {
    fn new(
        document: &Document,
        root: &Element,
        card: HtmlElement,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Messages,
    ) -> Shared {
        let by_id: StringMap = annotation
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let entities = annotation.entities.len();
        let enabled = storage()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .as_deref()
            != Some("off");
        Shared {
            document: document.clone(),
            root: root.clone(),
            card,
            annotation,
            messages,
            by_id,
            mentions: RefCell::new(vec![Vec::new(); entities]),
            controller: RefCell::new(Controller::new(entities, timing, enabled)),
            queue: EffectQueue::default(),
            timer: RefCell::new(None),
            flash: RefCell::new(None),
            flashed: RefCell::new(None),
            running: Cell::new(0),
            dead: Cell::new(false),
            replacing: Cell::new(false),
            trap_for_testing: false,
        }
    }

    /// Runs one entry from the page (a listener, a timer), counted in `running` so that
    /// [`Cards::contain`] can tell that a trap happened inside this widget.
    fn enter(&self, f: impl FnOnce()) {
        if self.dead.get() {
            return;
        }
        self.running.set(self.running.get() + 1);
        f();
        self.running.set(self.running.get() - 1);
    }

    /// Runs the controller on `input` (the only borrow of it, which ends before anything
    /// else happens), stops `event`'s default action if asked, and applies the effects.
    fn input(self: &Rc<Self>, input: Input, event: Option<&web_sys::Event>) {
        if self.queue.input(&self.controller, input) {
            if let Some(event) = event {
                event.prevent_default();
            }
        }
        self.queue.run(&|effect| {
            if !self.dead.get() {
                self.apply(effect);
            }
        });
    }

    /// The mention element `element` is or is inside, as the controller names it, when it
    /// is one of this widget's.
    fn mention_of(&self, element: &Element) -> Option<Mention> {
        let mention = element.closest(".gloss-mention").ok()??;
        let id = mention.get_attribute("data-gloss-entity")?;
        let entity = *self.by_id.get(&id)?;
        let at = self
            .mentions
            .borrow()
            .get(entity)?
            .iter()
            .position(|m| *m == mention)?;
        Some(Mention { entity, at })
    }

    fn element(&self, mention: Mention) -> Option<Element> {
        self.mentions
            .borrow()
            .get(mention.entity)?
            .get(mention.at)
            .cloned()
    }

    /// Where `element` is: in the card (and whether it is the card's first or last
    /// focusable element, when `tab_order` asks), on a mention, or elsewhere.
    fn place_of(&self, element: Option<&Element>, tab_order: bool) -> Place {
        let Some(element) = element else {
            return Place::Outside;
        };
        if self.card.contains(Some(element)) {
            let (mut first, mut last) = (false, false);
            if let (true, Ok(list)) = (tab_order, self.card.query_selector_all(FOCUSABLE)) {
                let element: &JsValue = element.as_ref();
                let is = |i| {
                    list.item(i)
                        .is_some_and(|node| AsRef::<JsValue>::as_ref(&node) == element)
                };
                first = is(0);
                last = list.length() > 0 && is(list.length() - 1);
            }
            return Place::Card { first, last };
        }
        match self.mention_of(element) {
            Some(mention) => Place::Mention(mention),
            None => Place::Outside,
        }
    }

    /// The card's rectangle, when the controller needs it for the safe triangle.
    fn card_rect(&self) -> Option<Rect> {
        let watching = self.controller.borrow().watching_pointer();
        watching.then(|| rect(&self.card.get_bounding_client_rect()))
    }

    fn on_reposition(self: &Rc<Self>, _: &web_sys::Event) {
        self.input(Input::Reposition, None);
    }

    fn on_pointer_over(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(pointer) = event.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        let input = Input::PointerOver {
            place: self.place_of(target_of(event).as_ref(), false),
            x: pointer.client_x(),
            y: pointer.client_y(),
            touch: pointer.pointer_type() == "touch",
            card: self.card_rect(),
        };
        self.input(input, Some(event));
    }

    fn on_pointer_out(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(pointer) = event.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        let to = pointer
            .related_target()
            .and_then(|t| t.dyn_into::<Element>().ok());
        let input = Input::PointerOut {
            from: self.place_of(target_of(event).as_ref(), false),
            to: self.place_of(to.as_ref(), false),
            x: pointer.client_x(),
            y: pointer.client_y(),
            touch: pointer.pointer_type() == "touch",
        };
        self.input(input, Some(event));
    }

    fn on_pointer_move(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(pointer) = event.dyn_ref::<web_sys::PointerEvent>() else {
            return;
        };
        let in_card = target_of(event).is_some_and(|t| self.card.contains(Some(&t)));
        let input = Input::PointerMove {
            x: pointer.client_x(),
            y: pointer.client_y(),
            in_card,
            card: self.card_rect(),
        };
        self.input(input, Some(event));
    }

    fn on_pointer_down(self: &Rc<Self>, event: &web_sys::Event) {
        let touch = event
            .dyn_ref::<web_sys::PointerEvent>()
            .is_some_and(|p| p.pointer_type() == "touch");
        let place = self.place_of(target_of(event).as_ref(), false);
        self.input(Input::PointerDown { place, touch }, Some(event));
    }

    fn on_focus_in(self: &Rc<Self>, event: &web_sys::Event) {
        let target = target_of(event);
        let place = self.place_of(target.as_ref(), false);
        // Only keyboard focus, which the browser marks as focus-visible, opens a card.
        let visible = matches!(place, Place::Mention(_))
            && target.is_some_and(|t| {
                t.closest(".gloss-mention")
                    .ok()
                    .flatten()
                    .is_some_and(|m| m.matches(":focus-visible").unwrap_or(true))
            });
        self.input(Input::FocusIn { place, visible }, Some(event));
    }

    fn on_focus_out(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(focus) = event.dyn_ref::<web_sys::FocusEvent>() else {
            return;
        };
        if self.replacing.get() {
            return;
        }
        let to = focus
            .related_target()
            .and_then(|t| t.dyn_into::<Element>().ok());
        let to = self.place_of(to.as_ref(), false);
        self.input(Input::FocusOut { to }, Some(event));
    }

    fn on_click(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(target) = target_of(event) else {
            return;
        };
        let closest = |selector| target.closest(selector).ok().flatten();
        let entity = |element: Element, attribute| {
            let id = element.get_attribute(attribute).unwrap_or_default();
            self.by_id.get(&id).copied()
        };
        let input = if let Some(button) = closest("[data-gloss-action]") {
            let action = match button.get_attribute("data-gloss-action").as_deref() {
                Some("close") => Action::Close,
                Some("previous") => Action::Previous,
                Some("next") => Action::Next,
                Some("toggle-cards") => Action::ToggleCards,
                Some("index") => Action::Index,
                _ => return,
            };
            Input::Action(action)
        } else if let Some(chip) = closest("[data-gloss-related]") {
            let Some(entity) = entity(chip, "data-gloss-related") else {
                return;
            };
            Input::Show {
                entity,
                trigger: Trigger::Pointer,
            }
        } else if let Some(entry) = closest("[data-gloss-index]") {
            let Some(entity) = entity(entry, "data-gloss-index") else {
                return;
            };
            Input::Show {
                entity,
                trigger: Trigger::Keyboard,
            }
        } else {
            Input::Click {
                place: self.place_of(Some(&target), false),
            }
        };
        self.input(input, Some(event));
    }

    fn on_key_down(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(keyboard) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let key = match keyboard.key().as_str() {
            "Escape" => Key::Escape,
            "Tab" if keyboard.shift_key() => Key::ShiftTab,
            "Tab" => Key::Tab,
            "Enter" => Key::Enter,
            " " => Key::Space,
            _ => return,
        };
        let place = self.place_of(target_of(event).as_ref(), key != Key::Escape);
        let next_stop = match (key, place) {
            (Key::Tab, Place::Card { last: true, .. }) => self.next_tab_stop(),
            _ => None,
        };
        let input = Input::Key {
            key,
            place,
            next_stop,
        };
        self.input(input, Some(event));
    }

    /// The first mention tab stop after the open card's mention, in document order.
    fn next_tab_stop(&self) -> Option<Mention> {
        let open = self.controller.borrow().open();
        let mention = self.element(open?.0)?;
        let stops = self
            .root
            .query_selector_all(".gloss-mention[tabindex=\"0\"]")
            .ok()?;
        (0..stops.length())
            .filter_map(|i| stops.item(i)?.dyn_into::<Element>().ok())
            .find(|stop| {
                mention.compare_document_position(stop) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING
                    != 0
            })
            .and_then(|stop| self.mention_of(&stop))
    }

    /// Does what the controller asked. Called with no borrow held; the page code it runs
    /// may feed inputs back in, which only queue their effects.
    fn apply(self: &Rc<Self>, effect: Effect) {
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
            Effect::Place { mention, pointer_y } => self.place(mention, pointer_y),
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
                        let selector = if action == Action::Previous {
                            "[data-gloss-action=previous]"
                        } else {
                            "[data-gloss-action=next]"
                        };
                        self.card.query_selector(selector).ok().flatten()
                    }
                };
                if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                    let _ = element.focus();
                }
                self.input(Input::FocusDone, None);
            }
            Effect::ScrollTo(mention) => {
                if let Some(element) = self.element(mention) {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
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
            Effect::ShowIndex(show) => self.show_index(show),
        }
    }

    /// A timer that, after `ms`, removes the highlight (`flash`) or tells the controller.
    /// One closure type for both: each type has its own glue in the wasm.
    fn timeout(self: &Rc<Self>, ms: u32, flash: bool) -> Timeout {
        let weak = Rc::downgrade(self);
        Timeout::new(ms, move || {
            let Some(shared) = weak.upgrade() else { return };
            if flash {
                let flashed = shared.flashed.take();
                if let Some(element) = flashed {
                    let _ = element.class_list().remove_1("gloss-flash");
                }
            } else {
                shared.enter(|| shared.input(Input::TimerFired, None));
            }
        })
    }

    /// Fills the card for `mention`'s entity and shows it, marked as that mention's.
    fn show(&self, mention: Mention) {
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
    fn place(&self, mention: Mention, pointer_y: Option<i32>) {
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

    /// Shows cards as on or off: the root's class, the switch, and the mentions' tab stops.
    fn show_enabled(&self, enabled: bool) {
        let _ = self
            .root
            .class_list()
            .toggle_with_force("gloss-cards-off", !enabled);
        if let Ok(Some(toggle)) = self.root.query_selector("[data-gloss-action=toggle-cards]") {
            let _ = toggle.set_attribute("aria-pressed", if enabled { "true" } else { "false" });
        }
        let mentions: Vec<Element> = self.mentions.borrow().iter().flatten().cloned().collect();
        for mention in mentions {
            show_as_mention(&mention, enabled);
        }
    }

    fn show_index(&self, show: bool) {
        let Ok(Some(panel)) = self.root.query_selector("#gloss-index") else {
            return;
        };
        let Some(panel) = panel.dyn_ref::<HtmlElement>() else {
            return;
        };
        if show && panel.child_element_count() == 1 {
            // Opened for the first time: only the title is there yet.
            for entry in index_entries(&self.annotation) {
                dom::append(panel, &dom::create(&self.document, &entry));
            }
            place_ticks(panel);
        }
        panel.set_hidden(!show);
        if let Ok(Some(button)) = self.root.query_selector("[data-gloss-action=index]") {
            let _ = button.set_attribute("aria-expanded", if show { "true" } else { "false" });
        }
    }
}

/// What the card's Tab order starts and ends with.
const FOCUSABLE: &str = "a[href], button";

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
fn dispatch(root: &Element, event: Event, entity: &str, trigger: Trigger) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"entity".into(), &entity.into());
    let _ = js_sys::Reflect::set(&detail, &"trigger".into(), &trigger.as_str().into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = root.dispatch_event(&event);
    }
}
