//! The small word lists behind the name finder's cues. They are deliberately short and
//! general: cues for classes of words, not a list of the names in any one article.
//! Every entry is folded (lower case, straight apostrophes), and every list is sorted.

use crate::StringMap;

/// Words that are ordinary even when capitalised: function words, pronouns and the common
/// adverbs and verbs that open sentences. A capital on them is never evidence of a name.
const COMMON: &str = "a about above according across after afterwards again against all almost also although always am amid among an and another any anyone anything are around as at back be because been before being below besides between both but by can cannot could critics despite did do does doing done down during each either else even ever every everyone everything experts few finally first for from further furthermore gdp had has have having he her here hers herself him himself his how however i if in indeed instead into is it its itself just last later least less let like many may maybe me meanwhile might mine more moreover most much must my myself neither never nevertheless next no nobody none nonetheless nor not nothing now of off officials often on once one only onto or other others otherwise our ours ourselves out over own perhaps please rather really recently reports same second several she should since so some someone something sometimes soon sources still such than that the their theirs them themselves then there therefore these they third this those though through thus to today together tomorrow too toward towards tv under unless unlike until up upon us very via was we well were what whatever when whenever where whereas whether which while who whoever whole whom whose why will with within without would yes yesterday yet you your yours yourself yourselves";

/// Month and weekday names, which are capitalised but are dates, not names.
const CALENDAR: &str = "apr april aug august dec december feb february fri friday jan january jul july jun june mar march may mon monday nov november oct october sat saturday sep sept september sun sunday thu thurs thursday tue tues tuesday wed wednesday";

/// Titles that come before a person's name.
const HONORIFICS: &str = "admiral agent ambassador archbishop bishop brother capt captain cardinal ceo cfo chair chairman chairperson chairwoman chancellor chief col colonel commissioner congressman congresswoman dame dean detective director dr executive father founder gen general gov governor imam inspector judge justice king lady leader lieutenant lord lt mayor minister miss mp mr mrs ms mx officer pope premier president prime prince princess prof professor queen rabbi rep representative saint secretary sen senator sergeant sgt sheikh sir sister spokesman spokesperson spokeswoman st treasurer vice";

/// Words that end (or begin) the names of organisations.
const ORGANIZATION_WORDS: &str = "academy administration agency alliance army assembly association authority bank board bureau cabinet center centre chamber church club coalition college commission committee company conference congress corp corporation council court department exchange federation force forces forum foundation front fund gallery gazette government group guard herald hospital inc initiative institute institution journal league llc ltd ministry movement museum navy network news office organisation organization panel parliament party plc police post program programme project reserve review school secretariat senate service services society times tribunal tribune trust union university watch";

/// Words that end the names of places.
const PLACE_WORDS: &str = "airport avenue bay bridge canal city coast county desert district emirates gulf harbor harbour island islands kingdom lake mount mountain mountains ocean park peninsula province region republic river road sea square state strait street territory valley";

/// Words that, after a name, make it an event or campaign.
const EVENT_WORDS: &str = "affair attack campaign conference congress crisis election elections festival games incident initiative massacre movement olympics operation plan program programme protest protests revolution scandal summit trial uprising war";

/// Nouns for people, used as cues in "Chinese leader Xi Jinping" and "X, a vice-minister".
const ROLE_NOUNS: &str = "activist actor actress ambassador analyst artist attorney author brother businessman businesswoman ceo chair chairman chairwoman chief citizen co-founder coach cofounder colleague commander daughter deputy diplomat director dissident economist editor entrepreneur envoy executive expert father founder friend fugitive general head husband journalist judge lawmaker lawyer leader legislator member minister mother officer official player politician president professor prosecutor reporter researcher resident rival rivals scholar scientist secretary senator singer sister soldier son spokesman spokesperson spokeswoman student suspect vice-minister victim wife writer";

