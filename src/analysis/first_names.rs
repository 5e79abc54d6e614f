//! First names whose gender is all but certain (`data/first-names.tsv`, from
//! the US census, and `data/first-names-world.tsv`, names outside it), read by
//! the rules that must know whether a capitalised word is a given name and
//! whose it is (`grammar/pronoun-antecedent`, `names/given-name-reference`).

use crate::text::hash::FastMap;
use once_cell::sync::Lazy;

/// The gender a word gives a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// A man, a boy.
    Male,
    /// A woman, a girl.
    Female,
}

/// The first names of `data/first-names.tsv` and `data/first-names-world.tsv`,
/// with their gender.
pub(crate) static FIRST_NAMES: Lazy<FastMap<&'static str, Gender>> = Lazy::new(|| {
    include_str!("../../data/first-names.tsv")
        .lines()
        .chain(include_str!("../../data/first-names-world.tsv").lines())
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let (name, gender) = line.split_once('\t')?;
            let gender = match gender {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            Some((name, gender))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_carry_their_gender() {
        assert_eq!(FIRST_NAMES.get("Margaret"), Some(&Gender::Female));
        assert_eq!(FIRST_NAMES.get("Robert"), Some(&Gender::Male));
        assert_eq!(FIRST_NAMES.get("the"), None);
    }
}
