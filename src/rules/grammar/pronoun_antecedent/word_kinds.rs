//! What a word tells of a person: its gender (titles, gendered nouns, pronouns, first names,
//! pinyin given names) and whether it may name a person, a body, a place or a date.

use super::*;

/// The gender of a title before a name (`Mrs Lane`).
pub(super) fn title_gender(word: &str) -> Option<Gender> {
    match word {
        "Mr" | "Mister" | "Sir" | "Lord" | "King" | "Prince" | "Duke" | "Baron" | "Emperor"
        | "Monsieur" => Some(Male),
        "Mrs" | "Ms" | "Miss" | "Madam" | "Madame" | "Mme" | "Dame" | "Lady" | "Queen"
        | "Princess" | "Duchess" | "Baroness" | "Countess" | "Empress" => Some(Female),
        _ => None,
    }
}

/// The gender of a noun for one person (`spokeswoman`, `father`).
pub(super) fn noun_gender(word: &str) -> Option<Gender> {
    match word {
        "man" | "boy" | "gentleman" | "father" | "dad" | "son" | "brother" | "husband"
        | "boyfriend" | "uncle" | "nephew" | "grandfather" | "grandson" | "stepfather"
        | "widower" | "king" | "prince" | "monk" | "daddy" | "papa" | "grandpa" | "sonny" | "lad" | "spokesman" | "chairman" | "businessman"
        | "congressman" | "councilman" | "policeman" | "sportsman" | "fisherman" => Some(Male),
        "woman" | "girl" | "lady" | "mother" | "mom" | "mum" | "mommy" | "mama" | "grandma" | "granny" | "daughter" | "sister" | "wife"
        | "girlfriend" | "aunt" | "niece" | "grandmother" | "granddaughter" | "stepmother"
        | "widow" | "queen" | "princess" | "nun" | "bride" | "spokeswoman" | "chairwoman"
        | "businesswoman" | "congresswoman" | "councilwoman" | "policewoman"
        | "sportswoman" | "actress" | "waitress" | "hostess" | "heroine" | "mistress" => {
            Some(Female)
        }
        _ => None,
    }
}

/// The gender of a noun for several people (`women`).
pub(super) fn plural_noun_gender(word: &str) -> Option<Gender> {
    match word {
        "men" | "boys" | "fathers" | "sons" | "brothers" | "husbands" => Some(Male),
        "women" | "girls" | "mothers" | "daughters" | "sisters" | "wives" | "ladies" => {
            Some(Female)
        }
        _ => None,
    }
}

/// The gender of a third-person pronoun in lower case.
pub(super) fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "him" | "his" | "himself" => Some(Male),
        "she" | "her" | "hers" | "herself" => Some(Female),
        _ => None,
    }
}

/// A noun for an organisation or public body (singular).
pub(super) fn is_organisation(word: &str) -> bool {
    matches!(
        word,
        "agency" | "association" | "bureau" | "commission" | "committee" | "company"
            | "corporation" | "council" | "department" | "embassy" | "federation" | "government"
            | "institute" | "ministry" | "organisation" | "organization" | "parliament" | "police"
            | "senate" | "union" | "university"
    )
}

