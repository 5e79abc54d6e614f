//! Unit tests of the word tables.

use super::*;

#[test]
fn pinyin_given_names_tell_a_gender_by_their_last_syllable() {
    assert_eq!(pinyin_given_name_gender("Zhiqiang"), Some(Male));
    assert_eq!(pinyin_given_name_gender("Jian"), Some(Male));
    assert_eq!(pinyin_given_name_gender("Xiuying"), Some(Female));
    assert_eq!(pinyin_given_name_gender("Meimei"), Some(Female));
    // syllables given to both, and words that are no pinyin
    assert_eq!(pinyin_given_name_gender("Wei"), None);
    assert_eq!(pinyin_given_name_gender("Xiaohua"), None);
    assert_eq!(pinyin_given_name_gender("Sebastian"), None);
}
