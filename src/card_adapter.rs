//! The browser adapter of the cards: it turns DOM events into [`Input`]s for the pure
//! [`Controller`] (`gloss_cards`), and applies the [`Effect`]s it returns. Listeners are
//! attached once to the widget's root (and a few to the document) and find mentions by
//! delegation, so a long article costs no more listeners than a short one. Dropping
//! [`Cards`] closes the card and removes every listener and timer.
//!
//! Each handler reads what it needs from the event and the DOM first, borrows the
//! controller only for the `on` call, and only then applies the effects, through an
//! [`EffectQueue`]: no borrow is alive while page code can run (focus, scrolling,
//! `gloss:open` and `gloss:close` listeners, getters), and an input that arrives while
//! effects are being applied only adds its effects to the queue.
//!
//! This file holds the widget's shared state and its lifetime: attaching, taking in
//! mentions, containing a trap, and the lookups every part uses. The DOM events become
//! inputs in [`listeners`], the effects reach the DOM in [`effects`], and the cards
//! switch and the view's index panel are kept in step with the controller in [`toolbar`]
//! and `index`.

mod effects;
#[cfg(feature = "widget")]
mod index;
mod listeners;
mod toolbar;

use toolbar::show_as_mention;

use super::dom;
use super::listener::{Listener, Timer};
use gloss_base::StringMap;
use gloss_cards::controller::{EffectQueue, Hit};
use gloss_cards::placement::Rect;
use gloss_cards::{Controller, Input, MentionId};
pub use gloss_cards::{Timing, Trigger};
use gloss_engine::{index_by_id, Annotation};
use gloss_view::card_content::{index, toolbar};
use gloss_view::Messages;
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
    /// For mentions in the page, the host of the shadow root that holds the card: focus
    /// or a pointer that moves from a mention into the card is reported as moving to
    /// this host, since the card is in another tree.
    card_host: Option<Element>,
    annotation: Rc<Annotation>,
    messages: Rc<Messages>,
    by_id: StringMap,
    /// Every mention element of each entity, in document order.
    mentions: RefCell<Vec<Vec<Element>>>,
    controller: RefCell<Controller>,
    queue: EffectQueue,
    /// The controller's one timer (dwell or hide delay).
    timer: RefCell<Option<Timer>>,
    /// Removes the highlight from a mention reached with previous/next.
    flash: RefCell<Option<Timer>>,
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
    /// in that order, and starts listening. The toolbar's switch is hidden where the host
    /// offers its own (`toggle` false), and the toolbar too when it has nothing else to
    /// show. Where the host turned cards off (`on` false) there is no toolbar or index,
    /// and the cards stay off: the mentions are plain text.
    #[allow(clippy::too_many_arguments)]
    pub fn attach(
        document: &Document,
        root: &Element,
        article: &Element,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Rc<Messages>,
        on: bool,
        toggle: bool,
        with_index: bool,
        trap_for_testing: bool,
    ) -> Result<Cards, JsValue> {
        if on {
            let bar = dom::create(document, &toolbar(toggle, with_index, &messages));
            root.append_child(&bar)?;
            if with_index {
                let panel = dom::create(document, &index(&messages));
                root.append_child(&panel)?;
            }
        }
        root.append_child(article)?;
        let card = new_card(document, root)?;
        let mut shared = Shared::new(document, root, card, annotation, timing, messages, on);
        shared.trap_for_testing = trap_for_testing;
        Cards::listen(shared, std::slice::from_ref(root))
    }

    /// Card behaviour for mentions already in the page (the in-place enhancer): `root`
    /// holds the mentions, and the reader's switch and the card go into `chrome`, a widget
    /// root in a shadow root of its own so that the page's styles and gloss's do not mix.
    /// (The loader shows one switch per page and hides the others.)
    pub fn attach_to_page(
        document: &Document,
        root: &Element,
        chrome: &Element,
        annotation: Rc<Annotation>,
        timing: Timing,
        messages: Rc<Messages>,
    ) -> Result<Cards, JsValue> {
        dom::append(
            chrome,
            &dom::create(document, &toolbar(true, false, &messages)),
        );
        let card = new_card(document, chrome)?;
        let mut shared = Shared::new(document, root, card, annotation, timing, messages, true);
        shared.card_host = chrome
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()
            .map(|shadow| shadow.host());
        Cards::listen(shared, &[root.clone(), chrome.clone()])
    }

    /// Starts listening: delegated pointer, focus and click listeners on each of `targets`,
    /// and keyboard, outside-press, scroll and resize listeners on the document and window.
    fn listen(shared: Shared, targets: &[Element]) -> Result<Cards, JsValue> {
        let shared = Rc::new(shared);
        let enabled = shared.controller.borrow().enabled();
        shared.show_enabled(enabled);
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
        let page: [(&web_sys::EventTarget, &str, bool, Handler); 4] = [
            (&document, "keydown", false, Shared::on_key_down),
            (&document, "pointerdown", false, Shared::on_pointer_down),
            (&window, "scroll", true, Shared::on_reposition),
            (&window, "resize", true, Shared::on_reposition),
        ];
        for (target, event, window, handler) in page {
            listeners.push(listener(&shared, target, event, window, handler));
        }
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
            let Some(&entity) = s.by_id.get(id.as_str()) else {
                continue;
            };
            if !enabled {
                show_as_mention(&element, false);
            }
            s.mentions.borrow_mut()[entity].push(element);
            s.controller.borrow_mut().add_mention(entity);
        }
    }

    /// Every mention element taken in, for an enhancement that unwraps its own.
    pub fn mention_elements(&self) -> Vec<Element> {
        self.shared.mentions.borrow().concat()
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
/// Scroll and resize (`window`) are heard in the capture phase, so that scrolling any
/// element moves the card. The closure holds the widget
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
    Listener::new(target, event, window, Box::new(run))
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
        messages: Rc<Messages>,
        on: bool,
    ) -> Shared {
        let by_id = index_by_id(&annotation.entities);
        let entities = annotation.entities.len();
        // The host's choice, then the reader's.
        let enabled = on
            && storage()
                .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
                .as_deref()
                != Some("off");
        Shared {
            document: document.clone(),
            root: root.clone(),
            card,
            card_host: None,
            annotation,
            messages,
            by_id,
            // Made one by one: `vec!` would clone the first, bringing a `Vec<Element>` clone.
            mentions: RefCell::new((0..entities).map(|_| Vec::new()).collect()),
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
    fn mention_of(&self, element: &Element) -> Option<MentionId> {
        let mention = element.closest(".gloss-mention").ok()??;
        let id = mention.get_attribute("data-gloss-entity")?;
        let entity = *self.by_id.get(id.as_str())?;
        let at = self
            .mentions
            .borrow()
            .get(entity)?
            .iter()
            .position(|m| *m == mention)?;
        Some(MentionId { entity, at })
    }

    fn element(&self, mention: MentionId) -> Option<Element> {
        self.mentions
            .borrow()
            .get(mention.entity)?
            .get(mention.at)
            .cloned()
    }

    /// Where `element` is: in the card (and whether it is the card's first or last
    /// focusable element, when `tab_order` asks), on a mention, or elsewhere.
    fn hit_of(&self, element: Option<&Element>, tab_order: bool) -> Hit {
        let Some(element) = element else {
            return Hit::Outside;
        };
        if self.card.contains(Some(element)) || self.card_host.as_ref() == Some(element) {
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
            return Hit::Card { first, last };
        }
        match self.mention_of(element) {
            Some(mention) => Hit::Mention(mention),
            None => Hit::Outside,
        }
    }

    /// The card's rectangle, when the controller needs it for the safe triangle.
    fn card_rect(&self) -> Option<Rect> {
        let watching = self.controller.borrow().watching_pointer();
        watching.then(|| rect(&self.card.get_bounding_client_rect()))
    }
}

/// What the card's Tab order starts and ends with.
const FOCUSABLE: &str = "a[href], button";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
