#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>

// MARK: Break iteration

typedef struct {
    UBreakIterator *brk;
    UText *utext; // kept open for UTF-8 text, reused between calls
} cicu_break;

void *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *brk = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    cicu_break *b = calloc(1, sizeof(cicu_break));
    b->brk = brk;
    return b;
}

void *cicu_break_clone(const void *iterator, int32_t *status) {
    const cicu_break *src = iterator;
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *brk = ubrk_clone(src->brk, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    cicu_break *b = calloc(1, sizeof(cicu_break));
    b->brk = brk;
    return b;
}

void cicu_break_close(void *iterator) {
    cicu_break *b = iterator;
    if (!b) return;
    ubrk_close(b->brk);
    if (b->utext) utext_close(b->utext);
    free(b);
}

void cicu_break_set_utf16(void *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    cicu_break *b = iterator;
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(b->brk, (const UChar *)text, length, &err);
    *status = err;
}

void cicu_break_set_utf8(void *iterator, const char *text, int32_t length, int32_t *status) {
    cicu_break *b = iterator;
    UErrorCode err = U_ZERO_ERROR;
    b->utext = utext_openUTF8(b->utext, text, length, &err);
    if (U_SUCCESS(err)) ubrk_setUText(b->brk, b->utext, &err);
    *status = err;
}

int32_t cicu_break_first(void *iterator) { return ubrk_first(((cicu_break *)iterator)->brk); }
int32_t cicu_break_next(void *iterator) { return ubrk_next(((cicu_break *)iterator)->brk); }
int32_t cicu_break_rule_status(void *iterator) {
    return ubrk_getRuleStatus(((cicu_break *)iterator)->brk);
}

// MARK: Charset conversion

typedef struct {
    int32_t invalid;
} cicu_count_context;

// Counts every undecodable sequence, then lets ICU substitute U+FFFD for it.
static void cicu_count_to_u(const void *context, UConverterToUnicodeArgs *args,
                            const char *codeUnits, int32_t length, UConverterCallbackReason reason,
                            UErrorCode *err) {
    if (reason <= UCNV_IRREGULAR) ((cicu_count_context *)context)->invalid++;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

// Opening a converter costs more than converting a line; each thread keeps the few it uses.
// They live as long as the thread (a handful per thread, never more than CICU_CONVERTERS).
#define CICU_CONVERTERS 8
typedef struct {
    char name[40];
    UConverter *conv;
} cicu_converter_slot;
static __thread cicu_converter_slot cicu_converters[CICU_CONVERTERS];
static __thread int cicu_converter_next;

static UConverter *cicu_converter(const char *charset, UErrorCode *err) {
    for (int i = 0; i < CICU_CONVERTERS; i++) {
        if (cicu_converters[i].conv && strncmp(cicu_converters[i].name, charset, 39) == 0) {
            ucnv_reset(cicu_converters[i].conv);
            return cicu_converters[i].conv;
        }
    }
    UConverter *conv = ucnv_open(charset, err);
    if (U_FAILURE(*err) || strlen(charset) >= 39) return conv; // long names are not cached
    cicu_converter_slot *slot = &cicu_converters[cicu_converter_next];
    cicu_converter_next = (cicu_converter_next + 1) % CICU_CONVERTERS;
    if (slot->conv) ucnv_close(slot->conv);
    strncpy(slot->name, charset, 39);
    slot->name[39] = 0;
    slot->conv = conv;
    return conv;
}

static void cicu_release(const char *charset, UConverter *conv) {
    if (strlen(charset) >= 39) ucnv_close(conv); // not cached
}

int32_t cicu_decode(const char *charset, const char *bytes, int32_t length, uint16_t *out,
                    int32_t capacity, int32_t *invalid, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = cicu_converter(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    cicu_count_context ctx = {0};
    ucnv_setToUCallBack(conv, cicu_count_to_u, &ctx, NULL, NULL, &err);
    int32_t n = ucnv_toUChars(conv, (UChar *)out, capacity, bytes, length, &err);
    cicu_release(charset, conv);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *invalid = ctx.invalid;
    *status = err;
    return n;
}

int32_t cicu_decode_utf8(const char *charset, const char *bytes, int32_t length,
                         char *out, int32_t capacity, int32_t *invalid, int32_t *status) {
    /* UTF-16 first (the converter's own target), then ICU's fast UTF-16 -> UTF-8. Every
       byte gives at most one UTF-16 unit plus a surrogate's second half. */
    int32_t cap16 = length * 2 + 16;
    uint16_t *tmp = malloc((size_t)cap16 * sizeof(uint16_t));
    if (!tmp) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t n16 = cicu_decode(charset, bytes, length, tmp, cap16, invalid, status);
    if (*status > U_ZERO_ERROR || n16 > cap16) { free(tmp); if (*status <= U_ZERO_ERROR) *status = U_BUFFER_OVERFLOW_ERROR; return 0; }
    UErrorCode err = U_ZERO_ERROR;
    int32_t n8 = 0;
    u_strToUTF8WithSub(out, capacity, &n8, (const UChar *)tmp, n16, 0xFFFD, NULL, &err);
    free(tmp);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return n8;
}

int32_t cicu_encode(const char *charset, const uint16_t *text, int32_t length, char *out,
                    int32_t capacity, int32_t strict, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = cicu_converter(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setFromUCallBack(conv, strict ? UCNV_FROM_U_CALLBACK_STOP : UCNV_FROM_U_CALLBACK_SUBSTITUTE,
                          NULL, NULL, NULL, &err);
    int32_t n = ucnv_fromUChars(conv, out, capacity, (const UChar *)text, length, &err);
    cicu_release(charset, conv);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return n;
}

const char *cicu_canonical_charset(const char *label) {
    UErrorCode err = U_ZERO_ERROR;
    const char *name = ucnv_getCanonicalName(label, "", &err);
    if (U_FAILURE(err) || name == NULL) {
        err = U_ZERO_ERROR;
        name = ucnv_getAlias(label, 0, &err);
        if (U_FAILURE(err)) return NULL;
    }
    return name;
}

// MARK: Charset detection

int32_t cicu_detect(const char *bytes, int32_t length, int32_t max, char names[][32],
                    int32_t *confidence, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_FAILURE(err)) { *status = err; return -1; }
    ucsdet_setText(det, bytes, length, &err);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &err);
    int32_t count = 0;
    if (U_SUCCESS(err)) {
        for (int32_t i = 0; i < found && count < max; i++) {
            const char *name = ucsdet_getName(matches[i], &err);
            if (U_FAILURE(err)) break;
            strncpy(names[count], name, 31);
            names[count][31] = 0;
            confidence[count] = ucsdet_getConfidence(matches[i], &err);
            count++;
        }
    }
    ucsdet_close(det);
    *status = err;
    return U_SUCCESS(err) ? count : -1;
}

// MARK: Normalization and folding

static const UNormalizer2 *cicu_normalizer(int32_t form, UErrorCode *err) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(err);
    case CICU_NFD: return unorm2_getNFDInstance(err);
    case CICU_NFKC: return unorm2_getNFKCInstance(err);
    case CICU_NFKD: return unorm2_getNFKDInstance(err);
    default: return unorm2_getNFKCCasefoldInstance(err);
    }
}

