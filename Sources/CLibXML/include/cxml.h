#ifndef CXML_H
#define CXML_H
/* The only code that includes libxml2 headers: plain-C functions over plain types. */
#include <stddef.h>

/* Parses UTF-8 HTML with libxml2's forgiving HTML parser (tag soup recovered). NULL on failure. */
void *cxml_parse_html(const char *utf8, int length);
void cxml_free_doc(void *doc);
void *cxml_root(void *doc);
void *cxml_first_child(void *node);
void *cxml_next(void *node);
/* 1 element, 3 text, 4 CDATA, 8 comment (libxml2's node types). */
int cxml_type(void *node);
/* Element name (lower case as the HTML parser gives it), or NULL. Owned by the document. */
const char *cxml_name(void *node);
/* Text content of a text/CDATA node, or NULL. Owned by the document. */
const char *cxml_text(void *node);
/* An attribute's value, malloc'd (free with cxml_free), or NULL. */
char *cxml_attr(void *node, const char *name);
void cxml_free(void *p);
/* Copies an attribute's value (lower-cased when lower != 0) into buf (NUL-terminated, cut at
   cap-1 bytes) without allocating; returns its length, or -1 when the attribute is absent. */
int cxml_attr_into(void *node, const char *name, char *buf, int cap, int lower);
/* One pass over an element's attributes: class then id, lower-cased and joined by a space, into
   buf (cut at cap-1 bytes); *flags gets 1 for hidden, 2 for style, 4 for role. Returns the
   bytes written. */
int cxml_element_attrs(void *node, char *buf, int cap, int *flags);
#endif
