//! The cues around one occurrence of a name: the words before it (a role, "in", "shares
//! in", "Oslo-based"), after it ("said", "-based", "'s chief executive", "government"),
//! what a comma or "is" after it says it is ("X, a logistics firm", "X, 58,", "X, who"),
//! and a match's result ("beat X 2-1"). Each adds votes weighed by [`WEIGHTS`].

use super::candidates::after_member_for;
use super::votes::{Votes, EVENT, ORGANIZATION, PERSON, PLACE, WEIGHTS};
use super::Occurrence;
use crate::lexicon::{Classes, Lexicon};
use crate::text::{text_at, Case, Token, TokenKind};

/// Cues from the words around one occurrence; true when the name is a side in a match.
pub(super) fn context_votes(
    run: &str,
    tokens: &[Token],
    at: &Occurrence,
    lexicon: &Lexicon,
    votes: &mut Votes,
    french: bool,
) -> bool {
    let around = Around {
        run,
        tokens,
        lexicon,
        french,
    };
    around.before(at, votes);
    let mut next = at.last + 1;
    let possessive = tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Possessive);
    next += possessive as usize;
    around.after(at.first, next, possessive, votes);
    around.description(next, votes);
    // A country stays a place: national teams are named by their country.
    let team = around.in_a_match(at)
        && !lexicon
            .of(&run[tokens[at.first].start as usize..tokens[at.last].end as usize])
            .any(Classes::COUNTRY);
    if team {
        votes[ORGANIZATION] += WEIGHTS.team;
    }
    team
}

/// The kind a noun before or after a name gives it: "leader" a person, "agency" an
/// organisation, "town" a place, "summit" an event.
pub(super) fn noun_kind(classes: Classes) -> Option<usize> {
    [
        (Classes::ROLE_NOUN, PERSON),
        (Classes::ORGANIZATION_NOUN, ORGANIZATION),
        (Classes::PLACE_NOUN, PLACE),
        (Classes::EVENT_NOUN, EVENT),
    ]
    .into_iter()
    .find_map(|(class, kind)| classes.any(class).then_some(kind))
}

/// The words around an occurrence, as the cues read them.
struct Around<'a> {
    run: &'a str,
    tokens: &'a [Token],
    lexicon: &'a Lexicon,
    /// In French "X, a …" is "X has …", not an apposition.
    french: bool,
}