int32_t cicu_normalize(int32_t form, const uint16_t *text, int32_t length, uint16_t *out,
                       int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = cicu_normalizer(form, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t len = unorm2_normalize(n, (const UChar *)text, length, (UChar *)out, capacity, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return len;
}

int32_t cicu_fold_utf8(const char *text, int32_t length, char *out, int32_t capacity,
                       int32_t *status) {
    // Tokens are short; longer ones are folded through heap buffers.
    UChar stackA[256], stackB[512];
    UChar *a = stackA, *b = stackB;
    int32_t capA = 256, capB = 512, result = 0;
    UErrorCode err = U_ZERO_ERROR;
    int32_t n16 = 0;
    u_strFromUTF8Lenient(a, capA, &n16, text, length, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || n16 > capA) {
        capA = n16 + 1; capB = 4 * capA;
        a = malloc(sizeof(UChar) * capA); b = malloc(sizeof(UChar) * capB);
        err = U_ZERO_ERROR;
        u_strFromUTF8Lenient(a, capA, &n16, text, length, &err);
    }
    if (U_FAILURE(err)) goto done;
    const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&err);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
    if (U_FAILURE(err)) goto done;
    int32_t nb = unorm2_normalize(casefold, a, n16, b, capB, &err);
    if (U_FAILURE(err)) goto done;
    int32_t na = unorm2_normalize(nfd, b, nb, a, capA, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) { // NFD may grow: keep the casefolded form
        err = U_ZERO_ERROR;
        memcpy(a, b, sizeof(UChar) * (nb < capA ? nb : capA));
        na = nb < capA ? nb : capA;
    }
    if (U_FAILURE(err)) goto done;
    // Drop nonspacing marks so that Día and dia fold alike.
    int32_t w = 0;
    for (int32_t r = 0; r < na;) {
        UChar32 c;
        int32_t start = r;
        U16_NEXT(a, r, na, c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        for (int32_t k = start; k < r; k++) a[w++] = a[k];
    }
    u_strToUTF8(out, capacity, &result, a, w, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
done:
    if (a != stackA) { free(a); free(b); }
    *status = err;
    return result;
}

// MARK: Transliteration

void *cicu_translit_open(const char *id, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = 0;
    u_strFromUTF8(uid, 128, &n, id, -1, &err);
    if (U_FAILURE(err)) { *status = err; return NULL; }
    UTransliterator *t = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err;
    return U_SUCCESS(err) ? t : NULL;
}

void cicu_translit_close(void *translit) {
    if (translit) utrans_close((UTransliterator *)translit);
}

int32_t cicu_translit(void *translit, uint16_t *text, int32_t length, int32_t capacity,
                      int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t len = length, limit = length;
    utrans_transUChars((const UTransliterator *)translit, (UChar *)text, &len, capacity, 0, &limit,
                       &err);
    if (err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
    *status = err;
    return len;
}

// MARK: Chinese calendar

int32_t cicu_chinese_day(int32_t year, int32_t month, int32_t leap, int32_t day, int64_t *days) {
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode err = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, -1, "@calendar=chinese", UCAL_DEFAULT, &err);
    if (U_FAILURE(err)) return -1;
    // strict: a day the month lacks is an error, not the next month's first
    ucal_setAttribute(cal, UCAL_LENIENT, 0);
    ucal_clear(cal);
    // ICU counts Chinese years from 2637 BCE: the one that begins in 2015 is 4652
    int32_t extended = year + 2637;
    ucal_set(cal, UCAL_EXTENDED_YEAR, extended);
    ucal_set(cal, UCAL_MONTH, month - 1);
    ucal_set(cal, UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
    ucal_set(cal, UCAL_DATE, day);
    UDate ms = ucal_getMillis(cal, &err);
    // a leap month the year lacks is read as the plain one: read the fields back
    int32_t ok = U_SUCCESS(err) && ucal_get(cal, UCAL_EXTENDED_YEAR, &err) == extended &&
                 ucal_get(cal, UCAL_MONTH, &err) == month - 1 &&
                 ucal_get(cal, UCAL_IS_LEAP_MONTH, &err) == (leap ? 1 : 0) &&
                 ucal_get(cal, UCAL_DATE, &err) == day && U_SUCCESS(err);
    ucal_close(cal);
    if (!ok) return -1;
    // midnight UTC of that day: whole days since 1970-01-01
    double d = ms / 86400000.0;
    *days = (int64_t)(d >= 0 ? d + 0.5 : d - 0.5);
    return 0;
}

// MARK: Character properties

int32_t cicu_script(int32_t codepoint) {
    UErrorCode err = U_ZERO_ERROR;
    return uscript_getScript(codepoint, &err);
}

int32_t cicu_char_type(int32_t codepoint) { return u_charType(codepoint); }

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void cicu_version(char *out) {
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, out);
}
