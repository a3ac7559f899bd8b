//! The small word lists behind the engine's cues. They are deliberately short and
//! general: cues for classes of words, not a list of the names in any one article.
//!
//! Each list is a file of `data/`, one folded word per line (lower case, straight
//! apostrophes; a name of several words with single spaces), in sorted order, so that a
//! change to a list is a one-line diff. A test checks the order and the folding.

use gloss_base::StringMap;

/// The classes a word belongs to, as bits: one look-up answers every question about a
/// word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(u32);

impl Classes {
    /// Words that are ordinary even when capitalised: function words, pronouns and the common
    /// adverbs and verbs that open sentences. A capital on them is never evidence of a name.
    pub const COMMON: u32 = 1 << 0;
    /// Month and weekday names, which are capitalised but are dates, not names.
    pub const CALENDAR: u32 = 1 << 1;
    /// Titles that come before a person's name.
    pub const HONORIFIC: u32 = 1 << 2;
    /// Words that end (or begin) the names of organisations.
    pub const ORGANIZATION_WORD: u32 = 1 << 3;
    /// Words that end the names of places.
    pub const PLACE_WORD: u32 = 1 << 4;
    /// Words that, after a name, make it an event or campaign.
    pub const EVENT_WORD: u32 = 1 << 5;
    /// Nouns for people, used as cues in "Chinese leader Xi Jinping" and "X, a vice-minister".
    pub const ROLE_NOUN: u32 = 1 << 6;
    /// Nouns for organisations, used as cues in "the NGO China Action" and "X, an alliance of …".
    pub const ORGANIZATION_NOUN: u32 = 1 << 7;
    /// Nouns for places, used as cues in "the city of X" and "X, a province in …".
    pub const PLACE_NOUN: u32 = 1 << 8;
    /// Nouns that make the name before them a campaign or event: "China's Fox Hunt campaign".
    pub const EVENT_NOUN: u32 = 1 << 9;
    /// Given names common across many languages; a name that starts with one is a person's.
    pub const GIVEN_NAME: u32 = 1 << 10;
    /// Common Chinese, Korean and Vietnamese family names, which come first in a full name.
    pub const FAMILY_NAME_FIRST: u32 = 1 << 11;
    /// Countries and the regions and cities that news most often names; a name of several
    /// words has single spaces ("hong kong").
    pub const PLACE: u32 = 1 << 12;
    /// Adjectives of nationality: capitalised, but not names on their own.
    pub const DEMONYM: u32 = 1 << 13;
    /// English connectors allowed inside a name between capitalised words, with limits
    /// (`names::candidates::extend_name`): "Bank of England", "Institute for Health and Social Policy".
    pub const CONNECTOR: u32 = 1 << 14;
    /// Company-form suffixes: "Apple Inc." is Apple.
    pub const CORPORATE: u32 = 1 << 15;
    /// Particles inside people's and places' names: "Ahmed al-Rashidi", "Pieter van der
    /// Berg", "Lucía de la Vega". A name may start with one ("al-Shabaab", "de la Vega").
    pub const PARTICLE: u32 = 1 << 16;
    /// Compass words that make a region of a known place: "South Asia", "Northern Ireland".
    pub const COMPASS: u32 = 1 << 17;
    /// Meetings a numbered body holds: "89th General Assembly" is one meeting, an event.
    pub const MEETING: u32 = 1 << 18;
    /// Verbs of saying after a name: a weak cue that a person speaks.
    pub const SAYING: u32 = 1 << 19;
    /// Words that report a claim rather than state a fact: a clause or sentence with one is
    /// what someone said, not what the name is.
    pub const REPORTING: u32 = 1 << 20;
    /// Personal pronouns whose referent is outside the clause ("whom he married"): a card
    /// that shows the clause alone would not say who is meant.
    pub const PRONOUN: u32 = 1 << 21;
    /// Words that make "X, the next day," a time, not a description.
    pub const TIME_WORD: u32 = 1 << 22;
    /// Verbs after "which" that describe what an organisation or thing is or does, rather
    /// than an event it took part in.
    pub const DEFINING_VERB: u32 = 1 << 23;
    /// The small words a title in title case leaves in lower case: "Trial by Media".
    pub const TITLE_MINOR_WORD: u32 = 1 << 24;
    /// Countries (and the nations of the United Kingdom), which are places even as
    /// national teams. Each is also a [`Classes::PLACE`].
    pub const COUNTRY: u32 = 1 << 25;
    /// What a company has: its shares and profits, its chief executive. "Shares in X" and
    /// "X's chief executive" make X a company.
    pub const BUSINESS: u32 = 1 << 26;
    /// Verbs of a match's result: "X beat Y 2-1" makes X and Y teams.
    pub const MATCH_VERB: u32 = 1 << 27;
    /// French adjectives that go on a name in lower case: "Assemblée nationale".
    pub const NAME_ADJECTIVE: u32 = 1 << 28;
    /// Bodies a word or two names on its own: legislatures ("the Dáil", "la Commission")
    /// and parties ("Labour", "the Tories"), organisations wherever they stand.
    pub const BODY: u32 = 1 << 29;

