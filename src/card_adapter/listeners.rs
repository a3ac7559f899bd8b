//! The listeners' side of the cards adapter: each handler reads what it needs from a DOM
//! event (its target, the pointer's place, the key, the button pressed) and turns it
//! into one [`Input`] for the controller, which [`Shared::input`] runs and applies. The
//! listeners themselves are attached in `Cards::listen`, by delegation on the root.

use super::{target_of, Shared};
use gloss_cards::controller::{Action, Hit, Key};
use gloss_cards::{Input, MentionId, Trigger};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

impl Shared {
    pub(super) fn on_reposition(self: &Rc<Self>, _: &web_sys::Event) {
        self.input(Input::Reposition, None);
    }

    pub(super) fn on_pointer_over(self: &Rc<Self>, event: &web_sys::Event) {
        let Some((x, y, touch)) = pointer(event) else {
            return;
        };
        let input = Input::PointerOver {
            hit: self.hit_of(target_of(event).as_ref(), false),
            x,
            y,
            touch,
            card: self.card_rect(),
        };
        self.input(input, Some(event));
    }

    pub(super) fn on_pointer_out(self: &Rc<Self>, event: &web_sys::Event) {
        let Some((x, y, touch)) = pointer(event) else {
            return;
        };
        let input = Input::PointerOut {
            from: self.hit_of(target_of(event).as_ref(), false),
            to: self.hit_of(related_target(event).as_ref(), false),
            x,
            y,
            touch,
        };
        self.input(input, Some(event));
    }

    pub(super) fn on_pointer_move(self: &Rc<Self>, event: &web_sys::Event) {
        let Some((x, y, _)) = pointer(event) else {
            return;
        };
        let in_card = target_of(event).is_some_and(|t| self.card.contains(Some(&t)));
        let input = Input::PointerMove {
            x,
            y,
            in_card,
            card: self.card_rect(),
        };
        self.input(input, Some(event));
    }

    pub(super) fn on_pointer_down(self: &Rc<Self>, event: &web_sys::Event) {
        let touch = pointer(event).is_some_and(|(_, _, touch)| touch);
        let hit = self.hit_of(target_of(event).as_ref(), false);
        self.input(Input::PointerDown { hit, touch }, Some(event));
    }

    pub(super) fn on_focus_in(self: &Rc<Self>, event: &web_sys::Event) {
        let target = target_of(event);
        let hit = self.hit_of(target.as_ref(), false);
        // Only keyboard focus, which the browser marks as focus-visible, opens a card.
        let visible = matches!(hit, Hit::Mention(_))
            && target.is_some_and(|t| {
                t.closest(".gloss-mention")
                    .ok()
                    .flatten()
                    .is_some_and(|m| m.matches(":focus-visible").unwrap_or(true))
            });
        self.input(Input::FocusIn { hit, visible }, Some(event));
    }

    pub(super) fn on_focus_out(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(focus) = event.dyn_ref::<web_sys::FocusEvent>() else {
            return;
        };
        if self.replacing.get() {
            return;
        }
        let to = self.hit_of(related_target(focus).as_ref(), false);
        self.input(Input::FocusOut { to }, Some(event));
    }

    pub(super) fn on_click(self: &Rc<Self>, event: &web_sys::Event) {
        let Some(target) = target_of(event) else {
            return;
        };
        let closest = |selector| target.closest(selector).ok().flatten();
        let entity = |element: Element, attribute| {
            let id = element.get_attribute(attribute).unwrap_or_default();
            self.by_id.get(id.as_str()).copied()
        };
        let input = if let Some(button) = closest(Action::ANY) {
            let name = button.get_attribute(Action::ATTRIBUTE).unwrap_or_default();
            let Some(action) = Action::named(&name) else {
                return;
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
                hit: self.hit_of(Some(&target), false),
            }
        };
        self.input(input, Some(event));
    }

    pub(super) fn on_key_down(self: &Rc<Self>, event: &web_sys::Event) {
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
        let hit = self.hit_of(target_of(event).as_ref(), key != Key::Escape);
        let next_stop = match (key, hit) {
            (Key::Tab, Hit::Card { last: true, .. }) => self.next_tab_stop(),
            _ => None,
        };
        let input = Input::Key {
            key,
            hit,
            next_stop,
        };
        self.input(input, Some(event));
    }

    /// The first mention tab stop after the open card's mention, in document order.
    fn next_tab_stop(&self) -> Option<MentionId> {
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
}

/// A pointer event's place in the viewport and whether it is a touch; `None` for any
/// other event. Out of line, for the four pointer handlers.
#[inline(never)]
fn pointer(event: &web_sys::Event) -> Option<(i32, i32, bool)> {
    let pointer = event.dyn_ref::<web_sys::PointerEvent>()?;
    let touch = pointer.pointer_type() == "touch";
    Some((pointer.client_x(), pointer.client_y(), touch))
}

/// The element a pointer or focus event's `relatedTarget` names. A focus event's is read
/// through the mouse event's getter (the same property): one import for both.
fn related_target(event: &web_sys::Event) -> Option<Element> {
    let event: &web_sys::MouseEvent = event.unchecked_ref();
    event.related_target()?.dyn_into().ok()
}
