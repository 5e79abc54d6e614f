//! The `names/transliteration-variant` rule: one person's given name transliterated two ways in a
//! text (`Mohammed Salem` and later `Muhammad Salem`, `Sergei Ivanov` and `Sergey Ivanov`), as MT
//! leaves it when it renders each sentence on its own from Arabic, Russian, Ukrainian or Persian.

use crate::analysis::document::Document;
use crate::finding::{Category, Finding, Severity};
use crate::rules::{Example, Rule, RuleMeta};
use crate::text::hash::FastMap;
use once_cell::sync::Lazy;

/// How far back (in bytes) the other spelling may be: one news article (a few thousand bytes),
/// not a file of many texts where two articles may each keep their own spelling.
const REACH: usize = 4_000;

/// Common given names with the spellings English text gives them; the spellings of a line are
/// one name. A spelling that is also an English word (`Said`) is left out.
const VARIANTS: &[&[&str]] = &[
    // Arabic, Persian, Turkish, Urdu
    &["Mohammed", "Mohammad", "Mohamed", "Mohamad", "Muhammad", "Muhammed", "Mohamud"],
    &["Ahmed", "Ahmad"],
    &["Mahmoud", "Mahmud", "Mahmood"],
    &["Mustafa", "Mostafa", "Moustafa", "Mustapha"],
    &["Youssef", "Yousef", "Yusuf", "Yousif", "Yussef", "Yossef"],
    &["Hussein", "Hussain", "Husain", "Hossein", "Hosein", "Husein"],
    &["Hassan", "Hasan"],
    &["Omar", "Umar"],
    &["Osman", "Othman", "Uthman", "Usman"],
    &["Khaled", "Khalid"],
    &["Abdullah", "Abdallah", "Abdulla"],
    &["Abdel", "Abdul", "Abdal"],
    &["Ibrahim", "Ebrahim", "Ibraheem"],
    &["Faisal", "Faysal", "Feisal"],
    &["Walid", "Waleed"],
    &["Yasser", "Yasir", "Yaser"],
    &["Tariq", "Tarek", "Tarik", "Tareq"],
    &["Suleiman", "Sulaiman", "Soleiman", "Sulayman"],
    &["Saeed", "Saied", "Saeid"],
    &["Rashid", "Rasheed", "Rachid"],
    &["Majid", "Majed", "Maged"],
    &["Jamal", "Gamal"],
    &["Nasser", "Naser"],
    &["Hamza", "Hamzah"],
    &["Abbas", "Abas"],
    &["Javad", "Jawad"],
    // Russian, Ukrainian
    &["Sergei", "Sergey", "Serhiy", "Serhii"],
    &["Alexei", "Alexey", "Aleksei", "Aleksey", "Oleksiy", "Oleksii"],
    &["Aleksandr", "Alexandr", "Alexander", "Oleksandr"],
    &["Andrei", "Andrey", "Andriy", "Andrii"],
    &["Dmitri", "Dmitry", "Dmitriy", "Dmytro"],
    &["Yuri", "Yury", "Yuriy", "Yurii"],
    &["Nikolai", "Nikolay", "Mykola"],
    &["Vladimir", "Volodymyr"],
    &["Yevgeny", "Evgeny", "Yevgeniy", "Evgeniy", "Yevhen"],
    &["Vasily", "Vasiliy", "Vassily", "Vasyl"],
    &["Anatoly", "Anatoliy", "Anatolii"],
    &["Valery", "Valeriy", "Valerii"],
    &["Grigory", "Grigoriy", "Hryhoriy"],
    &["Georgy", "Georgiy", "Heorhiy"],
    &["Vitaly", "Vitaliy", "Vitalii"],
    &["Gennady", "Gennadiy", "Hennadiy"],
    &["Arkady", "Arkadiy"],
    &["Mikhail", "Mykhailo"],
    &["Pyotr", "Petr", "Petro"],
    &["Fyodor", "Fedor", "Feodor"],
    &["Yulia", "Yuliya"],
    &["Natalia", "Natalya", "Nataliya"],
    &["Tatiana", "Tatyana", "Tetiana"],
    &["Ksenia", "Kseniya"],
    &["Daria", "Darya"],
];

/// Each spelling with the number of its name (its line in [`VARIANTS`]).
static SPELLINGS: Lazy<FastMap<&'static str, usize>> = Lazy::new(|| {
    VARIANTS
        .iter()
        .enumerate()
        .flat_map(|(n, forms)| forms.iter().map(move |f| (*f, n)))
        .collect()
});

/// The titles a name may follow; the same title before two spellings of a name with no surname
/// names one person (`Crown Prince Mohammed bin Salman` ... `Prince Muhammad`).
const TITLES: &[&str] = &[
    "Prince", "Princess", "King", "Queen", "Sheikh", "Sheikha", "Emir", "Amir", "Sultan",
    "President", "Minister", "Premier", "Imam", "Prophet", "Ayatollah", "General", "Gen",
    "Colonel", "Col", "Commander", "Marshal", "Patriarch", "Metropolitan", "Mayor", "Governor",
    "Ambassador", "Speaker", "Senator", "Judge", "Mr", "Mrs", "Ms", "Dr",
];

/// The particles between a given name and the family name (`bin Salman`, `al Thani`).
const PARTICLES: &[&str] = &["bin", "ibn", "bint", "ben", "al", "el", "Al", "El", "Bin", "Ibn"];

