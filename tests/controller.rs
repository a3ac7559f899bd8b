//! The card controller as a table: each row names a behaviour, sets the scene with some
//! inputs, then acts with more, and lists every effect the acting inputs must produce and
//! the card that must be open afterwards. A second table runs the controller with an
//! effect queue and a model page whose host listeners feed inputs back in from inside
//! `gloss:close`, as a real host page may.

use gloss_cards::controller::{
    Action, Controller, Effect, EffectQueue, Event, Focus, Hit, Input, Key, MentionId, Timing,
    Trigger,
};
use gloss_cards::placement::Rect;
use std::cell::{Cell, RefCell};

const TIMING: Timing = Timing {
    dwell: 300,
    hide_delay: 250,
};

// Three entities: A with three mentions, B with two, C with one.
const COUNTS: [usize; 3] = [3, 2, 1];
const A0: MentionId = MentionId { entity: 0, at: 0 };
const A1: MentionId = MentionId { entity: 0, at: 1 };
const A2: MentionId = MentionId { entity: 0, at: 2 };
const B0: MentionId = MentionId { entity: 1, at: 0 };
const C0: MentionId = MentionId { entity: 2, at: 0 };

/// The card, where the safe triangle's far edge is: below the mentions.
const CARD: Rect = Rect {
    left: 100.0,
    top: 200.0,
    right: 400.0,
    bottom: 400.0,
};

fn controller(enabled: bool) -> Controller {
    let mut controller = Controller::new(COUNTS.len(), TIMING, enabled);
    for (entity, &count) in COUNTS.iter().enumerate() {
        for _ in 0..count {
            controller.add_mention(entity);
        }
    }
    controller
}

fn over(mention: MentionId, x: i32, y: i32) -> Input {
    Input::PointerOver {
        hit: Hit::Mention(mention),
        x,
        y,
        touch: false,
        card: Some(CARD),
    }
}

fn over_card() -> Input {
    Input::PointerOver {
        hit: Hit::Card {
            first: false,
            last: false,
        },
        x: 200,
        y: 300,
        touch: false,
        card: Some(CARD),
    }
}

fn leave(mention: MentionId, x: i32, y: i32) -> Input {
    Input::PointerOut {
        from: Hit::Mention(mention),
        to: Hit::Outside,
        x,
        y,
        touch: false,
    }
}

fn moved(x: i32, y: i32) -> Input {
    Input::PointerMove {
        x,
        y,
        in_card: false,
        card: Some(CARD),
    }
}

fn key(key: Key, hit: Hit) -> Input {
    Input::Key {
        key,
        hit,
        next_stop: None,
    }
}

fn focus(mention: MentionId) -> Input {
    Input::FocusIn {
        hit: Hit::Mention(mention),
        visible: true,
    }
}

fn tap(mention: MentionId) -> [Input; 2] {
    [
        Input::PointerDown {
            hit: Hit::Mention(mention),
            touch: true,
        },
        Input::Click {
            hit: Hit::Mention(mention),
        },
    ]
}

const CARD_FIRST: Hit = Hit::Card {
    first: true,
    last: false,
};
const CARD_LAST: Hit = Hit::Card {
    first: false,
    last: true,
};

fn opened(mention: MentionId, trigger: Trigger, pointer_y: Option<i32>) -> Vec<Effect> {
    vec![
        Effect::Show { mention, trigger },
        Effect::Position { mention, pointer_y },
        Effect::Emit {
            event: Event::Open,
            entity: mention.entity,
            trigger,
        },
    ]
}

fn closed(mention: MentionId, trigger: Trigger) -> Vec<Effect> {
    vec![
        Effect::Collapse(mention),
        Effect::Hide,
        Effect::Emit {
            event: Event::Close,
            entity: mention.entity,
            trigger,
        },
    ]
}

/// The effects of moving an open card from `from` to `to`.
fn moved_card(
    from: MentionId,
    to: MentionId,
    trigger: Trigger,
    pointer_y: Option<i32>,
) -> Vec<Effect> {
    moved_card_from(from, trigger, to, trigger, pointer_y)
}

/// The same, when what opens it now is not what had opened it.
fn moved_card_from(
    from: MentionId,
    from_trigger: Trigger,
    to: MentionId,
    trigger: Trigger,
    pointer_y: Option<i32>,
) -> Vec<Effect> {
    vec![
        Effect::Collapse(from),
        Effect::Show {
            mention: to,
            trigger,
        },
        Effect::Position {
            mention: to,
            pointer_y,
        },
        Effect::Emit {
            event: Event::Close,
            entity: from.entity,
            trigger: from_trigger,
        },
        Effect::Emit {
            event: Event::Open,
            entity: to.entity,
            trigger,
        },
    ]
}

