//! The small word lists behind the name finder's cues. They are deliberately short and
//! general: cues for classes of words, not a list of the names in any one article.
//! Every entry is folded (lower case, straight apostrophes).

/// Words that are ordinary even when capitalised: function words, pronouns and the common
/// adverbs and verbs that open sentences. A capital on them is never evidence of a name.
const COMMON: &str = "a about above across after afterwards again against all almost also although always am among an and another any anyone anything are around as at back be because been before being below besides between both but by can cannot could despite did do does doing done down during each either else even ever every everyone everything few for from further had has have having he her here hers herself him himself his how however i if in indeed instead into is it its itself just last later least less let like many may maybe me meanwhile might mine more moreover most much must my myself neither never nevertheless next no nobody none nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves out over own perhaps please rather really same several she should since so some someone something sometimes soon still such than that the their theirs them themselves then there therefore these they this those though through thus to today together tomorrow too toward towards under unless unlike until up upon us very via was we well were what whatever when whenever where whereas whether which while who whoever whole whom whose why will with within without would yesterday yet you your yours yourself yourselves according although amid first second third finally furthermore meanwhile nonetheless recently reports critics many most some others experts officials sources yes";

/// Month and weekday names, which are capitalised but are dates, not names.
const CALENDAR: &str = "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun";

/// Titles that come before a person's name.
const HONORIFICS: &str = "mr mrs ms miss mx dr prof professor sir dame lord lady president vice chairman chairwoman chair premier prime minister chancellor senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen colonel col captain capt lieutenant lt sergeant sgt admiral king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh father sister brother saint st ambassador secretary director commissioner inspector detective officer agent dean chief executive ceo cfo founder leader spokesman spokeswoman spokesperson chairperson";

/// Words that end (or begin) the names of organisations.
const ORGANIZATION_WORDS: &str = "ministry department agency committee commission council alliance party assembly bureau office organization organisation association union institute institution university college school academy bank company corporation corp inc ltd llc plc group foundation society court parliament congress senate army navy force forces police guard times post news journal herald tribune gazette review network federation league club church centre center service services authority board fund trust coalition front movement administration government cabinet secretariat tribunal commission conference forum initiative project programme program watch reserve exchange panel";

/// Words that end the names of places.
const PLACE_WORDS: &str = "river mountain mountains mount sea ocean island islands province city county state republic street avenue road square lake valley bay gulf strait peninsula desert region district territory kingdom emirates coast park bridge harbour harbor airport canal";

/// Words that, after a name, make it an event or campaign.
const EVENT_WORDS: &str = "campaign operation war election elections summit games olympics crisis revolution festival protest protests movement uprising massacre scandal affair conference congress trial initiative program programme plan incident attack";

/// Nouns for people, used as cues in "Chinese leader Xi Jinping" and "X, a vice-minister".
const ROLE_NOUNS: &str = "leader president chairman chairwoman chair founder cofounder co-founder director minister vice-minister deputy officer official author writer journalist reporter editor activist dissident lawyer attorney spokesman spokeswoman spokesperson professor scholar researcher analyst expert economist scientist politician lawmaker legislator senator diplomat ambassador envoy secretary general commander soldier businessman businesswoman entrepreneur ceo chief executive head member citizen resident student artist actor actress singer player coach judge prosecutor son daughter wife husband mother father brother sister friend colleague victim suspect fugitive rival rivals";

/// Nouns for organisations, used as cues in "the NGO China Action" and "X, an alliance of …".
const ORGANIZATION_NOUNS: &str = "organization organisation ngo group alliance agency company firm corporation party ministry department committee union association coalition network charity nonprofit non-profit institution institute body bank newspaper magazine outlet broadcaster publisher university school court club team movement network platform foundation think-tank watchdog regulator police";

/// Nouns for places, used as cues in "the city of X" and "X, a province in …".
const PLACE_NOUNS: &str = "city country nation province region state capital town village island territory district county area prefecture municipality kingdom republic";

/// Nouns that make the name before them a campaign or event: "China's Fox Hunt campaign".
const EVENT_NOUNS: &str = "campaign operation programme program initiative election summit war crackdown purge scheme drive";

/// Given names common across many languages; a name that starts with one is a person's.
const GIVEN_NAMES: &str = "aaron adam adrian ahmed ahmad aisha alan albert alex alexander alexandra alexei ali alice alicia amanda amir amy ana andrea andreas andrew angela anna anne anthony antonio ari arjun barbara ben benjamin bernard bill bob boris brian carl carlos caroline catherine charles charlotte chris christian christine christopher claire daniel david deborah dennis diana dmitri donald dorothy edward elena elizabeth emily emma emmanuel eric erik fatima felix fernando francesco francis frank franz friedrich george georg gerhard giovanni giuseppe greg hans hannah harry helen henry hiroshi hassan hussein ian igor isabel ivan jack jacob james jan jane jean jeff jennifer jessica jim joan joe johan johann john jonathan jorge jose joseph juan julia julie karen karl kate katherine kenji kevin kim klaus laura lars lee leonid linda lisa louis lucas luis lukas marco margaret maria marie mario mark martin mary matteo matthew maxim michael michel miguel mikhail mohamed mohammed muhammad nadia natalia nicholas nicolas nikolai nina olga omar oscar pablo patrick paul pedro peter philip philippe pierre rachel rahul raj ravi richard robert roberto rosa ryan sandra sara sarah sebastian sergei sergey simon sofia sophie stefan stephen steven susan takeshi thomas tim timothy tom tony vladimir walter wang william xavier yuki yusuf zoe";