/// Nouns for organisations, used as cues in "the NGO China Action" and "X, an alliance of …".
const ORGANIZATION_NOUNS: &str = "agency alliance association bank body broadcaster charity club coalition committee company corporation court department firm foundation group institute institution magazine ministry movement network newspaper ngo non-profit nonprofit organisation organization outlet party platform police publisher regulator school team think-tank union university watchdog";

/// Nouns for places, used as cues in "the city of X" and "X, a province in …".
const PLACE_NOUNS: &str = "area capital city country county district island kingdom municipality nation prefecture province region republic state territory town village";

/// Nouns that make the name before them a campaign or event: "China's Fox Hunt campaign".
const EVENT_NOUNS: &str = "campaign crackdown drive election initiative operation program programme purge scheme summit war";

/// Given names common across many languages; a name that starts with one is a person's.
const GIVEN_NAMES: &str = "aaron adam adrian ahmad ahmed aisha alan albert alex alexander alexandra alexei ali alice alicia amanda amir amy ana andrea andreas andrew angela anna anne anthony antonio ari arjun barbara ben benjamin bernard bill bob boris brian carl carlos caroline catherine charles charlotte chris christian christine christopher claire daniel david deborah dennis diana dmitri donald dorothy edward elena elizabeth emily emma emmanuel eric erik fatima felix fernando francesco francis frank franz friedrich georg george gerhard giovanni giuseppe greg hannah hans harry hassan helen henry hiroshi hussein ian igor isabel ivan jack jacob james jan jane jean jeff jennifer jessica jim joan joe johan johann john jonathan jorge jose joseph juan julia julie karen karl kate katherine kenji kevin kim klaus lars laura lee leonid linda lisa louis lucas luis lukas marco margaret maria marie mario mark martin mary matteo matthew maxim michael michel miguel mikhail mohamed mohammed muhammad nadia natalia nicholas nicolas nikolai nina olga omar oscar pablo patrick paul pedro peter philip philippe pierre rachel rahul raj ravi richard robert roberto rosa ryan sandra sara sarah sebastian sergei sergey simon sofia sophie stefan stephen steven susan takeshi thomas tim timothy tom tony vladimir walter wang william xavier yuki yusuf zoe";

/// Common Chinese, Korean and Vietnamese family names, which come first in a full name.
const FAMILY_NAMES_FIRST: &str = "bai cai cao chang chen cheng chiang choi chou chung dai deng ding dong du fan fang feng fu gao gong gu guo han hao he hong hou hu hua huang jia jiang jin kang kong lai lam lau lee li liang liao lin liu long lu luo lv ma mao meng mo ng nguyen pan park peng qian qin qiu ren shao shen shi song su sun tan tang tao tian tran wan wang wei wen wong wu xi xia xiao xie xiong xu xue yan yang yao ye yi yin yu yuan zeng zhang zhao zheng zhou zhu zou";