/// The spellings met so far (where, which) of each name, by (the name's line in [`VARIANTS`],
/// the family name or the title after or before it, whether that word is a family name).
type Seen<'t> = FastMap<(usize, &'t str, bool), Vec<(usize, &'t str)>>;

/// One person's given name transliterated two ways in a text: `Sergei Ivanov` and `Sergey Ivanov`.
pub struct TransliterationVariant;

static TRANSLITERATION_VARIANT: RuleMeta = RuleMeta {
    id: "names/transliteration-variant",
    category: Category::Names,
    severity: Severity::Info,
    triggers: crate::Triggers::words(|| SPELLINGS.keys().copied().collect()),
    default_enabled: true,
    summary: "one person's given name transliterated two ways in a text (`Sergei Ivanov`, later `Sergey Ivanov`)",
    flags: &[
        Example {
            text: "Sergei Pavlenko chaired the meeting. Later, Sergey Pavlenko left the hall.",
            fixed: "Sergei Pavlenko chaired the meeting. Later, Sergey Pavlenko left the hall.",
        },
        Example {
            text: "Crown Prince Mohammed bin Rashid opened the fair. Guests greeted Prince Muhammad at the gate.",
            fixed: "Crown Prince Mohammed bin Rashid opened the fair. Guests greeted Prince Muhammad at the gate.",
        },
        Example {
            text: "The striker Youssef Amrani scored twice; coach praised Yusuf Amrani after the game.",
            fixed: "The striker Youssef Amrani scored twice; coach praised Yusuf Amrani after the game.",
        },
        Example {
            text: "Volodymyr Petrenko spoke first. Vladimir Petrenko then took questions.",
            fixed: "Volodymyr Petrenko spoke first. Vladimir Petrenko then took questions.",
        },
    ],
    passes: &[
        "Sergei Pavlenko chaired the meeting. Later, Sergei Pavlenko left the hall.",
        "Mohammed Karimi and Muhammad Saleh both spoke at the forum.",
        "Prophet Muhammad is honoured in the city; Mohammed Karimi spoke.",
        "Ahmed Zaki met Ahmad Fathi, and Yusuf greeted Youssef at the door.",
        "Alexander Grant founded the shop; Alexander Grant Jr. runs it today.",
    ],
};

impl Rule for TransliterationVariant {
    fn meta(&self) -> &'static RuleMeta {
        &TRANSLITERATION_VARIANT
    }

    fn check(&self, doc: &Document<'_>, out: &mut Vec<Finding>) {
        let words = doc.words();
        let mut seen: Seen<'_> = FastMap::default();
        for k in doc.trigger_words(TRANSLITERATION_VARIANT.id) {
            let spelling = doc.word(k);
            // the trigger list takes the words of the same shape in any case: a name is capitalised
            if !spelling.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let Some(&name) = SPELLINGS.get(spelling) else {
                continue;
            };
            let s = words[k].0;
            let surname = surname_after(doc, k);
            let title = title_before(doc, k);
            let mut other = None;
            if let Some(family) = surname {
                other = earlier_other(&seen, (name, family, true), s, spelling);
            } else if let Some(title) = title {
                other = earlier_other(&seen, (name, title, false), s, spelling);
            }
            if let Some(family) = surname {
                seen.entry((name, family, true)).or_default().push((s, spelling));
            }
            if let Some(title) = title {
                seen.entry((name, title, false)).or_default().push((s, spelling));
            }
            let e = words[k].1;
            if let Some(first) = other {
                if !doc.is_protected(s..e) {
                    out.push(TRANSLITERATION_VARIANT.finding(
                        s..e,
                        format!("`{spelling}` is spelled `{first}` earlier for the same person: keep one transliteration"),
                    ));
                }
            }
        }
    }
}

/// A spelling of the name other than `spelling` under `key`, within [`REACH`] before `s`.
fn earlier_other<'t>(
    seen: &Seen<'t>,
    key: (usize, &'t str, bool),
    s: usize,
    spelling: &str,
) -> Option<&'t str> {
    seen.get(&key)?
        .iter()
        .rev()
        .take_while(|(at, _)| at + REACH >= s)
        .find(|(_, other)| *other != spelling)
        .map(|(_, other)| *other)
}

/// The family name after the given name at word `k` (past a particle: `bin Salman`), when it
/// follows at one space and is capitalised.
fn surname_after<'t>(doc: &Document<'t>, k: usize) -> Option<&'t str> {
    if !doc.joined(k) {
        return None;
    }
    let mut next = k + 1;
    if PARTICLES.contains(&doc.word(next)) {
        if !doc.joined(next) {
            return None;
        }
        next += 1;
    }
    let word = doc.word(next);
    (word.len() >= 2 && word.starts_with(|c: char| c.is_uppercase())).then_some(word)
}

/// The title before the given name at word `k` (`Prince Muhammad`), at one space (or after
/// `Mr.`).
fn title_before<'t>(doc: &Document<'t>, k: usize) -> Option<&'t str> {
    let before = k.checked_sub(1)?;
    let title = doc.word(before);
    if !TITLES.contains(&title) {
        return None;
    }
    let (_, end) = doc.words()[before];
    let gap = &doc.text()[end..doc.words()[k].0];
    matches!(gap, " " | ". ").then_some(title)
}