    /// Only the classes in `bits`: for a word its context classes ("M." in French).
    pub fn only(bits: u32) -> Classes {
        Classes(bits)
    }

    /// These classes without those in `bits`.
    pub fn without(self, bits: u32) -> Classes {
        Classes(self.0 & !bits)
    }

    /// The word is in any of the classes in `classes`.
    pub fn any(self, classes: u32) -> bool {
        self.0 & classes != 0
    }
}

/// The classes of either word: one test for "the head or the last word is ...".
impl std::ops::BitOr for Classes {
    type Output = Classes;
    fn bitor(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }
}

/// Every word list, with its class.
const LISTS: [(&str, u32); 30] = [
    (include_str!("../data/common.txt"), Classes::COMMON),
    (include_str!("../data/calendar.txt"), Classes::CALENDAR),
    (include_str!("../data/honorifics.txt"), Classes::HONORIFIC),
    (
        include_str!("../data/organization-words.txt"),
        Classes::ORGANIZATION_WORD,
    ),
    (include_str!("../data/place-words.txt"), Classes::PLACE_WORD),
    (include_str!("../data/event-words.txt"), Classes::EVENT_WORD),
    (include_str!("../data/role-nouns.txt"), Classes::ROLE_NOUN),
    (
        include_str!("../data/organization-nouns.txt"),
        Classes::ORGANIZATION_NOUN,
    ),
    (include_str!("../data/place-nouns.txt"), Classes::PLACE_NOUN),
    (include_str!("../data/event-nouns.txt"), Classes::EVENT_NOUN),
    (include_str!("../data/given-names.txt"), Classes::GIVEN_NAME),
    (
        include_str!("../data/family-names-first.txt"),
        Classes::FAMILY_NAME_FIRST,
    ),
    (include_str!("../data/places.txt"), Classes::PLACE),
    (
        include_str!("../data/countries.txt"),
        Classes::PLACE | Classes::COUNTRY,
    ),
    (include_str!("../data/business.txt"), Classes::BUSINESS),
    (include_str!("../data/match-verbs.txt"), Classes::MATCH_VERB),
    (
        include_str!("../data/name-adjectives.txt"),
        Classes::NAME_ADJECTIVE,
    ),
    (include_str!("../data/bodies.txt"), Classes::BODY),
    (include_str!("../data/demonyms.txt"), Classes::DEMONYM),
    (include_str!("../data/connectors.txt"), Classes::CONNECTOR),
    (include_str!("../data/corporate.txt"), Classes::CORPORATE),
    (include_str!("../data/particles.txt"), Classes::PARTICLE),
    (include_str!("../data/compass.txt"), Classes::COMPASS),
    (include_str!("../data/meetings.txt"), Classes::MEETING),
    (include_str!("../data/saying.txt"), Classes::SAYING),
    (include_str!("../data/reporting.txt"), Classes::REPORTING),
    (include_str!("../data/pronouns.txt"), Classes::PRONOUN),
    (include_str!("../data/time-words.txt"), Classes::TIME_WORD),
    (
        include_str!("../data/defining-verbs.txt"),
        Classes::DEFINING_VERB,
    ),
    (
        include_str!("../data/title-minor-words.txt"),
        Classes::TITLE_MINOR_WORD,
    ),
];

/// The lists as the wasm stores them: each word as the number of leading bytes it shares
/// with the word before (one byte below [`LIST_END`]) and the bytes that differ, each list
/// closed by [`LIST_END`]. Sorted lists share long prefixes: packed, the lists are 0.5 KB
/// smaller in the gzipped wasm than as lines. Packed at compile time from the text files.
const PACKED: &str = match std::str::from_utf8(&PACKED_BYTES) {
    Ok(packed) => packed,
    Err(_) => panic!("the packed word lists are not UTF-8"),
};
const PACKED_BYTES: [u8; PACKED_LENGTH] = pack::<PACKED_LENGTH>().0;
const PACKED_LENGTH: usize = pack::<{ UNPACKED_LENGTH + LISTS.len() }>().1;
const UNPACKED_LENGTH: usize = {
    let mut length = 0;
    let mut list = 0;
    while list < LISTS.len() {
        length += LISTS[list].0.len();
        list += 1;
    }
    length
};
/// Closes a list; a smaller marker byte is a shared prefix's length.
const LIST_END: u8 = 31;

/// Each list's class, in [`LISTS`]'s order, without the lists' text.
const CLASSES: [u32; LISTS.len()] = {
    let mut classes = [0; LISTS.len()];
    let mut list = 0;
    while list < LISTS.len() {
        classes[list] = LISTS[list].1;
        list += 1;
    }
    classes
};