/// Common Chinese, Korean and Vietnamese family names, which come first in a full name.
const FAMILY_NAMES_FIRST: &str = "bai cai cao chang chen cheng chiang chou choi chung dai deng ding dong du fan fang feng fu gao gong gu guo han hao he hong hou hu hua huang jia jiang jin kang kong lai lam lau lee li liang liao lin liu long lu luo lv ma mao meng mo ng nguyen pan park peng qian qin qiu ren shao shen shi song su sun tan tang tao tian tran wan wang wei wen wong wu xi xia xiao xie xiong xu xue yan yang yao ye yi yin yu yuan zeng zhang zhao zheng zhou zhu zou";

/// Countries and the regions and cities that news most often names, separated by `|`
/// since some hold spaces.
const PLACES: &str = "afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burkina|burma|burundi|cambodia|cameroon|canada|chad|chile|china|colombia|comoros|congo|croatia|cuba|cyprus|czechia|czech|denmark|djibouti|dominica|ecuador|egypt|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kiribati|korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|nicaragua|niger|nigeria|norway|oman|pakistan|palau|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|senegal|serbia|seychelles|singapore|slovakia|slovenia|somalia|spain|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|uruguay|uzbekistan|vanuatu|venezuela|vietnam|yemen|zambia|zimbabwe|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|ontario|quebec|alberta|hong kong|macau|macao|tibet|xinjiang|taiwan|crimea|gaza|kashmir|kurdistan|catalonia|scotland|england|wales|britain|europe|asia|africa|america|antarctica|oceania|arctic|siberia|balkans|caucasus|kosovo|greenland|puerto rico|new zealand|south africa|north korea|south korea|saudi arabia|united states|united kingdom|united arab emirates|sri lanka|costa rica|el salvador|east timor|ivory coast|sierra leone|new york|los angeles|san francisco|washington|chicago|boston|london|paris|berlin|madrid|rome|lyon|marseille|milan|vienna|brussels|amsterdam|geneva|zurich|stockholm|oslo|copenhagen|helsinki|warsaw|prague|budapest|athens|istanbul|ankara|moscow|kyiv|kiev|minsk|beijing|shanghai|shenzhen|guangzhou|wuhan|chengdu|lhasa|urumqi|tokyo|osaka|seoul|pyongyang|taipei|manila|jakarta|bangkok|hanoi|delhi|mumbai|karachi|lahore|islamabad|kabul|tehran|baghdad|damascus|beirut|jerusalem|cairo|riyadh|dubai|doha|nairobi|lagos|johannesburg|sydney|melbourne|toronto|montreal|vancouver|ottawa|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|brasilia|dhaka|kathmandu|singapore|tel aviv";

/// Adjectives of nationality: capitalised, but not names on their own.
const DEMONYMS: &str = "afghan american arab arabic argentine australian austrian belgian brazilian british burmese cambodian canadian chilean chinese colombian cuban czech danish dutch egyptian english ethiopian european filipino finnish french german greek hungarian indian indonesian iranian iraqi irish israeli italian japanese jewish korean kurdish lebanese malaysian mexican mongolian muslim christian buddhist catholic protestant hindu nepali nigerian norwegian pakistani palestinian persian polish portuguese romanian russian saudi scottish serbian singaporean spanish swedish swiss syrian taiwanese thai tibetan turkish uighur uyghur ukrainian vietnamese welsh western eastern northern southern asian african latin communist socialist democratic republican islamic orthodox soviet";

/// Company-form suffixes: "Apple Inc." is Apple.
const CORPORATE: &str = "inc corp co ltd llc plc gmbh ag sa nv spa";

/// Connectors allowed inside a name between capitalised words.
const CONNECTORS: &str =
    "of on for the de du des del della di da dos das la le van von der den al el bin ibn bint y";

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

    /// The word is in any of the classes in `classes`.
    pub fn any(self, classes: u32) -> bool {
        self.0 & classes != 0
    }
}

/// The word lists, ready for look-ups: every word once, sorted, with its classes. One
/// binary search instead of one per list, and smaller in the wasm than a hash set.
pub struct Lexicon {
    words: Vec<(&'static str, Classes)>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let lists = [
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
        ];
        let mut words: Vec<(&'static str, Classes)> = Vec::with_capacity(2048);
        for (list, class) in lists {
            // Place names may hold spaces ("hong kong"), so they are separated by `|`.
            let separator = if class == Classes::PLACE { '|' } else { ' ' };
            words.extend(list.split(separator).map(|w| (w, Classes(class))));
        }
        words.sort_unstable_by(|a, b| a.0.cmp(b.0));
        words.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1 .0 |= later.1 .0;
            }
            same
        });
        Lexicon { words }
    }

    /// Every class `folded` belongs to; none for a word in no list. `folded` may be a
    /// whole place name with single spaces: "hong kong".
    pub fn classes(&self, folded: &str) -> Classes {
        match self.words.binary_search_by(|(w, _)| (*w).cmp(folded)) {
            Ok(at) => self.words[at].1,
            Err(_) => Classes::default(),
        }
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
