//! The widget's own words, in English and French, and by name for a host page's own.

use std::borrow::Cow;

/// The words the widget itself shows. English is the default; French is built in; a
/// host page can replace any of them by name (`Messages::set`).
///
/// The words are tables of literals, indexed by [`Word`], with the host's replacements
/// beside them: a table is no code, where a struct of `String`s was an allocation per
/// word, and cloning one is a pointer and a usually empty list.
#[derive(Debug, Clone)]
pub struct Messages {
    table: &'static [&'static str; WORDS],
    replaced: Vec<(Word, String)>,
}

/// Each word's place in the tables, and its name for `Messages::set`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    By,
    Updated,
    AboutAuthor,
    MinRead,
    FromArticle,
    FromSource,
    Mentions,
    Mention,
    Previous,
    Next,
    Close,
    Related,
    IndexTitle,
    CardsToggle,
    EndnotesTitle,
}

const WORDS: usize = 15;

/// The words in [`Word`]'s order, by the names a host page replaces them with.
const NAMES: [(&str, Word); WORDS] = [
    ("by", Word::By),
    ("updated", Word::Updated),
    ("about_author", Word::AboutAuthor),
    ("min_read", Word::MinRead),
    ("from_article", Word::FromArticle),
    ("from_source", Word::FromSource),
    ("mentions", Word::Mentions),
    ("mention", Word::Mention),
    ("previous", Word::Previous),
    ("next", Word::Next),
    ("close", Word::Close),
    ("related", Word::Related),
    ("index_title", Word::IndexTitle),
    ("cards_toggle", Word::CardsToggle),
    ("endnotes_title", Word::EndnotesTitle),
];

const ENGLISH: [&str; WORDS] = [
    "By",
    "Updated",
    "About the author",
    "min read",
    "From this article",
    "From",
    "mentions in this article",
    "mention in this article",
    "Previous mention",
    "Next mention",
    "Close",
    "Related",
    "In this article",
    "Name cards",
    "Names in this article",
];

const FRENCH: [&str; WORDS] = [
    "Par",
    "Mis à jour",
    "À propos de l’auteur",
    "min de lecture",
    "Tiré de cet article",
    "Source\u{a0}:",
    "mentions dans cet article",
    "mention dans cet article",
    "Mention précédente",
    "Mention suivante",
    "Fermer",
    "Voir aussi",
    "Dans cet article",
    "Fiches des noms",
    "Les noms de cet article",
];

impl Default for Messages {
    fn default() -> Self {
        Messages::english()
    }
}

/// One accessor per word, each named as the word is for `Messages::set`.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident: $word:ident,)*) => {
        impl Messages {
            $($(#[$doc])* pub fn $name(&self) -> Cow<'static, str> {
                self.word(Word::$word)
            })*
        }
    };
}

words! {
    by: By,
    updated: Updated,
    about_author: AboutAuthor,
    /// Follows the number of minutes: "5 min read".
    min_read: MinRead,
    from_article: FromArticle,
    /// Precedes the knowledge source's name: "From Wikipedia, CC BY-SA".
    from_source: FromSource,
    /// Follows the count: "3 mentions in this article".
    mentions: Mentions,
    mention: Mention,
    previous: Previous,
    next: Next,
    close: Close,
    related: Related,
    index_title: IndexTitle,
    cards_toggle: CardsToggle,
    /// The title of the printed list of names, like endnotes.
    endnotes_title: EndnotesTitle,
}

impl Messages {
    pub fn english() -> Messages {
        Messages {
            table: &ENGLISH,
            replaced: Vec::new(),
        }
    }

    pub fn french() -> Messages {
        Messages {
            table: &FRENCH,
            replaced: Vec::new(),
        }
    }

    /// The table for a BCP 47 language tag: its primary subtag picks it, English otherwise.
    pub fn for_language(tag: Option<&str>) -> Messages {
        let tag = tag.unwrap_or_default().as_bytes();
        let primary = tag.split(|&b| b == b'-' || b == b'_').next();
        if primary.is_some_and(|primary| primary.eq_ignore_ascii_case(b"fr")) {
            Messages::french()
        } else {
            Messages::english()
        }
    }

    /// One word: the host's replacement, else the table's, which is borrowed, not copied.
    #[inline(never)]
    fn word(&self, word: Word) -> Cow<'static, str> {
        match self.replaced.iter().rev().find(|(which, _)| *which == word) {
            Some((_, text)) => Cow::Owned(text.clone()),
            None => Cow::Borrowed(self.table[word as usize]),
        }
    }

    /// Replaces one message by its field name; false if there is no such message.
    pub fn set(&mut self, key: &str, value: String) -> bool {
        // The loader shows this one itself, before the wasm may be there.
        if key == "error_title" {
            return true;
        }
        match NAMES.iter().find(|(name, _)| *name == key) {
            Some(&(_, word)) => {
                self.replaced.push((word, value));
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Messages, Word, NAMES};

    #[test]
    fn names_are_in_the_tables_order() {
        for (index, (_, word)) in NAMES.iter().enumerate() {
            assert_eq!(*word as usize, index);
        }
    }

    #[test]
    fn the_primary_subtag_picks_the_table() {
        for (tag, close) in [
            (None, "Close"),
            (Some(""), "Close"),
            (Some("fr"), "Fermer"),
            (Some("FR-ca"), "Fermer"),
            (Some("fr_BE"), "Fermer"),
            (Some("fra"), "Close"),
            (Some("en-FR"), "Close"),
        ] {
            assert_eq!(Messages::for_language(tag).close(), close, "{tag:?}");
        }
    }

    #[test]
    fn the_last_replacement_wins_and_unknown_names_are_refused() {
        let mut messages = Messages::english();
        assert!(messages.set("close", "Shut".into()));
        assert!(messages.set("close", "Done".into()));
        assert!(messages.set("error_title", "Oops".into()));
        assert!(!messages.set("closed", "x".into()));
        assert_eq!(messages.close(), "Done");
        assert_eq!(messages.word(Word::Next), "Next mention");
    }
}
