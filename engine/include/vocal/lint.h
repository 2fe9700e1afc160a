/*
 * lint.h - what is wrong with a lexicon that still compiles.
 *
 * Checks (each finding has a check name, a level and file:line:column):
 *   duplicate          the same entry twice in a theme (warning)
 *   shadowed           an entry that can only match where a shorter or
 *                      wider entry of the same theme matches too, such as
 *                      "refunds" under "refund*" or "late refund" under
 *                      "refund" (warning)
 *   multi-theme        the same entry in several themes (note)
 *   catastrophic-regex a /regex/ that a short probe string drives past
 *                      100,000 backtracking steps: on real comments it
 *                      will hit PCRE2's limit and miss matches (error)
 *   match-error        a /regex/ on which PCRE2 fails for a reason other
 *                      than a limit (a recursion loop) on a short text:
 *                      such a failure stops a scan (error)
 *   empty-theme        a declared theme with no entries and no children
 *                      (warning); a parent whose header only carries its
 *                      @label has children, so it is not one, while a leaf
 *                      with only a label is (a misspelled name)
 *   only-exclusions    a theme whose entries are all !exclusions: it can
 *                      never be mentioned on its own (warning)
 *   leading-wildcard   a glob starting with '?' or '*': tried at every
 *                      word of every comment, so slower (note)
 *   no-jit             a /regex/ the PCRE2 JIT declines, such as one
 *                      starting with (*NO_JIT): it runs on the
 *                      interpreter, slower with the same matches (note)
 * Corpus checks (entries that never match, coverage) need a scan and live
 * in the CLI, on top of vc_scan_run's record hook.
 *
 * Findings are delivered sorted by file, line, column and check, so the
 * output is the same on every run.
 */
#ifndef VOCAL_LINT_H
#define VOCAL_LINT_H

#include <stdint.h>

#include "vocal/lexicon.h"
#include "vocal/status.h"

#include "vocal/export.h"

VC_API_BEGIN

typedef enum vc_lint_level { VC_LINT_NOTE = 0, VC_LINT_WARNING = 1, VC_LINT_ERROR = 2 } vc_lint_level;

typedef struct vc_lint_finding {
    vc_lint_level level;
    const char *check; /* static name, see above */
    const char *file;
    uint32_t line, column;
    char message[512];
} vc_lint_finding;

typedef void (*vc_lint_fn)(void *ctx, const vc_lint_finding *f);

/* Run the static checks; fn receives each finding in order. */
vc_status vc_lexicon_lint(const vc_lexicon *lex, vc_lint_fn fn, void *ctx);

/* "note", "warning", "error" */
const char *vc_lint_level_name(vc_lint_level level);

VC_API_END

#endif
