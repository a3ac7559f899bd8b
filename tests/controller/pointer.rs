//! The pointer: the dwell before a card opens, the hide delay's grace after the pointer
//! leaves, and the safe triangle that lets it travel to the card.

use crate::{check, closed, leave, moved, moved_card, opened, over, over_card, Row};
use crate::{A0, B0, POINTER_OPEN};
use gloss_cards::controller::Trigger::Pointer;
use gloss_cards::controller::{Effect, Hit, Input};

const ROWS: &[Row] = &[
    Row {
        name: "dwell: resting on a mention starts the dwell",
        enabled: true,
        scene: &[],
        act: &[&[over(A0, 150, 150)]],
        effects: &[&[Effect::StartTimer { ms: 300 }]],
        open: None,
    },
    Row {
        name: "dwell: when it runs out the card opens, anchored to the pointer's line",
        enabled: true,
        scene: &[&[over(A0, 150, 150)]],
        act: &[&[Input::TimerFired]],
        effects: &[&opened(A0, Pointer, Some(150))],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "dwell: leaving before it runs out abandons it",
        enabled: true,
        scene: &[&[over(A0, 150, 150)]],
        act: &[&[leave(A0, 150, 150), Input::TimerFired]],
        effects: &[&[Effect::CancelTimer]],
        open: None,
    },
    Row {
        name: "dwell: moving within the mention is not leaving",
        enabled: true,
        scene: &[&[over(A0, 150, 150)]],
        act: &[&[Input::PointerOut {
            from: Hit::Mention(A0),
            to: Hit::Mention(A0),
            x: 152,
            y: 150,
            touch: false,
        }]],
        effects: &[],
        open: None,
    },
    Row {
        name: "hide grace: leaving the open mention starts the hide delay",
        enabled: true,
        scene: &[POINTER_OPEN],
        act: &[&[leave(A0, 150, 150)]],
        effects: &[&[Effect::StartTimer { ms: 250 }]],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "hide grace: when it runs out the card closes",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150)]],
        act: &[&[Input::TimerFired]],
        effects: &[&closed(A0, Pointer)],
        open: None,
    },
    Row {
        name: "coming back within the hide delay keeps the card",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150)]],
        act: &[&[over(A0, 151, 150), Input::TimerFired]],
        effects: &[&[Effect::CancelTimer]],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "entering the card cancels the hide delay",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150)]],
        act: &[&[over_card(), Input::TimerFired]],
        effects: &[&[Effect::CancelTimer]],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "safe triangle: inside it, the hide delay is held off",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150)]],
        act: &[&[moved(160, 180)]],
        effects: &[&[Effect::CancelTimer]],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "safe triangle: another mention inside it does not take over",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150), moved(160, 180)]],
        act: &[&[over(B0, 162, 185)]],
        effects: &[],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "safe triangle: outside it, the hide delay starts again",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150), moved(160, 180)]],
        act: &[&[moved(600, 180)]],
        effects: &[&[Effect::StartTimer { ms: 250 }]],
        open: Some((A0, Pointer)),
    },
    Row {
        name: "safe triangle: a mention outside it starts its own dwell",
        enabled: true,
        scene: &[POINTER_OPEN, &[leave(A0, 150, 150)]],
        act: &[&[over(B0, 600, 150), Input::TimerFired]],
        effects: &[
            &[Effect::StartTimer { ms: 300 }],
            &moved_card(A0, B0, Pointer, Some(150)),
        ],
        open: Some((B0, Pointer)),
    },
];

#[test]
fn pointer_table() {
    check(ROWS);
}
