//! The card controller as tables: each row names a behaviour, sets the scene with some
//! inputs, then acts with more, and lists every effect the acting inputs must produce and
//! the card that must be open afterwards. One module per way in (pointer, keyboard,
//! touch, the card's buttons, the controller's life); `host` runs the controller with an
//! effect queue and a model page whose host listeners feed inputs back in from inside
//! `gloss:close`, as a real host page may.

mod buttons;
mod host;
mod keyboard;
mod lifecycle;
mod pointer;
mod touch;

use gloss_cards::controller::{
    Controller, Effect, Event, Hit, Input, Key, MentionId, Timing, Trigger,
};
use gloss_cards::placement::Rect;

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

// The inputs and effects below are `const fn`s so that the tables can be constants.

const fn over(mention: MentionId, x: i32, y: i32) -> Input {
    Input::PointerOver {
        hit: Hit::Mention(mention),
        x,
        y,
        touch: false,
        card: Some(CARD),
    }
}

const fn over_card() -> Input {
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

const fn leave(mention: MentionId, x: i32, y: i32) -> Input {
    Input::PointerOut {
        from: Hit::Mention(mention),
        to: Hit::Outside,
        x,
        y,
        touch: false,
    }
}

const fn moved(x: i32, y: i32) -> Input {
    Input::PointerMove {
        x,
        y,
        in_card: false,
        card: Some(CARD),
    }
}

const fn key(key: Key, hit: Hit) -> Input {
    Input::Key {
        key,
        hit,
        next_stop: None,
    }
}

const fn focus(mention: MentionId) -> Input {
    Input::FocusIn {
        hit: Hit::Mention(mention),
        visible: true,
    }
}

const fn tap(mention: MentionId) -> [Input; 2] {
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

const PREVENT: Effect = Effect::PreventDefault;

const fn opened(mention: MentionId, trigger: Trigger, pointer_y: Option<i32>) -> [Effect; 3] {
    [
        Effect::Show { mention, trigger },
        Effect::Position { mention, pointer_y },
        Effect::Emit {
            event: Event::Open,
            entity: mention.entity,
            trigger,
        },
    ]
}

const fn closed(mention: MentionId, trigger: Trigger) -> [Effect; 3] {
    [
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
const fn moved_card(
    from: MentionId,
    to: MentionId,
    trigger: Trigger,
    pointer_y: Option<i32>,
) -> [Effect; 5] {
    moved_card_from(from, trigger, to, trigger, pointer_y)
}

/// The same, when what opens it now is not what had opened it.
const fn moved_card_from(
    from: MentionId,
    from_trigger: Trigger,
    to: MentionId,
    trigger: Trigger,
    pointer_y: Option<i32>,
) -> [Effect; 5] {
    [
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

fn concat<T: Copy>(parts: &[&[T]]) -> Vec<T> {
    parts.concat()
}

/// Opens A0 with the pointer, the pointer at (150, 150) on it.
const POINTER_OPEN: &[Input] = &[over(A0, 150, 150), Input::TimerFired];

const fn keyboard_open(mention: MentionId) -> [Input; 1] {
    [focus(mention)]
}

/// Inputs or effects as runs, each a slice, put together in order: a row can then name
/// the runs it is made of (`POINTER_OPEN`, `opened(..)`).
type Runs<T> = &'static [&'static [T]];

/// A row: name, whether cards start enabled, the scene, the acting inputs, the effects of
/// those, and the card open at the end.
struct Row {
    name: &'static str,
    enabled: bool,
    scene: Runs<Input>,
    act: Runs<Input>,
    effects: Runs<Effect>,
    open: Option<(MentionId, Trigger)>,
}

/// Runs each row on a fresh controller.
fn check(rows: &[Row]) {
    for row in rows {
        let name = row.name;
        let mut controller = controller(row.enabled);
        for input in concat(row.scene) {
            controller.on(input);
        }
        let got: Vec<Effect> = concat(row.act)
            .into_iter()
            .flat_map(|i| controller.on(i))
            .collect();
        assert_eq!(got, concat(row.effects), "{name}: effects");
        assert_eq!(controller.open(), row.open, "{name}: the open card");
    }
}