fn concat(parts: &[&[Effect]]) -> Vec<Effect> {
    parts.concat()
}

/// A row: name, whether cards start enabled, the scene, the acting inputs, the effects of
/// those, and the card open at the end.
type Row = (
    &'static str,
    bool,
    Vec<Input>,
    Vec<Input>,
    Vec<Effect>,
    Option<(MentionId, Trigger)>,
);

/// Opens A0 with the pointer, the pointer at (150, 150) on it.
fn pointer_open() -> Vec<Input> {
    vec![over(A0, 150, 150), Input::TimerFired]
}

fn keyboard_open(mention: MentionId) -> Vec<Input> {
    vec![focus(mention)]
}

fn rows() -> Vec<Row> {
    use Trigger::{Keyboard, Pointer, Touch};
    let prevent = Effect::PreventDefault;
    vec![
        (
            "dwell: resting on a mention starts the dwell",
            true,
            vec![],
            vec![over(A0, 150, 150)],
            vec![Effect::StartTimer { ms: 300 }],
            None,
        ),
        (
            "dwell: when it runs out the card opens, anchored to the pointer's line",
            true,
            vec![over(A0, 150, 150)],
            vec![Input::TimerFired],
            opened(A0, Pointer, Some(150)),
            Some((A0, Pointer)),
        ),
        (
            "dwell: leaving before it runs out abandons it",
            true,
            vec![over(A0, 150, 150)],
            vec![leave(A0, 150, 150), Input::TimerFired],
            vec![Effect::CancelTimer],
            None,
        ),
        (
            "dwell: moving within the mention is not leaving",
            true,
            vec![over(A0, 150, 150)],
            vec![Input::PointerOut {
                from: Hit::Mention(A0),
                to: Hit::Mention(A0),
                x: 152,
                y: 150,
                touch: false,
            }],
            vec![],
            None,
        ),
        (
            "hide grace: leaving the open mention starts the hide delay",
            true,
            pointer_open(),
            vec![leave(A0, 150, 150)],
            vec![Effect::StartTimer { ms: 250 }],
            Some((A0, Pointer)),
        ),
        (
            "hide grace: when it runs out the card closes",
            true,
            [pointer_open(), vec![leave(A0, 150, 150)]].concat(),
            vec![Input::TimerFired],
            closed(A0, Pointer),
            None,
        ),
        (
            "coming back within the hide delay keeps the card",
            true,
            [pointer_open(), vec![leave(A0, 150, 150)]].concat(),
            vec![over(A0, 151, 150), Input::TimerFired],
            vec![Effect::CancelTimer],
            Some((A0, Pointer)),
        ),
        (
            "entering the card cancels the hide delay",
            true,
            [pointer_open(), vec![leave(A0, 150, 150)]].concat(),
            vec![over_card(), Input::TimerFired],
            vec![Effect::CancelTimer],
            Some((A0, Pointer)),
        ),
        (
            "safe triangle: inside it, the hide delay is held off",
            true,
            [pointer_open(), vec![leave(A0, 150, 150)]].concat(),
            vec![moved(160, 180)],
            vec![Effect::CancelTimer],
            Some((A0, Pointer)),
        ),
        (
            "safe triangle: another mention inside it does not take over",
            true,
            [pointer_open(), vec![leave(A0, 150, 150), moved(160, 180)]].concat(),
            vec![over(B0, 162, 185)],
            vec![],
            Some((A0, Pointer)),
        ),
        (
            "safe triangle: outside it, the hide delay starts again",
            true,
            [pointer_open(), vec![leave(A0, 150, 150), moved(160, 180)]].concat(),
            vec![moved(600, 180)],
            vec![Effect::StartTimer { ms: 250 }],
            Some((A0, Pointer)),
        ),
        (
            "safe triangle: a mention outside it starts its own dwell",
            true,
            [pointer_open(), vec![leave(A0, 150, 150)]].concat(),
            vec![over(B0, 600, 150), Input::TimerFired],
            concat(&[
                &[Effect::StartTimer { ms: 300 }],
                &moved_card(A0, B0, Pointer, Some(150)),
            ]),
            Some((B0, Pointer)),
        ),
        (
            "keyboard: focus on a mention opens its card at once, at its first line",
            true,
            vec![],
            keyboard_open(A0),
            opened(A0, Keyboard, None),
            Some((A0, Keyboard)),
        ),
        (
            "keyboard: focus that follows a click opens nothing",
            true,
            vec![],
            vec![Input::FocusIn {
                hit: Hit::Mention(A0),
                visible: false,
            }],
            vec![],
            None,
        ),
        (
            "Tab order: Tab on the open mention goes to the card's first element",
            true,
            keyboard_open(A0),
            vec![key(Key::Tab, Hit::Mention(A0))],
            vec![prevent, Effect::Focus(Focus::CardStart)],
            Some((A0, Keyboard)),
        ),
        (
            "Tab order: Shift+Tab on the card's first element goes back to the mention",
            true,
            keyboard_open(A0),
            vec![key(Key::ShiftTab, CARD_FIRST), focus(A0), Input::FocusDone],
            vec![prevent, Effect::Focus(Focus::Mention(A0))],
            Some((A0, Keyboard)),
        ),
        (
            "Tab order: Tab within the card is the browser's",
            true,
            keyboard_open(A0),
            vec![key(
                Key::Tab,
                Hit::Card {
                    first: false,
                    last: false,
                },
            )],
            vec![],
            Some((A0, Keyboard)),
        ),
        (
            "Tab order: Tab on the card's last element goes on to the next mention",
            true,
            keyboard_open(A0),
            vec![
                Input::Key {
                    key: Key::Tab,
                    hit: CARD_LAST,
                    next_stop: Some(B0),
                },
                focus(B0),
            ],
            concat(&[
                &[prevent],
                &closed(A0, Keyboard),
                &[Effect::Focus(Focus::Mention(B0))],
                &opened(B0, Keyboard, None),
            ]),
            Some((B0, Keyboard)),
        ),
        (
            "Tab order: with no mention after it, Tab out returns to the mention, closed",
            true,
            keyboard_open(A0),
            vec![key(Key::Tab, CARD_LAST), focus(A0), Input::FocusDone],
            concat(&[
                &[prevent],
                &closed(A0, Keyboard),
                &[Effect::Focus(Focus::Mention(A0))],
            ]),
            None,
        ),
        (
            "Escape closes and returns focus to the mention, which does not reopen it",
            true,
            [keyboard_open(A0), vec![key(Key::Tab, Hit::Mention(A0))]].concat(),
            vec![key(Key::Escape, CARD_FIRST), focus(A0), Input::FocusDone],
            concat(&[
                &[prevent],
                &closed(A0, Keyboard),
                &[Effect::Focus(Focus::Mention(A0))],
            ]),
            None,
        ),
        (
            "Escape with focus elsewhere closes and leaves focus alone",
            true,
            pointer_open(),
            vec![key(Key::Escape, Hit::Outside)],
            concat(&[&[prevent], &closed(A0, Pointer)]),
            None,
        ),
        (
            "after Escape, focus that comes back later opens the card again",
            true,
            [
                keyboard_open(A0),
                vec![key(Key::Escape, Hit::Mention(A0)), Input::FocusDone],
            ]
            .concat(),
            vec![focus(A0)],
            opened(A0, Keyboard, None),
            Some((A0, Keyboard)),
        ),
        (
            "Enter on a mention opens its card; Enter again closes it",
            true,
            vec![],
            vec![
                key(Key::Enter, Hit::Mention(A0)),
                key(Key::Space, Hit::Mention(A0)),
            ],
            concat(&[
                &[prevent],
                &opened(A0, Keyboard, None),
                &[prevent],
                &closed(A0, Keyboard),
            ]),
            None,
        ),
        (
            "focus leaving a keyboard card for the page closes it",
            true,
            keyboard_open(A0),
            vec![Input::FocusOut { to: Hit::Outside }],
            closed(A0, Keyboard),
            None,
        ),
        (
            "focus moving into the card keeps it",
            true,
            keyboard_open(A0),
            vec![Input::FocusOut { to: CARD_FIRST }],
            vec![],
            Some((A0, Keyboard)),
        ),
        (
            "touch: a tap opens the card",
            true,
            vec![],
            tap(A0).to_vec(),
            opened(A0, Touch, None),
            Some((A0, Touch)),
        ),
        (
            "touch: a second tap on the mention closes it",
            true,
            tap(A0).to_vec(),
            tap(A0).to_vec(),
            closed(A0, Touch),
            None,
        ),
        (
            "touch: a tap outside closes it",
            true,
            tap(A0).to_vec(),
            vec![Input::PointerDown {
                hit: Hit::Outside,
                touch: true,
            }],
            closed(A0, Touch),
            None,
        ),
        (
            "touch: a tap in the card keeps it",
            true,
            tap(A0).to_vec(),
            vec![Input::PointerDown {
                hit: CARD_FIRST,
                touch: true,
            }],
            vec![],
            Some((A0, Touch)),
        ),
        (
            "touch: the emulated pointer moves start no dwell",
            true,
            vec![],
            vec![
                Input::PointerOver {
                    hit: Hit::Mention(B0),
                    x: 10,
                    y: 10,
                    touch: true,
                    card: None,
                },
                Input::PointerOut {
                    from: Hit::Mention(B0),
                    to: Hit::Outside,
                    x: 10,
                    y: 10,
                    touch: true,
                },
            ],
            vec![],
            None,
        ),
        (
            "touch: a tap on another mention moves the card",
            true,
            tap(A0).to_vec(),
            tap(B0).to_vec(),
            moved_card(A0, B0, Touch, None),
            Some((B0, Touch)),
        ),
        (
            "next moves the card to the next mention, highlighted, focus on next",
            true,
            keyboard_open(A0),
            vec![Input::Action(Action::Next)],
            concat(&[
                &[Effect::ScrollTo(A1), Effect::Flash(A1)],
                &moved_card(A0, A1, Keyboard, None),
                &[Effect::Focus(Focus::Button(Action::Next))],
            ]),
            Some((A1, Keyboard)),
        ),
        (
            "next wraps around from the last mention to the first",
            true,
            keyboard_open(A2),
            vec![Input::Action(Action::Next)],
            concat(&[
                &[Effect::ScrollTo(A0), Effect::Flash(A0)],
                &moved_card(A2, A0, Keyboard, None),
                &[Effect::Focus(Focus::Button(Action::Next))],
            ]),
            Some((A0, Keyboard)),
        ),
        (
            "previous wraps around from the first mention to the last",
            true,
            pointer_open(),
            vec![Input::Action(Action::Previous)],
            concat(&[
                &[Effect::ScrollTo(A2), Effect::Flash(A2)],
                &moved_card(A0, A2, Pointer, Some(150)),
                &[Effect::Focus(Focus::Button(Action::Previous))],
            ]),
            Some((A2, Pointer)),
        ),
        (
            "next eight times goes round and round",
            true,
            keyboard_open(A0),
            vec![Input::Action(Action::Next); 8],
            (0..8)
                .flat_map(|step| {
                    let from = MentionId {
                        entity: 0,
                        at: step % 3,
                    };
                    let to = MentionId {
                        entity: 0,
                        at: (step + 1) % 3,
                    };
                    concat(&[
                        &[Effect::ScrollTo(to), Effect::Flash(to)],
                        &moved_card(from, to, Keyboard, None),
                        &[Effect::Focus(Focus::Button(Action::Next))],
                    ])
                })
                .collect(),
            Some((A2, Keyboard)),
        ),
        (
            "the close button closes and returns focus to the mention",
            true,
            keyboard_open(B0),
            vec![Input::Action(Action::Close), focus(B0), Input::FocusDone],
            concat(&[&closed(B0, Keyboard), &[Effect::Focus(Focus::Mention(B0))]]),
            None,
        ),
        (
            "index: the button shows and hides the index",
            true,
            vec![],
            vec![Input::Action(Action::Index), Input::Action(Action::Index)],
            vec![Effect::ShowIndex(true), Effect::ShowIndex(false)],
            None,
        ),
        (
            "index: an entry opens the entity's first mention, scrolled to and focused",
            true,
            vec![Input::Action(Action::Index)],
            vec![
                Input::Show {
                    entity: 1,
                    trigger: Keyboard,
                },
                focus(B0),
                Input::FocusDone,
            ],
            concat(&[
                &[Effect::ScrollTo(B0), Effect::Focus(Focus::Mention(B0))],
                &opened(B0, Keyboard, None),
            ]),
            Some((B0, Keyboard)),
        ),
        (
            "a related chip opens its entity's card without moving focus",
            true,
            keyboard_open(A0),
            vec![Input::Show {
                entity: 2,
                trigger: Pointer,
            }],
            concat(&[
                &[Effect::ScrollTo(C0)],
                &moved_card_from(A0, Keyboard, C0, Pointer, Some(0)),
            ]),
            Some((C0, Pointer)),
        ),
        (
            "off switch: turning cards off closes the card and stores the choice",
            true,
            pointer_open(),
            vec![Input::Action(Action::ToggleCards)],
            concat(&[
                &[Effect::StoreChoice(false), Effect::ShowEnabled(false)],
                &closed(A0, Pointer),
            ]),
            None,
        ),
        (
            "off switch: while off, hover, focus, Enter and taps open nothing",
            false,
            vec![],
            [
                vec![over(A0, 1, 1), focus(A0), key(Key::Enter, Hit::Mention(A0))],
                tap(B0).to_vec(),
            ]
            .concat(),
            vec![],
            None,
        ),
        (
            "off switch: turning cards on again",
            false,
            vec![],
            vec![Input::Action(Action::ToggleCards), focus(A0)],
            concat(&[
                &[Effect::StoreChoice(true), Effect::ShowEnabled(true)],
                &opened(A0, Keyboard, None),
            ]),
            Some((A0, Keyboard)),
        ),
        (
            "scrolling places the open card again",
            true,
            keyboard_open(A0),
            vec![Input::Reposition],
            vec![Effect::Position {
                mention: A0,
                pointer_y: None,
            }],
            Some((A0, Keyboard)),
        ),
        (
            "destroying the view closes the card, and then nothing answers",
            true,
            pointer_open(),
            vec![Input::Destroy, focus(B0), Input::Action(Action::Next)],
            closed(A0, Pointer),
            None,
        ),
        (
            "a mention that has not arrived yet opens nothing",
            true,
            vec![],
            vec![
                focus(MentionId { entity: 2, at: 1 }),
                focus(MentionId { entity: 9, at: 0 }),
            ],
            vec![],
            None,
        ),
    ]
}

