//! Dates for `gloss render`'s static HTML, written as the widget writes them with `Intl`
//! (`dateStyle: "long"`, and `timeStyle: "short"` when there is a time) in the article's
//! language. The widget shows a time in the reader's own zone; a static page cannot know
//! it, so the time is written in the zone the date gives, and named (`UTC`, `UTC+01:00`).
//! The words and orders come from the browser's: `tests/cli.rs` holds them to what
//! Chromium's `Intl` writes. A language not in the table gets the ISO date, which every
//! reader can read.

/// How one language writes a date and a time.
struct Style {
    /// `{d}`, `{m}` and `{y}`: the day, the month's name and the year.
    date: &'static str,
    months: [&'static str; 12],
    /// What joins the date and the time: "November 22, 2021 at 8:05 AM".
    at: &'static str,
    clock: Clock,
}

#[derive(Clone, Copy)]
enum Clock {
    /// 08:05, 17:30.
    TwoDigits,
    /// 8:05, 17:30.
    OneDigit,
    /// 8:05 AM, with the words for before and after noon.
    Twelve(&'static str, &'static str),
}

const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const US: Style = Style {
    date: "{m} {d}, {y}",
    months: ENGLISH_MONTHS,
    at: " at ",
    clock: Clock::Twelve("AM", "PM"),
};

/// Each language tag (its primary subtag, or the whole tag for a region that writes
/// dates its own way) with its style; the first match wins.
const STYLES: &[(&str, Style)] = &[
    (
        "en-gb",
        Style {
            date: "{d} {m} {y}",
            clock: Clock::TwoDigits,
            ..US
        },
    ),
    (
        "en-ie",
        Style {
            date: "{d} {m} {y}",
            clock: Clock::TwoDigits,
            ..US
        },
    ),
    (
        "en-au",
        Style {
            date: "{d} {m} {y}",
            clock: Clock::Twelve("am", "pm"),
            ..US
        },
    ),
    (
        "en-nz",
        Style {
            date: "{d} {m} {y}",
            clock: Clock::Twelve("am", "pm"),
            ..US
        },
    ),
    (
        "en-in",
        Style {
            date: "{d} {m} {y}",
            clock: Clock::Twelve("am", "pm"),
            ..US
        },
    ),
    (
        "en-ca",
        Style {
            clock: Clock::Twelve("a.m.", "p.m."),
            ..US
        },
    ),
    ("en", US),
    (
        "fr",
        Style {
            date: "{d} {m} {y}",
            months: [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            at: " à ",
            clock: Clock::TwoDigits,
        },
    ),
    (
        "de",
        Style {
            date: "{d}. {m} {y}",
            months: [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
            at: " um ",
            clock: Clock::TwoDigits,
        },
    ),
    (
        "es",
        Style {
            date: "{d} de {m} de {y}",
            months: [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            at: " a las ",
            clock: Clock::OneDigit,
        },
    ),
    (
        "it",
        Style {
            date: "{d} {m} {y}",
            months: [
                "gennaio",
                "febbraio",
                "marzo",
                "aprile",
                "maggio",
                "giugno",
                "luglio",
                "agosto",
                "settembre",
                "ottobre",
                "novembre",
                "dicembre",
            ],
            at: " alle ore ",
            clock: Clock::TwoDigits,
        },
    ),
    (
        "nl",
        Style {
            date: "{d} {m} {y}",
            months: [
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
            at: " om ",
            clock: Clock::TwoDigits,
        },
    ),
    (
        "pt",
        Style {
            date: "{d} de {m} de {y}",
            months: [
                "janeiro",
                "fevereiro",
                "março",
                "abril",
                "maio",
                "junho",
                "julho",
                "agosto",
                "setembro",
                "outubro",
                "novembro",
                "dezembro",
            ],
            at: " às ",
            clock: Clock::TwoDigits,
        },
    ),
];

/// An ISO 8601 date (`2021-11-22`, `2021-11-22T08:05:00Z`) as readers of `lang` read
/// it: "November 22, 2021 at 8:05 AM UTC". `None` for what is not a whole date (a year,
/// a month), which stays as written.
pub fn format_date(value: &str, lang: Option<&str>) -> Option<String> {
    let parsed = Parsed::read(value)?;
    let tag = lang.unwrap_or("en").to_ascii_lowercase().replace('_', "-");
    let primary = tag.split('-').next().unwrap_or("");
    let style = STYLES
        .iter()
        .find(|(name, _)| *name == tag || (*name == primary && !name.contains('-')))
        .map(|(_, style)| style);
    let Some(style) = style else {
        let date = &value[..10];
        return Some(match parsed.time {
            Some((hour, minute)) => format!("{date} {hour:02}:{minute:02}{}", parsed.zone),
            None => date.to_owned(),
        });
    };
    let date = style
        .date
        .replace("{d}", &parsed.day.to_string())
        .replace("{m}", style.months[parsed.month - 1])
        .replace("{y}", &parsed.year.to_string());
    let Some((hour, minute)) = parsed.time else {
        return Some(date);
    };
    let time = match style.clock {
        Clock::TwoDigits => format!("{hour:02}:{minute:02}"),
        Clock::OneDigit => format!("{hour}:{minute:02}"),
        Clock::Twelve(am, pm) => {
            let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
            format!("{twelve}:{minute:02} {}", if hour < 12 { am } else { pm })
        }
    };
    Some([&date, style.at, &time, &parsed.zone].concat())
}

/// A whole date, with its time and the zone's name as the text ends it.
struct Parsed {
    year: u32,
    month: usize,
    day: u32,
    time: Option<(u32, u32)>,
    /// " UTC", " UTC+01:00", or empty for a time without a zone.
    zone: String,
}

impl Parsed {
    fn read(value: &str) -> Option<Parsed> {
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let digits = value.get(range)?;
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse().ok())?
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        if value.get(4..5) != Some("-") || value.get(7..8) != Some("-") {
            return None;
        }
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let mut parsed = Parsed {
            year,
            month: month as usize,
            day,
            time: None,
            zone: String::new(),
        };
        if value.len() == 10 {
            return Some(parsed);
        }
        let (hour, minute) = (number(11..13)?, number(14..16)?);
        parsed.time = Some((hour % 24, minute));
        let rest = value[16..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.' || c == ',');
        parsed.zone = match rest {
            "" => String::new(),
            "Z" | "z" | "+00:00" | "-00:00" | "+0000" | "+00" => " UTC".into(),
            offset => {
                let digits: String = offset[1..].chars().filter(char::is_ascii_digit).collect();
                let minutes = digits.get(2..4).unwrap_or("00");
                format!(" UTC{}{}:{minutes}", &offset[..1], digits.get(..2)?)
            }
        };
        Some(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::format_date;

    /// Each row's words are what Chromium's `Intl.DateTimeFormat(lang, {dateStyle: "long",
    /// timeStyle: "short", timeZone: "UTC"})` writes (without `timeStyle` for a date), and
    /// the zone's name.
    #[test]
    fn dates_are_written_as_the_browser_writes_them() {
        let rows: &[(&str, &str, &str)] = &[
            ("en", "2021-11-22", "November 22, 2021"),
            (
                "en",
                "2021-11-22T08:05:00Z",
                "November 22, 2021 at 8:05 AM UTC",
            ),
            ("en-US", "2021-03-02T17:30Z", "March 2, 2021 at 5:30 PM UTC"),
            ("en", "2021-07-04T00:00:00Z", "July 4, 2021 at 12:00 AM UTC"),
            (
                "en",
                "2021-07-04T12:00:00.250Z",
                "July 4, 2021 at 12:00 PM UTC",
            ),
            (
                "en-GB",
                "2021-11-22T08:05:00Z",
                "22 November 2021 at 08:05 UTC",
            ),
            ("en-IE", "2021-07-04T00:00:00Z", "4 July 2021 at 00:00 UTC"),
            (
                "en-AU",
                "2021-03-02T17:30:00Z",
                "2 March 2021 at 5:30 pm UTC",
            ),
            (
                "en-NZ",
                "2021-07-04T00:00:00Z",
                "4 July 2021 at 12:00 am UTC",
            ),
            ("en-IN", "2021-11-22", "22 November 2021"),
            (
                "en-CA",
                "2021-03-02T17:30:00Z",
                "March 2, 2021 at 5:30 p.m. UTC",
            ),
            ("fr", "2021-11-22T08:05:00Z", "22 novembre 2021 à 08:05 UTC"),
            ("fr-CH", "2021-03-02T17:30:00Z", "2 mars 2021 à 17:30 UTC"),
            (
                "de",
                "2021-11-22T08:05:00Z",
                "22. November 2021 um 08:05 UTC",
            ),
            ("de-AT", "2021-03-02", "2. März 2021"),
            (
                "es",
                "2021-11-22T08:05:00Z",
                "22 de noviembre de 2021 a las 8:05 UTC",
            ),
            (
                "es",
                "2021-07-04T00:00:00Z",
                "4 de julio de 2021 a las 0:00 UTC",
            ),
            (
                "it",
                "2021-11-22T08:05:00Z",
                "22 novembre 2021 alle ore 08:05 UTC",
            ),
            ("nl", "2021-03-02T17:30:00Z", "2 maart 2021 om 17:30 UTC"),
            (
                "pt",
                "2021-03-02T17:30:00Z",
                "2 de março de 2021 às 17:30 UTC",
            ),
            ("pt-BR", "2021-11-22", "22 de novembro de 2021"),
            // The zone a date gives is named; a time with none is the page's own.
            (
                "en",
                "2021-11-22T09:05:00+01:00",
                "November 22, 2021 at 9:05 AM UTC+01:00",
            ),
            (
                "en-GB",
                "2021-11-22 03:05:00-0500",
                "22 November 2021 at 03:05 UTC-05:00",
            ),
            ("en", "2021-11-22T08:05", "November 22, 2021 at 8:05 AM"),
            // A language the table does not know: the ISO date.
            ("ja", "2021-11-22T08:05:00Z", "2021-11-22 08:05 UTC"),
        ];
        for (lang, value, words) in rows {
            assert_eq!(
                format_date(value, Some(lang)).as_deref(),
                Some(*words),
                "{lang} {value}"
            );
        }
        // An article with no language is in English, as the widget's words are.
        assert_eq!(
            format_date("2021-11-22", None).as_deref(),
            Some("November 22, 2021")
        );
        for partial in ["2021", "2021-11", "Nov. 15"] {
            assert_eq!(format_date(partial, Some("en")), None, "{partial}");
        }
    }
}
