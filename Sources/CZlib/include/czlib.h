#ifndef CZLIB_H
#define CZLIB_H
/* The only code that includes zlib: plain-C inflation of one gzip/zlib/raw-deflate stream. */
#include <stddef.h>

/* Inflates one stream from `in`. mode: 0 gzip member, 1 zlib, 2 raw deflate.
   Returns 0 at the stream's end, 1 when the input ended first (truncated), -1 on corrupt data.
   *consumed: input bytes used; *out (malloc'd, free with czlib_free) / *outlen: output so far.
   Stops with 2 when the output would exceed max_out bytes. */
int czlib_inflate(const unsigned char *in, size_t inlen, int mode, size_t max_out,
                  size_t *consumed, unsigned char **out, size_t *outlen);
void czlib_free(void *p);
#endif
