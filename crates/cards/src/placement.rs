//! Where a card goes, as pure geometry in viewport coordinates, in the manner of
//! floating-ui's core: below its mention, or above when only there it fits (flip); kept
//! inside the viewport (shift); the arrow pointing at the mention but never past the
//! card's rounded corners; a name wrapped over two lines anchored to the line the pointer
//! is on; and on a narrow screen a bottom sheet instead.

/// A rectangle in viewport coordinates (CSS pixels), as `getBoundingClientRect` gives it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }

    pub fn contains_y(&self, y: f64) -> bool {
        y >= self.top && y <= self.bottom
    }
}

/// A width and a height, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// Everything placement depends on.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The mention's line boxes (`getClientRects`), in order: two for a name that wraps.
    pub lines: &'a [Rect],
    /// The card's size as laid out.
    pub card: Size,
    pub viewport: Size,
    /// Whether the text runs right to left: a card too wide for the viewport then keeps
    /// its right edge, where reading starts, in view.
    pub rtl: bool,
    /// The pointer's height when a pointer opened the card: a wrapped name anchors to the
    /// line under it. Keyboard and touch anchor to the first line.
    pub pointer_y: Option<f64>,
}

/// Where the card goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// A bottom sheet across the screen; the stylesheet places it.
    Sheet,
    /// A card at (`left`, `top`), above its mention when `above`, with its arrow `arrow`
    /// pixels from its left edge.
    Float {
        left: f64,
        top: f64,
        above: bool,
        arrow: f64,
    },
}

/// Below this viewport width the card is a bottom sheet.
pub const SHEET_BELOW: f64 = 600.0;
/// The gap between a mention and its card, and the card's margin from the viewport edge.
pub const GAP: f64 = 10.0;
/// How close the arrow may come to the card's side: the corner's radius and half the
/// arrow's width.
pub const ARROW_INSET: f64 = 14.0;

/// Places a card: see the module's documentation.
pub fn place(request: &Request) -> Placement {
    let Request {
        lines,
        card,
        viewport,
        rtl,
        pointer_y,
    } = *request;
    if viewport.width < SHEET_BELOW {
        return Placement::Sheet;
    }
    let mut anchor = lines.first().copied().unwrap_or_default();
    if let Some(y) = pointer_y {
        if let Some(line) = lines.iter().rev().find(|line| line.contains_y(y)) {
            anchor = *line;
        }
    }
    // Flip: below if it fits, else above if it fits there; with room on neither side, the
    // roomier one, shifted back inside the viewport.
    let below = anchor.bottom + GAP;
    let above = anchor.top - GAP - card.height;
    let fits_below = below + card.height <= viewport.height - GAP;
    let fits_above = above >= GAP;
    let flip = !fits_below && (fits_above || anchor.top > viewport.height - anchor.bottom);
    let top = if flip { above } else { below };
    let top = clamp(top, GAP, viewport.height - card.height - GAP, false);
    // Shift: centred on the anchor, and inside the viewport sideways.
    let centre = (anchor.left + anchor.right) / 2.0;
    let left = clamp(
        centre - card.width / 2.0,
        GAP,
        viewport.width - card.width - GAP,
        rtl,
    );
    let arrow = clamp(centre - left, ARROW_INSET, card.width - ARROW_INSET, false);
    Placement::Float {
        left,
        top,
        above: flip,
        arrow,
    }
}

/// `value` kept between `low` and `high`. When the two cross (the card is larger than the
/// room), `low` wins, or `high` when `high_wins`: a card wider than the viewport keeps its
/// start edge in view.
fn clamp(value: f64, low: f64, high: f64, high_wins: bool) -> f64 {
    if high_wins {
        value.max(low).min(high)
    } else {
        value.min(high).max(low)
    }
}
