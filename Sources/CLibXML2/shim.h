#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> pulls in the system
   <unicode/ucnv.h>, whose types clash with Foundation's bundled ICU when a test
   target imports a module that depends on this one. Nothing here needs the ICU
   parts of libxml2's API. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a mutable C global (a function pointer) that Swift 6 rejects reading;
   call it through C. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

#endif
