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

/* Streaming inflation in fixed memory: one z_stream reused across gzip members.
   czlib_stream_inflate feeds `in` and fills up to `outcap` bytes of `out`; *used / *produced
   say how much of each was taken. Returns 0 at the end of a stream (member), 1 when it wants
   more input or output room, -1 on corrupt data. czlib_stream_reset starts the next member. */
void *czlib_stream_new(int mode);
int czlib_stream_inflate(void *stream, const unsigned char *in, size_t inlen,
                         unsigned char *out, size_t outcap, size_t *used, size_t *produced);
int czlib_stream_reset(void *stream);
void czlib_stream_free(void *stream);
#endif
