//! What goes in and comes out of the card [`Controller`]: the [`Input`]s that say what
//! happened and the types they carry ([`MentionId`], [`Hit`], [`Key`], [`Action`]), the
//! [`Effect`]s that say what the page must do ([`Focus`], [`Event`], [`Trigger`]), and the
//! [`EffectQueue`] the browser adapter applies them from, so that an input arriving while
//! effects run only joins the end of the queue.

use super::Controller;
use crate::placement::Rect;
use std::cell::{Cell, RefCell};

/// Timings, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// How long the pointer rests on a mention before its card opens.
    pub dwell: u32,
    /// How long a card stays after the pointer leaves it and its mention.
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
    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Pointer => "pointer",
            Trigger::Keyboard => "keyboard",
            Trigger::Touch => "touch",
        }
    }
}

/// One mention: the entity's index in the annotation and the mention's place among the
/// entity's mentions, in document order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionId {
    pub entity: usize,
    pub at: usize,
}

/// What an event hit, as far as cards care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// On (or inside) a mention of this widget.
    Mention(MentionId),
    /// Inside the card. `first` and `last` say whether the element is the card's first or
    /// last focusable one, which the Tab order needs.
    Card { first: bool, last: bool },
    /// Anywhere else, or nowhere (a focus that leaves the page).
    Outside,
}

/// The keys cards answer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Escape,
    Tab,
    ShiftTab,
    Enter,
    Space,
}

/// The widget's buttons: the card's close, previous and next, and the toolbar's cards
/// switch and index button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Close,
    Previous,
    Next,
    ToggleCards,
    Index,
}

impl Action {
    /// Every action, for reading one back from the page.
    pub const ALL: [Action; 5] = [
        Action::Close,
        Action::Previous,
        Action::Next,
        Action::ToggleCards,
        Action::Index,
    ];

    /// The attribute that names a button's action in the markup.
    pub const ATTRIBUTE: &'static str = "data-gloss-action";

    /// The selector of any action's button.
    pub const ANY: &'static str = "[data-gloss-action]";

    /// The action's name, the attribute's value on its button.
    pub fn name(self) -> &'static str {
        match self {
            Action::Close => "close",
            Action::Previous => "previous",
            Action::Next => "next",
            Action::ToggleCards => "toggle-cards",
            Action::Index => "index",
        }
    }

    /// The selector of the action's button.
    pub fn selector(self) -> &'static str {
        match self {
            Action::Close => "[data-gloss-action=close]",
            Action::Previous => "[data-gloss-action=previous]",
            Action::Next => "[data-gloss-action=next]",
            Action::ToggleCards => "[data-gloss-action=toggle-cards]",
            Action::Index => "[data-gloss-action=index]",
        }
    }

    /// The action a button's attribute names.
    pub fn named(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|action| action.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::Action;

    #[test]
    fn each_action_has_one_name_and_its_selector_says_it() {
        for action in Action::ALL {
            // Every variant is in ALL: this match breaks when one is added.
            match action {
                Action::Close
                | Action::Previous
                | Action::Next
                | Action::ToggleCards
                | Action::Index => {}
            }
            assert_eq!(Action::named(action.name()), Some(action));
            let selector = ["[", Action::ATTRIBUTE, "=", action.name(), "]"].concat();
            assert_eq!(action.selector(), selector);
        }
        assert_eq!(Action::ANY, ["[", Action::ATTRIBUTE, "]"].concat());
        assert_eq!(Action::named("nothing"), None);
    }
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input {
    /// The pointer entered `hit` at (`x`, `y`). `card` is the card's rectangle, which the
    /// adapter measures only when [`Controller::watching_pointer`] says it is needed.
    PointerOver {
        hit: Hit,
        x: i32,
        y: i32,
        touch: bool,
        card: Option<Rect>,
    },
    /// The pointer left `from` for `to`.
    PointerOut {
        from: Hit,
        to: Hit,
        x: i32,
        y: i32,
        touch: bool,
    },
    /// The pointer moved to (`x`, `y`), inside the card when `in_card`.
    PointerMove {
        x: i32,
        y: i32,
        in_card: bool,
        card: Option<Rect>,
    },
    /// A press anywhere on the page.
    PointerDown { hit: Hit, touch: bool },
    /// A click on a mention (the buttons are [`Input::Action`]s).
    Click { hit: Hit },
    /// Focus arrived at `hit`; `visible` when the browser shows a focus ring there
    /// (`:focus-visible`), which is how keyboard focus tells itself from a click's.
    FocusIn { hit: Hit, visible: bool },
    /// Focus left for `to`.
    FocusOut { to: Hit },
    /// The adapter has finished applying a [`Effect::Focus`].
    FocusDone,
    /// A key went down with focus at `hit`. `next_stop` is the first mention tab stop
    /// after the open card's mention, when focus is on the card's last focusable element.
    Key {
        key: Key,
        hit: Hit,
        next_stop: Option<MentionId>,
    },
    /// A button of the widget was pressed.
    Action(Action),
    /// A related chip or an index entry asks for an entity's card, at its first mention.
    Show { entity: usize, trigger: Trigger },
    /// The pending timer ran out.
    TimerFired,
    /// The page scrolled or the viewport changed size.
    Reposition,
    /// The view is going away: close, and take no more input.
    Destroy,
}

/// The two events the host page hears.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Open,
    Close,
}