/// Countries and the regions and cities that news most often names, separated by `|`
/// since some hold spaces.
const PLACES: &str = "afghanistan|africa|alabama|alaska|albania|alberta|algeria|america|amsterdam|andorra|angola|ankara|antarctica|arctic|argentina|arizona|arkansas|armenia|asia|athens|australia|austria|azerbaijan|baghdad|bahamas|bahrain|balkans|bangkok|bangladesh|barbados|beijing|beirut|belarus|belgium|belize|benin|berlin|bhutan|bogota|bolivia|bosnia|boston|botswana|brasilia|brazil|britain|brunei|brussels|budapest|buenos aires|bulgaria|burkina|burma|burundi|cairo|california|cambodia|cameroon|canada|caracas|catalonia|caucasus|chad|chengdu|chicago|chile|china|colombia|colorado|comoros|congo|connecticut|copenhagen|costa rica|crimea|croatia|cuba|cyprus|czech|czechia|damascus|delaware|delhi|denmark|dhaka|djibouti|doha|dominica|dubai|east timor|ecuador|egypt|el salvador|england|eritrea|estonia|eswatini|ethiopia|europe|fiji|finland|florida|france|gabon|gambia|gaza|geneva|georgia|germany|ghana|greece|greenland|grenada|guangzhou|guatemala|guinea|guyana|haiti|hanoi|havana|hawaii|helsinki|honduras|hong kong|hungary|iceland|idaho|illinois|india|indiana|indonesia|iowa|iran|iraq|ireland|islamabad|israel|istanbul|italy|ivory coast|jakarta|jamaica|japan|jerusalem|johannesburg|jordan|kabul|kansas|karachi|kashmir|kathmandu|kazakhstan|kentucky|kenya|kiev|kiribati|korea|kosovo|kurdistan|kuwait|kyiv|kyrgyzstan|lagos|lahore|laos|latvia|lebanon|lesotho|lhasa|liberia|libya|liechtenstein|lima|lithuania|london|los angeles|louisiana|luxembourg|lyon|macao|macau|madagascar|madrid|maine|malawi|malaysia|maldives|mali|malta|manila|marseille|maryland|massachusetts|mauritania|mauritius|melbourne|mexico|mexico city|michigan|micronesia|milan|minnesota|minsk|mississippi|missouri|moldova|monaco|mongolia|montana|montenegro|montreal|morocco|moscow|mozambique|mumbai|myanmar|nairobi|namibia|nauru|nebraska|nepal|netherlands|nevada|new hampshire|new jersey|new mexico|new york|new zealand|nicaragua|niger|nigeria|north carolina|north dakota|north korea|norway|oceania|ohio|oklahoma|oman|ontario|oregon|osaka|oslo|ottawa|pakistan|palau|palestine|panama|paraguay|paris|pennsylvania|peru|philippines|poland|portugal|prague|puerto rico|pyongyang|qatar|quebec|rhode island|riyadh|romania|rome|russia|rwanda|samoa|san francisco|santiago|saudi arabia|scotland|senegal|seoul|serbia|seychelles|shanghai|shenzhen|siberia|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south carolina|south dakota|south korea|spain|sri lanka|stockholm|sudan|suriname|sweden|switzerland|sydney|syria|taipei|taiwan|tajikistan|tanzania|tehran|tel aviv|tennessee|texas|thailand|tibet|togo|tokyo|tonga|toronto|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|uruguay|urumqi|utah|uzbekistan|vancouver|vanuatu|venezuela|vermont|vienna|vietnam|virginia|wales|warsaw|washington|west virginia|wisconsin|wuhan|wyoming|xinjiang|yemen|zambia|zimbabwe|zurich";

/// Adjectives of nationality: capitalised, but not names on their own.
const DEMONYMS: &str = "afghan african american arab arabic argentine asian australian austrian belgian brazilian british buddhist burmese cambodian canadian catholic chilean chinese christian colombian communist cuban czech danish democrat democratic dutch eastern egyptian english ethiopian european filipino finnish french german greek hindu hungarian indian indonesian iranian iraqi irish islamic israeli italian japanese jewish kenyan korean kurdish latin lebanese malaysian mexican mongolian muslim nepali nigerian northern norwegian orthodox pakistani palestinian persian polish portuguese protestant republican romanian russian saudi scottish serbian singaporean socialist somali southern soviet spanish swedish swiss syrian taiwanese thai tibetan turkish uighur ukrainian uyghur vietnamese welsh western";

/// Company-form suffixes: "Apple Inc." is Apple.
const CORPORATE: &str = "ag co corp gmbh inc llc ltd nv plc sa spa";

/// English connectors allowed inside a name between capitalised words, with limits
/// (`names::candidates::extend_name`): "Bank of England", "Institute for Health and Social Policy".
const CONNECTORS: &str = "and for of on the";

/// Particles inside people's and places' names: "Ahmed al-Rashidi", "Pieter van der
/// Berg", "Lucía de la Vega". A name may start with one ("al-Shabaab", "de la Vega").
const PARTICLES: &str =
    "al bin bint da das de del della den der des di dos du el ibn la le van von y";

