//! The widget's own words, in English and French, and by name for a host page's own.

/// The words the widget itself shows. English is the default; French is built in; a
/// host page can replace any of them by name (`Messages::set`).
#[derive(Debug, Clone)]
pub struct Messages {
    pub by: String,
    pub updated: String,
    pub about_author: String,
    /// Follows the number of minutes: "5 min read".
    pub min_read: String,
    pub from_article: String,
    /// Follows the count: "3 mentions in this article".
    pub mentions: String,
    pub mention: String,
    pub previous: String,
    pub next: String,
    pub close: String,
    pub related: String,
    pub index_title: String,
    pub cards_toggle: String,
    /// The title of the printed list of names, like endnotes.
    pub endnotes_title: String,
    /// Precedes the knowledge source's name: "From Wikipedia, CC BY-SA".
    pub from_source: String,
}

impl Default for Messages {
    fn default() -> Self {
        Messages::english()
    }
}

impl Messages {
    pub fn english() -> Messages {
        Messages {
            by: "By".into(),
            updated: "Updated".into(),
            about_author: "About the author".into(),
            min_read: "min read".into(),
            from_article: "From this article".into(),
            from_source: "From".into(),
            mentions: "mentions in this article".into(),
            mention: "mention in this article".into(),
            previous: "Previous mention".into(),
            next: "Next mention".into(),
            close: "Close".into(),
            related: "Related".into(),
            index_title: "In this article".into(),
            cards_toggle: "Name cards".into(),
            endnotes_title: "Names in this article".into(),
        }
    }

    pub fn french() -> Messages {
        Messages {
            by: "Par".into(),
            updated: "Mis à jour".into(),
            about_author: "À propos de l’auteur".into(),
            min_read: "min de lecture".into(),
            from_article: "Tiré de cet article".into(),
            from_source: "Source\u{a0}:".into(),
            mentions: "mentions dans cet article".into(),
            mention: "mention dans cet article".into(),
            previous: "Mention précédente".into(),
            next: "Mention suivante".into(),
            close: "Fermer".into(),
            related: "Voir aussi".into(),
            index_title: "Dans cet article".into(),
            cards_toggle: "Fiches des noms".into(),
            endnotes_title: "Les noms de cet article".into(),
        }
    }

    /// The table for a BCP 47 language tag: its primary subtag picks it, English otherwise.
    pub fn for_language(tag: Option<&str>) -> Messages {
        let primary = tag.unwrap_or("en").split(['-', '_']).next().unwrap_or("en");
        if primary.eq_ignore_ascii_case("fr") {
            Messages::french()
        } else {
            Messages::english()
        }
    }

    /// Replaces one message by its field name; false if there is no such message.
    pub fn set(&mut self, key: &str, value: String) -> bool {
        let slot = match key {
            "by" => &mut self.by,
            "updated" => &mut self.updated,
            "about_author" => &mut self.about_author,
            "min_read" => &mut self.min_read,
            "from_article" => &mut self.from_article,
            "from_source" => &mut self.from_source,
            "mentions" => &mut self.mentions,
            "mention" => &mut self.mention,
            "previous" => &mut self.previous,
            "next" => &mut self.next,
            "close" => &mut self.close,
            "related" => &mut self.related,
            "index_title" => &mut self.index_title,
            "cards_toggle" => &mut self.cards_toggle,
            "endnotes_title" => &mut self.endnotes_title,
            // The loader shows this one itself, before the wasm may be there.
            "error_title" => return true,
            _ => return false,
        };
        *slot = value;
        true
    }
}
