//! The card state machine. [`Controller::on`] takes one [`Input`], what happened, and
//! returns the [`Effect`]s, what the page must do about it; it never calls out, so it
//! cannot be re-entered halfway through a change. Mentions are named by number, the
//! entity's index and the mention's place among that entity's mentions in document
//! order; the browser adapter maps the numbers to elements.
//!
//! The adapter applies effects from a queue ([`EffectQueue`]) with no borrow held: an
//! effect that runs page code (focus, `gloss:open` and `gloss:close` listeners) may feed
//! new inputs back in, whose effects join the end of the queue. Each batch of effects is
//! consistent with the change that made it, so applying them in order always leaves the
//! page as the controller's last state says.
//!
//! This file is the state machine; what goes in and comes out of it, and the queue the
//! adapter applies effects from, are in [`inputs_and_effects`].

mod inputs_and_effects;

pub use inputs_and_effects::{
    Action, Effect, EffectQueue, Event, Focus, Hit, Input, Key, MentionId, Timing, Trigger,
};

use super::placement::Rect;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Open {
    mention: MentionId,
    trigger: Trigger,
}

/// The one pending timer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Timer {
    /// Open this mention's card once the dwell is over.
    Dwell(MentionId),
    /// Close the card once the hide delay is over.
    Hide,
}

/// The state of one widget's cards.
#[derive(Debug)]
pub struct Controller {
    timing: Timing,
    /// How many mentions each entity has so far.
    counts: Vec<usize>,
    enabled: bool,
    open: Option<Open>,
    timer: Option<Timer>,
    /// The last pointer position, in viewport coordinates (CSS pixels, as pointer events
    /// give them).
    pointer: (i32, i32),
    /// Where the pointer left the open card's mention: the apex of the safe triangle.
    exit: Option<(i32, i32)>,
    /// The last press was a touch.
    touch: bool,
    /// Focus is going back to this mention, which must not reopen its card.
    returning_focus: Option<MentionId>,
    index_open: bool,
    destroyed: bool,
}

impl Controller {
    /// Cards for `entities` entities, none of whose mentions has arrived yet; `enabled` is
    /// the reader's stored choice.
    pub fn new(entities: usize, timing: Timing, enabled: bool) -> Controller {
        Controller {
            timing,
            counts: vec![0; entities],
            enabled,
            open: None,
            timer: None,
            pointer: (0, 0),
            exit: None,
            touch: false,
            returning_focus: None,
            index_open: false,
            destroyed: false,
        }
    }