#[test]
fn controller_table() {
    for (name, enabled, scene, act, effects, open) in rows() {
        let mut controller = controller(enabled);
        for input in scene {
            controller.on(input);
        }
        let got: Vec<Effect> = act.into_iter().flat_map(|i| controller.on(i)).collect();
        assert_eq!(got, effects, "{name}: effects");
        assert_eq!(controller.open(), open, "{name}: the open card");
    }
}

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

/// A row: name, the host's input inside the first `gloss:close`, the reader's inputs, the
/// events the host hears, and the card open at the end.
type HostRow = (
    &'static str,
    Input,
    Vec<Input>,
    Vec<(Event, usize)>,
    Option<MentionId>,
);

#[test]
fn host_listeners_that_feed_inputs_back_in() {
    use Event::{Close, Open};
    let rows: Vec<HostRow> = vec![
        (
            "a gloss:close listener destroys the view while the card moves",
            Input::Destroy,
            [keyboard_open(A0), vec![Input::Action(Action::Next)]].concat(),
            vec![(Open, 0), (Close, 0), (Open, 0), (Close, 0)],
            None,
        ),
        (
            "a gloss:close listener opens another card while the card moves",
            focus(C0),
            [keyboard_open(A0), tap(B0).to_vec()].concat(),
            vec![(Open, 0), (Close, 0), (Open, 1), (Close, 1), (Open, 2)],
            Some(C0),
        ),
        (
            "a gloss:close listener opens another card on Escape",
            focus(C0),
            [keyboard_open(A0), vec![key(Key::Escape, Hit::Mention(A0))]].concat(),
            vec![(Open, 0), (Close, 0), (Open, 2)],
            Some(C0),
        ),
        (
            "a gloss:close listener turns cards off",
            Input::Action(Action::ToggleCards),
            [pointer_open(), vec![over(B0, 900, 900), Input::TimerFired]].concat(),
            vec![(Open, 0), (Close, 0), (Open, 1), (Close, 1)],
            None,
        ),
    ];
    for (name, host, inputs, heard, open) in rows {
        let page = Page::new();
        page.on_close.set(Some(host));
        for input in inputs {
            page.input(input);
        }
        assert_eq!(*page.heard.borrow(), heard, "{name}: events");
        let state = page.controller.borrow().open().map(|(m, _)| m);
        assert_eq!(state, open, "{name}: the controller's card");
        assert_eq!(*page.shown.borrow(), open, "{name}: the card on the page");
        let expanded: Vec<MentionId> = open.into_iter().collect();
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
