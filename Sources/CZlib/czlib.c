#include "czlib.h"
#include <zlib.h>
#include <stdlib.h>
#include <string.h>

int czlib_inflate(const unsigned char *in, size_t inlen, int mode, size_t max_out,
                  size_t *consumed, unsigned char **out, size_t *outlen) {
    z_stream s;
    memset(&s, 0, sizeof s);
    int bits = mode == 0 ? 16 + 15 : (mode == 1 ? 15 : -15);
    *consumed = 0; *out = NULL; *outlen = 0;
    if (inflateInit2(&s, bits) != Z_OK) return -1;
    size_t cap = inlen * 4 + 4096, len = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) { inflateEnd(&s); return -1; }
    s.next_in = (Bytef *)in;
    int status = 1;
    size_t remaining = inlen;
    for (;;) {
        if (len == cap) {
            if (cap >= max_out) { status = 2; break; }
            cap *= 2;
            unsigned char *b = realloc(buf, cap);
            if (!b) { status = -1; break; }
            buf = b;
        }
        uInt chunkIn = remaining > 0x40000000u ? 0x40000000u : (uInt)remaining;
        s.avail_in = chunkIn;
        s.next_out = buf + len;
        size_t room = cap - len;
        s.avail_out = room > 0x40000000u ? 0x40000000u : (uInt)room;
        uInt before_out = s.avail_out;
        int r = inflate(&s, Z_NO_FLUSH);
        remaining -= chunkIn - s.avail_in;
        len += before_out - s.avail_out;
        if (r == Z_STREAM_END) { status = 0; break; }
        if (r == Z_BUF_ERROR && s.avail_out != 0 && remaining == 0) { status = 1; break; }
        if (r != Z_OK && r != Z_BUF_ERROR) { status = -1; break; }
        if (remaining == 0 && s.avail_out != 0) { status = 1; break; }
    }
    *consumed = inlen - remaining;
    *out = buf; *outlen = len;
    inflateEnd(&s);
    return status;
}
void czlib_free(void *p) { free(p); }

void *czlib_stream_new(int mode) {
    z_stream *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    int bits = mode == 0 ? 16 + 15 : (mode == 1 ? 15 : -15);
    if (inflateInit2(s, bits) != Z_OK) { free(s); return NULL; }
    return s;
}

int czlib_stream_inflate(void *stream, const unsigned char *in, size_t inlen,
                         unsigned char *out, size_t outcap, size_t *used, size_t *produced) {
    z_stream *s = stream;
    uInt ain = inlen > 0x40000000u ? 0x40000000u : (uInt)inlen;
    uInt aout = outcap > 0x40000000u ? 0x40000000u : (uInt)outcap;
    s->next_in = (Bytef *)in; s->avail_in = ain;
    s->next_out = out; s->avail_out = aout;
    int r = inflate(s, Z_NO_FLUSH);
    *used = ain - s->avail_in;
    *produced = aout - s->avail_out;
    if (r == Z_STREAM_END) return 0;
    if (r == Z_OK || r == Z_BUF_ERROR) return 1;
    return -1;
}

int czlib_stream_reset(void *stream) { return inflateReset((z_stream *)stream) == Z_OK ? 0 : -1; }

void czlib_stream_free(void *stream) {
    if (!stream) return;
    inflateEnd((z_stream *)stream);
    free(stream);
}
