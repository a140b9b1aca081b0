// CICU: the only code that includes ICU headers. Every function takes plain C types, so Swift
// never sees ICU's versioned symbols (ubrk_open → ubrk_open_72) or its types, which clash with
// Foundation's bundled _FoundationICU module on Linux.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's version as "72.1" into out (capacity ≥ 20): what caches of ICU-derived data are keyed by.
void cicu_version(char *out);

// MARK: Break iteration (word, sentence, character)

enum { CICU_BREAK_CHARACTER = 0, CICU_BREAK_WORD = 1, CICU_BREAK_LINE = 2, CICU_BREAK_SENTENCE = 3 };
enum { CICU_DONE = -1 };

/// Opens a break iterator; returns NULL and sets *status (an ICU error code) on failure.
void *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
/// A cheap copy of an opened iterator (opening parses rule data; cloning does not).
void *cicu_break_clone(const void *iterator, int32_t *status);
void cicu_break_close(void *iterator);
/// Sets UTF-16 text; the buffer must outlive the iteration. Offsets are UTF-16 units.
void cicu_break_set_utf16(void *iterator, const uint16_t *text, int32_t length, int32_t *status);
/// Sets UTF-8 text; the buffer must outlive the iteration. Offsets are UTF-8 bytes.
void cicu_break_set_utf8(void *iterator, const char *text, int32_t length, int32_t *status);
int32_t cicu_break_first(void *iterator);
int32_t cicu_break_next(void *iterator);
/// Rule status of the boundary just returned: for words 0 none, 100 number, 200 letter,
/// 300 kana, 400 ideographic (ICU's UWordBreak ranges).
int32_t cicu_break_rule_status(void *iterator);

// MARK: Charset conversion

/// Decodes `length` bytes in `charset` into UTF-16. Returns the number of UTF-16 units needed
/// (call again with a larger buffer when it exceeds `capacity`). Undecodable sequences become
/// U+FFFD and are counted in *invalid. *status is an ICU error code (0 ok, >0 failure).
int32_t cicu_decode(const char *charset, const char *bytes, int32_t length,
                    uint16_t *out, int32_t capacity, int32_t *invalid, int32_t *status);
/// The same, into UTF-8 (ICU transcodes; Swift then only validates): returns the UTF-8 bytes needed.
int32_t cicu_decode_utf8(const char *charset, const char *bytes, int32_t length,
                         char *out, int32_t capacity, int32_t *invalid, int32_t *status);
/// Encodes UTF-16 into `charset`. With `strict` a character the charset cannot represent stops
/// the conversion with an error; otherwise it becomes the charset's substitution byte(s).
/// Returns the number of bytes needed.
int32_t cicu_encode(const char *charset, const uint16_t *text, int32_t length,
                    char *out, int32_t capacity, int32_t strict, int32_t *status);
/// The canonical ICU name of a charset label, or NULL when ICU does not know it.
const char *cicu_canonical_charset(const char *label);

// MARK: Charset detection

/// Up to `max` candidate charsets, best first: names into names[i] (capacity 32 each),
/// confidences 0–100 into confidence[i]. Returns the count, or -1 on failure.
int32_t cicu_detect(const char *bytes, int32_t length, int32_t max,
                    char names[][32], int32_t *confidence, int32_t *status);

// MARK: Normalization and folding

enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3, CICU_NFKC_CASEFOLD = 4 };

/// Normalizes UTF-16 text. Returns the UTF-16 length needed.
int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length,
                       uint16_t *out, int32_t capacity, int32_t *status);
/// Search folding for one token, UTF-8 in and out: NFKC casefold (width, case, compatibility
/// forms) then accents removed (NFD, nonspacing marks dropped). Returns the byte length needed.
int32_t cicu_fold_utf8(const char *text, int32_t length, char *out, int32_t capacity,
                       int32_t *status);

// MARK: Transliteration

/// Opens a transliterator by ICU id (e.g. "Han-Latin", "Traditional-Simplified").
void *cicu_translit_open(const char *id, int32_t *status);
void cicu_translit_close(void *translit);
/// Transliterates in place: `text` holds `*length` units and has room for `capacity`.
/// Returns the new length (units needed when it exceeds capacity).
int32_t cicu_translit(void *translit, uint16_t *text, int32_t length, int32_t capacity,
                      int32_t *status);

// MARK: Chinese calendar

/// The Gregorian day (days since 1970-01-01, proleptic) of a day of the Chinese calendar:
/// `year` is the Gregorian year its Chinese year begins in (2015 for 农历2015年), `month` 1–12,
/// `leap` 1 for the leap month that follows it. Returns 0, or -1 when that year has no such day
/// (the 30th of a 29-day month, a leap month it lacks) or ICU fails.
int32_t cicu_chinese_day(int32_t year, int32_t month, int32_t leap, int32_t day, int64_t *days);

// MARK: Character properties

/// ICU UScriptCode of a code point (17 = Han, 25 = Latin, 0 = Common, 1 = Inherited).
int32_t cicu_script(int32_t codepoint);
/// ICU UCharCategory (general category) of a code point.
int32_t cicu_char_type(int32_t codepoint);

/// A readable name for an ICU error code.
const char *cicu_error_name(int32_t status);

#ifdef __cplusplus
}
#endif
#endif
