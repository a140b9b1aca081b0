#include "cxml.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

static void silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

void *cxml_parse_html(const char *utf8, int length) {
    static int once = 0;
    if (!once) { once = 1; xmlInitParser(); xmlSetGenericErrorFunc(NULL, silent); }
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC;
    return htmlReadMemory(utf8, length, NULL, "UTF-8", options);
}
void cxml_free_doc(void *doc) { if (doc) xmlFreeDoc((xmlDocPtr)doc); }
void *cxml_root(void *doc) { return doc ? (void *)((xmlDocPtr)doc)->children : NULL; }
void *cxml_first_child(void *node) { return node ? (void *)((xmlNodePtr)node)->children : NULL; }
void *cxml_next(void *node) { return node ? (void *)((xmlNodePtr)node)->next : NULL; }
int cxml_type(void *node) { return node ? (int)((xmlNodePtr)node)->type : 0; }
const char *cxml_name(void *node) {
    xmlNodePtr n = (xmlNodePtr)node;
    return (n && n->type == XML_ELEMENT_NODE) ? (const char *)n->name : NULL;
}
const char *cxml_text(void *node) {
    xmlNodePtr n = (xmlNodePtr)node;
    return (n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)) ? (const char *)n->content : NULL;
}
char *cxml_attr(void *node, const char *name) {
    xmlNodePtr n = (xmlNodePtr)node;
    if (!n || n->type != XML_ELEMENT_NODE) return NULL;
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    char *copy = strdup((const char *)v);
    xmlFree(v);
    return copy;
}
void cxml_free(void *p) { free(p); }

static int copy_lower(xmlAttrPtr a, char *buf, int len, int cap) {
    for (xmlNodePtr c = a->children; c; c = c->next) {
        const char *t = (const char *)c->content;
        if (!t) continue;
        while (*t && len < cap - 1) {
            char ch = *t++;
            buf[len++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch | 0x20) : ch;
        }
    }
    return len;
}

int cxml_element_attrs(void *node, char *buf, int cap, int *flags) {
    xmlNodePtr n = (xmlNodePtr)node;
    *flags = 0;
    if (!n || n->type != XML_ELEMENT_NODE || cap <= 0) return 0;
    xmlAttrPtr cls = NULL, id = NULL;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        const xmlChar *name = a->name;
        if (!name) continue;
        if (!cls && xmlStrcasecmp(name, (const xmlChar *)"class") == 0) cls = a;
        else if (!id && xmlStrcasecmp(name, (const xmlChar *)"id") == 0) id = a;
        else if (xmlStrcasecmp(name, (const xmlChar *)"hidden") == 0) *flags |= 1;
        else if (xmlStrcasecmp(name, (const xmlChar *)"style") == 0) *flags |= 2;
        else if (xmlStrcasecmp(name, (const xmlChar *)"role") == 0) *flags |= 4;
    }
    int len = 0;
    if (cls) len = copy_lower(cls, buf, len, cap);
    if (id) {
        int before = len;
        if (len > 0 && len < cap - 1) buf[len++] = ' ';
        len = copy_lower(id, buf, len, cap);
        if (len == before + 1) len = before; /* an empty id adds nothing */
    }
    buf[len] = 0;
    return len;
}

int cxml_attr_into(void *node, const char *name, char *buf, int cap, int lower) {
    xmlNodePtr n = (xmlNodePtr)node;
    if (!n || n->type != XML_ELEMENT_NODE || cap <= 0) return -1;
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        if (!a->name || xmlStrcasecmp(a->name, (const xmlChar *)name) != 0) continue;
        int len = 0;
        for (xmlNodePtr c = a->children; c; c = c->next) {
            const char *t = (const char *)c->content;
            if (!t) continue;
            while (*t && len < cap - 1) {
                char ch = *t++;
                buf[len++] = (lower && ch >= 'A' && ch <= 'Z') ? (char)(ch | 0x20) : ch;
            }
        }
        buf[len] = 0;
        return len;
    }
    return -1;
}