    /// The open card's mention and what opened it.
    pub fn open(&self) -> Option<(MentionId, Trigger)> {
        self.open.map(|open| (open.mention, open.trigger))
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn destroyed(&self) -> bool {
        self.destroyed
    }

    /// Whether a timer is pending.
    pub fn timer_pending(&self) -> bool {
        self.timer.is_some()
    }

    /// Whether pointer inputs need the card's rectangle: the pointer has left the open
    /// card's mention, and the safe triangle towards the card decides what happens.
    pub fn watching_pointer(&self) -> bool {
        self.open.is_some() && self.exit.is_some()
    }

    /// A mention of `entity` joined the page (they arrive in document order).
    pub fn add_mention(&mut self, entity: usize) {
        if let Some(count) = self.counts.get_mut(entity) {
            *count += 1;
        }
    }

    /// Takes in one input and returns what the page must do about it.
    pub fn on(&mut self, input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        self.on_into(input, &mut effects);
        effects
    }

    /// [`Controller::on`], adding the effects to the end of `effects`.
    pub fn on_into(&mut self, input: Input, effects: &mut Vec<Effect>) {
        if !self.destroyed {
            self.handle(input, effects);
        }
    }

    fn handle(&mut self, input: Input, fx: &mut Vec<Effect>) {
        match input {
            Input::PointerOver {
                hit,
                x,
                y,
                touch,
                card,
            } => {
                if touch {
                    return;
                }
                self.pointer = (x, y);
                if self.enabled {
                    self.pointer_over(hit, card, fx);
                }
            }
            Input::PointerOut {
                from,
                to,
                x,
                y,
                touch,
            } => {
                if !touch {
                    self.pointer_out(from, to, (x, y), fx);
                }
            }
            Input::PointerMove {
                x,
                y,
                in_card,
                card,
            } => {
                self.pointer = (x, y);
                if self.open.is_none() || self.exit.is_none() || in_card {
                    return;
                }
                if self.in_safe_triangle(card) {
                    self.cancel_timer(fx);
                } else if self.timer.is_none() {
                    self.start_timer(Timer::Hide, fx);
                }
            }
            Input::PointerDown { hit, touch } => {
                self.touch = touch;
                if self.open.is_some() && matches!(hit, Hit::Outside) {
                    self.close(fx);
                }
            }
            Input::Click { hit } => {
                if let Hit::Mention(mention) = hit {
                    self.click(mention, fx);
                }
            }
            Input::FocusIn { hit, visible } => self.focus_in(hit, visible, fx),
            Input::FocusOut { to } => {
                let keyboard = self.open.is_some_and(|o| o.trigger == Trigger::Keyboard);
                let staying = matches!(to, Hit::Card { .. } | Hit::Mention(_));
                if keyboard && !staying && self.returning_focus.is_none() {
                    self.close(fx);
                }
            }
            Input::FocusDone => self.returning_focus = None,
            Input::Key {
                key,
                hit,
                next_stop,
            } => self.key(key, hit, next_stop, fx),
            Input::Action(action) => self.action(action, fx),
            Input::Show { entity, trigger } => {
                if self.counts.get(entity).copied().unwrap_or(0) == 0 {
                    return;
                }
                let mention = MentionId { entity, at: 0 };
                fx.push(Effect::ScrollTo(mention));
                if trigger == Trigger::Keyboard {
                    self.focus_quietly(mention, fx);
                }
                self.show(mention, trigger, fx);
            }
            Input::TimerFired => match self.timer.take() {
                Some(Timer::Dwell(mention)) => self.show(mention, Trigger::Pointer, fx),
                Some(Timer::Hide) => self.close(fx),
                None => {}
            },
            Input::Reposition => {
                if let Some(open) = self.open {
                    fx.push(self.position(open));
                }
            }
            Input::Destroy => {
                self.close(fx);
                self.destroyed = true;
            }
        }
    }

    fn pointer_over(&mut self, hit: Hit, card: Option<Rect>, fx: &mut Vec<Effect>) {
        let mention = match hit {
            Hit::Card { .. } => {
                self.cancel_timer(fx);
                self.exit = None;
                return;
            }
            Hit::Outside => return,
            Hit::Mention(mention) => mention,
        };
        if self.is_open_at(mention) {
            self.cancel_timer(fx);
            self.exit = None;
            return;
        }
        // On the way from a mention to its card the pointer may cross other mentions;
        // inside the safe triangle they do not take over.
        if self.open.is_some() && self.in_safe_triangle(card) {
            return;
        }
        if self.timing.dwell == 0 {
            self.show(mention, Trigger::Pointer, fx);
        } else {
            self.start_timer(Timer::Dwell(mention), fx);
        }
    }

    fn pointer_out(&mut self, from: Hit, to: Hit, at: (i32, i32), fx: &mut Vec<Effect>) {
        // Moving within the same mention, within the card, or from either into the card
        // is not leaving.
        if matches!(from, Hit::Outside) || matches!(to, Hit::Card { .. }) {
            return;
        }
        if matches!(from, Hit::Mention(_)) && from == to {
            return;
        }
        let Some(open) = self.open else {
            // A dwell that had not finished is abandoned.
            self.cancel_timer(fx);
            return;
        };
        if from == Hit::Mention(open.mention) {
            self.exit = Some(at);
        }
        self.start_timer(Timer::Hide, fx);
    }

    fn click(&mut self, mention: MentionId, fx: &mut Vec<Effect>) {
        if !self.enabled {
            return;
        }
        let is_open = self.is_open_at(mention);
        if is_open && self.touch {
            self.close(fx);
        } else if !is_open {
            let trigger = if self.touch {
                Trigger::Touch
            } else {
                Trigger::Pointer
            };
            self.show(mention, trigger, fx);
        }
    }

    fn focus_in(&mut self, hit: Hit, visible: bool, fx: &mut Vec<Effect>) {
        let mention = match hit {
            Hit::Card { .. } => {
                self.cancel_timer(fx);
                return;
            }
            Hit::Outside => return,
            Hit::Mention(mention) => mention,
        };
        if self.returning_focus == Some(mention) || !self.enabled || self.is_open_at(mention) {
            return;
        }
        // Focus that follows a click or a tap is the pointer's business (see `click`);
        // only keyboard focus, which the browser marks as focus-visible, opens the card.
        if visible {
            self.show(mention, Trigger::Keyboard, fx);
        }
    }

    fn key(&mut self, key: Key, hit: Hit, next_stop: Option<MentionId>, fx: &mut Vec<Effect>) {
        let Some(open) = self.open else {
            // Enter or Space on a mention opens its card, as on any button.
            if let (Key::Enter | Key::Space, Hit::Mention(mention)) = (key, hit) {
                if self.enabled {
                    fx.push(Effect::PreventDefault);
                    self.show(mention, Trigger::Keyboard, fx);
                }
            }
            return;
        };
        let on_mention = hit == Hit::Mention(open.mention);
        let in_card = matches!(hit, Hit::Card { .. });
        match (key, hit) {
            (Key::Escape, _) => {
                fx.push(Effect::PreventDefault);
                self.close(fx);
                if on_mention || in_card {
                    self.focus_quietly(open.mention, fx);
                }
            }
            (Key::Tab, _) if on_mention => {
                fx.push(Effect::PreventDefault);
                fx.push(Effect::Focus(Focus::CardStart));
            }
            (Key::ShiftTab, Hit::Card { first: true, .. }) => {
                fx.push(Effect::PreventDefault);
                self.focus_quietly(open.mention, fx);
            }
            (Key::Tab, Hit::Card { last: true, .. }) => {
                // Leaving the card forwards goes on to the next mention, as if the card
                // sat right after its mention in the tab order.
                fx.push(Effect::PreventDefault);
                self.close(fx);
                match next_stop {
                    Some(next) => fx.push(Effect::Focus(Focus::Mention(next))),
                    None => self.focus_quietly(open.mention, fx),
                }
            }
            (Key::Enter | Key::Space, _) if on_mention => {
                fx.push(Effect::PreventDefault);
                self.close(fx);
            }
            (Key::Enter | Key::Space, Hit::Mention(other)) if self.enabled => {
                fx.push(Effect::PreventDefault);
                self.show(other, Trigger::Keyboard, fx);
            }
            _ => {}
        }
    }

    fn action(&mut self, action: Action, fx: &mut Vec<Effect>) {
        match action {
            Action::Close => {
                if let Some(open) = self.open {
                    self.close(fx);
                    self.focus_quietly(open.mention, fx);
                }
            }
            Action::Previous | Action::Next => {
                let Some(open) = self.open else { return };
                let count = self.counts.get(open.mention.entity).copied().unwrap_or(0);
                if count == 0 {
                    return;
                }
                let step = if action == Action::Next { 1 } else { count - 1 };
                let mention = MentionId {
                    entity: open.mention.entity,
                    at: (open.mention.at % count + step) % count,
                };
                fx.push(Effect::ScrollTo(mention));
                fx.push(Effect::Flash(mention));
                self.show(mention, open.trigger, fx);
                // Keep keyboard focus in the card, on the button that was used.
                fx.push(Effect::Focus(Focus::Button(action)));
            }
            Action::ToggleCards => {
                self.enabled = !self.enabled;
                // The card closes first: its mention must not be marked collapsed once
                // mentions have become plain text.
                if !self.enabled {
                    self.close(fx);
                }
                fx.push(Effect::StoreChoice(self.enabled));
                fx.push(Effect::ShowEnabled(self.enabled));
            }
            Action::Index => {
                self.index_open = !self.index_open;
                fx.push(Effect::ShowIndex(self.index_open));
            }
        }
    }

    fn is_open_at(&self, mention: MentionId) -> bool {
        self.open.is_some_and(|open| open.mention == mention)
    }

    /// Opens (or moves) the card to `mention`.
    fn show(&mut self, mention: MentionId, trigger: Trigger, fx: &mut Vec<Effect>) {
        self.cancel_timer(fx);
        self.exit = None;
        if mention.at >= self.counts.get(mention.entity).copied().unwrap_or(0) {
            return;
        }
        let previous = self.open.take();
        if let Some(previous) = previous {
            fx.push(Effect::Collapse(previous.mention));
        }
        let open = Open { mention, trigger };
        self.open = Some(open);
        fx.push(Effect::Show { mention, trigger });
        fx.push(self.position(open));
        if let Some(previous) = previous {
            fx.push(Effect::Emit {
                event: Event::Close,
                entity: previous.mention.entity,
                trigger: previous.trigger,
            });
        }
        fx.push(Effect::Emit {
            event: Event::Open,
            entity: mention.entity,
            trigger,
        });
    }

    fn close(&mut self, fx: &mut Vec<Effect>) {
        self.cancel_timer(fx);
        self.exit = None;
        let Some(open) = self.open.take() else { return };
        fx.push(Effect::Collapse(open.mention));
        fx.push(Effect::Hide);
        fx.push(Effect::Emit {
            event: Event::Close,
            entity: open.mention.entity,
            trigger: open.trigger,
        });
    }

    fn position(&self, open: Open) -> Effect {
        Effect::Position {
            mention: open.mention,
            pointer_y: (open.trigger == Trigger::Pointer).then_some(self.pointer.1),
        }
    }

    fn focus_quietly(&mut self, mention: MentionId, fx: &mut Vec<Effect>) {
        self.returning_focus = Some(mention);
        fx.push(Effect::Focus(Focus::Mention(mention)));
    }

    fn start_timer(&mut self, timer: Timer, fx: &mut Vec<Effect>) {
        let ms = match timer {
            Timer::Dwell(_) => self.timing.dwell,
            Timer::Hide => self.timing.hide_delay,
        };
        self.timer = Some(timer);
        fx.push(Effect::StartTimer { ms });
    }

    fn cancel_timer(&mut self, fx: &mut Vec<Effect>) {
        if self.timer.take().is_some() {
            fx.push(Effect::CancelTimer);
        }
    }

    /// Whether the pointer is inside the triangle from where it left the mention to the
    /// near edge of the card, the path a reader takes to reach the card.
    fn in_safe_triangle(&self, card: Option<Rect>) -> bool {
        let (Some(apex), Some(card)) = (self.exit, card) else {
            return false;
        };
        let point = |(x, y): (i32, i32)| (x as f64, y as f64);
        let apex = point(apex);
        let edge_y = if card.top >= apex.1 {
            card.top
        } else {
            card.bottom
        };
        let (a, b, c) = (apex, (card.left, edge_y), (card.right, edge_y));
        let p = point(self.pointer);
        let side = |p1: (f64, f64), p2: (f64, f64), p3: (f64, f64)| {
            (p1.0 - p3.0) * (p2.1 - p3.1) - (p2.0 - p3.0) * (p1.1 - p3.1)
        };
        let (d1, d2, d3) = (side(p, a, b), side(p, b, c), side(p, c, a));
        let negative = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
        let positive = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
        !(negative && positive)
    }
}