impl Around<'_> {
    /// The text of token `at`, or nothing past either end.
    fn text(&self, at: usize) -> &str {
        text_at(self.run, self.tokens, at)
    }

    /// The classes of the word at `at`; none for anything else.
    fn classes(&self, at: usize) -> Classes {
        match self.tokens.get(at) {
            Some(t) if t.is_word() => self.lexicon.of(t.text(self.run)),
            _ => Classes::default(),
        }
    }

    /// A hyphen glued to the words on both sides, as in "Oslo-based".
    fn glued_hyphen(&self, at: usize) -> bool {
        self.text(at) == "-"
            && !self.tokens[at].space_before()
            && self.tokens.get(at + 1).is_some_and(|t| !t.space_before())
    }

    /// Votes for the kind the word at `at` gives, if it gives one, and says whether it did.
    fn noun_votes(&self, at: usize, votes: &mut Votes, weight: i32) -> bool {
        let kind = noun_kind(self.classes(at));
        if let Some(kind) = kind {
            votes[kind] += weight;
        }
        kind.is_some()
    }

    /// Before: "leader Xi Jinping", "the NGO China Action", "chairman of Interpol", "in
    /// Lyon", "based in Gothenburg", "shares in Corvanta", "analysts at Barclays",
    /// "Oslo-based Brevik", and a role before a comma, "Her colleague, Ciarán McGrath,",
    /// or before where it is and a comma, "Its spokesman in Stuttgart, Jens Kohlmann,".
    fn before(&self, at: &Occurrence, votes: &mut Votes) {
        let first = at.first;
        if first < 1 {
            return;
        }
        // "analysts at", "economists at": a plural role too.
        let earlier = self.classes(first.wrapping_sub(2)) | {
            let word = self.text(first.wrapping_sub(2));
            self.lexicon.of(word.strip_suffix('s').unwrap_or(""))
        };
        if self.text(first - 1) == ","
            && (earlier.any(Classes::ROLE_NOUN)
                || at.last > first && first >= 2 && self.role_before_phrase(first - 2))
        {
            votes[PERSON] += WEIGHTS.role_noun_before_comma;
        }
        let previous = &self.tokens[first - 1];
        if !previous.is_word() || previous.case != Case::Lower && previous.case != Case::AllCaps {
            return;
        }
        let (kind, weight) = match previous.text(self.run) {
            // "shares in Corvanta", "a stake of X": what a company is owned in; but
            // "sales in Bavaria", "its spokesman in Stuttgart" are somewhere.
            "of" if earlier.any(Classes::BUSINESS) => (ORGANIZATION, WEIGHTS.shares_in),
            "in" if [
                "shares",
                "stake",
                "stakes",
                "stock",
                "investors",
                "shareholders",
            ]
            .iter()
            .any(|owned| owned.eq_ignore_ascii_case(self.text(first.wrapping_sub(2)))) =>
            {
                (ORGANIZATION, WEIGHTS.shares_in)
            }
            "of" if earlier.any(Classes::ROLE_NOUN) => (ORGANIZATION, WEIGHTS.noun_of),
            "of" if earlier.any(Classes::PLACE_NOUN) => (PLACE, WEIGHTS.noun_of),
            "in" if matches!(
                self.text(first.wrapping_sub(2)),
                "based" | "born" | "headquartered"
            ) =>
            {
                (PLACE, WEIGHTS.based)
            }
            // "the MP for Hexley North", "a TD for Cork South-West": a constituency.
            "for" if after_member_for(self.run, self.tokens, first) => (PLACE, WEIGHTS.based),
            // French "à Lyon", "en France" too.
            "in" | "near" | "across" | "throughout" | "\u{E0}" | "en" => (PLACE, WEIGHTS.in_place),
            "from" => (PLACE, WEIGHTS.place_preposition),
            // "Analysts at Goldman Sachs", "an engineer at First Solar": a role there.
            "at" if earlier.any(Classes::ROLE_NOUN) => (ORGANIZATION, WEIGHTS.role_at),
            "at" => (ORGANIZATION, WEIGHTS.at_preposition),
            // "Oslo-based Brevik Holdings": what is based somewhere is a company.
            "based" if first >= 3 && self.glued_hyphen(first - 2) => {
                (ORGANIZATION, WEIGHTS.based_company)
            }
            _ => {
                self.noun_votes(first - 1, votes, WEIGHTS.noun_before);
                return;
            }
        };
        votes[kind] += weight;
    }

    /// A role, then where or what it is of, ending at `end` before a comma: "Its
    /// spokesman in Stuttgart", "regional secretary in the North West", "the director
    /// of the Fisheries Council".
    fn role_before_phrase(&self, end: usize) -> bool {
        let mut at = end;
        while at > 0 && end - at < 6 && self.tokens[at].is_capitalized() {
            at -= 1;
        }
        if at == end || at == 0 {
            return false;
        }
        if self.text(at) == "the" {
            at -= 1;
        }
        at >= 1
            && matches!(self.text(at), "in" | "at" | "of" | "for")
            && self.lexicon.of(self.text(at - 1)).any(Classes::ROLE_NOUN)
    }

    /// The words right after: "Halden-based", "the Kestrian government", "X's chief
    /// executive", "Fox Hunt campaign", "the Unite union", "X said in a statement", "X
    /// said" (not after "of" or "in", where the name is no subject).
    fn after(&self, first: usize, next: usize, possessive: bool, votes: &mut Votes) {
        let classes = self.classes(next);
        let (kind, weight) =
            if !possessive && self.glued_hyphen(next) && self.text(next + 1) == "based" {
                (PLACE, WEIGHTS.based)
            } else if self.text(next) == "government" {
                (PLACE, WEIGHTS.government)
            } else if possessive && classes.any(Classes::BUSINESS) {
                (ORGANIZATION, WEIGHTS.company_possession)
            } else if classes.any(Classes::EVENT_NOUN) {
                (EVENT, WEIGHTS.event_noun_after)
            } else if !possessive && classes.any(Classes::ORGANIZATION_NOUN) {
                (ORGANIZATION, WEIGHTS.noun_before)
            } else if possessive || !classes.any(Classes::SAYING) {
                return;
            } else if self.text(next + 3) == "statement" && self.text(next + 1) == "in" {
                (ORGANIZATION, WEIGHTS.statement)
            } else if matches!(
                self.text(first.wrapping_sub(1)),
                "of" | "in" | "at" | "from" | "to" | "with" | "by"
            ) {
                return;
            } else {
                // Organisations say things too ("Goldman Sachs said"): a weak cue.
                (PERSON, WEIGHTS.said_after)
            };
        votes[kind] += weight;
    }

    /// What a comma or "is" after the name says it is: "Istanbul, Turkey", "X, 58,",
    /// "X, who", "X, a vice-minister", "X, a hydrologist at …".
    fn description(&self, next: usize, votes: &mut Votes) {
        let comma = self.text(next) == ",";
        if !comma && !matches!(self.text(next), "is" | "was" | "are" | "were") {
            return;
        }
        let rest = next + 1;
        if comma && self.tokens.get(rest).is_some_and(Token::is_capitalized) {
            let mut end = rest;
            while self
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.is_capitalized() && t.space_before())
            {
                end += 1;
            }
            let phrase = &self.run[self.tokens[rest].start as usize..self.tokens[end].end as usize];
            if self.lexicon.of(phrase).any(Classes::PLACE) {
                votes[PLACE] += WEIGHTS.place_after_comma;
            }
        }
        // "De la Vega, 52, paints": an age.
        if comma
            && self
                .tokens
                .get(rest)
                .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start <= 3)
            && self.text(rest + 1) == ","
        {
            votes[PERSON] += WEIGHTS.age;
        }
        match self.text(rest) {
            "who" | "whose" => votes[PERSON] += WEIGHTS.who_after,
            "a" | "an" | "the" | "one" if !self.french => self.apposition(rest + 1, votes),
            _ => {}
        }
    }

    /// "X, a logistics firm based in …", "X, a hydrologist at …": the apposition's nouns
    /// up to a preposition or a clause; the first that gives a kind, else a person's for a
    /// last word like "hydrologist", "historian" or "demographer".
    fn apposition(&self, start: usize, votes: &mut Votes) {
        let mut at = start;
        while at < start + 7
            && (self.tokens.get(at).is_some_and(Token::is_word) || self.glued_hyphen(at))
        {
            if matches!(
                self.text(at),
                "at" | "of"
                    | "in"
                    | "for"
                    | "from"
                    | "with"
                    | "on"
                    | "based"
                    | "who"
                    | "which"
                    | "that"
            ) {
                break;
            }
            if self.noun_votes(at, votes, WEIGHTS.apposition_noun) {
                return;
            }
            at += 1;
        }
        let last = self.text(at.wrapping_sub(1));
        if at > start && ["ist", "ian", "grapher"].iter().any(|s| last.ends_with(s)) {
            votes[PERSON] += WEIGHTS.apposition_noun;
        }
    }

    /// A side in a match's result: a verb of one beside the name ("X beat", "beat X",
    /// "drew 1-1 with X") and one score in the clause, or a cricket result ("by six
    /// wickets"). Tennis gives a score a set ("6-3 7-6"): a person's match.
    fn in_a_match(&self, at: &Occurrence) -> bool {
        let verb = |at: usize| self.classes(at).any(Classes::MATCH_VERB);
        let beside = verb(at.last + 1)
            || verb(at.last + 2)
            || (1..6).any(|back| at.first >= back && verb(at.first - back));
        if !beside {
            return false;
        }
        let end = (at.last + 10).min(self.tokens.len());
        (at.first.saturating_sub(8)..end).any(|i| {
            (self.score(i) && !self.score(i + 3) && !(i >= 3 && self.score(i - 3)))
                || matches!(self.text(i), "wickets" | "innings")
        })
    }

    /// A score at `at`: "2-1". Out of line in the wasm, where three copies were larger.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn score(&self, at: usize) -> bool {
        self.tokens
            .get(at)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && self.glued_hyphen(at + 1)
            && self
                .tokens
                .get(at + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
    }
}