/// Whether a lower-case word may name one person whose gender it does not
/// tell: the list, a singular noun for a person by its suffix (`scientist`,
/// `politician`, `engineer`), or a singular noun made from a verb as the one
/// who does it (`teacher`, `manager`, `director`, `resident`, `assistant`).
/// Over-inclusive on purpose: a person the rule cannot rule out keeps it
/// silent.
pub(super) fn may_be_person(word: &str) -> bool {
    let listed = matches!(
        word,
        "agent" | "anybody" | "anyone" | "architect" | "artist" | "athlete" | "author" | "baby"
            | "candidate" | "captain" | "chief" | "child" | "citizen" | "client" | "colleague"
            | "commander" | "correspondent" | "critic" | "customer" | "delegate" | "deputy"
            | "detainee" | "diplomat" | "doctor" | "employee" | "envoy" | "everybody"
            | "everyone" | "expert" | "friend" | "general" | "guard" | "guest" | "head"
            | "hero" | "host" | "individual" | "journalist" | "judge" | "kid" | "lawmaker"
            | "lawyer" | "mayor" | "member" | "migrant" | "minister" | "nobody" | "nominee"
            | "nurse" | "officer" | "official" | "parent" | "partner" | "passenger" | "patient"
            | "person" | "pilot" | "poet" | "premier" | "president"
            | "priest" | "prisoner" | "professor" | "refugee" | "relative" | "representative"
            | "secretary" | "senator" | "sheriff" | "soldier" | "somebody" | "someone"
            | "spokesperson" | "spouse" | "staff" | "student" | "surgeon" | "suspect"
            | "tourist" | "victim" | "who" | "whoever" | "whom" | "whose" | "witness" | "youth"
    );
    if listed {
        return true;
    }
    let singular_noun = || tags(word).is_some_and(|t| t.is_singular_noun() && !t.is_mass_noun());
    if word.len() >= 6 && ["ist", "ian", "eer"].iter().any(|s| word.ends_with(s)) {
        return singular_noun();
    }
    // the one who does it: `teach-er`, `manage-r`, `direct-or`, `reside-nt`, `assist-ant`
    let is_verb = |base: &str| base.len() >= 3 && tags(base).is_some_and(|t| t.is_verb_base());
    let from_verb = [("er", ""), ("er", "e"), ("or", ""), ("or", "e"), ("ent", ""), ("ent", "e"), ("ant", ""), ("ant", "e")]
        .iter()
        .any(|&(suffix, tail)| {
            word.strip_suffix(suffix).is_some_and(|stem| {
                let mut buf = [0u8; 24];
                let base = (stem.len() + tail.len() <= 24).then(|| {
                    buf[..stem.len()].copy_from_slice(stem.as_bytes());
                    buf[stem.len()..stem.len() + tail.len()].copy_from_slice(tail.as_bytes());
                    &buf[..stem.len() + tail.len()]
                });
                base.and_then(|b| std::str::from_utf8(b).ok()).is_some_and(is_verb)
            })
        });
    from_verb && singular_noun()
}

/// A name of the calendar, never a person.
pub(super) fn is_calendar(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            | "January" | "February" | "March" | "April" | "May" | "June" | "July" | "August"
            | "September" | "October" | "November" | "December"
    )
}

/// A country or a continent, in one word: a place, never a person (`Jordan`,
/// `Georgia` too, though first names).
pub(super) fn is_country(word: &str) -> bool {
    matches!(
        word,
        "Afghanistan" | "Albania" | "Algeria" | "Andorra" | "Angola" | "Argentina" |
            "Armenia" | "Australia" | "Austria" | "Azerbaijan" | "Bahamas" | "Bahrain" |
            "Bangladesh" | "Barbados" | "Belarus" | "Belgium" | "Belize" | "Benin" | "Bhutan" |
            "Bolivia" | "Bosnia" | "Botswana" | "Brazil" | "Brunei" | "Bulgaria" | "Burundi" |
            "Cambodia" | "Cameroon" | "Canada" | "Chad" | "Chile" | "China" | "Colombia" |
            "Comoros" | "Congo" | "Croatia" | "Cuba" | "Cyprus" | "Czechia" | "Denmark" |
            "Djibouti" | "Dominica" | "Ecuador" | "Egypt" | "Eritrea" | "Estonia" |
            "Eswatini" | "Ethiopia" | "Fiji" | "Finland" | "France" | "Gabon" | "Gambia" |
            "Georgia" | "Germany" | "Ghana" | "Greece" | "Grenada" | "Guatemala" | "Guinea" |
            "Guyana" | "Haiti" | "Honduras" | "Hungary" | "Iceland" | "India" | "Indonesia" |
            "Iran" | "Iraq" | "Ireland" | "Israel" | "Italy" | "Jamaica" | "Japan" | "Jordan" |
            "Kazakhstan" | "Kenya" | "Kiribati" | "Korea" | "Kosovo" | "Kuwait" |
            "Kyrgyzstan" | "Laos" | "Latvia" | "Lebanon" | "Lesotho" | "Liberia" | "Libya" |
            "Liechtenstein" | "Lithuania" | "Luxembourg" | "Madagascar" | "Malawi" |
            "Malaysia" | "Maldives" | "Mali" | "Malta" | "Mauritania" | "Mauritius" |
            "Mexico" | "Micronesia" | "Moldova" | "Monaco" | "Mongolia" | "Montenegro" |
            "Morocco" | "Mozambique" | "Myanmar" | "Namibia" | "Nauru" | "Nepal" |
            "Netherlands" | "Nicaragua" | "Niger" | "Nigeria" | "Norway" | "Oman" |
            "Pakistan" | "Palau" | "Palestine" | "Panama" | "Paraguay" | "Peru" |
            "Philippines" | "Poland" | "Portugal" | "Qatar" | "Romania" | "Russia" | "Rwanda" |
            "Samoa" | "Senegal" | "Serbia" | "Seychelles" | "Singapore" | "Slovakia" |
            "Slovenia" | "Somalia" | "Spain" | "Sudan" | "Suriname" | "Sweden" |
            "Switzerland" | "Syria" | "Taiwan" | "Tajikistan" | "Tanzania" | "Thailand" |
            "Togo" | "Tonga" | "Tunisia" | "Turkey" | "Turkmenistan" | "Tuvalu" | "Uganda" |
            "Ukraine" | "Uruguay" | "Uzbekistan" | "Vanuatu" | "Venezuela" | "Vietnam" |
            "Yemen" | "Zambia" | "Zimbabwe" | "Africa" | "Asia" | "Europe" | "Oceania" |
            "Antarctica" | "Britain" | "Scotland" | "Wales" | "England" | "Crimea" | "Gaza" |
            "Kashmir" | "Tibet" | "Xinjiang" | "Kurdistan" | "Catalonia"
    )
}