impl Event {
    pub fn name(self) -> &'static str {
        match self {
            Event::Open => "gloss:open",
            Event::Close => "gloss:close",
        }
    }
}

/// What to focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Mention(MentionId),
    /// The card's first focusable element.
    CardStart,
    /// The card's previous or next button.
    Button(Action),
}

/// What the page must do.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Effect {
    /// Stop the event's default action. The adapter does this at once, not from the queue.
    PreventDefault,
    /// Start the one timer, replacing any pending one.
    StartTimer {
        ms: u32,
    },
    CancelTimer,
    /// Fill the card for this mention's entity and show it, marked as this mention's.
    Show {
        mention: MentionId,
        trigger: Trigger,
    },
    /// Mark a mention's card as closed (`aria-expanded="false"`).
    Collapse(MentionId),
    /// Hide the card.
    Hide,
    /// Position the open card by its mention; a wrapped name anchors to the line at
    /// `pointer_y` when there is one.
    Position {
        mention: MentionId,
        pointer_y: Option<i32>,
    },
    /// Tell the host page.
    Emit {
        event: Event,
        entity: usize,
        trigger: Trigger,
    },
    Focus(Focus),
    ScrollTo(MentionId),
    /// Highlight a mention briefly.
    Flash(MentionId),
    /// Show cards as on or off (the switch's state, and mentions as buttons or as plain
    /// text), and tell the host page.
    ShowEnabled(bool),
    /// Keep the reader's on/off choice.
    StoreChoice(bool),
    ShowIndex(bool),
}

/// Effects waiting to be applied, so that an input that arrives while effects are being
/// applied (a focus handler, a host page's `gloss:close` listener) never runs inside
/// another's: its effects join the end of the queue, and the outermost call applies
/// them all, in order, with no borrow held while each one runs.
#[derive(Default)]
pub struct EffectQueue {
    waiting: RefCell<Vec<Effect>>,
    applying: Cell<bool>,
}

impl EffectQueue {
    /// Runs `controller` on `input`, queueing its effects; returns whether it asked for
    /// the event's default action to be stopped. Both borrows end before this returns.
    pub fn input(&self, controller: &RefCell<Controller>, input: Input) -> bool {
        let (Ok(mut controller), Ok(mut waiting)) =
            (controller.try_borrow_mut(), self.waiting.try_borrow_mut())
        else {
            return false;
        };
        let start = waiting.len();
        controller.on_into(input, &mut waiting);
        waiting[start..]
            .iter()
            .any(|effect| matches!(effect, Effect::PreventDefault))
    }

    /// Unless an outer call is already at it, applies everything queued with `apply`,
    /// which may queue more (through [`EffectQueue::input`]) and call this again.
    pub fn run(&self, apply: &dyn Fn(Effect)) {
        if self.applying.replace(true) {
            return;
        }
        let mut next = 0;
        loop {
            // The borrow ends with this statement, before the effect runs.
            let effect = self.waiting.borrow().get(next).copied();
            let Some(effect) = effect else { break };
            next += 1;
            apply(effect);
        }
        self.waiting.borrow_mut().clear();
        self.applying.set(false);
    }
}
