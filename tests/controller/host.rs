//! The controller behind an effect queue, on a model page whose host listeners feed
//! inputs back in from inside `gloss:close`, as a real host page may.

use crate::{concat, controller, focus, key, keyboard_open, moved_card, opened, over, tap};
use crate::{Runs, A0, B0, C0, POINTER_OPEN};
use gloss_cards::controller::Event::{Close, Open};
use gloss_cards::controller::{
    Action, Controller, Effect, EffectQueue, Event, Hit, Input, Key, MentionId, Trigger,
};
use std::cell::{Cell, RefCell};

/// A model of the page the adapter drives: the card shown, the mentions marked
/// expanded, and the events the host heard. It applies effects through the same
/// [`EffectQueue`] as the browser adapter, and its host listener may feed an input back in
/// from inside `gloss:close`, as a host page's listener can.
struct Page {
    controller: RefCell<Controller>,
    queue: EffectQueue,
    shown: RefCell<Option<MentionId>>,
    expanded: RefCell<Vec<MentionId>>,
    heard: RefCell<Vec<(Event, usize)>>,
    /// What the host does the first time it hears `gloss:close`.
    on_close: Cell<Option<Input>>,
}

impl Page {
    fn new() -> Page {
        Page {
            controller: RefCell::new(controller(true)),
            queue: EffectQueue::default(),
            shown: RefCell::new(None),
            expanded: RefCell::new(Vec::new()),
            heard: RefCell::new(Vec::new()),
            on_close: Cell::new(None),
        }
    }

    fn input(&self, input: Input) {
        self.queue.input(&self.controller, input);
        self.queue.run(&|effect| self.apply(effect));
    }

    fn apply(&self, effect: Effect) {
        match effect {
            Effect::Show { mention, .. } => {
                *self.shown.borrow_mut() = Some(mention);
                self.expanded.borrow_mut().push(mention);
            }
            Effect::Collapse(mention) => self.expanded.borrow_mut().retain(|m| *m != mention),
            Effect::Hide => *self.shown.borrow_mut() = None,
            Effect::Emit { event, entity, .. } => {
                self.heard.borrow_mut().push((event, entity));
                if event == Event::Close {
                    if let Some(input) = self.on_close.take() {
                        self.input(input);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A row: the host's input inside the first `gloss:close`, the reader's inputs (as runs,
/// like the controller's rows), the events the host hears, and the card open at the end.
struct HostRow {
    name: &'static str,
    host: Input,
    inputs: Runs<Input>,
    heard: &'static [(Event, usize)],
    open: Option<MentionId>,
}

const HOST_ROWS: &[HostRow] = &[
    HostRow {
        name: "a gloss:close listener destroys the view while the card moves",
        host: Input::Destroy,
        inputs: &[&keyboard_open(A0), &[Input::Action(Action::Next)]],
        heard: &[(Open, 0), (Close, 0), (Open, 0), (Close, 0)],
        open: None,
    },
    HostRow {
        name: "a gloss:close listener opens another card while the card moves",
        host: focus(C0),
        inputs: &[&keyboard_open(A0), &tap(B0)],
        heard: &[(Open, 0), (Close, 0), (Open, 1), (Close, 1), (Open, 2)],
        open: Some(C0),
    },
    HostRow {
        name: "a gloss:close listener opens another card on Escape",
        host: focus(C0),
        inputs: &[&keyboard_open(A0), &[key(Key::Escape, Hit::Mention(A0))]],
        heard: &[(Open, 0), (Close, 0), (Open, 2)],
        open: Some(C0),
    },
    HostRow {
        name: "a gloss:close listener turns cards off",
        host: Input::Action(Action::ToggleCards),
        inputs: &[POINTER_OPEN, &[over(B0, 900, 900), Input::TimerFired]],
        heard: &[(Open, 0), (Close, 0), (Open, 1), (Close, 1)],
        open: None,
    },
];

#[test]
fn host_listeners_that_feed_inputs_back_in() {
    for row in HOST_ROWS {
        let name = row.name;
        let page = Page::new();
        page.on_close.set(Some(row.host));
        for input in concat(row.inputs) {
            page.input(input);
        }
        assert_eq!(*page.heard.borrow(), row.heard, "{name}: events");
        let state = page.controller.borrow().open().map(|(m, _)| m);
        assert_eq!(state, row.open, "{name}: the controller's card");
        assert_eq!(
            *page.shown.borrow(),
            row.open,
            "{name}: the card on the page"
        );
        let expanded: Vec<MentionId> = row.open.into_iter().collect();
        assert_eq!(*page.expanded.borrow(), expanded, "{name}: aria-expanded");
    }
}

#[test]
fn effects_queued_from_inside_an_effect_run_after_it() {
    let queue = EffectQueue::default();
    let controller = RefCell::new(controller(true));
    let applied = RefCell::new(Vec::new());
    let apply = |effect: Effect| {
        applied.borrow_mut().push(effect);
        if let Effect::Emit { .. } = effect {
            // A listener moves focus on: the new card's effects wait for this one's.
            queue.input(&controller, focus(B0));
            queue.run(&|e| applied.borrow_mut().push(e));
            assert_eq!(applied.borrow().last(), Some(&effect));
        }
    };
    assert!(queue.input(&controller, key(Key::Enter, Hit::Mention(A0))));
    queue.run(&apply);
    let expected = concat(&[
        &[Effect::PreventDefault],
        &opened(A0, Trigger::Keyboard, None),
        &moved_card(A0, B0, Trigger::Keyboard, None),
    ]);
    assert_eq!(*applied.borrow(), expected);
}