/// Words before a capitalised name that make it a place, not a person.
pub(super) fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "across" | "between" | "from" | "in" | "inside" | "into" | "near" | "outside"
            | "throughout" | "towards"
    )
}

pub(super) use crate::analysis::first_names::FIRST_NAMES;

/// The gender of a Chinese given name in pinyin (`Jianguo`, `Xiuying`,
/// `Li-na`) by its last syllable, where that syllable is all but always given
/// to one gender (`qiang`, `gang`, `jian`; `mei`, `juan`, `ting`); the
/// syllables before it must read as pinyin. Many syllables (`wei`, `li`,
/// `hua`, `yan`) go to both and tell nothing.
pub(super) fn pinyin_given_name_gender(word: &str) -> Option<Gender> {
    const MALE: &[&str] = &[
        "qiang", "gang", "jian", "hao", "peng", "long", "bo", "tao", "yong", "dong", "biao",
        "bin", "kai", "chao", "xiong", "liang", "guo", "zhong", "hu", "wu",
    ];
    const FEMALE: &[&str] = &[
        "mei", "juan", "na", "ting", "xiu", "lan", "xia", "qian", "xue", "fen", "wan", "jiao",
        "ying", "fang",
    ];
    let mut buf = [0u8; 24];
    let name = lower(word, &mut buf)?;
    let ends = |syllable: &&str| {
        name.strip_suffix(*syllable).is_some_and(|head| {
            let head = head.trim_end_matches('-');
            head.is_empty() || crate::analysis::names::is_pinyin(head)
        })
    };
    if MALE.iter().any(ends) {
        Some(Male)
    } else if FEMALE.iter().any(ends) {
        Some(Female)
    } else {
        None
    }
}

/// `word` in lower case, in `buf` (`None` for a word too long or not ASCII).
pub(super) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let out = buf.get_mut(..word.len())?;
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The role of a word in lower case (or of a common word that starts a
/// sentence); `full` looks up whether it may be a person of unknown gender
/// (`Role::None` otherwise).
pub(super) fn common_word_role(word: &str, full: bool) -> Role {
    if let Some(g) = pronoun_gender(word).or_else(|| plural_noun_gender(word)) {
        return Role::Trace(g);
    }
    if let Some(g) = noun_gender(word) {
        return Role::Person(g);
    }
    if is_organisation(word) {
        return Role::Organisation;
    }
    if full && may_be_person(word) {
        return Role::Someone;
    }
    Role::None
}

/// Whether the text between two words ends a sentence or a paragraph: `.`,
/// `!` or `?` followed by a space or a closing mark (`49.3` and `U.S.A` are
/// not), or a line break.
pub(super) fn ends_sentence(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &c)| {
        c == b'\n'
            || matches!(c, b'.' | b'!' | b'?')
                && b.get(i + 1).is_some_and(|&n| {
                    n.is_ascii_whitespace() || n == b'"' || n == b')' || n >= 0x80
                })
    })
}