/// [`PACKED`]'s bytes in an array of `N`, and how many of them are used.
const fn pack<const N: usize>() -> ([u8; N], usize) {
    let mut out = [0; N];
    let mut length = 0;
    let mut previous: &[u8] = &[];
    let mut list = 0;
    while list < LISTS.len() {
        let text = LISTS[list].0.as_bytes();
        let mut start = 0;
        while start < text.len() {
            let mut end = start;
            while end < text.len() && text[end] != b'\n' {
                assert!(text[end] >= b' ', "a control character in a word list");
                end += 1;
            }
            let (_, rest) = text.split_at(start);
            let (word, _) = rest.split_at(end - start);
            // The shared prefix, cut back to a character's start so it is a `str` boundary.
            let mut shared = 0;
            while shared < word.len()
                && shared < previous.len()
                && shared < LIST_END as usize - 1
                && word[shared] == previous[shared]
            {
                shared += 1;
            }
            while shared > 0 && shared < word.len() && word[shared] & 0xC0 == 0x80 {
                shared -= 1;
            }
            out[length] = shared as u8;
            length += 1;
            let mut at = shared;
            while at < word.len() {
                out[length] = word[at];
                length += 1;
                at += 1;
            }
            previous = word;
            start = end + 1;
        }
        out[length] = LIST_END;
        length += 1;
        list += 1;
    }
    (out, length)
}

/// Adds `bits` to `key`'s value in `map`, inserting the key with them if it is new. A look-up
/// and an insert rather than the entry API: `insert` is in every build, and the entry API
/// would be a second copy of the table's insertion code in the full ones.
pub(crate) fn add_bits(map: &mut StringMap, key: String, bits: usize) {
    match map.get_mut(key.as_str()) {
        Some(value) => *value |= bits,
        None => {
            map.insert(key, bits);
        }
    }
}

/// The word lists, ready for look-ups: every word once, with its classes as bits. One
/// look-up answers every question about a word, and it is the crate's one string-keyed
/// map type, so the wasm holds no second copy of the table code.
pub struct Lexicon {
    classes: StringMap,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let mut classes = StringMap::default();
        let packed = PACKED.as_bytes();
        let (mut list, mut at) = (0, 0);
        let mut word = String::new();
        while at < packed.len() {
            let marker = packed[at];
            at += 1;
            if marker == LIST_END {
                list += 1;
                continue;
            }
            let end = packed[at..]
                .iter()
                .position(|&b| b < b' ')
                .map_or(packed.len(), |length| at + length);
            word.truncate(marker as usize);
            word.push_str(&PACKED[at..end]);
            add_bits(&mut classes, word.clone(), CLASSES[list] as usize);
            at = end;
        }
        Lexicon { classes }
    }

    /// Every class `folded` belongs to; none for a word in no list. `folded` may be a
    /// whole place name with single spaces: "hong kong".
    pub fn classes(&self, folded: &str) -> Classes {
        Classes(self.classes.get(folded).map_or(0, |&bits| bits as u32))
    }

    /// The classes of a word or phrase as written, folded first unless it is lower-case
    /// ASCII already: one call in place of a fold and a look-up at every cue.
    #[inline(never)]
    pub fn of(&self, text: &str) -> Classes {
        if text.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            self.classes(text)
        } else {
            self.classes(&crate::text::fold(text))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold;

    #[test]
    fn every_list_is_sorted_folded_and_one_word_a_line() {
        for (list, class) in LISTS {
            let words: Vec<&str> = list.lines().collect();
            assert!(
                words.windows(2).all(|pair| pair[0] < pair[1]),
                "list {class:#x} is not sorted, or repeats a word"
            );
            for word in words {
                assert!(
                    !word.is_empty()
                        && word == fold(word)
                        && !word.contains("  ")
                        && word.trim() == word,
                    "list {class:#x}: {word:?} is not one folded word or name"
                );
            }
        }
    }

    #[test]
    fn the_packed_lists_hold_every_word_with_its_classes() {
        let lexicon = Lexicon::new();
        let mut expected = StringMap::default();
        for (list, class) in LISTS {
            for word in list.lines() {
                *expected.entry(word.to_owned()).or_insert(0) |= class as usize;
            }
        }
        assert_eq!(lexicon.classes, expected);
    }

    #[test]
    fn the_lexicon_answers_for_each_list() {
        let lexicon = Lexicon::new();
        assert!(lexicon.classes("hong kong").any(Classes::PLACE));
        assert!(lexicon.classes("of").any(Classes::CONNECTOR));
        // A word on two lists has both classes.
        assert!(lexicon.classes("president").any(Classes::HONORIFIC));
        assert!(lexicon.classes("president").any(Classes::ROLE_NOUN));
        assert!(!lexicon.classes("interpol").any(Classes::COMMON));
        // A phrase is its words joined by single spaces, and only the whole phrase.
        assert!(lexicon.classes("lyon").any(Classes::PLACE));
        for missing in ["hong", "hong kon", "hong kong x", "hongkong", ""] {
            assert!(!lexicon.classes(missing).any(Classes::PLACE), "{missing:?}");
        }
    }
}