/// Compass words that make a region of a known place: "South Asia", "Northern Ireland".
const COMPASS: &str = "central east eastern lower north northern south southern upper west western";

/// Meetings a numbered body holds: "89th General Assembly" is one meeting, an event.
const MEETINGS: &str = "assembly conference congress convention meeting plenum session summit";

/// Verbs of saying after a name: a weak cue that a person speaks.
const SAYING: &str = "added argued said says told wrote";

/// The classes a word belongs to, as bits: one look-up answers every question about a
/// word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Classes(u32);

impl Classes {
    pub const COMMON: u32 = 1;
    pub const CALENDAR: u32 = 1 << 1;
    pub const HONORIFIC: u32 = 1 << 2;
    pub const ORGANIZATION_WORD: u32 = 1 << 3;
    pub const PLACE_WORD: u32 = 1 << 4;
    pub const EVENT_WORD: u32 = 1 << 5;
    pub const ROLE_NOUN: u32 = 1 << 6;
    pub const ORGANIZATION_NOUN: u32 = 1 << 7;
    pub const PLACE_NOUN: u32 = 1 << 8;
    pub const EVENT_NOUN: u32 = 1 << 9;
    pub const GIVEN_NAME: u32 = 1 << 10;
    pub const FAMILY_NAME_FIRST: u32 = 1 << 11;
    pub const PLACE: u32 = 1 << 12;
    pub const DEMONYM: u32 = 1 << 13;
    pub const CONNECTOR: u32 = 1 << 14;
    pub const CORPORATE: u32 = 1 << 15;
    pub const PARTICLE: u32 = 1 << 16;
    pub const COMPASS: u32 = 1 << 17;
    pub const MEETING: u32 = 1 << 18;
    pub const SAYING: u32 = 1 << 19;

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

/// The word lists, ready for look-ups: every word once, with its classes as bits. One
/// look-up answers every question about a word, and it is the crate's one string-keyed
/// map type, so the wasm holds no second copy of the table code. A binary search over
/// the sorted words was a third of the engine's time with every finder on.
pub struct Lexicon {
    classes: StringMap,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

/// Every word list with its class. Each list is sorted (a test checks), for its readers.
const LISTS: [(&str, u32); 20] = [
    (COMMON, Classes::COMMON),
    (CALENDAR, Classes::CALENDAR),
    (HONORIFICS, Classes::HONORIFIC),
    (ORGANIZATION_WORDS, Classes::ORGANIZATION_WORD),
    (PLACE_WORDS, Classes::PLACE_WORD),
    (EVENT_WORDS, Classes::EVENT_WORD),
    (ROLE_NOUNS, Classes::ROLE_NOUN),
    (ORGANIZATION_NOUNS, Classes::ORGANIZATION_NOUN),
    (PLACE_NOUNS, Classes::PLACE_NOUN),
    (EVENT_NOUNS, Classes::EVENT_NOUN),
    (GIVEN_NAMES, Classes::GIVEN_NAME),
    (FAMILY_NAMES_FIRST, Classes::FAMILY_NAME_FIRST),
    (PLACES, Classes::PLACE),
    (DEMONYMS, Classes::DEMONYM),
    (CONNECTORS, Classes::CONNECTOR),
    (CORPORATE, Classes::CORPORATE),
    (PARTICLES, Classes::PARTICLE),
    (COMPASS, Classes::COMPASS),
    (MEETINGS, Classes::MEETING),
    (SAYING, Classes::SAYING),
];

/// The words of one list. Place names may hold spaces ("hong kong"), so they are
/// separated by `|`.
fn words_of(list: &'static str, class: u32) -> Vec<&'static str> {
    let separator = if class == Classes::PLACE { '|' } else { ' ' };
    list.split(separator).collect()
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let mut classes = StringMap::default();
        for (list, class) in LISTS {
            for word in words_of(list, class) {
                *classes.entry(word.to_owned()).or_insert(0) |= class as usize;
            }
        }
        Lexicon { classes }
    }

    /// Every class `folded` belongs to; none for a word in no list. `folded` may be a
    /// whole place name with single spaces: "hong kong".
    pub fn classes(&self, folded: &str) -> Classes {
        Classes(self.classes.get(folded).map_or(0, |&bits| bits as u32))
    }

    /// Whether `words` joined by single spaces are a known place ("hong", "kong").
    pub fn is_place_phrase(&self, words: &[&str]) -> bool {
        self.is_place(&words.join(" "))
    }

    fn is(&self, folded: &str, class: u32) -> bool {
        self.classes(folded).any(class)
    }

    pub fn is_common(&self, folded: &str) -> bool {
        self.is(folded, Classes::COMMON)
    }
    pub fn is_calendar(&self, folded: &str) -> bool {
        self.is(folded, Classes::CALENDAR)
    }
    pub fn is_honorific(&self, folded: &str) -> bool {
        self.is(folded, Classes::HONORIFIC)
    }
    pub fn is_organization_word(&self, folded: &str) -> bool {
        self.is(folded, Classes::ORGANIZATION_WORD)
    }
    pub fn is_place_word(&self, folded: &str) -> bool {
        self.is(folded, Classes::PLACE_WORD)
    }
    pub fn is_event_word(&self, folded: &str) -> bool {
        self.is(folded, Classes::EVENT_WORD)
    }
    pub fn is_role_noun(&self, folded: &str) -> bool {
        self.is(folded, Classes::ROLE_NOUN)
    }
    pub fn is_organization_noun(&self, folded: &str) -> bool {
        self.is(folded, Classes::ORGANIZATION_NOUN)
    }
    pub fn is_place_noun(&self, folded: &str) -> bool {
        self.is(folded, Classes::PLACE_NOUN)
    }
    pub fn is_event_noun(&self, folded: &str) -> bool {
        self.is(folded, Classes::EVENT_NOUN)
    }
    pub fn is_given_name(&self, folded: &str) -> bool {
        self.is(folded, Classes::GIVEN_NAME)
    }
    pub fn is_family_name_first(&self, folded: &str) -> bool {
        self.is(folded, Classes::FAMILY_NAME_FIRST)
    }
    /// `folded` is a whole name with single spaces: "hong kong".
    pub fn is_place(&self, folded: &str) -> bool {
        self.is(folded, Classes::PLACE)
    }
    pub fn is_demonym(&self, folded: &str) -> bool {
        self.is(folded, Classes::DEMONYM)
    }
    pub fn is_corporate(&self, folded: &str) -> bool {
        self.is(folded, Classes::CORPORATE)
    }
    pub fn is_connector(&self, folded: &str) -> bool {
        self.is(folded, Classes::CONNECTOR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_the_lexicon_answers_for_each() {
        for (list, class) in LISTS {
            let words = words_of(list, class);
            assert!(
                words.windows(2).all(|pair| pair[0] < pair[1]),
                "list {class:#x} is not sorted, or repeats a word"
            );
        }
        let lexicon = Lexicon::new();
        assert!(lexicon.is_place("hong kong") && lexicon.is_connector("of"));
        // A word on two lists has both classes.
        assert!(lexicon.is_honorific("president") && lexicon.is_role_noun("president"));
        assert!(!lexicon.is_common("interpol"));
        // A phrase is its words joined by single spaces, and only the whole phrase.
        assert!(lexicon.is_place_phrase(&["hong", "kong"]));
        assert!(lexicon.is_place_phrase(&["lyon"]) == lexicon.is_place("lyon"));
        for missing in [
            &["hong"][..],
            &["hong", "kon"],
            &["hong", "kong", "x"],
            &["hongkong"],
            &[],
        ] {
            assert!(!lexicon.is_place_phrase(missing), "{missing:?}");
        }
    }
}
